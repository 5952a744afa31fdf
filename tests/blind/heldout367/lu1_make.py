"""Build the seven lu1- blind cases (children's services plans) and their expected readings.

Run with /work/main/.venv/bin/python lu1_make.py  (needs openpyxl, python-docx, pyyaml).
"""
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
GREY, LIGHT, NAVY = "D9D9D9", "F2F2F2", "1F3864"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)


# ---------------------------------------------------------------------------
# 1. Lambeth ILACS improvement plan (xlsx): cover sheet, plan sheet with theme banner rows,
#    area for improvement merged down column B, original + revised dates, previous RAG as
#    letters and current RAG as fill colour only, summary sheet.
# ---------------------------------------------------------------------------
def lambeth():
    name = "lu1-lambeth-council-ilacs-improvement-plan.xlsx"
    title = "Lambeth Children's Services – ILACS Improvement Plan 2023–25"
    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care"
    T3 = "Theme 3: Care leavers"
    T4 = "Theme 4: Leadership and management"
    A1 = "AFI 1: The timeliness of pre-proceedings work and court proceedings for children."
    A2 = ("AFI 2: The quality and timeliness of transition planning for disabled children "
          "moving to adult services.")
    A3 = ("AFI 3: The effectiveness of return home interviews in informing plans for children "
          "who go missing from care.")
    A4 = ("AFI 4: The sufficiency of suitable accommodation for care leavers, including those "
          "aged 18 to 21.")
    A5 = ("AFI 5: The consistency of management oversight and the frequency and quality of "
          "supervision.")
    D = dt.datetime
    # (theme, afi, ref, action, lead cell, start, target, revised, prev, current fill, progress,
    #  expected lead, expected end, end_text, status)
    rows = [
        (T1, A1, "1.1",
         "Establish a fortnightly Legal Gateway and Tracking Panel chaired by the Head of Service "
         "to review all children in pre-proceedings and set timescales for decisions.",
         "Head of Service – Court and Permanence", D(2023, 2, 1), D(2023, 3, 31), None, "G", BLUE,
         "Panel established March 2023; Terms of Reference agreed with Legal Services. "
         "Average pre-proceedings duration down from 31 to 19 weeks.",
         ["Head of Service – Court and Permanence"], "2023-03", None, "blue"),
        (T1, A1, "1.2",
         "Appoint a Court Progression Manager and introduce a live tracker of all proceedings, "
         "reported monthly to the Director's performance meeting.",
         "Head of Service – Court and Permanence; Legal Services Manager", D(2023, 2, 1),
         D(2023, 6, 30), D(2023, 9, 30), "A", GREEN,
         "Court Progression Manager in post from August 2023 (recruitment delayed). Tracker live; "
         "26-week compliance now reported monthly.",
         ["Head of Service – Court and Permanence", "Legal Services Manager"], "2023-09", None,
         "green"),
        (T1, A2, "1.3",
         "Introduce a joint Preparing for Adulthood protocol with Adult Social Care so that every "
         "disabled child has a transition plan from age 14.",
         "Head of Service (Children with Disabilities) / Head of Service (Adults Transitions)",
         D(2023, 4, 1), D(2023, 12, 31), D(2024, 3, 31), "A", AMBER,
         "Protocol drafted and agreed by DCS and DASS. 61% of disabled young people aged 14+ have a "
         "transition plan; target 90% by March.",
         ["Head of Service (Children with Disabilities)", "Head of Service (Adults Transitions)"],
         "2024-03", None, "amber"),
        (T2, A3, "2.1",
         "Recommission the return home interview service with a requirement that interviews are "
         "offered within 72 hours and findings are recorded on the child's file.",
         "Service Manager – Exploitation and Missing", D(2023, 3, 1), D(2023, 9, 30), None, "G",
         GREEN,
         "New contract started 1 October 2023. 78% of interviews offered within 72 hours in "
         "December (target 85%).",
         ["Service Manager – Exploitation and Missing"], "2023-09", None, "green"),
        (T2, A3, "2.2",
         "Audit a sample of 20 return home interviews each quarter and report themes to the "
         "Exploitation Strategic Group.",
         "Quality Assurance Manager", D(2023, 4, 1), "Quarterly", None, "G", GREEN,
         "Q2 and Q3 audits completed; learning briefing issued to all children in care teams.",
         ["Quality Assurance Manager"], None, "Quarterly", "green"),
        (T3, A4, "3.1",
         "Agree a care leaver accommodation pathway with Housing Needs, including ring-fenced "
         "move-on units and a joint housing panel.",
         "Head of Service – Leaving Care; Assistant Director, Housing Needs", D(2023, 3, 1),
         D(2023, 10, 31), None, "A", RED,
         "Joint housing panel meeting monthly, but ring-fenced units not yet agreed. Escalated to "
         "the DCS and Director of Housing.",
         ["Head of Service – Leaving Care", "Assistant Director, Housing Needs"], "2023-10", None,
         "red"),
        (T3, A4, "3.2",
         "Extend the Staying Close offer to 12 additional young people leaving residential care.",
         "Head of Service – Leaving Care", D(2023, 6, 1), D(2024, 3, 31), None, "G", AMBER,
         "7 of 12 young people supported so far; two further properties due in February.",
         ["Head of Service – Leaving Care"], "2024-03", None, "amber"),
        (T4, A5, "4.1",
         "Revise the supervision policy and launch a recording template that captures reflective "
         "discussion and actions for the child.",
         "Principal Social Worker", D(2023, 1, 9), D(2023, 4, 30), None, "B", BLUE,
         "Policy and template launched 24 April 2023.",
         ["Principal Social Worker"], "2023-04", None, "blue"),
        (T4, A5, "4.2",
         "Deliver management oversight training to all team managers and practice leads.",
         "Principal Social Worker & Workforce Development Lead", D(2023, 3, 1), D(2023, 6, 30), None,
         "B", BLUE,
         "Four cohorts trained (42 managers). Evaluation report to Workforce Board.",
         ["Principal Social Worker", "Workforce Development Lead"], "2023-06", None, "blue"),
        (T4, A5, "4.3",
         "Report supervision compliance by team to the monthly performance board and follow up "
         "teams below 90%.",
         "Head of Performance and Business Intelligence", D(2023, 2, 1), "Monthly", None, "G",
         GREEN,
         "Supervision within timescale 88% (December), up from 71% at inspection.",
         ["Head of Performance and Business Intelligence"], None, "Monthly", "green"),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "London Borough of Lambeth"
    cv["A1"].font = Font(bold=True, size=12, color=NAVY)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=16, color=NAVY)
    cv["A3"] = ("Response to the Ofsted Inspection of Local Authority Children's Services, "
                "24 October – 4 November 2022")
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "03/02/2023", "Director of Children's Social Care",
           "Plan submitted to Ofsted"),
          ("2.0", "18/10/2023", "Improvement Programme Manager",
           "Six-month refresh; revised dates agreed by Improvement Board"),
          ("2.3", "31/01/2024", "Improvement Programme Manager",
           "January 2024 progress update")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True)
    key = [(BLUE, "Complete – action delivered and impact evidenced"),
           (GREEN, "On track to deliver by the target date"),
           (AMBER, "At risk of slippage – mitigation in place"),
           (RED, "Off track or overdue – Improvement Board support needed")]
    for i, (col, txt) in enumerate(key):
        cv.cell(row=12 + i, column=1).fill = fill(col)
        cv.cell(row=12 + i, column=2, value=txt)
    cv.column_dimensions["A"].width = 14
    for col in "BCD":
        cv.column_dimensions[col].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(NAVY)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Inspection of Local Authority Children's Services (ILACS): 24 October – "
                "4 November 2022 | Overall judgement: Requires improvement to be good")
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Position as at 31 January 2024 – reported to the Children's Services Improvement "
                "Board")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    hdr = ["Ref", "Area for improvement (Ofsted, November 2022)", "Action", "Lead officer",
           "Start", "Target date", "Revised date", "Previous RAG (Oct 23)",
           "Current RAG (Jan 24)", "Progress update / evidence"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    r = 6
    expected = []
    cur_theme = None
    afi_start = {}
    for (theme, afi, ref, action, leadcell, start, target, revised, prev, curfill, prog,
         lead, end, end_text, status) in rows:
        if theme != cur_theme:
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=r, column=j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            cur_theme = theme
        if afi not in afi_start:
            afi_start[afi] = [r, r]
            ws.cell(row=r, column=2, value=afi)
        else:
            afi_start[afi][1] = r
        vals = [ref, None, action, leadcell, start, target, revised, prev, None, prog]
        for j, v in enumerate(vals):
            if j == 1:
                continue
            c = ws.cell(row=r, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(curfill)
        for j in range(1, 11):
            ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=j).border = BOX
        expected.append(act(ref, [theme, afi], action, lead, end, status, end_text))
        r += 1
    for afi, (a, b) in afi_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Current RAG is shown by cell colour – see key on the "
            "Cover sheet. Revised dates were agreed by the Improvement Board on 18 October 2023.")
    ws.cell(row=r + 1, column=1, value="Actions marked complete remain on the plan until the "
            "Improvement Board has seen evidence of impact.")
    widths = [7, 34, 48, 28, 11, 12, 12, 11, 11, 48]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – January 2024"
    sm["A1"].font = Font(bold=True, size=12)
    tally = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for e in expected:
        tally[e["status"]] += 1
    sm.append([])
    sm.append(["Status", "Number of actions", "%"])
    total = len(expected)
    for lab, key_ in (("Complete (Blue)", "blue"), ("On track (Green)", "green"),
                      ("At risk (Amber)", "amber"), ("Off track (Red)", "red")):
        sm.append([lab, tally[key_], round(100 * tally[key_] / total)])
    sm.append(["Total", total, 100])
    sm.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates the London Borough of Lambeth's post-ILACS improvement plan after the "
                "October–November 2022 inspection (requires improvement; areas for improvement "
                "paraphrased), as reported to Lambeth's improvement board and scrutiny in 2023-24 "
                "(https://love.lambeth.gov.uk/lambeth-childrens-services-inspection-finds-council-"
                "on-path-to-improvement). Copies: cover sheet with document control and RAG key, "
                "plan sheet with navy title block, grey theme banner rows, the area for improvement "
                "merged down column B, start/target/revised date columns, previous RAG as letters "
                "and current RAG as fill colour only, notes lines, and a RAG summary sheet."),
        reads=("A three-sheet workbook: a cover with version history and a colour key, the plan "
               "itself grouped under four themes with each Ofsted area for improvement written once "
               "beside its actions, and a summary count. Ten actions, each with a lead post, target "
               "and sometimes a revised date; the current RAG is only a coloured cell."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Tameside focused visit action plan (xlsx): AFI banner rows, lettered refs, text month
#    dates (Sept 2024, End of Dec 2024, Q4 2024/25), RAG as words with matching fill,
#    a measures sheet and a version log.
# ---------------------------------------------------------------------------
def tameside():
    name = "lu1-tameside-council-focused-visit-action-plan.xlsx"
    title = "Tameside Children's Services – Ofsted Focused Visit Action Plan"
    F1 = ("Area for improvement 1: The quality of assessments and plans, so that they clearly "
          "identify what needs to change for children and by when.")
    F2 = ("Area for improvement 2: The timeliness and effectiveness of step-down to early help "
          "when child protection plans end.")
    F3 = ("Area for improvement 3: Management oversight of children who have been on child in "
          "need plans for more than 12 months.")
    rows = [
        (F1, "1a",
         "Relaunch the assessment and plan template with SMART outcomes and a clear 'what needs to "
         "change' section; brief all social work teams.",
         "Principal Social Worker", "Sept 2024",
         "Audit shows 80% of plans have SMART outcomes", "Template live 2 September; 11 team "
         "briefings delivered.", "Complete", ["Principal Social Worker"], "2024-09", None, "blue"),
        (F1, "1b",
         "Monthly thematic audit of 10 plans per locality, with feedback to social workers and "
         "managers.",
         "Head of Quality Assurance", "Monthly", "Audit grades good or better rising each quarter",
         "July–September audits complete: 54% good (June baseline 38%).", "Green",
         ["Head of Quality Assurance"], None, "Monthly", "green"),
        (F1, "1c",
         "Practice workshops on writing plans with children and families, co-delivered with the "
         "Family Group Conference team.",
         "PSW / FGC Team Manager", "End of Dec 2024", "Feedback from families; workshop attendance",
         "Three of six workshops held.", "Green", ["PSW", "FGC Team Manager"], "2024-12", None,
         "green"),
        (F2, "2a",
         "Introduce a step-down panel with Early Help locality managers for all children whose CP "
         "plan is ending.",
         "SB/KM", "Oct 2024", "All CP plans ending have a step-down decision recorded",
         "Panel running weekly since 7 October.", "Complete", ["SB", "KM"], "2024-10", None,
         "blue"),
        (F2, "2b",
         "Track re-referrals within 12 months of step-down and report to the Improvement Board "
         "quarterly.",
         "Head of Service – Early Help", "Q4 2024/25", "Re-referral rate below 20%",
         "Data definition agreed; first report due January 2025.", "Amber",
         ["Head of Service – Early Help"], "2025-03", "Q4 2024/25", "amber"),
        (F3, "3a",
         "Review every child open on a CIN plan for over 12 months at a Head of Service panel; "
         "record the decision and rationale on the child's file.",
         "Heads of Service (Localities)", "30/11/2024", "No child on a CIN plan >12 months without "
         "a recorded review", "68 of 112 children reviewed; capacity in North locality is "
         "slowing progress.", "Amber", ["Heads of Service (Localities)"], "2024-11", None,
         "amber"),
        (F3, "3b",
         "Add CIN plan duration to the weekly team manager performance report.",
         "Business Intelligence Manager", "Aug 2024", "Report in use by all team managers",
         "Added to report from 19 August.", "Complete", ["Business Intelligence Manager"],
         "2024-08", None, "blue"),
    ]
    colour = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Focused visit 2–3 July 2024: children in need and children subject to a child "
                "protection plan")
    ws["A3"] = "Last updated: 14 October 2024 | Plan owner: Director of Children's Services"
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "What we will do", "Who", "By when", "How we will know it has made a difference",
           "Progress update (October 2024)", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    cur = None
    expected = []
    for (afi, ref, action, who, when, measure, prog, rag, lead, end, end_text, status) in rows:
        if afi != cur:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill(LIGHT)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            cur = afi
        for j, v in enumerate([ref, action, who, when, measure, prog, rag]):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=7).fill = fill(colour[rag])
        expected.append(act(ref, [afi], action, lead, end, status, end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete – action delivered | Green – on track | "
            "Amber – some risk to delivery | Red – off track")
    ws.cell(row=r + 1, column=1, value="Q4 = January to March 2025. Initials: SB – Service Lead, "
            "Child Protection; KM – Early Help Locality Manager.")
    for col, w in zip("ABCDEFG", [7, 52, 24, 14, 34, 42, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ms = wb.create_sheet("Measures")
    ms.append(["Measure", "Baseline (June 2024)", "September 2024", "Target (March 2025)"])
    for row in [["Plans audited as good or better", "38%", "54%", "70%"],
                ["CP plans ending with a recorded step-down decision", "61%", "94%", "100%"],
                ["Children on CIN plans over 12 months", 112, 97, 60],
                ["Re-referrals within 12 months of step-down", "24%", "n/a", "<20%"]]:
        ms.append(row)
    vl = wb.create_sheet("Version log")
    vl.append(["Version", "Date", "Change"])
    vl.append(["0.1", "24/07/2024", "Draft for Improvement Board"])
    vl.append(["1.0", "31/07/2024", "Submitted to Ofsted"])
    vl.append(["1.2", "14/10/2024", "October progress update"])
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a local authority's action plan after an Ofsted ILACS focused visit "
                "(children in need and child protection), of the kind Tameside would submit to "
                "Ofsted and report to its Children's Improvement Board in 2024; layout copied from "
                "focused-visit plans in improvement board papers (e.g. Cheshire East's Ofsted "
                "action plan and progress update, moderngov.cheshireeast.gov.uk). Copies: title "
                "block with visit dates and last-updated line, shaded merged rows carrying each "
                "area for improvement, lettered refs, Who/By when/How we will know columns, text "
                "month dates including 'Q4 2024/25' and 'Monthly', RAG words with matching fill, "
                "key and initials notes, a measures sheet and a version log."),
        reads=("One plan sheet: three areas for improvement from the focused visit letter, each "
               "followed by its lettered actions with who, by when, a measure and an October "
               "update, plus a RAG word. Seven actions; the other sheets hold measures and "
               "versions only."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Manchester children's home inspection action plan (xlsx) – typo month, refuse.
# ---------------------------------------------------------------------------
def manchester():
    name = "lu1-manchester-city-council-childrens-home-ofsted-action-plan-typo-month-refuse.xlsx"
    title = "Broadhurst House – Ofsted Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Manchester City Council – Children's Residential Services"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("URN: SC482917    Full inspection: 13–14 May 2025    Overall experiences and "
                "progress of children and young people: Requires improvement to be good")
    ws["A4"] = ("Registered Manager: Dawn Ashworth    Responsible Individual: Head of Residential "
                "and Placement Services")
    hdr = ["No.", "Requirement / recommendation", "Regulation / Guide reference",
           "Ofsted due date", "Action to be taken", "Responsible", "Target date", "Status",
           "Comments"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("section", "Requirements"),
        ("1", "The registered person must ensure that each child's placement plan and risk "
              "assessment are reviewed after any significant incident, and that staff understand "
              "the strategies to keep the child safe.",
         "Regulation 14 (1)(a)(b)", "30/06/2025",
         "All placement plans and risk assessments reviewed following incidents since January; "
         "review prompt added to the incident debrief form.",
         "Registered Manager", "30 June 2025", "Complete", "Checked by RI at Reg 44 visit, July."),
        ("2", "The registered person must ensure that staff use physical intervention only where "
              "necessary and proportionate, and that records are completed within 24 hours with "
              "the child's views.",
         "Regulation 20 (1)(a); 35 (3)", "31/07/2025",
         "Refresher team-teach training for all staff; weekly management review of every "
         "restraint record.", "Deputy Manager / Registered Manager", "31 July 2025",
         "Complete", "14 of 15 staff trained; one on long-term leave."),
        ("3", "The registered person must ensure that recruitment checks, including a full "
              "employment history with gaps explained, are in place for every member of staff.",
         "Regulation 32 (3); Schedule 2", "31/08/2025",
         "Audit of all personnel files with HR Resourcing; missing references and gaps followed "
         "up.", "Registered Manager & HR Business Partner", "31 Agust 2025", "In progress",
         "Audit complete; 3 files awaiting references."),
        ("section", "Recommendations"),
        ("4", "The registered person should ensure that children are helped to take part in "
              "activities in the local community that reflect their interests.",
         "Guide, para 7.2", "",
         "Key workers to agree an activity plan with each child and review it monthly at house "
         "meetings.", "Key workers (overseen by Deputy Manager)", "30 Sept 2025", "In progress",
         ""),
        ("5", "The registered person should ensure that the home's records of children's health "
              "appointments are complete and up to date.",
         "Guide, para 8.10", "",
         "Health tracker introduced; LAC nurse to check at each health review.",
         "Deputy Manager", "Ongoing", "In progress", ""),
        ("6", "The registered person should improve the décor of the lounge and two bedrooms so "
              "that the home is homely and well maintained.",
         "Guide, para 10.3", "",
         "Redecoration works order raised with Facilities; children to choose colours.",
         "Registered Manager", "31 October 2025", "Not started",
         "Works scheduled for October half-term."),
    ]
    r = 7
    refuse_row = None
    for row in data:
        if row[0] == "section":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if "Agust" in row[6]:
                refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="This plan is reviewed at the monthly Regulation 44 visit and "
            "at the Residential Services management meeting.")
    ws.cell(row=r + 1, column=1, value="Status: Complete / In progress / Not started")
    for col, w in zip("ABCDEFGHI", [6, 50, 20, 13, 46, 26, 15, 12, 34]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a local authority children's home action plan after an Ofsted full "
                "inspection under the SCCIF, of the kind Manchester City Council keeps for each of "
                "its residential homes (home name invented). Follows the SCCIF pattern of "
                "requirements (regulation breach, Ofsted due date) and recommendations (Guide "
                "paragraph) – gov.uk SCCIF 'Making requirements and recommendations'. Copies: "
                "service/home title block with URN, inspection date and judgement, manager and RI "
                "line, section rows 'Requirements' and 'Recommendations', Ofsted due date beside "
                "the home's own target date, Complete/In progress/Not started status and notes."),
        reads=("A one-sheet plan for one children's home: three requirements and three "
               "recommendations, each with the action, who is responsible and a target date "
               "written as words. Requirement 3's target date reads '31 Agust 2025', a mistyped "
               "month; a careful reader stops there and asks (the Ofsted due date 31/08/2025 "
               "suggests August, but the plan's own date is misspelled)."),
        outcome="refuse", title=title, refuse_at=refuse_row)
    return refuse_row


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


def bold_cell(cell, text, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ---------------------------------------------------------------------------
# 4. Trafford Corporate Parenting Board action plan (docx): title, intro, document control and
#    RAG key tables, one Heading 2 + table per priority, RAG words shaded, leads in one cell
#    split by "/", "&", ";" or a line break, periods and terms as timescales.
# ---------------------------------------------------------------------------
def trafford():
    name = "lu1-trafford-council-corporate-parenting-board-action-plan.docx"
    title = "Trafford Corporate Parenting Board Action Plan 2024–25"
    P1 = "Priority 1: Our children and young people are safe, settled and heard"
    P2 = "Priority 2: Our children and young people are healthy and achieve in education"
    P3 = "Priority 3: Our care leavers are supported into adulthood"
    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    pri = [
        (P1, [
            ("1.1", "Refresh the Pledge with the Children in Care Council and publish it in a "
                    "young-person-friendly format.",
             "Participation Lead", "April 2025",
             "Children in Care Council agreed the wording in February; design with Comms.",
             "Green", ["Participation Lead"], "2025-04", None, "green"),
            ("1.2", "Make sure every child in care is told about the Independent Visitor offer at "
                    "their first review and that this is recorded.",
             "IRO Service Manager", "Ongoing",
             "Recorded in 83% of first reviews (Q3). Reminder added to IRO review template.",
             "Green", ["IRO Service Manager"], None, "Ongoing", "green"),
            ("1.3", "Review every child with two or more placement moves in 12 months at the "
                    "Placement Stability Panel.",
             "Head of Service – Children in Care / Head of Commissioning",
             "Sept 2024 – March 2025",
             "Panel in place; 19 children reviewed. Long-term stability 66% against 70% target.",
             "Amber", ["Head of Service – Children in Care", "Head of Commissioning"], "2025-03",
             "Sept 2024 – March 2025", "amber"),
        ]),
        (P2, [
            ("2.1", "Complete initial health assessments within 20 working days for at least 90% "
                    "of children entering care.",
             "Designated Nurse for Children in Care", "By 31 March 2025",
             "Year to date 74%. Delays mainly for children placed outside Greater Manchester.",
             "Amber", ["Designated Nurse for Children in Care"], "2025-03", None, "amber"),
            ("2.2", "Carry out a quality audit of the Personal Education Plan of every school-age "
                    "child in care, with feedback to schools.",
             "Virtual School Headteacher", "Summer term 2025",
             "Autumn and spring PEPs audited for primary-age children; secondary to follow.",
             "Green", ["Virtual School Headteacher"], "2025-07", "Summer term 2025", "green"),
            ("2.3", "Deliver mental health first aid training to foster carers and residential "
                    "staff.",
             "Head of Fostering\nCAMHS Looked After Children Lead", "December 2024",
             "Completed: 64 foster carers and 22 residential staff trained.",
             "Blue", ["Head of Fostering", "CAMHS Looked After Children Lead"], "2024-12", None,
             "blue"),
        ]),
        (P3, [
            ("3.1", "Extend the council tax exemption to care leavers living outside Trafford "
                    "up to age 25.",
             "Lead Member for Children's Services & Director of Finance", "April 2025",
             "Agreed by the Executive in February 2025; takes effect 1 April 2025.",
             "Green", ["Lead Member for Children's Services", "Director of Finance"], "2025-04",
             None, "green"),
            ("3.2", "Create 10 ring-fenced apprenticeships for care leavers across the council and "
                    "partner organisations.",
             "Head of Service – Care Leavers; HR Business Partner", "Sept 2025",
             "6 posts identified (4 council, 2 Trafford Housing Trust).",
             "Green", ["Head of Service – Care Leavers", "HR Business Partner"], "2025-09", None,
             "green"),
            ("3.3", "Hold a quarterly Housing Options drop-in at the Care Leavers Hub.",
             "Housing Options Manager", "Quarterly",
             "Not yet started – staffing shortfall in Housing Options. Escalated to the Board.",
             "Red", ["Housing Options Manager"], None, "Quarterly", "red"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "This action plan sets out how Trafford Council and its partners will deliver the "
        "priorities of our Corporate Parenting Strategy 2024–2027. Progress is reported to every "
        "meeting of the Corporate Parenting Board. Position as at March 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Children’s Social Care"),
                 ("Version", "1.4"), ("Last reviewed", "10 March 2025"),
                 ("Next review", "Corporate Parenting Board, June 2025")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Blue", "Complete"), ("Green", "On track"),
                          ("Amber", "Some delay – action in hand"),
                          ("Red", "Off track – Board support needed")]:
        cells = k.add_row().cells
        cells[0].text = word
        shade(cells[0], rag_col[word])
        cells[1].text = meaning
    expected = []
    for heading, acts in pri:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells,
                        ["Ref", "What we will do", "Lead", "Timescale", "Progress (March 2025)",
                         "RAG"]):
            bold_cell(c, h, "FFFFFF")
            shade(c, "5B2C6F")
        for (ref, action, leadcell, when, prog, rag, lead, end, end_text, status) in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, action, leadcell, when, prog, rag]):
                c.text = v
            shade(cells[5], rag_col[rag])
            expected.append(act(ref, [heading], action, lead, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Next update: Corporate Parenting Board, June 2025. Please send updates to "
                      "the Corporate Parenting Lead Officer by 30 May 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a council Corporate Parenting Board action plan organised by the "
                "priorities of a corporate parenting strategy, as Trafford Council would publish "
                "with its board papers in 2024-25; layout modelled on published corporate "
                "parenting strategy action plans such as Bracknell Forest's 2025-2028 plan "
                "(pledges with responsible officer and timeline) and Slough's Corporate Parenting "
                "Panel action plan updates. Copies: heading and intro paragraph, document control "
                "table, RAG key table, one heading and table per priority with "
                "Ref / What we will do / Lead / Timescale / Progress / RAG, RAG words on shaded "
                "cells, joint leads, periods, terms and 'Ongoing'/'Quarterly' timescales."),
        reads=("A Word plan with a control table and RAG key, then three priority headings, each "
               "over its own table of numbered actions. Nine actions with leads (some shared by two "
               "posts), timescales and a RAG word."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Isles of Scilly SEND priority action plan (docx): title lines, version table, key paragraph,
#    two plan tables (priority actions / improvement) with merged heading rows, RAG letters.
# ---------------------------------------------------------------------------
def scilly():
    name = "lu1-isles-of-scilly-local-area-send-priority-action-plan.docx"
    title = "Isles of Scilly Local Area SEND Partnership – Priority Action Plan 2025–26"
    PA1 = ("Area for priority action 1: Leaders across education, health and care should work "
           "together so that the needs of children and young people with SEND who must travel to "
           "the mainland for specialist assessment are identified and met without delay.")
    PA2 = ("Area for priority action 2: Leaders should improve the timeliness and quality of "
           "education, health and care (EHC) plans, including annual reviews.")
    AI1 = ("Area for improvement 1: Leaders should make sure that young people with SEND are well "
           "prepared for adulthood, including for post-16 education and training on the "
           "mainland.")
    ICB = "Designated Clinical Officer (Cornwall and Isles of Scilly ICB)"
    tables = [
        ("Areas for priority action", [
            (PA1, [
                ("1.1", "Agree a joint pathway with Cornwall Partnership NHS Foundation Trust for "
                        "paediatric and neurodevelopmental assessment, including virtual clinics "
                        "held on St Mary’s.",
                 ICB, "September 2025",
                 "Waiting time from referral to assessment under 18 weeks", "G",
                 [ICB], "2025-09", None, "green"),
                ("1.2", "Set up a single travel and accommodation support offer for families "
                        "attending mainland appointments, funded jointly by the Council and the "
                        "ICB.",
                 "Director of Children’s Services / Head of Commissioning (ICB)", "July 2025",
                 "Families report that travel is no longer a barrier (parent carer survey)", "B",
                 ["Director of Children’s Services", "Head of Commissioning (ICB)"], "2025-07",
                 None, "blue"),
                ("1.3", "Report waiting times for assessment to the SEND Partnership Board every "
                        "quarter.",
                 "SEND Lead Officer", "Quarterly",
                 "Board minutes show challenge and follow-up", "G",
                 ["SEND Lead Officer"], None, "Quarterly", "green"),
            ]),
            (PA2, [
                ("2.1", "Recruit a second SEND Case Officer, shared with Cornwall Council under a "
                        "service level agreement.",
                 "Head of Education", "June 2025",
                 "95% of new EHC plans issued within 20 weeks", "A",
                 ["Head of Education"], "2025-06", None, "amber"),
                ("2.2", "Introduce multi-agency quality assurance of EHC plans each term, with "
                        "feedback to every contributor.",
                 "Head of Education\n" + ICB, "Autumn term 2025",
                 "At least 80% of audited plans judged good", "",
                 ["Head of Education", ICB], "2025-12", "Autumn term 2025", "unrated"),
            ]),
        ]),
        ("Areas for improvement", [
            (AI1, [
                ("3.1", "Start preparing for adulthood planning at the Year 9 annual review for "
                        "every young person with an EHC plan.",
                 "Five Islands Academy SENCo", "Summer term 2026",
                 "All Year 9 reviews include a preparing for adulthood section", "G",
                 ["Five Islands Academy SENCo"], "2026-07", "Summer term 2026", "green"),
                ("3.2", "Publish an updated Local Offer page on post-16 options, travel and "
                        "boarding support, co-produced with the Parent Carer Group.",
                 "Local Offer Officer & Parent Carer Group representative", "October 2025",
                 "Page views; feedback from young people and parents", "G",
                 ["Local Offer Officer", "Parent Carer Group representative"], "2025-10", None,
                 "green"),
            ]),
        ]),
    ]
    rag_col = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor.from_string("006B6B")
    doc.add_paragraph("Council of the Isles of Scilly • Cornwall and Isles of Scilly Integrated "
                      "Care Board • Five Islands Academy • Isles of Scilly Parent Carer Group")
    doc.add_paragraph("In response to the Ofsted and CQC area SEND inspection of the Isles of "
                      "Scilly local area partnership, 3–7 March 2025. Inspection outcome: the local "
                      "area partnership’s arrangements lead to inconsistent experiences and "
                      "outcomes for children and young people with SEND.")
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in zip(vt.rows[0].cells, ["Version", "Date", "Summary of changes", "Approved by"]):
        bold_cell(c, h)
    for row in [("1.0", "22/05/2025", "Plan submitted to DfE and NHS England",
                 "SEND Partnership Board"),
                ("1.1", "15/09/2025", "September progress update", "SEND Partnership Board")]:
        cells = vt.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: B – complete; G – on track; A – some slippage; R – off "
                      "track; blank – not yet started.")
    expected = []
    for sect, groups in tables:
        doc.add_heading(sect, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells,
                        ["No.", "Action", "Accountable lead(s)", "Completion date",
                         "How we will measure impact", "RAG"]):
            bold_cell(c, h, "FFFFFF")
            shade(c, "006B6B")
        for heading, acts in groups:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[5])
            bold_cell(merged, heading)
            shade(merged, "DDEFEF")
            for (ref, action, leadcell, when, measure, rag, lead, end, end_text, status) in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, action, leadcell, when, measure, rag]):
                    c.text = v
                if rag:
                    shade(cells[5], rag_col[rag])
                expected.append(act(ref, [heading], action, lead, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is monitored by the SEND Partnership Board, "
                      "which meets every six weeks, and through DfE and NHS England stocktakes.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a local area SEND partnership's priority action plan following an area "
                "SEND inspection under the 2023 framework ('inconsistent experiences and "
                "outcomes'), as a small authority such as the Council of the Isles of Scilly with "
                "the Cornwall and Isles of Scilly ICB would publish on its Local Offer in 2025; "
                "modelled on published plans such as Southend's SEND strategic action plan "
                "(livewellsouthend.com) and DfE's 'Area SEND inspections: support and challenge "
                "following inspection'. Copies: title and partner line, inspection outcome "
                "paragraph, version table, a one-line progress key, separate tables for areas for "
                "priority action and areas for improvement with merged shaded heading rows, "
                "accountable leads from different partners, terms as completion dates and RAG "
                "letters (one blank)."),
        reads=("A Word plan with two tables: areas for priority action and areas for improvement, "
               "each finding written in a merged row above its numbered actions. Seven actions, each "
               "with accountable lead(s), a completion date, an impact measure and a RAG letter; "
               "the 'Areas for priority action' / 'Areas for improvement' headings only name the "
               "kind of part."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Tower Hamlets JTAI action plan (csv): Excel export, title lines, AFI given only on the first
#    action row of each group, one action with an inner line break, totals and key at the foot.
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", "\"", "\n"]):
        return "\"" + v.replace("\"", "\"\"") + "\""
    return v


def tower_hamlets():
    name = "lu1-tower-hamlets-safeguarding-children-partnership-jtai-action-plan.csv"
    title = "Tower Hamlets Safeguarding Children Partnership – JTAI Action Plan"
    N = 7
    F1 = ("The timeliness and quality of information shared by partners at the point of referral, "
          "so that decisions in the MASH are well informed.")
    F2 = ("The consistency with which strategy discussions include all relevant agencies, "
          "particularly health and education.")
    F3 = "The understanding of thresholds and the use of early help by schools and other referrers."
    rows = [
        ("1.1", F1, "Agree and publish a MASH information-sharing standard setting out response "
                    "times for police, health and education checks.",
         "MASH Strategic Lead; DI Public Protection (CE BCU)", "31/03/2025",
         "Draft standard agreed at Partnership Executive, 12/02/2025. Sign-off by all three "
         "partners pending.", "Amber",
         ["MASH Strategic Lead", "DI Public Protection (CE BCU)"], "2025-03", None, "amber"),
        ("1.2", F1, "Give health practitioners in the MASH direct access to GP and community "
                    "health records.\nICB to fund an additional 0.5 FTE health navigator.",
         "Designated Nurse Safeguarding Children (NEL ICB)", "30/04/2025",
         "System access granted January 2025; recruitment to 0.5 FTE under way.", "Green",
         ["Designated Nurse Safeguarding Children (NEL ICB)"], "2025-04", None, "green"),
        ("1.3", F1, "Quarterly multi-agency audit of 15 contacts and referrals, reported to the "
                    "Quality Assurance subgroup.",
         "THSCP Business Manager", "Quarterly",
         "First audit completed December 2024; themes shared with partners.", "Green",
         ["THSCP Business Manager"], None, "Quarterly", "green"),
        ("2.1", F2, "Revise the strategy discussion template so that attendance of health and "
                    "education is recorded, with escalation where a partner is absent.",
         "Head of Service – MASH and Assessment", "Dec-24",
         "New template live since 02/12/2024.", "Complete",
         ["Head of Service – MASH and Assessment"], "2024-12", None, "blue"),
        ("2.2", F2, "Introduce a daily 10am strategy discussion slot with a named police and health "
                    "representative.",
         "Head of Service – MASH and Assessment & DS MASH (CE BCU)", "31/01/2025",
         "In place from 13/01/2025; attendance 96% in the first month.", "Complete",
         ["Head of Service – MASH and Assessment", "DS MASH (CE BCU)"], "2025-01", None, "blue"),
        ("3.1", F3, "Relaunch the Thresholds of Need guidance with briefings for all Designated "
                    "Safeguarding Leads.",
         "Head of Early Help; Education Safeguarding Lead", "Summer term 2025",
         "Briefings booked for April and May 2025.", "Green",
         ["Head of Early Help", "Education Safeguarding Lead"], "2025-07", "Summer term 2025",
         "green"),
        ("3.2", F3, "Track the proportion of school contacts that result in no further action and "
                    "report it to the Education Safeguarding Forum.",
         "Head of Performance and Intelligence", "Monthly", "", "Not started",
         ["Head of Performance and Intelligence"], None, "Monthly", "unrated"),
    ]
    assert len(rows) == N
    W = 7
    lines = []

    def line(*cells):
        cells = list(cells) + [""] * (W - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))

    line(title)
    line("Joint targeted area inspection of the multi-agency response to children and families "
         "who need help (front door) – fieldwork 11 to 15 November 2024")
    line("Statutory partners: London Borough of Tower Hamlets; Metropolitan Police Service "
         "(Central East BCU); NHS North East London ICB")
    line("Version 3 – updated 28/02/2025")
    line()
    line("Ref", "Area for improvement", "Action", "Lead", "Target date", "Progress update", "RAG")
    expected = []
    prev = None
    for (ref, afi, action, leadcell, when, prog, rag, lead, end, end_text, status) in rows:
        line(ref, afi if afi != prev else "", action, leadcell, when, prog, rag)
        prev = afi
        expected.append(act(ref, [afi], action, lead, end, status, end_text))
    line()
    counts = {}
    for r in rows:
        counts[r[6]] = counts.get(r[6], 0) + 1
    line("Total actions", str(N))
    for k_ in ["Complete", "Green", "Amber", "Red", "Not started"]:
        line(k_, str(counts.get(k_, 0)))
    line()
    line("RAG key: Complete = delivered and evidenced; Green = on track; Amber = at risk; "
         "Red = off track; Not started = not yet due")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's action plan after a JTAI of the "
                "'front door' (multi-agency response to identification of initial need and risk, "
                "the JTAI programme restarted in 2022), as Tower Hamlets Safeguarding Children "
                "Partnership would keep it in Excel and export it in 2025; JTAI process as described "
                "by partnership pages (e.g. safeguardingsheffieldchildren.org JTAI guidance). "
                "Copies: title lines with inspection and partners, version line, the area for "
                "improvement written only on the first row of its group (merged cell exported), "
                "partner-agency leads, dd/mm/yyyy, 'Dec-24', term and frequency target dates, "
                "RAG words, a totals block and a RAG key at the foot."),
        reads=("A CSV export: four title lines, a header row, then seven numbered actions under three "
               "areas for improvement (each written once, on its first action). Below the plan a "
               "count of actions by RAG and a key, which are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Bedford Borough YJS HMIP improvement plan (tab-separated txt): title lines, status key,
#    audience section lines, recommendation text on the first action only, original and
#    revised deadlines, status words redefined by the key.
# ---------------------------------------------------------------------------
def bedford():
    name = "lu1-bedford-borough-youth-justice-service-hmip-improvement-plan.txt"
    title = "Bedford Borough Youth Justice Service – HMIP Inspection Improvement Plan"
    S1 = "Recommendations for the Head of Youth Justice Service"
    S2 = "Recommendations for the Youth Justice Management Board"
    R1 = ("1. Improve the quality of assessment and planning for keeping the child safe and "
          "managing risk of harm to others, so that contingency plans are specific to the child.")
    R2 = ("2. Make sure that the needs and wishes of victims are consistently considered in "
          "planning and in the delivery of interventions.")
    R3 = ("3. Make sure that board members understand the profile of children known to the "
          "service and use disproportionality data to drive improvement.")
    R4 = ("4. Make sure that children have timely access to speech, language and communication "
          "and emotional health services.")
    rows = [
        (S1, R1, "1.1", "Deliver risk and contingency planning training to all case managers.",
         "YJS Practice Lead", "Nov-24", "", "Complete",
         "Training delivered 18/11/2024 to 14 staff.",
         ["YJS Practice Lead"], "2024-11", None, "blue"),
        (S1, R1, "1.2", "Introduce monthly management oversight audits of assessments, with "
                        "findings discussed in supervision.",
         "YJS Operational Manager", "31/12/2024", "31/03/2025", "Some slippage",
         "Audit tool agreed; two audits completed, third delayed by staff absence.",
         ["YJS Operational Manager"], "2025-03", None, "amber"),
        (S1, R2, "2.1", "Agree a victim contact protocol so that every victim is offered contact "
                        "within 10 working days of the outcome.",
         "Victim Liaison Officer / YJS Operational Manager", "Jan-25", "", "On track",
         "Protocol drafted; consultation with Bedfordshire Police completed.",
         ["Victim Liaison Officer", "YJS Operational Manager"], "2025-01", None, "green"),
        (S1, R2, "2.2", "Record victim views in every AssetPlus assessment and pre-sentence "
                        "report.",
         "Case managers (monitored by Team Manager)", "Ongoing", "", "On track",
         "Dip sample February 2025: 11 of 13 cases compliant.",
         ["Case managers (monitored by Team Manager)"], None, "Ongoing", "green"),
        (S2, R3, "3.1", "Add a quarterly data and disproportionality report as a standing Board "
                        "item.",
         "Head of Youth Justice Service; Performance Analyst", "Mar-25", "", "On track",
         "First report to go to the April Board.",
         ["Head of Youth Justice Service", "Performance Analyst"], "2025-03", None, "green"),
        (S2, R3, "3.2", "Hold a Board induction and development session for all members, "
                        "including a practice observation.",
         "Chair of YJMB", "30/11/2024", "31/01/2025", "Complete",
         "Session held 22/01/2025; 9 of 11 members attended.",
         ["Chair of YJMB"], "2025-01", None, "blue"),
        (S2, R4, "4.1", "Secure a dedicated speech and language therapist for the YJS through "
                        "BLMK ICB.",
         "BLMK ICB Head of Children's Commissioning", "Apr-25", "", "Off track",
         "Funding not yet confirmed; escalated to the ICB Director of Nursing.",
         ["BLMK ICB Head of Children's Commissioning"], "2025-04", None, "red"),
        (S2, R4, "4.2", "Screen all children for speech, language and communication needs at the "
                        "start of their order.",
         "YJS Health Practitioner", "31/03/2025", "", "Not started", "",
         ["YJS Health Practitioner"], "2025-03", None, "unrated"),
    ]
    out = [
        title,
        "Inspection fieldwork: 9–13 September 2024 | Report published: 28 November 2024 | "
        "Overall rating: Requires improvement",
        "Plan owner: Head of Youth Justice Service | Governance: Bedford Borough Youth Justice "
        "Management Board | Last updated: 20/02/2025",
        "",
        "Status key: Complete = Blue | On track = Green | Some slippage = Amber | Off track = Red "
        "| Not started",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Owner", "Original deadline",
                   "Revised deadline", "Status", "Update"]),
    ]
    expected = []
    cur_s, cur_r = None, None
    for (sec, rec, ref, action, owner, orig, rev, status_w, upd, lead, end, end_text,
         status) in rows:
        if sec != cur_s:
            out.append(sec)
            cur_s = sec
        out.append("\t".join([ref, rec if rec != cur_r else "", action, owner, orig, rev,
                              status_w, upd]))
        cur_r = rec
        expected.append(act(ref, [sec, rec], action, lead, end, status, end_text))
    out += ["", "Updates are reviewed at each Management Board meeting. Next review: 24 April "
            "2025."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")

    write_expected(
        name,
        source=("Imitates a youth justice service's improvement plan after an HM Inspectorate of "
                "Probation youth inspection, with recommendations split between the YJS head of "
                "service and the management board, as Bedford Borough YJS would report to its "
                "Youth Justice Management Board in 2025; modelled on plans such as Reading's YJS "
                "improvement plan reported to committee (democracy.reading.gov.uk, HMIP inspection "
                "September 2024). Copies: title and inspection lines, owner/governance line, a "
                "status key that maps words to colours, section lines per audience, the "
                "recommendation text on the first of its actions only, original and revised "
                "deadlines, status words and updates, a closing note. Tab-separated text export."),
        reads=("A tab-separated plan: two audience sections ('Recommendations for the Head of "
               "Youth Justice Service' / '... for the Youth Justice Management Board'), each with "
               "numbered HMIP recommendations and two actions under each. Eight actions with "
               "owner(s), original and sometimes revised deadlines and a status word that the key "
               "maps to a colour."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    lambeth()
    tameside()
    rr = manchester()
    trafford()
    scilly()
    tower_hamlets()
    bedford()
    print("built; manchester refuse row", rr)
