#!/usr/bin/env python3
"""Generator for the c-* training cases of the blind corpus (train only).

Run with /work/main/.venv/bin/python. Each case writes the plan file and, beside it,
NAME.expected.yaml: the reading a careful person makes of the file, written here by hand
(the `exp` fields) alongside the cells, never derived by reading the file back.
"""

import csv
import datetime as dt
import io
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- expected.yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(key, text):
    lines = [f"{key}: >-"]
    for para in textwrap.wrap(" ".join(text.split()), 95):
        lines.append("  " + para)
    return lines


def write_expected(
    name,
    source,
    reads,
    outcome="read",
    actions=None,
    title=None,
    refuse_at=None,
    accept_refusal=False,
):
    out = block("source", source) + block("reads", reads)
    out.append(f"outcome: {outcome}")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    return d


# ======================================================================================
# 1. SharePoint list export (CSV, UTF-8 with BOM, comma)
# ======================================================================================
def sharepoint():
    name = "c-sharepoint-list.csv"
    th1, th2, th3 = (
        "Leadership and governance",
        "Quality of practice",
        "Children in care and care leavers",
    )
    r1 = (
        "Strengthen the quality and impact of management oversight and supervision of "
        "frontline practice."
    )
    r2 = "Improve the timeliness and quality of assessments for children in need."
    r3 = "Ensure that strategy discussions include all relevant agencies."
    r4 = (
        "Improve the quality of pathway plans so that they are specific and reflect care "
        "leavers' views."
    )
    path = "sites/CSCImprovement/Lists/OfstedImprovementPlan"
    header = [
        "ID",
        "Action Ref",
        "Title",
        "Theme",
        "Ofsted Recommendation",
        "Owner",
        "Due Date",
        "RAG Status",
        "Progress Update",
        "Modified",
        "Modified By",
        "Created",
        "Created By",
        "Attachments",
        "Item Type",
        "Path",
    ]
    # (ID, ref, title, theme, rec, owner, due, rag, progress, modified, modby, exp)
    rows = [
        (
            4,
            "1.1",
            "Introduce a revised supervision policy and template with a clear focus "
            "on reflection and the child's plan",
            th1,
            r1,
            "Okafor, Grace",
            "2019-03-31T00:00:00Z",
            "Complete",
            "Policy signed off at SMT 26/03/19.\nLaunched at all-staff briefing; template live "
            "on Mosaic from 1 April.",
            "2019-04-02T09:14:37Z",
            "Okafor, Grace",
            (["Okafor, Grace"], "2019-03", None, "blue"),
        ),
        (
            5,
            "1.2",
            "Deliver management oversight training to all team managers and assistant "
            "team managers",
            th1,
            r1,
            "Okafor, Grace;Brennan, Mark",
            "2019-05-30T23:00:00Z",
            "Green",
            "Cohort 1 (14 managers) complete. Cohort 2 booked for 21 May.",
            "2019-05-03T15:40:02Z",
            "Brennan, Mark",
            (["Okafor, Grace", "Brennan, Mark"], "2019-05", None, "green"),
        ),
        (
            7,
            "1.3",
            "Monthly supervision audit by Heads of Service, with findings reported to "
            "the Improvement Board",
            th1,
            r1,
            "Whitfield, Anne",
            "",
            "Green",
            "March audit: 22 of 30 records met the standard (73%), up from 58% in January.",
            "2019-04-11T11:02:55Z",
            "Whitfield, Anne",
            (["Whitfield, Anne"], None, None, "green"),
        ),
        (
            8,
            "1.4",
            "Recruit to the vacant Head of Service (Quality and Practice) post",
            th1,
            r1,
            "Harding, Paul",
            "2019-04-29T23:00:00Z",
            "Red",
            "Second recruitment round unsuccessful; interim in post until July. Going to "
            "agency search.",
            "2019-05-07T08:21:19Z",
            "Harding, Paul",
            (["Harding, Paul"], "2019-04", None, "red"),
        ),
        (
            11,
            "2.1",
            "Implement a single assessment tracker so that team managers can see "
            "assessments approaching 45 working days",
            th2,
            r2,
            "Brennan, Mark",
            "2019-02-28T00:00:00Z",
            "Complete",
            "Tracker live in Power BI, refreshed daily.",
            "2019-03-01T16:45:00Z",
            "Brennan, Mark",
            (["Brennan, Mark"], "2019-02", None, "blue"),
        ),
        (
            12,
            "2.2",
            "Audit 40 assessments per month against the revised practice standards "
            "and feed back learning to teams",
            th2,
            r2,
            "Whitfield, Anne",
            "2019-09-29T23:00:00Z",
            "Amber",
            'Only 26 audits completed in April (sickness in QA team). "Good" or better: 31%.',
            "2019-05-02T10:10:10Z",
            "Whitfield, Anne",
            (["Whitfield, Anne"], "2019-09", None, "amber"),
        ),
        (
            13,
            "2.3",
            "Revise the strategy discussion template to record which agencies were "
            "invited and which attended",
            th2,
            r3,
            "Achebe, Tunde",
            "2019-03-15T00:00:00Z",
            "Green",
            "Draft template with police and health for comment.",
            "2019-03-08T13:31:44Z",
            "Achebe, Tunde",
            (["Achebe, Tunde"], "2019-03", None, "green"),
        ),
        (
            14,
            "2.4",
            "Agree with health and police partners a protocol for attendance at "
            "strategy discussions",
            th2,
            r3,
            "Harding, Paul",
            "2019-06-27T23:00:00Z",
            "Not started",
            "",
            "2019-02-19T09:00:12Z",
            "Harding, Paul",
            (["Harding, Paul"], "2019-06", None, "unrated"),
        ),
        (
            17,
            "3.1",
            "Review all pathway plans for care leavers aged 18 to 21 and update those "
            "not reviewed within six months",
            th3,
            r4,
            "Mensah, Kofi",
            "2019-07-30T23:00:00Z",
            "Amber",
            "112 of 187 reviewed.\nPA vacancies affecting pace.",
            "2019-05-06T14:22:08Z",
            "Mensah, Kofi",
            (["Mensah, Kofi"], "2019-07", None, "amber"),
        ),
        (
            18,
            "3.2",
            "Co-produce a new pathway plan template with the Care Leavers' Forum",
            th3,
            r4,
            "Mensah, Kofi;Lee, Sam",
            "2019-04-14T23:00:00Z",
            "Green",
            "Two workshops held with the Forum, final draft due 12 April.",
            "2019-04-01T12:05:51Z",
            "Lee, Sam",
            (["Mensah, Kofi", "Lee, Sam"], "2019-04", None, "green"),
        ),
        (
            19,
            "3.3",
            "Personal advisers to complete the new pathway planning training",
            th3,
            r4,
            "Lee, Sam",
            "2019-10-30T00:00:00Z",
            "Not started",
            "",
            "2019-02-19T09:04:40Z",
            "Lee, Sam",
            (["Lee, Sam"], "2019-10", None, "unrated"),
        ),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    actions = []
    for i, ref, title, th, rec, owner, due, rag, prog, mod, modby, exp in rows:
        w.writerow(
            [
                i,
                ref,
                title,
                th,
                rec,
                owner,
                due,
                rag,
                prog,
                mod,
                modby,
                "2019-02-19T08:5%d:00Z" % (i % 10),
                "Okafor, Grace",
                "False" if i != 11 else "True",
                "Item",
                path,
            ]
        )
        lead, end, end_text, status = exp
        actions.append(A(ref, [th, rec], title, lead, end, status, end_text))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_expected(
        name,
        source="Imitates a SharePoint Online custom list ('Ofsted Improvement Plan') exported "
        "with 'Export to CSV', as English councils' improvement teams kept ILACS plans in "
        "2019: UTF-8 with BOM, comma-separated, every view column including the list item ID, "
        "Modified/Modified By/Created/Created By, Attachments, Item Type and Path; person "
        "fields shown as AD display names 'Surname, Forename', several people joined by ';'; "
        "date-only column exported as UTC ISO timestamps (summer dates show 23:00Z the day "
        "before). Content invented.",
        reads="A flat list of 11 improvement actions, each with its own action ref (the ID "
        "column is the SharePoint item number, not a ref), a theme and the Ofsted "
        "recommendation it answers, an owner, a due date and a RAG status. No title line. "
        "Owners like 'Okafor, Grace' are one person; 'Mensah, Kofi;Lee, Sam' is two. "
        "23:00Z timestamps are the UK date of the next day, which is still in the same month.",
        actions=actions,
    )


# ======================================================================================
# 2. Youth Justice (HMIP) plan saved by Excel as "Unicode Text" (UTF-16LE, tab)
# ======================================================================================
def excel_text_row(cells, width, delim="\t"):
    out = []
    cells = list(cells) + [""] * (width - len(cells))
    for c in cells:
        c = "" if c is None else str(c)
        if any(ch in c for ch in ('"', "\n", delim)):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return delim.join(out)


def yjs():
    name = "c-yjs-hmip.txt"
    W = 7
    d1 = "Domain 1: Organisational delivery"
    d2 = "Domain 2: Court disposals"
    d3 = "Domain 3: Out-of-court disposals"
    rec1 = (
        "The YJS Management Board should: ensure that board members understand their "
        "roles and actively promote the work of the YJS in their own agencies"
    )
    rec2 = (
        "The YJS Manager should: ensure that staff have timely access to information "
        "held by children's social care and health services"
    )
    rec3 = (
        "The YJS Manager should: improve the quality of assessment and planning to keep "
        "other people safe"
    )
    rec4 = (
        "The YJS Management Board should: review the out-of-court disposal policy and "
        "the joint decision-making panel"
    )
    lines = [
        [
            "Northmoor Youth Justice Service – Improvement Plan following HM Inspectorate of "
            "Probation inspection"
        ],
        [
            "Inspection report published 14 May 2019; plan agreed by the YJS Management Board "
            "on 20 June 2019"
        ],
        [],
        [
            "RAG key:  R = not on track   A = progressing with some slippage   G = on track   "
            "B = completed"
        ],
        [],
        ["Ref", "Recommendation", "Action", "Lead", "Timescale", "RAG", "Progress update"],
        [d1],
    ]
    actions = []

    def act(ref, rec_cell, under, action, lead_cell, ts, rag, prog, exp):
        lines.append([ref, rec_cell, action, lead_cell, ts, rag, prog])
        lead, end, end_text, status = exp
        actions.append(A(ref, under, action, lead, end, status, end_text))

    act(
        "1.1",
        rec1,
        [d1, rec1],
        "Deliver a board induction and development session for all "
        "members, including a morning shadowing the YJS",
        "Chair of YJS Management Board",
        "By 31 July 2019",
        "G",
        "Session booked for 4 July; 9 of 11 members confirmed.",
        (["Chair of YJS Management Board"], "2019-07", "By 31 July 2019", "green"),
    )
    act(
        "1.2",
        "",
        [d1, rec1],
        "Refresh the board terms of reference and agree a named lead from each statutory partner",
        "Chair of YJS Management Board / YJS Manager",
        "Jun-19",
        "B",
        "Revised ToR agreed at June board.",
        (["Chair of YJS Management Board", "YJS Manager"], "2019-06", None, "blue"),
    )
    act(
        "1.3",
        "",
        [d1, rec1],
        "Introduce a quarterly performance report to the board that "
        "includes disproportionality and victim data",
        "Head of Youth Justice and Targeted Youth Support",
        "Q3 2019/20",
        "A",
        "First report drafted; victim data not yet available from the police.",
        (["Head of Youth Justice and Targeted Youth Support"], "2019-12", "Q3 2019/20", "amber"),
    )
    act(
        "2.1",
        rec2,
        [d1, rec2],
        "Give YJS case managers read-only access to the children's "
        "social care case management system",
        "YJS Manager",
        "End of September 2019",
        "R",
        "Data protection impact assessment still with the DPO.\nEscalated to the board "
        "chair 2 August.",
        (["YJS Manager"], "2019-09", "End of September 2019", "red"),
    )
    act(
        "2.2",
        "",
        [d1, rec2],
        "Agree an information-sharing protocol with the CAMHS provider and school nursing",
        "KD, MH",
        "Oct-19",
        "A",
        "",
        (["KD", "MH"], "2019-10", None, "amber"),
    )
    lines.append([d2])
    act(
        "3.1",
        rec3,
        [d2, rec3],
        "Deliver risk of serious harm and safety and wellbeing training to all case managers",
        "Team Manager (Court/Pre-court)",
        "Sept 2019 – Dec 2019",
        "G",
        "Two of three sessions delivered.",
        (["Team Manager (Court/Pre-court)"], "2019-12", "Sept 2019 – Dec 2019", "green"),
    )
    act(
        "3.2",
        "",
        [d2, rec3],
        "Introduce management countersigning of all assessments "
        "rated high or very high risk of serious harm",
        "Team Manager (Court/Pre-court)",
        "Ongoing",
        "G",
        "In place since 1 June; checked in monthly audit.",
        (["Team Manager (Court/Pre-court)"], None, "Ongoing", "green"),
    )
    act(
        "3.3",
        "",
        [d2, rec3],
        "Monthly case audits of assessment and planning, with learning shared at practice meetings",
        "YJS Practice Manager",
        "Monthly",
        "A",
        "July audit not completed (leave).",
        (["YJS Practice Manager"], None, "Monthly", "amber"),
    )
    lines.append([d3])
    act(
        "4.1",
        rec4,
        [d3, rec4],
        "Review the joint decision-making panel terms of reference with the police",
        "YJS Manager / Police Inspector (Neighbourhoods)",
        "31/12/2019",
        "A",
        "",
        (["YJS Manager", "Police Inspector (Neighbourhoods)"], "2019-12", None, "amber"),
    )
    act(
        "4.2",
        "",
        [d3, rec4],
        "Publish the revised out-of-court disposal policy",
        "YJS Manager",
        "TBC",
        "",
        "Depends on 4.1.",
        (["YJS Manager"], None, "TBC", "unrated"),
    )
    lines += [
        [],
        ["RAG summary"],
        ["R", "1"],
        ["A", "4"],
        ["G", "3"],
        ["B", "1"],
        ["Not rated", "1"],
        ["Total", "10"],
        [],
        [
            "Note: this plan is reviewed at every YJS Management Board; next review 12 "
            "September 2019."
        ],
    ]
    text = "\r\n".join(excel_text_row(l, W) for l in lines) + "\r\n"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    write_expected(
        name,
        source="Imitates a Youth Offending/Justice Service post-inspection improvement plan "
        "sent to HM Inspectorate of Probation and the YJS Management Board (such as "
        "Rotherham YOS's 2013 SQS improvement action plan and Reading YJS's 2024 plan: ref, "
        "recommendation, action, lead officer, timescale, RAG, progress), kept in Excel and "
        "saved as 'Unicode Text' (UTF-16LE with BOM, tab-separated, every row padded to the "
        "sheet width, multi-line cells quoted). Title lines, a RAG key line, domain section "
        "rows, the recommendation written only on the first row of its merged block, a RAG "
        "summary and a note after the table. Content invented.",
        reads="Ten numbered actions under three inspection domains, each answering one of "
        "four HMIP recommendations (the recommendation cell is filled only on the first row of "
        "each block and applies to the rows below it). RAG is a letter; the key makes B "
        "'completed'. The summary block and note after the table are not actions.",
        title="Northmoor Youth Justice Service – Improvement Plan following HM Inspectorate "
        "of Probation inspection",
        actions=actions,
    )


# ======================================================================================
# 3. Scottish joint inspection improvement plan (CSV, semicolon, UTF-8 with BOM)
# ======================================================================================
def scot():
    name = "c-scot-jics.csv"
    W = 7
    p1 = "Priority 1: Assessing and responding to risk and need"
    p2 = "Priority 2: Children and young people's views and participation"
    p3 = "Priority 3: Leadership and self-evaluation"
    a1 = (
        "Partners should ensure that chronologies are consistently completed and used to "
        "inform assessments of risk."
    )
    a2 = (
        "Partners should improve the quality of child's plans so that they are SMART and "
        "outcome focused."
    )
    a3 = (
        "Partners should ensure that children and young people are supported to express "
        "their views and that these influence planning."
    )
    a4 = (
        "The Chief Officers' Group should develop a shared approach to self-evaluation "
        "across children's services."
    )
    title = (
        "Riverside Community Planning Partnership: Improvement Plan following the Joint "
        "Inspection of Services for Children and Young People in Need of Care and "
        "Protection"
    )
    rows = [
        [title],
        ["Approved by the Chief Officers' Group, 3 October 2019"],
        [],
        [
            "Ref",
            "Area for improvement",
            "Action",
            "Lead officer",
            "Timescale",
            "RAG",
            "Progress update",
        ],
    ]
    actions = []

    def act(ref, p, area, action, lead_cell, ts, rag, prog, exp):
        rows.append([ref, area, action, lead_cell, ts, rag, prog])
        lead, end, end_text, status = exp
        actions.append(A(ref, [p, area], action, lead, end, status, end_text))

    rows.append([p1])
    act(
        "1.1",
        p1,
        a1,
        "Deliver multi-agency chronology training to social work, health and education staff",
        "Lead Officer Child Protection",
        "Q3 2019/20",
        "Green",
        "3 of 5 sessions held; 84 staff trained.",
        (["Lead Officer Child Protection"], "2019-12", "Q3 2019/20", "green"),
    )
    act(
        "1.2",
        p1,
        a1,
        "Audit a sample of 30 chronologies and report findings to the Child Protection Committee",
        "Quality Assurance Officer (Child Protection)",
        "December 2019",
        "Amber",
        "Audit tool agreed; sample drawn; reading delayed by staff absence.",
        (["Quality Assurance Officer (Child Protection)"], "2019-12", None, "amber"),
    )
    act(
        "1.3",
        p1,
        a2,
        "Introduce a revised child's plan template across social work, health and education",
        "Head of Children's Services and Criminal Justice",
        "31/03/2020",
        "Not started",
        "",
        (["Head of Children's Services and Criminal Justice"], "2020-03", None, "unrated"),
    )
    act(
        "1.4",
        p1,
        a2,
        "Core group chairs to review every child's plan for SMART outcomes at each core group",
        "Service Manager (Child Protection/Reviewing)",
        "Ongoing",
        "Green",
        "Reported monthly to CPC; 71% of plans judged SMART in September.",
        (["Service Manager (Child Protection/Reviewing)"], None, "Ongoing", "green"),
    )
    rows.append([p2])
    act(
        "2.1",
        p2,
        a3,
        "Commission an independent advocacy service for all children subject "
        "to child protection planning meetings",
        "CSWO / Head of Commissioning",
        "Aug 2019 – Jan 2020",
        "Red",
        "Tender returned no compliant bids; re-tendering.",
        (["CSWO", "Head of Commissioning"], "2020-01", "Aug 2019 – Jan 2020", "red"),
    )
    act(
        "2.2",
        p2,
        a3,
        "Roll out the Mind Of My Own app to all children's social work teams",
        "Principal Officer (Participation)",
        "Q4 2019/20",
        "Amber",
        "",
        (["Principal Officer (Participation)"], "2020-03", "Q4 2019/20", "amber"),
    )
    act(
        "2.3",
        p2,
        a3,
        "Report what children say in looked after reviews to the Corporate Parenting Board",
        "Reviewing Officer Team Leader",
        "Six-monthly",
        "Green",
        "First report to the Board on 12 November.",
        (["Reviewing Officer Team Leader"], None, "Six-monthly", "green"),
    )
    rows.append([p3])
    act(
        "3.1",
        p3,
        a4,
        "Agree a multi-agency self-evaluation framework and calendar",
        "Chief Officers' Group",
        "Oct-19",
        "Complete",
        "Framework approved 1 October.",
        (["Chief Officers' Group"], "2019-10", None, "blue"),
    )
    act(
        "3.2",
        p3,
        a4,
        "Establish a multi-agency data dashboard for the Child Protection Committee",
        "Lead Officer Child Protection / NHS Information Analyst",
        "TBC",
        "",
        "Scoping with NHS board information team; timescale to be agreed.",
        (["Lead Officer Child Protection", "NHS Information Analyst"], None, "TBC", "unrated"),
    )
    rows += [
        [],
        [
            "Key: Red = not on track, Amber = some delay, Green = on track, Complete = "
            "action complete"
        ],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for r in rows:
        w.writerow(list(r) + [""] * (W - len(r)))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_expected(
        name,
        source="Imitates a Scottish community planning partnership's improvement plan after "
        "a Care Inspectorate-led joint inspection of services for children and young people "
        "in need of care and protection (areas for improvement from the report, lead officer, "
        "timescale in financial-year quarters, RAG, progress), exported from Excel as a "
        "semicolon-separated CSV with UTF-8 BOM; title line, approval line, priority section "
        "rows, the area for improvement repeated on every row, a key line at the end. Content "
        "invented.",
        reads="Nine numbered actions under three priorities, each answering an area for "
        "improvement from the inspection report. Timescales mix quarters (Q3 2019/20 = "
        "December 2019), a period, a date and words; 'CSWO / Head of Commissioning' is two "
        "posts. The closing key line is not an action.",
        title=title,
        actions=actions,
    )


# ======================================================================================
# xlsx helpers
# ======================================================================================
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

FILL = {
    c: PatternFill("solid", start_color=v, end_color=v)
    for c, v in dict(
        red="FF0000",
        amber="FFC000",
        green="00B050",
        blue="00B0F0",
        grey="D9D9D9",
        head="1F3864",
        sec="DDEBF7",
    ).items()
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ======================================================================================
# 4. Smartsheet export to Excel, hierarchy by indentation
# ======================================================================================
def smartsheet():
    name = "c-smartsheet.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CSC Improvement Plan 2019"
    head = [
        "Task Name",
        "Status",
        "Assigned To",
        "Start Date",
        "End Date",
        "% Complete",
        "Comments",
        "Modified",
    ]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    D = dt.datetime
    t1 = "Theme 1: Leadership, management and oversight"
    t2 = "Theme 2: Help and protection"
    rA = (
        "Recommendation 1: Improve the consistency and quality of supervision and "
        "management oversight"
    )
    rB = "Recommendation 2: Improve the accuracy of performance information available to managers"
    rC = (
        "Recommendation 3: Ensure that children who go missing are offered a timely "
        "return home interview"
    )
    rD = (
        "Recommendation 4: Improve the quality of child protection plans so that they are "
        "specific about what needs to change"
    )
    # (level, task, status, assigned, start, end, pct, comment, exp)
    rows = [
        (0, t1, "", "", D(2019, 1, 7), D(2020, 3, 31), 0.43, "", None),
        (1, rA, "", "", D(2019, 1, 7), D(2020, 3, 31), 0.42, "", None),
        (
            2,
            "Launch revised supervision policy and recording template",
            "Blue",
            "Priya Shah",
            D(2019, 1, 7),
            D(2019, 3, 29),
            1.0,
            "Launched 25/03",
            (["Priya Shah"], "2019-03", "blue"),
        ),
        (
            2,
            "Quarterly supervision audits by Heads of Service",
            "Green",
            "Priya Shah, Tom Reilly",
            D(2019, 4, 1),
            D(2020, 3, 31),
            0.25,
            "",
            (["Priya Shah", "Tom Reilly"], "2020-03", "green"),
        ),
        (
            2,
            "Practice Week: senior leaders observe supervision in every team",
            "Yellow",
            "Tom Reilly",
            D(2019, 6, 3),
            D(2019, 6, 7),
            0.0,
            "Moved from May (Ofsted MV)",
            (["Tom Reilly"], "2019-06", "amber"),
        ),
        (1, rB, "", "", D(2019, 1, 14), D(2019, 9, 30), 0.45, "", None),
        (
            2,
            "Rebuild the children in need performance report in Power BI",
            "Red",
            "Dan Hughes",
            D(2019, 1, 14),
            D(2019, 6, 28),
            0.4,
            "Data warehouse issues",
            (["Dan Hughes"], "2019-06", "red"),
        ),
        (
            2,
            "Data quality sessions for business support staff and team managers",
            "Green",
            "Dan Hughes",
            D(2019, 2, 4),
            D(2019, 9, 30),
            0.5,
            "",
            (["Dan Hughes"], "2019-09", "green"),
        ),
        (0, t2, "", "", D(2019, 2, 1), D(2019, 12, 31), 0.49, "", None),
        (1, rC, "", "", D(2019, 2, 1), D(2019, 7, 31), 0.8, "", None),
        (
            2,
            "Recommission the return home interview service",
            "Yellow",
            "Aisha Rahman",
            D(2019, 2, 1),
            D(2019, 7, 31),
            0.6,
            "Tender evaluation w/c 10 June",
            (["Aisha Rahman"], "2019-07", "amber"),
        ),
        (
            2,
            "Daily missing children report to the MASH team manager",
            "Blue",
            "Aisha Rahman",
            None,
            D(2019, 3, 15),
            1.0,
            "",
            (["Aisha Rahman"], "2019-03", "blue"),
        ),
        (1, rD, "", "", D(2019, 9, 2), D(2019, 12, 31), 0.1, "", None),
        (
            2,
            "Revise the child protection plan template with parents and young people",
            "",
            "Chris Evans",
            D(2019, 9, 2),
            D(2019, 12, 31),
            0.0,
            "",
            (["Chris Evans"], "2019-12", "unrated"),
        ),
        (
            2,
            "Conference chairs to escalate plans that are not specific",
            "Green",
            "Chris Evans",
            None,
            D(2019, 11, 29),
            0.2,
            "",
            (["Chris Evans"], "2019-11", "green"),
        ),
    ]
    actions = []
    cur = [None, None]
    for i, (lvl, task, st, who, start, end, pct, com, exp) in enumerate(rows):
        r = i + 2
        ws.append(
            [task, st or None, who or None, start, end, pct, com or None, D(2019, 6, 14, 9, 12)]
        )
        ws.cell(r, 1).alignment = Alignment(horizontal="left", indent=lvl * 2, wrap_text=False)
        if lvl < 2:
            ws.cell(r, 1).font = Font(bold=True)
            cur[lvl] = task
            if lvl == 0:
                cur[1] = None
        for c in (4, 5):
            ws.cell(r, c).number_format = "dd/mm/yy"
        ws.cell(r, 6).number_format = "0%"
        ws.cell(r, 8).number_format = "dd/mm/yy hh:mm"
        if exp:
            lead, endm, status = exp
            actions.append(A(None, [cur[0], cur[1]], task, lead, endm, status))
    for col, wdt in zip("ABCDEFGH", (78, 9, 22, 11, 11, 11, 28, 15)):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "B2"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates a Smartsheet project sheet exported with 'Export to Microsoft "
        "Excel', a format several English councils and trusts used to track inspection "
        "improvement plans: one header row, hierarchy shown only by indentation of the Task "
        "Name (parent rows bold, with rolled-up start/end dates and % complete), a Status "
        "column from Smartsheet's RYG(B) ball symbol exported as the words Red/Yellow/Green/"
        "Blue, contact column with full names joined by ', ', dd/mm/yy dates. Content "
        "invented.",
        reads="Two themes, each with two recommendations (indented parent rows), and under "
        "each recommendation two or three indented tasks, which are the actions (nine in all, "
        "no refs). Parent rows carry only rolled-up dates and are headings, not actions. "
        "Smartsheet's 'Yellow' ball is amber and 'Blue' is complete; a blank status is "
        "unrated. 'Priya Shah, Tom Reilly' is two people. No title in the sheet (the tab is "
        "named 'CSC Improvement Plan 2019').",
        actions=actions,
    )


# ======================================================================================
# 5. ILACS improvement plan updated for a monitoring visit (xlsx)
# ======================================================================================
def ilacs():
    name = "c-ilacs-monitoring.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    D = dt.datetime
    ws["A1"] = "Eastcombe Borough Council – Children's Services Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = (
        "Response to the Ofsted inspection of local authority children's services "
        "(ILACS), January 2019 – updated for the monitoring visit, July 2019"
    )
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, f) in zip(
        "BCDE",
        [
            ("Blue – complete", "blue"),
            ("Green – on track", "green"),
            ("Amber – some slippage, action in hand", "amber"),
            ("Red – off track", "red"),
        ],
    ):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = FILL[f]
    hdr = [
        "Ref",
        "Ofsted recommendation",
        "Action",
        "Lead",
        "Original target date",
        "Revised target date",
        "Previous RAG (Mar 19)",
        "Current RAG (Jul 19)",
        "Progress and evidence",
    ]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    t1 = "Theme 1: Management oversight and supervision"
    t2 = "Theme 2: Assessment and planning"
    t3 = "Theme 3: Children in care"
    rec1 = (
        "The quality and consistency of management oversight and supervision, so that it "
        "drives progress for children."
    )
    rec2 = (
        "The quality of assessments and plans for children in need and children subject "
        "to child protection plans."
    )
    rec3 = "The sufficiency of placements and the stability of placements for children in care."
    code = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    # (ref, action, lead, orig, revised, prev, cur_text, cur_fill, progress, exp)
    blocks = [
        (
            t1,
            rec1,
            [
                (
                    "1.1",
                    "Refresh the supervision policy and deliver training to all first-line "
                    "managers",
                    "Head of Safeguarding and Quality Assurance",
                    D(2019, 3, 31),
                    None,
                    "A",
                    "B",
                    "blue",
                    "Policy launched March 2019; 38 of 41 managers trained.",
                    (["Head of Safeguarding and Quality Assurance"], "2019-03", None, "blue"),
                ),
                (
                    "1.2",
                    "Monthly dip sample of supervision records by Service Managers",
                    "Service Manager (CIN/CP)",
                    "Monthly",
                    None,
                    "G",
                    "G",
                    "green",
                    "June dip sample: 80% of records good or better.",
                    (["Service Manager (CIN/CP)"], None, "Monthly", "green"),
                ),
                (
                    "1.3",
                    "Team manager development programme with an external provider",
                    "Head of Service / Principal Social Worker",
                    D(2019, 4, 30),
                    D(2019, 9, 30),
                    "A",
                    "A",
                    "amber",
                    "Provider appointed June; first module September.",
                    (["Head of Service", "Principal Social Worker"], "2019-09", None, "amber"),
                ),
            ],
        ),
        (
            t2,
            rec2,
            [
                (
                    "2.1",
                    "Launch the revised assessment practice standards",
                    "KP, DM",
                    "w/c 11/03/19",
                    None,
                    "G",
                    "B",
                    "blue",
                    "Launched at practice week.",
                    (["KP", "DM"], "2019-03", "w/c 11/03/19", "blue"),
                ),
                (
                    "2.2",
                    "Audit 30 assessments a month, moderated by the Principal Social Worker",
                    "Principal Social Worker",
                    "Ongoing",
                    None,
                    "A",
                    "G",
                    "green",
                    "Audit programme on schedule since April.",
                    (["Principal Social Worker"], None, "Ongoing", "green"),
                ),
                (
                    "2.3",
                    "Conference chairs to check every child protection plan for SMART "
                    "outcomes at each review conference",
                    "Service Manager (Child Protection and Reviewing)",
                    D(2019, 6, 30),
                    D(2019, 10, 31),
                    "G",
                    None,
                    "red",
                    "Two chair vacancies; checks in fewer than half of conferences.",
                    (["Service Manager (Child Protection and Reviewing)"], "2019-10", None, "red"),
                ),
            ],
        ),
        (
            t3,
            rec3,
            [
                (
                    "3.1",
                    "Publish a refreshed placement sufficiency strategy",
                    "Head of Commissioning",
                    D(2019, 5, 31),
                    None,
                    "R",
                    None,
                    "amber",
                    "Draft to Cabinet in September.",
                    (["Head of Commissioning"], "2019-05", None, "amber"),
                ),
                (
                    "3.2",
                    "Recruit 12 additional in-house foster carers",
                    "Fostering Team Manager",
                    "Q4 2019/20",
                    None,
                    "A",
                    "A",
                    "amber",
                    "5 approved, 4 in assessment.",
                    (["Fostering Team Manager"], "2020-03", "Q4 2019/20", "amber"),
                ),
                (
                    "3.3",
                    "Virtual School to review the personal education plan of every child in "
                    "care each term",
                    "Virtual School Headteacher",
                    "Termly",
                    None,
                    "G",
                    "G",
                    "green",
                    "Summer term: 96% of PEPs reviewed.",
                    (["Virtual School Headteacher"], None, "Termly", "green"),
                ),
            ],
        ),
    ]
    r = 7
    actions = []
    for theme, rec, acts in blocks:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = FILL["sec"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for ref, act, lead, orig, rev, prev, cur, curfill, prog, exp in acts:
            vals = [ref, rec if r == first else None, act, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = FILL[code[prev]]
            ws.cell(r, 8).fill = FILL[curfill]
            for j in (7, 8):
                ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            lead_l, end, end_text, status = exp
            actions.append(A(ref, [theme, rec], act, lead_l, end, status, end_text))
            ws.row_dimensions[r].height = 42
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG summary (current)").font = Font(bold=True)
    r += 1
    for label, n, f in [
        ("Blue", 2, "blue"),
        ("Green", 3, "green"),
        ("Amber", 3, "amber"),
        ("Red", 1, "red"),
    ]:
        ws.cell(r, 1, label).fill = FILL[f]
        ws.cell(r, 2, n)
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, 9).font = Font(bold=True)
    r += 2
    ws.cell(
        r,
        1,
        "Notes: revised target dates agreed by the Improvement Board on 18 June "
        "2019. Previous RAG as reported to the March 2019 Board.",
    )
    for col, wdt in zip("ABCDEFGHI", (7, 34, 44, 26, 13, 13, 11, 11, 40)):
        ws.column_dimensions[col].width = wdt
    ws.row_dimensions[6].height = 32
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "6:6"
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates English ILACS improvement plans as brought up to date for an Ofsted "
        "monitoring visit (Excel, published with committee papers 2019): title and subtitle "
        "rows, a coloured RAG key row, theme rows across the table, the Ofsted "
        "recommendation merged down its block, original and revised target dates, previous "
        "and current RAG columns (the current one sometimes only a cell colour), then a RAG "
        "summary with totals and a notes line. Content invented.",
        reads="Nine numbered actions in three themes, each block answering one Ofsted "
        "recommendation. The end is the revised target date where one is given, else the "
        "original; the status is the Current RAG (Jul 19), read from the cell colour where "
        "the cell is empty. 'Head of Service / Principal Social Worker' is two posts; 'KP, DM' "
        "two people. The RAG summary, totals and notes are not actions.",
        title="Eastcombe Borough Council – Children's Services Improvement Plan",
        actions=actions,
    )


# ======================================================================================
# 6. Focused visit action plan (docx) with a mistyped month: refuse
# ======================================================================================
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


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


def focused_visit():
    name = "c-focused-visit.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(
        "Hartfield County Council – Action plan following the Ofsted focused visit, February 2020",
        level=1,
    )
    doc.add_paragraph("Document control")
    t1 = doc.add_table(rows=0, cols=4)
    t1.style = "Table Grid"
    for row in [
        ("Version", "Date", "Author", "Changes"),
        ("0.3", "12/03/2020", "LM", "Draft for DCS"),
        ("1.0", "20/03/2020", "LM", "Approved by the Improvement Board"),
    ]:
        cells = t1.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG: Red – not on track; Amber – some risk to delivery; Green – on track; Blue – complete."
    )
    t2 = doc.add_table(rows=0, cols=6)
    t2.style = "Table Grid"
    hdr = ("Ref", "Area for improvement", "Action", "Owner", "Due", "RAG")
    cells = t2.add_row().cells
    for c, v in zip(cells, hdr):
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    fv1 = "Thresholds are not consistently understood and applied by partners at the front door."
    fv2 = "Management oversight in the assessment teams does not always lead to timely action."
    data = [
        ("sec", "Front door and early help"),
        (
            "1a",
            fv1,
            "Relaunch the threshold document with all partner agencies through the LSCP",
            "Head of MASH and Early Help",
            "Apr-2020",
            "Green",
        ),
        (
            "1b",
            fv1,
            "MASH consultation line staffed by a social worker daily 9am–5pm",
            "MASH Team Manager",
            "Jun-2020",
            "Amber",
        ),
        (
            "1c",
            fv1,
            "Quarterly multi-agency audit of contacts that did not progress",
            "LSCP Business Manager",
            "Sep-2020",
            "Green",
        ),
        ("sec", "Children in need and child protection"),
        (
            "2a",
            fv2,
            "Weekly case tracking meetings in each assessment team",
            "Service Manager (Assessment)",
            "Jul-2020",
            "Green",
        ),
        (
            "2b",
            fv2,
            "Introduce a 10-day visiting standard for all open assessments",
            "Service Manager (Assessment)",
            "0ct-2020",
            "Amber",
        ),
        (
            "2c",
            fv2,
            "Practice supervisor post for each assessment team",
            "Head of Children's Social Care",
            "Dec-2020",
            "Red",
        ),
        (
            "2d",
            fv2,
            "Team manager dashboard showing visits and assessments out of timescale",
            "Performance and Intelligence Manager",
            "Nov-2020",
            "Green",
        ),
    ]
    first = {}
    for d in data:
        if d[0] == "sec":
            row = t2.add_row()
            m = row.cells[0].merge(row.cells[5])
            m.text = d[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
            continue
        row = t2.add_row()
        ref, area, act, owner, due, rag = d
        vals = (ref, area if area not in first else "", act, owner, due, rag)
        for c, v in zip(row.cells, vals):
            c.text = v
        shade(row.cells[5], {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[rag])
        if area in first:
            first[area].merge(row.cells[1])
        else:
            first[area] = row.cells[1]
    for row in t2.rows:
        for c, wdt in zip(row.cells, (1.2, 6, 8, 4.5, 2.2, 1.8)):
            c.width = Cm(wdt)
    # table rows across all tables: t1 has 3 rows; t2 row k -> 3 + k
    bad = 3 + 1 + [i for i, d in enumerate(data) if d[0] == "2b"][0] + 1
    doc.add_paragraph("")
    doc.add_paragraph("This plan is monitored monthly by the Improvement Board.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="Imitates English councils' action plans after an Ofsted focused visit "
        "(Word, 2020): heading, document-control table, a RAG key sentence, then one table "
        "of ref / area for improvement (merged down its block) / action / owner / due month "
        "(Mmm-yyyy) / RAG with coloured cells, and section rows across the table. Content "
        "invented.",
        reads="Seven lettered actions under two headings, each answering one area for "
        "improvement from the visit letter. Action 2b's due month is written '0ct-2020' with a "
        "zero for the O: a mistyped month, so a careful person stops and asks before reading "
        "the plan.",
        outcome="refuse",
        refuse_at=bad,
        title="Hartfield County Council – Action plan following the Ofsted focused visit, "
        "February 2020",
    )
    return bad


if __name__ == "__main__":
    sharepoint()
    yjs()
    scot()
    smartsheet()
    ilacs()
    print("focused visit refuse_at", focused_visit())
