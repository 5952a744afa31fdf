#!/usr/bin/env python
"""Build the seven zdk- blind cases (set heldout790) and their expected readings.

Run with /work/main/.venv/bin/python zdk_make.py   (openpyxl, python-docx, pyyaml)

Each case is declared once: the text written into the file and the reading a person
makes of it (ref, headings, action, leads, end month, status) sit side by side, so the
expected text is the file's text character for character.
"""
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
BAND = "1F3864"
PALE = "DDEBF7"

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def action(ref, under, text, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": text, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)
    with open(path, encoding="utf-8") as fh:
        assert yaml.safe_load(fh) == exp, name


def sheet_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. HMP Preston - HMPPS action plan responding to the HMIP inspection (xlsx)
# ---------------------------------------------------------------------------
def hmp_preston():
    name = "zdk-hmp-preston-hmip-inspection-action-plan.xlsx"
    PC = "Priority concerns"
    KC = "Key concerns"
    c1 = ("Staff behaviour seen on some use of force footage was poor, and leaders had not yet "
          "changed a negative culture among a minority of officers.")
    c2 = ("Illicit drugs were readily available, and too many prisoners tested positive in random "
          "mandatory drug testing.")
    c3 = ("Prisoners who were violent were not consistently challenged or supported to change "
          "their behaviour.")
    c4 = ("Reception was cramped and in poor repair, and first night accommodation did not give "
          "new arrivals a decent environment.")
    c5 = ("Too few prisoners were allocated to education, skills and work, and attendance at "
          "activities was low.")
    c6 = ("Release planning started too late for many short-sentenced prisoners, and too many "
          "left without sustainable accommodation.")

    D = dt.datetime
    # (band, concern, agreed, ref, action, owner, target cell, progress, status word, expected)
    rows = [
        (PC, c1, "Agreed", "1.1",
         "Review all spontaneous use of force incidents that have body-worn camera footage at the "
         "weekly Use of Force meeting, and feed the findings back to the officers involved.",
         "Head of Safety", D(2023, 10, 31),
         "Weekly reviews in place since August 2023; all footage reviewed in November.", "Complete",
         (["Head of Safety"], "2023-10", None, "blue")),
        (PC, c1, "Agreed", "1.2",
         "Deliver a staff culture programme to all Band 3 to 5 officers, including refresher "
         "training in de-escalation and the HMPPS values.",
         "Deputy Governor", D(2024, 3, 31),
         "Four of nine cohorts trained; remaining sessions booked January to March 2024.", "Green",
         (["Deputy Governor"], "2024-03", None, "green")),
        (PC, c2, "Agreed", "2.1",
         "Bring the second X-ray body scanner into use in reception and extend routine searching "
         "of staff and visitors at the gate.",
         "Head of Security", "31/12/2023 (revised 31/03/2024)",
         "Installation delayed by estates works to the reception floor; revised date agreed with "
         "the Prison Group Director.", "Amber",
         (["Head of Security"], "2024-03", None, "amber")),
        (PC, c2, "Agreed", "2.2",
         "Open an incentivised substance-free living unit on F wing, with recovery support from "
         "the substance misuse team.",
         "Head of Residence / Head of Healthcare", "March 2024",
         "Unit identified and staff selected; compact drafted.", "Green",
         (["Head of Residence", "Head of Healthcare"], "2024-03", None, "green")),
        (PC, c3, "Agreed", "3.1",
         "Embed the Challenge, Support and Intervention Plan (CSIP) process so that every "
         "perpetrator of a serious assault has a plan opened within 72 hours.",
         "Head of Safety", D(2023, 11, 30),
         "CSIP referrals now opened within 72 hours in all cases sampled in November.", "Complete",
         (["Head of Safety"], "2023-11", None, "blue")),
        (PC, c3, "Agreed", "3.2",
         "Quality assure a sample of ten CSIP documents each month and report the findings to "
         "the Safety Intervention Meeting.",
         "Safer Custody Manager", "Ongoing",
         "Monthly sampling started October 2023.", "Green",
         (["Safer Custody Manager"], None, "Ongoing", "green")),
        (KC, c4, "Partly Agreed", "4.1",
         "Submit a business case to HMPPS Estates for the refurbishment of the reception holding "
         "rooms. Full rebuilding of reception is not affordable in the current spending period.",
         "Head of Operations", D(2024, 1, 31),
         "Business case returned for further costings; resubmission not yet made.", "Red",
         (["Head of Operations"], "2024-01", None, "red")),
        (KC, c4, "Partly Agreed", "4.2",
         "Carry out a weekly decency check of first night cells, with defects reported to the "
         "works department the same day.",
         "Head of Residence", D(2023, 10, 31),
         "Checks recorded weekly since 2 October 2023.", "Complete",
         (["Head of Residence"], "2023-10", None, "blue")),
        (KC, c5, "Agreed", "5.1",
         "Reprofile the activities allocation so that every prisoner assessed as fit for work is "
         "allocated to at least a part-time place.",
         "Head of Education, Skills and Work", D(2024, 2, 29),
         "Allocation rose from 61% to 74% between September and December.", "Green",
         (["Head of Education, Skills and Work"], "2024-02", None, "green")),
        (KC, c5, "Agreed", "5.2",
         "Introduce daily attendance monitoring, with wing staff following up every unexplained "
         "absence before the mid-morning movement.",
         "Head of Education, Skills and Work / Head of Residence", D(2024, 1, 31),
         "Daily report built; follow-up by wing staff not yet consistent.", "Amber",
         (["Head of Education, Skills and Work", "Head of Residence"], "2024-01", None, "amber")),
        (KC, c6, "Agreed", "6.1",
         "Work with the Probation Service so that resettlement planning starts at least 12 weeks "
         "before release for all prisoners serving more than six months.",
         "Head of Reducing Reoffending", D(2024, 3, 31),
         "Pre-release board now meets weekly; 12-week trigger added to the custody tracker.",
         "Green",
         (["Head of Reducing Reoffending"], "2024-03", None, "green")),
    ]
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Action Plan: HMP Preston"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"], cov["B3"] = "Action Plan Submitted:", "29 September 2023"
    cov["A4"], cov["B4"] = "A Response to the HMIP Inspection:", "6 – 16 March 2023"
    cov["A5"], cov["B5"] = "Report Published:", "18 July 2023"
    for r in (3, 4, 5):
        cov.cell(r, 1).font = Font(bold=True)
    cov["A7"] = "INTRODUCTION"
    cov["A7"].font = Font(bold=True)
    cov["A8"] = ("HM Inspectorate of Prisons reported 11 concerns following its inspection of HMP "
                 "Preston, three of them identified as priority concerns. This action plan sets out "
                 "whether each open concern is agreed, partly agreed or not agreed, the actions "
                 "the prison will take, the responsible owner and the target date. Progress is "
                 "reviewed monthly by the Senior Leadership Team and reported to the Prison Group "
                 "Director. Key concerns already closed before the report was published are not "
                 "repeated here.")
    cov.merge_cells("A8:F8")
    cov["A8"].alignment = WRAP
    cov.row_dimensions[8].height = 90
    cov["A10"], cov["B10"] = "Term", "Definition"
    cov["A10"].font = cov["B10"].font = Font(bold=True)
    terms = [
        ("Agreed", "All of the concern is accepted, and the actions set out will address it "
                   "within the timescales given."),
        ("Partly Agreed", "Only part of the concern can be addressed, for operational, "
                          "commissioning or affordability reasons; the response explains which "
                          "part."),
        ("Not Agreed", "The concern is not accepted; the response gives the reason."),
    ]
    for i, (t, d) in enumerate(terms, start=11):
        cov.cell(i, 1, t)
        cov.cell(i, 2, d).alignment = WRAP
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=6)
    cov["A15"] = "Status key"
    cov["A15"].font = Font(bold=True)
    keys = [("Complete", "Action delivered and evidence held"),
            ("Green", "On track to meet the target date"),
            ("Amber", "Some slippage; recovery plan in place"),
            ("Red", "Target date missed or at serious risk")]
    for i, (k, d) in enumerate(keys, start=16):
        c = cov.cell(i, 1, k)
        c.fill = fill(status_fill[k])
        cov.cell(i, 2, d)
    sheet_widths(cov, {"A": 36, "B": 30, "C": 14, "D": 14, "E": 14, "F": 14})

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMP Preston – HMIP action plan: progress at 15 December 2023"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action",
             "Responsible Owner", "Target Date", "Progress update", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("404040")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    exp_actions = []
    band_now = None
    group_start = None
    group_key = None

    def close_group(end_row):
        if group_start is not None and end_row > group_start:
            ws.merge_cells(start_row=group_start, start_column=2, end_row=end_row, end_column=2)
            ws.merge_cells(start_row=group_start, start_column=3, end_row=end_row, end_column=3)

    for band, concern, agreed, ref, text, owner, target, progress, word, ex in rows:
        if band != band_now:
            close_group(r - 1)
            group_start, group_key = None, None
            ws.cell(r, 1, band).font = Font(bold=True, color="FFFFFF")
            for j in range(1, 9):
                ws.cell(r, j).fill = fill(BAND)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            band_now = band
            r += 1
        if concern != group_key:
            close_group(r - 1)
            group_start, group_key = r, concern
            ws.cell(r, 2, concern)
            ws.cell(r, 3, agreed)
        ws.cell(r, 1, ref)
        ws.cell(r, 4, text)
        ws.cell(r, 5, owner)
        tc = ws.cell(r, 6, target)
        if isinstance(target, dt.datetime):
            tc.number_format = "dd/mm/yyyy"
        ws.cell(r, 7, progress)
        sc = ws.cell(r, 8, word)
        sc.fill = fill(status_fill[word])
        for j in range(1, 9):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        lead, end, end_text, status = ex
        exp_actions.append(action(ref, [band, concern], text, lead, end, status, end_text))
        r += 1
    close_group(r - 1)
    r += 1
    ws.cell(r, 1, "Note: target dates are reviewed monthly at the Senior Leadership Team action "
                  "plan meeting. Key concerns 7 to 11 were closed before publication and are "
                  "evidenced separately.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    sheet_widths(ws, {"A": 7, "B": 38, "C": 15, "D": 50, "E": 24, "F": 16, "G": 40, "H": 11})
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status at 15 December 2023"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    counts = {}
    for row in rows:
        counts[row[8]] = counts.get(row[8], 0) + 1
    i = 4
    for k in ("Complete", "Green", "Amber", "Red"):
        sm.cell(i, 1, k).fill = fill(status_fill[k])
        sm.cell(i, 2, counts.get(k, 0))
        i += 1
    sm.cell(i, 1, "Total").font = Font(bold=True)
    sm.cell(i, 2, len(rows)).font = Font(bold=True)
    sheet_widths(sm, {"A": 20, "B": 20})
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates an HMPPS action plan responding to an HM Inspectorate of Prisons report "
            "(HMP Preston was inspected in March 2023, see doingtime.co.uk/hmp-preston/"
            "hmip-inspection-of-preston). Copies the HMPPS title block ('Action Plan: HMP ...', "
            "Action Plan Submitted, A Response to the HMIP Inspection, Report Published) and the "
            "Agreed / Partly Agreed / Not Agreed categorisation table seen in published plans for "
            "HMP The Verne and HMP Elmley (fdocuments.us, vdocuments.mx), and the post-May-2022 "
            "HMIP format of priority and key concerns instead of recommendations "
            "(justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/"
            "reporting-inspection-findings). Layout as an establishment tracker: cover sheet with "
            "definitions and status key, action sheet with banded Priority/Key concern rows, "
            "concern and agreement cells merged down over their actions, job titles as owners, "
            "Excel dates, one original-and-revised date, 'Ongoing', progress column, status words "
            "with fill, a note line and a summary sheet with totals."),
        "reads": (
            "A prison's action plan in three sheets: a cover with the submission details, "
            "definitions and status key; the plan itself, where six inspection concerns (three "
            "priority, three key) each carry one or two numbered actions with an owner, target "
            "date, progress note and status; and a summary count of statuses. Eleven actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Preston",
        "actions": exp_actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 2. South Yorkshire Police - HMICFRS public disorder recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def syp_disorder():
    name = "zdk-south-yorkshire-police-hmicfrs-public-disorder-inspection-recommendations-tracker.xlsx"
    D = dt.datetime
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    t1 = "Tranche 1: Public order capacity, capability and mobilisation"
    t2 = "Tranche 2: Intelligence, social media and investigations"
    r1 = ("By 30 June 2025, chief constables should make sure their force's public order public "
          "safety (POPS) strategic threat and risk assessment reflects the 2024 disorder, and that "
          "the number of trained officers meets the assessed requirement.")
    r2 = ("By 31 March 2025, chief constables should make sure public order officers have the "
          "protective equipment and vehicles they need, and that damaged equipment is checked and "
          "replaced promptly.")
    r3 = ("By 31 March 2025, the National Police Chiefs' Council should review the national "
          "mobilisation plan so that mutual aid can be requested earlier when disorder spreads "
          "across force areas.")
    r4 = ("By 30 September 2025, chief constables should make sure officers deployed to serious "
          "disorder receive welfare support during and after deployment, including structured "
          "debriefs and access to trauma support.")
    r5 = ("By 31 December 2025, chief constables should make sure their intelligence functions "
          "can identify and assess community tension and the risk of disorder, including from "
          "open-source and social media monitoring.")
    r6 = ("By 31 December 2025, chief constables should make sure they have a communications plan "
          "to respond quickly to misinformation and disinformation during disorder.")
    r7 = ("By 31 March 2026, chief constables should make sure post-event investigations have "
          "enough trained investigators and digital media capacity to identify offenders quickly.")

    # rec no, rec text, action no, action, owner, original, revised, prev, curr, update, lead list
    tranche1 = [
        ("R1", r1, "1.1",
         "Refresh the force POPS strategic threat and risk assessment using debrief learning from "
         "the August 2024 disorder in Rotherham.",
         "Supt Operational Planning", D(2025, 4, 30), None, "G", "B",
         "STRA approved at Force Executive Board on 22 April 2025.", ["Supt Operational Planning"]),
        (None, None, "1.2",
         "Increase the number of Level 2 public order trained officers from 280 to 340 through two "
         "additional initial courses in 2025.",
         "Ch Supt Specialist Operations", D(2025, 6, 30), D(2025, 12, 31), "A", "A",
         "One course delivered (24 officers); second course moved to November because of "
         "training-centre capacity.", ["Ch Supt Specialist Operations"]),
        ("R2", r2, "2.1",
         "Complete an audit of public order PPE held at all three deployment bases and replace "
         "damaged or missing items.",
         "Head of Logistics", D(2025, 3, 31), None, "G", "B",
         "Audit complete; 63 items replaced.", ["Head of Logistics"]),
        (None, None, "2.2",
         "Agree a regional reserve stock of shields, helmets and flame-retardant overalls with the "
         "other Yorkshire and the Humber forces.",
         "Ch Supt Specialist Operations", D(2025, 3, 31), D(2025, 9, 30), "A", "G",
         "Regional agreement drafted; signature expected at September regional chiefs' meeting.",
         ["Ch Supt Specialist Operations"]),
        ("R3", r3, None,
         "No force action – this recommendation is for the National Police Chiefs' Council. "
         "Monitored through the regional public order lead.",
         "N/A", None, None, None, None, "", None),
        ("R4", r4, "4.1",
         "Introduce a post-deployment welfare debrief for all officers and staff deployed to "
         "Level 1 or Level 2 public order events.",
         "Head of Wellbeing", D(2025, 6, 30), None, "G", "B",
         "Debrief template in use since May 2025.", ["Head of Wellbeing"]),
        (None, None, "4.2",
         "Offer trauma risk management (TRiM) assessments to all officers injured or exposed to "
         "serious violence during public order deployments.",
         "Head of Wellbeing / Occupational Health Manager", D(2025, 9, 30), None, "G", "G",
         "42 TRiM practitioners trained; referral route agreed with Occupational Health.",
         ["Head of Wellbeing", "Occupational Health Manager"]),
    ]
    tranche2 = [
        ("R5", r5, "5.1",
         "Establish a dedicated open-source intelligence capability within the Force Intelligence "
         "Bureau, working extended hours during periods of heightened tension.",
         "Det Supt Force Intelligence Bureau", D(2025, 12, 31), None, None, "G",
         "Two analysts recruited; extended-hours rota in consultation.",
         ["Det Supt Force Intelligence Bureau"]),
        (None, None, "5.2",
         "Introduce a fortnightly community tension assessment shared with the four district "
         "commanders and local authority partners.",
         "Head of Intelligence; Neighbourhood Policing Lead", D(2025, 9, 30), None, "G", "B",
         "First assessment issued 4 August 2025; now fortnightly.",
         ["Head of Intelligence", "Neighbourhood Policing Lead"]),
        ("R6", r6, "6.1",
         "Agree a rapid-rebuttal protocol with the Home Office and local authority communications "
         "teams for use during critical incidents.",
         "Head of Corporate Communications", D(2025, 10, 31), D(2026, 1, 31), "A", "A",
         "Draft protocol with Rotherham and Sheffield councils; Home Office input awaited.",
         ["Head of Corporate Communications"]),
        ("R7", r7, "7.1",
         "Create a standing post-event investigation team model, including image-capture and "
         "digital media investigator roles, that can be stood up within 24 hours.",
         "Det Ch Supt Crime", D(2026, 3, 31), None, None, "G",
         "Model agreed in principle; role profiles being written.", ["Det Ch Supt Crime"]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "South Yorkshire Police – HMICFRS Public Disorder Inspection: Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Force lead: ACC Operations | Governance: Force Assurance Board | "
                "Last updated: 30 September 2025")
    sm["A4"] = "RAG key"
    sm["A4"].font = Font(bold=True)
    key = [("B", "Complete – evidence accepted by Force Assurance Board"), ("G", "On track"),
           ("A", "At risk of missing due date"), ("R", "Off track / due date missed")]
    for i, (k, d) in enumerate(key, start=5):
        sm.cell(i, 1, k).fill = fill(rag_fill[k])
        sm.cell(i, 2, d)
    sm["A10"], sm["B10"], sm["C10"], sm["D10"] = "Current status", "Tranche 1", "Tranche 2", "Total"
    for j in range(1, 5):
        sm.cell(10, j).font = Font(bold=True)
    names = {"B": "Complete", "G": "On track", "A": "At risk", "R": "Off track"}
    i = 11
    tot1 = tot2 = 0
    for k in ("B", "G", "A", "R"):
        a = sum(1 for x in tranche1 if x[8] == k)
        b = sum(1 for x in tranche2 if x[8] == k)
        tot1 += a
        tot2 += b
        sm.cell(i, 1, names[k])
        sm.cell(i, 2, a)
        sm.cell(i, 3, b)
        sm.cell(i, 4, a + b)
        i += 1
    sm.cell(i, 1, "Total actions").font = Font(bold=True)
    sm.cell(i, 2, tot1)
    sm.cell(i, 3, tot2)
    sm.cell(i, 4, tot1 + tot2)
    sheet_widths(sm, {"A": 22, "B": 14, "C": 14, "D": 14})

    exp_actions = []
    heads = ["Rec No.", "Recommendation", "Action No.", "Action", "Action Owner", "Original Due",
             "Revised Due", "Previous RAG", "Current RAG", "Update (September 2025)"]
    for title, published, rows in ((t1, "Report published 18 December 2024", tranche1),
                                   (t2, "Report published May 2025", tranche2)):
        ws = wb.create_sheet(title.split(":")[0])
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = published
        for j, h in enumerate(heads, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("002060")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        cur_rec = None
        for (rec, rtext, ano, text, owner, orig, rev, prev, curr, upd, lead) in rows:
            if rec is not None:
                cur_rec = rtext
                ws.cell(r, 1, rec)
                ws.cell(r, 2, rtext)
            if ano is not None:
                ws.cell(r, 3, ano)
            ws.cell(r, 4, text)
            ws.cell(r, 5, owner)
            for col, val in ((6, orig), (7, rev)):
                if val is not None:
                    ws.cell(r, col, val).number_format = "dd/mm/yyyy"
            for col, val in ((8, prev), (9, curr)):
                if val is not None:
                    c = ws.cell(r, col, val)
                    c.fill = fill(rag_fill[val])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            if ano is None:
                ws.cell(r, 9, "N/A")
            if upd:
                ws.cell(r, 10, upd)
            for j in range(1, 11):
                if j not in (8, 9):
                    ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            if ano is not None:
                end_dt = rev or orig
                exp_actions.append(action(ano, [title, cur_rec], text, lead,
                                          end_dt.strftime("%Y-%m"), rag_word[curr]))
            r += 1
        sheet_widths(ws, {"A": 8, "B": 48, "C": 9, "D": 48, "E": 26, "F": 12, "G": 12,
                          "H": 10, "I": 10, "J": 42})
        ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a force-level tracker of the HMICFRS recommendations in 'An inspection of "
            "the police response to the public disorder in July and August 2024' (Tranche 1, "
            "hmicfrs.justiceinspectorates.gov.uk/publication-html/police-response-to-public-"
            "disorder-in-july-and-august-2024-tranche-1/; PCC responses such as "
            "northantspfcc.org.uk). South Yorkshire Police policed the Manvers hotel disorder in "
            "Rotherham. Layout: summary sheet with title, governance line, RAG letter key and a "
            "totals table; one sheet per tranche with its own heading, recommendation text given "
            "once on the first row of its actions (continuation rows left blank), action numbers, "
            "rank/post owners (two posts in two cells), original and revised due dates, previous "
            "and current RAG letters with fill, an update column, and a recommendation addressed "
            "to the NPCC that carries no force action."),
        "reads": (
            "A police force's tracker of recommendations from the two-part HMICFRS public "
            "disorder inspection: a summary sheet, then one sheet per tranche listing each "
            "recommendation with the force's numbered actions, owners, due dates and RAG. One "
            "recommendation (R3) is for the NPCC and has no force action. Ten actions; status is "
            "the current RAG and the end is the revised due date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "South Yorkshire Police – HMICFRS Public Disorder Inspection: Recommendations Tracker",
        "actions": exp_actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 3. University of Portsmouth - OfS condition E6 compliance action plan (xlsx)
# ---------------------------------------------------------------------------
def uop_e6():
    name = "zdk-university-of-portsmouth-ofs-e6-harassment-sexual-misconduct-action-plan.xlsx"
    D = dt.datetime
    s1 = "1. Single comprehensive source of information (E6.2–E6.4)"
    s2 = "2. Training for students and staff"
    s3 = "3. Intimate personal relationships between staff and students (E6.5)"
    s4 = "4. Reporting, investigation and support"
    s5 = "5. Non-disclosure agreements (E6.8)"
    colour = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, "unrated": GREY}
    rows = [
        (s1, "A01",
         "Publish the single comprehensive source of information (SCSI) as one web page linking "
         "all relevant policies and procedures, with a dated version history.",
         "Director of Student Life", D(2025, 8, 1), "blue",
         "Published 31 July 2025; version log live.", ["Director of Student Life"]),
        (s1, "A02",
         "Produce an accessible summary of the SCSI for the Student Handbook and welcome-week "
         "materials.",
         "Head of Student Communications", D(2025, 9, 1), "blue",
         "Summary included in 2025/26 handbook and induction slides.",
         ["Head of Student Communications"]),
        (s1, "A03",
         "Review the SCSI against the minimum content requirements and prominence principles, and "
         "record all changes in the version log.",
         "Head of Student Conduct and Complaints", D(2026, 7, 1), "green",
         "First annual review scheduled for June 2026.",
         ["Head of Student Conduct and Complaints"]),
        (s2, "A04",
         "Make online training on consent, harassment and active bystander intervention "
         "mandatory for all new students at registration.",
         "Director of Student Life; Students' Union Chief Executive", D(2025, 10, 1), "green",
         "Module live; 81% of new undergraduates completed by 10 October.",
         ["Director of Student Life", "Students' Union Chief Executive"]),
        (s2, "A05",
         "Deliver trauma-informed training to all staff who receive disclosures or investigate "
         "reports, and track completion by faculty.",
         "Director of HR / Head of Organisational Development", D(2025, 12, 1), "amber",
         "68% completion; two faculties below target.",
         ["Director of HR", "Head of Organisational Development"]),
        (s2, "A06",
         "Evaluate the impact of student and staff training using pre- and post-training surveys "
         "and report the results to Education Committee.",
         "Head of Student Wellbeing", D(2026, 3, 1), "unrated",
         "Not yet due to start.", ["Head of Student Wellbeing"]),
        (s3, "A07",
         "Approve and publish the Personal Relationships Policy, prohibiting intimate "
         "relationships between staff and students for whom they have academic, pastoral or "
         "assessment responsibility.",
         "Director of HR", D(2025, 7, 1), "blue",
         "Approved by University Executive Board 9 July 2025.", ["Director of HR"]),
        (s3, "A08",
         "Set up a confidential register of declared relationships held by HR, with an annual "
         "reminder to all staff to declare.",
         "Head of HR Operations", D(2025, 11, 1), "red",
         "Paused pending the data protection impact assessment.", ["Head of HR Operations"]),
        (s4, "A09",
         "Launch an online Report and Support tool that accepts named and anonymous reports, with "
         "contact from an adviser within two working days.",
         "Head of Student Conduct and Complaints", D(2025, 9, 1), "blue",
         "Live since 15 September 2025.", ["Head of Student Conduct and Complaints"]),
        (s4, "A10",
         "Publish anonymised annual data on reports received, investigations and outcomes.",
         "Director of Student Life", "Ongoing", "green",
         "Data definitions agreed with Planning.", ["Director of Student Life"]),
        (s5, "A11",
         "Confirm in writing to all faculties and services that non-disclosure agreements must "
         "not be used to stop students disclosing harassment or sexual misconduct, and remove "
         "legacy clauses from settlement templates.",
         "University Secretary and General Counsel", D(2024, 9, 1), "blue",
         "Templates revised September 2024; confirmed to faculties.",
         ["University Secretary and General Counsel"]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "E6 Action Plan"
    ws["A1"] = "OfS Condition E6: Harassment and Sexual Misconduct – Compliance Action Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("University of Portsmouth | Plan owner: Director of Student Life | "
                "Reported to: Audit and Risk Committee, 19 November 2025")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for j, (lbl, col) in enumerate((("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                    ("Off track", RED), ("Not started", GREY)), start=2):
        c = ws.cell(3, j, lbl)
        c.fill = fill(col)
    heads = ["Ref", "Action", "Lead(s)", "Target date", "RAG", "Progress update (October 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    sec = None
    exp_actions = []
    for s, ref, text, lead_cell, target, status, upd, lead in rows:
        if s != sec:
            c = ws.cell(r, 1, s)
            c.font = Font(bold=True)
            for j in range(1, 7):
                ws.cell(r, j).fill = fill(PALE)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            sec = s
            r += 1
        ws.cell(r, 1, ref)
        ws.cell(r, 2, text)
        ws.cell(r, 3, lead_cell)
        tc = ws.cell(r, 4, target)
        if isinstance(target, dt.datetime):
            tc.number_format = "mmm-yy"
        ws.cell(r, 5).fill = fill(colour[status])
        ws.cell(r, 6, upd)
        for j in range(1, 7):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        if isinstance(target, dt.datetime):
            exp_actions.append(action(ref, [s], text, lead, target.strftime("%Y-%m"), status))
        else:
            exp_actions.append(action(ref, [s], text, lead, None, status, end_text=target))
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are proposed by action leads and moderated by the E6 "
                  "Steering Group. Grey = not yet due to start.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    sheet_widths(ws, {"A": 7, "B": 60, "C": 30, "D": 12, "E": 8, "F": 44})
    ws.freeze_panes = "A6"

    dc = wb.create_sheet("Document control")
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(("Version", "Date", "Author", "Summary of changes"), start=1):
        dc.cell(3, j, h).font = Font(bold=True)
    hist = [("0.1", D(2025, 3, 14), "E6 Programme Manager", "First draft for E6 Steering Group"),
            ("0.4", D(2025, 6, 2), "E6 Programme Manager", "Actions aligned to OfS guidance"),
            ("1.0", D(2025, 7, 9), "Director of Student Life", "Approved by University Executive Board"),
            ("1.2", D(2025, 10, 24), "E6 Programme Manager", "October progress update")]
    for i, row in enumerate(hist, start=4):
        for j, v in enumerate(row, start=1):
            c = dc.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    sheet_widths(dc, {"A": 10, "B": 12, "C": 26, "D": 44})
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a university's compliance action plan for the Office for Students' new "
            "condition of registration E6 (harassment and sexual misconduct, in force 1 August "
            "2025; officeforstudents.org.uk/.../condition-e6-harassment-and-sexual-misconduct), "
            "as reported to a governors' committee, with workstreams like those universities "
            "publish (single comprehensive source of information, training, staff-student "
            "relationships, reporting, NDAs: staffnet.manchester.ac.uk, academic.admin.ox.ac.uk). "
            "Layout: title and owner lines, a RAG key made of coloured cells, numbered workstream "
            "bands merged across the table, sequential action refs, leads as posts (two posts "
            "split by ';' or '/'), target dates as Excel dates shown mmm-yy, 'Ongoing', a RAG "
            "column that is fill colour only with no text, a notes line, and a document control "
            "sheet."),
        "reads": (
            "One action sheet with five numbered E6 workstreams, each with two or three actions "
            "(A01-A11) giving lead, target month, a coloured RAG cell and a progress note; a "
            "second sheet holds version history. Status is read from the RAG cell colour against "
            "the key (grey = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "OfS Condition E6: Harassment and Sexual Misconduct – Compliance Action Plan 2025/26",
        "actions": exp_actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. East Sussex FRS - HMICFRS misconduct handling action plan (docx)
# ---------------------------------------------------------------------------
def esfrs_misconduct():
    name = "zdk-east-sussex-fire-rescue-service-hmicfrs-misconduct-handling-action-plan.docx"
    th1 = "Theme 1: The culture in fire and rescue services"
    th2 = "Theme 2: Misconduct processes"
    th3 = "Theme 3: The role of fire and rescue authorities"
    rec1 = ("By 1 February 2025, chief fire officers should make sure, as a priority, that staff "
            "know and follow the Core Code of Ethics, and that the code is built into all relevant "
            "policies and practices.")
    rec2 = ("By 1 February 2025, chief fire officers should have a probation policy which makes "
            "clear that probationers who fall short of the standards of behaviour in the Core Code "
            "of Ethics can be dismissed.")
    rec3 = ("By 1 May 2025, chief fire officers should make sure workforce plans allow staff to be "
            "moved between watches or stations when needed, and that promoted firefighters are "
            "posted to a different watch or station.")
    rec4 = ("By 1 May 2025, chief fire officers should make sure their service has, or has access "
            "to, a professional standards function to oversee misconduct cases fairly and "
            "transparently.")
    rec7 = ("By 1 August 2025, chief fire officers should make sure everyone who investigates or "
            "hears misconduct cases is trained and supported to do so.")
    rec14 = ("By 1 August 2025, fire and rescue authorities should assure themselves that they "
             "receive enough information to scrutinise how misconduct is handled in their service.")
    status_map = {"Complete": ("blue", BLUE), "Green": ("green", GREEN),
                  "Amber": ("amber", AMBER), "Red": ("red", RED)}
    # theme -> list of (rec no, rec text, [(ref, action, lead cell, due, status, lead, end, end_text)])
    plan = [
        (th1, [
            ("1", rec1, [
                ("R1.1", "Map every HR and operational policy against the Core Code of Ethics and "
                         "update any that do not refer to it at their next review.",
                 "Head of HR", "1 February 2025", "Complete", ["Head of HR"], "2025-02", None),
                ("R1.2", "Hold a Core Code of Ethics conversation in every station and department "
                         "team meeting each quarter, recorded on the performance system.",
                 "Area Manager Response / Head of Corporate Services", "Quarterly", "Green",
                 ["Area Manager Response", "Head of Corporate Services"], None, "Quarterly"),
            ]),
            ("2", rec2, [
                ("R2.1", "Revise the probation policy so that it states that probationers who "
                         "breach the Core Code of Ethics can be dismissed, and brief all "
                         "supervisory managers on the change.",
                 "Head of HR", "March 2025", "Complete", ["Head of HR"], "2025-03", None),
            ]),
            ("3", rec3, [
                ("R3.1", "Amend the promotion and temporary promotion procedures so that promoted "
                         "firefighters move watch or station, with any exception risk-assessed "
                         "and recorded.",
                 "Assistant Director People Services", "December 2025 (revised from May 2025)",
                 "Amber", ["Assistant Director People Services"], "2025-12", None),
            ]),
        ]),
        (th2, [
            ("4", rec4, [
                ("R4.1", "Establish a professional standards function with a dedicated "
                         "Professional Standards Manager and case officer.",
                 "Deputy Chief Fire Officer", "Q4 2025/26", "Green",
                 ["Deputy Chief Fire Officer"], "2026-03", None),
                ("R4.2", "Agree a reciprocal arrangement with West Sussex Fire and Rescue Service "
                         "to provide independent investigators for cases involving senior officers.",
                 "Professional Standards Manager", "30/09/2025", "Red",
                 ["Professional Standards Manager"], "2025-09", None),
            ]),
            ("7", rec7, [
                ("R7.1", "Train all managers who investigate or hear misconduct cases to the "
                         "national investigation standard, with refresher training every two years.",
                 "Learning and Development Manager", "31/03/2026", "Green",
                 ["Learning and Development Manager"], "2026-03", None),
            ]),
        ]),
        (th3, [
            ("14", rec14, [
                ("R14.1", "Provide an anonymised quarterly report on misconduct, grievance and "
                          "discipline cases to the Scrutiny & Audit Panel.",
                 "Assistant Director People Services", "June 2025", "Complete",
                 ["Assistant Director People Services"], "2025-06", None),
                ("R14.2", "Deliver a Member development session on the Authority’s role in "
                          "overseeing standards of behaviour.",
                 "Monitoring Officer", "Nov 2025", "Green", ["Monitoring Officer"], "2025-11",
                 None),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = ("Appendix A – HMICFRS Standards of Behaviour: Handling of Misconduct – "
             "ESFRS Action Plan")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("East Sussex Fire and Rescue Service | Scrutiny & Audit Panel | "
                      "13 November 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(("Version", "Date", "Author", "Change")):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for row in (("1.0", "18/10/2024", "Assistant Director People Services", "Plan agreed by SLT"),
                ("1.3", "06/05/2025", "Professional Standards Manager", "Progress update for Panel"),
                ("1.5", "28/10/2025", "Professional Standards Manager", "Progress update for Panel")):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)

    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for word, meaning in (("Complete", "Action delivered and evidence held"),
                          ("Green", "On track for the due date"),
                          ("Amber", "Behind schedule but recoverable"),
                          ("Red", "Will miss the due date – Panel attention needed")):
        cells = t.add_row().cells
        set_cell(cells[0], word)
        shade(cells[0], status_map[word][1])
        set_cell(cells[1], meaning)

    doc.add_paragraph(
        "HMICFRS published ‘Standards of behaviour: The handling of misconduct in fire and rescue "
        "services’ on 1 August 2024 with 15 recommendations. Only recommendations for chief fire "
        "officers or fire and rescue authorities are included below; those for the Home Office, "
        "NFCC and LGA are monitored separately.")

    exp_actions = []
    heads = ["Rec", "HMICFRS recommendation", "Ref", "ESFRS action", "Lead", "Due", "Status"]
    widths = [Cm(1.2), Cm(6.5), Cm(1.5), Cm(7.5), Cm(4.0), Cm(3.0), Cm(2.0)]
    for theme, recs in plan:
        doc.add_heading(theme, level=1)
        n = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9E2F3")
        r = 1
        for recno, rtext, acts in recs:
            top = r
            for (ref, text, lead_cell, due, word, lead, end, end_text) in acts:
                cells = t.rows[r].cells
                set_cell(cells[2], ref)
                set_cell(cells[3], text)
                set_cell(cells[4], lead_cell)
                set_cell(cells[5], due)
                set_cell(cells[6], word)
                shade(cells[6], status_map[word][1])
                exp_actions.append(action(ref, [theme, rtext], text, lead, end,
                                          status_map[word][0], end_text))
                r += 1
            bottom = r - 1
            a = t.cell(top, 0)
            b = t.cell(top, 1)
            if bottom > top:
                a = a.merge(t.cell(bottom, 0))
                b = b.merge(t.cell(bottom, 1))
            set_cell(a, recno)
            set_cell(b, rtext)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    doc.add_paragraph("Next progress report to the Scrutiny & Audit Panel: March 2026.")
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a fire and rescue service's action plan on the HMICFRS thematic report "
            "'Standards of behaviour: The handling of misconduct in fire and rescue services' "
            "(1 August 2024, 15 recommendations; hmicfrs.justiceinspectorates.gov.uk/"
            "publication-html/standards-of-behaviour-handling-misconduct-in-frs/), as services "
            "such as Staffordshire and Humberside publish progress against each recommendation "
            "(staffordshirefire.gov.uk/what-we-do/hmicfrs/hmicfrs-standards-of-behaviour, "
            "humbersidefire.gov.uk/about-us/our-inspection/standards-of-behaviour), presented as "
            "an appendix to a fire authority panel report. Recommendation wording is paraphrased. "
            "Layout: Title-style heading, panel/date line, a document control table and a status "
            "key table (neither is the plan), an intro paragraph, then one table per theme under "
            "a Heading 1, with rec number and recommendation text merged vertically over its "
            "actions, action refs R1.1..., posts as leads, due cells with a full date, month, "
            "'Quarterly', 'Q4 2025/26', dd/mm/yyyy and a revised date, and status words with "
            "cell shading."),
        "reads": (
            "An appendix listing East Sussex FRS's actions against six of the HMICFRS misconduct "
            "recommendations, grouped in three themed tables. Each recommendation is followed by "
            "one or two referenced actions with lead, due date and status. Nine actions; the "
            "document control and status key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 5. Gwernyfed High School - Estyn special measures PIAP (docx)
# ---------------------------------------------------------------------------
def gwernyfed_piap():
    name = "zdk-gwernyfed-high-school-estyn-special-measures-post-inspection-action-plan.docx"
    R1 = "R1: Improve the effectiveness of leadership, including self-evaluation and improvement planning"
    R2 = "R2: Improve the quality of teaching and assessment so that pupils make suitable progress"
    R3 = "R3: Improve pupils’ attendance and behaviour"
    R4 = "R4: Address the safeguarding and site security shortcomings identified during the monitoring visit"
    status_map = {"Complete": "blue", "G": "green", "A": "amber", "R": "red"}
    shade_map = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    # (no, action, success criteria, lead cell, timescale, monitoring, resources, rag, lead, end, end_text)
    plan = [
        (R1, [
            ("1.1", "Restructure the senior leadership team so that each member has clear, distinct "
                    "responsibilities linked to this plan.",
             "Revised SLT structure and job descriptions agreed by governors; staff know who leads "
             "each priority.",
             "HT", "February 2023", "Chair of Governors – minutes of FGB", "None",
             "Complete", ["HT"], "2023-02", None),
            ("1.2", "Introduce a termly self-evaluation calendar, including learning walks, book "
                    "scrutiny and pupil voice, with findings reported to governors.",
             "Calendar in place; each activity produces a written evaluation that informs the "
             "next steps.",
             "HT, DHT", "Summer term 2023", "LA Challenge Adviser – termly review",
             "Release time: 2 days per term", "G", ["HT", "DHT"], "2023-07", None),
            ("1.3", "Set up a governors’ PIAP monitoring group that meets half-termly with the local "
                    "authority and looks at first-hand evidence.",
             "Governors can explain the school’s progress against each recommendation and "
             "challenge leaders where it is slow.",
             "Chair of Governors / LA Challenge Adviser", "Ongoing", "Powys School Improvement "
             "Service – Progress Review Group", "None", "G",
             ["Chair of Governors", "LA Challenge Adviser"], None, "Ongoing"),
        ]),
        (R2, [
            ("2.1", "Agree a whole-school teaching and learning framework setting out the "
                    "non-negotiables for planning, questioning and feedback.",
             "Framework launched at INSET; learning walks show it in use in most lessons.",
             "DHT (Teaching and Learning)", "March 2023", "HT – learning walk schedule",
             "INSET day; £1,200 SDG", "Complete", ["DHT (Teaching and Learning)"], "2023-03",
             None),
            ("2.2", "Provide coaching for teachers whose lessons are judged to need improvement, "
                    "with follow-up observations after six weeks.",
             "All identified teachers show improvement at follow-up observation.",
             "DHT (Teaching and Learning)", "Autumn term 2023", "HT and LA Challenge Adviser – "
             "joint observations", "Supply cover: £3,500", "A",
             ["DHT (Teaching and Learning)"], "2023-12", None),
        ]),
        (R3, [
            ("3.1", "Appoint an attendance officer and introduce first-day calling for every "
                    "unexplained absence.",
             "Attendance officer in post; first-day calls made for all unexplained absences.",
             "AHT (Wellbeing)", "April 2023", "Pastoral governor – half-termly attendance report",
             "Attendance officer (0.6 FTE)", "Complete", ["AHT (Wellbeing)"], "2023-04", None),
            ("3.2", "Implement a revised behaviour policy with consistent rewards and sanctions, "
                    "and track incidents weekly on the school MIS.",
             "Fewer fixed-term exclusions and behaviour incidents than in the same term in 2022.",
             "AHT (Wellbeing)", "Spring term 2024", "SLT – weekly behaviour data", "None", "A",
             ["AHT (Wellbeing)"], "2024-03", None),
        ]),
        (R4, [
            ("4.1", "Complete a full site security review with the local authority and install "
                    "controlled access at the main entrance.",
             "Controlled access installed; visitors signed in at one entrance.",
             "School Business Manager", "31/03/2023", "LA Health and Safety Officer",
             "LA capital funding", "Complete", ["School Business Manager"], "2023-03", None),
            ("4.2", "Bring the safeguarding training record up to date so that all staff and "
                    "governors have completed Level 1 training, with refresher dates tracked.",
             "Training record shows 100% completion and refresher dates.",
             "DSP", "July 2023", "Safeguarding governor – termly check", "None", "R",
             ["DSP"], "2023-07", None),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Gwernyfed High School – Post-Inspection Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Estyn monitoring visit: 14–17 November 2022. Outcome: the school requires "
                      "special measures.")
    doc.add_paragraph("PIAP approved by the governing body: 8 February 2023 | Reviewed: 27 June 2023")
    doc.add_paragraph("Prepared with Powys County Council School Improvement Service.")

    doc.add_heading("Estyn recommendations", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "No.", bold=True)
    set_cell(t.rows[0].cells[1], "Recommendation", bold=True)
    for rec, _ in plan:
        no, text = rec.split(": ", 1)
        cells = t.add_row().cells
        set_cell(cells[0], no)
        set_cell(cells[1], text)

    doc.add_heading("Progress key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "RAG", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for k, m in (("Complete", "Action completed and impact evaluated"), ("G", "On track"),
                 ("A", "Progress slower than planned"), ("R", "Not on track – intervention needed")):
        cells = t.add_row().cells
        set_cell(cells[0], k)
        shade(cells[0], shade_map[k])
        set_cell(cells[1], m)

    heads = ["No.", "Action", "Success criteria", "Lead", "Timescale",
             "Monitoring and evaluation", "Resources", "RAG"]
    exp_actions = []
    for rec, acts in plan:
        doc.add_heading(rec, level=1)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "E2EFD9")
        for (no, text, sc, lead_cell, when, mon, res, rag, lead, end, end_text) in acts:
            cells = t.add_row().cells
            for j, v in enumerate((no, text, sc, lead_cell, when, mon, res, rag)):
                set_cell(cells[j], v)
            shade(cells[7], shade_map[rag])
            exp_actions.append(action(no, [rec], text, lead, end, status_map[rag], end_text))
    doc.add_paragraph("Abbreviations: HT – Headteacher; DHT – Deputy Headteacher; AHT – Assistant "
                      "Headteacher; DSP – Designated Safeguarding Person; SDG – School Development "
                      "Grant; FGB – Full Governing Body.")
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": (
            "Imitates a Welsh secondary school's post-inspection action plan (PIAP) after being "
            "placed in special measures by Estyn; Gwernyfed High School (Powys) was placed in "
            "special measures after a monitoring visit in late 2022 (Senedd written question "
            "WQ87012). PIAP requirements from Estyn follow-up guidance "
            "(estyn.gov.wales/inspection-guidance-type/follow-up-en) and council reports on "
            "school PIAPs (valeofglamorgan.gov.uk cabinet reports). Layout: title and inspection/"
            "approval lines, a summary table of the Estyn recommendations and a progress key "
            "table (not the plan), then one Heading 1 per recommendation (R1: ...) followed by "
            "its action table with success criteria, lead (initials and posts), timescale "
            "(month, school term, dd/mm/yyyy, Ongoing), monitoring, resources and a RAG cell "
            "(Complete/G/A/R with shading), and an abbreviations line."),
        "reads": (
            "A school's PIAP: four Estyn recommendations, each as a heading with a table of two "
            "or three numbered actions, their success criteria, lead, timescale, monitoring, "
            "resources and RAG. Nine actions; the first two tables (recommendation summary and "
            "key) are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp_actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 6. King's College, Taunton - ISI inspection action plan (tab-separated export)
# ---------------------------------------------------------------------------
def kings_taunton_isi():
    name = "zdk-kings-college-taunton-isi-inspection-action-plan.txt"
    S1 = "Quality of education, training and recreation"
    S2 = "Pupils' physical and mental health and emotional wellbeing"
    S3 = "Leadership and management, and governance"
    N1 = ("Next step 1: Leaders should ensure that teaching in all departments uses assessment "
          "information to adapt work for pupils who need additional support or greater challenge.")
    N2 = ("Next step 2: Leaders should strengthen the oversight of wellbeing in boarding houses so "
          "that concerns are recorded and followed up consistently.")
    N3 = ("Next step 3: Governors should ensure they receive enough information to evaluate the "
          "impact of the school's plans on pupils' wellbeing.")
    plan = [
        (S1, N1, [
            ("1a", "Deliver INSET on adaptive teaching using learning support profiles, followed "
                   "by department action points.",
             "Deputy Head (Academic)", "September 2024", "Blue",
             "INSET delivered 2 September 2024; department action points collected.",
             ["Deputy Head (Academic)"], "2024-09", None, "blue"),
            ("1b", "Link each pupil's learning support profile to every class list on iSAMS so "
                   "teachers see strategies when planning.",
             "Head of Learning Support / Data Manager", "Summer term 2024", "Blue",
             "Live since June 2024.",
             ["Head of Learning Support", "Data Manager"], "2024-07", None, "blue"),
            ("1c", "Run termly learning walks focused on adaptive teaching.\nFindings are reported "
                   "to the Academic Committee each term.",
             "Deputy Head (Academic)", "Termly", "Green",
             "Michaelmas walks scheduled for weeks 5 and 6.",
             ["Deputy Head (Academic)"], None, "Termly", "green"),
        ]),
        (S2, N2, [
            ("2a", "Move all boarding house pastoral logs onto CPOMS so that concerns are held in "
                   "one place.",
             "Director of Boarding", "Michaelmas term 2024", "Green",
             "Five of seven houses moved across.",
             ["Director of Boarding"], "2024-12", None, "green"),
            ("2b", "Train house staff in recording and escalating low-level wellbeing concerns.",
             "Designated Safeguarding Lead", "31/10/2024", "Amber",
             "Two sessions postponed; rescheduled for half-term.",
             ["Designated Safeguarding Lead"], "2024-10", None, "amber"),
        ]),
        (S3, N3, [
            ("3a", "Add a wellbeing dashboard (attendance, CPOMS trends and pupil survey results) "
                   "to the Head's termly report to governors.",
             "Head; Bursar", "December 2024", "Green",
             "Draft dashboard shared with the Chair.",
             ["Head", "Bursar"], "2024-12", None, "green"),
            ("3b", "Appoint a link governor for wellbeing and boarding with a termly visit "
                   "schedule.",
             "Chair of Governors", "Jun-24", "Blue",
             "Link governor appointed at June board meeting.",
             ["Chair of Governors"], "2024-06", None, "blue"),
        ]),
    ]
    ncol = 6
    pad = lambda s: s + "\t" * (ncol - 1 - s.count("\t"))

    def field(s):
        return '"' + s + '"' if "\n" in s or "\t" in s or '"' in s else s

    lines = [
        pad("King's College, Taunton – ISI Inspection Action Plan 2024"),
        pad("Routine inspection: 30 January – 1 February 2024\tReport published: 12 March 2024"),
        pad("Plan owner: Head\tMonitored by: Education and Wellbeing Committee of Governors"),
        pad("Status key: Blue = complete; Green = on track; Amber = at risk; Red = off track"),
        pad(""),
        "Ref\tAction\tLead\tTarget\tStatus\tProgress / evidence (October 2024)",
    ]
    exp_actions = []
    for sec, nxt, acts in plan:
        lines.append(pad(sec))
        lines.append(pad(nxt))
        for (ref, text, lead_cell, target, word, prog, lead, end, end_text, status) in acts:
            lines.append("\t".join([ref, field(text), lead_cell, target, word, prog]))
            exp_actions.append(action(ref, [sec, nxt], text, lead, end, status, end_text))
    lines.append(pad(""))
    lines.append(pad("Next review: Education and Wellbeing Committee, 21 November 2024"))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    exp = {
        "source": (
            "Imitates an independent school's action plan on the 'recommended next steps' in an "
            "ISI report under the 2023 framework (isi.net inspection framework; report structure "
            "and sections as described in independentschoolmanagement.co.uk 'Extracts from "
            "reports under the new ISI framework', May 2024), kept as a spreadsheet and saved by "
            "Excel as Text (Tab delimited). Layout: title and inspection lines with trailing tabs, "
            "a status key line, a header row, ISI framework section rows, a 'Next step n:' row "
            "above its actions, refs 1a/1b, posts as leads (two split by '/' or ';'), target "
            "month, school terms (Summer term, Michaelmas term), Termly, dd/mm/yyyy and Jun-24, "
            "status colour words, one cell with a line break written as an Excel quoted field, "
            "and a closing review line."),
        "reads": (
            "A school's tab-separated action plan answering three ISI next steps, each under its "
            "framework section, with two or three lettered actions giving lead, target, status "
            "word and progress. Seven actions; action 1c runs over two lines inside one quoted "
            "cell."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "King's College, Taunton – ISI Inspection Action Plan 2024",
        "actions": exp_actions,
    }
    write_expected(name, exp)


# ---------------------------------------------------------------------------
# 7. Redcar & Cleveland College - Ofsted PIAP, CSV with a mistyped month (refuse)
# ---------------------------------------------------------------------------
def redcar_college_refuse():
    name = ("zdk-redcar-and-cleveland-college-ofsted-post-inspection-action-plan-"
            "typo-month-refuse.csv")
    ncol = 8
    pad = lambda s: s + "," * (ncol - 1 - s.count(","))

    def q(s):
        return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s

    afi1 = ("AFI 1: Leaders should make sure that teachers plan and sequence the curriculum in "
            "vocational subjects so that learners build on what they already know.")
    afi2 = ("AFI 2: Leaders should improve attendance at English and mathematics lessons, "
            "particularly for learners on level 1 and level 2 programmes.")
    afi3 = ("AFI 3: Leaders should make sure that apprentices' off-the-job training is planned "
            "with employers and that progress reviews set clear targets.")
    afi4 = ("AFI 4: Governors should receive accurate information about the quality of "
            "education so that they can challenge leaders effectively.")
    rows = [
        ("EDUCATION PROGRAMMES FOR YOUNG PEOPLE", None),
        (afi1, ("1.1", "Curriculum leads to produce a curriculum map for each vocational "
                       "programme showing how knowledge and skills are sequenced",
                "Assistant Principal Curriculum", "08/01/2024", "31/03/2024", "G",
                "Maps complete for 11 of 13 programmes")),
        ("", ("1.2", "Deliver CPD on retrieval practice and assessment for learning to all "
                     "vocational teachers",
              "Head of Teaching and Learning", "08/01/2024", "July 2024", "G",
              "Three CPD sessions delivered; drop-ins show improved questioning")),
        (afi2, ("2.1", "Introduce same-day follow-up of absence from English and maths by "
                       "progress coaches",
                "Head of English and Maths / Head of Student Services", "08/01/2024",
                "29/02/2024", "B", "In place since January; attendance up 6 points")),
        ("", ("2.2", "Timetable English and maths sessions next to vocational lessons for "
                     "level 1 and level 2 learners",
              "Deputy Principal", "01/04/2024", "Sept 2024", "A",
              "Draft 2024/25 timetable under review")),
        ("APPRENTICESHIPS", None),
        (afi3, ("3.1", "Agree an off-the-job training plan with each employer at the start of "
                       "the apprenticeship and review it at every progress review",
                "Head of Apprenticeships", "15/01/2024", "Febuary 2025", "A",
                "Plans in place for new starts; existing apprentices being revisited")),
        ("", ("3.2", "Train skills coaches to set specific, measurable targets in progress "
                     "reviews and quality assure a sample each month",
              "Quality Manager Apprenticeships", "15/01/2024", "Jun-24", "G",
              "Training delivered; monthly sampling started")),
        ("LEADERSHIP AND MANAGEMENT", None),
        (afi4, ("4.1", "Present a quality of education dashboard to every meeting of the "
                       "Quality and Standards Committee",
                "Vice Principal Quality", "01/03/2024", "Ongoing", "G",
                "First dashboard presented March 2024")),
        ("", ("4.2", "Arrange link governor visits to curriculum areas with feedback to the "
                     "Corporation",
              "Clerk to the Corporation", "01/03/2024", "31/07/2024", "G",
              "Visit schedule agreed")),
    ]
    lines = [
        pad("Redcar & Cleveland College – Post-Inspection Action Plan"),
        pad("Ofsted inspection: 21–24 November 2023 | Overall effectiveness: Requires improvement"),
        pad("Approved by the Corporation: 6 February 2024 | Progress at: 30 April 2024"),
        pad("RAG: B = complete | G = on track | A = some concern | R = off track"),
        pad(""),
        "Provision / AFI,Ref,Action,Owner,Start date,Completion date,RAG,Impact / progress",
    ]
    refuse_line = None
    for head, act in rows:
        if act is None:
            lines.append(pad(head))
            continue
        ref, text, owner, start, done, rag, prog = act
        lines.append(",".join(q(v) for v in (head, ref, text, owner, start, done, rag, prog)))
        if done == "Febuary 2025":
            refuse_line = len(lines)
    lines.append(pad(""))
    lines.append(pad("Monitored monthly by the Senior Leadership Team and termly by the Quality "
                     "and Standards Committee."))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    exp = {
        "source": (
            "Imitates a further education college's post-inspection action plan after an Ofsted "
            "'requires improvement' judgement, built on the areas for improvement from the "
            "report's 'What does the provider need to do to improve?' section and kept as a "
            "spreadsheet exported to CSV (FE colleges' PIAPs reported to their corporation; "
            "Ofsted FE monitoring arrangements, educationinspection.blog.gov.uk). Layout: title, "
            "inspection, approval and RAG key lines padded with commas, a header row, provision "
            "type rows in capitals, each AFI written once in the first column of its first "
            "action row (blank below), action refs, posts as owners, start and completion "
            "dates in mixed forms and RAG letters. The completion date of action 3.1 is typed "
            "'Febuary 2025'."),
        "reads": (
            "A college's post-inspection action plan with four areas for improvement across "
            "three provision types and eight actions. The completion date of action 3.1 reads "
            "'Febuary 2025', a mistyped month; a careful reader would stop and ask what date was "
            "meant before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Redcar & Cleveland College – Post-Inspection Action Plan",
    }
    write_expected(name, exp)


if __name__ == "__main__":
    hmp_preston()
    syp_disorder()
    uop_e6()
    esfrs_misconduct()
    gwernyfed_piap()
    kings_taunton_isi()
    redcar_college_refuse()
    print("built 7 zdk cases in", HERE)
