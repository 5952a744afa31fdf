#!/usr/bin/env python
"""Generate the y-* blind cases in this folder (files + .expected.yaml).

Run:  /work/main/.venv/bin/python y_make.py
Every expected reading below is written out by hand (ends, leads, statuses are not derived by code).
"""
import csv
import io
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_csv(rows, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=quoting)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def save(name, text, encoding, expected):
    path = os.path.join(HERE, name)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))
    with open(path + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(expected, f, sort_keys=False, allow_unicode=True, width=10000)
    # check it parses back
    with open(path + ".expected.yaml", encoding="utf-8") as f:
        back = yaml.safe_load(f)
    assert back == expected, name
    print(name, encoding, len(expected.get("actions", [])), "actions", expected["outcome"],
          expected.get("refuse_at", ""))


def line_of(text, token):
    """1-based physical line number (LF-separated) of the single line holding token."""
    hits = [i + 1 for i, ln in enumerate(text.split("\n")) if token in ln]
    assert len(hits) == 1, (token, hits)
    return hits[0]


# ---------------------------------------------------------------------------
# 1. Excel "CSV (Comma delimited)" save of an ILACS improvement plan workbook:
#    title lines, theme rows and recommendation rows, cp1252, CRLF, key + summary at foot.
# ---------------------------------------------------------------------------
def case1():
    T1 = "Theme 1: Leadership, management and oversight"
    R1 = "Recommendation 1: Leaders' grip on frontline practice through accurate performance information"
    T2 = "Theme 2: Help and protection"
    R2 = "Recommendation 2: The timeliness and quality of strategy meetings and section 47 enquiries"
    T3 = "Theme 3: Children in care and care leavers"
    R3 = "Recommendation 3: Sufficiency of local placements and timeliness of permanence planning"
    R4 = "Recommendation 4: The quality of pathway plans for care leavers"
    rows = [
        ["Northmoor Borough Council \u2013 Children\u2019s Services Improvement Plan 2025/26", "", "", "", "", ""],
        ["Response to the Ofsted ILACS inspection, January 2025 (Version 3, updated 14/07/2025)", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead officer", "Target date", "RAG status", "Progress update (June 2025)"],
        [T1, "", "", "", "", ""],
        [R1, "", "", "", "", ""],
        ["1.1", "Refresh the Corporate Parenting Strategy with care experienced young people and present it to Cabinet",
         "Director of Children's Services", "31/03/2025", "Complete", "Approved by Cabinet 18 March 2025."],
        ["1.2", "Introduce a monthly performance clinic chaired by the DCS, covering caseloads, visits and supervision",
         "DCS / Head of Performance", "Apr-25", "Green", "Clinics held April, May and June."],
        ["1.3", "Ensure the Improvement Board receives a quarterly audit report, with actions tracked to completion",
         "AD Quality & Safeguarding", "Q4 2024/25", "Amber", "First report delayed to May board; now on the forward plan."],
        [T2, "", "", "", "", ""],
        [R2, "", "", "", "", ""],
        ["2.1", "Revise the strategy meeting template so that police, health and education attendance is recorded",
         "Service Manager (MASH)", "end of March 2025", "Green", "New template live from 24 March."],
        ["2.2", "Audit 40 section 47 enquiries to test the quality of risk analysis, and share learning at practice week",
         "Principal Social Worker", "Jun-25", "Red", "Only 22 audits completed; auditor capacity reduced."],
        ["2.3", 'Deliver "Signs of Safety" safety planning training to all frontline managers',
         "PSW, Workforce Development Lead", "30/09/2025", "Amber", "Cohort 1 trained (18 managers)."],
        [T3, "", "", "", "", ""],
        [R3, "", "", "", "", ""],
        ["3.1", "Open two new in-house children's homes (4 beds each)", "Head of Placements", "Dec-25", "Amber",
         "Planning permission granted for home 1; home 2 site not yet secured."],
        ["3.2", "Recruit 25 additional foster carers through the regional fostering hub", "Fostering Service Manager",
         "Mar-26", "Green", "9 households approved, 11 in assessment."],
        ["3.3", "Track every child with a plan of permanence at the monthly permanence panel", "Head of Children in Care",
         "Ongoing", "Green", ""],
        [R4, "", "", "", "", ""],
        ["4.1", "Co-produce a new pathway plan format with the Care Leavers' Forum", "Leaving Care Team Manager",
         "Q2 2025/26", "Complete", "Format launched at the Forum in June."],
        ["4.2", "Ensure all care leavers aged 18\u201321 have a pathway plan reviewed in the last 6 months",
         "Leaving Care Team Manager", "31/03/2026", "", ""],
        ["4.3", "Publish the updated Local Offer for care leavers on the council website",
         "Head of Children in Care; Comms Team", "Sept 2025", "Amber", "Draft with legal."],
        ["", "", "", "", "", ""],
        ["Key:", "Red = not on track; Amber = some slippage; Green = on track; Complete = action achieved", "", "", "", ""],
        ["Summary", "Total actions: 12", "Complete: 2", "Green: 4", "Amber: 4", "Red: 1 (Not rated: 1)"],
    ]
    text = write_csv(rows)
    actions = [
        A("1.1", [T1, R1], rows[6][1], ["Director of Children's Services"], "2025-03", "blue"),
        A("1.2", [T1, R1], rows[7][1], ["DCS", "Head of Performance"], "2025-04", "green"),
        A("1.3", [T1, R1], rows[8][1], ["AD Quality & Safeguarding"], "2025-03", "amber", "Q4 2024/25"),
        A("2.1", [T2, R2], rows[11][1], ["Service Manager (MASH)"], "2025-03", "green"),
        A("2.2", [T2, R2], rows[12][1], ["Principal Social Worker"], "2025-06", "red"),
        A("2.3", [T2, R2], rows[13][1], ["PSW", "Workforce Development Lead"], "2025-09", "amber"),
        A("3.1", [T3, R3], rows[16][1], ["Head of Placements"], "2025-12", "amber"),
        A("3.2", [T3, R3], rows[17][1], ["Fostering Service Manager"], "2026-03", "green"),
        A("3.3", [T3, R3], rows[18][1], ["Head of Children in Care"], None, "green", "Ongoing"),
        A("4.1", [T3, R4], rows[20][1], ["Leaving Care Team Manager"], "2025-09", "blue", "Q2 2025/26"),
        A("4.2", [T3, R4], rows[21][1], ["Leaving Care Team Manager"], "2026-03", "unrated"),
        A("4.3", [T3, R4], rows[22][1], ["Head of Children in Care", "Comms Team"], "2025-09", "amber"),
    ]
    exp = {
        "source": "Invented plan imitating a council's ILACS post-inspection improvement plan kept in Excel and saved "
                  "as 'CSV (Comma delimited)' (Windows-1252, CRLF): two title lines, a header row, theme rows and "
                  "recommendation rows spanning the sheet, numbered actions, a RAG key and a summary row at the foot.",
        "reads": "A children's services improvement plan after an ILACS inspection: three themes, four recommendations "
                 "and twelve numbered actions with lead, target date (dd/mm/yyyy, Mmm-yy, 'Q4 2024/25', words) and a "
                 "RAG word where Complete means achieved. The key and summary rows at the bottom are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": rows[0][0],
        "actions": actions,
    }
    save("y-excel-themes.csv", text, "cp1252", exp)


# ---------------------------------------------------------------------------
# 2. Semicolon CSV (Excel, European list separator) with the header split over two lines,
#    UTF-8 with BOM; original and revised dates as 31.03.25. One revised date reads 31.03.52.
# ---------------------------------------------------------------------------
def case2():
    PA1 = "Priority action 1: Leaders should improve the timeliness of EHC needs assessments and the quality of EHC plans"
    PA2 = "Priority action 2: Leaders should strengthen joint commissioning of speech and language therapy"
    AFI1 = "Area for improvement 1: Preparation for adulthood planning from Year 9"
    rows = [
        ["Kingsbury Local Area SEND Partnership \u2013 Priority Action Plan", "", "", "", "", "", "", ""],
        ["Response to the Ofsted and CQC area SEND inspection (report published 12 November 2024)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Area for", "Action to be taken", "Lead", "Original target", "Revised target", "RAG", "Comments"],
        ["", "improvement", "", "officer(s)", "date", "date", "rating", ""],
        ["PA1.1", PA1, "Recruit four additional EHC coordinators and two educational psychologists", "Head of SEND",
         "31.01.25", "31.03.25", "G", "All posts filled by March"],
        ["PA1.2", PA1, "Introduce weekly multi-agency EHC panel with health and social care decision makers",
         "Head of SEND / Designated Clinical Officer", "28.02.25", "", "B", ""],
        ["PA1.3", PA1, "Audit 10% of new EHC plans each term against the partnership quality standard\n"
                       "Share findings with the SEND Partnership Board", "SEND Quality Lead", "31.03.25", "30.06.25", "A",
         "Audit tool agreed; first cycle under way"],
        ["PA1.4", PA1, "Reduce the backlog of annual reviews older than 12 months to zero", "SEND Casework Manager",
         "31.03.25", "31.03.52", "R", "Backlog 312 at end of May"],
        ["PA2.1", PA2, "Agree a joint SLT commissioning specification with the ICB", "Joint Commissioning Manager",
         "30.04.25", "", "A", ""],
        ["PA2.2", PA2, "Commission an additional 1.5 FTE speech and language therapists for early years",
         "ICB Children's Commissioner", "30.06.25", "30.09.25", "A", "Funding confirmed, recruitment started"],
        ["AFI1.1", AFI1, "Add a preparation for adulthood section to every Year 9 annual review",
         "SEND Casework Manager", "31.07.25", "", "G", ""],
        ["AFI1.2", AFI1, "Launch a supported internship offer with two further education colleges", "14-25 Lead",
         "31.08.25", "", "", "Not started"],
    ]
    text = write_csv(rows, delimiter=";", lineterminator="\r\n")
    ref_line = line_of(text.replace("\r\n", "\n"), "31.03.52")
    exp = {
        "source": "Invented plan imitating a local area SEND partnership Priority Action Plan after an Ofsted/CQC area "
                  "SEND inspection, exported from Excel with a European list separator (semicolon CSV, UTF-8 with BOM, "
                  "CRLF); the column headings are split over two lines, and there are original and revised target "
                  "dates written 31.03.25.",
        "reads": "A SEND priority action plan of eight actions under two priority actions and one area for improvement, "
                 "with original and revised target dates and RAG letters. Action PA1.4 has a revised target date of "
                 "31.03.52, a year decades away from every other date in a 2025 plan (almost certainly 31.03.25 or a "
                 "later 2025/26 date mistyped), so its due month cannot be read; a careful person would ask.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": ref_line,
        "title": rows[0][0],
    }
    save("y-split-header.csv", text, "utf-8-sig", exp)


# ---------------------------------------------------------------------------
# 3. monday.com board export (board name line, group name lines, header repeated per group),
#    UTF-8 no BOM, every field quoted, LF line ends; Timeline column as a date range.
# ---------------------------------------------------------------------------
def case3():
    G1 = "Governance and leadership"
    G2 = "Assessment and planning"
    G3 = "Education, training and employment"
    hdr = ["Name", "Person", "RAG", "Timeline", "Notes", "Item ID"]
    rows = [
        ["Youth Justice Service Improvement Plan 2025 (HMIP inspection)"],
        [],
        [G1],
        hdr,
        ["Review the Youth Justice Partnership Board terms of reference and membership", "Marcus Bell",
         "Complete", "2025-01-06 - 2025-02-28", "Signed off at February board", "1849203311"],
        ["Create a board performance dashboard covering reoffending, ETE and custody", "Dana Whitfield, Omar Haddad",
         "Green", "2025-02-03 - 2025-05-30", "", "1849203327"],
        ["Deliver a board development session led by the inspectorate's effective practice guide", "Marcus Bell",
         "Amber", "2025-03-03 - 2025-07-31", "Date moved to July due to purdah", "1849203342"],
        [],
        [G2],
        hdr,
        ["Embed AssetPlus quality assurance so that every assessment is countersigned within 10 working days",
         "Head of Youth Justice", "Red", "2025-01-13 - 2025-04-30", "Countersign rate 61% in April", "1849203360"],
        ["Train case managers in contextual safeguarding and exploitation risk assessment",
         "Priya Shah", "Green", "2025-02-10 - 2025-06-27", "", "1849203378"],
        ["Introduce child-friendly intervention plans co-written with the child",
         "Priya Shah, Participation Officer", "", "2025-05-01 - 2025-09-30", "", "1849203391"],
        ["Agree victim liaison standards with the police and restorative justice provider",
         "Victim Liaison Officer", "Amber", "", "Awaiting police sign-off", "1849203405"],
        [],
        [G3],
        hdr,
        ["Appoint a dedicated ETE worker within the YJS team", "Omar Haddad", "Complete",
         "2025-01-06 - 2025-03-31", "In post from 17 March", "1849203418"],
        ["Share weekly attendance data for all school-age children open to the YJS with the virtual school",
         "Omar Haddad", "Green", "2025-02-03 - 2025-04-25", "", "1849203433"],
        ["Secure 10 work placements for 16-17 year olds through the council's apprenticeship levy",
         "Dana Whitfield", "Amber", "2025-04-01 - 2026-03-31", "4 secured so far", "1849203447"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for r in rows:
        if r:
            w.writerow(r)
        else:
            buf.write("\n")
    text = buf.getvalue()
    actions = [
        A(None, [G1], rows[4][0], ["Marcus Bell"], "2025-02", "blue", "2025-01-06 - 2025-02-28"),
        A(None, [G1], rows[5][0], ["Dana Whitfield", "Omar Haddad"], "2025-05", "green", "2025-02-03 - 2025-05-30"),
        A(None, [G1], rows[6][0], ["Marcus Bell"], "2025-07", "amber", "2025-03-03 - 2025-07-31"),
        A(None, [G2], rows[10][0], ["Head of Youth Justice"], "2025-04", "red", "2025-01-13 - 2025-04-30"),
        A(None, [G2], rows[11][0], ["Priya Shah"], "2025-06", "green", "2025-02-10 - 2025-06-27"),
        A(None, [G2], rows[12][0], ["Priya Shah", "Participation Officer"], "2025-09", "unrated", "2025-05-01 - 2025-09-30"),
        A(None, [G2], rows[13][0], ["Victim Liaison Officer"], None, "amber"),
        A(None, [G3], rows[17][0], ["Omar Haddad"], "2025-03", "blue", "2025-01-06 - 2025-03-31"),
        A(None, [G3], rows[18][0], ["Omar Haddad"], "2025-04", "green", "2025-02-03 - 2025-04-25"),
        A(None, [G3], rows[19][0], ["Dana Whitfield"], "2026-03", "amber", "2025-04-01 - 2026-03-31"),
    ]
    exp = {
        "source": "Invented plan imitating a youth justice service's post-HMIP-inspection improvement plan kept on a "
                  "monday.com board and exported: the board name on the first line, then each group's name on its own "
                  "line followed by a repeated header row (Name, Person, RAG status column, Timeline range, Notes, Item "
                  "ID); UTF-8 without BOM, every field quoted, LF line ends.",
        "reads": "A youth justice improvement plan of ten actions in three groups, with no action refs (the Item ID "
                 "is a system number), people as 'Name, Name', a RAG column using Complete for finished items, and "
                 "a timeline range whose end date is the due date; one item has no timeline.",
        "outcome": "read",
        "accept_refusal": False,
        "title": rows[0][0],
        "actions": actions,
    }
    save("y-monday-board.csv", text, "utf-8", exp)


# ---------------------------------------------------------------------------
# 4. Pentana (Ideagen) action list export with parent rows (theme -> recommendation -> action),
#    saved from Excel as 'Unicode Text' (UTF-16 LE with BOM, tab, CRLF); ISO timestamps;
#    Original Due Date and Due Date (revised).
# ---------------------------------------------------------------------------
def case4():
    T1 = "Early help and the front door"
    R11 = "Thresholds are consistently applied at the front door"
    R12 = "Early help assessments are timely and lead to plans that make a difference"
    T2 = "Workforce"
    R21 = "Caseloads allow social workers to do meaningful direct work"
    hdr = ["Code", "Title", "Parent Code", "Assigned To", "Original Due Date", "Due Date", "Status", "Progress",
           "Latest Note"]
    ts = lambda d: d + "T00:00:00"
    rows = [
        hdr,
        ["CS-IP-01", T1, "", "Fiona McLeod", ts("2025-03-31"), ts("2026-03-31"), "Amber", "55%", ""],
        ["CS-IP-01.1", R11, "CS-IP-01", "Fiona McLeod", ts("2025-03-31"), ts("2025-09-30"), "Amber", "60%", ""],
        ["CS-IP-01.1.01", "Publish a revised multi-agency threshold document agreed by the safeguarding partnership",
         "CS-IP-01.1", "Fiona McLeod; Raj Patel", ts("2025-01-31"), ts("2025-01-31"), "Completed", "100%",
         "Published on the partnership website 27/01/2025"],
        ["CS-IP-01.1.02", "Dip-sample 30 contacts a month to test threshold decisions, with partner agencies",
         "CS-IP-01.1", "MASH Team Manager", ts("2025-02-28"), ts("2025-06-30"), "Green", "70%", ""],
        ["CS-IP-01.1.03", "Deliver threshold briefings to schools' designated safeguarding leads",
         "CS-IP-01.1", "O'Neill, Siobhan", ts("2025-03-31"), ts("2025-07-31"), "Amber", "40%",
         "Two of five locality briefings held"],
        ["CS-IP-01.2", R12, "CS-IP-01", "Head of Early Help", ts("2025-06-30"), ts("2026-03-31"), "Green", "45%", ""],
        ["CS-IP-01.2.01", "Introduce a 20 working day timescale for early help assessments and report it monthly",
         "CS-IP-01.2", "Head of Early Help", ts("2025-04-30"), ts("2025-04-30"), "Green", "80%", ""],
        ["CS-IP-01.2.02", "Train lead professionals in schools and health in writing outcome-focused early help plans",
         "CS-IP-01.2", "Early Help Partnership Manager", ts("2025-06-30"), ts("2025-12-31"), "Red", "20%",
         "Training provider contract not yet let"],
        ["CS-IP-01.2.03", "Audit step-down cases from social care to early help quarterly",
         "CS-IP-01.2", "Head of Early Help", ts("2025-06-30"), ts("2026-03-31"), "Not Started", "0%", ""],
        ["CS-IP-02", T2, "", "Raj Patel", ts("2025-09-30"), ts("2026-03-31"), "Amber", "50%", ""],
        ["CS-IP-02.1", R21, "CS-IP-02", "Raj Patel", ts("2025-09-30"), ts("2026-03-31"), "Amber", "50%", ""],
        ["CS-IP-02.1.01", "Agree a caseload cap of 18 children for social workers in assessment teams",
         "CS-IP-02.1", "Raj Patel", ts("2025-02-28"), ts("2025-02-28"), "Completed", "100%", "Agreed at SLT"],
        ["CS-IP-02.1.02", "Recruit 12 permanent social workers to replace agency staff",
         "CS-IP-02.1", "HR Business Partner; Raj Patel", ts("2025-09-30"), ts("2026-03-31"), "Amber", "35%",
         "5 appointed; market supplement agreed"],
        ["CS-IP-02.1.03", "Launch an ASYE academy with a protected caseload in the first six months",
         "CS-IP-02.1", "Principal Social Worker", ts("2025-09-01"), ts("2025-09-01"), "Green", "60%", ""],
        ["CS-IP-02.1.04", "Publish caseload data by team on the monthly performance scorecard",
         "CS-IP-02.1", "Performance and Intelligence Manager", ts("2025-03-31"), ts("2025-05-31"), "Red", "10%",
         "Data quality issues in the case management system"],
    ]
    text = write_csv(rows, delimiter="\t", lineterminator="\r\n")
    actions = [
        A("CS-IP-01.1.01", [T1, R11], rows[3][1], ["Fiona McLeod", "Raj Patel"], "2025-01", "blue"),
        A("CS-IP-01.1.02", [T1, R11], rows[4][1], ["MASH Team Manager"], "2025-06", "green"),
        A("CS-IP-01.1.03", [T1, R11], rows[5][1], ["O'Neill, Siobhan"], "2025-07", "amber"),
        A("CS-IP-01.2.01", [T1, R12], rows[7][1], ["Head of Early Help"], "2025-04", "green"),
        A("CS-IP-01.2.02", [T1, R12], rows[8][1], ["Early Help Partnership Manager"], "2025-12", "red"),
        A("CS-IP-01.2.03", [T1, R12], rows[9][1], ["Head of Early Help"], "2026-03", "unrated"),
        A("CS-IP-02.1.01", [T2, R21], rows[12][1], ["Raj Patel"], "2025-02", "blue"),
        A("CS-IP-02.1.02", [T2, R21], rows[13][1], ["HR Business Partner", "Raj Patel"], "2026-03", "amber"),
        A("CS-IP-02.1.03", [T2, R21], rows[14][1], ["Principal Social Worker"], "2025-09", "green"),
        A("CS-IP-02.1.04", [T2, R21], rows[15][1], ["Performance and Intelligence Manager"], "2025-05", "red"),
    ]
    exp = {
        "source": "Invented plan imitating a children's services improvement plan held in the Pentana (Ideagen) "
                  "performance system and exported to Excel, then saved as 'Unicode Text' (UTF-16 LE with BOM, "
                  "tab-separated, CRLF): a flat list where theme and recommendation parent rows sit among the actions "
                  "and a Parent Code column gives the tree, dates are ISO timestamps, and there are Original Due Date "
                  "and (revised) Due Date columns.",
        "reads": "A three-level tree: two themes, three recommendations under them, and ten actions (codes with three "
                 "levels) under the recommendations. Parent rows carry roll-up dates and statuses but are headings, "
                 "not actions. The due month is the (revised) Due Date; Status gives the RAG, Completed for finished "
                 "actions and Not Started for one.",
        "outcome": "read",
        "accept_refusal": False,
        "actions": actions,
    }
    save("y-pentana-actions.txt", text, "utf-16", exp)


# ---------------------------------------------------------------------------
# 5. Word table pasted into Excel and saved as 'Text (Tab delimited)': cp1252, CRLF rows,
#    in-cell paragraph marks kept as LF inside quoted cells, merged 'Area for improvement'
#    cells only in the first row of each group, school terms as target dates, RAG letters + key.
# ---------------------------------------------------------------------------
def case5():
    AF1 = ("Improve the attendance of children looked after, particularly those placed out of the area")
    AF2 = ("Ensure Personal Education Plans (PEPs) are consistently of high quality\n"
           "and lead to measurable progress")
    AF3 = "Strengthen the Virtual School\u2019s work with children with a social worker (extended duties)"
    rows = [
        ["Ashworth County Council \u2013 Virtual School Post-Inspection Action Plan 2024\u201325", "", "", "", "", ""],
        ["Prepared following the Ofsted ILACS inspection (June 2024). Owner: Virtual School Head", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["No.", "Area for improvement", "Actions", "Who", "When", "RAG"],
        ["1", AF1,
         "Daily attendance monitoring for all CLA through the commissioned attendance service\n"
         "\u2022 follow up any absence on the same day\n"
         "\u2022 escalate persistent absence to the Virtual School Head",
         "Virtual School Head", "Autumn term 2024", "G"],
        ["2", "", "Agree attendance protocols with the 12 authorities where most out-of-area children are placed",
         "Deputy Virtual School Head", "Spring term 2025", "A"],
        ["3", "", "Report attendance of children looked after to the Corporate Parenting Panel",
         "Virtual School Head / Head of Children in Care", "Termly", "G"],
        ["4", AF2,
         "Introduce a revised ePEP with SMART targets and a \u201cchild\u2019s voice\u201d section",
         "ePEP Lead", "Sept 2024 \u2013 Dec 2024", "B"],
        ["5", "", "Quality assure 100% of PEPs each term and return those graded \u2018requires improvement\u2019 to schools",
         "Virtual School Education Advisers", "Spring term 2025", "A"],
        ["6", "", "Train designated teachers and social workers together on PEP meetings\n"
                  "(two twilight sessions per term)",
         "Deputy Virtual School Head and ePEP Lead", "Summer term 2025", "R"],
        ["7", AF3, "Publish guidance for schools on promoting the education of children with a social worker",
         "Virtual School Head", "31/01/2025", "B"],
        ["8", "", "Provide advice line and casework support for children on child in need and child protection plans",
         "Education Advisers", "Ongoing", "G"],
        ["9", "", "Analyse attainment of children with a social worker at KS2 and KS4 and report to schools forum",
         "Data Officer", "Summer term 2025", ""],
        ["", "", "", "", "", ""],
        ["RAG key:", "R = not started / at risk", "A = in progress, some slippage", "G = on track",
         "B = complete", ""],
    ]
    text = write_csv(rows, delimiter="\t", lineterminator="\r\n")
    actions = [
        A("1", [AF1], rows[4][2], ["Virtual School Head"], "2024-12", "green", "Autumn term 2024"),
        A("2", [AF1], rows[5][2], ["Deputy Virtual School Head"], "2025-04", "amber", "Spring term 2025"),
        A("3", [AF1], rows[6][2], ["Virtual School Head", "Head of Children in Care"], None, "green", "Termly"),
        A("4", [AF2], rows[7][2], ["ePEP Lead"], "2024-12", "blue", "Sept 2024 \u2013 Dec 2024"),
        A("5", [AF2], rows[8][2], ["Virtual School Education Advisers"], "2025-04", "amber", "Spring term 2025"),
        A("6", [AF2], rows[9][2], ["Deputy Virtual School Head", "ePEP Lead"], "2025-07", "red", "Summer term 2025"),
        A("7", [AF3], rows[10][2], ["Virtual School Head"], "2025-01", "blue"),
        A("8", [AF3], rows[11][2], ["Education Advisers"], None, "green", "Ongoing"),
        A("9", [AF3], rows[12][2], ["Data Officer"], "2025-07", "unrated", "Summer term 2025"),
    ]
    exp = {
        "source": "Invented plan imitating a virtual school's post-inspection action plan written as a Word table, "
                  "pasted into Excel and saved as 'Text (Tab delimited)' (Windows-1252, CRLF): paragraph marks inside "
                  "cells survive as line breaks inside quoted cells, the merged 'Area for improvement' cell appears "
                  "only on the first row of each group, targets are school terms, RAG letters with a key at the foot.",
        "reads": "A virtual school action plan of nine numbered actions under three areas for improvement (each area "
                 "written once and carried down its rows); some action cells hold bullet points on separate lines. "
                 "Targets are terms (Spring term 2025 ends at the Easter holiday, April 2025), a month range, a date, "
                 "Termly and Ongoing; RAG letters follow the key, B meaning complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": rows[0][0],
        "actions": actions,
    }
    save("y-word-table.txt", text, "cp1252", exp)


# ---------------------------------------------------------------------------
# 6. Progress report listing each action as several lines (action line, Lead/Due/RAG line,
#    'Update:' line), UTF-8, LF, page lines. One due date reads 'Jnue 2025'.
# ---------------------------------------------------------------------------
def case6():
    lines = [
        "WESTFORD CITY COUNCIL",
        "Adult Social Care \u2013 CQC Local Authority Assessment: Improvement Plan",
        "Progress report to Health and Wellbeing Scrutiny Committee, 9 September 2025",
        "",
        "Quality statement 1: Assessing needs",
        "",
        "Action 1.1  Reduce the number of people waiting for a Care Act assessment to under 200",
        "    Lead: Head of ASC Operations        Due: 31/03/2025        RAG: Green",
        "    Update: 186 people waiting at end of August; trajectory maintained.",
        "",
        "Action 1.2  Introduce a triage tool at first contact so urgent cases are allocated within 48 hours",
        "    Lead: Front Door Service Manager    Due: Dec-24            RAG: Complete",
        "    Update: Tool in use since November 2024.",
        "",
        "Action 1.3  Clear the backlog of overdue annual reviews for people in long-term residential care",
        "    Lead: Reviewing Team Manager        Due: Mar-26            RAG: Red",
        "    Update: 640 reviews overdue; additional reviewing officers agreed by Cabinet.",
        "",
        "Quality statement 2: Supporting people to live healthier lives",
        "",
        "Action 2.1  Expand the reablement service to take 30 more referrals a month from the community",
        "    Lead: Head of Reablement            Due: Jnue 2025         RAG: Amber",
        "    Update: Recruitment of 8 reablement workers ongoing.",
        "",
        "\f                                   Page 1 of 2",
        "Action 2.2  Refresh the carers' strategy with carers and the carers' centre",
        "    Lead: Commissioning Manager / Carers Lead    Due: Q3 2025/26    RAG: Green",
        "    Update: Engagement events held in July.",
        "",
        "Action 2.3  Offer a carer's assessment to every carer identified at hospital discharge",
        "    Lead: Hospital Social Work Team Manager     Due: Ongoing       RAG: Amber",
        "    Update: 71% of identified carers offered an assessment in Q1.",
        "",
        "                                   Page 2 of 2",
    ]
    text = "\n".join(lines) + "\n"
    ref_line = line_of(text, "Jnue 2025")
    exp = {
        "source": "Invented plan imitating an adult social care improvement plan after a CQC local authority assessment, "
                  "as a progress report to a scrutiny committee saved as plain text (UTF-8 without BOM, LF): each "
                  "action is a block of lines (the action line with its ref, a Lead/Due/RAG line, an 'Update:' line), "
                  "under quality statement headings, with form feed and 'Page n of 2' lines.",
        "reads": "An adult social care improvement plan of six actions under two CQC quality statements, each with a "
                 "lead, a due date and a RAG word. Action 2.1 is due 'Jnue 2025', a mistyped month (probably June "
                 "2025, but the cell is an error), so a careful person would stop and ask at that line.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": ref_line,
        "title": "Adult Social Care \u2013 CQC Local Authority Assessment: Improvement Plan",
    }
    save("y-update-report.txt", text, "utf-8", exp)


if __name__ == "__main__":
    case1()
    case2()
    case3()
    case4()
    case5()
    case6()
