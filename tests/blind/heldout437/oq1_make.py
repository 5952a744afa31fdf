"""Build the seven oq1- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python oq1_make.py from any directory; files are
written beside this script.  Only files whose names start with "oq1-" are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("oq1-"), name
    return os.path.join(HERE, name)


def write_expected(fname, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        acts = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            acts.append(e)
        doc["actions"] = acts
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Worcestershire HWB - JLHWS delivery plan highlight report (xlsx)
# ---------------------------------------------------------------------------
def worcestershire():
    name = "oq1-worcestershire-hwb-jlhws-delivery-plan-highlight-report.xlsx"
    title = ("Worcestershire Joint Local Health and Wellbeing Strategy 2022–2032: "
             "Delivery Plan Highlight Report, Quarter 2 2025/26")
    P1 = "Priority 1: Good mental health and wellbeing"
    P2 = "Priority 2: Healthy living at all ages"
    P3 = "Priority 3: Safe, thriving and healthy homes, communities and places"
    P4 = "Priority 4: Quality, local jobs and opportunities"
    # (ref, action, lead cell, lead list, group, due cell, end, end_text, q1, q2, commentary, status)
    rows = [
        (P1, [
            ("1.1",
             "Refresh the Worcestershire Suicide Prevention Plan in line with the national Suicide "
             "Prevention Strategy for England (2023) and agree it through the Suicide Prevention Partnership.",
             "Consultant in Public Health (Mental Health)", ["Consultant in Public Health (Mental Health)"],
             "Mental Health and Wellbeing Partnership", "Dec 2025", "2025-12", None, "G", "G",
             "Draft plan consulted on in August; final version to the Partnership on 18 November.", "green"),
            ("1.2",
             "Roll out Connecting Conversations training to frontline staff in district councils, the "
             "voluntary and community sector and primary care.\nTarget: 600 people trained by March 2026.",
             "Ellie Morgan / Dan Whitlock", ["Ellie Morgan", "Dan Whitlock"],
             "Mental Health and Wellbeing Partnership", dt.datetime(2026, 3, 31), "2026-03", None, "A", "G",
             "412 people trained to end of September (69%). Additional sessions booked for Wyre Forest "
             "and Redditch; back on track.", "green"),
            ("1.3",
             "Agree a shared emotional wellbeing pathway for children and young people between schools, "
             "Mental Health Support Teams and Reach4Wellbeing.",
             "Head of SEND and Vulnerable Learners", ["Head of SEND and Vulnerable Learners"],
             "Children and Young People's Partnership", "Q4 2025/26", "2026-03", None, "A", "A",
             "EXCEPTION: Amber for two quarters. Pathway drafted but data-sharing agreement with the "
             "MHSTs not yet signed.", "amber"),
        ]),
        (P2, [
            ("2.1",
             "Deliver the Worcestershire Physical Activity Strategy action plan, targeting the 20% most "
             "deprived neighbourhoods.",
             "Active Communities Manager", ["Active Communities Manager"],
             "Healthy Living Partnership", "Ongoing", None, "Ongoing", "G", "G",
             "Satellite clubs running in 14 of 19 target neighbourhoods.", "green"),
            ("2.2",
             "Recommission the integrated healthy lifestyle service so that the new contract starts on "
             "1 April 2026.",
             "Commissioning Manager (Public Health)", ["Commissioning Manager (Public Health)"],
             "Healthy Living Partnership", "31/03/2026", "2026-03", None, "A", "R",
             "EXCEPTION: Procurement paused after market engagement; contract extension being "
             "considered. Board decision needed.", "red"),
            ("2.3",
             "Complete the whole-system healthy weight self-assessment with district councils and agree "
             "priority actions.",
             "Consultant in Public Health (Healthy Living)", ["Consultant in Public Health (Healthy Living)"],
             "Healthy Living Partnership", dt.datetime(2025, 9, 30), "2025-09", None, "G", "B",
             "Self-assessment completed; six priority actions agreed at the September workshop.", "blue"),
        ]),
        (P3, [
            ("3.1",
             "Embed the Worcestershire Housing and Health Charter in each district council's housing "
             "strategy.",
             "Strategic Housing Lead (Districts)", ["Strategic Housing Lead (Districts)"],
             "Strategic Housing Partnership", "Jan-26", "2026-01", None, "A", "A",
             "EXCEPTION: Charter adopted by four of six districts; Malvern Hills and Wychavon to "
             "consider in December.", "amber"),
            ("3.2",
             "Launch a county-wide affordable warmth referral route with Act on Energy ahead of winter "
             "2025/26.",
             "Rob Jenkins and Aisha Patel", ["Rob Jenkins", "Aisha Patel"],
             "Strategic Housing Partnership", "Nov 2025", "2025-11", None, None, "G",
             "New action for 2025/26. Referral form agreed; launch planned for 3 November.", "green"),
        ]),
        (P4, [
            ("4.1",
             "Pilot a health and work support offer for residents with long-term conditions through the "
             "Worcestershire Works Well partnership.",
             "Employment and Skills Manager", ["Employment and Skills Manager"],
             "Economy and Skills Board", "Jun-26", "2026-06", None, None, None,
             "Not yet started – scheduled to begin in Q4 once funding is confirmed.", "unrated"),
        ]),
    ]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Report to: Worcestershire Health and Wellbeing Board – 21 October 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], start=1):
        c = cov.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, r in enumerate([
        ("0.1", "29/09/2025", "Public Health Strategy Officer", "Leads' Q2 updates collated"),
        ("1.0", "08/10/2025", "Consultant in Public Health", "Approved by HWB Delivery Group"),
    ], start=6):
        for j, v in enumerate(r, start=1):
            cov.cell(row=i, column=j, value=v).border = BOX
    cov["A9"] = ("Purpose: this report summarises progress against the 2025/26 JLHWS delivery plan for "
                 "each of the four strategy priorities. Actions rated Red, or Amber for two consecutive "
                 "quarters, are marked EXCEPTION for Board discussion.")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 36

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 2025/26 RAG summary by priority"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Blue", "Green", "Amber", "Red", "Not started", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 6
    r = 4
    for pri, acts in rows:
        cnt = [sum(1 for a in acts if a[9] == k) for k in ("B", "G", "A", "R")]
        cnt.append(sum(1 for a in acts if a[9] is None))
        cnt.append(len(acts))
        sm.cell(row=r, column=1, value=pri).border = BOX
        for j, v in enumerate(cnt, start=2):
            sm.cell(row=r, column=j, value=v).border = BOX
            tot[j - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        c = sm.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 62

    # Delivery plan sheet
    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "JLHWS Delivery Plan 2025/26 – Q2 Highlight Report"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG: see the 'RAG Key' sheet. Q1 = position reported to the Board in July 2025."
    heads = ["Ref", "Action", "Lead officer(s)", "Reporting group", "Due date", "Q1 RAG", "Q2 RAG",
             "Q2 progress / exception commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    expected = []
    for pri, acts in rows:
        ws.cell(row=r, column=1, value=pri)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D7BDE2")
        r += 1
        for (ref, text, leadcell, leads, group, due, end, end_text, q1, q2, comm, status) in acts:
            vals = [ref, text, leadcell, group, due, q1, q2, comm]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            if isinstance(due, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            for col, q in ((6, q1), (7, q2)):
                if q:
                    ws.cell(row=r, column=col).fill = fill(rag_fill[q])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            expected.append(dict(ref=ref, under=[pri], action=text, lead=leads, end=end,
                                 end_text=end_text, status=status))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG ratings are self-assessed by action leads and moderated by "
                                   "the HWB Delivery Group. New actions added in 2025/26 have no Q1 rating.")
    for col, w in zip("ABCDEFGH", (7, 60, 28, 26, 12, 8, 8, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning, col) in enumerate([
        ("B", "Blue – complete", FILL["blue"]),
        ("G", "Green – on track", FILL["green"]),
        ("A", "Amber – at risk; some slippage against the due date", FILL["amber"]),
        ("R", "Red – off track; Board attention required", FILL["red"]),
        ("", "Blank – not yet started / no rating due", None),
    ], start=3):
        c = key.cell(row=i, column=1, value=k)
        if col:
            c.fill = fill(col)
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 55
    wb.save(out(name))

    write_expected(name, dict(
        source=("Worcestershire Health and Wellbeing Board, 2025: quarterly highlight report on the "
                "delivery plan of the Joint Local Health and Wellbeing Strategy 2022-2032 (its four "
                "priorities: good mental health and wellbeing; healthy living at all ages; safe, thriving "
                "and healthy homes, communities and places; quality, local jobs and opportunities). No "
                "single published file was copied; modelled on HWB JHWS implementation-plan and highlight "
                "reports published on council democracy sites (e.g. B&NES JHWS Implementation Plan, Devon "
                "JHWS monitoring). Copied features: cover sheet with document-control table, a Summary "
                "sheet of RAG counts per priority with a totals row, merged and filled priority rows, Q1 "
                "and Q2 RAG letters in filled cells, EXCEPTION commentary, a notes line and a separate RAG "
                "key sheet; dates as text, as real dates shown mmm-yy, a quarter, and Ongoing."),
        reads=("A four-sheet workbook; the actions are on the 'Delivery Plan' sheet, grouped under four "
               "merged priority rows, each with a lead, a due date and Q1 and Q2 RAG ratings; the current "
               "(Q2) rating is the status. The Cover, Summary and RAG Key sheets contain no actions."),
        outcome="read",
        title=title,
    ), expected)


# ---------------------------------------------------------------------------
# 2. Royal Borough of Greenwich - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def greenwich():
    name = "oq1-royal-borough-of-greenwich-ilacs-improvement-plan.xlsx"
    title = "Royal Borough of Greenwich – Ofsted ILACS Improvement Plan 2024–2026"
    T1 = "Theme 1: The experiences and progress of children who need help and protection"
    T2 = "Theme 2: The experiences and progress of children in care and care leavers"
    T3 = "Theme 3: The impact of leaders on social work practice with children and families"
    D = dt.datetime
    plan = [
        (T1, [
            ("1. The timeliness and quality of strategy discussions, including the consistent involvement "
             "of health and education partners.", [
                ("1.1", "Introduce a daily multi-agency strategy meeting slot in the MASH with rostered health "
                        "and education attendance.",
                 "Head of MASH and Assessment", ["Head of MASH and Assessment"], D(2024, 6, 30), None,
                 "2024-06", "blue",
                 "Daily 11am slot in place since June 2024. Health attendance 96%, education 88% (Q1 2025/26)."),
                ("1.2", "Audit a monthly sample of 20 strategy discussions against the London Child Protection "
                        "Procedures and report the findings to the Practice Improvement Board.",
                 "Principal Social Worker", ["Principal Social Worker"], D(2024, 9, 30), D(2025, 12, 31),
                 "2025-12", "amber",
                 "Audits completed monthly but reporting to the Board was paused during the PSW vacancy. "
                 "Revised date agreed."),
            ]),
            ("2. The quality of written plans for children in need of help and protection, so that plans are "
             "specific, measurable and understood by families.", [
                ("2.1", "Launch a revised child and family plan template co-produced with the Greenwich Parent "
                        "Panel.",
                 "Service Manager (Child in Need/Child Protection)",
                 ["Service Manager (Child in Need/Child Protection)"], D(2024, 10, 31), None,
                 "2024-10", "blue", "Template live in Mosaic from 1 October 2024."),
                ("2.2", "Deliver plan-writing workshops to all social workers and team managers in the CIN/CP "
                        "service.",
                 "Head of Practice Development / Principal Social Worker",
                 ["Head of Practice Development", "Principal Social Worker"], D(2025, 1, 31), "Nov-25",
                 "2025-11", "green", "7 of 9 teams completed; final two sessions booked for October."),
            ]),
        ]),
        (T2, [
            ("3. The sufficiency of local homes for children in care, particularly for older children, so "
             "that fewer children live at a distance from Greenwich.", [
                ("3.1", "Implement the Fostering Recruitment and Retention Strategy, including the enhanced "
                        "Greenwich foster carer offer agreed by Cabinet in July 2024.",
                 "Head of Fostering and Adoption", ["Head of Fostering and Adoption"], D(2025, 3, 31),
                 D(2026, 3, 31), "2026-03", "red",
                 "Net gain of 3 fostering households against a target of 15. Escalated to the Improvement "
                 "Board; recovery plan in development."),
                ("3.2", "Open two additional in-house children's homes for young people aged 13 to 17.",
                 "Director of Children's Social Care", ["Director of Children's Social Care"],
                 D(2025, 12, 31), None, "2025-12", "amber",
                 "First home registered with Ofsted in August 2025; second property purchase delayed."),
            ]),
            ("4. Care leavers' access to suitable accommodation and to support for their emotional health.", [
                ("4.1", "Agree a joint housing protocol with Greenwich Housing Services so that care leavers "
                        "have priority for social housing from age 18.",
                 "Head of Leaving Care / Head of Housing Needs",
                 ["Head of Leaving Care", "Head of Housing Needs"], D(2024, 7, 31), None, "2024-07", "blue",
                 "Protocol signed July 2024; 41 care leavers housed under it to date."),
                ("4.2", "Commission a dedicated emotional wellbeing service for care leavers up to age 25 with "
                        "Oxleas NHS Foundation Trust.",
                 "Head of Commissioning (Children and Young People)",
                 ["Head of Commissioning (Children and Young People)"], D(2025, 1, 31), D(2026, 1, 31),
                 "2026-01", "amber", "Service specification agreed; recruitment to two posts under way."),
            ]),
        ]),
        (T3, [
            ("5. Frontline managers' oversight of children's plans and the recording of the rationale for "
             "management decisions on children's records.", [
                ("5.1", "Refresh the Practice Standards and Management Oversight Framework and relaunch it at "
                        "Greenwich Practice Week.",
                 "AF & JM", ["AF", "JM"], D(2024, 5, 31), "Oct-25", "2025-10", "green",
                 "Framework refreshed; relaunch moved to Practice Week in October 2025."),
                ("5.2", "Add management oversight compliance to the weekly performance dashboard reviewed by "
                        "the Children's Services Leadership Team.",
                 "Head of Performance and Business Intelligence",
                 ["Head of Performance and Business Intelligence"], D(2024, 6, 30), None, "2024-06", "blue",
                 "Live since June 2024; compliance 71% to 89% over 12 months."),
            ]),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection of local authority children's services, 4 to 15 March 2024 (overall effectiveness: "
                "requires improvement to be good). Progress update: September 2025.")
    ws.merge_cells("A2:H2")
    ws["A3"] = "RAG status is shown by the colour of the RAG cell – see the Key tab."
    heads = ["Ofsted recommendation", "Ref", "Action", "Lead officer", "Original completion date",
             "Revised completion date", "Progress update (September 2025)", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    expected = []
    for theme, recs in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=rec)
            for (ref, text, leadcell, leads, orig, rev, end, status, upd) in acts:
                vals = [None, ref, text, leadcell, orig, rev, upd, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.border = BOX
                    c.alignment = WRAP
                for col, v in ((5, orig), (6, rev)):
                    if isinstance(v, dt.datetime):
                        ws.cell(row=r, column=col).number_format = "mmm-yy"
                ws.cell(row=r, column=8).fill = fill(FILL[status])
                expected.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                                     status=status))
                r += 1
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=first, column=1).alignment = WRAP
    for col, w in zip("ABCDEFGH", (42, 6, 55, 30, 13, 13, 50, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([
        (FILL["blue"], "Blue – action complete and impact evidenced"),
        (FILL["green"], "Green – on track to complete by the (revised) date"),
        (FILL["amber"], "Amber – some slippage; mitigating action in place"),
        (FILL["red"], "Red – off track; escalated to the Children's Services Improvement Board"),
    ], start=3):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 70

    vc = wb.create_sheet("Version control")
    for j, h in enumerate(["Version", "Date", "Updated by", "Notes"], start=1):
        vc.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([
        ("1.0", "05/07/2024", "Improvement Programme Manager", "Plan submitted to Ofsted"),
        ("2.0", "31/03/2025", "Improvement Programme Manager", "Q4 2024/25 update; revised dates agreed"),
        ("3.1", "30/09/2025", "Improvement Programme Manager", "Q2 2025/26 update for Improvement Board"),
    ], start=2):
        for j, v in enumerate(row, start=1):
            vc.cell(row=i, column=j, value=v)
    wb.save(out(name))

    write_expected(name, dict(
        source=("Royal Borough of Greenwich, 2024-2025 (imagined): post-ILACS improvement plan of a London "
                "borough, as taken to a children's services improvement board or scrutiny panel. Modelled on "
                "ILACS improvement plans and 'Ofsted action plan progress update' reports on council "
                "democracy sites (e.g. Herefordshire children's improvement action plan, Cheshire East "
                "Ofsted action plan progress update); no single file copied. Features: title and inspection "
                "lines above the header, merged theme rows, the Ofsted recommendation (numbered) in a cell "
                "merged down over its actions, original and revised completion dates (real dates shown "
                "mmm-yy and text), progress updates, RAG shown only by cell fill with a Key tab, and a "
                "version-control sheet."),
        reads=("One plan sheet: three themes, five numbered Ofsted recommendations, each with two numbered "
               "actions, a lead, original and revised completion dates and a coloured RAG cell without "
               "text. Where a revised date is given it is the end; the fill colour is the status as the Key "
               "tab defines it."),
        outcome="read",
        title=title,
    ), expected)


# ---------------------------------------------------------------------------
# 3. Gloucestershire CC - strategic risk register with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def gloucestershire():
    name = "oq1-gloucestershire-county-council-strategic-risk-register-typo-month-refuse.xlsx"
    title = "Gloucestershire County Council – Strategic Risk Register"
    risks = [
        ("SR01", "Financial sustainability\nThe Council is unable to set a balanced budget over the medium "
                 "term because of demand pressures in social care and SEND and uncertainty over future "
                 "funding.", "Executive Director of Corporate Resources", "5 x 5 = 25", "4 x 5 = 20", "↔",
         "12", "Medium Term Financial Strategy; monthly budget monitoring to CLT; earmarked reserves policy.", [
            ("Deliver the 2025/26 savings programme with monthly tracking at Corporate Leadership Team.",
             "Director of Finance (S151)", "Mar 2026", "Amber"),
            ("Update the Medium Term Financial Strategy for 2026/27 to 2028/29 and present it to Cabinet.",
             "Director of Finance (S151)", "Dec 2025", "Green"),
        ]),
        ("SR02", "SEND and the High Needs Block\nDemand for EHC needs assessments and specialist places "
                 "continues to exceed the High Needs Block, increasing the DSG deficit.",
         "Executive Director of Children's Services", "5 x 5 = 25", "5 x 4 = 20", "↑", "15",
         "Safety Valve agreement monitoring; SEND sufficiency plan; EHCP timeliness dashboard.", [
            ("Open 120 additional specialist resource base places in mainstream schools.",
             "Director of Education", "Sept 2026", "Amber"),
            ("Submit the DSG deficit management plan to the DfE.", "Director of Education", "31/10/2025",
             "Complete"),
            ("Commission an independent review of EHC needs assessment processes.",
             "Head of SEND", "Nov 2025", "Green"),
        ]),
        ("SR03", "Cyber security\nA successful cyber attack leads to loss of systems and data and "
                 "disruption to critical services.", "Director of Digital and ICT", "4 x 5 = 20",
         "3 x 5 = 15", "↔", "10",
         "Cyber Essentials Plus; annual penetration testing; mandatory training for all staff.", [
            ("Complete the migration of remaining on-premises servers to the cloud platform.",
             "Head of ICT Infrastructure", "Mar 2026", "Green"),
            ("Run a council-wide cyber incident exercise with the Local Resilience Forum.",
             "Head of ICT Infrastructure", "Janaury 2026", "Green"),
        ]),
        ("SR04", "Adult social care market\nProvider failure or insufficient capacity in home care and "
                 "nursing care leaves people without timely support.",
         "Executive Director of Adult Social Care", "4 x 4 = 16", "4 x 4 = 16", "↓", "9",
         "Market position statement; provider risk monitoring; contingency framework.", [
            ("Re-tender the home care framework for the Forest of Dean and Cotswolds.",
             "Head of Commissioning (Adults)", "Apr 2026", "Amber"),
            ("Agree the 2026/27 fee uplift with provider representatives.",
             "Head of Commissioning (Adults)", "Feb 2026", "Green"),
        ]),
    ]
    wb = Workbook()
    hm = wb.active
    hm.title = "Summary"
    hm["A1"] = "Strategic risks – current scores, Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    for j, h in enumerate(["Risk ref", "Risk", "Current score", "Q1 score", "Direction of travel"], start=1):
        hm.cell(row=3, column=j, value=h).font = Font(bold=True)
    q1 = {"SR01": 20, "SR02": 16, "SR03": 15, "SR04": 20}
    for i, rk in enumerate(risks, start=4):
        hm.cell(row=i, column=1, value=rk[0])
        hm.cell(row=i, column=2, value=rk[1].split("\n")[0])
        hm.cell(row=i, column=3, value=int(rk[4].split("=")[1]))
        hm.cell(row=i, column=4, value=q1[rk[0]])
        hm.cell(row=i, column=5, value=rk[5])
    hm.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – reported to Audit and Governance Committee, 21 November 2025"
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Inherent risk (L x I)",
             "Current risk (L x I)", "Direction of travel", "Target risk", "Key controls in place",
             "Further mitigating actions", "Action owner", "Target date", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    typo_row = None
    for (ref, desc, owner, inh, cur, dot, tgt, ctrl, acts) in risks:
        first = r
        for j, v in enumerate([ref, desc, owner, inh, cur, dot, tgt, ctrl], start=1):
            ws.cell(row=r, column=j, value=v)
        for (a, ao, td, st) in acts:
            ws.cell(row=r, column=9, value=a)
            ws.cell(row=r, column=10, value=ao)
            ws.cell(row=r, column=11, value=td)
            ws.cell(row=r, column=12, value=st)
            if td.startswith("Janaury"):
                typo_row = r
            for j in range(1, 13):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        for j in range(1, 9):
            ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
        sc = int(cur.split("=")[1])
        ws.cell(row=first, column=5).fill = fill(FILL["red"] if sc >= 15 else FILL["amber"])
    for col, w in zip("ABCDEFGHIJKL", (8, 40, 24, 11, 11, 9, 8, 36, 48, 26, 12, 10)):
        ws.column_dimensions[col].width = w

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Scoring: Likelihood (1-5) x Impact (1-5). 15-25 Red; 8-12 Amber; 1-6 Green."
    wb.save(out(name))
    assert typo_row is not None

    write_expected(name, dict(
        source=("Gloucestershire County Council, 2025 (imagined): quarterly Strategic Risk Register as "
                "reported to the Audit and Governance Committee. Modelled on county and unitary strategic "
                "risk registers reported to audit committees (e.g. East Sussex 'Strategic Risk Monitoring', "
                "Reading Strategic Risk Register with controls and specific actions each with target date "
                "and status); no single file copied. Features: summary sheet, risk rows merged down over "
                "their further mitigating actions, inherent/current/target scores, direction-of-travel "
                "arrows, action owner, target date and status per action, and a scoring sheet."),
        reads=("A strategic risk register whose further mitigating actions each have an owner, a target "
               "date and a status. On the 'Strategic Risk Register' sheet the target date of the SR03 cyber "
               "exercise action reads 'Janaury 2026', a mistyped month, so a careful reader stops there and "
               "asks what was meant."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    ), None)
    return typo_row


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


def header_row(table, heads, col="D9D9D9"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, col)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Derby City Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def derby():
    name = "oq1-derby-city-council-ofsted-focused-visit-action-plan.docx"
    title = ("Ofsted Focused Visit Action Plan: Children in Need and Children Subject to a Child "
             "Protection Plan")
    afis = [
        ("The consistency and impact of management oversight and supervision, so that plans for children "
         "progress without delay.", [
            ("1.1", "Introduce a supervision quality assurance tool, with Heads of Service sampling 10% of "
                    "supervision records each month.",
             "Heads of Service (Localities)", ["Heads of Service (Localities)"], "November 2024", "2024-11",
             None, "B", "blue", "Tool in use from 1 November 2024; first sample of 46 records reviewed."),
            ("1.2", "Team managers to record a management oversight case note at each key decision point "
                    "using the revised ‘Rationale and Next Steps’ template.",
             "CIN/CP Team Managers", ["CIN/CP Team Managers"], "End of December 2024", "2024-12", None, "G",
             "green", "Template live in Liquidlogic; compliance 78% in December dip sample."),
        ]),
        ("The timeliness of child in need reviews and the participation of partner agencies in them.", [
            ("2.1", "Publish a revised child in need procedure setting a 12-week review timescale and clear "
                    "expectations for partner attendance.",
             "Principal Social Worker", ["Principal Social Worker"], "31/01/2025", "2025-01", None, "B",
             "blue", "Procedure published on the Derby and Derbyshire procedures site, 13 January 2025."),
            ("2.2", "Provide a monthly report on partner attendance at child in need reviews to the Derby and "
                    "Derbyshire Safeguarding Children Partnership.",
             "Head of Quality Assurance and Performance; Partnership Business Manager",
             ["Head of Quality Assurance and Performance", "Partnership Business Manager"], "Q4 2024/25",
             "2025-03", None, "A", "amber",
             "Attendance data for health partners not yet available from the case management system."),
            ("2.3", "Run learning circles with schools and health visitors on contributing to child in need "
                    "reviews.",
             "Workforce Development Manager", ["Workforce Development Manager"], "Spring term 2025",
             "2025-04", None, "G", "green", "Four sessions booked February–March 2025."),
        ]),
        ("How well children's views and lived experience are recorded and inform assessments and plans.", [
            ("3.1", "Roll out the ‘My Voice’ direct work toolkit to all assessment and CIN/CP social workers, "
                    "with refresher sessions for newly qualified staff.",
             "Participation and Voice Practice Lead", ["Participation and Voice Practice Lead"], "March 2025",
             "2025-03", None, "R", "red",
             "Delayed: toolkit printing and training budget not yet approved. Escalated to the Children's "
             "Improvement Board."),
            ("3.2", "Add a question on children's views to the monthly practice audit programme and report "
                    "themes to the Children's Improvement Board.",
             "Quality Assurance Manager", ["Quality Assurance Manager"], "Quarterly", None, "Quarterly", "G",
             "green", "Question added to the audit tool from December 2024; first thematic report due April."),
        ]),
    ]
    rag_col = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Derby City Council – People Services").bold = True
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Focused visit: 10 and 11 September 2024 | Ofsted letter published: 15 October 2024 | "
                      "Plan updated: January 2025")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of changes"])
    for i, row in enumerate([
        ("1.0", "25/10/2024", "Head of Quality Assurance and Performance", "First version following Ofsted letter"),
        ("1.2", "20/01/2025", "Head of Quality Assurance and Performance", "January progress update"),
    ], start=1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v

    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    header_row(t, ["RAG", "Meaning"])
    for i, (k, m) in enumerate([("B", "Complete – action completed and evidenced"),
                                ("G", "On track"),
                                ("A", "Some delay – mitigation in place"),
                                ("R", "Off track – escalated to the Children's Improvement Board")], start=1):
        t.rows[i].cells[0].text = k
        shade(t.rows[i].cells[0], rag_col[k])
        t.rows[i].cells[1].text = m

    doc.add_heading("Areas for improvement", level=1)
    doc.add_paragraph("Ofsted identified three areas for improvement. The actions we are taking in response "
                      "to each are set out below.")
    expected = []
    for n, (afi, acts) in enumerate(afis, start=1):
        doc.add_heading(f"Area for improvement {n}", level=2)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead officer", "Timescale", "RAG", "Progress update (January 2025)"])
        for i, (ref, text, leadcell, leads, when, end, end_text, rag, status, upd) in enumerate(acts, start=1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, leadcell, when, rag, upd]):
                cells[j].text = v
            shade(cells[4], rag_col[rag])
            expected.append(dict(ref=ref, under=[afi], action=text, lead=leads, end=end, end_text=end_text,
                                 status=status))
        doc.add_paragraph()

    doc.add_heading("Governance and sign-off", level=1)
    doc.add_paragraph("Progress is reported monthly to the Children's Improvement Board and quarterly to the "
                      "Children and Young People Scrutiny Board.")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Approved by"
    t.rows[0].cells[1].text = "Strategic Director of People Services"
    t.rows[1].cells[0].text = "Date"
    t.rows[1].cells[1].text = "20 January 2025"
    doc.save(out(name))

    write_expected(name, dict(
        source=("Derby City Council, 2024-2025 (imagined): action plan responding to an Ofsted focused visit "
                "on children in need and children subject to a child protection plan (ILACS framework). "
                "Modelled on focused-visit and Ofsted action plans taken to council cabinets and children's "
                "scrutiny (e.g. Herefordshire, Cheshire East progress updates); no single file copied. "
                "Features: title and visit line, document-control table, RAG key table, a Heading 2 per "
                "'Area for improvement N' with the area's text in bold below it and one table of numbered "
                "actions per area, shaded RAG letters, term and quarter timescales, a sign-off table."),
        reads=("A Word plan with three areas for improvement, each a heading that only numbers the area, "
               "its bold text, and a table of numbered actions with lead officer, timescale, RAG letter and "
               "progress. The document-control, RAG key and sign-off tables contain no actions."),
        outcome="read",
        title=title,
    ), expected)


# ---------------------------------------------------------------------------
# 5. Kent Community Safety Partnership - DHR action plan (docx)
# ---------------------------------------------------------------------------
def kent():
    name = "oq1-kent-community-safety-partnership-dhr-adele-action-plan.docx"
    title = "Domestic Homicide Review ‘Adele’ – Action Plan"
    PA = "Part A: Multi-agency recommendations"
    PB = "Part B: Single agency recommendations"
    parts = [
        (PA, [
            ("1. Kent and Medway agencies should ensure that practitioners routinely ask about economic abuse "
             "when completing DASH risk assessments with older victims.", "Regional", [
                ("Update the Kent and Medway DASH practice guidance to include prompts on economic abuse and "
                 "financial control.", "KCSP Domestic Abuse Co-ordinator", ["KCSP Domestic Abuse Co-ordinator"],
                 "Draft guidance agreed by the Domestic Abuse Strategy Group, May 2025.", "June 2025",
                 "Completed 27/06/2025 – revised guidance published on the KCSP website.", "Complete",
                 "2025-06", None, "blue"),
                ("Deliver a seven-minute briefing and practitioner webinar on economic abuse in later life.",
                 "Kent County Council Community Safety Team", ["Kent County Council Community Safety Team"],
                 "Briefing drafted; webinar date set for 2 December 2025.", "December 2025", "", "Green",
                 "2025-12", None, "green"),
            ]),
            ("2. Kent and Medway ICB should seek assurance that GP practices record and act on disclosures of "
             "domestic abuse made by carers and family members.", "Regional", [
                ("Issue a safeguarding bulletin to all Kent GP practices on recording third-party disclosures "
                 "of domestic abuse.", "Kent and Medway ICB", ["Kent and Medway ICB"],
                 "Bulletin approved by the ICB Safeguarding Assurance Group.", "March 2025",
                 "Completed March 2025 – bulletin circulated to 180 practices.", "Complete", "2025-03", None,
                 "blue"),
                ("Include third-party disclosures in the 2025/26 primary care safeguarding audit.",
                 "ICB Named GP for Safeguarding Adults", ["ICB Named GP for Safeguarding Adults"],
                 "Audit tool amended; 22 of 40 sampled practices returned.", "Q3 2025/26", "", "Amber",
                 "2025-12", None, "amber"),
            ]),
            ("3. Kent County Council Adult Social Care and Kent Police should agree a joint approach to carer's "
             "assessments where the carer is also an alleged perpetrator of domestic abuse.", "Local", [
                ("Revise the carer's assessment practice guidance to include domestic abuse screening "
                 "questions and escalation routes.", "Kent County Council Adult Social Care",
                 ["Kent County Council Adult Social Care"],
                 "Working group met July and September 2025.", "31/10/2025", "", "Amber", "2025-10", None,
                 "amber"),
                ("Carry out a joint audit of 15 cases in which a carer was the subject of a police domestic "
                 "abuse report, and report the findings to the KCSP Executive.",
                 "Kent Police and Kent County Council Adult Social Care",
                 ["Kent Police", "Kent County Council Adult Social Care"],
                 "", "January 2026", "", "Not started", "2026-01", None, "unrated"),
            ]),
        ]),
        (PB, [
            ("4. Kent Police should ensure that officers attending domestic abuse incidents involving victims "
             "aged 60 and over consider a safeguarding adults referral.", "Local", [
                ("Amend the domestic abuse attending officer checklist and brief all response officers through "
                 "the Force learning bulletin.", "Kent Police", ["Kent Police"],
                 "Checklist amended on Athena, October 2025.", "Dec 2025", "", "Green", "2025-12", None,
                 "green"),
            ]),
            ("5. Dartford and Gravesham NHS Trust should ensure that routine enquiry about domestic abuse is "
             "completed for patients attending the Emergency Department with unexplained injuries.", "Local", [
                ("Add a mandatory routine enquiry field to the ED triage record and monitor completion monthly "
                 "at the Safeguarding Committee.", "Dartford and Gravesham NHS Trust",
                 ["Dartford and Gravesham NHS Trust"],
                 "Field live from August 2025; completion 84% in September.", "Ongoing", "", "Green", None,
                 "Ongoing", "green"),
            ]),
        ]),
    ]
    heads = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead agency / officer", "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    rag_col = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Kent Community Safety Partnership").bold = True
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("DHR reference", "KCSP DHR 22/05"),
        ("Overview report agreed by KCSP", "14 March 2024"),
        ("Home Office Quality Assurance Panel", "Approved for publication, 9 July 2024"),
        ("Action plan owner", "KCSP DHR Steering Group"),
        ("Position as at", "November 2025"),
    ]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
        shade(t.rows[i].cells[0], "E7E6E6")
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; "
                      "Red = off track; Not started = due to start later in the plan.")
    expected = []
    for part, recs in parts:
        doc.add_heading(part, level=1)
        nrows = 1 + sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=nrows, cols=8)
        t.style = "Table Grid"
        header_row(t, heads, col="F2DCDB")
        r = 1
        for rec, scope, acts in recs:
            first = r
            t.rows[r].cells[0].text = rec
            t.rows[r].cells[1].text = scope
            for (text, leadcell, leads, miles, target, done, rag, end, end_text, status) in acts:
                cells = t.rows[r].cells
                for j, v in zip(range(2, 8), [text, leadcell, miles, target, done, rag]):
                    cells[j].text = v
                if rag in rag_col:
                    shade(cells[7], rag_col[rag])
                expected.append(dict(ref=None, under=[part, rec], action=text, lead=leads, end=end,
                                     end_text=end_text, status=status))
                r += 1
            if r - 1 > first:
                for j in (0, 1):
                    a = t.cell(first, j)
                    b = t.cell(r - 1, j)
                    keep = a.text
                    m = a.merge(b)
                    # merging concatenates empty paragraphs; keep the single text
                    for para in list(m.paragraphs)[1:]:
                        para._element.getparent().remove(para._element)
                    m.paragraphs[0].text = keep
        doc.add_paragraph()
    doc.add_paragraph("Progress on this action plan is monitored by the KCSP DHR Steering Group and reported "
                      "to the Kent Community Safety Partnership every six months.")
    doc.save(out(name))

    write_expected(name, dict(
        source=("Kent Community Safety Partnership, 2024-2025 (imagined DHR 'Adele'): DHR action plan in the "
                "Home Office template columns (Recommendation; Scope of recommendation i.e. local or "
                "regional; Action to take; Lead agency; Key milestones achieved in enacting recommendation; "
                "Target date; Date of completion and outcome) with an added RAG column, as CSPs publish "
                "with overview reports. No single file copied. Features: title block, DHR details table, RAG "
                "line, Part A / Part B headings each over one landscape table, numbered recommendation and "
                "scope cells merged down over un-numbered actions, agencies and posts as leads."),
        reads=("Two tables, multi-agency then single-agency recommendations; each numbered recommendation "
               "has one or two un-numbered actions with a lead agency or officer, target date, completion "
               "note and RAG word. The DHR details table at the top is not part of the plan."),
        outcome="read",
        title=title,
    ), expected)


# ---------------------------------------------------------------------------
# 6. Cambridgeshire CC - internal audit agreed actions tracker (csv)
# ---------------------------------------------------------------------------
def cambridgeshire():
    import csv
    import io
    name = "oq1-cambridgeshire-county-council-internal-audit-recommendations-tracker.csv"
    title = "Cambridgeshire County Council - Internal Audit Agreed Actions Tracker (as at 31/10/2025)"
    A1 = "Home to School Transport - Contract Management"
    A2 = "Direct Payments (Adults)"
    A3 = "Cyber Security - Patch Management"
    A4 = "Schools Financial Value Standard"
    r11 = "Contract monitoring visits should be scheduled on a risk basis and recorded on the contract management system."
    r12 = "Operator invoices should be reconciled to route data before payment."
    r21 = ("Direct payment recipients' accounts should be reviewed within the timescales set out in the Direct "
           "Payments Policy.")
    r22 = "Unspent direct payment balances should be recovered promptly."
    r31 = "Critical security patches should be applied within 14 days of release, in line with the IT Security Policy."
    r32 = "Unsupported software should be identified and either removed or formally risk-accepted."
    r41 = "The SFVS return deadline should be communicated to maintained schools at the start of the financial year."
    # audit, year, opinion, ref, priority, rec, action, lead cell, lead list, orig, revised, status, rag, update, end, status_exp
    rows = [
        (A1, "2024/25", "Limited", "24/25-11.1", "High", r11,
         "Introduce a risk-based monitoring schedule for all transport operators and record visits in Atamis.",
         "Whitaker, Helen", ["Whitaker, Helen"], "31/03/2025", "30/09/2025", "Open", "Amber",
         "Schedule agreed; 62% of operators visited. Revised date requested to complete remaining visits.",
         "2025-09", "amber"),
        (A1, "2024/25", "Limited", "24/25-11.2", "Medium", r12,
         "Implement a monthly reconciliation of operator invoices against route data, with exceptions reviewed "
         "by the Transport Finance Lead.",
         "Okafor, Daniel; Whitaker, Helen", ["Okafor, Daniel", "Whitaker, Helen"], "30/06/2025", "", "Closed",
         "Blue", "Reconciliation in place from May 2025; evidence verified by Internal Audit.", "2025-06",
         "blue"),
        (A2, "2024/25", "Moderate", "24/25-14.1a", "High", r21,
         "Recruit two additional Direct Payment Monitoring Officers to clear the backlog of overdue account "
         "reviews.",
         "Head of Client Finance Services", ["Head of Client Finance Services"], "31/05/2025", "31/12/2025",
         "Open", "Red", "One post filled; second post re-advertised. Backlog 214 reviews (was 310).",
         "2025-12", "red"),
        (A2, "2024/25", "Moderate", "24/25-14.1b", "High", r21,
         "Report overdue direct payment reviews monthly to the Adults Directorate Management Team.",
         "Head of Client Finance Services", ["Head of Client Finance Services"], "30/04/2025", "", "Closed",
         "Blue", "Monthly report to DMT since April 2025.", "2025-04", "blue"),
        (A2, "2024/25", "Moderate", "24/25-14.2", "Medium", r22,
         "Agree a recovery threshold and issue recovery letters for balances above 12 weeks' value.",
         "J. Patel / R. O'Neill", ["J. Patel", "R. O'Neill"], "30/09/2025", "31/01/2026", "Open", "Amber",
         "Threshold agreed at DMT; letters to be issued after system report is fixed.", "2026-01", "amber"),
        (A3, "2025/26", "Limited", "25/26-03.1", "High", r31,
         "Configure automated patch deployment for all Windows servers and report compliance to the IT "
         "Security Board each month.",
         "Head of IT and Digital Service", ["Head of IT and Digital Service"], "31/10/2025", "", "Open", "Green",
         "Automation live for 87% of servers; remainder scheduled in November change window.", "2025-10",
         "green"),
        (A3, "2025/26", "Limited", "25/26-03.2", "Medium", r32,
         "Complete an inventory of end-of-life software and present risk acceptance forms to the Information "
         "Governance Board.",
         "IT Security Manager", ["IT Security Manager"], "31/12/2025", "", "Open", "Green",
         "Inventory 70% complete.", "2025-12", "green"),
        (A4, "2025/26", "Substantial", "25/26-05.1", "Low", r41,
         "Add the SFVS deadline to the Schools Finance termly bulletin and the annual schools finance calendar.",
         "Schools Finance Manager", ["Schools Finance Manager"], "Summer term 2026", "", "Open", "",
         "Not yet due.", "2026-07", "unrated"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(["Report run by: Internal Audit (Pentana)"])
    w.writerow([])
    w.writerow(["Audit Title", "Audit Year", "Assurance Opinion", "Action Ref", "Priority", "Recommendation",
                "Agreed Management Action", "Responsible Officer", "Original Target Date",
                "Revised Target Date", "Status", "Progress RAG", "Latest Update"])
    expected = []
    for (aud, yr, op, ref, pri, rec, act, leadcell, leads, orig, rev, st, rag, upd, end, status) in rows:
        w.writerow([aud, yr, op, ref, pri, rec, act, leadcell, orig, rev, st, rag, upd])
        expected.append(dict(ref=ref, under=[aud, rec], action=act, lead=leads, end=end, status=status))
    w.writerow([])
    w.writerow([f"Total actions: {len(rows)}", "", "", "", "Open: 6", "Closed: 2"])
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, dict(
        source=("Cambridgeshire County Council, 2025 (imagined): internal audit agreed-actions tracker "
                "exported from the audit system for the Audit and Accounts Committee. Modelled on "
                "outstanding-recommendation trackers reported to council audit committees (e.g. Reading "
                "'Implementation of Audit Recommendations' tracker, Bromsgrove recommendation tracker with "
                "target and revised target completion dates); no single file copied. Features: report title "
                "and run lines above the header, one row per agreed action with the audit title and "
                "recommendation repeated, system-style 'Surname, Forename' officers (one with two officers "
                "separated by a semicolon), original and revised target dates day-first, open/closed status "
                "plus a progress RAG word, a totals line."),
        reads=("A flat export of eight agreed management actions from four audits; each row gives the audit, "
               "the recommendation, the action, the responsible officer, original and revised target dates "
               "and a progress RAG. The revised date, where present, is the end; Blue means complete."),
        outcome="read",
        title=title,
    ), expected)


# ---------------------------------------------------------------------------
# 7. Nottinghamshire SCP - CSPR Child Z action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def nottinghamshire():
    name = "oq1-nottinghamshire-safeguarding-children-partnership-cspr-child-z-action-plan.txt"
    title = "Local Child Safeguarding Practice Review – Child Z: Multi-agency Action Plan"
    T1 = "Learning theme 1: Recognising the impact of cumulative neglect"
    T2 = "Learning theme 2: Hearing the voice of the child"
    R1 = ("Recommendation 1 – The NSCP should seek assurance that practitioners use the Graded Care Profile 2 "
          "(GCP2) where there are indicators of neglect.")
    R2 = ("Recommendation 2 – Health partners should ensure that missed health appointments for children are "
          "followed up and shared with the lead professional.")
    R3 = ("Recommendation 3 – Schools and early help practitioners should record the child's lived experience "
          "and wishes in every early help assessment.")
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Relaunch GCP2 training with a target of 150 practitioners from health, education and "
                        "children's social care trained in 2025/26.",
                 "NSCP", "NSCP Training Co-ordinator", ["NSCP Training Co-ordinator"], "Mar-26", "G",
                 "96 trained to date; two further cohorts booked.", "2026-03", None, "green"),
                ("1.2", "Add GCP2 use to the multi-agency neglect audit and report findings to the Performance "
                        "and Quality Assurance Sub-group.",
                 "NCC Children's Services", "Quality Assurance Group Manager",
                 ["Quality Assurance Group Manager"], "Dec-25", "A",
                 "Audit moved to November because of the JTAI; report will go to the January sub-group.",
                 "2025-12", None, "amber"),
            ]),
            (R2, [
                ("2.1", "Implement the 'Was Not Brought' policy across Nottinghamshire Healthcare NHS FT "
                        "community children's services.",
                 "Nottinghamshire Healthcare NHS FT", "Named Nurse Safeguarding Children",
                 ["Named Nurse Safeguarding Children"], "Jun-25", "B",
                 "Policy ratified and launched June 2025.", "2025-06", None, "blue"),
                ("2.2", "Audit compliance with the Was Not Brought policy in 0-19 services six months after "
                        "launch.",
                 "Nottinghamshire Healthcare NHS FT", "Named Nurse Safeguarding Children",
                 ["Named Nurse Safeguarding Children"], "Jan-26", "G", "Audit scheduled for December.",
                 "2026-01", None, "green"),
            ]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Update the Early Help Assessment form to include a mandatory 'day in the life' section.",
                 "NCC Early Help", "Early Help Service Manager", ["Early Help Service Manager"],
                 "Autumn term 2025", "G", "Revised form tested with 3 schools; go-live 1 December.",
                 "2025-12", None, "green"),
                ("3.2", "Deliver briefings on the findings of the Child Z review to designated safeguarding "
                        "lead (DSL) networks.",
                 "NCC Education", "Education Safeguarding Team Manager & Head of Virtual School",
                 ["Education Safeguarding Team Manager", "Head of Virtual School"], "Termly", "G",
                 "Autumn network briefings delivered in all seven districts.", None, "Termly", "green"),
                ("3.3", "Commission the Nottinghamshire Youth Council to co-produce a practitioner guide on "
                        "talking with children about home life.",
                 "NCC Participation Team", "Participation Manager", ["Participation Manager"], "Apr-26", "",
                 "Not started – scheduled for Q4.", "2026-04", None, "unrated"),
            ]),
        ]),
    ]
    ncols = 8
    lines = [
        "Nottinghamshire Safeguarding Children Partnership",
        title,
        "Progress position at 30 September 2025 – reported to the Learning and Improvement Sub-group",
        "",
        "\t".join(["Ref", "Finding / recommendation", "Action", "Lead agency", "Lead officer", "Target date",
                   "RAG", "Update / evidence of impact"]),
    ]
    expected = []
    for theme, recs in plan:
        lines.append(theme + "\t" * (ncols - 1))
        for rec, acts in recs:
            lines.append("\t" + rec + "\t" * (ncols - 2))
            for (ref, text, agency, officer, leads, target, rag, upd, end, end_text, status) in acts:
                lines.append("\t".join([ref, "", text, agency, officer, target, rag, upd]))
                expected.append(dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end,
                                     end_text=end_text, status=status))
    lines += [
        "",
        "Key: B = complete; G = on track; A = at risk of slipping; R = off track; blank = not started",
        "Summary: B 1 | G 4 | A 1 | R 0 | not started 1 | total 7",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, dict(
        source=("Nottinghamshire Safeguarding Children Partnership, 2025 (imagined review 'Child Z'): local "
                "child safeguarding practice review multi-agency action plan exported from the partnership's "
                "Excel tracker as tab-delimited text. Modelled on LCSPR action plans that group "
                "recommendations under learning themes with lead agency and lead officer columns; no single "
                "file copied. Features: three title lines, header row, learning-theme lines and "
                "'Recommendation N –' lines above numbered actions (the recommendation in the second "
                "column), separate lead agency and lead officer columns, mmm-yy, term and 'Termly' target "
                "dates, RAG letters with a key line and a summary line."),
        reads=("A tab-separated plan: two learning themes, three recommendations and seven numbered actions, "
               "each with a lead agency, a lead officer, a target date, a RAG letter and an update. The key "
               "and summary lines at the foot are not actions; the lead officer column names the lead."),
        outcome="read",
        title=title,
    ), expected)


if __name__ == "__main__":
    worcestershire()
    greenwich()
    row = gloucestershire()
    derby()
    kent()
    cambridgeshire()
    nottinghamshire()
    print("built; Gloucestershire typo on sheet row", row)
