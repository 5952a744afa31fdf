"""Build the seven zbi- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zbi_make.py (from any directory).
Writes only files whose names start with "zbi-" in this script's folder.
"""
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY, HEAD = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9", "1F4E79"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("zbi-")
    return os.path.join(HERE, name)


def fill(colour):
    return PatternFill("solid", start_color=colour, end_color=colour)


class Folded(str):
    pass


class Quoted(str):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Folded, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style=">"))
_Dumper.add_representer(Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def _style(exp):
    out = {}
    for k, v in exp.items():
        if k in ("source", "reads"):
            out[k] = Folded(v)
        elif k == "title":
            out[k] = Quoted(v)
        elif k == "actions":
            out[k] = [{ak: (Quoted(av) if isinstance(av, str) else
                            [Quoted(x) for x in av] if isinstance(av, list) else av)
                       for ak, av in a.items() if ak != "status"} | {"status": a["status"]} for a in v]
        else:
            out[k] = v
    return out


def write_expected(name, exp):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(_style(exp), f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


def put_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        if v is None:
            continue
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Buckinghamshire Council – select committee inquiry recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def bucks():
    name = "zbi-buckinghamshire-council-select-committee-inquiry-recommendations-tracker.xlsx"
    title = "Buckinghamshire Council – Select Committee Inquiry Recommendations Tracker 2024/25"
    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "At risk": RED}
    status_read = {"Complete": "blue", "On track": "green", "Delayed": "amber", "At risk": "red"}

    cm_ecs = "Cabinet Member for Education and Children's Services"
    cm_hw = "Cabinet Member for Health and Wellbeing"
    sheets = [
        {
            "sheet": "SEND Pathways",
            "heading": "Children's and Education Select Committee – Review of Pathways for Children with SEND",
            "dates": "Inquiry report to Cabinet: 11 July 2023 | Cabinet response: 12 September 2023 | "
                     "12-month update to committee: 26 September 2024 | Position at January 2025",
            "recs": [
                ("Recommendation 1 (Accepted): The Cabinet Member for Education and Children's Services should "
                 "ensure that every family has a named SEND caseworker from the point an EHC needs assessment is "
                 "agreed, with contact details confirmed in writing within five working days.",
                 [
                     ("1.1", "Recruit five additional SEND caseworkers to reduce caseloads to no more than 120 per worker.",
                      cm_ecs, "Head of SEND", "31/03/2024", None,
                      "All five posts filled by February 2024. Average caseload now 112.", "Complete",
                      ["Head of SEND"], "2024-03", None),
                     ("1.2", "Introduce an automated letter confirming the named caseworker within five working days "
                             "of the decision to assess.",
                      cm_ecs, "Head of SEND / SEND Systems Lead", "30/04/2024", "31/10/2024",
                      "Letter live in the case management system from October 2024; 94% issued within five days "
                      "in December.", "Complete",
                      ["Head of SEND", "SEND Systems Lead"], "2024-10", None),
                 ]),
                ("Recommendation 2 (Partially accepted): The Council should publish a termly dashboard showing EHCP "
                 "timeliness, tribunal outcomes and specialist place sufficiency, and present it to this committee.",
                 [
                     ("2.1", "Publish a termly SEND performance dashboard on the Local Offer, co-produced with the "
                             "Buckinghamshire Parent Carer Forum.\nThe tribunal element will be reported annually "
                             "rather than termly.",
                      cm_ecs, "Service Director, Education", "Autumn term 2024", "Spring term 2025",
                      "First dashboard drafted. Publication moved back to allow co-production sessions with "
                      "parents in February.", "Delayed",
                      ["Service Director, Education"], "2025-04", "Spring term 2025"),
                 ]),
                ("Recommendation 3 (Accepted): The Cabinet Member should work with the Integrated Care Board to "
                 "reduce waiting times for neurodevelopmental assessment and to provide support to families while "
                 "they wait.",
                 [
                     ("3.1", "Commission a 'waiting well' offer of parent workshops and online resources for families "
                             "awaiting neurodevelopmental assessment.",
                      cm_ecs, "Head of Integrated Commissioning (Children)", "30/09/2024", None,
                      "Offer launched June 2024; 640 families have attended workshops to date.", "Complete",
                      ["Head of Integrated Commissioning (Children)"], "2024-09", None),
                     ("3.2", "Agree a joint trajectory with Buckinghamshire, Oxfordshire and Berkshire West ICB to "
                             "reduce the longest waits for autism assessment to under 52 weeks.",
                      cm_ecs + "; " + cm_hw, "Head of Integrated Commissioning (Children)", "31/03/2025", None,
                      "Trajectory agreed by the SEND Partnership Board in November 2024. Longest wait is currently "
                      "61 weeks.", "On track",
                      ["Head of Integrated Commissioning (Children)"], "2025-03", None),
                 ]),
            ],
            "note": "Notes: target dates are those agreed in the Cabinet response; revised dates were agreed by the "
                    "committee at the 12-month update.",
        },
        {
            "sheet": "Hospital Discharge",
            "heading": "Health and Adult Social Care Select Committee – Rapid Review: Hospital Discharge and Reablement",
            "dates": "Rapid review report to Cabinet: 17 September 2024 | Cabinet response: 15 October 2024 | "
                     "6-month update due: April 2025",
            "recs": [
                ("Recommendation 1 (Accepted): The Council and Buckinghamshire Healthcare NHS Trust should establish a "
                 "single transfer of care hub at Stoke Mandeville Hospital, with social work, therapy and brokerage "
                 "staff co-located seven days a week.",
                 [
                     ("1.1", "Co-locate the hospital social work team and brokerage officers in the transfer of care "
                             "hub, with weekend cover.",
                      cm_hw, "Head of Hospital Discharge and Reablement", "31/12/2024", "31/03/2025",
                      "Weekday co-location in place since November 2024. Weekend rota under consultation with "
                      "staff.", "Delayed",
                      ["Head of Hospital Discharge and Reablement"], "2025-03", None),
                 ]),
                ("Recommendation 2 (Accepted): The Cabinet Member should increase reablement capacity so that more "
                 "residents return home from hospital rather than to a care home.",
                 [
                     ("2.1", "Recruit 20 additional reablement support workers through a targeted campaign in the "
                             "north of the county.",
                      cm_hw, "Service Director, Adult Social Care Operations", "June 2025", None,
                      "11 of 20 posts recruited. Second campaign launched January 2025.", "On track",
                      ["Service Director, Adult Social Care Operations"], "2025-06", None),
                     ("2.2", "Review the reablement pathway with therapists to increase the proportion of people still "
                             "at home 91 days after discharge.",
                      cm_hw, "Head of Hospital Discharge and Reablement / Lead Occupational Therapist", "30/09/2025",
                      None, "Pathway review workshops booked for February and March 2025.", "On track",
                      ["Head of Hospital Discharge and Reablement", "Lead Occupational Therapist"], "2025-09", None),
                 ]),
                ("Recommendation 3 (Partially accepted): The Council should report discharge delays attributable to "
                 "social care to this committee every quarter.",
                 [
                     ("3.1", "Include social care discharge delays in the quarterly adult social care performance "
                             "report to the committee.",
                      cm_hw, "Head of Performance and Intelligence", "Q4 2024/25", None,
                      "Data-sharing agreement with the Trust not yet signed; no data reported to date.", "At risk",
                      ["Head of Performance and Intelligence"], "2025-03", "Q4 2024/25"),
                 ]),
            ],
            "note": "Notes: the Cabinet response did not accept the committee's proposal for monthly reporting "
                    "(see Recommendation 3).",
        },
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Monitoring of Cabinet responses to select committee inquiries and rapid reviews. "
                "Position as at 31 January 2025.")
    header_row(ws, 4, ["Inquiry", "Select Committee", "Cabinet response", "Recommendations", "Actions",
                       "Complete", "On track", "Delayed", "At risk"], [52, 30, 16, 16, 10, 10, 10, 10, 10])
    put_row(ws, 5, ["Review of Pathways for Children with SEND", "Children's and Education", "12/09/2023",
                    3, 5, 3, 1, 1, 0])
    put_row(ws, 6, ["Rapid Review: Hospital Discharge and Reablement", "Health and Adult Social Care",
                    "15/10/2024", 3, 4, 0, 2, 1, 1])
    put_row(ws, 7, ["Total", None, None, "=SUM(D5:D6)", "=SUM(E5:E6)", "=SUM(F5:F6)", "=SUM(G5:G6)",
                    "=SUM(H5:H6)", "=SUM(I5:I6)"])
    for col in range(1, 10):
        ws.cell(row=7, column=col).font = Font(bold=True)
    ws["A9"] = "Status key"
    ws["A9"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence reviewed by the committee"),
           ("On track", "Progressing to the agreed target date"),
           ("Delayed", "Behind target date; recovery plan agreed with the Cabinet Member"),
           ("At risk", "Unlikely to be delivered without further intervention")]
    for i, (k, v) in enumerate(key):
        c = ws.cell(row=10 + i, column=1, value=k)
        c.fill = fill(status_fill[k])
        c.border = BOX
        ws.cell(row=10 + i, column=2, value=v)

    actions = []
    for sh in sheets:
        ws = wb.create_sheet(sh["sheet"])
        ws.merge_cells("A1:H1")
        ws["A1"] = sh["heading"]
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A2:H2")
        ws["A2"] = sh["dates"]
        ws["A2"].font = Font(italic=True)
        header_row(ws, 4, ["Ref", "Agreed action", "Cabinet Member", "Lead officer", "Target date",
                           "Revised date", "Progress update", "Status"], [7, 52, 30, 30, 13, 13, 48, 11])
        r = 5
        for rec, rows in sh["recs"]:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.alignment = WRAP
            ws.row_dimensions[r].height = 45
            r += 1
            for (ref, text, cm, lead, target, revised, progress, status, lead_r, end_r, end_text) in rows:
                put_row(ws, r, [ref, text, cm, lead, target, revised, progress, status])
                ws.cell(row=r, column=8).fill = fill(status_fill[status])
                actions.append(act(ref, [sh["heading"], rec], text, lead_r, end_r, status_read[status], end_text))
                r += 1
        r += 1
        ws.cell(row=r, column=1, value=sh["note"]).font = Font(italic=True)
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates the Buckinghamshire Council select committee inquiry monitoring that follows each "
                  "inquiry or rapid review (Cabinet response, then 6- and 12-month progress updates to the committee; "
                  "see buckinghamshire.gov.uk 'Scrutinising council policies and decisions (Select Committees)', which "
                  "lists e.g. the Review of Pathways for Children with SEND, June 2023). Copied features: a Summary "
                  "sheet with counts per inquiry, a totals row and a status key defining Delayed and At risk; one sheet "
                  "per inquiry with a merged committee/inquiry heading and a dates line; each recommendation as a "
                  "merged grey row with the Cabinet response in it, followed by its agreed actions; separate Cabinet "
                  "Member and Lead officer columns; original target and revised date; word statuses with fill colour; "
                  "a notes line under each table.",
        "reads": "A two-inquiry scrutiny tracker: the Summary sheet is only counts and a key. On each inquiry sheet a "
                 "reader sees the inquiry heading, then each recommendation followed by numbered agreed actions with a "
                 "lead officer, target (and sometimes revised) date, progress and a status word. Nine actions in all; "
                 "the lead is the Lead officer column (the Cabinet Member column is the political portfolio holder).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Gwent Safeguarding Board – adult practice review action plan (xlsx)
# ---------------------------------------------------------------------------
def gwent():
    name = "zbi-gwent-safeguarding-board-adult-practice-review-action-plan.xlsx"
    title = "Adult Practice Review GSB APR 2/2023 – Multi-Agency Action Plan"
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Completed": BLUE}
    rag_read = {"Red": "red", "Amber": "amber", "Green": "green", "Completed": "blue"}
    themes = [
        ("Learning theme 1: Self-neglect and professional curiosity", [
            ("Recommendation 1: Gwent Safeguarding Board to seek assurance that the Gwent self-neglect protocol is "
             "embedded in practice across all partner agencies.", [
                ("1.1", "Relaunch the Gwent self-neglect protocol through a 7-minute briefing and practitioner webinars "
                        "in each local authority area.",
                 "Safeguarding Business Manager / Chair of Learning and Development Sub-group", "30/09/2024",
                 "Briefing published July 2024. Four of five webinars held; Blaenau Gwent session rearranged.",
                 "Amber", ["Safeguarding Business Manager", "Chair of Learning and Development Sub-group"],
                 "2024-09", None),
                ("1.2", "Undertake a multi-agency audit of self-neglect cases where the person declined services, "
                        "using the audit tool agreed by the Quality Assurance Sub-group.",
                 "Chair of Quality Assurance Sub-group", "March 2025",
                 "Audit scheduled for February 2025; 20 cases identified across the region.",
                 "Green", ["Chair of Quality Assurance Sub-group"], "2025-03", None),
            ]),
            ("Recommendation 2: Partner agencies to ensure that practitioners use the Mental Capacity Act 2005 to "
             "assess capacity where a person repeatedly declines care that places them at risk.", [
                ("2.1", "Deliver MCA refresher training to district nursing and domiciliary care staff, covering "
                        "executive capacity and repeated refusals of care.",
                 "Head of Adult Safeguarding, Aneurin Bevan University Health Board", "31/07/2024",
                 "Training delivered to 212 staff. Evaluation report received by the sub-group in September 2024.",
                 "Completed", ["Head of Adult Safeguarding, Aneurin Bevan University Health Board"], "2024-07", None),
            ]),
        ]),
        ("Learning theme 2: Information sharing between hospital and community services", [
            ("Recommendation 3: Aneurin Bevan University Health Board and the five local authorities to review "
             "discharge information sharing so that community teams are told when an adult at risk is discharged "
             "home.", [
                ("3.1", "Review the discharge notification pathway from the Grange University Hospital to local "
                        "authority adult services, including discharges out of hours.",
                 "Assistant Director of Nursing (Safeguarding), ABUHB", "Original: 31/12/2024\nRevised: 30/04/2025",
                 "Draft pathway agreed. Testing delayed by the electronic patient record upgrade.",
                 "Amber", ["Assistant Director of Nursing (Safeguarding), ABUHB"], "2025-04", None),
                ("3.2", "Add a prompt to the electronic discharge summary to record whether the patient is known to "
                        "adult safeguarding.",
                 "Chief Nursing Information Officer, ABUHB", "June 2025",
                 "Change request submitted to the digital team in January 2025.",
                 "Green", ["Chief Nursing Information Officer, ABUHB"], "2025-06", None),
            ]),
        ]),
        ("Learning theme 3: Working with families and carers", [
            ("Recommendation 4: Partner agencies to ensure carers are offered a carer's needs assessment when they are "
             "the main source of support for an adult who is self-neglecting.", [
                ("4.1", "Add a mandatory carer's assessment prompt to the adult services assessment in WCCIS for all "
                        "five local authorities.",
                 "Regional WCCIS Lead", "Ongoing – reported quarterly",
                 "Prompt live in Newport and Torfaen; other areas to follow the system upgrade.",
                 "Green", ["Regional WCCIS Lead"], None, "Ongoing – reported quarterly"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Bwrdd Diogelu Gwent | Gwent Safeguarding Board"
    ws["A1"].font = Font(bold=True, color=HEAD)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Review report published: 14 March 2024 | Plan monitored by: Practice Review Sub-group | "
                "Last updated: 05/02/2025")
    header_row(ws, 5, ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress / evidence", "RAG"],
               [7, 45, 50, 34, 22, 45, 12])
    actions = []
    r = 6
    for theme, recs in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        r += 1
        for rec, rows in recs:
            first = r
            for (ref, text, lead, target, progress, rag, lead_r, end_r, end_text) in rows:
                put_row(ws, r, [ref, None, text, lead, target, progress, rag])
                ws.cell(row=r, column=2).border = BOX
                ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
                actions.append(act(ref, [theme, rec], text, lead_r, end_r, rag_read[rag], end_text))
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            c = ws.cell(row=first, column=2, value=rec)
            c.alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for k, v in [("Red", "Off track / not progressing"), ("Amber", "Progressing with some slippage"),
                 ("Green", "On track"), ("Completed", "Evidence accepted by the Practice Review Sub-group")]:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(rag_fill[k])
        ws.cell(row=r, column=2, value=v)
    r += 2
    ws.cell(row=r, column=1, value="Note: the plan will be closed when all actions are rated Completed and evidence "
                                   "of impact has been reported to the Board.").font = Font(italic=True)

    vc = wb.create_sheet("Version control")
    header_row(vc, 1, ["Version", "Date", "Author", "Changes"], [10, 12, 30, 60])
    for i, row in enumerate([
        ("0.1", "18/03/2024", "Safeguarding Business Unit", "Draft from review recommendations"),
        ("1.0", "25/04/2024", "Practice Review Sub-group", "Approved by Gwent Safeguarding Board"),
        ("1.3", "05/02/2025", "Safeguarding Business Unit", "Quarter 3 updates; revised date for 3.1"),
    ], start=2):
        put_row(vc, i, list(row))
    wb.save(path(name))

    write_expected(name, {
        "source": "Imitates the multi-agency action plans that Welsh regional safeguarding boards keep for an Adult "
                  "Practice Review under the Social Services and Well-being (Wales) Act 2014 (Gwent Safeguarding "
                  "Board practice review pages, gwentsafeguarding.org.uk). Copied features: bilingual board name line, "
                  "review reference in the title, a details line, learning-theme rows merged across the table, the "
                  "recommendation text merged down beside its actions, a single Lead column holding posts (some "
                  "'post, organisation', one pair of posts split by '/'), a target cell giving original and revised "
                  "dates, 'Ongoing – reported quarterly', RAG words with fill, a RAG key and closing note, and a "
                  "version-control sheet.",
        "reads": "One action plan table grouped under three learning themes; each recommendation sits in a merged "
                 "cell to the left of its one or two numbered actions. A reader lists six actions, each with its "
                 "lead, target month (the revised one for 3.1) and RAG; the key and version control are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Isle of Wight Council – fostering service development plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def iow():
    name = "zbi-isle-of-wight-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"
    title = "Fostering Service Development Plan 2025-26"
    priorities = [
        ("1. Recruit and retain more Isle of Wight foster carers", [
            ("1.1", "Refresh the fostering recruitment campaign with Island-specific messaging and a presence at the "
                    "County Show and the Isle of Wight Festival.", "Fostering Recruitment Manager", "August 2025",
             "Enquiries up 20% on 2024-25", "Campaign launched May 2025; 61 enquiries in Q1 and Q2.", GREEN),
            ("1.2", "Introduce a foster carer buddy scheme for all newly approved households.",
             "Supervising Social Work Team Manager", "Febuary 2026",
             "Every new household has a named buddy within a month of approval",
             "Eight experienced carers have volunteered as buddies; training booked.", GREEN),
            ("1.3", "Review the fostering allowances and fees scheme against South East regional rates.",
             "Head of Children in Care / Finance Business Partner", "March 2026",
             "Revised scheme agreed by Cabinet", "Benchmarking with South East councils under way.", AMBER),
        ]),
        ("2. Improve stability for children living in foster care", [
            ("2.1", "Deliver therapeutic parenting (PACE) training to all mainstream and connected carers.",
             "Fostering Team Manager", "31/01/2026", "90% of carers trained",
             "Three cohorts completed (46 carers).", GREEN),
            ("2.2", "Hold a stability meeting within five working days when a carer asks for a child to move.",
             "Team Manager, Children in Care", "Ongoing", "Fewer unplanned endings",
             "Meetings held in 7 of 9 cases in Q2.", AMBER),
        ]),
        ("3. Strengthen support for connected persons (kinship) carers", [
            ("3.1", "Complete connected persons assessments within 16 weeks of a child being placed.",
             "Kinship Team Manager", "31/12/2025", "Timeliness above 80%",
             "Average 19 weeks in Q2; additional assessor starts in November.", RED),
            ("3.2", "Launch a kinship carers' support group with a local voluntary sector partner.",
             "Kinship Team Manager", "Nov-25", "Group meeting monthly", "Venue agreed in Newport.", GREEN),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Dev Plan 2025-26"
    ws["A1"] = "Isle of Wight Council – Children's Services"
    ws["A1"].font = Font(bold=True, color=HEAD)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Approved by the Corporate Parenting Board, 10 June 2025. Progress at Quarter 2 "
                "(30 September 2025).")
    header_row(ws, 5, ["Priority", "No.", "What we will do", "Lead", "By when", "How we will know",
                       "Q2 progress", "RAG"], [30, 6, 50, 30, 13, 30, 42, 8])
    r = 6
    typo_row = None
    for pri, rows in priorities:
        first = r
        for (no, text, lead, when, measure, progress, colour) in rows:
            put_row(ws, r, [None, no, text, lead, when, measure, progress, None])
            ws.cell(row=r, column=1).border = BOX
            c = ws.cell(row=r, column=8)
            c.fill = fill(colour)
            c.border = BOX
            if when == "Febuary 2026":
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=first, column=1, value=pri)
        c.font = Font(bold=True)
        c.alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in [(GREEN, "On track"), (AMBER, "Some delay – action in hand"),
                            (RED, "Off track – escalated to Head of Children in Care")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=meaning)
    wb.save(path(name))
    assert typo_row == 7

    write_expected(name, {
        "source": "Imitates the development plan that an English council fostering service appends to its annual "
                  "fostering report under Regulation 35 / NMS 25.7 and reports to its corporate parenting board "
                  "(cf. Leicester and Coventry fostering annual reports 2024/25 listing next-year priorities). Copied "
                  "features: service and plan title lines, an approval/position line, priorities in a merged column "
                  "beside their numbered actions, 'How we will know' success measures, quarterly progress, RAG as "
                  "fill colour only, and a colour key below the table.",
        "reads": "A single-sheet plan of seven actions under three priorities, RAG given only by cell colour. The "
                 "'By when' cell of action 1.2 (sheet row 7) reads 'Febuary 2026', a mistyped month, so a careful "
                 "reader stops and asks what the due date is before reading the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 7,
        "title": title,
    })
    return name, 7


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def bold_header(table, headers, colour="DEEAF6"):
    for i, h in enumerate(headers):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 4. Tower Hamlets – scrutiny review executive response and action plan (docx)
# ---------------------------------------------------------------------------
def tower_hamlets():
    name = "zbi-tower-hamlets-council-scrutiny-review-persistent-absence-action-plan.docx"
    title = ("Scrutiny Review: Persistent Absence and Children Missing Education – Executive Response and "
             "Action Plan")
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    themes = [
        ("Theme A: Identifying and tracking children missing education", [
            ("Recommendation 1 – Create a single register of children missing education, shared with health, "
             "housing and the police and updated weekly.", "Executive response: Agreed.", [
                ("1a", "Develop a single CME register in the Capita One education system, with a weekly extract to "
                       "the MASH.", "Head of Pupil Services / Attendance and Welfare Manager", "Summer term 2025",
                 "Register live from June 2025; weekly extract to the MASH since July.", "B",
                 ["Head of Pupil Services", "Attendance and Welfare Manager"], "2025-07", "Summer term 2025"),
                ("1b", "Agree an information-sharing agreement with Barts Health NHS Trust and the Metropolitan Police "
                       "for CME referrals.", "Information Governance Manager", "September 2025",
                 "Agreement signed by Barts Health. Metropolitan Police sign-off awaited.", "A",
                 ["Information Governance Manager"], "2025-09", None),
            ]),
            ("Recommendation 2 – Strengthen the checks made before children are removed from school rolls, "
             "including children said to have moved abroad.",
             "Executive response: Agreed in part – checks on moves abroad will be limited to cases where the school "
             "holds a destination address.", [
                ("2a", "Require schools to complete the removal-from-roll notification before any child is taken off "
                       "roll, and audit a sample each term.", "Akhtar, Nasima", "Autumn term 2025",
                 "Notification form issued to all schools in April 2025; first termly audit in progress.", "G",
                 ["Akhtar, Nasima"], "2025-12", "Autumn term 2025"),
            ]),
        ]),
        ("Theme B: Reducing persistent absence", [
            ("Recommendation 3 – Expand the attendance mentoring pilot to every secondary school with persistent "
             "absence above the national average.", "Executive response: Agreed.", [
                ("3a", "Extend attendance mentors to the 11 secondary schools above the national persistent absence "
                       "rate.", "Divisional Director, Education and Partnerships", "By 31 July 2025",
                 "Mentors in place in 9 of the 11 schools; two schools start in September.", "A",
                 ["Divisional Director, Education and Partnerships"], "2025-07", None),
                ("3b", "Evaluate the impact of mentoring on attendance using termly data and report the findings to "
                       "the sub-committee.", "Head of Strategy and Performance (Children's Services)", "Q4 2025/26",
                 "Baseline set. First evaluation due after the autumn term.", "G",
                 ["Head of Strategy and Performance (Children's Services)"], "2026-03", "Q4 2025/26"),
            ]),
            ("Recommendation 4 – Work with community and faith organisations to reduce extended holidays taken "
             "in term time.", "Executive response: Agreed.", [
                ("4a", "Co-produce attendance messages with community and faith organisations, in Bengali and "
                       "English, ahead of each holiday period.\nMessages to be shared through mosques, community "
                       "radio and parent networks.",
                 "Community Engagement Manager and Head of Pupil Services", "Ongoing",
                 "Messages issued before the summer 2025 holidays; reach figures being collated.", "G",
                 ["Community Engagement Manager", "Head of Pupil Services"], None, "Ongoing"),
            ]),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("London Borough of Tower Hamlets").bold = True
    doc.add_heading(title, 0)
    doc.add_paragraph("Children and Education Scrutiny Sub-Committee | Review report agreed: 4 December 2024 | "
                      "Executive response: Cabinet, 29 January 2025 | Progress position: October 2025")
    doc.add_heading("Introduction", 2)
    doc.add_paragraph("The sub-committee's review made four recommendations. This document sets out the Executive's "
                      "response to each and the actions officers will take, with progress at October 2025.")
    actions = []
    for theme, recs in themes:
        doc.add_heading(theme, 1)
        for rec, response, rows in recs:
            doc.add_heading(rec, 2)
            doc.add_paragraph(response).runs[0].italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            bold_header(t, ["No.", "Action", "Lead officer", "Timescale", "Update (October 2025)", "RAG"])
            for (ref, text, lead, when, update, rag, lead_r, end_r, end_text) in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, when, update, rag]):
                    c.text = v
                actions.append(act(ref, [theme, rec], text, lead_r, end_r, rag_read[rag], end_text))
            doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some delay, mitigation in place; "
                      "R – significant delay or at risk.")
    doc.add_paragraph("Notes: timescales are given as school terms where the action depends on the school calendar.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates the 'Executive response and action plan' that London councils attach to a scrutiny "
                  "review report when it goes to Cabinet (Tower Hamlets Overview and Scrutiny sub-committee reviews "
                  "follow this pattern: recommendation, Executive response, then actions with lead and timescale). "
                  "Copied features: authority line and title, a meeting-dates line, introduction, themes as Heading 1, "
                  "each recommendation as a Heading 2 with an italic response line, one small action table per "
                  "recommendation, school-term timescales, a surname-first officer, paired leads joined by '/' and "
                  "'and', a B/G/A/R RAG letter and the RAG key as a closing paragraph.",
        "reads": "A Word action plan with two themes and four recommendations, each followed by its own table of "
                 "lettered actions (1a, 1b, ...). A reader lists six actions with lead officers, timescales read as "
                 "months (terms end in July/December, Q4 2025/26 is March 2026) and RAG letters per the key "
                 "(B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Newport City Council – CIW improvement check of children's services (docx)
# ---------------------------------------------------------------------------
def newport():
    name = "zbi-newport-city-council-ciw-childrens-services-improvement-check-action-plan.docx"
    title = "Children's Services – Care Inspectorate Wales Improvement Check: Action Plan"
    colours = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
    principles = [
        ("1. People – voice and control", [
            ("The local authority must ensure children's views are consistently recorded and inform their care and "
             "support plans.", [
                ("1.1", "Introduce a mandatory 'voice of the child' section in the WCCIS care and support plan "
                        "template.", "Service Manager – Quality Assurance", "31/01/2025", "", "blue",
                 ["Service Manager – Quality Assurance"], "2025-01", None),
                ("1.2", "Extend the Mind of My Own app to children on child protection plans, with a target of 60% "
                        "take-up.", "Participation Officer", "31/03/2025", "30/09/2025", "green",
                 ["Participation Officer"], "2025-09", None),
            ]),
            ("Advocacy must be actively offered to children before every initial child protection conference.", [
                ("1.3", "Report the active offer of advocacy for every conference to the Child Protection Review "
                        "Group each quarter.", "Independent Reviewing Service Manager", "Q4 2024/25", "", "amber",
                 ["Independent Reviewing Service Manager"], "2025-03", "Q4 2024/25"),
            ]),
        ]),
        ("2. Prevention", [
            ("Timeliness of assessments at the front door needs to improve so that families receive help without "
             "delay.", [
                ("2.1", "Recruit two additional social workers to the Information, Advice and Assistance (IAA) team.",
                 "Team Manager, IAA", "28/02/2025", "", "blue", ["Team Manager, IAA"], "2025-02", None),
                ("2.2", "Introduce a daily screening huddle with police and health partners to clear contacts within "
                        "24 hours.", "Service Manager – Early Intervention and Prevention", "March 2025", "", "green",
                 ["Service Manager – Early Intervention and Prevention"], "2025-03", None),
            ]),
        ]),
        ("3. Partnerships and integration", [
            ("Multi-agency strategy discussions must consistently include health and education.", [
                ("3.1", "Agree a protocol with Aneurin Bevan University Health Board and schools for attendance at "
                        "strategy discussions, and audit attendance monthly.",
                 "Head of Children's Services / Designated Nurse for Safeguarding Children", "30/04/2025",
                 "31/07/2025", "red",
                 ["Head of Children's Services", "Designated Nurse for Safeguarding Children"], "2025-07", None),
            ]),
        ]),
        ("4. Well-being", [
            ("The local authority should strengthen workforce stability to reduce changes of social worker for "
             "children.", [
                ("4.1", "Implement the regional agency reduction plan, reducing agency social workers from 28% to "
                        "15% of the workforce.", "Strategic Director – Social Services", "Q2 2025/26", "", "amber",
                 ["Strategic Director – Social Services"], "2025-09", "Q2 2025/26"),
            ]),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Cyngor Dinas Casnewydd | Newport City Council").bold = True
    doc.add_heading(title, 0)
    doc.add_paragraph("CIW improvement check carried out 7–10 October 2024; letter published 12 December 2024.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document control", ""), ("Version", "1.3"), ("Owner", "Head of Children's Services"),
                 ("Approved by", "Social Services Senior Leadership Team"), ("Date", "21 January 2025"),
                 ("Next review", "April 2025")]:
        cells = dc.add_row().cells
        cells[0].text = k
        cells[1].text = v
    top = dc.rows[0].cells[0].merge(dc.rows[0].cells[1])
    top.text = ""
    top.paragraphs[0].add_run("Document control").bold = True
    shade(top, "DEEAF6")
    doc.add_paragraph("")
    doc.add_paragraph("The areas for improvement below are taken from the CIW letter and are grouped under the "
                      "principles of the Social Services and Well-being (Wales) Act 2014.")
    actions = []
    for principle, afis in principles:
        doc.add_heading(principle, 1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        bold_header(t, ["Ref", "Area for improvement (CIW)", "What we will do", "Lead officer", "Original target",
                        "Revised target", "Status"])
        for afi, rows in afis:
            first = len(t.rows)
            for (ref, text, lead, orig, rev, status, lead_r, end_r, end_text) in rows:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = lead
                cells[4].text = orig
                cells[5].text = rev
                shade(cells[6], colours[status])
                actions.append(act(ref, [principle, afi], text, lead_r, end_r, status, end_text))
            last = len(t.rows) - 1
            merged = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
            merged.text = afi
        doc.add_paragraph("")
    doc.add_paragraph().add_run("Status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"),
                            (RED, "Off track / at risk")]:
        cells = key.add_row().cells
        shade(cells[0], colour)
        cells[1].text = meaning
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported quarterly to the Corporate Parenting Forum and the "
                      "People Scrutiny Committee.")
    doc.save(path(name))

    write_expected(name, {
        "source": "Imitates a Welsh council's action plan after a Care Inspectorate Wales improvement check of "
                  "children's services (CIW's follow-up to a performance evaluation inspection under the Code of "
                  "Practice for Review of Local Authority Social Services; councils take these plans to scrutiny and "
                  "corporate parenting). Copied features: bilingual authority line, title, check dates, a document "
                  "control table, one table per Act principle under a numbered heading, the CIW area for improvement "
                  "merged down beside its actions, original and revised targets, status shown only by cell shading "
                  "with a shaded status key table, and a reporting note.",
        "reads": "Four principle sections, each with a table of numbered actions answering CIW areas for improvement. "
                 "A reader lists seven actions; the status column has no words, so the colour (with the key: blue "
                 "complete, green on track, amber slippage, red off track) is the status, and a revised target, where "
                 "given, is the due month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Powys Public Services Board – well-being plan delivery tracker (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def powys():
    name = "zbi-powys-psb-well-being-plan-delivery-tracker-2025-26.csv"
    title = "Powys Public Services Board – Well-being Plan 2023-2028: Delivery Tracker 2025/26 (Quarter 2)"
    o1 = "People in Powys will live happy, healthy, and safe lives"
    o2 = "Powys is a county of sustainable places and communities"
    o3 = "An increasingly effective Public Service for the people of Powys"
    s1, s2, s3 = ("A Whole System Approach to Healthy Weight", "Responding to the Climate Emergency",
                  "Evidence and Insight")
    st_read = {"On track": "green", "Amber": "amber", "Complete": "blue", "Not started": "unrated"}
    rows = [
        (o1, s1, "HW01", "Roll out the Daily Mile and active travel to school in all primary schools in the "
                         "Welshpool and Newtown clusters.",
         "Powys County Council; Powys Teaching Health Board", "31/03/2026", "18 of 24 schools signed up.",
         "On track", ["Powys County Council", "Powys Teaching Health Board"], "2026-03", None),
        (o1, s1, "HW02", "Agree a healthy food standard for public sector catering across PSB partners.",
         "Powys Teaching Health Board", "Q4 2025/26", "Draft standard out for partner comment; catering leads "
                                                      "meeting in November.",
         "Amber", ["Powys Teaching Health Board"], "2026-03", "Q4 2025/26"),
        (o1, s1, "HW03", "Map community food growing and surplus food projects and publish a directory.\n"
                         "Directory to be hosted on the PAVO Community Connectors pages.",
         "PAVO", "Sept 2025 – March 2026", "Mapping complete in north Powys; south Powys under way.",
         "On track", ["PAVO"], "2026-03", "Sept 2025 – March 2026"),
        (o2, s2, "CE01", "Publish a PSB decarbonisation route map for partners' fleets and buildings.",
         "Powys County Council & Natural Resources Wales", "Jun-25", "Route map approved by the PSB in July 2025.",
         "Complete", ["Powys County Council", "Natural Resources Wales"], "2025-06", None),
        (o2, s2, "CE02", "Deliver nature recovery projects on public land at 10 sites through the Local Nature "
                         "Partnership.",
         "Natural Resources Wales", "31/03/2027", "Six sites identified; baseline surveys under way.",
         "On track", ["Natural Resources Wales"], "2027-03", None),
        (o2, s2, "CE03", "Develop a joint flood and wildfire resilience programme with upland communities.",
         "Mid and West Wales Fire and Rescue Service / Dyfed-Powys Police", "Mar-26",
         "Awaiting the outcome of the Shared Prosperity Fund bid.", "Not started",
         ["Mid and West Wales Fire and Rescue Service", "Dyfed-Powys Police"], "2026-03", None),
        (o3, s3, "EI01", "Maintain a shared Powys well-being data observatory, with partner data refreshed every "
                         "quarter.",
         "Powys County Council", "Ongoing", "Observatory live; Q2 refresh complete.", "On track",
         ["Powys County Council"], None, "Ongoing"),
        (o3, s3, "EI02", "Run a joint community engagement exercise to inform the next Well-being Assessment.",
         "Powys County Council; PAVO; Powys Teaching Health Board", "30/09/2026",
         "Engagement plan drafted for PSB approval in December.", "On track",
         ["Powys County Council", "PAVO", "Powys Teaching Health Board"], "2026-09", None),
    ]
    ncol = 8
    lines = [csv_field(title) + "," * (ncol - 1), "," * (ncol - 1),
             ",".join(["Well-being objective", "Step", "Action ID", "Action", "Lead partner(s)", "Due date",
                       "Q2 update", "Status"])]
    actions = []
    for (o, s, ref, text, lead, due, upd, st, lead_r, end_r, end_text) in rows:
        lines.append(",".join(csv_field(v) for v in [o, s, ref, text, lead, due, upd, st]))
        actions.append(act(ref, [o, s], text, lead_r, end_r, st_read[st], end_text))
    lines += ["," * (ncol - 1),
              csv_field("Status: Complete / On track / Amber (some delay) / Red (off track) / Not started")
              + "," * (ncol - 1),
              csv_field("Source: PSB programme office tracker, exported 14/10/2025") + "," * (ncol - 1)]
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a Public Services Board well-being plan delivery tracker exported from Excel to CSV, "
                  "following the Powys PSB Well-being Plan 2023-28 ('a Fair, Sustainable and Healthy Powys': three "
                  "objectives and the Steps Responding to the Climate Emergency, A Whole System Approach to Healthy "
                  "Weight, and Evidence and Insight; Powys PSB annual report 2023/24, powys.gov.uk). Copied features: "
                  "title line padded with commas, objective and step repeated on every row, action IDs, partner "
                  "organisations as leads (joined by ';', '&' and '/'), mixed due-date forms (dd/mm/yyyy, Jun-25, "
                  "Q4 2025/26, a period, Ongoing), a quoted multi-line action, status words and a status/source "
                  "footer.",
        "reads": "A flat tracker of eight actions, each row carrying its well-being objective and step. A reader "
                 "takes the objective and step as the headings, the lead partner(s), the due month (end of a quarter "
                 "or period; none for Ongoing) and the status word, ignoring the title and footer lines.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Hartlepool Borough Council – fostering service development plan (tab-delimited txt)
# ---------------------------------------------------------------------------
def tsv_field(v):
    if any(ch in v for ch in ["\t", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def hartlepool():
    name = "zbi-hartlepool-borough-council-fostering-service-development-plan-2025-26.txt"
    title = "Fostering Service Development Plan 2025/26"
    st_read = {"C": "blue", "G": "green", "A": "amber", "R": "red", "NS": "unrated"}
    p1 = "PRIORITY 1: SUFFICIENCY – MORE HARTLEPOOL FOSTER CARERS"
    p2 = "PRIORITY 2: QUALITY OF CARE AND PLACEMENT STABILITY"
    p3 = "PRIORITY 3: STAYING PUT AND TRANSITIONS TO ADULTHOOD"
    o11 = "Objective 1.1: Increase approved mainstream fostering households from 58 to 66 by March 2026"
    o12 = "Objective 1.2: Retain experienced foster carers"
    o21 = "Objective 2.1: Strengthen training and development for foster carers"
    o22 = "Objective 2.2: Reduce unplanned endings for children in foster care"
    o31 = "Objective 3.1: Support more young people to stay with their foster carers after 18"
    plan = [
        ("P", p1), ("O", o11),
        ("A", ("1.1.1", "Deliver a year-round recruitment campaign with the Tees Valley fostering partners, including "
                        "Foster Care Fortnight events.", "Fostering Recruitment Officer", "Apr-25", "Mar-26",
               "Campaign running; 7 households in assessment.", "G", ["Fostering Recruitment Officer"], "2026-03",
               None)),
        ("A", ("1.1.2", "Introduce a 'refer a friend' payment of £500 for existing foster carers.",
               "Head of Service, Children in Our Care", "Apr-25", "Jun-25", "Scheme launched 1 June 2025.", "C",
               ["Head of Service, Children in Our Care"], "2025-06", None)),
        ("O", o12),
        ("A", ("1.2.1", "Review the foster carer support offer with the Hartlepool Foster Carers' Association, "
                        "including:\n- the out of hours support line\n- respite arrangements",
               "Fostering Team Manager / Chair, Foster Carers' Association", "May-25", "Dec-25",
               "Three consultation sessions held; proposals to the Association in November.", "G",
               ["Fostering Team Manager", "Chair, Foster Carers' Association"], "2025-12", None)),
        ("A", ("1.2.2", "Uplift fees and allowances in line with the national minimum allowance for 2025/26.",
               "Finance Manager (Children's)", "Apr-25", "30/04/2025", "Paid from April 2025.", "C",
               ["Finance Manager (Children's)"], "2025-04", None)),
        ("P", p2), ("O", o21),
        ("A", ("2.1.1", "Run the Skills to Foster pre-approval course every quarter and complete the TSD standards "
                        "with all new carers within 12 months of approval.",
               "Learning and Development Officer (Fostering)", "Apr-25", "Ongoing",
               "Two courses delivered; all 2024/25 carers on track for TSD.", "G",
               ["Learning and Development Officer (Fostering)"], None, "Ongoing")),
        ("A", ("2.1.2", "Introduce therapeutic parenting training for carers of children aged 11 and over, with the "
                        "Virtual School.", "Fostering Team Manager and Virtual School Headteacher", "Sep-25",
               "Summer term 2026", "Training provider being commissioned.", "NS",
               ["Fostering Team Manager", "Virtual School Headteacher"], "2026-07", "Summer term 2026")),
        ("O", o22),
        ("A", ("2.2.1", "Hold a stability meeting within 5 working days whenever a risk of placement disruption is "
                        "identified.", "Supervising Social Workers", "Apr-25", "Ongoing",
               "Audit in September: 80% held within timescale.", "A", ["Supervising Social Workers"], None,
               "Ongoing")),
        ("P", p3), ("O", o31),
        ("A", ("3.1.1", "Review the Staying Put policy and allowances for young people aged 18 to 21.",
               "Team Manager, Leaving Care", "Jul-25", "Jan-26",
               "Draft policy to the Corporate Parenting Board in November.", "G", ["Team Manager, Leaving Care"],
               "2026-01", None)),
    ]
    ncol = 7
    pad = "\t" * (ncol - 1)
    lines = ["Hartlepool Borough Council" + pad, title + pad,
             "Appendix 2 to the Fostering Service Annual Report 2024/25 (Regulation 35)" + pad,
             "Updated: 14/10/2025" + pad, pad,
             "Status key: C = Complete, G = On track, A = At risk of slipping, R = Off track, NS = Not started" + pad,
             pad,
             "\t".join(["Ref", "Action", "Lead", "Start", "Target completion", "Progress / comments", "Status"])]
    actions = []
    cur_p = cur_o = None
    for kind, item in plan:
        if kind == "P":
            cur_p = item
            lines.append(item + pad)
        elif kind == "O":
            cur_o = item
            lines.append(item + pad)
        else:
            ref, text, lead, start, end, prog, st, lead_r, end_r, end_text = item
            lines.append("\t".join(tsv_field(v) for v in [ref, text, lead, start, end, prog, st]))
            actions.append(act(ref, [cur_p, cur_o], text, lead_r, end_r, st_read[st], end_text))
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates the development plan appended to a council fostering service's annual report "
                  "(Fostering Services (England) Regulations 2011, reg. 35; NMS 25.7), saved from Excel as "
                  "tab-delimited text. Copied features: council and plan title lines, an appendix line and update "
                  "date, a status-letter key above the table (C/G/A/R/NS), priorities in capitals and objectives as "
                  "full-width lines above numbered actions, start and target completion columns, a quoted multi-line "
                  "action with hyphen bullets, paired leads joined by '/' and 'and', a school-term target and "
                  "Ongoing targets.",
        "reads": "A tab-separated plan with three priorities, each with objectives and three-part numbered actions. "
                 "A reader lists eight actions under their priority and objective, takes the target completion (not "
                 "the start) as the due month and reads the status letters by the key (C = complete, NS = not "
                 "started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (bucks, gwent, iow, tower_hamlets, newport, powys, hartlepool):
        n, k = fn()
        print(f"{n}: {k} actions")
