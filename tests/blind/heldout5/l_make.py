"""Generate the l-* blind test files (and their .expected.yaml) in this folder.

Run: /work/main/.venv/bin/python /work/blind/heldout5/l_make.py
"""
import csv, io, json, os

OUT = os.path.dirname(os.path.abspath(__file__))


def rows_to_text(rows, sep, width=None, term="\r\n", quote_all=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator=term,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        r = list(r)
        if width:
            r = r + [""] * (width - len(r))
        w.writerow(r)
    return buf.getvalue()


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_yaml(name, source, reads, outcome, title=None, actions=None,
               refuse_at=None, accept_refusal=False):
    out = ["source: >-", "  " + source, "reads: >-", "  " + reads,
           "outcome: " + outcome, "accept_refusal: " + ("true" if accept_refusal else "false")]
    if refuse_at is not None:
        out.append("refuse_at: %d" % refuse_at)
    if title is not None:
        out.append("title: " + q(title))
    if actions is not None:
        out.append("actions:")
        for a in actions:
            out.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def line_of(text, marker):
    i = text.index(marker)
    return text.count("\n", 0, i) + 1


def A(ref, under, action, lead, end, status, end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Excel "Save as CSV (Comma delimited)" of an ILACS improvement plan: cp1252,
#    CRLF, every row padded with commas to the used range, title lines + blank rows
#    above the header, theme rows and recommendation rows in column A, original and
#    revised target dates (mmm-yy as displayed, "Q4 24/25", "Monthly", "Ongoing"),
#    % complete, RAG words incl. "Complete", Alt+Enter line breaks inside cells,
#    a RAG summary block under the plan.
# ---------------------------------------------------------------------------
def f1():
    name = "l-excel-saveas-ilacs.csv"
    title = "Calderbrook Borough Council – ILACS Improvement Plan 2024–25"
    T1 = "Theme 1: Leadership, management oversight and supervision"
    T2 = "Theme 2: Help and protection"
    T3 = "Theme 3: Children in care and care leavers"
    R1 = "Recommendation 1: The quality and impact of management oversight and supervision, so that plans for children progress without delay"
    R2 = "Recommendation 2: The capacity of the workforce, including reducing caseloads in the assessment teams"
    R3 = "Recommendation 3: The timeliness and quality of strategy meetings and section 47 enquiries, including the involvement of health partners"
    R4 = "Recommendation 4: The response to children who go missing from home or care, including the quality of return home interviews"
    R5 = "Recommendation 5: Sufficiency of local placements, so that fewer children live at a distance from home"
    R6 = "Recommendation 6: Pathway plans for care leavers, so that they are written with young people and address their needs, including for health and housing"
    # (ref, action, lead cell, orig, revised, pct, rag cell, evidence, updated) + expected
    plan = [
        ("T", T1), ("R", R1),
        (A("1.1", [T1, R1], "Introduce a revised supervision policy and recording template with a clear focus on the child’s plan, actions and timescales",
           ["Principal Social Worker"], "2024-04", "blue"),
         "Principal Social Worker", "Apr-24", "", "100%", "Complete", "Policy signed off at DMT 16/04/2024; template live in Mosaic", "12/11/2024"),
        (A("1.2", [T1, R1], "Deliver the ‘Outstanding Supervision’ training programme to all team managers and senior practitioners\n(3 cohorts, 12 places each)",
           ["Workforce Development Manager", "PSW"], "2024-09", "blue"),
         "Workforce Development Manager & PSW", "Jun-24", "Sep-24", "100%", "Complete", "34 of 36 places taken up.\nEvaluation: 91% rated good or better", "12/11/2024"),
        (A("1.3", [T1, R1], "Monthly audit of supervision records by Heads of Service, with findings reported to the Improvement Board",
           ["Heads of Service"], None, "green", end_text="Monthly"),
         "Heads of Service", "Monthly", "", "60%", "Green", "Audits completed Apr–Jan; 68% of records good (target 80%)", "14/02/2025"),
        (A("1.4", [T1, R1], "Implement a management oversight dashboard in Mosaic showing visits, supervision and plan reviews by team",
           ["Head of Performance and Intelligence"], "2025-03", "amber"),
         "Head of Performance and Intelligence", "Q4 24/25", "", "40%", "Amber", "Build delayed by Mosaic upgrade", "14/02/2025"),
        ("R", R2),
        (A("2.1", [T1, R2], "Recruit to 8 FTE permanent social worker posts through the international recruitment programme",
           ["AD Children’s Social Care", "HR Business Partner"], "2025-03", "amber"),
         "AD Children’s Social Care / HR Business Partner", "Sep-24", "Mar-25", "75%", "Amber", "6 of 8 in post; 2 awaiting visas", "14/02/2025"),
        (A("2.2", [T1, R2], "Reduce average caseloads in Assessment teams to no more than 20 children per worker",
           ["Head of Service – Front Door"], "2025-06", "red"),
         "Head of Service – Front Door", "Dec-24", "Jun-25", "50%", "Red", "Average caseload 24.6 at end of January (26.1 in July)", "14/02/2025"),
        (A("2.3", [T1, R2], "Launch a market supplement and retention offer for experienced social workers, agreed with the unions",
           ["DCS"], "2024-07", "blue"),
         "DCS", "Jul-24", "", "100%", "Complete", "Agreed at Employment Committee 09/07/2024", "12/11/2024"),
        ("", ""),
        ("T", T2), ("R", R3),
        (A("3.1", [T2, R3], "Revise the strategy meeting protocol with police and health partners so that a health representative attends every strategy meeting",
           ["Head of Safeguarding and Quality Assurance"], "2024-05", "blue"),
         "Head of Safeguarding and Quality Assurance", "May-24", "", "100%", "Complete", "Protocol signed by all three statutory partners", "12/11/2024"),
        (A("3.2", [T2, R3], "Weekly performance clinic on strategy meeting timeliness chaired by the Head of Service.\nExceptions reported to the DCS.",
           ["Head of Service – Front Door"], None, "green", end_text="Ongoing"),
         "Head of Service – Front Door", "Ongoing", "", "n/a", "Green", "Strategy meetings within 1 working day: 87% (was 54%)", "14/02/2025"),
        (A("3.3", [T2, R3], "Multi-agency audit of 30 section 47 enquiries, with learning shared through practice week",
           ["SCP Business Manager", "QA Manager"], "2025-01", "blue"),
         "SCP Business Manager / QA Manager", "Oct-24", "Jan-25", "100%", "Complete", "Audit report to SCP Executive 28/01/2025", "14/02/2025"),
        ("R", R4),
        (A("4.1", [T2, R4], "Commission a new return home interview service with a 72-hour completion standard",
           ["Commissioning Manager"], "2024-09", "blue"),
         "Commissioning Manager", "Sep-24", "", "100%", "Complete", "Contract awarded; service live 02/09/2024", "12/11/2024"),
        (A("4.2", [T2, R4], "Return home interviews to be uploaded to the child’s record and considered at the child’s next review or strategy meeting",
           ["JM", "KT"], "2024-11", "green"),
         "JM & KT", "Nov-24", "", "70%", "Green", "Dip sample: 7 of 10 records show RHI considered", "14/02/2025"),
        (A("4.3", [T2, R4], "Quarterly missing and exploitation report to the Safeguarding Children Partnership, including themes from interviews",
           ["Exploitation Lead"], "2024-12", "amber"),
         "Exploitation Lead", "Q3 24/25", "", "50%", "Amber", "First report presented; data quality issues with police figures", "14/02/2025"),
        ("", ""),
        ("T", T3), ("R", R5),
        (A("5.1", [T3, R5], "Refresh the Placement Sufficiency Strategy 2024–2027 and present it to Cabinet",
           ["Head of Commissioning"], "2024-10", "blue"),
         "Head of Commissioning", "Jun-24", "Oct-24", "100%", "Complete", "Approved by Cabinet 15/10/2024", "12/11/2024"),
        (A("5.2", [T3, R5], "Open two new in-house children’s homes (4 beds each) in the borough",
           ["AD Resources"], "2025-12", "red"),
         "AD Resources", "Mar-25", "Dec-25", "35%", "Red", "Home 1: planning permission granted.\nHome 2: property not yet identified", "14/02/2025"),
        (A("5.3", [T3, R5], "Recruit 20 additional mainstream foster carers through the “Foster Calderbrook” campaign",
           ["Fostering Service Manager"], "2025-03", "amber"),
         "Fostering Service Manager", "Mar-25", "", "55%", "Amber", "11 households approved, 6 in assessment", "14/02/2025"),
        ("R", R6),
        (A("6.1", [T3, R6], "Co-produce a new pathway plan template with the Children in Care Council and care leavers’ forum",
           ["Leaving Care Service Manager"], "2024-08", "blue"),
         "Leaving Care Service Manager", "Aug-24", "", "100%", "Complete", "Template launched at care leavers’ celebration event", "12/11/2024"),
        (A("6.2", [T3, R6], "Every care leaver aged 18–21 to have an up-to-date pathway plan, reviewed at least every six months",
           ["Leaving Care Service Manager"], "2025-03", "green"),
         "Leaving Care Service Manager", "Mar-25", "", "82%", "Green", "82% in date (target 95%)", "14/02/2025"),
        (A("6.3", [T3, R6], "Agree a joint housing protocol for care leavers with the Housing service, including priority banding",
           ["AD Children’s Social Care", "Head of Housing Options"], "2025-01", "green"),
         "AD Children’s Social Care / Head of Housing Options", "Jan-25", "", "90%", "Green", "Protocol drafted; for Cabinet Member sign-off in March", "14/02/2025"),
    ]
    rows = [
        [title],
        ["Following the Ofsted inspection of local authority children’s services, 8–19 January 2024 (overall effectiveness: Requires improvement to be good)"],
        ["Version 6 – updated 14/02/2025 – owner: Director of Children’s Services"],
        [],
        ["RAG key: Red = off track, action needed; Amber = some slippage; Green = on track; Complete = action completed and evidenced"],
        [],
        ["Ref", "Action", "Lead officer", "Original target date", "Revised target date", "% complete", "RAG", "Evidence of progress / impact", "Last updated"],
    ]
    actions = []
    for item in plan:
        if isinstance(item[0], dict):
            a = item[0]
            actions.append(a)
            rows.append([a["ref"], a["action"].replace("\n", "\n")] + list(item[1:]))
        elif item[0] in ("T", "R"):
            rows.append([item[1]])
        else:
            rows.append([])
    # summary block
    from collections import Counter
    c = Counter(it[5] for it in plan if isinstance(it[0], dict))
    rows += [[], ["Summary", "Number of actions"]]
    for k in ("Complete", "Green", "Amber", "Red"):
        rows.append([k, str(c[k])])
    rows.append(["Total", str(sum(c.values()))])
    text = rows_to_text(rows, ",", width=9)
    # Excel writes Alt+Enter breaks as bare LF inside quotes, rows end CRLF
    write_bytes(name, text.encode("cp1252"))
    write_yaml(name,
               "Imitates an English council's Excel ILACS improvement plan saved from Excel as 'CSV (Comma delimited)' "
               "(layout as in published post-ILACS plans, e.g. Excel trackers with theme bands and recommendation rows). "
               "Copied features: cp1252 (ANSI) encoding with curly quotes and en dashes, every row padded with commas to the "
               "used range, three title lines, a RAG key line and blank rows above the header, theme rows and recommendation rows "
               "in column A, original and revised target dates as Excel displays mmm-yy, quarters (Q4 24/25), Monthly/Ongoing, "
               "% complete, Alt+Enter line breaks inside quoted cells, a RAG summary block under the plan.",
               "A Calderbrook Borough Council ILACS improvement plan with 19 numbered actions grouped under three themes and six "
               "Ofsted recommendations, each with a lead, target dates (revised where slipped), % complete and a RAG word. "
               "Below the plan a small summary table counts actions by RAG.",
               "read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. SharePoint list export: UTF-8 with BOM, Title column is the action, person
#    columns as "Surname, Forename" with ';' between people, Due Date as ISO UTC
#    timestamps (some 23:00 the day before BST month end), Status choice
#    (Not Started / In Progress / Completed) + RAG Rating choice, % as fraction,
#    multi-line notes, Modified as US-style timestamps, Item Type / Path columns.
# ---------------------------------------------------------------------------
def f2():
    name = "l-sharepoint-list.csv"
    LG, FD, CIC, WF = "Leadership & Governance", "Front Door", "Children in Care", "Workforce"
    RA = "Leaders should ensure that they have an accurate understanding of frontline practice, including through robust quality assurance"
    RB = "The consistency of threshold decisions at the front door, so that children receive the right help at the right time"
    RC = "Permanence planning for children in care, including the timeliness of decisions about long-term fostering and special guardianship"
    RD = "Independent reviewing officers should have manageable caseloads and provide effective challenge"
    RE = "Recruitment and retention of permanent, experienced social workers, so that children do not experience frequent changes of worker"
    # title, no, theme, rec, owner cell, lead list, due, end, status, rag, pct, update, modified, modby, expected status
    data = [
        ("Establish an independently chaired Improvement Board with partner representation", "A1", LG, RA,
         "Whitfield, Claire", ["Whitfield, Claire"], "2024-05-31T00:00:00Z", "2024-05", "Completed", "", "1",
         "Board first met 21/05/2024.\nTerms of reference agreed and published.", "6/3/2024 2:17 PM", "Whitfield, Claire", "blue"),
        ("Refresh the quality assurance framework so that audits include the voice of the child and family feedback", "A2", LG, RA,
         "Adeyemi, Tunde;Whitfield, Claire", ["Adeyemi, Tunde", "Whitfield, Claire"], "2024-09-30T23:00:00Z", "2024-09", "In Progress", "Amber", "0.6",
         "Draft framework at DMT 04/02. Family feedback form piloted in two teams.", "2/14/2025 9:41 AM", "Adeyemi, Tunde", "amber"),
        ("Practice observation programme: every Head of Service to observe two practice episodes a month", "A3", LG, RA,
         "Marsh, Peter", ["Marsh, Peter"], "2025-03-31T00:00:00Z", "2025-03", "In Progress", "Green", "0.5",
         "41 observations completed since September.", "2/13/2025 4:05 PM", "Marsh, Peter", "green"),
        ("Review MASH thresholds and publish a revised Continuum of Need document with partners", "B1", FD, RB,
         "Kaur, Simran", ["Kaur, Simran"], "2024-07-31T00:00:00Z", "2024-07", "Completed", "", "1",
         "Published on SCP website 29/07/2024; 14 briefing sessions held (412 attendees).", "8/1/2024 11:02 AM", "Kaur, Simran", "blue"),
        ("Daily MASH \"RAG\" meeting to review all contacts awaiting a decision over 24 hours", "B2", FD, RB,
         "Kaur, Simran", ["Kaur, Simran"], "2024-06-30T23:00:00Z", "2024-06", "Completed", "", "1",
         "In place from 10/06/2024.", "7/2/2024 8:55 AM", "Kaur, Simran", "blue"),
        ("Introduce a consultation line for professionals, staffed by a senior social worker", "B3", FD, RB,
         "Kaur, Simran;Doyle, Martin", ["Kaur, Simran", "Doyle, Martin"], "2025-01-31T00:00:00Z", "2025-01", "In Progress", "Red", "0.3",
         "Recruitment to senior SW post failed twice.\nInterim: rota of ATMs from March.", "2/14/2025 10:20 AM", "Doyle, Martin", "red"),
        ("Audit 100% of re-referrals within 12 months to understand repeat demand", "B4", FD, RB,
         "Doyle, Martin", ["Doyle, Martin"], "2025-04-30T23:00:00Z", "2025-04", "Not Started", "", "0",
         "", "11/18/2024 3:12 PM", "Doyle, Martin", "unrated"),
        ("Permanence tracker reviewed monthly at Permanence Panel for every child in care for more than 4 months without a permanence plan", "C1", CIC, RC,
         "Bryant, Hollie", ["Bryant, Hollie"], "2024-12-31T00:00:00Z", "2024-12", "In Progress", "Green", "0.8",
         "Tracker live. 23 children without a plan in Jan (58 in June).", "2/10/2025 1:47 PM", "Bryant, Hollie", "green"),
        ("Commission an independent review of the special guardianship support offer", "C2", CIC, RC,
         "Bryant, Hollie", ["Bryant, Hollie"], "2025-02-28T00:00:00Z", "2025-02", "Not Started", "Red", "0",
         "Procurement paused pending budget decision.", "2/10/2025 1:52 PM", "Bryant, Hollie", "red"),
        ("Increase IRO capacity by 2 FTE to reduce caseloads to 65", "C3", CIC, RD,
         "Marsh, Peter", ["Marsh, Peter"], "2025-06-30T23:00:00Z", "2025-06", "In Progress", "Amber", "0.5",
         "1 FTE appointed (start 03/03/2025).", "2/12/2025 9:03 AM", "Marsh, Peter", "amber"),
        ("Develop a workforce strategy with a career progression framework from ASYE to Advanced Practitioner", "D1", WF, RE,
         "O'Neill, Siobhan", ["O'Neill, Siobhan"], "2024-10-31T00:00:00Z", "2024-10", "Completed", "", "1",
         "Strategy approved at Corporate Leadership Team.", "11/1/2024 4:30 PM", "O'Neill, Siobhan", "blue"),
        ("Reduce agency social worker usage from 31% to below 15%", "D2", WF, RE,
         "O'Neill, Siobhan;Marsh, Peter", ["O'Neill, Siobhan", "Marsh, Peter"], "2026-03-31T00:00:00Z", "2026-03", "In Progress", "Amber", "0.25",
         "Agency rate 26% (Jan 2025).\nConversion offer made to 9 agency workers.", "2/14/2025 9:58 AM", "O'Neill, Siobhan", "amber"),
    ]
    rows = [["Title", "Action No.", "Theme", "Recommendation", "Action Owner", "Due Date", "Status", "RAG Rating",
             "% Complete", "Progress Update", "Modified", "Modified By", "Item Type", "Path"]]
    actions = []
    for d in data:
        (t, no, th, rec, own, lead, due, end, st, rag, pct, upd, mod, modby, exp) = d
        rows.append([t, no, th, rec, own, due, st, rag, pct, upd, mod, modby, "Item",
                     "sites/CSImprovement/Lists/ILACS Improvement Plan"])
        actions.append(A(no, [th, rec], t, lead, end, exp))
    text = rows_to_text(rows, ",")
    write_bytes(name, ("\ufeff" + text).encode("utf-8"))
    write_yaml(name,
               "Imitates a SharePoint Online list used by an English council to track its post-ILACS improvement plan, exported "
               "to CSV (list 'ILACS Improvement Plan'). Copied features: UTF-8 with BOM, Title column holding the action, person "
               "columns as 'Surname, Forename' with ';' between people in multi-person fields, Due Date as ISO UTC timestamps "
               "(month ends during BST stored as 23:00Z the same day), Status choice Not Started/In Progress/Completed beside a "
               "RAG Rating choice, % Complete as a fraction, multi-line Progress Update notes, Modified as US-style timestamps, "
               "Item Type and Path columns. No title line.",
               "A flat list of 12 improvement actions (A1–D2), each carrying its theme and the Ofsted recommendation it answers, "
               "an owner, a due date, a status and a RAG rating. Completed items have no RAG rating (read as complete); items not "
               "started have none unless rated Red.",
               "read", title=None, actions=actions)


# ---------------------------------------------------------------------------
# 3. Word ILACS plan table copied into Excel and saved as "Unicode Text": UTF-16LE
#    with BOM, tab-separated, CRLF rows, multi-line cells (bullets) quoted,
#    merged recommendation rows, job titles containing commas, RAG letters with
#    the key below the table.
# ---------------------------------------------------------------------------
def f3():
    name = "l-word-ilacs-paste.txt"
    title = "Kingsmead City Council – Children’s Services Improvement Plan 2024/25"
    R1 = "Recommendation 1: The quality of assessments and plans for children in need and those subject to child protection plans, so that they are specific and outcome-focused"
    R2 = "Recommendation 2: The effectiveness of pre-proceedings work under the Public Law Outline, so that children do not experience drift"
    R3 = "Recommendation 3: Health assessments and dental checks for children in care"
    plan = [
        ("R", R1),
        (A("1.1", [R1], "Relaunch the Signs of Safety practice framework with:\n• refreshed training for all social workers\n• a practice lead in every team\n• monthly practice workshops",
           ["Principal Social Worker"], "2024-09", "green"), "Principal Social Worker", "September 2024",
         "90% of staff trained.\nAudits show plans are SMART in 75% of cases.", "G"),
        (A("1.2", [R1], "Introduce a new child protection plan template that sets out what needs to change, by when and who will do it",
           ["Head of Service, Safeguarding"], "2024-06", "blue"), "Head of Service, Safeguarding", "End of June 2024",
         "Template in use from 1 July 2024.", "B"),
        (A("1.3", [R1], "Monthly thematic audits of plans, moderated by the Head of Quality Assurance",
           ["Head of Quality Assurance"], None, "green", end_text="Monthly"), "Head of Quality Assurance", "Monthly",
         "Moderated audit grades improving: 38% good or better (from 22%).", "G"),
        ("R", R2),
        (A("2.1", [R2], "Establish a Legal Gateway Panel chaired by the Assistant Director to track all children in pre-proceedings",
           ["Assistant Director, Children’s Social Care"], "2024-04", "blue"), "Assistant Director, Children’s Social Care", "30/04/2024",
         "Panel meets fortnightly.", "B"),
        (A("2.2", [R2], "Tracker of pre-proceedings timescales reviewed at every Legal Gateway Panel;\nchildren in pre-proceedings for over 16 weeks escalated to the DCS",
           ["Legal Services Manager", "Head of Service, Safeguarding"], "2024-10", "amber"),
         "Legal Services Manager / Head of Service, Safeguarding", "October 2024",
         "Average duration 19 weeks (target 16).", "A"),
        (A("2.3", [R2], "Commission family group conferencing for every family entering pre-proceedings",
           ["Head of Early Help"], "2025-01", "red"), "Head of Early Help", "31/01/2025",
         "FGC service at capacity; business case for 2 further coordinators.", "R"),
        ("R", R3),
        (A("3.1", [R3], "Agree a revised pathway for initial health assessments with the ICB so that they are completed within 20 working days",
           ["Designated Nurse for Children in Care", "Named GP"], "2024-12", "amber"),
         "Designated Nurse for Children in Care / Named GP", "December 2024",
         "IHAs within 20 days: 61% (Q3).", "A"),
        (A("3.2", [R3], "Weekly tracking of overdue health assessments and dental checks by the Children in Care service",
           ["Team Manager, Children in Care"], None, "green", end_text="Weekly from May 2024"),
         "Team Manager, Children in Care", "Weekly from May 2024", "Tracker in place.", "G"),
        (A("3.3", [R3], "Work with NHS England to secure a dedicated dental pathway for children in care",
           ["Designated Nurse for Children in Care"], "2025-03", "red"), "Designated Nurse for Children in Care", "March 2025",
         "Dental checks in date: 64%.\nNo local practices taking new NHS patients.", "R"),
        (A("3.4", [R3], "Care leavers to receive a health passport (a summary of their health history) before their 18th birthday",
           ["Team Manager, Leaving Care"], None, "unrated", end_text="TBC"), "Team Manager, Leaving Care", "TBC", "", ""),
    ]
    rows = [[title],
            ["Response to the Ofsted inspection of local authority children’s services (ILACS), 4–15 December 2023"],
            [],
            ["No.", "What we will do", "Lead", "By when", "How we will know (impact)", "Progress RAG"]]
    actions = []
    for item in plan:
        if isinstance(item[0], dict):
            a = item[0]
            actions.append(a)
            rows.append([a["ref"], a["action"]] + list(item[1:]))
        else:
            rows.append([item[1]])
    rows += [[],
             ["Key", "B = complete and embedded", "G = on track", "A = some risk to delivery", "R = off track / significant risk"],
             [],
             ["Signed off by the Improvement Board, 22 April 2024"]]
    text = rows_to_text(rows, "\t", width=6)
    write_bytes(name, b"\xff\xfe" + text.encode("utf-16-le"))
    write_yaml(name,
               "Imitates a Word ILACS improvement plan table (English council, 2024) copied into Excel and saved as 'Unicode Text "
               "(*.txt)'. Copied features: UTF-16LE with BOM, tab-separated, CRLF rows with bare-LF line breaks inside quoted "
               "cells, bullet lists inside the action cell, merged full-width recommendation rows, title paragraphs above the table, "
               "dates as words ('End of June 2024', 'September 2024', 30/04/2024, 'Weekly from May 2024', TBC), job titles "
               "containing commas ('Head of Service, Safeguarding'), RAG letters B/G/A/R with the key and a sign-off line below.",
               "Kingsmead's improvement plan responding to three ILACS recommendations: ten numbered actions under the recommendation "
               "rows, each with a lead post, a 'by when', impact measures and a RAG letter explained by the key under the table.",
               "read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 4. Scottish Child Protection Committee improvement plan (Care Inspectorate joint
#    inspection), tab-separated UTF-8, LF line endings, priority rows, area-for-
#    improvement column filled only on the first action of each group (merged
#    cells), dates like "Dec 24", "31.03.25", "Sept 2025", RAG in capitals,
#    version history table underneath.
# ---------------------------------------------------------------------------
def f4():
    name = "l-scottish-cpc-plan.txt"
    title = "Strathallan Child Protection Committee – Improvement Plan following the Joint Inspection of Services for Children and Young People at Risk of Harm (2024)"
    P1 = "Priority 1 – Keeping children safe: key processes"
    P2 = "Priority 2 – Planning for children"
    P3 = "Priority 3 – Leadership and collaborative oversight"
    AF1 = "AFI 1: Partners should ensure that inter-agency referral discussions (IRDs) are consistently recorded and that health is involved in all IRDs where there is a health concern."
    AF2 = "AFI 2: The quality of chronologies should improve so that they identify significant events and cumulative harm."
    AF3 = "AFI 3: Child’s plans should be SMART and reviewed at core groups with the child and family."
    AF4 = "AFI 4: Chief officers should strengthen their collective oversight of the quality of child protection practice, using a balanced set of performance and quality assurance information."
    plan = [
        ("P", P1),
        (A("1a", [P1, AF1], "Implement the revised West of Scotland IRD guidance and recording template across police, health and social work",
           ["Police Scotland (DCI, Public Protection Unit)"], "2024-12", "blue"), AF1,
         "Police Scotland (DCI, Public Protection Unit)", "Dec 24", "All IRDs recorded on the shared template", "Live from 02/12/2024.", "Completed"),
        (A("1b", [P1, AF1], "Health representative (Child Protection Nurse Advisor) to attend all IRDs where a health concern is identified",
           ["NHS Strathallan Lead Nurse Child Protection"], "2025-03", "green"), "",
         "NHS Strathallan Lead Nurse Child Protection", "31.03.25", "Health present at 95% of relevant IRDs",
         "Q2: 81%\nQ3: 89%", "GREEN"),
        (A("1c", [P1, AF1], "Quarterly multi-agency audit of 20 IRDs against the National Guidance for Child Protection in Scotland (2021, updated 2023)",
           ["CPC Lead Officer"], None, "green", end_text="Ongoing – reported quarterly to CPC"), "",
         "CPC Lead Officer", "Ongoing – reported quarterly to CPC", "Audit grades of good or better", "Two audits complete.", "GREEN"),
        (A("2a", [P1, AF2], "Deliver multi-agency chronology training to 300 practitioners",
           ["CPC Learning and Development Coordinator"], "2025-06", "amber"), AF2,
         "CPC Learning and Development Coordinator", "June 2025", "300 practitioners trained; audit shows improved chronologies",
         "164 trained to date. Education uptake low.", "AMBER"),
        (A("2b", [P1, AF2], "Introduce a shared chronology standard in social work, health and education recording systems",
           ["Chief Social Work Officer", "Head of Education"], "2026-03", "unrated"), "",
         "Chief Social Work Officer and Head of Education", "Mar-26", "Standard adopted by all three services", "", "Not started"),
        ("P", P2),
        (A("3a", [P2, AF3], "Redesign the Child’s Plan template in line with the GIRFEC National Practice Model",
           ["Service Manager (Child Protection)"], "2024-11", "blue"), AF3,
         "Service Manager (Child Protection)", "Nov 24", "New template in use", "Launched 18/11/2024.", "Completed"),
        (A("3b", [P2, AF3], "Core group minutes to record the child’s views and progress against each outcome in the plan",
           ["Children and Families Team Managers"], "2025-03", "amber"), "",
         "Children and Families Team Managers", "March 2025", "80% of sampled minutes record the child’s views",
         "Dip sample Jan 2025: 58%.\nReminder issued; recheck in April.", "AMBER"),
        (A("3c", [P2, AF3], "Independent advocacy offer available to every child on the child protection register aged 8 and over",
           ["Commissioning Manager"], "2025-09", "red"), "",
         "Commissioning Manager", "Sept 2025", "Uptake of advocacy by children on the register", "Funding not yet identified.", "RED"),
        ("P", P3),
        (A("4a", [P3, AF4], "Develop a CPC data dashboard combining quantitative data with case file audit findings",
           ["CPC Data Analyst", "CPC Lead Officer"], "2024-10", "blue"), AF4,
         "CPC Data Analyst / CPC Lead Officer", "Oct 24", "Dashboard presented at every CPC", "First dashboard to CPC 24/10/2024.", "Completed"),
        (A("4b", [P3, AF4], "Chief Officers Group to receive a six-monthly report on the impact of the improvement plan",
           ["Chair, Chief Officers Group"], None, "green", end_text="Six-monthly"), "",
         "Chair, Chief Officers Group", "Six-monthly", "Reports received and actions recorded", "First report Feb 2025.", "GREEN"),
        (A("4c", [P3, AF4], "Refresh the CPC self-evaluation using the quality improvement framework and agree next year’s priorities",
           ["CPC Independent Chair"], "2026-04", "unrated"), "",
         "CPC Independent Chair", "April 2026", "Self-evaluation completed", "", "Not started"),
        (A("4d", [P3, AF4], "Set up a young people’s reference group so that children and young people with lived experience shape CPC business",
           ["Children’s Rights Officer"], "2025-12", "amber"), "",
         "Children’s Rights Officer", "December 2025", "Group meets quarterly; CPC minutes show its influence",
         "Recruiting members via Who Cares? Scotland.", "AMBER"),
    ]
    rows = [[title],
            ["Approved by Chief Officers Group 05/09/2024 · Version 3.2 · Progress as at February 2025"],
            [],
            ["Ref", "Area for improvement", "Improvement action", "Lead officer / agency", "Timescale",
             "Measure of success", "Progress update", "RAG"]]
    actions = []
    for item in plan:
        if isinstance(item[0], dict):
            a = item[0]
            actions.append(a)
            afi, lead, tscale, meas, prog, rag = item[1:]
            rows.append([a["ref"], afi, a["action"], lead, tscale, meas, prog, rag])
        else:
            rows.append([item[1]])
    rows += [[], ["Version history"],
             ["Version", "Date", "Author", "Summary of changes"],
             ["3.0", "14/06/2024", "CPC Lead Officer", "First draft following publication of the inspection report"],
             ["3.1", "22/08/2024", "CPC Lead Officer", "Timescales agreed with partners"],
             ["3.2", "05/09/2024", "CPC Lead Officer", "Approved by Chief Officers Group"]]
    text = rows_to_text(rows, "\t", term="\n")
    write_bytes(name, text.encode("utf-8"))
    write_yaml(name,
               "Imitates a Scottish Child Protection Committee improvement plan written after a Care Inspectorate joint inspection of "
               "services for children at risk of harm, saved from Excel as tab-delimited text. Copied features: UTF-8 without BOM, "
               "LF line endings, priority rows, an 'Area for improvement' column filled only on the first action of each group "
               "(merged cells), Scottish vocabulary (IRD, GIRFEC, Chief Officers Group, CSWO), timescales as 'Dec 24', '31.03.25', "
               "'Sept 2025', 'Mar-26', 'Six-monthly', 'Ongoing – ...', RAG words in capitals with Completed/Not started, "
               "multi-line progress cells, a version history table under the plan.",
               "Strathallan CPC's improvement plan: 12 actions (1a–4d) under three priorities and four areas for improvement from the "
               "joint inspection; each action belongs to the area written in the first row of its group. Leads are posts or "
               "agencies; the version history at the foot is not part of the plan.",
               "read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. Youth Justice Service improvement plan after an HMI Probation inspection:
#    semicolon-separated CSV with Excel's "sep=;" first line, UTF-8, CRLF, domain
#    and recommendation repeated on every row, ISO dates, RAG words with meanings
#    ("Blue - complete"), a lead cell with ';' inside (quoted).
# ---------------------------------------------------------------------------
def f5():
    name = "l-yjs-hmip-plan.csv"
    title = "Westbridge Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan"
    D1, D2, D3, D4 = ("Domain 1: Organisational delivery", "Domain 2: Court disposals",
                      "Domain 3: Out-of-court disposals", "Domain 4: Resettlement")
    R1 = "The YJS Management Board should ensure that board members understand the needs of children known to the service and use this to challenge and support partner agencies"
    R2 = "The YJS Management Board should ensure that children have timely access to speech, language and communication, and emotional health services"
    R3 = "The YJS Manager should ensure that assessments and plans give sufficient attention to keeping other people safe, including the needs and wishes of victims"
    R4 = "The YJS Manager and the police should ensure that out-of-court disposal decisions are made jointly and consider the child’s wellbeing needs"
    R5 = "The YJS Manager should ensure that the resettlement policy is updated and that staff understand constructive resettlement"
    data = [
        ("R1", D1, R1, "1.1", "Board induction pack and development session for all members, including case studies of children known to the YJS",
         "YJS Manager", ["YJS Manager"], "2024-09-30", "2024-09", None, "100", "Blue - complete", "Development session held 12/09/2024", "blue"),
        ("R1", D1, R1, "1.2", "Board to receive a quarterly disproportionality report, with actions owned by named partners",
         "Chair of YJS Management Board", ["Chair of YJS Management Board"], "Quarterly", None, "Quarterly", "50", "Green - on track",
         "Reports to Board in October and January", "green"),
        ("R1", D1, R1, "1.3", "Each partner agency to present a deep-dive report to the Board on its contribution to outcomes for children (education, health, police, probation)",
         "YJS Manager; Head of Early Help", ["YJS Manager", "Head of Early Help"], "2025-03-31", "2025-03", None, "50", "Amber - at risk",
         "Education and police presented;\nhealth and probation scheduled for May", "amber"),
        ("R2", D1, R2, "2.1", "Secure funding for a 0.6 FTE speech and language therapist seconded to the YJS",
         "Designated Clinical Officer (ICB)", ["Designated Clinical Officer (ICB)"], "2024-12-31", "2024-12", None, "20", "Red - off track",
         "ICB funding bid unsuccessful; escalated to Board Chair", "red"),
        ("R2", D1, R2, "2.2", "Screening for speech, language and communication needs completed for every child at the start of an intervention",
         "YJS Operational Manager", ["YJS Operational Manager"], "2025-01-31", "2025-01", None, "85", "Green - on track",
         "85% screened in Q3", "green"),
        ("R3", D2, R3, "3.1", "Deliver AssetPlus refresher training, with a focus on risk of harm to others and contingency planning",
         "YJS Practice Development Lead", ["YJS Practice Development Lead"], "2024-10-31", "2024-10", None, "100", "Blue - complete",
         "All case managers trained", "blue"),
        ("R3", D2, R3, "3.2", "Introduce a risk and safety management panel for all children assessed as high or very high risk of serious harm",
         "YJS Operational Manager", ["YJS Operational Manager"], "2024-08-31", "2024-08", None, "100", "Blue - complete",
         "Panel meets weekly since 05/08/2024", "blue"),
        ("R3", D2, R3, "3.3", "Victim worker to be consulted before every plan is finalised; victim contact recorded in ChildView",
         "Restorative Justice and Victim Worker", ["Restorative Justice and Victim Worker"], "2025-02-28", "2025-02", None, "60", "Amber - at risk",
         "Audit Jan 2025: victim worker consulted in 6 of 10 cases", "amber"),
        ("R4", D3, R4, "4.1", "Revise the joint decision-making panel terms of reference and out-of-court disposal policy with the police",
         "YJS Manager / Police Inspector (Youth Justice)", ["YJS Manager", "Police Inspector (Youth Justice)"], "2024-07-31", "2024-07", None, "100",
         "Blue - complete", "Policy signed off by Board 18/07/2024", "blue"),
        ("R4", D3, R4, "4.2", "Independent scrutiny of out-of-court disposal decisions by the local scrutiny panel, with findings reported to the Board",
         "Police Inspector (Youth Justice)", ["Police Inspector (Youth Justice)"], "2025-06-30", "2025-06", None, "0", "Not started",
         "", "unrated"),
        ("R5", D4, R5, "5.1", "Update the resettlement policy in line with YJB constructive resettlement guidance and brief all staff",
         "YJS Practice Development Lead", ["YJS Practice Development Lead"], "2025-04-30", "2025-04", None, "40", "Green - on track",
         "Draft policy written; staff briefing booked", "green"),
    ]
    rows = [[title],
            ["Inspection fieldwork March 2024; report published June 2024; overall rating: Requires improvement"],
            [],
            ["Rec No", "Domain", "Recommendation", "Action No", "Action", "Owner", "Target date", "% complete", "Status", "Update"]]
    actions = []
    for d in data:
        (rn, dom, rec, ref, act, own, lead, tdate, end, etext, pct, st, upd, exp) = d
        rows.append([rn, dom, rec, ref, act, own, tdate, pct, st, upd])
        actions.append(A(ref, [dom, rec], act, lead, end, exp, end_text=etext))
    rows += [[], ["Key: Blue = complete; Green = on track; Amber = at risk of missing target date; Red = off track"]]
    text = "sep=;\r\n" + rows_to_text(rows, ";", width=10)
    write_bytes(name, text.encode("utf-8"))
    write_yaml(name,
               "Imitates an English Youth Justice Service improvement plan written after an HM Inspectorate of Probation youth "
               "inspection (domains: organisational delivery, court disposals, out-of-court disposals, resettlement; recommendations "
               "addressed to the YJS Management Board and YJS Manager, as in e.g. Reading YJS 2024), exported from Excel in a "
               "semicolon locale. Copied features: Excel's 'sep=;' first line, ';' separator with commas unquoted in text, UTF-8 "
               "without BOM, CRLF, rows padded with ';', domain and full recommendation repeated on every row, ISO dates, "
               "'Quarterly', % complete, status words 'Blue - complete'/'Green - on track' etc., a quoted owner cell containing ';' "
               "and a quoted multi-line update, a key line under the plan.",
               "Westbridge YJS's plan: 11 numbered actions answering five HMIP recommendations across four inspection domains, each "
               "with an owner, a target date, % complete and a colour status; one action not started.",
               "read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. Internal audit recommendation tracker exported from a risk system
#    (Pentana-style): every field quoted, UTF-8, CRLF, report header lines,
#    day-first dates, multi-line Latest Note. One Due Date reads 09/30/2025 —
#    month 30 in a day-first file: a data error, so refuse at that line.
# ---------------------------------------------------------------------------
def f6():
    name = "l-pentana-audit-tracker.csv"
    title = "Internal Audit Recommendations – Children’s Services"
    A1 = "Payments to Foster Carers 2023/24"
    A2 = "Direct Payments (Children with Disabilities) 2024/25"
    A3 = "Section 17 Payments 2023/24"
    data = [
        ("IA-CS-23-014.01", "Foster carer allowance rates", "Allowance rates on the payments system should be reconciled to the rates approved by Cabinet each April.",
         A1, "High", "Fostering Service Manager", "31/05/2024", "31/07/2024", "100%", "Completed",
         "Reconciliation completed 18/07/2024.\nEvidence uploaded.", "19/07/2024"),
        ("IA-CS-23-014.02", "Payments after placement ends", "Payments should be stopped on the date a placement ends; overpayments should be recovered.",
         A1, "High", "Finance Business Partner (Children's)", "31/05/2024", "30/11/2024", "100%", "Completed",
         "Weekly placement-end report now sent to Payments team.", "02/12/2024"),
        ("IA-CS-23-014.03", "Overpayment recovery", "Overpayments identified in the audit (£23,418) should be recovered or written off with approval.",
         A1, "Medium", "Fostering Service Manager", "30/09/2024", "31/03/2025", "60%", "In Progress",
         "£14,020 recovered.\n3 cases referred to Legal.\nWrite-off report to be prepared.", "20/02/2025"),
        ("IA-CS-24-003.01", "Direct payment agreements", "Every family receiving a direct payment should have a signed agreement on file.",
         A2, "High", "Disabled Children's Team Manager", "31/12/2024", "31/12/2024", "100%", "Completed",
         "All 142 agreements checked and on file.", "06/01/2025"),
        ("IA-CS-24-003.02", "Monitoring of direct payment accounts", "Direct payment accounts should be audited annually and surplus balances clawed back.",
         A2, "Medium", "Direct Payments Officer", "31/01/2025", "01/04/2025", "25%", "In Progress",
         "Audit programme agreed; 30 of 142 accounts reviewed.", "21/02/2025"),
        ("IA-CS-24-003.03", "Review of care packages", "Care packages funded by direct payment should be reviewed at least annually.",
         A2, "Medium", "Disabled Children's Team Manager", "31/03/2025", "09/30/2025", "10%", "In Progress",
         "Revised date agreed with Audit.", "21/02/2025"),
        ("IA-CS-23-021.01", "Authorisation of section 17 payments", "Section 17 payments over £250 should be authorised by a team manager before payment.",
         A3, "High", "Head of Service – Children in Need", "30/04/2024", "30/04/2024", "100%", "Completed",
         "Authorisation built into the payment card system.", "03/05/2024"),
        ("IA-CS-23-021.02", "Recording the reason for payment", "The reason for each section 17 payment should be recorded on the child’s file.",
         A3, "Low", "Head of Service – Children in Need", "31/07/2024", "31/03/2025", "70%", "Overdue",
         "Dip sample Feb 2025: reason recorded in 14 of 20.", "24/02/2025"),
        ("IA-CS-23-021.03", "Pre-paid card reconciliation", "Pre-paid card balances should be reconciled monthly and unused cards cancelled.",
         A3, "Medium", "Finance Business Partner (Children's)", "31/08/2024", "31/08/2024", "0%", "Not Started",
         "", ""),
    ]
    head = rows_to_text([[title], ["Report generated 03/03/2025 10:14 from Pentana Risk – Audit > Recommendations > Children's Services"], []],
                        ",", quote_all=False)
    rows = [["Code", "Title", "Description", "Audit", "Priority", "Assigned To", "Original Due Date", "Due Date",
             "Progress", "Status", "Latest Note", "Latest Note Date"]] + [list(d) for d in data]
    text = head + rows_to_text(rows, ",", quote_all=True)
    write_bytes(name, text.encode("utf-8"))
    bad = line_of(text, '"IA-CS-24-003.03"')
    assert '"09/30/2025"' in text.splitlines()[bad - 1]
    write_yaml(name,
               "Imitates an internal audit recommendation tracker for Children's Services exported to CSV from a risk system "
               "(Pentana Risk style), as councils report to Audit Committee. Copied features: two report-header lines above the "
               "table, every field quoted, UTF-8 without BOM, CRLF, recommendation codes, priority, Original Due Date beside a "
               "revised Due Date, % progress, status words (Completed/In Progress/Overdue/Not Started), multi-line Latest Note cells.",
               "A list of nine audit recommendations with owners and day-first due dates. On the line for IA-CS-24-003.03 the revised "
               "Due Date reads 09/30/2025: there is no month 30 in this day-first file, so whether it means 30 September or "
               "something else has to be asked before the plan can be read.",
               "refuse", title=title, refuse_at=bad)


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6):
        f()
    print("done")
