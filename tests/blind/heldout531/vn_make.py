"""Build the seven vn- blind test files (set heldout531) and their expected readings.

Run with /work/main/.venv/bin/python vn_make.py from any directory; files are written beside
this script. Only files whose names start with "vn-" are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("vn-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "hdr": "1F3864",
    "band": "D9E1F2",
    "grey": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def write_yaml(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------------------------
# 1. Cleveland Police - HMICFRS national child protection inspection action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def cleveland():
    name = "vn-cleveland-police-hmicfrs-national-child-protection-inspection-action-plan.xlsx"
    title = ("Cleveland Police – HMICFRS National Child Protection Inspection: "
             "Post-Inspection Action Plan")
    recs = [
        ("Recommendation 1: Within three months, Cleveland Police should make sure that officers "
         "and staff in the force control room accurately identify and record risk to children at "
         "first contact, and that supervisors review the grading of incidents involving children.",
         [
             ("1.1", "Deliver THRIVE+ refresher training to all control room call handlers and "
                     "dispatchers, with a specific module on identifying risk to children.",
              "Force Control Room Superintendent", d(2025, 3, 31), None, "Amber", "Green",
              "412 of 468 staff trained (88%). Remaining sessions booked for w/c 17 March.",
              "EV-1.1a"),
             ("1.2", "Introduce a daily supervisory dip-sample of 20 incidents tagged 'child' in "
                     "STORM, with findings fed into the control room performance meeting.",
              "Control Room Chief Inspector", d(2025, 2, 28), None, "Green", "Complete",
              "Dip-sampling in place since 6 January; first monthly report presented on "
              "12 February.", "EV-1.2a; EV-1.2b"),
         ]),
        ("Recommendation 2: Within six months, Cleveland Police should improve the quality of its "
         "referrals to children’s social care, making sure they include the voice of the child and "
         "a clear rationale for the risk assessment.",
         [
             ("2.1", "Redesign the child concern referral (PPN1) on Niche so that it includes:\n"
                     "• a mandatory ‘voice of the child’ field\n"
                     "• a rationale box for the risk grading\n"
                     "• a supervisor quality check before submission",
              "Head of Public Protection", d(2025, 4, 30), d(2025, 6, 30), "Amber", "Amber",
              "Niche change request submitted; national user group approval now expected in May. "
              "Interim Word template in use from 3 March.", "EV-2.1a"),
             ("2.2", "Agree a joint referral quality audit with the four local authority front doors "
                     "(Hartlepool, Middlesbrough, Redcar and Cleveland, Stockton-on-Tees) and report "
                     "the findings to both Tees safeguarding children partnerships.",
              "DCI Ruth Hallam & DI Mark Oduya", d(2025, 6, 30), None, "Green", "Green",
              "Audit tool agreed with partners; first audit of 60 referrals scheduled for April.",
              ""),
             ("2.3", "Re-launch the ‘Voice of the Child’ guidance and briefing product for response "
                     "and neighbourhood officers.",
              "Head of Public Protection / Head of Learning & Development", d(2025, 3, 31), None,
              "Green", "Complete",
              "Briefing delivered at all shift changes in February; 7-minute briefing on the "
              "intranet.", "EV-2.3a"),
         ]),
        ("Recommendation 3: Within six months, Cleveland Police should make sure that "
         "investigations involving children are allocated to officers with the appropriate skills "
         "and are effectively supervised.",
         [
             ("3.1", "Review the crime allocation policy so that all child abuse investigations are "
                     "allocated to the Child Abuse Investigation Team (CAIT) or PIP2-accredited "
                     "officers.",
              "Det Supt Public Protection", d(2025, 5, 31), None, "Amber", "Amber",
              "Draft policy out to consultation with the Police Federation and UNISON.", ""),
             ("3.2", "Introduce a 28-day supervisory review template for all open child abuse "
                     "investigations and audit compliance quarterly.",
              "Det Supt Public Protection", d(2025, 6, 30), d(2025, 9, 30), "Green", "Red",
              "Template drafted; Niche workflow build paused until the force-wide Niche upgrade. "
              "Revised date agreed at the February board.", ""),
         ]),
        ("Recommendation 4: Within six months, Cleveland Police should improve its response to "
         "children who go missing from home or care, including the quality of return home "
         "interviews and the use of the information from them.",
         [
             ("4.1", "Establish a weekly multi-agency missing and exploitation meeting in each local "
                     "policing area, chaired by a detective inspector.",
              "Missing from Home Coordinator", d(2025, 1, 31), None, "Green", "Complete",
              "Meetings running in all four LPAs since 13 January.", "EV-4.1a"),
             ("4.2", "Agree an information-sharing protocol with the commissioned return home "
                     "interview provider so that completed interviews are uploaded to Niche within "
                     "72 hours.",
              "Head of Partnerships and Safeguarding", d(2025, 4, 30), None, "Amber", "Green",
              "Protocol signed off by the provider; data protection impact assessment complete.",
              ""),
         ]),
    ]
    status_map = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "1.4"),
        ("Classification", "OFFICIAL"),
        ("Plan owner", "Assistant Chief Constable (Crime & Vulnerability)"),
        ("Governance", "Vulnerability Strategic Board (monthly); Joint Independent Audit Committee "
                       "(quarterly)"),
        ("Inspection fieldwork", "September 2024"),
        ("Report published", "22 January 2025"),
        ("Last updated", "14 March 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
            cov.cell(i, c).alignment = WRAP
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Update as at 14 March 2025 – presented to the Vulnerability Strategic Board"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
           "Previous RAG", "Current RAG", "Progress update", "Evidence reference"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("hdr")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    expected = []
    counts = {}
    for rec, acts in recs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, rec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("band")
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, text, owner, orig, rev, prev, cur, upd, ev in acts:
            vals = [ref, text, owner, orig, rev, prev, cur, upd, ev or None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(status_map[prev])
            ws.cell(r, 7).fill = fill(status_map[cur])
            end = (rev or orig).strftime("%Y-%m")
            lead = [owner]
            if owner == "DCI Ruth Hallam & DI Mark Oduya":
                lead = ["DCI Ruth Hallam", "DI Mark Oduya"]
            if owner == "Head of Public Protection / Head of Learning & Development":
                lead = ["Head of Public Protection", "Head of Learning & Development"]
            expected.append(act(ref, [rec], text, lead, end, status_map[cur]))
            counts[cur] = counts.get(cur, 0) + 1
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    ws.cell(r, 2, "Complete: %d   Green: %d   Amber: %d   Red: %d   Total actions: %d" % (
        counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0),
        counts.get("Red", 0), len(expected)))
    widths = [7, 60, 26, 13, 13, 11, 11, 50, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, c, txt) in enumerate([
        ("Complete", "blue", "Action delivered and evidence accepted by the Vulnerability Strategic "
                             "Board"),
        ("Green", "green", "On track to deliver by the target date"),
        ("Amber", "amber", "At risk of delay – mitigation in place"),
        ("Red", "red", "Off track or target date missed"),
    ], start=2):
        key.cell(i, 1, k).fill = fill(c)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 80
    wb.active = 1
    wb.save(out(name))

    write_yaml(name, {
        "source": ("Imitates a police force's post-inspection action plan for an HMICFRS national "
                   "child protection inspection (NCPI), as forces send to HMICFRS within six weeks of "
                   "publication and report to their vulnerability boards and PCC audit committees "
                   "(HMICFRS NCPI programme: https://hmicfrs.justiceinspectorates.gov.uk/our-work/"
                   "article/child-abuse-and-child-protection-issues/national-child-protection-"
                   "inspection/). Copied features: cover sheet with a document-control table, plan "
                   "sheet with title and 'update as at' lines, recommendation text in full-width "
                   "merged band rows above numbered actions, original and revised target dates as "
                   "dates, previous and current RAG as words with fill colours, progress and evidence "
                   "columns, a summary line under the table and a separate RAG key sheet."),
        "reads": ("A Cleveland Police action plan answering four HMICFRS child protection "
                  "recommendations; each recommendation is a band row with two or three numbered "
                  "actions under it. Each action has an owner (posts, or two named officers), an "
                  "original and sometimes a revised target date, and a previous and current RAG; "
                  "the current RAG is the status and the revised date the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 2. Bedfordshire FRS - HMICFRS misconduct handling recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------------------------
def bedfordshire():
    name = ("vn-bedfordshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-"
            "tracker-typo-month-refuse.xlsx")
    title = ("HMICFRS Standards of behaviour: the handling of misconduct in fire and rescue services "
             "(August 2024) – Recommendations Tracker")
    recs = [
        ("1", "By 1 February 2025, chief fire officers should, as a priority, make sure their staff "
              "are aware of, and follow the Core Code of Ethics. Services should build the code into "
              "all relevant policies and practices.",
         [("1a", "Build the Core Code of Ethics into every HR and people policy at its next "
                 "scheduled review, starting with grievance, discipline and dignity at work.",
           "Head of Human Resources", "Feb 2025", "Complete",
           "All 23 people policies now reference the Code; policy review schedule updated."),
          ("1b", "Deliver Code of Ethics workshops to every wholetime watch and on-call station, "
                 "led by a principal officer.",
           "Group Commander Training & Development", "Mar 2025", "On track",
           "31 of 38 sessions delivered; remaining on-call sessions booked for drill nights.")]),
        ("2", "By 1 February 2025, chief fire officers should make sure a policy for probationary "
              "staff is in place. This policy should make clear that services can immediately "
              "dismiss probationers who fail to meet the required standards of behaviour.",
         [("2a", "Revise the probationary policy so that it states that probationers who fail to "
                 "meet the required standards of behaviour can be dismissed.",
           "HR Business Partner", "Feb 2025", "Complete",
           "Approved at Joint Consultative Committee, 28 January 2025.")]),
        ("3", "By 1 May 2025, chief fire officers should make sure their workforce plans allow staff "
              "to be moved from a wholetime watch to a different watch or station, and that "
              "firefighters who are promoted are posted to a different watch or station.",
         [("3a", "Amend the promotions policy so that firefighters promoted, including temporary "
                 "promotions of two months or more, are posted to a different watch or station.",
           "Deputy Chief Fire Officer", "May 2025", "On track",
           "Draft policy with representative bodies for consultation."),
          ("3b", "Update the workforce plan to allow proactive and reactive watch moves within "
                 "contractual terms.",
           "Head of Human Resources / Head of Service Delivery", "Jun 2025", "At risk",
           "Consultation has raised contractual concerns for day-crewed staff; legal advice "
           "sought.")]),
        ("4", "By 1 February 2025, chief fire officers should make sure their services create or "
              "have access to a professional standards function to handle conduct cases.",
         [("4a", "Agree a collaboration agreement with a neighbouring service for access to a "
                 "shared professional standards function.",
           "Assistant Chief Fire Officer", "Augst 2025", "On track",
           "Heads of terms agreed; agreement to Fire Authority for approval in June.")]),
        ("5", "By 1 August 2025, chief fire officers should make sure all staff who investigate "
              "misconduct receive appropriate training.",
         [("5a", "Commission accredited workplace investigation training for all managers who "
                 "carry out misconduct investigations.",
           "Head of Organisational Development", "Aug 2025", "On track",
           "Provider appointed; first cohort of 12 managers starts in April."),
          ("5b", "Create a pool of trained investigators and record allocations on the case "
                 "management system.",
           "Head of Organisational Development", "Sep 2025", "Not started", "")]),
    ]
    st_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
               "Not started": None}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Bedfordshire Fire and Rescue Service"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True)
    sm["A4"] = "Position at 31 March 2025"
    allacts = [a for _, _, acts in recs for a in acts]
    row = 6
    sm.cell(5, 1, "Status").font = Font(bold=True)
    sm.cell(5, 2, "Actions").font = Font(bold=True)
    for s in ["Complete", "On track", "At risk", "Off track", "Not started"]:
        sm.cell(row, 1, s)
        if st_fill[s]:
            sm.cell(row, 1).fill = fill(st_fill[s])
        sm.cell(row, 2, sum(1 for a in allacts if a[3 + 1] == s))
        row += 1
    sm.cell(row, 1, "Total").font = Font(bold=True)
    sm.cell(row, 2, len(allacts)).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Bedfordshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Reported to: Fire and Rescue Authority Audit and Standards Committee, "
                "10 April 2025")
    hdr = ["Rec", "HMICFRS recommendation", "Action ref", "Action", "Lead officer", "Deadline",
           "Status", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("hdr")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    typo_row = None
    for no, rec, acts in recs:
        first = r
        for ref, text, lead, due, status, comm in acts:
            ws.cell(r, 3, ref)
            ws.cell(r, 4, text)
            ws.cell(r, 5, lead)
            ws.cell(r, 6, due)
            ws.cell(r, 7, status)
            if st_fill[status]:
                ws.cell(r, 7).fill = fill(st_fill[status])
            ws.cell(r, 8, comm or None)
            if due == "Augst 2025":
                typo_row = r
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        ws.cell(first, 1, int(no))
        ws.cell(first, 2, rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 1).alignment = WRAP
        ws.cell(first, 2).alignment = WRAP
    for i, w in enumerate([6, 55, 9, 50, 28, 12, 12, 45]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out(name))

    write_yaml(name, {
        "source": ("Imitates a fire and rescue service's tracker of the 15 national recommendations "
                   "in HMICFRS 'Standards of behaviour: the handling of misconduct in fire and rescue "
                   "services' (August 2024), as published by services such as Staffordshire "
                   "(https://staffordshirefire.gov.uk/what-we-do/hmicfrs/hmicfrs-standards-of-"
                   "behaviour) and Humberside (https://humbersidefire.gov.uk/about-us/our-inspection/"
                   "standards-of-behaviour) and reported to fire authority audit committees. Copied "
                   "features: summary sheet with status counts, tracker sheet with title lines, "
                   "recommendation number and 'By 1 February 2025 ...' recommendation text merged "
                   "down over their actions, lettered action refs, job-title leads, deadlines "
                   "written as 'Feb 2025', status words with fill colours and a commentary column."),
        "reads": ("Bedfordshire FRS's tracker of its actions against the HMICFRS misconduct-handling "
                  "recommendations: eight actions under five recommendations, each with a lead, a "
                  "month-and-year deadline and a status. The deadline of action 4a reads 'Augst "
                  "2025', a mistyped month, so a careful reader stops and asks what month was "
                  "meant before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return len(allacts)


# ---------------------------------------------------------------------------------------------
# 3. Northern Lincolnshire and Goole NHSFT - EPRR core standards improvement plan (xlsx)
# ---------------------------------------------------------------------------------------------
def nlag():
    name = "vn-northern-lincolnshire-goole-nhsft-eprr-core-standards-improvement-plan.xlsx"
    title = ("Northern Lincolnshire and Goole NHS Foundation Trust – EPRR Core Standards 2025/26 "
             "Improvement Plan")
    # domain -> standards -> actions
    plan = [
        ("Domain 1 – Governance", [
            ("6. Continuous improvement", "Partially compliant", [
                ("EP-01", "Create a single lessons-identified log covering incidents, exercises and "
                          "national inquiry reports, reviewed at every Emergency Preparedness Group.",
                 "Head of EPRR", "Q3 2025/26", "green", "Log live from 3 November 2025."),
                ("EP-02", "Report progress against the Manchester Arena Inquiry Volume 2 "
                          "recommendations to the Quality and Safety Committee twice a year.",
                 "Accountable Emergency Officer (Chief Operating Officer)", d(2026, 3, 31), "amber",
                 "First report to QSC in December 2025; second due March 2026."),
            ]),
        ]),
        ("Domain 5 – Training and exercising", [
            ("14. EPRR training", "Partially compliant", [
                ("EP-03", "Complete a training needs analysis for all on-call managers and "
                          "executives and record compliance on ESR.",
                 "EPRR Manager; Head of Learning and Development", "December 2025", "red",
                 "TNA complete. ESR competency codes not yet set up – escalated to the People "
                 "Committee."),
                ("EP-04", "Make sure every new on-call director completes Principles of Health "
                          "Command training within three months of joining the rota.",
                 "EPRR Manager", "Ongoing", "amber",
                 "Two of three new directors trained; one booked for February 2026."),
            ]),
            ("15. EPRR exercising", "Partially compliant", [
                ("EP-05", "Hold a live exercise of the mass casualty plan at Scunthorpe General "
                          "Hospital with Humber LRF partners.",
                 "Head of EPRR", "Jan-26", "green",
                 "Exercise held 14 January 2026; debrief report to EPG in February."),
            ]),
        ]),
        ("Domain 9 – Business continuity", [
            ("47. Business continuity plans", "Non-compliant", [
                ("EP-06", "Review and re-issue the business continuity plans for the 14 critical "
                          "services whose plans are more than 12 months old.",
                 "Divisional General Managers", d(2026, 2, 28), "amber",
                 "9 of 14 plans signed off; remaining plans in final draft."),
                ("EP-07", "Test the loss-of-EPR business continuity arrangements in the emergency "
                          "departments at Diana, Princess of Wales Hospital and Scunthorpe General "
                          "Hospital.",
                 "Chief Digital Information Officer / Head of EPRR", "Q4 2025/26", None, ""),
            ]),
            ("50. BC audit", "Partially compliant", [
                ("EP-08", "Commission an internal audit of business continuity management against "
                          "ISO 22301 principles.",
                 "Director of Finance", "April 2026", "amber",
                 "Included in the 2026/27 internal audit plan; scope to be agreed with Audit "
                 "Yorkshire."),
            ]),
        ]),
        ("Domain 10 – CBRN", [
            ("61. Decontamination capability", "Partially compliant", [
                ("EP-09", "Train enough staff in PRPS suit use so that at least four are on duty on "
                          "every ED shift at both acute sites.",
                 "ED Matrons", "30 September 2025", "red",
                 "Night-shift gaps remain at Scunthorpe; further training dates set for "
                 "February 2026."),
            ]),
        ]),
    ]
    key_status = {"green": "blue", "amber": "amber", "red": "red", None: "unrated"}
    ends = {"Q3 2025/26": ("2025-12", "Q3 2025/26"), "December 2025": ("2025-12", None),
            "Ongoing": (None, "Ongoing"), "Jan-26": ("2026-01", None),
            "Q4 2025/26": ("2026-03", "Q4 2025/26"), "April 2026": ("2026-04", None),
            "30 September 2025": ("2025-09", None)}
    leads = {
        "EPRR Manager; Head of Learning and Development": ["EPRR Manager",
                                                           "Head of Learning and Development"],
        "Chief Digital Information Officer / Head of EPRR": ["Chief Digital Information Officer",
                                                             "Head of EPRR"],
    }

    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=13)
    info = [("Accountable Emergency Officer", "Chief Operating Officer"),
            ("Self-assessment submitted", "October 2025"),
            ("Overall assurance rating", "Substantial compliance"),
            ("Monitored by", "Emergency Preparedness Group (monthly)")]
    for i, (k, v) in enumerate(info, start=3):
        fs.cell(i, 1, k).font = Font(bold=True)
        fs.cell(i, 2, v)
    fs["A8"] = "Compliance summary"
    fs["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Fully compliant", 56), ("Partially compliant", 5),
                                ("Non-compliant", 1), ("Total applicable standards", 62)], start=9):
        fs.cell(i, 1, k).border = BOX
        fs.cell(i, 2, v).border = BOX
    fs["A14"] = "Version 2.1 – updated 12 January 2026"
    fs.column_dimensions["A"].width = 32
    fs.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Improvement plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG key:"
    ws["A2"].font = Font(bold=True)
    ws["B2"] = "Action complete"
    ws["B2"].fill = fill("green")
    ws["C2"] = "In progress"
    ws["C2"].fill = fill("amber")
    ws["D2"] = "Overdue or at risk"
    ws["D2"].fill = fill("red")
    hdr = ["Domain", "Core standard", "Self-assessment", "Ref", "Action to be taken", "Lead",
           "Target date", "RAG", "Update (January 2026)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    expected = []
    for dom, stds in plan:
        dfirst = r
        for std, comp, acts in stds:
            sfirst = r
            for ref, text, lead, due, rag, upd in acts:
                vals = [None, None, None, ref, text, lead, due, None, upd or None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c)
                    if v is not None:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(r, 8).fill = fill(rag)
                if isinstance(due, dt.datetime):
                    end, et = due.strftime("%Y-%m"), None
                else:
                    end, et = ends[due]
                expected.append(act(ref, [dom, std], text, leads.get(lead, [lead]), end,
                                    key_status[rag], et))
                r += 1
            ws.cell(sfirst, 2, std)
            ws.cell(sfirst, 3, comp)
            if r - 1 > sfirst:
                ws.merge_cells(start_row=sfirst, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=sfirst, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(dfirst, 1, dom)
        ws.cell(dfirst, 1).font = Font(bold=True)
        if r - 1 > dfirst:
            ws.merge_cells(start_row=dfirst, start_column=1, end_row=r - 1, end_column=1)
    for i, w in enumerate([20, 24, 15, 8, 55, 30, 14, 8, 45]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.active = 1
    wb.save(out(name))

    write_yaml(name, {
        "source": ("Imitates an NHS trust's EPRR core standards improvement plan, drawn up after the "
                   "annual self-assessment against the NHS core standards for EPRR for standards "
                   "rated partially or non-compliant and reported to the board with the assurance "
                   "rating (NHS England EPRR annual assurance guidance: https://www.england.nhs.uk/"
                   "long-read/emergency-preparedness-resilience-and-response-annual-assurance-"
                   "guidance/). Copied features: front sheet with the AEO, assurance rating and a "
                   "compliance summary table; plan sheet with a colour-swatch RAG key whose green "
                   "means 'action complete' (no blue); domain and core standard cells merged down "
                   "over their actions; self-assessment column; quarter, month-name, dd/mm/yyyy and "
                   "'Ongoing' target dates; RAG shown by fill colour only."),
        "reads": ("NLaG's plan to close the gaps in its 2025/26 EPRR core standards self-assessment: "
                  "nine actions under four domains and six core standards. The RAG column has no "
                  "words, only fill colours, read by the key beside the title (green = complete, so "
                  "blue; amber = in progress; red = overdue or at risk); EP-07 has no colour yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def header_row(table, names, colour="1F3864"):
    for i, h in enumerate(names):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        shade(c, colour)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = None


# ---------------------------------------------------------------------------------------------
# 4. Bridgegate Surgery - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------------------------
def bridgegate():
    name = "vn-bridgegate-surgery-cqc-inspection-action-plan.docx"
    title = "Bridgegate Surgery – CQC Inspection Action Plan"
    rag_fill = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    rag_status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
                  "": "unrated"}
    sections = [
        ("Requirement notice – Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
         "The provider must ensure care and treatment is provided in a safe way for service users.",
         [("R12.1", "Complete a structured medication review for all 41 patients identified by the "
                    "CQC clinical searches as prescribed DMARDs or lithium without up-to-date "
                    "monitoring, and recall any patient overdue for blood tests.",
           "Dr A Khan (Prescribing Lead)", ["Dr A Khan (Prescribing Lead)"], "31/07/2025",
           ("2025-07", None), "Complete", "All 41 patients reviewed by 24/07/2025; 6 recalled."),
          ("R12.2", "Set up monthly searches for high-risk drug monitoring, run by the practice "
                    "pharmacist, with results reviewed at the clinical meeting.",
           "Practice Pharmacist / Dr A Khan", ["Practice Pharmacist", "Dr A Khan"],
           "Ongoing – monthly", (None, "Ongoing – monthly"), "Green",
           "Searches run in June, July and August; no patients overdue at August run."),
          ("R12.3", "Recall the patients with a potential missed diagnosis of chronic kidney "
                    "disease (stages 3–5) identified in the CQC searches, and code them correctly.",
           "Dr S Patel and Dr J Whitworth", ["Dr S Patel", "Dr J Whitworth"], "30/09/2025",
           ("2025-09", None), "Amber", "18 of 27 patients reviewed; 9 awaiting appointments.")]),
        ("Requirement notice – Regulation 17 HSCA (RA) Regulations 2014: Good governance",
         "The provider must establish effective systems and processes to ensure good governance in "
         "accordance with the fundamental standards of care.",
         [("R17.1", "Introduce a clinical governance calendar covering significant events, safety "
                    "alerts, complaints and audits, with a named lead for each.",
           "Practice Manager", ["Practice Manager"], "End of June 2025", ("2025-06", None),
           "Complete", "Calendar agreed at partners' meeting 25/06/2025."),
          ("R17.2", "Keep a log of MHRA and CAS safety alerts showing the searches run, patients "
                    "affected and action taken, and re-run searches for historic alerts "
                    "(valproate, SGLT2 inhibitors).",
           "Practice Pharmacist", ["Practice Pharmacist"], "31/08/2025", ("2025-08", None),
           "Complete", "Log in place; historic searches re-run 11/08/2025."),
          ("R17.3", "Make sure all staff complete safeguarding, infection prevention and control and "
                    "fire safety training at the level required for their role, monitored through "
                    "the training matrix.",
           "Practice Manager / Lead Nurse", ["Practice Manager", "Lead Nurse"], "30/11/2025",
           ("2025-11", None), "Amber",
           "Matrix 86% compliant; two locum GPs yet to provide safeguarding level 3 "
           "certificates.")]),
    ]
    shoulds = [
        ("Continue to improve the uptake of cervical cancer screening.",
         [("S1", "Run a Saturday morning smear clinic once a month and send text reminders to "
                 "eligible patients who have not responded to two invitations.",
           "Lead Nurse", ["Lead Nurse"], "March 2026", ("2026-03", None), "Green",
           "Saturday clinics started July; uptake 72.4% (from 68.1%).")]),
        ("Take action to improve patient satisfaction with telephone access.",
         [("S2", "Install a cloud-based telephony system with call-back and queue position "
                 "messages.",
           "Practice Manager", ["Practice Manager"], "Oct-25", ("2025-10", None), "Complete",
           "New system live 1 September 2025."),
          ("S3", "Repeat the in-house access survey six months after the new phone system goes live "
                 "and share the results with the Patient Participation Group.",
           "Practice Manager and PPG Chair", ["Practice Manager", "PPG Chair"], "April 2026",
           ("2026-04", None), "", "")]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection date: 9 April 2025     Report published: 3 June 2025     "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Prepared by", "Approved by"),
                             ("1.0", "17/06/2025", "Practice Manager", "Partners' meeting"),
                             ("1.1", "02/09/2025", "Practice Manager", "Partners' meeting")]):
        for j, v in enumerate(row):
            set_text(t.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue) – action finished and evidence held; Green – on track; "
                      "Amber – some delay; Red – off track.")

    expected = []
    cols = ["Ref", "What we will do", "Lead", "Target date", "RAG", "Progress update"]
    for head, must, acts in sections:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run(must)
        r.bold = True
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, "D9E1F2")
        for i, (ref, text, lead, leadl, due, (end, et), rag, upd) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, lead, due, rag, upd]):
                set_text(cells[j], v)
            if rag:
                shade(cells[4], rag_fill[rag])
            expected.append(act(ref, [head, must], text, leadl, end, rag_status[rag], et))
    head = "Areas where the provider should make improvements"
    doc.add_heading(head, level=2)
    cols2 = ["CQC said the practice should", "Ref", "What we will do", "Lead", "Target date", "RAG",
             "Progress update"]
    n = sum(len(a) for _, a in shoulds)
    t = doc.add_table(rows=1 + n, cols=len(cols2))
    t.style = "Table Grid"
    header_row(t, cols2, "D9E1F2")
    i = 1
    for should, acts in shoulds:
        first = i
        for ref, text, lead, leadl, due, (end, et), rag, upd in acts:
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, lead, due, rag, upd], start=1):
                set_text(cells[j], v)
            if rag:
                shade(cells[5], rag_fill[rag])
            expected.append(act(ref, [head, should], text, leadl, end, rag_status[rag], et))
            i += 1
        c = t.cell(first, 0)
        if i - 1 > first:
            c = c.merge(t.cell(i - 1, 0))
        set_text(c, should)
    doc.add_paragraph("")
    doc.add_paragraph("This plan is reviewed at the monthly partners' meeting. Next review: "
                      "7 October 2025.")
    doc.save(out(name))

    write_yaml(name, {
        "source": ("Imitates the action plan a GP practice writes after a CQC inspection that "
                   "issued requirement notices, which CQC encourages practices to publish on their "
                   "website (MDU guidance: https://www.themdu.com/guidance-and-advice/cqc/faqs-on-"
                   "cqc-inspections/what-happens-after-the-inspection). Copied features: title and "
                   "inspection line, document-control table, RAG key paragraph, one Word section per "
                   "breached regulation with the 'provider must' text in bold above its own table, "
                   "and a final table for the 'should' improvements with the CQC wording merged down "
                   "its first column; RAG as words with cell shading, dates in several styles."),
        "reads": ("Bridgegate Surgery's response to its April 2025 CQC inspection: three actions "
                  "for each of the two requirement notices (Regulation 12 and Regulation 17) and "
                  "three for the areas where the practice should improve. Each action has a lead "
                  "(a post, a named GP, or two people), a target date and a RAG word; the last "
                  "action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 5. Sir John Talbot's School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------------------------
def talbot():
    name = "vn-sir-john-talbots-school-post-ofsted-action-plan.docx"
    title = "Sir John Talbot’s School – Post-Ofsted Action Plan 2025–26"
    colours = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}
    pri = [
        ("Priority 1: In some subjects, the key stage 3 curriculum is not sequenced well enough. "
         "Leaders should make sure that the important knowledge pupils need to learn is clearly "
         "identified and ordered in all subjects.",
         [("Subject leaders in geography, history and design technology to rewrite their key stage "
           "3 curriculum plans, identifying the key knowledge for each unit and the order in which "
           "it is taught.", "DHT (Quality of Education)", ["DHT (Quality of Education)"],
           "Autumn term 2025", ("2025-12", "Autumn term 2025"),
           "Revised plans in place for all three subjects and shared with staff.",
           "Curriculum deep dives; Curriculum and Standards Committee, December 2025", "blue"),
          ("Line managers to carry out curriculum deep dives in every subject, with findings "
           "reported to governors.", "SLT line managers", ["SLT line managers"], "Termly",
           (None, "Termly"), "Deep dive reports show consistent sequencing across subjects.",
           "Headteacher’s report to governors", "green")]),
        ("Priority 2: Teachers do not check pupils’ understanding consistently well. Leaders should "
         "ensure that teachers use assessment effectively to identify and address gaps in pupils’ "
         "knowledge.",
         [("Deliver a CPD programme on responsive teaching and retrieval practice through "
           "fortnightly teaching and learning briefings.", "AHT Teaching & Learning",
           ["AHT Teaching & Learning"], "Summer term 2026", ("2026-07", "Summer term 2026"),
           "Learning walks show effective checking for understanding in 80% of lessons.",
           "Learning walk summaries, half-termly", "green"),
          ("Introduce low-stakes retrieval quizzes at the start of every key stage 3 lesson and "
           "monitor them through learning walks.", "Heads of Department", ["Heads of Department"],
           "By February half-term 2026", ("2026-02", "By February half-term 2026"),
           "Quizzes used in all KS3 lessons; gaps identified are re-taught.",
           "Department reviews", "amber")]),
        ("Priority 3: Pupils with special educational needs and/or disabilities (SEND) do not "
         "always get the support they need in lessons. Leaders should make sure that teachers have "
         "the information and training they need to adapt their teaching for these pupils.",
         [("Rewrite the pupil passports for all pupils on the SEND register so that each includes "
           "no more than three practical classroom strategies.", "SENDCo", ["SENDCo"],
           "October 2025", ("2025-10", None),
           "All passports updated and available on the MIS.", "SEND governor visit", "blue"),
          ("Provide whole-staff training on adaptive teaching for pupils with SEND, followed by "
           "coaching for staff identified through learning walks.",
           "SENDCo / AHT Teaching & Learning", ["SENDCo", "AHT Teaching & Learning"],
           "January 2026", ("2026-01", None),
           "Staff voice shows confidence in adapting teaching; fewer behaviour incidents for "
           "pupils with SEND.", "SEND governor; learning walks", "amber"),
          ("Commission an external SEND review from the local authority’s SEND advisory team and "
           "act on its recommendations.", "Headteacher", ["Headteacher"], "Summer term 2026",
           ("2026-07", "Summer term 2026"), "Review completed; recommendations in the SEND "
           "development plan.", "Full governing board", None)]),
        ("Priority 4: Leaders should continue to reduce persistent absence, particularly for "
         "disadvantaged pupils.",
         [("Appoint an attendance officer and hold weekly attendance panels for pupils whose "
           "attendance is below 90%.", "AHT Behaviour & Attendance", ["AHT Behaviour & Attendance"],
           "September 2025", ("2025-09", None),
           "Persistent absence for disadvantaged pupils falls below 25%.",
           "Attendance data to governors each half term", "blue")]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection: 11–12 March 2025. Overall effectiveness: Requires "
                      "improvement. Plan last updated 12 January 2026 and reviewed by the governing "
                      "board.")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Judgement", "Grade"),
                                ("The quality of education", "Requires improvement"),
                                ("Behaviour and attitudes", "Good"),
                                ("Personal development", "Good"),
                                ("Leadership and management", "Requires improvement"),
                                ("Sixth-form provision", "Good")]):
        set_text(t.rows[i].cells[0], k, bold=(i == 0))
        set_text(t.rows[i].cells[1], v, bold=(i == 0))
    doc.add_heading("What does the school need to do to improve?", level=2)
    cols = ["Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    n = sum(1 + len(a) for _, a in pri)
    t = doc.add_table(rows=1 + n, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols, "BDD7EE")
    expected = []
    i = 1
    for head, acts in pri:
        c = t.cell(i, 0).merge(t.cell(i, len(cols) - 1))
        set_text(c, head, bold=True)
        shade(c, "E2EFDA")
        i += 1
        for text, lead, leadl, when, (end, et), succ, mon, rag in acts:
            cells = t.rows[i].cells
            for j, v in enumerate([text, lead, when, succ, mon, ""]):
                set_text(cells[j], v)
            if rag:
                shade(cells[5], colours[rag])
            expected.append(act(None, [head], text, leadl, end, rag or "unrated", et))
            i += 1
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – completed; Green – on track; Amber – some slippage, action "
                      "being taken; Red – not on track; blank – not yet started.")
    doc.save(out(name))

    write_yaml(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan built from the report's "
                   "'What does the school need to do to improve?' points, as in The Key's post-"
                   "inspection action plan template (https://schoolleaders.thekeysupport.com/school-"
                   "evaluation-and-improvement/plans-and-strategies-for-school-improvement/school-"
                   "improvement-plans/post-ofsted-action-plan/). Copied features: landscape Word "
                   "document, title and inspection line, a judgements table, one plan table with "
                   "each priority (the inspectors' point) as a shaded full-width merged row above "
                   "its actions, job-title leads, timescales as school terms, half-terms, 'Termly' "
                   "and months, success criteria and monitoring columns, and a RAG column shown "
                   "only by cell shading with the key under the table."),
        "reads": ("Sir John Talbot's School's plan after its March 2025 inspection: four priorities "
                  "quoted from the report, each with one to three unnumbered actions. The RAG "
                  "column has no words, only shading, read with the key under the table; one "
                  "action is not yet shaded (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 6. Great Places Housing Group - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------------------------
def greatplaces():
    name = "vn-great-places-housing-group-internal-audit-recommendations-tracker.csv"
    title = "Great Places Housing Group - Internal Audit Recommendations Tracker"
    hdr = ["Audit", "Report issued", "Assurance", "Rec no", "Priority", "Recommendation",
           "Agreed management action", "Action owner", "Original due date", "Revised due date",
           "RAG", "Update"]
    rows = [
        ("Gas Safety Compliance (LGSR)", "14/02/2025", "Limited", "GAS.1", "High",
         "The no-access procedure should be applied consistently so that legal action is started "
         "before the gas safety certificate expires.",
         "Revise the no-access procedure and introduce a weekly exception report of properties "
         "within 28 days of LGSR expiry, reviewed by the Head of Compliance.",
         "Compliance Manager (Gas & Electrical)", "31/05/2025", "", "Blue",
         "Procedure approved 2 May 2025; exception report running weekly.",
         ["Compliance Manager (Gas & Electrical)"]),
        ("Gas Safety Compliance (LGSR)", "14/02/2025", "Limited", "GAS.2", "High",
         "Contractor certificates should be checked against the asset list before jobs are closed "
         "in the compliance system.",
         "Configure the compliance system so that LGSR jobs cannot be closed until the certificate "
         "is uploaded and the appliance list matches the asset record.\n"
         "Interim: 10% manual check of closed jobs each month.",
         "Head of Asset Data / Compliance Manager (Gas & Electrical)", "30/06/2025", "31/10/2025",
         "Amber",
         "System change tested in UAT; go-live moved to October because of the housing management "
         "system upgrade.\nInterim checks continuing - 2 errors found in August.",
         ["Head of Asset Data", "Compliance Manager (Gas & Electrical)"]),
        ("Rent Arrears and Income Collection", "28/03/2025", "Reasonable", "INC.1", "Medium",
         "Arrears recovery stages should be actioned within the timescales in the Income Policy.",
         "Introduce automated arrears letters at stages 1 and 2 and a monthly case-file quality "
         "check by team leaders.",
         "Income Team Leaders", "31/07/2025", "", "Blue",
         "Letters automated from 1 July; first quality checks completed in August.",
         ["Income Team Leaders"]),
        ("Rent Arrears and Income Collection", "28/03/2025", "Reasonable", "INC.2", "Low",
         "Write-off approvals should follow the delegations in the Financial Regulations.",
         "Update the write-off authorisation matrix and remind staff of approval limits.",
         "J. Okafor / M. Reid", "30/04/2025", "", "Blue", "Matrix updated and briefed 15 April.",
         ["J. Okafor", "M. Reid"]),
        ("Damp and Mould Case Management", "20/06/2025", "Limited", "DM.1", "High",
         "All damp and mould reports should be triaged and inspected within the timescales in the "
         "Damp and Mould Policy, in preparation for Awaab's Law.",
         "Create a dedicated damp and mould triage queue with a 10-working-day inspection target "
         "and weekly performance reporting to the Executive Team.",
         "Director of Property Services", "30/09/2025", "", "Green",
         "Triage queue live; 91% of inspections within 10 working days in August.",
         ["Director of Property Services"]),
        ("Damp and Mould Case Management", "20/06/2025", "Limited", "DM.2", "Medium",
         "Case records should show follow-up contact with residents after works are completed.",
         "Introduce a six-week post-works follow-up call and record the outcome on the case record.",
         "Head of Repairs", "31/08/2025", "", "Red",
         "Not yet started - depends on the new case management module, now due November.",
         ["Head of Repairs"]),
        ("Cyber Security - Patch Management", "11/07/2025", "Reasonable", "CYB.1", "Medium",
         "Critical security patches should be applied within 14 days of release, as required by the "
         "Patch Management Standard.",
         "Move server patching to a monthly automated cycle and report patch compliance to the "
         "Digital Steering Group.",
         "Head of IT Infrastructure", "Q3 2025/26", "", "Green",
         "Automated cycle piloted on 40 servers.", ["Head of IT Infrastructure"]),
    ]
    status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    ncol = len(hdr)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (ncol - 1))
        w.writerow(["Audit & Risk Committee - 24 September 2025"] + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(hdr)
        for row in rows:
            w.writerow(list(row[:12]))
        w.writerow([""] * ncol)
        counts = {k: sum(1 for r in rows if r[10] == k) for k in status}
        w.writerow(["Summary", "", "", "", "",
                    "Blue (implemented): %d; Green: %d; Amber: %d; Red: %d" % (
                        counts["Blue"], counts["Green"], counts["Amber"], counts["Red"]),
                    "Total: %d" % len(rows)] + [""] * (ncol - 7))
        w.writerow(["RAG key: Blue = implemented and verified by internal audit; Green = on track; "
                    "Amber = revised date agreed; Red = overdue"] + [""] * (ncol - 1))
    expected = []
    for row in rows:
        orig, rev = row[8], row[9]
        due = rev or orig
        if due == "Q3 2025/26":
            end, et = "2025-12", "Q3 2025/26"
        else:
            dd, mm, yy = due.split("/")
            end, et = "%s-%s" % (yy, mm), None
        expected.append(act(row[3], [row[0], row[5]], row[6], row[12], end, status[row[10]], et))

    write_yaml(name, {
        "source": ("Imitates a housing association's internal audit recommendations tracker as "
                   "taken to its Audit & Risk Committee and exported from Excel to CSV, following the "
                   "pattern of audit trackers with management responses, revised dates and RAG "
                   "ratings (e.g. the tracker described at https://democracy.reading.gov.uk/"
                   "mgAi.aspx?ID=16509). Copied features: title and committee lines padded with "
                   "empty fields, audit name, issue date and assurance opinion repeated on every "
                   "row, audit recommendation beside the agreed management action, original and "
                   "revised due dates, RAG word with a key in the footer, a summary row, and "
                   "multi-line quoted cells."),
        "reads": ("Great Places' tracker of seven agreed management actions from four internal "
                  "audits. Each row gives the audit, the recommendation, the action, its owner(s), "
                  "an original and sometimes a revised due date (the revised one is the end) and a "
                  "RAG word; the summary and key rows at the foot are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


# ---------------------------------------------------------------------------------------------
# 7. Mining Remediation Authority - Board action log (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def mra():
    name = "vn-mining-remediation-authority-board-action-log.txt"
    title = "Mining Remediation Authority – Board Action Log"
    hdr = ["Action no.", "Meeting", "Item", "Action", "Owner", "Due", "Status", "RAG", "Update"]
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("OPEN ACTIONS", [
            ("BA-2025-041", "27/03/2025", "7", "Bring a revised whole-life cost estimate for the "
             "metal mine water treatment programme to the Board, including the effect of the 2025 "
             "Spending Review settlement.", "Director of Finance", ["Director of Finance"],
             "Jan-26", ("2026-01", None), "Open", "A",
             ["Spending Review allocation confirmed in December; paper on the January agenda.",
              "Moved from November 2025 at the Chair's request."]),
            ("BA-2025-058", "22/05/2025", "5", "Arrange a Board visit to a mine water treatment "
             "scheme under construction.", "Board Secretary", ["Board Secretary"], "Sep 2025",
             ("2025-09", None), "Open", "R",
             ["Visit postponed twice because of site access; now proposed for March 2026."]),
            ("BA-2025-072", "24/07/2025", "9", "Share the outcome of the GovAssure cyber security "
             "assessment with the Audit and Risk Assurance Committee before it is reported to the "
             "Board.", "Chief Digital Officer", ["Chief Digital Officer"], "Next ARAC",
             (None, "Next ARAC"), "Open", "G", ["ARAC meets 12 February 2026."]),
            ("BA-2025-079", "25/09/2025", "4", "Set out options for publishing subsidence claim "
             "response times on GOV.UK as part of the customer strategy refresh.",
             "Director of Operations and Customer Services",
             ["Director of Operations and Customer Services"], "Q4 2025/26",
             ("2026-03", "Q4 2025/26"), "Open", "G", ["Options paper in draft."]),
            ("BA-2025-083", "25/09/2025", "6", "Circulate the refreshed strategic risk register to "
             "all Board members with the changes to the climate adaptation risk highlighted.",
             "Head of Risk and Assurance", ["Head of Risk and Assurance"], "Nov 2025",
             ("2025-11", None), "Open", "A",
             ["Register refreshed; circulation held back until the ARAC deep dive on 12 February."]),
            ("BA-2025-090", "20/11/2025", "3", "Provide a briefing note on the remaining brand and "
             "legal changes following the change of name from the Coal Authority.",
             "Chief Executive / Director of Communications",
             ["Chief Executive", "Director of Communications"], "March 2026", ("2026-03", None),
             "Open", "G", [""]),
        ]),
        ("CLOSED SINCE LAST MEETING", [
            ("BA-2025-066", "24/07/2025", "8", "Confirm the timetable for the annual Board "
             "effectiveness review.", "Chair / Board Secretary", ["Chair", "Board Secretary"],
             "Sep 2025", ("2025-09", None), "Closed", "B",
             ["Timetable agreed; questionnaire issued 6 October."]),
            ("BA-2025-087", "20/11/2025", "5", "Add a section on the water company partnership "
             "programme to the quarterly performance report.", "Head of Performance",
             ["Head of Performance"], "Dec 2025", ("2025-12", None), "Closed", "B",
             ["Included in the Q3 report."]),
        ]),
    ]
    lines = [title,
             "Open actions and actions closed since the last meeting – as at 20 January 2026",
             "",
             "\t".join(hdr)]
    expected = []
    for sec, acts in sections:
        lines.append(sec)
        for no, mtg, item, text, owner, ownl, due, (end, et), st, r, upd in acts:
            lines.append("\t".join([no, mtg, item, text, owner, due, st, r, upd[0]]).rstrip("\t"))
            for more in upd[1:]:
                lines.append("\t" * 8 + more)
            expected.append(act(no, [sec], text, ownl, end, rag[r], et))
        lines.append("")
    lines.append("RAG: B = complete/closed; G = on track; A = at risk of slipping; R = overdue")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": ("Imitates the rolling action log of a non-departmental public body's Board "
                   "(the Coal Authority, now the Mining Remediation Authority, holds Board meetings "
                   "in public: https://www.gov.uk/government/news/coal-authority-public-board-"
                   "meeting), saved as a tab-separated text export. Copied features: title and "
                   "'as at' lines, header row, 'OPEN ACTIONS' and 'CLOSED SINCE LAST MEETING' "
                   "section lines, action numbers with meeting date and agenda item, job-title "
                   "owners (two joined by '/'), due dates as 'Jan-26', 'Sep 2025', 'Q4 2025/26' and "
                   "'Next ARAC', separate Status and RAG-letter columns, a continuation line that "
                   "carries on an update, and a RAG key at the foot."),
        "reads": ("The Mining Remediation Authority Board's log of eight actions: six open and two "
                  "closed since the last meeting, each under its section line. Each has an owner, a "
                  "due date (one is 'Next ARAC', no month) and a RAG letter, B meaning complete; "
                  "the indented line after BA-2025-041 continues its update and is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return len(expected)


if __name__ == "__main__":
    for fn in (cleveland, bedfordshire, nlag, bridgegate, talbot, greatplaces, mra):
        print(fn.__name__, fn())
