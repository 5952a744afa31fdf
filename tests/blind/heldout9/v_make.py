#!/usr/bin/env python3
"""Generate the heldout9 "v-" blind cases: six text exports of council improvement plans
and the expected reading of each (written by hand below, not derived by parsing)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def csv_cell(v, sep=",", always=False):
    v = "" if v is None else str(v)
    if always or any(c in v for c in (sep, '"', "\n", "\r")):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_text(rows, sep=",", always=False, eol="\r\n"):
    return "".join(sep.join(csv_cell(c, sep, always) for c in r) + eol for r in rows)


def line_of(text, marker):
    i = text.index(marker)
    return text.count("\n", 0, i) + 1


def write_yaml(name, meta, actions):
    out = []
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            v = meta[k]
            if isinstance(v, bool):
                out.append(f"{k}: {'true' if v else 'false'}")
            elif isinstance(v, int):
                out.append(f"{k}: {v}")
            else:
                out.append(f"{k}: {q(v)}")
    if meta["outcome"] == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append(f"    under: {q(a['under'])}")
            out.append(f"    action: {q(a['action'])}")
            out.append(f"    lead: {q(a['lead'])}")
            out.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=list(under), action=action, lead=list(lead), end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    return d


# ---------------------------------------------------------------------------
# 1. Excel "Save as CSV (Comma delimited)" of an improvement plan workbook
# ---------------------------------------------------------------------------
def case1():
    name = "v-excel-saveas-improvement.csv"
    W = 10
    def row(*cells):
        cells = list(cells)
        return cells + [""] * (W - len(cells))
    T1 = "1. Leadership and management oversight"
    T2 = "2. Front door and assessment"
    T3 = "3. Children in care and care leavers"
    T4 = "4. Workforce"
    acts = []
    rows = [
        row("Wexcombe Borough Council - Children's Services Improvement Plan 2023-2025"),
        row("Following the Ofsted ILACS inspection (June 2023) - version 6 - updated 09/02/2024"),
        row(),
        row("Theme", "", "Ref", "Action", "Lead officer", "Timescale", "RAG", "Progress update"),
        row(),
        row(T1),
    ]
    def act(theme, ref, text, lead_cell, end_cell, rag_cell, upd, lead, end, status, end_text=None):
        rows.append(row("", "", ref, text, lead_cell, end_cell, rag_cell, upd))
        acts.append(A(ref, [theme], text, lead, end, status, end_text))
    act(T1, "1.1", "Establish an Improvement Board with an independent chair, meeting monthly, to drive and monitor delivery of this plan.",
        "DCS", "Sep-23", "B", "Board established; first meeting 14/09/23", ["DCS"], "2023-09", "blue")
    act(T1, "1.2", "Introduce a monthly performance clinic for team managers, with exception reporting on visits, supervision and case audits.",
        "AD Safeguarding", "Oct-23", "G", "Clinics running since October", ["AD Safeguarding"], "2023-10", "green")
    act(T1, "1.3", "Revise the supervision policy so that:\n- supervision records show clear direction\n- reflective discussion is recorded\n- actions are reviewed at the next session",
        "PSW/QA Manager", "Dec-23", "A", "Policy drafted, consultation extended to January", ["PSW", "QA Manager"], "2023-12", "amber")
    act(T1, "1.4", "Deliver management oversight training to all team managers and senior practitioners.",
        "Workforce Development Manager", "Mar-24", "G", "", ["Workforce Development Manager"], "2024-03", "green")
    rows.append(row())
    rows.append(row(T2))
    act(T2, "2.1", 'Review MASH thresholds with partners and re-launch the "Continuum of Need" document.',
        "RG/JF", "Nov-23", "B", "Re-launched at partnership event 21/11/23", ["RG", "JF"], "2023-11", "blue")
    act(T2, "2.2", "Reduce the number of contacts awaiting a decision over 24 hours to zero.",
        "Head of MASH", "Jan-24", "R", "Backlog rose in December.\nRecovery plan agreed with AD; weekly tracking in place.", ["Head of MASH"], "2024-01", "red")
    act(T2, "2.3", "Audit 40 strategy discussions to test attendance of police and health.",
        "QA Manager", "Feb-24", "A", "22 of 40 complete", ["QA Manager"], "2024-02", "amber")
    act(T2, "2.4", "Ensure all assessments are completed within 45 working days, or the reason for delay is recorded on the child's file.",
        "Service Manager (Assessment)", "Mar-24", "G", "", ["Service Manager (Assessment)"], "2024-03", "green")
    rows.append(row())
    rows.append(row(T3))
    act(T3, "3.1", "Every child in care to have an up to date care plan, reviewed by their IRO.",
        "Head of Children in Care", "Dec-23", "G", "94% in date", ["Head of Children in Care"], "2023-12", "green")
    act(T3, "3.2", "Recruit 20 additional foster carers, including 5 for sibling groups.",
        "Fostering Manager", "Mar-25", "A", "9 approved to date", ["Fostering Manager"], "2025-03", "amber")
    act(T3, "3.3", "Launch a care leavers' local offer, co-produced with the Children in Care Council.",
        "Lee, Sam", "Jun-24", "", "Not yet due", ["Lee, Sam"], "2024-06", "unrated")
    act(T3, "3.4", "Review the pathway plans of all 18-21 year olds not in education, employment or training.",
        "Leaving Care Team Manager & Virtual School Head", "Ongoing", "G", "Monthly review meeting", ["Leaving Care Team Manager", "Virtual School Head"], None, "green", "Ongoing")
    rows.append(row())
    rows.append(row(T4))
    act(T4, "4.1", "Reduce the agency social worker rate to below 20%.",
        "HR Business Partner", "Mar-25", "A", "Currently 27%", ["HR Business Partner"], "2025-03", "amber")
    act(T4, "4.2", "Introduce a caseload cap of 18 children for newly qualified social workers.",
        "AD Safeguarding", "Apr-24", "G", "", ["AD Safeguarding"], "2024-04", "green")
    rows += [
        row(), row(),
        row("", "", "", "Key: B = complete   G = on track   A = some slippage   R = off track"),
        row(),
        row("", "", "", "Summary"),
        row("", "", "", "Complete (B)", "2"),
        row("", "", "", "Green", "6"),
        row("", "", "", "Amber", "4"),
        row("", "", "", "Red", "1"),
        row("", "", "", "Not rated", "1"),
        row("", "", "", "Total actions", "14"),
    ]
    text = csv_text(rows)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode("cp1252"))
    write_yaml(name, dict(
        source="Imitates an English council's post-ILACS Children's Services Improvement Plan workbook (e.g. the kind "
               "taken to cabinet by Herefordshire, Dec 2022) saved from Excel as 'CSV (Comma delimited)': title and "
               "version lines above, a padding column B, theme rows in column A, RAG letters, a key line and a totals block.",
        reads="A 14-action improvement plan in four numbered themes; each action has a ref, lead, Excel-formatted month "
              "(Sep-23) and a B/G/A/R letter. Below the plan are a key and a RAG summary with counts, which are not actions.",
        outcome="read", accept_refusal=False,
        title="Wexcombe Borough Council - Children's Services Improvement Plan 2023-2025"), acts)


# ---------------------------------------------------------------------------
# 2. Word table pasted to Excel, saved as "Unicode Text" (UTF-16LE, BOM, tabs)
# ---------------------------------------------------------------------------
def case2():
    name = "v-word-table-unicode.txt"
    W = 6
    def row(*cells):
        cells = list(cells)
        return cells + [""] * (W - len(cells))
    R1 = "1. Information sharing between agencies when strategy discussions are held"
    R2 = "2. The recognition of, and response to, children at risk of exploitation"
    R3 = "3. The voice of the child in assessments and plans"
    R4 = "4. Partnership oversight and learning"
    title = "Northfield Safeguarding Children Partnership \u2013 Joint Targeted Area Inspection Action Plan (March 2024)"
    rows = [row(title), row(),
            row("Area for improvement", "What we will do", "Lead", "By when", "RAG", "Progress / impact")]
    acts = []
    cur = [None]
    def act(rec, text, lead_cell, end_cell, rag_cell, upd, lead, end, status, end_text=None):
        first = rec if cur[0] != rec else ""
        cur[0] = rec
        rows.append(row(first, text, lead_cell, end_cell, rag_cell, upd))
        acts.append(A(None, [rec], text, lead, end, status, end_text))
    act(R1, "\u2022 Agree a single strategy discussion template across police, health and children\u2019s social care\n\u2022 Embed it in the MASH from April",
        "Head of MASH / DI Public Protection", "April 2024", "Complete", "Template in use since 2 April",
        ["Head of MASH", "DI Public Protection"], "2024-04", "blue")
    act(R1, "Health representation at all strategy discussions, including out of hours.",
        "Designated Nurse Safeguarding", "June 2024", "Green", "", ["Designated Nurse Safeguarding"], "2024-06", "green")
    act(R1, "Multi-agency audit of 30 strategy discussions, with findings reported to the Partnership Executive.",
        "Khan, Aisha", "Autumn term 2024", "Amber", "Audit tool agreed; dates to be set",
        ["Khan, Aisha"], "2024-12", "amber", "Autumn term 2024")
    act(R2, "Refresh the exploitation screening tool and train all front-line staff in its use.",
        "Exploitation Lead, Children\u2019s Social Care", "September 2024", "Green", "",
        ["Exploitation Lead, Children\u2019s Social Care"], "2024-09", "green")
    act(R2, "Launch a monthly MACE (Multi-Agency Child Exploitation) panel:\n\u2022 chaired by a police DCI\n\u2022 attended by education and youth justice",
        "DCI Helen Marsh and Youth Justice Manager", "Ongoing", "Green", "First panel held 18 March\nAttendance 90%",
        ["DCI Helen Marsh", "Youth Justice Manager"], None, "green", "Ongoing")
    act(R2, "Map exploitation hotspots with the Community Safety Partnership.",
        "CSP Manager", "31/12/2024", "Not started", "", ["CSP Manager"], "2024-12", "unrated")
    act(R3, 'Introduce "What matters to me" pages in all child protection plans.',
        "Principal Social Worker", "Summer term 2024", "Red", "Delayed by system change",
        ["Principal Social Worker"], "2024-07", "red", "Summer term 2024")
    act(R3, "Children and young people to co-design the partnership\u2019s feedback survey.",
        "Participation Officer", "Spring term 2024", "Complete", "Survey launched",
        ["Participation Officer"], "2024-03", "blue", "Spring term 2024")
    act(R3, "Quarterly report to the Partnership on what children have told us and what changed as a result.",
        "Partnership Business Manager", "Quarterly", "Amber", "", ["Partnership Business Manager"], None, "amber", "Quarterly")
    act(R4, "Revise the multi-agency audit programme and publish a learning briefing after each audit.",
        "Independent Scrutineer", "March 2025", "Green", "", ["Independent Scrutineer"], "2025-03", "green")
    act(R4, "Deliver Partnership training on professional curiosity to 300 practitioners.",
        "Training Coordinator", "Jan \u2013 March 2025", "Amber", "Venue booked",
        ["Training Coordinator"], "2025-03", "amber", "Jan \u2013 March 2025")
    rows += [row(), row("Progress reviewed at the Partnership Executive on 12 March 2024. Next review: June 2024.")]
    text = csv_text(rows, sep="\t")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    write_yaml(name, dict(
        source="Imitates a safeguarding partnership's JTAI action plan kept as a Word table, pasted into Excel and saved as "
               "'Unicode Text (*.txt)': UTF-16LE with BOM, tab separated, CRLF rows, quoted cells with inner line feeds "
               "and bullets, the vertically merged 'Area for improvement' cell only filled on its first row.",
        reads="A title line, then 11 actions under four numbered areas for improvement (no refs); leads in several forms, "
              "dates as months, school terms, a period, 'Ongoing' and 'Quarterly'; RAG words including Complete and Not started.",
        outcome="read", accept_refusal=False, title=title), acts)


# ---------------------------------------------------------------------------
# 3. SharePoint list "Export to CSV" -- refuse (revised date 2052 in a 2024-25 plan)
# ---------------------------------------------------------------------------
def case3():
    name = "v-sharepoint-list.csv"
    hdr = ["Title", "Ref", "Theme", "Recommendation", "Action Owner", "Target Date", "Revised Target Date",
           "Status", "Latest Update", "Modified", "Modified By", "Created", "Created By", "Item Type", "Path"]
    P = "sites/ASCImprovement/Lists/Improvement Actions"
    rows = [hdr]
    n = [0]
    def r(title, ref, theme, rec, owner, target, revised, status, upd, modified, modby):
        n[0] += 1
        rows.append([title, ref, theme, rec, owner, target, revised, status, upd, modified, modby,
                     "2024-05-14T09:12:44Z", "Okafor, Grace", "Item", P])
    T1, T2, T3 = "Working with people", "Providing support", "Leadership"
    r("Publish an accessible guide to how we assess eligibility for care and support", "WP-01", T1,
      "Improve information and advice for people who fund their own care", "Okafor, Grace", "2024-07-30T23:00:00Z", "",
      "Blue - complete", "Guide published on website 26/07.\nEasy read version with the print unit.",
      "2024-08-02T14:31:07Z", "Okafor, Grace")
    r("Reduce the waiting list for Care Act assessments to under 150 people", "WP-02", T1,
      "Reduce waiting times for assessment", "Jones, Sam; Patel, Anita", "2024-12-31T00:00:00Z", "2025-03-31T00:00:00Z",
      "Amber - at risk", "Waiting list 212 at end of November", "2024-12-04T10:02:55Z", "Jones, Sam")
    r("Introduce a triage call within 5 working days for everyone on the waiting list", "WP-03", T1,
      "Reduce waiting times for assessment", "Head of Adult Social Care Operations", "2024-09-29T23:00:00Z", "",
      "Green - on track", "", "2024-09-10T08:45:00Z", "Jones, Sam")
    r("Carers' assessments offered at every first contact", "WP-04", T1,
      "Improve support for unpaid carers", "Carers Lead", "2024-11-30T00:00:00Z", "",
      "Red - off track", "Form change needed in case management system; IT request raised", "2024-11-28T16:20:31Z", "Okafor, Grace")
    r("Commission additional home care capacity in the rural west locality", "PS-01", T2,
      "Ensure sufficient home care in rural areas", "Commissioning Manager", "2025-01-31T00:00:00Z", "",
      "Green - on track", "Tender evaluated; award January", "2025-01-06T11:11:19Z", "Brown, Lee")
    r("Review all direct payment packages over 12 months old", "PS-02", T2,
      "Increase uptake of direct payments", "Direct Payments Team Leader", "2025-03-31T00:00:00Z", "",
      "Not started", "", "2024-05-14T09:12:44Z", "Okafor, Grace")
    r("Launch a reablement-first pathway from hospital discharge", "PS-03", T2,
      "Improve outcomes after hospital discharge", "Reablement Manager", "2024-10-30T00:00:00Z", "2052-03-31T00:00:00Z",
      "Amber - at risk", "Dependent on NHS pathway 1 funding decision", "2024-11-01T09:30:12Z", "Brown, Lee")
    r("Quarterly quality assurance report to the Adult Social Care Board", "L-01", T3,
      "Strengthen quality assurance and use of data", "Principal Social Worker", "2024-12-31T00:00:00Z", "",
      "Green - on track", "Q2 report presented 14/11", "2024-11-15T13:00:00Z", "Okafor, Grace")
    r("Co-produce the new ASC strategy with people who draw on care and support", "L-02", T3,
      "Strengthen co-production", "Director of Adult Social Services", "2025-06-29T23:00:00Z", "",
      "Green - on track", "Co-production group meets monthly", "2025-01-20T10:41:27Z", "Okafor, Grace")
    r("Workforce plan addressing recruitment of occupational therapists", "L-03", T3,
      "Address workforce shortages", "HR Business Partner; Principal OT", "2025-02-27T00:00:00Z", "",
      "Amber - at risk", "", "2025-01-20T10:44:02Z", "Okafor, Grace")
    text = csv_text(rows)
    bad = line_of(text, "2052-03-31")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    write_yaml(name, dict(
        source="Imitates an adult social care CQC-assessment improvement tracker kept as a SharePoint list and exported "
               "with 'Export to CSV': UTF-8 BOM, one row per action, ISO 8601 UTC timestamps for the date columns, a Status "
               "choice column ('Green - on track'), person columns as 'Surname, Forename', and Modified/Created/Item Type/Path columns.",
        reads="Ten actions with refs under three themes and their recommendations. Action PS-03 has a target date of "
              "October 2024 and a revised target date of 31 March 2052 in a plan whose other dates run 2024-2025; the revised "
              "date (which is the one that counts) is plainly a typing error (2025?), so a careful person would stop and ask.",
        outcome="refuse", accept_refusal=False, refuse_at=bad), [])
    return bad


# ---------------------------------------------------------------------------
# 4. Pentana-style performance system export -- refuse (US month-first date among UK dates)
# ---------------------------------------------------------------------------
def case4():
    name = "v-pentana-export.csv"
    rows = [["Report: Action Plan Progress - Youth Justice Inspection Improvement Plan"],
            ["Generated: 03/02/2025 08:14 by Ruth Ellison"],
            [],
            ["Code", "Title", "Type", "Parent Code", "Assigned To", "Original Due Date", "Due Date", "Progress",
             "Status", "Latest Note", "Latest Note Date"]]
    def p(code, title):
        rows.append([code, title, "Action Plan", "YJS-IP", "", "", "", "", "", "", ""])
    def a(code, title, parent, who, orig, due, prog, status, note, nd):
        rows.append([code, title, "Action", parent, who, orig, due, prog, status, note, nd])
    p("YJS-IP-01", "Governance: the management board to have a clear line of sight of performance")
    a("YJS-IP-01.01", "Revise the YJS Management Board terms of reference and induction pack", "YJS-IP-01",
      "Ellison, Ruth", "30/09/2024", "30/09/2024", "100%", "Traffic Light: Completed", "Agreed at board 19/09", "20/09/2024")
    a("YJS-IP-01.02", "Quarterly performance dashboard to the board, including disproportionality data", "YJS-IP-01",
      "YJS Data Analyst", "31/12/2024", "31/12/2024", "75%", "Traffic Light: Green", "", "")
    a("YJS-IP-01.03", "Board members to attend one practice observation each per year", "YJS-IP-01",
      "Board Chair", "31/03/2025", "31/03/2025", "20%", "Traffic Light: Amber", "Three of eleven completed", "28/01/2025")
    p("YJS-IP-02", "Assessment and planning: assessments to address safety and wellbeing")
    a("YJS-IP-02.01", "Case management guidance refreshed:\n- AssetPlus quality standards\n- management sign-off within 20 days", "YJS-IP-02",
      "Operations Manager", "31/10/2024", "30/11/2024", "100%", "Traffic Light: Completed", "", "")
    a("YJS-IP-02.02", "Monthly thematic audit of safety and wellbeing plans", "YJS-IP-02",
      "QA Lead / Operations Manager", "31/03/2025", "31/03/2025", "40%", "Traffic Light: Green", "", "")
    a("YJS-IP-02.03", "Joint training with children's social care on contextual safeguarding", "YJS-IP-02",
      "Workforce Development", "31/05/2025", "06/30/2025", "10%", "Traffic Light: Amber", "Trainer sourced", "15/01/2025")
    a("YJS-IP-02.04", "Introduce speech, language and communication screening at the start of every intervention", "YJS-IP-02",
      "Health Lead", "04/06/2025", "04/06/2025", "0%", "Traffic Light: Not Started", "", "")
    p("YJS-IP-03", "Resettlement: a resettlement policy and practice that meets children's needs")
    a("YJS-IP-03.01", "Write and publish a resettlement policy", "YJS-IP-03",
      "Ellison, Ruth", "31/01/2025", "28/02/2025", "60%", "Traffic Light: Amber", "Draft with legal", "27/01/2025")
    a("YJS-IP-03.02", "Accommodation protocol agreed with housing for children leaving custody", "YJS-IP-03",
      "Head of Housing Options", "31/03/2025", "31/03/2025", "30%", "Traffic Light: Red", "No response from housing since Nov", "27/01/2025")
    a("YJS-IP-03.03", "Track education, training and employment outcomes for every child released", "YJS-IP-03",
      "ETE Coordinator", "31/12/2024", "31/12/2024", "100%", "Traffic Light: Completed", "", "")
    text = csv_text(rows, always=True)
    bad = line_of(text, "06/30/2025")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode("utf-8"))
    write_yaml(name, dict(
        source="Imitates a youth justice HMIP-inspection improvement plan held in a performance system (Pentana / JCAD "
               "style) and exported as CSV: report/generated lines above the header, every field quoted, 'Action Plan' "
               "parent rows with the actions below them, Original and revised Due Date, Progress %, 'Traffic Light:' status.",
        reads="Ten actions under three parent objectives, with day-first UK dates (31/03/2025). Action YJS-IP-02.03 has a "
              "revised due date of 06/30/2025, which cannot be day-first; it suggests some dates were entered month-first, "
              "and YJS-IP-02.04's 04/06/2025 could then be April or June. A careful person would stop and ask at 06/30/2025.",
        outcome="refuse", accept_refusal=False, refuse_at=bad,
        title="Youth Justice Inspection Improvement Plan"), [])
    return bad


# ---------------------------------------------------------------------------
# 5. Semicolon-separated European-locale export (sep=; line, 31.03.2025 dates)
# ---------------------------------------------------------------------------
def case5():
    name = "v-semicolon-eu.csv"
    W = 10
    def row(*cells):
        cells = list(cells)
        return cells + [""] * (W - len(cells))
    title = "Adult Social Care \u2013 CQC Assessment Improvement Plan 2025"
    rows = [row(title), row("Last updated: 14.02.2025"), row(),
            row("No.", "Area for improvement", "Action", "Responsible", "Start date", "Original deadline",
                "Revised deadline", "% complete", "RAG", "Comments")]
    acts = []
    cur = [None]
    def th(t):
        rows.append(row(t))
        cur[0] = None
    def act(theme, area, ref, text, resp, start, orig, rev, pct, rag, com, lead, end, status, end_text=None):
        first = area if cur[0] != area else ""
        cur[0] = area
        rows.append(row(ref, first, text, resp, start, orig, rev, pct, rag, com))
        acts.append(A(ref, [theme, area], text, lead, end, status, end_text))
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety"
    a1 = "Assessing needs in a timely way"
    a2 = "Supporting unpaid carers"
    a3 = "Market shaping and commissioning"
    a4 = "Safeguarding enquiries"
    th(T1)
    act(T1, a1, "1a", "Introduce a duty screening rota so that new referrals are screened within 2 working days.",
        "Service Manager Adults; Team Manager East", "01.10.2024", "31.12.2024", "", "100,0 %", "B", "",
        ["Service Manager Adults", "Team Manager East"], "2024-12", "blue")
    act(T1, a1, "1b", "Clear the backlog of overdue annual reviews (currently 640).",
        "Head of Operations", "01.11.2024", "31.03.2025", "30.06.2025", "45,5 %", "A", "Revised after agency staff left",
        ["Head of Operations"], "2025-06", "amber")
    act(T1, a1, "1c", "Publish waiting times on the council website, updated monthly.",
        "Performance Manager", "01.01.2025", "28.02.2025", "", "80,0 %", "G", "",
        ["Performance Manager"], "2025-02", "green")
    act(T1, a2, "1d", "Refresh the carers\u2019 strategy with the carers\u2019 partnership board; include:\n\u2013 respite offer\n\u2013 carers\u2019 personal budgets",
        "Carers Lead", "01.09.2024", "31.05.2025", "", "25,0 %", "G", "Workshops in March",
        ["Carers Lead"], "2025-05", "green")
    act(T1, a2, "1e", "Train front door staff to offer a carer\u2019s assessment at first contact.",
        "Mills, Joanne", "01.12.2024", "31.01.2025", "31.03.2025", "60,0 %", "A", "",
        ["Mills, Joanne"], "2025-03", "amber")
    th(T2)
    act(T2, a3, "2a", "Publish a market position statement for 2025-2028.",
        "Head of Commissioning", "01.07.2024", "30.11.2024", "", "100,0 %", "B", "Published 27.11.2024",
        ["Head of Commissioning"], "2024-11", "blue")
    act(T2, a3, "2b", "Agree a fee uplift methodology with providers.",
        "Head of Commissioning & Finance Business Partner", "01.10.2024", "31.03.2025", "", "50,0 %", "G", "",
        ["Head of Commissioning", "Finance Business Partner"], "2025-03", "green")
    act(T2, a3, "2c", "Develop two extra care schemes with housing partners.",
        "AS/KT", "01.04.2025", "31.03.2027", "", "0,0 %", "", "Not yet started",
        ["AS", "KT"], "2027-03", "unrated")
    th(T3)
    act(T3, a4, "3a", "Audit 50 section 42 enquiries for timeliness and making safeguarding personal.",
        "Principal Social Worker", "01.11.2024", "31.01.2025", "28.02.2025", "70,0 %", "R", "Audit tool delayed",
        ["Principal Social Worker"], "2025-02", "red")
    act(T3, a4, "3b", "Introduce a safeguarding adults triage team in the MASH.",
        "Safeguarding Adults Manager", "01.01.2025", "30.09.2025", "", "10,0 %", "G", "",
        ["Safeguarding Adults Manager"], "2025-09", "green")
    act(T3, a4, "3c", "Report safeguarding performance to the Safeguarding Adults Board every quarter.",
        "Safeguarding Adults Manager", "01.01.2025", "quarterly", "", "", "G", "",
        ["Safeguarding Adults Manager"], None, "green", "quarterly")
    rows += [row(), row("RAG: R = off track; A = at risk; G = on track; B = complete")]
    text = "sep=;\r\n" + csv_text(rows, sep=";")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode("cp1252"))
    write_yaml(name, dict(
        source="Imitates an adult social care CQC assessment improvement plan exported from Excel on a machine with "
               "German/Dutch regional settings: 'sep=;' first line, semicolon separators, cp1252, dd.mm.yyyy dates, "
               "decimal-comma percentages, original and revised deadlines, RAG letters with a key, theme rows and a "
               "merged area-for-improvement column.",
        reads="Eleven actions (refs 1a-3c) under three themes and four areas for improvement. Where a revised deadline "
              "is given it is the end; one action is reported quarterly. Start dates and % complete are not ends.",
        outcome="read", accept_refusal=False, title=title), acts)


# ---------------------------------------------------------------------------
# 6. cp1252 CSV with curly quotes, en dashes and pound signs
# ---------------------------------------------------------------------------
def case6():
    name = "v-cp1252-curly.csv"
    W = 8
    def row(*cells):
        cells = list(cells)
        return cells + [""] * (W - len(cells))
    title = "Housing Services \u2013 Tenant Satisfaction and Consumer Standards Improvement Plan 2024/25"
    rows = [row(title),
            row("Agreed by Cabinet, 11 September 2024 \u2013 \u201cliving document\u201d reviewed monthly"),
            row("Ref", "Recommendation", "Action", "Lead", "Budget", "Deadline", "RAG", "Update")]
    acts = []
    cur = [None]
    def act(rec, ref, text, lead_cell, budget, end_cell, rag, upd, lead, end, status, end_text=None):
        first = rec if cur[0] != rec else ""
        cur[0] = rec
        rows.append(row(ref, first, text, lead_cell, budget, end_cell, rag, upd))
        acts.append(A(ref, [rec], text, lead, end, status, end_text))
    R1 = "Recommendation 1: Improve the timeliness of damp and mould repairs"
    R2 = "Recommendation 2: Strengthen the tenant voice in decision-making"
    R3 = "Recommendation 3: Complete stock condition surveys"
    act(R1, "1.1", "Adopt a \u2018zero tolerance\u2019 damp and mould policy with inspection within 10 working days of a report.",
        "Head of Repairs", "\u00a30", "By 31 October 2024", "Achieved", "Policy live 14/10/24",
        ["Head of Repairs"], "2024-10", "blue")
    act(R1, "1.2", "Recruit two additional damp and mould surveyors.",
        "Sam Lee and Jo Patel", "\u00a386,000", "End of December 2024", "Green", "One appointed, one at offer",
        ["Sam Lee", "Jo Patel"], "2024-12", "green")
    act(R1, "1.3", "Contact every tenant with an open damp case older than 3 months, using the \u201cwe\u2019ve listened\u201d letter.",
        "RG, JF", "\u00a32,500", "w/c 13/01/25", "On track", "",
        ["RG", "JF"], "2025-01", "green")
    act(R1, "1.4", "Procure a dehumidifier loan scheme \u2013 pilot in Eastfields.",
        "Repairs Contract Manager", "\u00a312,000", "Sept 2024 \u2013 March 2025", "Amber", "Supplier delay of 6 weeks",
        ["Repairs Contract Manager"], "2025-03", "amber", "Sept 2024 \u2013 March 2025")
    act(R2, "2.1", "Set up a Tenants\u2019 Scrutiny Panel with its own budget.",
        "Head of Service / Tenant Engagement Officer", "\u00a35,000 p.a.", "Nov-24", "Green", "",
        ["Head of Service", "Tenant Engagement Officer"], "2024-11", "green")
    act(R2, "2.2", "Publish the Tenant Satisfaction Measures with a \u2018you said, we did\u2019 summary.",
        "Performance & Insight Manager", "", "June 2025", "", "Not due",
        ["Performance & Insight Manager"], "2025-06", "unrated")
    act(R2, "2.3", "Review the complaints policy against the Housing Ombudsman\u2019s Complaint Handling Code:\n\u2022 stage 1 response in 10 working days\n\u2022 stage 2 in 20 working days",
        "Complaints Manager", "", "31/07/2025", "Red", "Self-assessment shows stage 1 at 63% in time",
        ["Complaints Manager"], "2025-07", "red")
    act(R2, "2.4", "Hold quarterly estate walkabouts with ward councillors.",
        "Neighbourhood Housing Officers", "", "Ongoing", "Green", "",
        ["Neighbourhood Housing Officers"], None, "green", "Ongoing")
    act(R3, "3.1", "Commission surveys of the remaining 38% of homes.",
        "Asset Manager", "\u00a3420,000 (HRA)", "Mar-26", "Amber", "Contract awarded; 14% surveyed",
        ["Asset Manager"], "2026-03", "amber")
    act(R3, "3.2", "Load survey data into the asset management system and report on Decent Homes compliance.",
        "Director of Housing", "", "TBC", "", "Depends on 3.1",
        ["Director of Housing"], None, "unrated", "TBC")
    rows += [row(), row("Total budget", "", "", "", "\u00a3525,500 + \u00a35,000 p.a.")]
    text = csv_text(rows)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode("cp1252"))
    write_yaml(name, dict(
        source="Imitates a council housing service improvement plan (Regulator of Social Housing consumer standards / "
               "Housing Ombudsman) typed in Excel with AutoCorrect and saved as 'CSV (Comma delimited)' on Windows: cp1252 "
               "bytes for curly quotes, en dashes, bullets and pound signs, quoted budget cells with thousand commas, a "
               "merged recommendation column and a budget total line.",
        reads="Ten actions with refs under three recommendations; leads as posts, pairs of names, initials and two posts; "
              "deadlines in many UK forms (By 31 October 2024, w/c 13/01/25, a Sept\u2013March period, Ongoing, TBC); RAG as "
              "words (Achieved, On track). The total budget line is not an action.",
        outcome="read", accept_refusal=False, title=title), acts)


if __name__ == "__main__":
    case1()
    case2()
    print("sharepoint refuse line", case3())
    print("pentana refuse line", case4())
    case5()
    case6()
