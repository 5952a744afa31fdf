"""Build the seven hc1- blind cases (set heldout245) and their .expected.yaml readings.

Run with /work/main/.venv/bin/python hc1_make.py  (openpyxl, python-docx, pyyaml).
Every data file is written from the tables below; the expected reading of each file is
written beside it from the same tables (the reading a person makes of the file).
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

FILLS = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def write_expected(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Bedford Borough Council - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def bedford():
    name = "hc1-bedford-borough-council-ilacs-improvement-plan.xlsx"
    title = "Bedford Borough Council – ILACS Improvement Plan 2025–26"
    recs = [
        ("Recommendation 1: The sufficiency of homes for children in care, so that children do not live "
         "in unregistered children's homes and those who do are subject to rigorous oversight.", [
            ("1.1", "Establish a weekly senior placement panel, chaired by the Assistant Director, to review "
                    "every child living in an unregistered arrangement and agree an exit plan with timescales.",
             "Assistant Director Children's Social Care", ["Assistant Director Children's Social Care"],
             dt.date(2025, 10, 31), None, "Green", "Blue",
             "Panel in place since 6 October 2025; every child in an unregistered arrangement reviewed weekly. "
             "Numbers reduced from 9 to 4."),
            ("1.2", "Refresh the Placement Sufficiency Strategy 2025–2028, including a commissioning plan for "
                    "two new in-house children's homes.",
             "Head of Commissioning / Head of Children in Care",
             ["Head of Commissioning", "Head of Children in Care"],
             dt.date(2025, 12, 31), dt.date(2026, 3, 31), "Amber", "Amber",
             "Draft strategy delayed pending the outcome of the capital bid; revised date agreed by the "
             "Improvement Board on 11 December 2025."),
            ("1.3", "Increase the number of in-house foster carers through a targeted recruitment campaign "
                    "run jointly with neighbouring authorities.",
             "Fostering Service Manager", ["Fostering Service Manager"],
             dt.date(2026, 6, 30), None, "Green", "Green",
             "14 enquiries and 3 fostering assessments started in Q3."),
        ]),
        ("Recommendation 2: The quality and impact of management oversight and supervision, so that plans "
         "for children progress without delay.", [
            ("2.1", "Relaunch the supervision policy with a revised recording template that captures reflective "
                    "discussion and clear, timebound actions for each child.",
             "Principal Social Worker", ["Principal Social Worker"],
             dt.date(2025, 11, 30), None, "Green", "Blue",
             "Policy and template launched at the practice week on 17 November 2025."),
            ("2.2", "Deliver a management oversight training programme for all team managers and practice "
                    "supervisors.",
             "Principal Social Worker; Workforce Development Lead",
             ["Principal Social Worker", "Workforce Development Lead"],
             dt.date(2026, 1, 31), dt.date(2026, 2, 28), "Green", "Amber",
             "Two of three cohorts complete; final cohort rescheduled to February 2026 because of trainer "
             "availability."),
            ("2.3", "Introduce monthly thematic audits of management oversight, with findings reported to the "
                    "Improvement Board.",
             "Head of Quality Assurance", ["Head of Quality Assurance"],
             dt.date(2025, 12, 31), None, "Red", "Green",
             "Audit programme now running; November and December audits reported. 58% of supervision records "
             "judged good or better (baseline 31%)."),
        ]),
        ("Recommendation 3: The response to 16- and 17-year-olds who present as homeless, including their "
         "access to advocacy and awareness of their rights.", [
            ("3.1", "Agree a joint protocol between Children's Services and Housing for 16- and 17-year-olds "
                    "presenting as homeless, in line with statutory guidance.",
             "Head of Assessment and Intervention & Head of Housing Options",
             ["Head of Assessment and Intervention", "Head of Housing Options"],
             dt.date(2025, 12, 31), None, "Amber", "Blue",
             "Protocol signed off by both Directors on 12 January 2026."),
            ("3.2", "Ensure every young person presenting as homeless is offered an independent advocate and "
                    "given written information about their rights, recorded on the child's file.",
             "Adolescent Services Manager", ["Adolescent Services Manager"],
             dt.date(2026, 1, 31), dt.date(2026, 4, 30), "Amber", "Amber",
             "Advocacy contract variation agreed; recording field to be added to the case management system "
             "in the April release."),
        ]),
        ("Recommendation 4: Social workers' caseloads, so that they are able to complete the tasks required "
         "for children.", [
            ("4.1", "Implement the caseload management framework, with a target average of 18 children per "
                    "social worker in the assessment and children in need teams.",
             "Director of Children's Services", ["Director of Children's Services"],
             dt.date(2026, 3, 31), None, "Amber", "Amber",
             "Average caseload 22 in December 2025, down from 27 in July 2025."),
            ("4.2", "Recruit to 12 permanent social worker posts through the international recruitment "
                    "programme and the regional memorandum of understanding on agency staff.",
             "HR Business Partner & Head of Workforce", ["HR Business Partner", "Head of Workforce"],
             dt.date(2026, 9, 30), None, "Green", "Green",
             "7 offers made; 4 social workers in post."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Response to the Ofsted inspection of local authority children's services (ILACS), "
                "7–18 July 2025")
    ws["A2"].font = Font(italic=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "29/09/2025", "Head of Quality Assurance", "Draft for Improvement Board"),
            ("1.0", "09/10/2025", "Head of Quality Assurance", "Approved by Improvement Board; submitted to Ofsted"),
            ("1.1", "14/11/2025", "Improvement Programme Manager", "October progress update"),
            ("1.2", "21/01/2026", "Improvement Programme Manager", "Quarter 3 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    ws["A11"] = ("Accountable officer: Director of Children's Services. Oversight: Children's Services "
                 "Improvement Board (monthly), chaired by the Chief Executive.")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["D"].width = 52

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (word, col, meaning) in enumerate([
            ("Blue", "blue", "Action complete and impact evidenced"),
            ("Green", "green", "On track to deliver by the target date"),
            ("Amber", "amber", "At risk of slipping; mitigation in place"),
            ("Red", "red", "Off track or target date missed")]):
        c = key.cell(row=3 + i, column=1, value=word)
        c.fill = fill(FILLS[col])
        c.border = BOX
        key.cell(row=3 + i, column=2, value=meaning).border = BOX
    key.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Progress position as at 16 January 2026"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead officer", "Original target date", "Revised target date",
             "Previous RAG (Oct 25)", "Current RAG (Jan 26)", "Progress update / evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for rec, items in recs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, lead_cell, leads, orig, rev, prev, cur, upd in items:
            vals = [ref, text, lead_cell, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j in (3, 4) and v is not None:
                    c.number_format = "mmm-yy"
                if j in (5, 6):
                    c.fill = fill(FILLS[v.lower()])
            end = rev or orig
            counts[cur] += 1
            actions.append(act(ref, [rec], text, leads, end.strftime("%Y-%m"),
                               "blue" if cur == "Blue" else cur.lower()))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for word in ("Blue", "Green", "Amber", "Red"):
        ws.cell(row=r, column=1, value=word).fill = fill(FILLS[word.lower()])
        ws.cell(row=r, column=2, value=counts[word])
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (7, 60, 30, 12, 12, 11, 11, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the improvement plan Bedford Borough Council said it was implementing after its "
                   "July 2025 ILACS inspection (judged requires improvement to be good in every area; report "
                   "August 2025, findings on unregistered children's homes, management oversight, homeless "
                   "16-17 year olds and caseloads - Bedford Today / BBC, 28 August 2025). Copies a typical "
                   "council ILACS workbook: cover sheet with document-control table, a separate RAG key sheet, "
                   "plan sheet with merged full-width recommendation rows over numbered actions, original and "
                   "revised target dates (mmm-yy date cells), previous and current RAG with fill colour, and a "
                   "summary block of current RAG counts under the table."),
        "reads": ("A three-sheet workbook: cover and document control, a RAG key (Blue = complete), and the "
                  "plan. On the plan sheet four Ofsted recommendations each head two or three numbered actions; "
                  "where a revised target date is given it replaces the original, and the current (Jan 26) RAG "
                  "is the status. The RAG count block at the foot is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 2. Durham County Council - children's homes Ofsted action tracker (xlsx)
# ---------------------------------------------------------------------------
def durham():
    name = "hc1-durham-county-council-childrens-homes-ofsted-action-tracker.xlsx"
    title = "Durham County Council – Children's Homes Ofsted Action Tracker 2024/25"
    homes = [
        ("Moorside House", "SC040112", "full inspection, 14 May 2024", "Requires improvement to be good", [
            ("Requirement", "Regulation 12 (protection of children standard)",
             "The registered person must ensure that staff assess whether each child is at risk of harm, taking "
             "into account information in the child's relevant plans, and, if necessary, make arrangements to "
             "reduce the risk of any harm to the child.", [
                ("R1.1", "Review every child's individual risk assessment after each missing-from-home episode "
                         "and share the updated strategies with the staff team at handover.",
                 "Registered Manager", ["Registered Manager"], dt.date(2024, 7, 31), "blue",
                 "All risk assessments reviewed by 26/07/2024; sampled by the Responsible Individual in August."),
            ]),
            ("Requirement", "Regulation 13 (leadership and management standard)",
             "The registered person must ensure that staff have the experience, qualifications and skills to "
             "meet the needs of each child, including training in restorative approaches.", [
                ("R2.1", "Complete a training needs analysis for the staff team and book all outstanding "
                         "mandatory training.",
                 "Registered Manager", ["Registered Manager"], dt.date(2024, 6, 30), "blue",
                 "TNA completed 12/06/2024; restorative practice training delivered 19/06/2024."),
                ("R2.2", "Enrol two residential support workers on the Level 3 Diploma in Residential Childcare.",
                 "Deputy Manager / Workforce Development Officer",
                 ["Deputy Manager", "Workforce Development Officer"], dt.date(2025, 3, 31), "green",
                 "Both staff enrolled; units 1-4 signed off."),
            ]),
            ("Recommendation", "Guide to the Children's Homes Regulations, paragraph 9.59",
             "The registered person should ensure that records of restraint are completed within 24 hours and "
             "reviewed by the manager, so that learning is identified.", [
                ("Rec1.1", "Introduce a weekly review of the restraint log by the Registered Manager, with themes "
                           "discussed at team meetings.",
                 "Registered Manager", ["Registered Manager"], dt.date(2024, 8, 31), "amber",
                 "Weekly review in place but two records in January completed late; spot checks increased."),
            ]),
        ]),
        ("Westfield Lodge", "SC485520", "full inspection, 3 September 2024", "Good", [
            ("Requirement", "Regulation 14 (care planning standard)",
             "The registered person must ensure that each child's placement plan is reviewed and updated "
             "following any significant change in the child's circumstances.", [
                ("R1.1", "Audit all placement plans and record the date of each review and the change that "
                         "prompted it.",
                 "Registered Manager", ["Registered Manager"], dt.date(2024, 10, 31), "blue",
                 "Audit completed 18/10/2024; all plans up to date."),
            ]),
            ("Recommendation", "Guide to the Children's Homes Regulations, paragraph 7.4",
             "The registered person should ensure that children are supported to access health services in a "
             "timely way, including dental care.", [
                ("Rec1.1", "Register every child with a local dentist within four weeks of moving into the home "
                           "and record appointments on the health tracker.",
                 "Registered Manager and Looked After Children Nurse",
                 ["Registered Manager", "Looked After Children Nurse"], dt.date(2024, 12, 31), "red",
                 "Two children still waiting for an NHS dentist; escalated to the ICB dental commissioning team."),
            ]),
        ]),
        ("Hollybrook Short Breaks", "SC392871", "full inspection, 19 November 2024", "Good", [
            ("Recommendation", "Guide to the Children's Homes Regulations, paragraph 15.2",
             "The registered person should ensure that the home's statement of purpose is kept under review and "
             "accurately describes the short breaks service provided.", [
                ("Rec1.1", "Revise the statement of purpose and submit the updated version to Ofsted.",
                 "Registered Manager", ["Registered Manager"], dt.date(2025, 1, 31), "blue",
                 "Submitted to Ofsted 27/01/2025."),
                ("Rec1.2", "Produce a children's guide in an accessible format, with symbols and photographs, for "
                           "children with communication needs.",
                 "Registered Manager; Speech and Language Therapist",
                 ["Registered Manager", "Speech and Language Therapist"], dt.date(2025, 4, 30), "green",
                 "Draft tested with three children and their parents."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Children and Young People's Services – Residential Services. Updated 28/02/2025 by the "
                "Strategic Manager, Residential Services.")
    heads = ["Home", "URN", "Inspection date", "Judgement", "Requirements", "Recommendations",
             "Actions", "Actions completed"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    r = 5
    tot = [0, 0, 0, 0]
    insp_dates = [dt.date(2024, 5, 14), dt.date(2024, 9, 3), dt.date(2024, 11, 19)]
    for (home, urn, insp, judg, items), idate in zip(homes, insp_dates):
        nreq = sum(1 for t in items if t[0] == "Requirement")
        nrec = sum(1 for t in items if t[0] == "Recommendation")
        nact = sum(len(t[3]) for t in items)
        ndone = sum(1 for t in items for a in t[3] if a[5] == "blue")
        vals = [home, urn, idate, judg, nreq, nrec, nact, ndone]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            if j == 2:
                c.number_format = "dd/mm/yyyy"
        for k, v in enumerate((nreq, nrec, nact, ndone)):
            tot[k] += v
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for k, v in enumerate(tot):
        c = ws.cell(row=r, column=5 + k, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Status key (fill colour in the Status column of each home's sheet)").font = \
        Font(bold=True)
    r += 1
    for col, meaning in (("blue", "Completed"), ("green", "On track"), ("amber", "Some slippage"),
                         ("red", "Off track – escalated to Head of Service")):
        ws.cell(row=r, column=1).fill = fill(FILLS[col])
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    for col, w in zip("ABCDEFGH", (26, 12, 15, 32, 13, 16, 9, 17)):
        ws.column_dimensions[col].width = w

    actions = []
    for home, urn, insp, judg, items in homes:
        sh = wb.create_sheet(home[:31])
        sh["A1"] = home
        sh["A1"].font = Font(bold=True, size=14)
        sh["A2"] = "URN: " + urn
        sh["A3"] = "Inspection: " + insp + " – " + judg
        sh["A4"] = "Responsible Individual: Strategic Manager, Residential Services"
        heads = ["Ref", "Type", "Regulation / guide", "Requirement or recommendation (Ofsted)",
                 "Action to be taken", "Responsible", "Due date", "Status", "Evidence / update"]
        for j, h in enumerate(heads):
            c = sh.cell(row=6, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("203764")
            c.alignment = WRAP
            c.border = BOX
        r = 7
        for typ, reg, text, acts in items:
            first = r
            for ref, action, lead_cell, leads, due, status, upd in acts:
                vals = [ref, None, None, None, action, lead_cell, due, None, upd]
                for j, v in enumerate(vals):
                    c = sh.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if j == 6:
                        c.number_format = "dd/mm/yyyy"
                    if j == 7:
                        c.fill = fill(FILLS[status])
                actions.append(act(ref, [home, text], action, leads, due.strftime("%Y-%m"), status))
                r += 1
            for col, v in ((2, typ), (3, reg), (4, text)):
                c = sh.cell(row=first, column=col, value=v)
                c.alignment = WRAP
                if r - 1 > first:
                    sh.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        for col, w in zip("ABCDEFGHI", (8, 14, 22, 48, 48, 24, 12, 9, 40)):
            sh.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the tracker a county council's residential service keeps of Ofsted children's "
                   "home inspections (requirements under the Children's Homes Regulations 2015 and "
                   "recommendations citing the Guide to the Children's Homes Regulations, as set out in the "
                   "SCCIF children's homes guidance, gov.uk). Durham County Council runs its own children's "
                   "homes; home names and URNs are invented. Copies a summary sheet (one row per home with "
                   "counts and a totals row, plus a fill-colour status key) and one sheet per home with a "
                   "title block, the requirement/recommendation merged down over its actions, dd/mm/yyyy due "
                   "dates, and status shown only by cell fill colour."),
        "reads": ("A summary sheet and three home sheets. On each home sheet the Ofsted requirements and "
                  "recommendations (merged down the rows) each have one or two actions with a ref, a "
                  "responsible post, a due date and a Status cell coloured by the key on the summary sheet "
                  "(blue completed, green on track, amber slippage, red off track). The summary table and key "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 3. Central Bedfordshire Council - focused visit action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def central_beds():
    name = "hc1-central-bedfordshire-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    areas = [
        ("The quality of child protection plans, so that plans are specific, outcome-focused and understood "
         "by parents.", [
            ("1.1", "Revise the child protection plan template so that each outcome has measurable actions, "
                    "named responsibilities and timescales.", "Head of Safeguarding and Quality Assurance",
             "December 2024", "Complete", "New template live from 2 December 2024."),
            ("1.2", "Child protection chairs to quality assure every plan at the initial conference and at "
                    "each review, using the revised checklist.", "Child Protection Chairs Team Manager",
             "January 2025", "Green", "Checklist in use; 84% of plans rated good in February dip sample."),
            ("1.3", "Share plans with parents in plain English within five working days of each conference.",
             "Child Protection Chairs Team Manager", "March 2025", "Amber",
             "Timeliness 61% in February; plain-English summary being piloted."),
        ]),
        ("The consistency of management oversight of children in need, including the frequency of "
         "supervision and the recording of management decisions.", [
            ("2.1", "Set a standard of monthly case supervision for every child in need, recorded on the "
                    "case management system.", "Head of Service, Children in Need", "January 2025",
             "Complete", "Practice standard issued 6 January 2025."),
            ("2.2", "Report supervision compliance for each team to the monthly performance clinic.",
             "Performance and Intelligence Manager", "Febuary 2025", "Green",
             "Report developed; first clinic held 24 February."),
            ("2.3", "Deliver practice workshops for team managers on recording the rationale for decisions.",
             "Principal Social Worker", "April 2025", "Green", "Two workshops booked for March."),
        ]),
        ("The use of the Public Law Outline pre-proceedings process, so that children do not experience drift.", [
            ("3.1", "Introduce a fortnightly legal gateway tracker reviewed by the Head of Service and Legal "
                    "Services.", "Head of Service, Children in Need / Principal Solicitor", "December 2024",
             "Complete", "Tracker in place since 9 December 2024."),
            ("3.2", "Audit all children in pre-proceedings for more than 16 weeks and agree next steps for each.",
             "Head of Safeguarding and Quality Assurance", "March 2025", "Amber",
             "12 of 19 children audited."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Central Bedfordshire Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted Focused Visit (15–16 October 2024) – Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Focus of visit: children in need and children subject to a child protection plan"
    ws["A4"] = ("Plan owner: Director of Children's Services | Reviewed at: Children's Services Improvement "
                "Board | Last updated: 03/03/2025")
    heads = ["Area for improvement", "No.", "Action", "Lead", "Target date", "RAG", "Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
    r = 7
    typo_row = None
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for area, items in areas:
        first = r
        for ref, text, lead, when, rag, upd in items:
            for j, v in enumerate([None, ref, text, lead, when, rag, upd]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j == 5:
                    c.fill = fill(FILLS[rag_fill[rag]])
            if "Febuary" in when:
                typo_row = r
            r += 1
        c = ws.cell(row=first, column=1, value=area)
        c.alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFG", (40, 6, 55, 30, 15, 10, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": ("Imitates a local authority's action plan after an Ofsted focused visit to children's "
                   "services (ILACS framework; focused visits leave areas for improvement rather than "
                   "recommendations). Central Bedfordshire Council and the visit dates are used as a plausible "
                   "2024 case. Copies a single-sheet plan: council name and visit title lines, a plan-owner "
                   "line, areas for improvement merged down column A over numbered actions, target dates typed "
                   "as text (month and year in full), and a RAG column with words and matching fill."),
        "reads": ("Three areas for improvement from the focused visit, each with two or three numbered actions, "
                  "a lead, a target month typed as text, a RAG word and an update. Action 2.2 has the target "
                  "date 'Febuary 2025', a misspelt month: a careful reader stops and asks what was meant "
                  "before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Ofsted Focused Visit (15–16 October 2024) – Action Plan",
    }, None)


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


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; inner newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. City of Wolverhampton Council - Corporate Parenting Board action plan (docx)
# ---------------------------------------------------------------------------
def wolverhampton():
    name = "hc1-wolverhampton-corporate-parenting-board-action-plan.docx"
    title = "City of Wolverhampton Council Corporate Parenting Board Action Plan 2024–2026"
    rag_col = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    pris = [
        ("Priority 1: A safe and stable home", [
            ("1.1", "Open two new council-run children's homes in the city so that more children can live close "
                    "to their family, school and friends.", "Head of Children's Residential Services",
             ["Head of Children's Residential Services"], "March 2025", "2025-03", None, "B",
             "Both homes registered with Ofsted in February 2025; first children moved in during March."),
            ("1.2", "Increase the number of approved foster carers in Wolverhampton by 20 through the Foster "
                    "Wolverhampton recruitment campaign.", "Fostering Service Manager",
             ["Fostering Service Manager"], "March 2026", "2026-03", None, "A",
             "Net increase of 7 carers in 2024/25. Campaign refocused on carers for teenagers and sibling groups."),
            ("1.3", "Hold a stability meeting within 10 working days for every child whose home is at risk of "
                    "breaking down.", "Head of Service – Children in Care", ["Head of Service – Children in Care"],
             "Ongoing", None, "Ongoing", "G", "93% of stability meetings held within timescale (Q3)."),
        ]),
        ("Priority 2: Health and wellbeing", [
            ("2.1", "Improve the timeliness of initial health assessments so that 90% are completed within 20 "
                    "working days of a child coming into care.",
             "Designated Nurse for Children in Care and Head of Service – Children in Care",
             ["Designated Nurse for Children in Care", "Head of Service – Children in Care"],
             "Q2 2025/26", "2025-09", None, "A",
             "Timeliness 71% in Q3, up from 58%. Delays in consent paperwork being addressed with the teams."),
            ("2.2", "Launch an emotional wellbeing offer for care leavers with Black Country Healthcare NHS "
                    "Foundation Trust, including drop-in sessions at the Care Leavers’ Hub.",
             "Care Leavers Service Manager", ["Care Leavers Service Manager"], "June 2025", "2025-06", None, "G",
             "Drop-ins start in April 2025."),
        ]),
        ("Priority 3: Education, employment and training", [
            ("3.1", "Make sure every child in care has an up-to-date Personal Education Plan (PEP) that is "
                    "reviewed each term.", "Virtual School Headteacher", ["Virtual School Headteacher"],
             "Termly", None, "Termly", "G", "98% of PEPs completed in the autumn term."),
            ("3.2", "Create 15 ring-fenced apprenticeships for care leavers across the council and its partners.",
             "Head of Skills / Care Leavers Service Manager", ["Head of Skills", "Care Leavers Service Manager"],
             "December 2025", "2025-12", None, "R",
             "4 apprenticeships created. Escalated to the Board: partner pledges needed."),
        ]),
        ("Priority 4: Listening to children and young people", [
            ("4.1", "Hold quarterly ‘Takeover’ sessions where members of the Children in Care Council set the "
                    "agenda for the Corporate Parenting Board.", "Participation Lead", ["Participation Lead"],
             "Quarterly", None, "Quarterly", "G", "Sessions held in July, October and January."),
            ("4.2", "Review the Pledge with children and young people and publish a refreshed version in "
                    "child-friendly formats.", "Participation Lead & Head of Service – Children in Care",
             ["Participation Lead", "Head of Service – Children in Care"], "September 2025", "2025-09", None, "G",
             "Consultation with the Children in Care Council under way."),
        ]),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    p = d.add_paragraph("Our promise to children and young people in care and care leavers – progress update "
                        "for the Corporate Parenting Board, 27 March 2025")
    p.runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document owner", "Head of Service – Children in Care"), ("Version", "2.1"),
                 ("Approved", "Corporate Parenting Board, 18 April 2024"), ("Next review", "September 2025")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph("")
    d.add_paragraph("RAG key").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("B", "Complete"), ("G", "On track"), ("A", "Some delay – recovery action agreed"),
                 ("R", "Off track – escalated to the Board")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], rag_col[k])
        set_cell(row[1], v)
    actions = []
    for head, items in pris:
        d.add_heading(head, level=1)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "What we will do", "Lead", "By when", "RAG",
                                          "Progress update"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, text, lead_cell, leads, when, end, end_text, rag, upd in items:
            row = t.add_row().cells
            for c, v in zip(row, [ref, text, lead_cell, when, rag, upd]):
                set_cell(c, v)
            shade(row[4], rag_col[rag])
            a = act(ref, [head], text, leads, end, rag_status[rag], end_text=end_text)
            actions.append(a)
    d.add_paragraph("")
    d.add_paragraph("Next update to the Corporate Parenting Board: July 2025.")
    d.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a council Corporate Parenting Board action plan built on its pledge to children in "
                   "care and care leavers (cf. Bracknell Forest's Corporate Parenting Strategy action plan "
                   "2025-2028, bracknell-forest.gov.uk, with responsible officer and timeline per pledge). City "
                   "of Wolverhampton Council is used as the body; content is plausible, not copied. Copies a "
                   "Word layout: title and subtitle, a document-control table, a RAG key table (B = complete), "
                   "then one heading and one table per priority with number, action, lead, 'by when', shaded "
                   "RAG letter and progress update."),
        "reads": ("Four priorities, each a heading over its own table of two or three numbered actions. Leads "
                  "are job titles, sometimes two joined by 'and', '/' or '&'; 'by when' is a month, a quarter of "
                  "the financial year, or Ongoing/Termly/Quarterly; the RAG letter is the status. The document "
                  "control and key tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 5. Buckinghamshire local area SEND written statement of action (docx)
# ---------------------------------------------------------------------------
def buckinghamshire():
    name = "hc1-buckinghamshire-local-area-send-written-statement-of-action.docx"
    title = "Buckinghamshire Local Area Written Statement of Action"
    status_map = {"Complete": "blue", "On track": "green", "Amber": "amber"}
    areas = [
        ("Area of significant weakness 1: The lack of a cohesive area strategy to identify and meet the needs "
         "of those children and young people requiring speech and language, communication and occupational "
         "therapy.", [
            ("1.1", "Co-produce a joint therapies strategy for 0–25 year olds with FACT Bucks, schools and "
                    "therapy providers.",
             "Director of Education\nAssociate Director of Children's Commissioning (BOB ICB)",
             ["Director of Education", "Associate Director of Children's Commissioning (BOB ICB)"],
             "December 2022", "2022-12", None,
             "Strategy agreed by the SEND Integrated Services Board", "Complete"),
            ("1.2", "Commission a graduated therapies offer for mainstream schools, including training for SENCos "
                    "in identifying speech, language and communication needs.",
             "Head of SEND Commissioning", ["Head of SEND Commissioning"], "September 2023", "2023-09", None,
             "85% of schools signed up to the offer; SENCo confidence survey improved", "Complete"),
            ("1.3", "Reduce the waiting time for a first occupational therapy appointment to 18 weeks.",
             "Children's Therapies Service Manager (Buckinghamshire Healthcare NHS Trust)",
             ["Children's Therapies Service Manager (Buckinghamshire Healthcare NHS Trust)"],
             "December 2024", "2024-12", None, "No child waits more than 18 weeks", "Amber"),
        ]),
        ("Area of significant weakness 2: Waiting times for assessments on the autism and attention deficit "
         "hyperactivity disorder (ADHD) pathways, and the support available to children, young people and "
         "their families while they wait.", [
            ("2.1", "Implement a single neurodevelopmental pathway for autism and ADHD with one point of referral.",
             "Head of Neurodevelopmental Services (Oxford Health NHS FT)",
             ["Head of Neurodevelopmental Services (Oxford Health NHS FT)"], "April 2023", "2023-04", None,
             "Single referral route live; referrers report clearer process", "Complete"),
            ("2.2", "Provide a pre-diagnostic support offer for families on the waiting list, including parent "
                    "workshops delivered with FACT Bucks.",
             "Neurodevelopmental Pathway Lead\nFACT Bucks Co-Chair",
             ["Neurodevelopmental Pathway Lead", "FACT Bucks Co-Chair"], "Autumn term 2022", "2022-12", None,
             "Workshops running monthly; positive parent feedback", "Complete"),
            ("2.3", "Agree a trajectory to reduce the longest waits for autism assessment to 52 weeks and report "
                    "progress monthly to the SEND Integrated Services Board.",
             "Associate Director of Children's Commissioning (BOB ICB)",
             ["Associate Director of Children's Commissioning (BOB ICB)"], "March 2025", "2025-03", None,
             "Longest wait reduced to 52 weeks", "Amber"),
        ]),
        ("Area of significant weakness 3: The capacity of the community paediatric service, and the timeliness "
         "of health advice for education, health and care (EHC) needs assessments.", [
            ("3.1", "Recruit two additional community paediatricians and a specialist nurse to the community "
                    "paediatric team.",
             "Clinical Director for Children's Services (Buckinghamshire Healthcare NHS Trust)",
             ["Clinical Director for Children's Services (Buckinghamshire Healthcare NHS Trust)"],
             "Summer term 2023", "2023-07", None, "Posts filled; clinic capacity increased", "Complete"),
            ("3.2", "Introduce a quality assurance tool for health advice and audit a sample of health advice "
                    "each month.", "Designated Clinical Officer", ["Designated Clinical Officer"], "Monthly",
             None, "Monthly", "90% of audited advice rated good", "On track"),
            ("3.3", "Increase the proportion of health advice returned within six weeks to 90%.",
             "Designated Clinical Officer\nHead of SEND", ["Designated Clinical Officer", "Head of SEND"],
             "July 2024", "2024-07", None, "90% of health advice returned within six weeks", "On track"),
        ]),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Special educational needs and disabilities (SEND) – response to the Ofsted and Care Quality "
                    "Commission joint local area SEND inspection, 7–11 March 2022")
    d.add_paragraph("Progress position: July 2024")
    d.add_heading("Version control", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for v in (("1.0", "08/08/2022", "Submitted to Ofsted and CQC"),
              ("1.1", "25/08/2022", "Approved by Ofsted and CQC"),
              ("2.4", "04/07/2024", "Progress updated for the DfE and NHS England monitoring meeting")):
        row = t.add_row().cells
        for c, x in zip(row, v):
            set_cell(c, x)
    d.add_heading("Governance", level=2)
    d.add_paragraph("This Written Statement of Action is owned jointly by Buckinghamshire Council and "
                    "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board (BOB ICB). Progress is "
                    "reported to the SEND Integrated Services Board each month and to the Department for "
                    "Education and NHS England at monitoring meetings.")
    d.add_heading("Actions", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Measure of success",
                                      "Progress (July 2024)"]):
        set_cell(c, h, bold=True)
        shade(c, "5B2C6F")
        for r_ in c.paragraphs[0].runs:
            r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    actions = []
    for area, items in areas:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, area, bold=True)
        shade(merged, "E8DAEF")
        for ref, text, lead_cell, leads, when, end, end_text, measure, prog in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead_cell, when, measure, prog]):
                set_cell(c, v)
            actions.append(act(ref, [area], text, leads, end, status_map[prog], end_text=end_text))
    d.add_paragraph("")
    d.add_paragraph("Remaining actions continue through the Buckinghamshire SEND Strategic Plan.")
    d.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates Buckinghamshire's Written Statement of Action after the Ofsted/CQC local area SEND "
                   "inspection of 7-11 March 2022 (three areas of significant weakness: therapies, the autism/"
                   "ADHD neurodevelopmental pathway waits, community paediatrics; WSoA approved August 2022, "
                   "July 2024 monitoring update - familyinfo.buckinghamshire.gov.uk and "
                   "buckinghamshire.moderngov.co.uk). Action wording is plausible, not copied. Copies a Word "
                   "WSoA: title block, version-control table, governance paragraph, and one long table where "
                   "each area of significant weakness is a merged full-width row over its actions, with leads "
                   "stacked one per line in the cell, timescales as months, school terms or 'Monthly', a "
                   "measure of success and a word status (Complete / On track / Amber)."),
        "reads": ("Three areas of significant weakness, each a shaded full-width row over three numbered actions. "
                  "Where two leads are stacked on separate lines in the Lead(s) cell they are two posts. "
                  "'Autumn term 2022' ends in December 2022 and 'Summer term 2023' in July 2023; 'Monthly' has "
                  "no end month. Complete is blue, On track green."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 6. Devon Youth Justice Service - HMIP improvement plan (csv)
# ---------------------------------------------------------------------------
def devon():
    name = "hc1-devon-youth-justice-service-hmip-improvement-plan.csv"
    title = "Devon Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan"
    st_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    recs = [
        ("1", "Ensure robust contingency plans are in place for all children that address their safety and "
              "wellbeing, and risk of harm to others.", [
            ("1.1", "Revise the AssetPlus planning guidance so that every plan includes a contingency section "
                    "with named actions for each identified risk.", "Operational Manager (Practice)",
             ["Operational Manager (Practice)"], "01/01/2023", "31/03/2023", "2023-03", None, "Complete",
             "Guidance issued 27/03/2023."),
            ("1.2", "Team managers to quality assure contingency planning in all new plans, using the revised "
                    "management oversight checklist.", "Team Managers", ["Team Managers"], "01/02/2023",
             "Ongoing", None, "Ongoing", "Green", "Checklist in use in all three localities."),
        ]),
        ("2", "Improve the quality of assessment and planning for children's safety and wellbeing in "
              "out-of-court disposal work.", [
            ("2.1", "Introduce a joint decision-making panel checklist with Devon and Cornwall Police that "
                    "records safety and wellbeing factors for every out-of-court disposal.",
             "Operational Manager (Out of Court); Police Sergeant (Youth Diversion)",
             ["Operational Manager (Out of Court)", "Police Sergeant (Youth Diversion)"], "01/01/2023",
             "30/04/2023", "2023-04", None, "Complete", "Checklist agreed at panel on 18/04/2023."),
            ("2.2", "Deliver practice workshops on assessing safety and wellbeing for out-of-court disposal "
                    "staff:\n- session 1: using the Prevention and Diversion Assessment Tool\n- session 2: "
                    "contingency planning", "Practice Development Lead", ["Practice Development Lead"],
             "01/03/2023", "Q1 2023/24", "2023-06", None, "Green", "Session 1 delivered 10/05/2023."),
        ]),
        ("3", "The Devon Youth Justice Partnership Board should improve its communication with YJS staff, so "
              "that staff understand the Board's priorities and their views inform its decisions.", [
            ("3.1", "Board members to attend a staff team meeting in each locality at least twice a year.",
             "Chair of the Partnership Board", ["Chair of the Partnership Board"], "01/01/2023", "31/12/2023",
             "2023-12", None, "Green", "Visits to Exeter and Barnstaple completed."),
            ("3.2", "Publish a short staff briefing after every Board meeting.", "Head of Youth Justice Service",
             ["Head of Youth Justice Service"], "01/01/2023", "31/01/2023", "2023-01", None, "Complete",
             "Briefing issued after each Board since January."),
        ]),
        ("4", "Ensure that health, education and social care partners provide timely information to support "
              "assessments of children subject to court orders.", [
            ("4.1", "Agree information-sharing timescales with Children's Social Care, the Virtual School and "
                    "CAMHS, and add them to the YJS partnership protocol.",
             "Head of Youth Justice Service and Head of Service for Children in Care",
             ["Head of Youth Justice Service", "Head of Service for Children in Care"], "01/02/2023",
             "30/06/2023", "2023-06", None, "Amber", "CAMHS timescales still to be agreed."),
        ]),
        ("5", "Ensure that work to address disproportionality, including the over-representation of children "
              "in care, is informed by analysis of local data.", [
            ("5.1", "Produce a quarterly disproportionality dashboard for the Board, broken down by ethnicity, "
                    "care status and gender.", "YJS Information Manager", ["YJS Information Manager"],
             "01/04/2023", "30/09/2023", "2023-09", None, "Green", "First draft to the June Board."),
            ("5.2", "Review the use of remands for children in care with the courts and Children's Social Care.",
             "Operational Manager (Court)", ["Operational Manager (Court)"], "01/04/2023", "TBC", None, "TBC",
             "Red", "Not started: awaiting a date from HMCTS."),
        ]),
        ("6", "Ensure that victims of crime are offered a restorative justice intervention in all appropriate "
              "cases.", [
            ("6.1", "Appoint a second Restorative Justice and Victim Worker to cover North and West Devon.",
             "Head of Youth Justice Service", ["Head of Youth Justice Service"], "01/01/2023", "31/05/2023",
             "2023-05", None, "Complete", "Worker started 2 May 2023."),
        ]),
    ]
    ncol = 10
    rows = [
        [title] + [""] * (ncol - 1),
        ["Inspection fieldwork October 2022; report published November 2022; overall rating: Good"]
        + [""] * (ncol - 1),
        ["Owner: Head of Youth Justice Service. Monitored by the Devon Youth Justice Partnership Board. "
         "Last updated: 12/06/2023"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Rec No", "Recommendation", "Action No", "Action", "Owner", "Start date", "Target date", "RAG",
         "Progress update", "Evidence ref"],
    ]
    actions = []
    counts = {}
    ev = 1
    for no, rec, items in recs:
        for k, (ref, text, owner, leads, start, target, end, end_text, rag, prog) in enumerate(items):
            rows.append([no if k == 0 else "", rec if k == 0 else "", ref, text, owner, start, target, rag, prog,
                         "E%02d" % ev if rag == "Complete" else ""])
            if rag == "Complete":
                ev += 1
            counts[rag] = counts.get(rag, 0) + 1
            actions.append(act(ref, [rec], text, leads, end, st_map[rag], end_text=end_text))
    rows.append([""] * ncol)
    rows.append(["RAG summary at 12/06/2023"] + [""] * (ncol - 1))
    for k in ("Complete", "Green", "Amber", "Red"):
        rows.append([k, str(counts.get(k, 0))] + [""] * (ncol - 2))
    rows.append(["Total", str(sum(counts.values()))] + [""] * (ncol - 2))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates the post-inspection improvement plan of Devon Youth Justice Service after its HM "
                   "Inspectorate of Probation inspection (rated Good, report November 2022, six "
                   "recommendations including robust contingency plans for children's safety and wellbeing and "
                   "risk of harm, and better communication between the management board and staff - HMI "
                   "Probation press release 'Devon Youth Justice Service rated Good'). The other "
                   "recommendation wordings and all actions are plausible, not copied. Copies a tracker saved "
                   "from Excel as CSV: title and status lines padded with empty fields, a header row, the "
                   "recommendation number and text only on the first row of each group (merged cells "
                   "exported), dd/mm/yyyy start and target dates, RAG words, a multi-line quoted action cell, "
                   "and a RAG summary block at the foot."),
        "reads": ("Six HMIP recommendations, each over one or two numbered actions; the recommendation text is "
                  "left blank on its second action row but still applies. The target date is the end (not the "
                  "start date); 'Ongoing' and 'TBC' give no month and 'Q1 2023/24' ends in June 2023. Complete "
                  "is blue. The RAG summary lines at the end are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 7. Staffordshire early help strategy action plan (txt, tab separated)
# ---------------------------------------------------------------------------
def staffordshire():
    name = "hc1-staffordshire-early-help-strategy-action-plan.txt"
    title = "Staffordshire Early Help Strategy 2023–2026: Partnership Action Plan"
    st_map = {"C": "blue", "G": "green", "A": "amber", "R": "red", "NS": "unrated"}
    pris = [
        ("PRIORITY 1 – IDENTIFYING NEED EARLY", [
            ("1a", ["Roll out the Early Help Assessment on the new case management system to all partner "
                    "agencies, with training for schools and health visitors."],
             "Early Help Service Manager", ["Early Help Service Manager"], "September 2024", "2024-09", None,
             "C", "Live since 2 September 2024; 412 partner practitioners trained."),
            ("1b", ["Publish a revised threshold document jointly with the Staffordshire and Stoke-on-Trent "
                    "Safeguarding Children Board."],
             "SSSCB Business Manager / Head of Early Help", ["SSSCB Business Manager", "Head of Early Help"],
             "March 2025", "2025-03", None, "G", "Consultation closed 10 January 2025."),
            ("1c", ["Develop a single data set showing the number of Early Help Assessments started by each "
                    "partner agency, reported quarterly."],
             "Early Help Performance Lead", ["Early Help Performance Lead"], "Q4 2024/25", "2025-03", None, "A",
             "Dashboard in test; health data not yet received."),
        ]),
        ("PRIORITY 2 – FAMILY HUBS AND COMMUNITY SUPPORT", [
            ("2a", ["Open a Family Hub in each of the eight districts, with a core offer of parenting, infant "
                    "feeding and perinatal mental health support."],
             "Head of Family Hubs", ["Head of Family Hubs"], "March 2025", "2025-03", None, "G",
             "Six of eight hubs open; Tamworth and Cannock due in March."),
            ("2b", ["Commission the Family Support Service from April 2025 following the Cabinet decision of "
                    "16 October 2024."],
             "Commissioning Manager (Children and Families)", ["Commissioning Manager (Children and Families)"],
             "April 2025", "2025-04", None, "G", "Tender evaluation complete."),
            ("2c", ["Map voluntary and community sector support in each district and keep the online directory "
                    "up to date."],
             "Community Partnerships Lead", ["Community Partnerships Lead"], "Ongoing", None, "Ongoing", "G", ""),
        ]),
        ("PRIORITY 3 – WORKFORCE", [
            ("3a", ["Deliver a restorative practice training programme to early help practitioners across the "
                    "partnership,",
                    "and evaluate its impact through practitioner surveys and case audits."],
             "Workforce Development Manager", ["Workforce Development Manager"], "December 2025", "2025-12", None,
             "NS", ""),
            ("3b", ["Agree a lead professional protocol so that every family with an Early Help Assessment has a "
                    "named lead professional within 10 working days."],
             "Head of Early Help & Designated Nurse Safeguarding Children",
             ["Head of Early Help", "Designated Nurse Safeguarding Children"], "June 2025", "2025-06", None, "A",
             "Draft protocol with health partners for comment."),
        ]),
        ("PRIORITY 4 – OUTCOMES AND IMPACT", [
            ("4a", ["Report Supporting Families outcomes to the Partnership Board every quarter, including the "
                    "number of families achieving significant and sustained progress."],
             "Supporting Families Programme Lead", ["Supporting Families Programme Lead"], "Quarterly", None,
             "Quarterly", "G", "Q2 report taken in October."),
            ("4b", ["Carry out an annual family feedback survey and use the findings to update this plan."],
             "Head of Early Help", ["Head of Early Help"], "November 2025", "2025-11", None, "R",
             "Survey postponed – resources diverted to the Family Hubs launch."),
        ]),
    ]
    lines = [
        title,
        "Staffordshire Early Help Partnership Board – update for the meeting of 22 January 2025",
        "",
        "Status key: C = complete; G = on track; A = at risk; R = off track; NS = not started",
        "",
        "Ref\tWhat we will do\tLead(s)\tBy when\tStatus\tComments",
    ]
    actions = []
    counts = {}
    for head, items in pris:
        lines.append(head)
        for ref, text_lines, lead_cell, leads, when, end, end_text, stt, com in items:
            lines.append("\t".join([ref, text_lines[0], lead_cell, when, stt, com]))
            for more in text_lines[1:]:
                lines.append("\t".join(["", more, "", "", "", ""]))
            counts[stt] = counts.get(stt, 0) + 1
            actions.append(act(ref, [head], "\n".join(text_lines), leads, end, st_map[stt], end_text=end_text))
    lines.append("")
    total = sum(counts.values())
    lines.append("Summary: %d actions – C %d, G %d, A %d, R %d, NS %d" % (
        total, counts.get("C", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0),
        counts.get("NS", 0)))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates a partnership action plan for an early help strategy, as Staffordshire County "
                   "Council and its partners produce for the Early Help Strategy refreshed through the Early "
                   "Help Operational Group (moderngov.staffordshire.gov.uk, Draft Early Help Strategy; Family "
                   "Hubs network; Family Support Service recommissioned from April 2025 after the Cabinet of "
                   "16 October 2024 - lichfieldlive.co.uk). Content is plausible, not copied. Copies a plain-"
                   "text, tab-separated export of the board paper's table: title and meeting lines, a status "
                   "key line (C = complete, NS = not started), a header line, capitalised priority lines, "
                   "lettered refs, one action wrapped onto a continuation line with empty other fields, and a "
                   "summary line at the end."),
        "reads": ("Four priorities, each a heading line over two or three lettered actions with lead(s), a "
                  "'by when', a status letter and a comment. Action 3a runs onto a second line that carries "
                  "only the rest of its text. By the key C is complete (blue) and NS not started (unrated); "
                  "Q4 2024/25 ends in March 2025; Ongoing and Quarterly give no month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


if __name__ == "__main__":
    bedford()
    durham()
    central_beds()
    wolverhampton()
    buckinghamshire()
    devon()
    staffordshire()
    print("built 7 cases in", HERE)
