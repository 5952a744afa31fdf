#!/usr/bin/env python
"""Build the seven wm- cases of heldout544 and write their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with "wm-" are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"


def out(name):
    assert name.startswith("wm-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ============================================================================ 1. Estyn PIAP (docx)
def estyn_school():
    name = "wm-ysgol-pen-y-garth-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Pen-y-garth: Post-Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad – Estyn core inspection, 14–17 October 2024")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [
        ("School", "Ysgol Pen-y-garth, Penarth"),
        ("Local authority", "Vale of Glamorgan Council"),
        ("Headteacher", "Mrs Catrin Howells"),
        ("Chair of governors", "Mr Rhodri Jenkins"),
        ("Date of inspection", "14–17 October 2024"),
        ("Plan approved by the governing body", "4 December 2024"),
        ("Submitted to Estyn", "9 December 2024"),
        ("Version", "1.3 – progress update for the governing body, June 2025"),
    ]:
        r = cover.add_row().cells
        r[0].text, r[1].text = k, v
        for p in r[0].paragraphs:
            for run in p.runs:
                run.bold = True

    doc.add_paragraph()
    doc.add_paragraph("Allwedd cynnydd / Progress key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for fill, text in [
        (RED, "Coch / Red – not on track; urgent action needed"),
        (AMBER, "Ambr / Amber – some progress; minor slippage"),
        (GREEN, "Gwyrdd / Green – on track"),
        (BLUE, "Glas / Blue – action completed"),
    ]:
        r = key.add_row().cells
        shade(r[0], fill)
        r[1].text = text

    doc.add_paragraph()
    doc.add_paragraph(
        "The school was not placed in a statutory category. This plan sets out how the school "
        "will address the four recommendations in the Estyn report. Progress is shown by the "
        "colour in the final column.")

    recs = [
        ("R1: Improve the consistency of teaching so that all pupils make strong progress in their learning", [
            ("1.1", "Agree and introduce a whole-school teaching and learning policy, setting out the features of effective teaching and assessment for learning.",
             "Headteacher", ["Headteacher"], "Autumn term 2024", "2024-12", None,
             "All staff apply the policy; learning walks show consistent practice in most classes.", BLUE, "blue"),
            ("1.2", "Deliver a programme of professional learning on questioning and feedback for all teachers and learning support assistants, with support from the local authority.",
             "CH / ML", ["CH", "ML"], "January – March 2025", "2025-03", None,
             "Lesson observations show effective questioning in most lessons.", GREEN, "green"),
            ("1.3", "Carry out termly learning walks and book looks, sharing findings with staff and governors.\nFollow up individual concerns through coaching and agreed support.",
             "Senior leadership team", ["Senior leadership team"], "Termly", None, "Termly",
             "Monitoring records show improvement over time for identified staff.", GREEN, "green"),
        ]),
        ("R2: Improve pupils’ Welsh oracy skills, particularly those of pupils who do not speak Welsh at home", [
            ("2.1", "Introduce daily structured oracy sessions (‘Amser Siarad’) in all Foundation Learning classes.",
             "Llinos Parry (Welsh lead)", ["Llinos Parry (Welsh lead)"], "Spring term 2025", "2025-04", None,
             "Pupils use a wider range of language patterns in play and group work.", GREEN, "green"),
            ("2.2", "Establish a Siarter Iaith pupil team to promote the use of Welsh on the yard and in extra-curricular clubs.",
             "Llinos Parry (Welsh lead)", ["Llinos Parry (Welsh lead)"], "Summer term 2025", "2025-07", None,
             "Pupil voice and staff observations show more Welsh used informally.", AMBER, "amber"),
            ("2.3", "Hold workshops for parents who do not speak Welsh, signposting Cymraeg i Blant and Dysgu Cymraeg courses.",
             "Deputy headteacher / Family engagement officer", ["Deputy headteacher", "Family engagement officer"],
             "By 31 May 2025", "2025-05", None,
             "At least two workshops held; parental survey shows increased confidence.", AMBER, "amber"),
        ]),
        ("R3: Strengthen self-evaluation and improvement planning so that leaders identify precisely what needs to improve", [
            ("3.1", "Revise the self-evaluation calendar so that first-hand evidence (lesson observation, pupil voice, book scrutiny) is gathered every half term.",
             "Headteacher", ["Headteacher"], "Dec-24", "2024-12", None,
             "Calendar in place and followed; evidence used in SDP review.", BLUE, "blue"),
            ("3.2", "Provide training for the governors’ Standards Committee on using self-evaluation evidence to challenge leaders.",
             "Chair of governors; LA Challenge Adviser", ["Chair of governors", "LA Challenge Adviser"],
             "Mar-25", "2025-03", None,
             "Minutes of Standards Committee show governors asking searching questions.", RED, "red"),
            ("3.3", "Align the school development plan with this PIAP and set measurable success criteria for each priority.",
             "Headteacher", ["Headteacher"], "Ongoing", None, "Ongoing",
             "SDP 2025–26 approved with measurable success criteria.", GREEN, "green"),
        ]),
        ("R4: Address the site safety issue identified during the inspection", [
            ("4.1", "Install a secure fence and locked gate between the staff car park and the Foundation Learning outdoor area.",
             "Vale of Glamorgan Council (Property Services)", ["Vale of Glamorgan Council (Property Services)"],
             "November 2024", "2024-11", None,
             "Work completed and signed off by the local authority health and safety officer.", BLUE, "blue"),
        ]),
    ]
    actions = []
    for heading, rows in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"]):
            c.text = h
        bold_row(t.rows[0])
        for ref, text, lead_cell, leads, when, end, end_text, sc, fill, status in rows:
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text, r[4].text = ref, text, lead_cell, when, sc
            shade(r[5], fill)
            actions.append(act(ref, [heading], text, leads, end, status, end_text))
        doc.add_paragraph()

    doc.add_paragraph(
        "Progress against this plan is reported to the full governing body each term and to the "
        "local authority’s school improvement partner.")
    sign = doc.add_table(rows=2, cols=3)
    sign.style = "Table Grid"
    for r, (who, nm) in enumerate([("Signed (Headteacher)", "C. Howells"), ("Signed (Chair of governors)", "R. Jenkins")]):
        sign.rows[r].cells[0].text = who
        sign.rows[r].cells[1].text = nm
        sign.rows[r].cells[2].text = "Date: 4 December 2024"
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates an Estyn post-inspection action plan (PIAP) of a Welsh-medium primary school in the "
            "Vale of Glamorgan after a 2024 core inspection, as published with governing body papers. "
            "Copies: title line with a Welsh sub-line, a cover/details table, a bilingual progress key table "
            "with coloured cells, one Heading + table per Estyn recommendation (R1–R4), Ref/Action/Lead/"
            "Timescale/Success criteria/Progress columns with the progress shown only by cell shading, "
            "school-term timescales, initials and job titles as leads, a closing note and sign-off table."),
        "reads": (
            "A school's plan answering four Estyn recommendations, each a heading with its own table of "
            "numbered actions (ten in all). Progress is the fill colour of the last cell, read through the "
            "bilingual key (blue = completed); timescales are terms, months, a period, 'Termly' and 'Ongoing'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================ 2. HIW dental (txt)
def hiw_dental():
    name = "wm-hafan-deg-dental-practice-hiw-inspection-improvement-plan.txt"
    title = "Hafan Deg Dental Practice – HIW inspection improvement plan"
    lines = [
        title,
        "Service:\tHafan Deg Dental Practice, Aberdare",
        "Health board:\tCwm Taf Morgannwg University Health Board",
        "Date of inspection:\t11 February 2025",
        "",
        "The table below includes the improvements identified during the inspection where we require the "
        "service to complete an improvement plan telling us about the actions they are taking to address these areas.",
        "",
        "Improvement needed\tStandard / Regulation\tService action\tResponsible officer\tTimescale",
    ]
    themes = [
        ("Quality of the patient experience", [
            ("The registered manager must ensure that the practice’s complaints procedure is displayed in the waiting area and includes the correct contact details for HIW and Llais.",
             "The Private Dentistry (Wales) Regulations 2017, Regulation 21", [
                 ("Complaints procedure updated with current contact details for HIW and Llais, displayed in the waiting room and added to the practice website.",
                  "Sian Morgan, Practice Manager", ["Sian Morgan, Practice Manager"], "28/02/2025", "2025-02", None),
             ]),
            ("The practice should make information available to patients in Welsh and record patients’ language preference, in line with the ‘Active Offer’.",
             "Health and Care Standards, Standard 3.2 Communicating effectively", [
                 ("Language preference added to the new patient medical history form; ‘Iaith Gwaith’ badges ordered for Welsh-speaking staff.",
                  "Practice Manager", ["Practice Manager"], "March 2025", "2025-03", None),
                 ("Bilingual patient information leaflet and waiting room signage to be produced using the health board’s translation service.",
                  "Practice Manager", ["Practice Manager"], "June 2025", "2025-06", None),
             ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered manager must ensure that the decontamination room is fit for purpose, including replacing the damaged work surface and ensuring a clear dirty-to-clean workflow.",
             "The Private Dentistry (Wales) Regulations 2017, Regulation 13(2)(a); WHTM 01-05", [
                 ("Damaged work surface removed and new sealed work surfaces fitted in the decontamination room.",
                  "Dr Owain Price (Principal Dentist)", ["Dr Owain Price (Principal Dentist)"], "Immediate", None, "Immediate"),
                 ("Decontamination workflow redesigned with signage displayed; all dental nurses to complete refresher training on WHTM 01-05.",
                  "Dr Owain Price / Lead Dental Nurse", ["Dr Owain Price", "Lead Dental Nurse"], "30 April 2025", "2025-04", None),
             ]),
            ("The registered manager must ensure that emergency drugs and equipment are checked weekly in line with Resuscitation Council (UK) guidance and that the checks are recorded.",
             "The Private Dentistry (Wales) Regulations 2017, Regulation 31(3)(b)", [
                 ("Weekly checklist introduced and allocated to a named dental nurse each week; compliance audited monthly by the practice manager.",
                  "Lead Dental Nurse", ["Lead Dental Nurse"], "14/02/2025", "2025-02", None),
             ]),
        ]),
        ("Quality of management and leadership", [
            ("The registered manager must ensure that all staff complete safeguarding training at the level appropriate to their role and that training records are kept up to date.",
             "The Private Dentistry (Wales) Regulations 2017, Regulation 17(3)(a)", [
                 ("Training matrix set up for all staff; staff with out-of-date safeguarding training booked onto Level 2 training through Health Education and Improvement Wales (HEIW).",
                  "Sian Morgan, Practice Manager", ["Sian Morgan, Practice Manager"], "31 May 2025", "2025-05", None),
             ]),
        ]),
    ]
    actions = []
    for theme, needs in themes:
        lines.append(theme)
        for need, reg, acts in needs:
            for i, (text, lead_cell, leads, when, end, end_text) in enumerate(acts):
                lines.append("\t".join([need if i == 0 else "", reg if i == 0 else "", text, lead_cell, when]))
                actions.append(act(None, [theme, need], text, leads, end, "unrated", end_text))
    lines += [
        "",
        "Service representative",
        "Name (print):\tOwain Price",
        "Job role:\tPrincipal Dentist / Registered Manager",
        "Date:\t21 March 2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": (
            "Imitates the improvement plan appendix of a Healthcare Inspectorate Wales (HIW) dental practice "
            "inspection report (2025), as a practice would return it, saved as tab-separated text. Copies the "
            "HIW columns Improvement needed / Standard / Regulation / Service action / Responsible officer / "
            "Timescale, the three HIW theme rows (patient experience, safe and effective care, management and "
            "leadership), a second service action on a continuation line with the improvement cell left blank, "
            "and the 'Service representative' sign-off lines."),
        "reads": (
            "A dental practice's response to five HIW improvements under three theme rows; seven service "
            "actions in all, two of them continuation lines under the improvement above. There is no status "
            "column, so every action is unrated; timescales are dates, months and one 'Immediate'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================ 3. NHSGGC IA tracker (xlsx)
def nhsggc_tracker():
    name = "wm-nhs-greater-glasgow-and-clyde-internal-audit-recommendations-tracker.xlsx"
    title = "NHS Greater Glasgow and Clyde – Internal Audit Recommendations Tracker"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}

    # Cover / key
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Audit and Risk Committee – 9 December 2025"
    cv["A3"] = "Prepared by: Head of Corporate Governance and Administration, with Internal Audit (Azets)"
    cv["A5"] = "Status key"
    cv["A5"].font = Font(bold=True)
    for i, (s, d) in enumerate([
        ("Complete", "Action implemented and evidence provided to Internal Audit"),
        ("On track", "Action progressing and expected to meet the target date"),
        ("At risk", "Revised date agreed with Internal Audit, or risk that the target date will be missed"),
        ("Overdue", "Target date passed and no revised date agreed"),
    ]):
        cv.cell(row=6 + i, column=1, value=s).fill = PatternFill("solid", fgColor=fills[s])
        cv.cell(row=6 + i, column=2, value=d)
    cv["A11"] = "Grading of recommendations"
    cv["A11"].font = Font(bold=True)
    for i, (g, d) in enumerate([
        ("Grade 4", "Very high risk exposure – major concerns requiring immediate senior attention"),
        ("Grade 3", "High risk exposure – absence of, or failure to comply with, a key control"),
        ("Grade 2", "Moderate risk exposure – controls are not working effectively and efficiently"),
        ("Grade 1", "Limited risk exposure – controls are working effectively but could be strengthened"),
    ]):
        cv.cell(row=12 + i, column=1, value=g)
        cv.cell(row=12 + i, column=2, value=d)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 90

    reports = [
        ("B03/25 – Medical Workforce Rostering (Improvement required)", [
            ("Rostering rules for junior medical staff should be documented and approved, and rotas should be checked for New Deal and Working Time Regulations compliance before publication.", [
                ("1.1", "Grade 3", "Develop and approve a medical rostering policy, including the roles and responsibilities of rota coordinators.",
                 "Deputy Medical Director (Acute)", ["Deputy Medical Director (Acute)"], dt.date(2025, 3, 31), dt.date(2025, 6, 30),
                 "At risk", "Complete", "Policy approved by the Acute Services Committee on 17 June 2025.", "2025-06", "blue"),
                ("1.2", "Grade 3", "Introduce a pre-publication compliance check for all junior doctor rotas using the HealthRoster compliance report.",
                 "Medical Staffing Manager", ["Medical Staffing Manager"], dt.date(2025, 6, 30), dt.date(2025, 10, 31),
                 "At risk", "At risk", "Roll-out delayed by the system upgrade; now live in three of five sectors.", "2025-10", "amber"),
            ]),
            ("Locum bookings should be authorised in line with the Scheme of Delegation before shifts are worked.", [
                ("2.1", "Grade 2", "Remind all sector General Managers of the locum authorisation process and introduce a monthly exceptions report to the Acute Finance Group.",
                 "Director of Finance; Chief Operating Officer (Acute)", ["Director of Finance", "Chief Operating Officer (Acute)"],
                 dt.date(2025, 4, 30), None, "Complete", "Complete", "Exceptions report presented monthly since May 2025.", "2025-04", "blue"),
            ]),
        ]),
        ("B08/25 – Cyber Security: Patching and Vulnerability Management (Significant improvement required)", [
            ("Critical and high-severity patches should be applied within the timescales set in the Patch Management Standard, with any exceptions formally risk-assessed.", [
                ("1.1", "Grade 4", "Agree revised patching timescales with eHealth Operations and report compliance monthly to the Information Governance Steering Group.",
                 "Head of eHealth Operations", ["Head of eHealth Operations"], dt.date(2025, 5, 31), dt.date(2025, 9, 30),
                 "On track", "Overdue", "Monthly compliance reporting started in August 2025; revised timescales not yet agreed.", "2025-09", "red"),
                ("1.2", "Grade 4", "Set up an exceptions register for systems that cannot be patched, with compensating controls approved by the Senior Information Risk Owner (SIRO).",
                 "Chief Information Security Officer", ["Chief Information Security Officer"], dt.date(2025, 12, 31), None,
                 "On track", "On track", "Draft register reviewed by the SIRO on 4 November 2025.", "2025-12", "green"),
            ]),
            ("Vulnerability scanning should cover all network segments, including medical devices on the clinical network.", [
                ("2.1", "Grade 3", "Extend vulnerability scanning to the clinical device network, starting with the QEUH and GRI campuses.",
                 "Head of eHealth Operations / Medical Physics Manager", ["Head of eHealth Operations", "Medical Physics Manager"],
                 dt.date(2025, 9, 30), dt.date(2026, 3, 31), "On track", "At risk",
                 "Scanning tool licensed; device inventory for GRI still being completed.", "2026-03", "amber"),
            ]),
        ]),
        ("B11/25 – Waiting List Validation (Minor improvement required)", [
            ("Written procedures for administrative waiting list validation should be updated to reflect current Scottish Government guidance.", [
                ("1.1", "Grade 2", "Update the validation procedures in the Patient Access Policy and re-issue them to all booking teams.",
                 "Head of Access", ["Head of Access"], dt.date(2025, 8, 31), None,
                 "On track", "Complete", "Procedures re-issued 22 August 2025.", "2025-08", "blue"),
            ]),
            ("Validation outcomes should be recorded consistently in TrakCare and checked by managers.", [
                ("2.1", "Grade 1", "Add validation outcome codes to TrakCare and issue user guidance to booking staff.",
                 "eHealth TrakCare Team Lead", ["eHealth TrakCare Team Lead"], dt.date(2025, 10, 31), dt.date(2026, 1, 31),
                 "On track", "At risk", "Change request approved; build scheduled for the December release.", "2026-01", "amber"),
                ("2.2", "Grade 1", "Audit a sample of validated records each quarter and report the results to the Waiting Times Group.",
                 "Head of Access", ["Head of Access"], dt.date(2026, 3, 31), None,
                 "", "On track", "First sample audit planned for January 2026.", "2026-03", "green"),
            ]),
        ]),
    ]

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by report"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Report", "Grade 4", "Grade 3", "Grade 2", "Grade 1", "Total", "Complete", "Open"]
    for c, h in enumerate(heads, 1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    r = 4
    tot = [0] * 7
    for band, recs in reports:
        rows = [a for _, acts in recs for a in acts]
        counts = [sum(1 for a in rows if a[1] == g) for g in ("Grade 4", "Grade 3", "Grade 2", "Grade 1")]
        comp = sum(1 for a in rows if a[8] == "Complete")
        vals = counts + [len(rows), comp, len(rows) - comp]
        sm.cell(row=r, column=1, value=band.split(" (")[0])
        for c, v in enumerate(vals, 2):
            sm.cell(row=r, column=c, value=v)
            tot[c - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        sm.cell(row=r, column=c, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 70

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 21 November 2025"
    headers = ["Ref", "Grade", "Recommendation", "Management action", "Action owner",
               "Original target date", "Revised target date", "Previous status (Sep 2025)",
               "Current status (Nov 2025)", "Management update"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = wrap
        cell.border = border
    r = 5
    actions = []
    for band, recs in reports:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, acts in recs:
            first = r
            for (ref, grade, text, lead_cell, leads, orig, rev, prev, cur, upd, end, status) in acts:
                vals = [ref, grade, rec if r == first else None, text, lead_cell, orig, rev, prev or None, cur, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = wrap
                    cell.border = border
                    if isinstance(v, dt.date):
                        cell.number_format = "DD/MM/YYYY"
                if prev:
                    ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[prev])
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=fills[cur])
                actions.append(act(ref, [band, rec], text, leads, end, status))
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates have been agreed with the Chief Internal Auditor and are "
                                   "reported to the Committee for approval. Completed actions are removed after they "
                                   "have been reported to the Committee once.")
    for col, w in zip("ABCDEFGHIJ", [7, 9, 45, 45, 28, 13, 13, 14, 14, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the internal audit recommendations follow-up tracker an NHS Scotland board (NHS Greater "
            "Glasgow and Clyde, 2025) takes to its Audit and Risk Committee. Copies: a cover sheet with a "
            "status key and the grading definitions, a summary sheet of counts by report with a total row, "
            "and a tracker sheet with grey merged band rows for each audit report, the recommendation merged "
            "down over its management actions, graded actions, job-title owners (two in one cell), original "
            "and revised target dates, previous and current status with fill colour, and a note line."),
        "reads": (
            "Nine management actions from three internal audit reports; each report is a band row and each "
            "recommendation sits (merged) beside the one or two actions that answer it. The end is the revised "
            "target date where there is one, otherwise the original; the status is the current (Nov 2025) "
            "status read through the key: Complete blue, On track green, At risk amber, Overdue red."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================ 4. Carmarthenshire action log (xlsx, refuse)
def carms_action_log():
    name = "wm-carmarthenshire-cc-governance-and-audit-committee-action-log-typo-month-refuse.xlsx"
    title = "Governance & Audit Committee – Actions and Referrals Log 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Actions & Referrals"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Carmarthenshire County Council | Updated for the meeting of 12 December 2025"
    headers = ["Meeting date", "Minute no.", "Item", "Action / referral", "Responsible officer",
               "Target date", "Status", "Update"]
    for c, h in enumerate(headers, 1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
        ws.cell(row=4, column=c).fill = PatternFill("solid", fgColor=GREY)
    rows = [
        (dt.date(2025, 6, 13), "5", "Internal Audit Annual Report 2024/25",
         "Provide the Committee with a breakdown of the limited assurance audits by department.",
         "Head of Revenues and Financial Compliance", "September 2025", "Complete",
         "Included in the Internal Audit progress report, 26 September 2025."),
        (dt.date(2025, 6, 13), "7", "Corporate Risk Register",
         "Consider adding a corporate risk on the recruitment and retention of social workers.",
         "Director of Community Services", "December 2025", "Open",
         "To be considered by CMT on 1 December 2025."),
        (dt.date(2025, 9, 26), "4.2", "Audit Wales – Financial Sustainability Review",
         "Circulate the Council's management response to the Audit Wales recommendations to all Committee members.",
         "Director of Corporate Services", "October 2025", "Complete", "Circulated 3 October 2025."),
        (dt.date(2025, 9, 26), "6", "Complaints and Compliments Annual Report 2024/25",
         "Report back on the time taken to respond to Stage 2 complaints in Housing Services.",
         "Head of Housing and Public Protection", "Febuary 2026", "Open", ""),
        (dt.date(2025, 9, 26), "8", "RIPA Annual Report",
         "Arrange refresher training on the Regulation of Investigatory Powers Act for authorising officers.",
         "Legal Services Manager", "March 2026", "Open", "Training provider being sourced."),
        (dt.date(2025, 10, 24), "3", "Statement of Accounts 2024/25",
         "Refer the Committee's concerns about the level of school balances to Cabinet.",
         "Director of Education and Children's Services", "November 2025", "Complete",
         "Referred to Cabinet, 10 November 2025."),
        (dt.date(2025, 10, 24), "5", "Treasury Management Mid-Year Review",
         "Include a comparison with other Welsh councils' borrowing in the next treasury management report.",
         "Head of Financial Services", "March 2026", "Open", ""),
    ]
    refuse_row = None
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.date):
                cell.number_format = "DD/MM/YYYY"
        if row[5] == "Febuary 2026":
            refuse_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Completed actions are removed from the log after they have been reported to the Committee.")
    for col, w in zip("ABCDEFGH", [13, 10, 34, 55, 34, 15, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a Welsh county council Governance & Audit Committee actions and referrals log "
            "(Carmarthenshire County Council, 2025/26), as attached to committee papers: title row, a council/"
            "updated-for line, columns meeting date / minute no. / item / action / responsible officer / target "
            "date / status / update, job titles as officers, month-text target dates and a closing note."),
        "reads": (
            "A committee action log of seven actions from three meetings. The target date of the Stage 2 "
            "complaints action reads 'Febuary 2026', a mistyped month; a careful reader would stop and ask "
            "rather than guess it."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 7


# ============================================================================ 5. Causeway PCSP (xlsx)
def causeway_pcsp():
    name = "wm-causeway-coast-and-glens-pcsp-action-plan-2025-26-q2-progress.xlsx"
    title = "Causeway Coast and Glens PCSP Action Plan 2025-26"
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = "Quarter 2 Progress Report (April – September 2025)"
    fs["A2"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Partnership", "Causeway Coast and Glens Policing and Community Safety Partnership"),
        ("Action plan approved by PCSP", "11 March 2025"),
        ("Joint Committee approval", "28 March 2025"),
        ("Reporting period", "Q2 – 1 July to 30 September 2025"),
        ("Prepared by", "PCSP Manager"),
    ]):
        fs.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        fs.cell(row=4 + i, column=2, value=v)
    fs["A10"] = "RAG key"
    fs["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("G", "On target"), ("A", "Some slippage – remedial action in place"),
                                ("R", "Significant slippage – target unlikely to be met"), ("C", "Complete")]):
        fs.cell(row=11 + i, column=1, value=k).fill = PatternFill("solid", fgColor=rag_fill[k])
        fs.cell(row=11 + i, column=2, value=v)

    sps = [
        ("SP1", "Strategic Priority 1: To ensure effective delivery in response to local need, and improve the visibility and recognition of the work of the PCSP through effective consultation, communication and engagement", [
            (None, [
                ("1.1", "Hold four Policing Committee meetings to monitor PSNI performance against the Local Policing Plan.",
                 "PCSP Manager", ["PCSP Manager"], "PSNI District Commander", "Quarterly", None, "Quarterly",
                 "G", "G", "Meetings held 12 June and 11 September 2025.", "green"),
                ("1.2", "Deliver two public engagement events in each District Electoral Area (DEA) to identify local community safety concerns.",
                 "PCSP Officer (Engagement)", ["PCSP Officer (Engagement)"], "PSNI Neighbourhood Policing Teams",
                 "Apr 2025 – Mar 2026", "2026-03", None,
                 "A", "A", "Four of fourteen events held; autumn programme being finalised.", "amber"),
            ]),
        ]),
        ("SP2", "Strategic Priority 2: To improve community safety by prioritising and addressing local community safety issues, tackling crime and anti-social behaviour", [
            ("Anti-social behaviour", [
                ("2.1", "Fund diversionary youth activities on Friday and Saturday nights in Portrush, Portstewart and Coleraine during the summer season.",
                 "PCSP Officer (Community Safety)", ["PCSP Officer (Community Safety)"], "Council Youth Service; PSNI",
                 "Jun – Aug 2025", "2025-08", None,
                 "G", "C", "Programme delivered over 20 weekend nights; 640 attendances.", "blue"),
                ("2.2", "Deploy mobile CCTV at ASB hotspots identified through PSNI tasking, with a monthly review of locations.",
                 "Community Safety Officer / Neighbourhood Sergeant", ["Community Safety Officer", "Neighbourhood Sergeant"],
                 "PSNI", "Monthly", None, "Monthly",
                 "A", "R", "Second camera out of service since August; replacement on order.", "red"),
            ]),
            ("Domestic and sexual abuse", [
                ("2.3", "Deliver healthy relationships and ‘Ask for ANI’ awareness sessions in post-primary schools.",
                 "PCSP Officer (Community Safety)", ["PCSP Officer (Community Safety)"], "Women’s Aid; Education Authority",
                 "By 31 March 2026", "2026-03", None,
                 "G", "G", "Sessions booked in six schools for the autumn term.", "green"),
            ]),
            ("Road safety", [
                ("2.4", "Run a rural road safety campaign with the PSNI Roads Policing Unit, focusing on young drivers and agricultural vehicles.",
                 "PSNI Roads Policing Inspector", ["PSNI Roads Policing Inspector"], "DfI Road Safety; NIFRS",
                 "Q3 2025/26", "2025-12", None,
                 "G", "A", "Campaign materials delayed; launch moved to November.", "amber"),
            ]),
        ]),
        ("SP3", "Strategic Priority 3: To support confidence in policing, including through collaborative problem solving with communities", [
            (None, [
                ("3.1", "Deliver ‘Meet your Neighbourhood Team’ drop-in sessions in rural areas, including Limavady, Ballycastle and Dungiven.",
                 "PSNI Neighbourhood Inspector", ["PSNI Neighbourhood Inspector"], "PCSP Officer (Engagement)",
                 "Oct 2025 – Feb 2026", "2026-02", None,
                 "", "", "Due to start in October 2025.", "unrated"),
                ("3.2", "Support the Neighbourhood Watch network, including registration of new schemes and an annual co-ordinators’ event.",
                 "PCSP Officer (Engagement)", ["PCSP Officer (Engagement)"], "PSNI; Neighbourhood Watch co-ordinators",
                 "November 2025", "2025-11", None,
                 "G", "G", "Three new schemes registered; event booked for 20 November.", "green"),
            ]),
        ]),
    ]
    headers = ["Ref", "Project / activity", "Lead", "Partners", "Timescale", "Q1 RAG", "Q2 RAG", "Q2 progress"]
    actions = []
    summary = []
    for sheet, sp_title, groups in sps:
        ws = wb.create_sheet(sheet)
        ws["A1"] = sp_title
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:H1")
        ws["A1"].alignment = Alignment(wrap_text=True)
        ws.row_dimensions[1].height = 32
        for c, h in enumerate(headers, 1):
            ws.cell(row=3, column=c, value=h).font = Font(bold=True)
            ws.cell(row=3, column=c).fill = PatternFill("solid", fgColor=GREY)
        r = 4
        counts = {"G": 0, "A": 0, "R": 0, "C": 0}
        n = 0
        for theme, rows in groups:
            if theme:
                ws.cell(row=r, column=1, value=theme).font = Font(bold=True, italic=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                r += 1
            for (ref, text, lead_cell, leads, partners, when, end, end_text, q1, q2, prog, status) in rows:
                vals = [ref, text, lead_cell, partners, when, q1 or None, q2 or None, prog]
                for c, v in enumerate(vals, 1):
                    ws.cell(row=r, column=c, value=v).alignment = Alignment(wrap_text=True, vertical="top")
                if q1:
                    ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=rag_fill[q1])
                if q2:
                    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=rag_fill[q2])
                    counts[q2] += 1
                n += 1
                under = [sp_title] + ([theme] if theme else [])
                actions.append(act(ref, under, text, leads, end, status, end_text))
                r += 1
        if sheet == "SP2":
            ws.cell(row=r + 1, column=1, value="Note: outcome measures (how much / how well / is anyone better off) are reported in the PCSP Report Card.")
        for col, w in zip("ABCDEFGH", [6, 55, 30, 30, 18, 8, 8, 45]):
            ws.column_dimensions[col].width = w
        summary.append((sheet, n, counts))

    fs["A17"] = "Q2 RAG summary"
    fs["A17"].font = Font(bold=True)
    for c, h in enumerate(["Strategic priority", "Actions", "G", "A", "R", "C"], 1):
        fs.cell(row=18, column=c, value=h).font = Font(bold=True)
    r = 19
    tot = [0, 0, 0, 0, 0]
    for sheet, n, counts in summary:
        vals = [n, counts["G"], counts["A"], counts["R"], counts["C"]]
        fs.cell(row=r, column=1, value=sheet)
        for c, v in enumerate(vals, 2):
            fs.cell(row=r, column=c, value=v)
            tot[c - 2] += v
        r += 1
    fs.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        fs.cell(row=r, column=c, value=v).font = Font(bold=True)
    fs.column_dimensions["A"].width = 30
    fs.column_dimensions["B"].width = 60
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a Northern Ireland Policing and Community Safety Partnership (PCSP) action plan "
            "quarterly progress return (Causeway Coast and Glens PCSP, 2025-26 Q2), built on the three PCSP "
            "strategic priorities set by the Joint Committee. Copies: a front sheet with approval details, RAG "
            "key and a Q2 RAG summary with totals; one sheet per strategic priority with the priority as a "
            "merged title row, theme band rows (ASB, domestic abuse, road safety) on SP2, lead and partners "
            "columns, period and quarter timescales, Q1 and Q2 RAG letters with fill, and a note line."),
        "reads": (
            "Eight PCSP projects on three strategic-priority sheets; on SP2 they are grouped under theme rows. "
            "The status is the Q2 RAG (C = complete), not Q1; one project not yet started has no RAG. "
            "Timescales are periods (ending in their last month), a quarter, a month, 'Quarterly' and 'Monthly'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================ 6. Care Inspectorate nursery (docx)
def ci_nursery():
    name = "wm-mayfield-nursery-school-care-inspectorate-improvement-plan.docx"
    title = "Mayfield Nursery School – Improvement Plan following Care Inspectorate inspection"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    det = doc.add_table(rows=0, cols=2)
    det.style = "Table Grid"
    for k, v in [
        ("Service name", "Mayfield Nursery School"),
        ("Provider", "Midlothian Council"),
        ("Care service number", "CS2003016412"),
        ("Type of inspection", "Unannounced"),
        ("Inspection dates", "3 and 4 June 2025"),
        ("Report published", "17 July 2025"),
        ("Plan completed by", "Head of Centre"),
        ("Date submitted", "14 August 2025"),
    ]:
        r = det.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_paragraph()
    doc.add_paragraph("Evaluations from the inspection").runs[0].bold = True
    gr = doc.add_table(rows=1, cols=2)
    gr.style = "Table Grid"
    gr.rows[0].cells[0].text, gr.rows[0].cells[1].text = "Key question", "Grade"
    bold_row(gr.rows[0])
    for k, v in [("How good is our care, play and learning?", "3 – Adequate"),
                 ("How good is our setting?", "3 – Adequate"),
                 ("How good is our leadership?", "4 – Good"),
                 ("How good is our staff team?", "4 – Good")]:
        r = gr.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_paragraph()

    sections = [
        ("Key question 1: How good is our care, play and learning?", [
            ("Requirement 1",
             "By 29 August 2025, the provider must ensure that children’s medication is managed safely. To do this, the provider must, at a minimum: (a) ensure each child’s medication is stored safely and is within its expiry date; (b) ensure that consent forms and medication plans are completed and reviewed at least every three months; and (c) ensure that the administration of medication is recorded accurately. This is to comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).",
             [
                 ("Carry out a full audit of all medication held in the setting and return out-of-date medication to families.",
                  "Head of Centre", ["Head of Centre"], "13 June 2025", "2025-06", None, "Complete", "blue"),
                 ("Introduce a new medication plan template, reviewed with parents every three months and whenever a child’s needs change.",
                  "Depute Head of Centre / Senior EYP", ["Depute Head of Centre", "Senior EYP"], "29 August 2025", "2025-08", None, "Complete", "blue"),
                 ("Depute to carry out monthly medication audits, with findings discussed at team meetings.",
                  "Depute Head of Centre", ["Depute Head of Centre"], "Monthly", None, "Monthly", "On track", "green"),
             ]),
            ("Area for improvement 1",
             "To support children’s wellbeing and learning, the provider should ensure that personal plans are used effectively to identify children’s next steps and how these will be supported. This is to ensure care and support is consistent with the Health and Social Care Standards (HSCS) which state: ‘My personal plan (sometimes referred to as a care plan) is right for me because it sets out how my needs will be met, as well as my wishes and choices’ (HSCS 1.15).",
             [
                 ("Review all personal plans with key workers and families, recording clear and specific next steps.",
                  "Key workers (all playrooms)", ["Key workers (all playrooms)"], "End of September 2025", "2025-09", None, "On track", "green"),
                 ("Key workers to update next steps in each child’s online learning journal at least every six weeks; Senior EYP to sample journals monthly.",
                  "Senior EYP", ["Senior EYP"], "Ongoing", None, "Ongoing", "Not started", "unrated"),
             ]),
        ]),
        ("Key question 2: How good is our setting?", [
            ("Area for improvement 2",
             "To promote children’s safety, the provider should ensure that risk assessments for the outdoor area are reviewed regularly and that identified hazards are addressed promptly. This is to ensure care and support is consistent with the Health and Social Care Standards (HSCS) which state: ‘My environment is secure and safe’ (HSCS 5.17).",
             [
                 ("Replace the damaged safety surfacing under the climbing frame.",
                  "Midlothian Council Property Maintenance", ["Midlothian Council Property Maintenance"], "October 2025", "2025-10", None,
                  "Amber – quote received; work booked for the October break", "amber"),
                 ("Introduce a daily outdoor safety checklist completed before children go outside, with weekly sign-off.",
                  "Early years practitioners; Head of Centre", ["Early years practitioners", "Head of Centre"], "June 2025", "2025-06", None,
                  "Complete", "blue"),
             ]),
        ]),
    ]
    actions = []
    for kq, items in sections:
        doc.add_heading(kq, level=1)
        for label, text, rows in items:
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            doc.add_paragraph(text)
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["What we will do", "Who", "By when", "Progress"]):
                c.text = h
            bold_row(t.rows[0])
            for (a_text, lead_cell, leads, when, end, end_text, prog, status) in rows:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text, r[3].text = a_text, lead_cell, when, prog
                actions.append(act(None, [kq, text], a_text, leads, end, status, end_text))
            doc.add_paragraph()
    doc.add_paragraph("This plan will be reviewed at monthly team meetings and shared with families through the "
                      "nursery newsletter. Evidence of progress is held in the improvement folder in the office.")
    doc.add_paragraph("Signed: A. Robertson, Head of Centre        Date: 14 August 2025")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the improvement plan a Scottish local authority early learning and childcare setting "
            "returns after a Care Inspectorate inspection (Midlothian Council nursery, 2025). Copies: a service "
            "details table, the evaluations (grades) table, Care Inspectorate key-question headings, each "
            "requirement and area for improvement as a bold label followed by its full inspectorate wording "
            "(deadline, regulation, HSCS quote), a What we will do / Who / By when / Progress table under each, "
            "unnumbered actions, and a closing note and signature line."),
        "reads": (
            "Seven unnumbered actions answering one requirement and two areas for improvement, under two "
            "key-question headings; each action reads under its key question and the requirement or area for "
            "improvement text above its table. Progress words give the status (Complete, On track, Not "
            "started, Amber)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================================ 7. RQIA QIP tracker (csv)
def rqia_csv():
    name = "wm-ashbrooke-care-home-rqia-quality-improvement-plan-tracker.csv"
    title = "Ashbrooke Care Home – RQIA Quality Improvement Plan (QIP) tracker"
    header = ["AFI", "Action no.", "Regulation / Standard", "Stated", "Area for improvement",
              "Action to be taken", "Responsible person", "To be completed by", "Status", "Evidence / comments"]
    sec1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    afis = [
        (sec1, "1", "Regulation 13 (1) (a) (b)", "First time",
         "The registered person shall ensure that the nursing care of patients with wounds is delivered in line with their care plans and best practice guidance, and that wound care records are accurately maintained.", [
             ("1.1", "Complete a wound care audit for every patient with a wound and update care plans where needed.",
              "Registered Manager", ["Registered Manager"], "Immediate action required", None, "Immediate action required",
              "Complete", "Audit completed 16/05/2025; four care plans updated.", "blue"),
             ("1.2", "Arrange tissue viability nurse-led wound care training for all registered nurses.",
              "Registered Manager / Clinical Lead", ["Registered Manager", "Clinical Lead"], "30 June 2025", "2025-06", None,
              "Complete", "Training delivered 11 and 18 June 2025; 14 of 15 nurses attended.", "blue"),
         ]),
        (sec1, "2", "Regulation 27 (4) (b)", "Second time",
         "The registered person shall ensure that fire doors are not wedged open and that the fire risk assessment is reviewed following any change to the premises.", [
             ("2.1", "Remove all door wedges and fit hold-open devices linked to the fire alarm on the lounge and dining room doors.",
              "Maintenance Officer", ["Maintenance Officer"], "31 July 2025", "2025-07", None,
              "On track", "Contractor booked for 28 July 2025.", "green"),
             ("2.2", "Arrange a review of the fire risk assessment by a competent fire risk assessor.",
              "Responsible Individual", ["Responsible Individual"], "31/08/2025", "2025-08", None,
              "Not started", "", "unrated"),
         ]),
        (sec1, "3", "Regulation 20 (1) (c) (i)", "First time",
         "The registered person shall ensure that all staff complete mandatory training, including adult safeguarding and dysphagia awareness, and that compliance is monitored.", [
             ("3.1", "Produce a monthly training compliance report and follow up staff with outstanding training through supervision.",
              "Home Administrator; Registered Manager", ["Home Administrator", "Registered Manager"],
              "Ongoing from the date of inspection", None, "Ongoing from the date of inspection",
              "On track", "June report: 91% compliance (target 95%).", "green"),
         ]),
        (sec2, "4", "Standard 12", "First time",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that patients on modified diets are offered a choice at each mealtime.", [
             ("4.1", "Introduce a pictorial menu board in each dining room and update menu planning to include a choice for IDDSI Level 4 and 5 diets.",
              "Catering Manager", ["Catering Manager"], "30 June 2025", "2025-06", None,
              "Complete", "Menu boards in place from 9 June 2025.", "blue"),
         ]),
        (sec2, "5", "Standard 41", "First time",
         "The registered person shall ensure that staff meetings are held at least quarterly and that minutes are available to staff unable to attend.", [
             ("5.1", "Agree a schedule of quarterly staff meetings for 2025/26 and circulate the minutes by email and in the staff room.",
              "Deputy Manager", ["Deputy Manager"], "Quarterly", None, "Quarterly",
              "On track", "Next meeting 9 September 2025.", "green"),
         ]),
    ]
    rows = [
        [title],
        ["Unannounced care inspection 12 May 2025 | Inspection ID: IN046318 | RQIA ID: 1853"],
        ["Updated 25 July 2025 by the Registered Manager"],
        [],
        header,
    ]
    actions = []
    cur = None
    for sec, afi, reg, stated, afi_text, acts in afis:
        if sec != cur:
            rows.append([sec])
            cur = sec
        for i, (ref, text, lead_cell, leads, when, end, end_text, status_word, ev, status) in enumerate(acts):
            rows.append([afi if i == 0 else "", ref, reg if i == 0 else "", stated if i == 0 else "",
                         afi_text if i == 0 else "", text, lead_cell, when, status_word, ev])
            actions.append(act(ref, [sec, afi_text], text, leads, end, status, end_text))
    rows += [
        [],
        ["Status key: Complete / On track / Not started / Overdue"],
        ["This tracker is for internal use and should be read alongside the QIP returned to RQIA on 20 June 2025."],
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)

    write_expected(name, {
        "source": (
            "Imitates a nursing home's own tracker of the Quality Improvement Plan (QIP) from an RQIA "
            "unannounced care inspection (Northern Ireland, 2025), exported as CSV. Copies the RQIA QIP "
            "structure: the two compliance sections (Nursing Homes Regulations (NI) 2005 and Care Standards for "
            "Nursing Homes 2022) as one-cell rows, numbered areas for improvement with their regulation/standard "
            "and 'Stated' (first/second time), RQIA 'To be completed by' wording (Immediate action required, "
            "Ongoing from the date of inspection), continuation rows with the area for improvement left blank, "
            "title/inspection lines at the top and a status key and note at the bottom."),
        "reads": (
            "Seven numbered actions answering five RQIA areas for improvement in two compliance sections; "
            "second actions sit on continuation rows under the area above. Status words give the status; "
            "the end is the 'To be completed by' date, or none for the immediate/ongoing/quarterly ones."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


def main():
    made = [estyn_school(), hiw_dental(), nhsggc_tracker(), carms_action_log(), causeway_pcsp(),
            ci_nursery(), rqia_csv()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
