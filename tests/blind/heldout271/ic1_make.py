"""Build the seven ic1- blind cases (children's services plans) and their expected readings.

Run with /work/main/.venv/bin/python ic1_make.py (openpyxl, python-docx, pyyaml).
Each data file and NAME.expected.yaml are generated from the same tables below so the
expected text is the file's text character for character.
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

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "sect": "DDEBF7",
    "rec": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def eom(y, m):
    """last day of month as a datetime (how councils key a deadline)."""
    if m == 12:
        return dt.datetime(y, 12, 31)
    return dt.datetime(y, m + 1, 1) - dt.timedelta(days=1)


def write_expected(name, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            d = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Cheshire East local area SEND priority action plan (xlsx, cover + plan + glossary)
# ---------------------------------------------------------------------------
def cheshire_east():
    name = "ic1-cheshire-east-council-local-area-send-priority-action-plan.xlsx"
    title = "Cheshire East Local Area SEND Priority Action Plan"
    P1 = "Priority 1: Timeliness and quality of EHC needs assessments and plans"
    P2 = "Priority 2: Waiting times and support for neurodevelopmental (autism and ADHD) pathways"
    P3 = "Priority 3: Communication with, and involvement of, parents and carers"
    APA1 = ("Leaders across education, health and care should urgently improve the timeliness of "
            "EHC needs assessments and ensure that EHC plans accurately reflect children and young "
            "people's needs and are reviewed in a timely way, especially at points of transition.")
    APA2 = ("Leaders in the ICB and the local authority should reduce the length of time children and "
            "young people wait for neurodevelopmental assessment and make sure that families are "
            "supported while they wait.")
    APA3 = ("Leaders should improve how they communicate with parents and carers, so that families "
            "know what is happening with their child's assessment or plan and are involved in "
            "decisions that affect them.")
    # ref, action, leads(cell), lead list, start, orig, revised, progress, prev, cur
    rows = [
        (P1, APA1, [
            ("1.1", "Recruit to the 6 additional EHC Coordinator posts and 2 Senior Educational "
                    "Psychologist posts agreed in the SEND investment case, and reduce agency reliance "
                    "in the SEND Statutory Assessment and Monitoring Service.",
             "Head of SEND", ["Head of SEND"], eom(2025, 1), eom(2025, 4), eom(2025, 7),
             "All 6 EHC Coordinators in post from 1 July 2025. Both Senior EP posts filled; agency "
             "EPs reduced from 9 to 3.", "A", "B"),
            ("1.2", "Introduce a weekly multi-agency EHC needs assessment panel with health and social "
                    "care advice tracked against the 6-week statutory deadline, so that 60% of new EHC "
                    "plans are issued within 20 weeks by March 2026.",
             "Head of SEND / Designated Clinical Officer (ICB)",
             ["Head of SEND", "Designated Clinical Officer (ICB)"], eom(2025, 2), eom(2026, 3), None,
             "Panel running weekly since April 2025. 20-week timeliness 41% in Q1 and 47% in Q2 "
             "(year to date). Health advice returned within 6 weeks in 78% of requests.", "A", "A"),
            ("1.3", "Launch the revised EHC plan template and quality assurance framework, co-produced "
                    "with Cheshire East Parent Carer Forum, and audit 10% of new plans each month "
                    "against it.",
             "SEND Quality Assurance Lead", ["SEND Quality Assurance Lead"], eom(2025, 2),
             eom(2025, 6), eom(2025, 10),
             "Template agreed with the Parent Carer Forum in August 2025 after a second round of "
             "co-production. Monthly audit started September 2025.", "A", "G"),
            ("1.4", "Clear the backlog of overdue annual reviews for children moving into Year 7 and "
                    "post-16, prioritising those with phase transfer deadlines of 15 February and 31 "
                    "March.",
             "Service Manager – SEND Statutory Team", ["Service Manager – SEND Statutory Team"],
             eom(2025, 1), eom(2025, 3), eom(2025, 12),
             "Backlog reduced from 1,140 to 690 overdue reviews but not on trajectory. Escalated to "
             "SEND Partnership Board; additional annual review officers agreed September 2025.",
             "A", "R"),
        ]),
        (P2, APA2, [
            ("2.1", "Implement a single point of access for neurodevelopmental referrals for Cheshire "
                    "East Place with a clinical triage within 6 weeks of referral.",
             "ICB Associate Director of Quality (Cheshire East Place)",
             ["ICB Associate Director of Quality (Cheshire East Place)"], eom(2025, 2), eom(2025, 10),
             None, "Single point of access went live 1 September 2025. Triage within 6 weeks: 83%.",
             "G", "G"),
            ("2.2", "Commission additional autism assessment capacity from an independent provider to "
                    "reduce the number of children waiting over 52 weeks.\nMonthly trajectory reported "
                    "to the SEND Partnership Board.",
             "Head of Children's Commissioning (ICB); Designated Clinical Officer",
             ["Head of Children's Commissioning (ICB)", "Designated Clinical Officer"], eom(2025, 3),
             eom(2025, 12), None,
             "Contract awarded July 2025 for 600 assessments. Children waiting over 52 weeks down "
             "from 1,212 to 1,046; trajectory slipping by c.6 weeks.", "A", "A"),
            ("2.3", "Publish a 'waiting well' support offer on the Local Offer for families awaiting "
                    "neurodevelopmental assessment, including advice and training for schools.",
             "Local Offer Manager", ["Local Offer Manager"], eom(2025, 2), eom(2025, 6), None,
             "Published on the Local Offer 20 June 2025. 212 school staff attended training.",
             "G", "B"),
        ]),
        (P3, APA3, [
            ("3.1", "Agree and publish a SEND communications and engagement charter with Cheshire East "
                    "Parent Carer Forum, setting out response times for parent and carer enquiries to "
                    "the SEND service.",
             "Head of SEND; Chair of Cheshire East Parent Carer Forum",
             ["Head of SEND", "Chair of Cheshire East Parent Carer Forum"], eom(2025, 1),
             eom(2025, 3), eom(2025, 5), "Charter signed and published 14 May 2025.", "G", "B"),
            ("3.2", "Introduce named case officer contact details on every EHC plan and a 10 working "
                    "day response standard for case officer correspondence, monitored monthly.",
             "Service Manager – SEND Statutory Team", ["Service Manager – SEND Statutory Team"],
             eom(2025, 4), eom(2025, 9), None,
             "Named officer on all plans issued since June 2025. Response standard met in 88% of "
             "contacts in September.", "G", "G"),
            ("3.3", "Hold termly 'SEND Roadshow' sessions in Crewe, Macclesfield and Congleton for "
                    "parents and carers, with a 'You said, we did' report to each Partnership Board.",
             "SEND Participation and Engagement Lead", ["SEND Participation and Engagement Lead"],
             eom(2025, 4), "Termly", None,
             "Summer term roadshows held (146 attendees). Autumn dates published.", "G", "G"),
        ]),
    ]
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16, color="1F3864")
    cv["A2"] = "Area SEND inspection (Ofsted and CQC), November 2024 – report published 20 January 2025"
    cv["A3"] = "Cheshire East Local Area Partnership"
    cv["A3"].font = Font(italic=True)
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dcrows = [
        ("Version", "1.3"),
        ("Status", "Update to SEND Partnership Board"),
        ("Date", "30 September 2025"),
        ("Plan owner", "Executive Director of Children's Services"),
        ("Health lead", "ICB Place Director (Cheshire East)"),
        ("Approved by", "Cheshire East SEND Partnership Board, 17 July 2025"),
        ("Next review", "December 2025"),
    ]
    for i, (k, v) in enumerate(dcrows, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A14"] = "RAG key"
    cv["A14"].font = Font(bold=True)
    keyrows = [("B", "Blue – action complete and impact evidenced", "blue"),
               ("G", "Green – on track to deliver by the deadline", "green"),
               ("A", "Amber – some slippage, mitigation in place", "amber"),
               ("R", "Red – off track, escalated to SEND Partnership Board", "red")]
    for i, (k, v, c) in enumerate(keyrows, start=15):
        cv.cell(i, 1, k).fill = fill(c)
        cv.cell(i, 2, v)
    cv["A20"] = "Summary of current RAG (30/09/2025)"
    cv["A20"].font = Font(bold=True)
    summ = [("Blue", 3), ("Green", 4), ("Amber", 2), ("Red", 1), ("Total actions", 10)]
    for i, (k, v) in enumerate(summ, start=21):
        cv.cell(i, 1, k)
        cv.cell(i, 2, v)
    cv["A25"].font = Font(bold=True)
    cv["B25"].font = Font(bold=True)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Priority Action Plan")
    ws["A1"] = title + " – progress tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Update for SEND Partnership Board – September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for priority action (from inspection report)", "Action", "Lead officer(s)",
             "Start date", "Original deadline", "Revised deadline", "Progress update – September 2025",
             "Previous RAG (June 2025)", "Current RAG (Sept 2025)"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    actions = []
    for pri, apa, acts in rows:
        ws.cell(r, 1, pri).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("sect")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, text, leadcell, leads, start, orig, rev, prog, prev, cur) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, leadcell)
            ws.cell(r, 5, start).number_format = "mmm-yy"
            c6 = ws.cell(r, 6, orig)
            if isinstance(orig, dt.datetime):
                c6.number_format = "mmm-yy"
            if rev is not None:
                ws.cell(r, 7, rev).number_format = "mmm-yy"
            ws.cell(r, 8, prog)
            ws.cell(r, 9, prev).fill = fill(rag[prev])
            ws.cell(r, 10, cur).fill = fill(rag[cur])
            for c in range(1, 11):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            endd = rev if rev is not None else orig
            a = {"ref": ref, "under": [pri, apa], "action": text, "lead": leads,
                 "status": status[cur]}
            if isinstance(endd, dt.datetime):
                a["end"] = endd.strftime("%Y-%m")
            else:
                a["end"] = None
                a["end_text"] = endd
            actions.append(a)
            r += 1
        ws.cell(first, 2, apa).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings agreed at the SEND Partnership Board Performance Sub-Group. "
                  "Revised deadlines agreed by the Board on 17/07/2025.").font = Font(italic=True)
    widths = [7, 40, 55, 28, 10, 11, 11, 50, 11, 11]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "C5"

    gl = wb.create_sheet("Glossary")
    gl["A1"] = "Glossary"
    gl["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("EHC", "Education, Health and Care"),
        ("EP", "Educational Psychologist"),
        ("ICB", "Integrated Care Board (NHS Cheshire and Merseyside)"),
        ("DCO", "Designated Clinical Officer"),
        ("ADHD", "Attention deficit hyperactivity disorder"),
        ("Local Offer", "The local authority's published information about SEND services"),
    ], start=2):
        gl.cell(i, 1, k)
        gl.cell(i, 2, v)
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a local area partnership SEND priority action plan of the kind published "
                   "after an area SEND inspection under the 2023 Ofsted/CQC framework (Cheshire East "
                   "Local Area Partnership, inspection notionally November 2024, update September 2025; "
                   "the council's local offer pages describe its earlier WSoA and revisit). Copied "
                   "features: cover sheet with document control table, RAG key and a summary-of-RAG "
                   "totals block; plan sheet with a title, a merged priority row per area for priority "
                   "action, the inspectors' wording in a vertically merged column beside its actions, "
                   "start/original/revised deadline columns (mmm-yy dates), previous and current RAG "
                   "letters with fill colours, several leads in one cell, a notes line; a glossary "
                   "sheet."),
        "reads": ("Three priorities, each a merged heading row, with the area for priority action from "
                  "the inspection report merged down beside its actions; ten actions 1.1–3.3. The end "
                  "is the revised deadline where one is given, else the original; status is the "
                  "current RAG (B = complete). The cover and glossary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 2. Wigan YJS HMIP improvement plan (xlsx, fill-only status, recommendation rows)
# ---------------------------------------------------------------------------
def wigan():
    name = "ic1-wigan-youth-justice-service-hmip-improvement-plan.xlsx"
    title = ("Wigan Youth Justice Service – HM Inspectorate of Probation Inspection: "
             "Improvement Plan 2025/26")
    S1 = "The Wigan Youth Justice Management Board should:"
    S2 = "The Head of Youth Justice Service should:"
    R1 = ("ensure that the needs of victims are understood and met, and that victim work is "
          "adequately resourced across the partnership")
    R2 = ("ensure that the partnership has a clear understanding of disproportionality, particularly "
          "the over-representation of children from ethnic minority groups and children in care, and "
          "that this informs service delivery")
    R3 = ("improve the quality of assessing and planning for keeping the child and others safe, so "
          "that all risks are identified and contingency plans are specific")
    R4 = ("ensure that management oversight is consistently effective and recorded, particularly at "
          "key decision points in out-of-court resolution cases")
    R5 = ("ensure that children's education, training and employment needs are assessed and met "
          "through timely access to specialist provision")
    # section, [(recref, rectext, [(ref, action, measure, ownercell, leads, target, end, end_text, progress, status)])]
    plan = [
        (S1, [
            ("1", R1, [
                ("1a", "Appoint a dedicated Restorative Justice and Victim Officer (1 FTE) funded "
                       "through the Police and Crime Commissioner grant, and review victim contact "
                       "arrangements with Greater Manchester Police.",
                 "All victims offered contact within 10 working days of the YJS receiving the case.",
                 "Head of Youth Justice Service", ["Head of Youth Justice Service"],
                 eom(2025, 7), "2025-07", None,
                 "Officer appointed and started 1 September 2025. Victim contact protocol with GMP "
                 "signed off.", "blue"),
                ("1b", "Introduce a victim contact audit tool and report findings quarterly to the "
                       "Management Board, including victims' views of the service.",
                 "Quarterly victim audit report received by the Board.",
                 "Victim Officer / YJS Practice Manager", ["Victim Officer", "YJS Practice Manager"],
                 "Q3 2025/26", "2025-12", "Q3 2025/26",
                 "Audit tool drafted; first report due to December Board.", "green"),
            ]),
            ("2", R2, [
                ("2a", "Refresh the YJS disproportionality action plan with Wigan Council's Equalities "
                       "Team and GMP, using the latest YJB ethnic disproportionality data, and report "
                       "to the Board each quarter.",
                 "Disproportionality data is a standing item at every Board.",
                 "Board Chair (Director of Children's Services)",
                 ["Board Chair (Director of Children's Services)"],
                 dt.datetime(2025, 12, 31), "2025-12", None,
                 "Data analysis complete; action plan refresh delayed by Equalities Team capacity.",
                 "amber"),
                ("2b", "Track outcomes for children in care and care-experienced children in the youth "
                       "justice cohort through the Corporate Parenting Board, with a joint protocol to "
                       "reduce criminalisation of children in care.",
                 "Protocol signed by all partners; fewer children in care entering the youth justice "
                 "system.",
                 "AD Children's Social Care; Head of Youth Justice Service",
                 ["AD Children's Social Care", "Head of Youth Justice Service"],
                 eom(2026, 3), "2026-03", None, "Due to start January 2026.", None),
            ]),
        ]),
        (S2, [
            ("3", R3, [
                ("3a", "Deliver AssetPlus safety and wellbeing and risk of serious harm refresher "
                       "training to all case managers, with quarterly practice audits of 10 cases.",
                 "80% of audited cases rated sufficient for keeping the child and others safe.",
                 "YJS Practice Manager", ["YJS Practice Manager"], eom(2025, 9), "2025-09", None,
                 "Training delivered to 14 of 18 case managers; remaining sessions booked for "
                 "November 2025.", "amber"),
                ("3b", "Introduce a contingency planning template in the case management system and a "
                       "monthly risk and safety panel for children assessed as high or very high risk.",
                 "All high and very high risk cases reviewed at panel within 20 working days.",
                 "JM / KT", ["JM", "KT"], eom(2025, 11), "2025-11", None,
                 "Template built; panel terms of reference agreed October 2025.", "green"),
            ]),
            ("4", R4, [
                ("4a", "Introduce mandatory recorded management oversight at the out-of-court "
                       "resolution decision-making panel and at each review point, checked through "
                       "monthly dip sampling.",
                 "Management oversight recorded in 100% of dip-sampled cases.",
                 "Operational Manager – Prevention and Out of Court",
                 ["Operational Manager – Prevention and Out of Court"],
                 dt.datetime(2025, 6, 30), "2025-06", None,
                 "In place since June 2025; dip sample of 12 cases in September found oversight "
                 "recorded in all 12.", "blue"),
            ]),
            ("5", R5, [
                ("5a", "Agree a protocol with Wigan Virtual School and the Inclusion Service for YJS "
                       "children not in full-time education, including a named SENCo contact and "
                       "fast-track referral to speech and language therapy.",
                 "All YJS children have an education offer reviewed within 15 days of allocation.",
                 "Head of Inclusion; YJS Education Officer",
                 ["Head of Inclusion", "YJS Education Officer"],
                 "Summer term 2026", "2026-07", "Summer term 2026",
                 "Virtual School capacity issue; speech and language fast-track not agreed. Escalated "
                 "to the Board in October 2025.", "red"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection of youth justice work with children and victims"
    ws["A3"] = ("Fieldwork: 3–7 February 2025   |   Report published: 22 April 2025   |   "
                "Overall rating: Requires improvement")
    ws["A4"] = "Plan owner: Wigan Youth Justice Management Board   |   Last reviewed: 16 October 2025"
    ws["A5"] = "Status key (colour in column G):"
    ws["A5"].font = Font(bold=True)
    for col, (txt, c) in zip("BCDEF", [("Complete", "blue"), ("On track", "green"),
                                       ("Some slippage", "amber"), ("Off track", "red"),
                                       ("Not yet started", None)]):
        ws[col + "5"] = txt
        ws[col + "5"].border = BOX
        if c:
            ws[col + "5"].fill = fill(c)
    heads = ["Ref", "Recommendation / action", "What will success look like?", "Owner",
             "Target date", "Progress update", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(7, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 8
    actions = []
    for sect, recs in plan:
        ws.cell(r, 1, sect).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for recref, rectext, acts in recs:
            ws.cell(r, 1, recref).font = Font(bold=True)
            ws.cell(r, 2, rectext).font = Font(bold=True)
            ws.cell(r, 2).alignment = WRAP
            for c in range(1, 8):
                ws.cell(r, c).fill = fill("rec")
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
            for (ref, text, meas, ownercell, leads, target, end, end_text, prog, st) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, text)
                ws.cell(r, 3, meas)
                ws.cell(r, 4, ownercell)
                tc = ws.cell(r, 5, target)
                if isinstance(target, dt.datetime):
                    full = target in (dt.datetime(2025, 12, 31), dt.datetime(2025, 6, 30))
                    tc.number_format = "dd/mm/yyyy" if full else "mmm-yy"
                ws.cell(r, 6, prog)
                if st:
                    ws.cell(r, 7).fill = fill(st)
                for c in range(1, 8):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BOX
                a = {"ref": ref, "under": [sect, rectext], "action": text, "lead": leads,
                     "end": end, "status": st or "unrated"}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
                r += 1
    r += 1
    ws.cell(r, 1, "Notes: Status colours are agreed by the Management Board sub-group. Actions marked "
                  "complete remain on the plan until impact is evidenced in the next internal audit "
                  "(March 2026).").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [6, 60, 38, 26, 12, 48, 9]):
        ws.column_dimensions[col].width = w

    kp = wb.create_sheet("KPIs")
    kp["A1"] = "Key performance indicators – reported to Management Board"
    kp["A1"].font = Font(bold=True)
    kp.append([])
    kp.append(["Indicator", "Baseline (Feb 2025)", "Q1 25/26", "Q2 25/26", "Target"])
    for row in [
        ["Victims offered contact within 10 working days", "54%", "61%", "79%", "90%"],
        ["Cases audited as sufficient: keeping the child safe", "48%", "55%", "63%", "80%"],
        ["Out-of-court cases with recorded management oversight", "62%", "100%", "100%", "100%"],
        ["Children in suitable ETE at end of order", "58%", "60%", "64%", "75%"],
    ]:
        kp.append(row)
    kp.column_dimensions["A"].width = 55
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a youth justice service post-inspection improvement plan after an HM "
                   "Inspectorate of Probation 'inspection of youth justice work with children and "
                   "victims' (Wigan Youth Justice Service, notionally 2025; cf. Reading YJS plan "
                   "endorsed Dec 2024 and HMIP reports addressing recommendations to the YJS manager "
                   "and to the management board). Copied features: title block with fieldwork/report/"
                   "rating line, a status key row of coloured cells, recommendations grouped under "
                   "'The ... Board should:' / 'The Head of ... should:' section rows, each "
                   "recommendation as a grey numbered row with its actions 1a, 1b below, a success "
                   "measure column, status shown only by the fill colour of column G, target dates as "
                   "dates, a financial quarter and a school term, a notes line and a separate KPI sheet."),
        "reads": ("Two addressee sections, five numbered inspectorate recommendations and eight "
                  "lettered actions. Status has no words: the cell colour per the key (blue = "
                  "complete, no fill = not yet started). The KPI sheet is a performance table, not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 3. Together for Children Sunderland – children's homes Ofsted tracker (xlsx, 3 sheets)
# ---------------------------------------------------------------------------
def sunderland():
    name = "ic1-sunderland-together-for-children-childrens-homes-ofsted-action-tracker.xlsx"
    title = "Together for Children Sunderland – Children's Homes Ofsted Action Tracker"
    H1 = "Hylton Lodge (SC487213) – full inspection 13 May 2025 – Good"
    H2 = "Ashbrooke House (SC512904) – interim inspection 2 July 2025 – Improved effectiveness"
    H3 = "Barnes View (2667410) – full inspection 18 August 2025 – Requires improvement to be good"
    Q1 = ("The registered person must ensure that staff assess whether each child is at risk of harm, "
          "taking into account information in the child's relevant plans, and, if necessary, make "
          "arrangements to reduce the risk of any harm to the child. In particular, risk assessments "
          "must be updated following each missing-from-care episode.")
    Q2 = ("The registered person should ensure that all staff receive supervision of their practice "
          "at the frequency set out in the home's own policy.")
    Q3 = ("The registered person must ensure that all employees undertake appropriate continuing "
          "professional development, including physical intervention training that is refreshed "
          "within the required timescale.")
    Q4 = ("The registered person should ensure that records of restraint include the views of the "
          "child and are reviewed by the manager within 48 hours.")
    Q5 = ("The registered person must ensure that the home has sufficient numbers of staff with the "
          "right experience to meet the needs of each child, including at night.")
    ST = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
          "Not started": None}
    ST_READ = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
               "Not started": "unrated"}
    homes = [
        (H1, [
            ("Requirement", "Reg 12(1), (2)(a)(i)", Q1, [
                ("HL-01", "Review and update all children's risk assessments and missing-from-care "
                          "plans; Registered Manager to sign off each update within 72 hours of a "
                          "return home interview.",
                 "Registered Manager (Hylton Lodge)", ["Registered Manager (Hylton Lodge)"],
                 dt.datetime(2025, 6, 30), dt.datetime(2025, 6, 20), "Complete",
                 "All 4 children's plans updated; RI checked 5 records."),
                ("HL-02", "Deliver a team briefing on the Sunderland missing-from-care protocol and "
                          "add a 'plans updated?' check to the shift handover record.",
                 "Deputy Manager / Senior RSW", ["Deputy Manager", "Senior RSW"],
                 dt.datetime(2025, 6, 30), dt.datetime(2025, 6, 27), "Complete",
                 "Briefing held at team meeting 24/06/25; handover record amended."),
            ]),
            ("Recommendation", "Guide p.61, para 13.2", Q2, [
                ("HL-03", "Set a supervision schedule for the year, with the Registered Manager's "
                          "compliance reported monthly to the Responsible Individual.",
                 "Registered Manager (Hylton Lodge)", ["Registered Manager (Hylton Lodge)"],
                 dt.datetime(2025, 10, 31), None, "On track",
                 "Schedule in place; 92% of supervisions on time July–September."),
            ]),
        ]),
        (H2, [
            ("Requirement", "Reg 33(4)(a)", Q3, [
                ("AH-01", "Book all staff whose Team Teach certificates have expired or will expire "
                          "by December 2025 onto refresher training.",
                 "Registered Manager (Ashbrooke House)", ["Registered Manager (Ashbrooke House)"],
                 dt.datetime(2025, 8, 31), dt.datetime(2025, 8, 29), "Complete",
                 "9 staff attended refresher 26–29 August 2025."),
                ("AH-02", "Add physical intervention training expiry dates to the residential "
                          "training matrix with automatic alerts at 60 days.",
                 "Workforce Development Officer", ["Workforce Development Officer"],
                 dt.datetime(2025, 8, 31), None, "Overdue",
                 "Matrix updated manually; automatic alerts awaiting IT change request."),
            ]),
            ("Recommendation", "Guide p.49, para 9.59", Q4, [
                ("AH-03", "Amend the physical intervention recording form to include a section for "
                          "the child's view and debrief, and audit all records monthly.",
                 "Registered Manager (Ashbrooke House); Responsible Individual",
                 ["Registered Manager (Ashbrooke House)", "Responsible Individual"],
                 dt.datetime(2025, 11, 30), None, "At risk",
                 "Form drafted; children's views section being tested with young people."),
            ]),
        ]),
        (H3, [
            ("Requirement", "Reg 31(2)(a)", Q5, [
                ("BV-01", "Recruit to 2 vacant Residential Support Worker posts and 1 waking night "
                          "post; use consistent relief staff in the interim.",
                 "Head of Residential Services", ["Head of Residential Services"],
                 dt.datetime(2025, 10, 31), None, "On track",
                 "2 RSWs appointed (start dates October); waking night post re-advertised."),
                ("BV-02", "Review the staffing model against children's current assessed needs and "
                          "present options to the Children's Homes Management Group.",
                 "Head of Residential Services", ["Head of Residential Services"],
                 dt.datetime(2025, 12, 31), None, "Not started", ""),
            ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 2025/26 – position at 30 September 2025"
    sm["A3"] = "Registered provider: Together for Children Sunderland Ltd"
    hdr = ["Home", "URN", "Last inspection", "Type", "Judgement", "Requirements", "Recommendations",
           "Actions", "Actions complete", "Actions outstanding"]
    for c, h in enumerate(hdr, start=1):
        sm.cell(5, c, h).font = Font(bold=True)
        sm.cell(5, c).fill = fill("grey")
        sm.cell(5, c).border = BOX
    srows = [
        ["Hylton Lodge", "SC487213", dt.datetime(2025, 5, 13), "Full", "Good", 1, 1, 3, 2, 1],
        ["Ashbrooke House", "SC512904", dt.datetime(2025, 7, 2), "Interim",
         "Improved effectiveness", 1, 1, 3, 1, 2],
        ["Barnes View", "2667410", dt.datetime(2025, 8, 18), "Full",
         "Requires improvement to be good", 1, 0, 2, 0, 2],
        ["Total", "", None, "", "", 3, 2, 8, 3, 5],
    ]
    for i, row in enumerate(srows, start=6):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(i, c, v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if row[0] == "Total":
            for c in range(1, 11):
                sm.cell(i, c).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [18, 11, 14, 9, 30, 12, 15, 9, 15, 18]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Ofsted Action Tracker – Children's Homes"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Responsible Individual: Head of Residential Services   |   Updated: 30/09/2025"
    heads = ["No.", "Req / Rec", "Regulation / standard", "What Ofsted said", "Action to be taken",
             "Responsible person", "Due date", "Date completed", "Status", "Evidence / comments"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    actions = []
    for home, items in homes:
        ws.cell(r, 1, home).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("sect")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for kind, reg, said, acts in items:
            first = r
            for (ref, text, rpcell, leads, due, done, st, ev) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 5, text)
                ws.cell(r, 6, rpcell)
                ws.cell(r, 7, due).number_format = "dd/mm/yyyy"
                if done:
                    ws.cell(r, 8, done).number_format = "dd/mm/yyyy"
                ws.cell(r, 9, st)
                if ST[st]:
                    ws.cell(r, 9).fill = fill(ST[st])
                ws.cell(r, 10, ev or None)
                for c in range(1, 11):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BOX
                actions.append({"ref": ref, "under": [home, said], "action": text, "lead": leads,
                                "end": due.strftime("%Y-%m"), "status": ST_READ[st]})
                r += 1
            ws.cell(first, 2, kind).alignment = WRAP
            ws.cell(first, 3, reg).alignment = WRAP
            ws.cell(first, 4, said).alignment = WRAP
            if r - 1 > first:
                for c in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for col, w in zip("ABCDEFGHIJ", [8, 13, 16, 50, 50, 26, 12, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True)
    for i, (k, v, c) in enumerate([
        ("Complete", "Action completed and evidence held on the home's file", "blue"),
        ("On track", "In progress and expected to be met by the due date", "green"),
        ("At risk", "May not be met by the due date – RI aware", "amber"),
        ("Overdue", "Due date passed and action not complete", "red"),
        ("Not started", "Not yet due to start", None),
    ], start=2):
        ky.cell(i, 1, k)
        if c:
            ky.cell(i, 1).fill = fill(c)
        ky.cell(i, 2, v)
    ky["A8"] = ("Requirements are regulation breaches with an Ofsted compliance date; recommendations "
                "refer to the 'Guide to the Children's Homes Regulations, including the quality "
                "standards'.")
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a local-authority-owned children's homes Ofsted action tracker of the kind "
                   "a council or children's services company keeps for its registered homes (Together "
                   "for Children Sunderland, notionally Q2 2025/26; requirements and recommendations "
                   "worded as in Ofsted SCCIF children's home reports, with regulation and 'Guide' "
                   "paragraph references). Copied features: summary sheet with per-home counts and a "
                   "totals row; tracker sheet with a merged section row per home naming URN, inspection "
                   "type, date and judgement; requirement/recommendation type, regulation and Ofsted "
                   "wording merged down over their actions; due date and date completed columns; "
                   "status words with matching fill colours; a separate key sheet."),
        "reads": ("Three homes, each a section, with five Ofsted requirements or recommendations and "
                  "eight actions (HL-01 to BV-02). The due date is the end; the date completed is "
                  "not. Status words map through the key sheet (Complete = blue, At risk = amber, "
                  "Overdue = red, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, actions


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Bridgend CBC – CIW children's services improvement plan (docx, table per principle)
# ---------------------------------------------------------------------------
def bridgend():
    name = "ic1-bridgend-cbc-ciw-childrens-services-improvement-check-action-plan.docx"
    title = "Bridgend County Borough Council – Children’s Social Care Improvement Plan"
    RAGC = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    RAGS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("1. People – voice and control", [
            ("The voice of the child is not consistently evident in assessments and care and support "
             "plans, and direct work with children is not always recorded.", [
                ("1.1", "Embed the ‘All About Me’ direct work tools in the WCCIS case record and "
                        "include the child’s own words in every assessment and plan.",
                 "Principal Social Worker", ["Principal Social Worker"], "March 2023", "2023-03", None,
                 "B", "Tools live in WCCIS from February 2023. April audit: child’s words evident in "
                      "71% of assessments."),
                ("1.2", "Quarterly thematic audit of the voice of the child.\nFindings reported to "
                        "the Quality Assurance Board and Practice Forum.",
                 "Quality Assurance Manager", ["Quality Assurance Manager"], "Quarterly", None,
                 "Quarterly", "G", "Q4 2022/23 and Q1 2023/24 audits completed and reported."),
            ]),
            ("Children and families are not always made an active offer of advocacy.", [
                ("1.3", "Introduce a monitoring report of active offers of advocacy made at child "
                        "protection conferences and children looked after reviews.",
                 "IRO Team Manager / Commissioning Officer",
                 ["IRO Team Manager", "Commissioning Officer"], "June 2023", "2023-06", None, "A",
                 "Recording field added to conference and review templates; first report delayed "
                 "to September 2023."),
            ]),
        ]),
        ("2. Prevention", [
            ("Information, advice and assistance (IAA) is not consistently proportionate, and there "
             "is limited access to preventative services at the front door.", [
                ("2.1", "Establish the Early Help Hub alongside the IAA service with daily screening "
                        "meetings to step families down to Early Help where appropriate.",
                 "Group Manager – IAA & Safeguarding", ["Group Manager – IAA & Safeguarding"],
                 "April 2023", "2023-04", None, "B",
                 "Hub co-located with IAA from 3 April 2023; 212 families stepped down in Q1."),
                ("2.2", "Publish a directory of preventative and community services on the Dewis "
                        "Cymru platform and train IAA staff in its use.",
                 "Early Help Service Manager", ["Early Help Service Manager"], "September 2023",
                 "2023-09", None, "G", "148 services listed; staff training booked for August."),
            ]),
        ]),
        ("3. Partnerships and integration", [
            ("Strategy discussions do not consistently involve health and education partners, and "
             "the response to the criminal exploitation of children requires urgent improvement.", [
                ("3.1", "Revise the multi-agency strategy discussion protocol with South Wales Police "
                        "and Cwm Taf Morgannwg UHB so that health and education attend or contribute "
                        "to all strategy discussions.",
                 "Deputy Head of Children’s Social Care", ["Deputy Head of Children’s Social Care"],
                 "Q2 2023/24", "2023-09", "Q2 2023/24", "G",
                 "Draft protocol agreed at the Regional Safeguarding Board sub-group in June 2023."),
                ("3.2", "Launch a multi-agency child exploitation (MACE) panel with a single "
                        "exploitation screening tool and a monthly tracking list of children at risk.",
                 "CJ / DP", ["CJ", "DP"], "July 2023", "2023-07", None, "R",
                 "Panel launched May 2023 but police and education attendance inconsistent; tracking "
                 "list not yet in place. Escalated to the Corporate Director."),
            ]),
        ]),
        ("4. Well-being", [
            ("Caseloads remain high in some teams and the local authority is heavily reliant on "
             "agency social workers.", [
                ("4.1", "Implement the children’s social care recruitment and retention strategy, "
                        "including a market supplement for experienced social workers and an "
                        "international recruitment cohort.",
                 "Head of Children’s Social Care", ["Head of Children’s Social Care"], "March 2024",
                 "2024-03", None, "G",
                 "Market supplement approved by Cabinet; first international cohort of 8 started "
                 "June 2023. Agency rate 38%."),
                ("4.2", "Introduce weekly caseload monitoring by team, with caseloads above the agreed "
                        "threshold escalated to the Head of Service.",
                 "Team Managers", ["Team Managers"], "Ongoing", None, "Ongoing", "G",
                 "Weekly report in place; average caseload in Care and Support East reduced from 24 "
                 "to 19."),
            ]),
            ("Supervision is not consistently regular or reflective, and the quality of recording is "
             "variable.", [
                ("4.3", "Roll out the reflective supervision policy and template, with compliance "
                        "reported monthly in the performance scorecard.",
                 "Principal Social Worker", ["Principal Social Worker"],
                 "Sept 2022 – March 2023", "2023-03", "Sept 2022 – March 2023", "B",
                 "Policy launched October 2022; supervision compliance 89% in June 2023."),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the Care Inspectorate Wales Performance Evaluation Inspection "
                      "(May 2022) and Improvement Check (November 2022)", style="Subtitle")
    doc.add_paragraph("Progress update for Subject Overview and Scrutiny Committee 2 – July 2023")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Change"]):
        bold_cell(t.rows[0].cells[c], h)
    for row in [("1.0", "September 2022", "Head of Children’s Social Care",
                 "Plan agreed by Cabinet following PEI report"),
                ("2.0", "January 2023", "Deputy Head of Children’s Social Care",
                 "Updated following CIW Improvement Check"),
                ("2.3", "July 2023", "Improvement Programme Manager",
                 "Quarterly progress and RAG update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v

    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    bold_cell(k.rows[0].cells[0], "RAG")
    bold_cell(k.rows[0].cells[1], "Meaning")
    for code, meaning in [("B", "Complete – action delivered"), ("G", "On track"),
                          ("A", "Some delay – recovery in hand"),
                          ("R", "Significant risk to delivery")]:
        cells = k.add_row().cells
        cells[0].text = code
        shade(cells[0], RAGC[code])
        cells[1].text = meaning

    doc.add_paragraph("The plan is organised under the four principles of the Social Services and "
                      "Well-being (Wales) Act 2014 used by CIW in its report. Each area for "
                      "improvement is shown with the actions that respond to it.")

    actions = []
    heads = ["No.", "CIW finding / area for improvement", "Action", "Lead", "Timescale", "RAG",
             "Progress (July 2023)"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.5), Cm(3.3), Cm(2.6), Cm(1.2), Cm(6)]
    for sect, findings in sections:
        doc.add_heading(sect, level=1)
        n = sum(len(a) for _, a in findings)
        tb = doc.add_table(rows=1 + n, cols=7)
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            bold_cell(tb.rows[0].cells[c], h)
            shade(tb.rows[0].cells[c], "D9E2F3")
        r = 1
        for finding, acts in findings:
            first = r
            for (ref, text, leadcell, leads, tscale, end, end_text, rag, prog) in acts:
                cells = tb.rows[r].cells
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = leadcell
                cells[4].text = tscale
                cells[5].text = rag
                shade(cells[5], RAGC[rag])
                cells[6].text = prog
                a = {"ref": ref, "under": [sect, finding], "action": text, "lead": leads,
                     "end": end, "status": RAGS[rag]}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
                r += 1
            if r - 1 > first:
                merged = tb.cell(first, 1).merge(tb.cell(r - 1, 1))
                merged.text = finding
            else:
                tb.cell(first, 1).text = finding
        for row in tb.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next update: Subject Overview and Scrutiny Committee 2, January 2024.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates Bridgend County Borough Council's children's social care improvement plan "
                   "in response to the CIW Performance Evaluation Inspection (May 2022) and Improvement "
                   "Check (November 2022), reported with an 'updated Action Plan' to Cabinet and "
                   "scrutiny in 2023 (democratic.bridgend.gov.uk; careinspectorate.wales). Copied "
                   "features: title and subtitle paragraphs, document control table, RAG key table with "
                   "shaded cells, one heading and one table per Act principle (People – voice and "
                   "control, Prevention, Partnerships and integration, Well-being), the CIW finding "
                   "merged down beside its actions, RAG letters in shaded cells, month/quarter/period/"
                   "'Quarterly'/'Ongoing' timescales, several leads in one cell."),
        "reads": ("Four principle headings, each over a table of actions; the CIW finding each action "
                  "answers is merged down the second column. Eleven actions 1.1–4.3, RAG letters per "
                  "the key (B = complete). The document control and RAG key tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 5. Walsall Safeguarding Partnership JTAI action plan – mistyped month (docx, refuse)
# ---------------------------------------------------------------------------
def walsall():
    name = "ic1-walsall-safeguarding-partnership-jtai-action-plan-typo-month-refuse.docx"
    title = ("Walsall Safeguarding Partnership – Joint Targeted Area Inspection: Multi-agency "
             "Action Plan")
    RAGC = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None}
    body = [
        ("1. Health partners’ contribution to multi-agency decision-making at the front door, "
         "including attendance at strategy discussions", [
            ("1.1", "Agree health representation at the MASH daily strategy meeting across Walsall "
                    "Healthcare NHS Trust and Black Country ICB, with attendance monitored monthly.",
             "Designated Nurse Safeguarding Children (Black Country ICB)", "December 2024", "B",
             "Safeguarding nurse in MASH daily from 2 December 2024; attendance 96%."),
            ("1.2", "Develop a health information-sharing template for MASH enquiries so that GP and "
                    "health visiting information is available to decision-makers within 24 hours.",
             "Named GP for Safeguarding / Head of MASH", "March 2025", "A",
             "Template agreed; GP practice returns within 24 hours at 64%."),
        ]),
        ("2. The consistency of threshold decisions when children are stepped down from children’s "
         "social care to early help", [
            ("2.1", "Refresh the Right Help, Right Time threshold guidance and deliver briefings to "
                    "all partner agencies.",
             "Safeguarding Partnership Business Manager", "January 2025", "B",
             "Guidance published 13 January 2025; 11 briefings to 420 practitioners."),
            ("2.2", "Introduce a joint step-down meeting between the social worker, the family and "
                    "the early help lead practitioner for every step-down.",
             "Head of Early Help & Family Hubs", "April 2025", "G",
             "Piloted in Walsall North locality from February 2025."),
            ("2.3", "Multi-agency audit of 30 step-down decisions, with findings reported to the "
                    "Partnership Executive.",
             "Quality Assurance Sub-group Chair", "Octber 2025", "",
             "Audit scheduled for September 2025."),
        ]),
        ("3. The quality of police domestic abuse notifications and the timeliness of sharing them "
         "with schools through Operation Encompass", [
            ("3.1", "Introduce a daily triage of police domestic abuse notifications within the MASH "
                    "by the Public Protection Unit, with a target of 24-hour submission to the MASH.",
             "Detective Chief Inspector – Public Protection", "November 2024", "B",
             "Daily triage in place; 91% submitted within 24 hours in February 2025."),
            ("3.2", "Quarterly dip sample of Operation Encompass notifications to schools, including "
                    "whether they were sent before the start of the next school day.",
             "Education Safeguarding Lead; DCI Public Protection", "Quarterly", "G",
             "Q3 dip sample: 27 of 30 notifications sent on time."),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to identification "
                      "of initial need and risk (‘front door’)")
    doc.add_paragraph("Inspection fieldwork: 10–14 June 2024   |   Letter published: 6 August 2024   "
                      "|   Plan version 2 – updated 14 March 2025")
    doc.add_paragraph("This plan responds to the areas for improvement set out in the inspectors’ "
                      "letter to the Walsall Safeguarding Partnership (Walsall Council, West Midlands "
                      "Police and NHS Black Country Integrated Care Board). Progress is reported to "
                      "the Partnership Executive every quarter.")
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track; "
                      "blank = not yet due.")
    n = 1 + sum(1 + len(a) for _, a in body)
    tb = doc.add_table(rows=n, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG", "Update (March 2025)"]):
        bold_cell(tb.rows[0].cells[c], h)
        shade(tb.rows[0].cells[c], "BDD7EE")
    r = 1
    typo_row = None
    for area, acts in body:
        m = tb.cell(r, 0).merge(tb.cell(r, 5))
        bold_cell(m, area)
        shade(m, "E7E6E6")
        r += 1
        for ref, text, lead, target, rag, upd in acts:
            cells = tb.rows[r].cells
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = lead
            cells[3].text = target
            cells[4].text = rag
            if RAGC[rag]:
                shade(cells[4], RAGC[rag])
            cells[5].text = upd
            if target == "Octber 2025":
                typo_row = r + 1  # 1-based table row, header row = 1
            r += 1
    widths = [Cm(1.2), Cm(8), Cm(4.5), Cm(2.8), Cm(1.3), Cm(7)]
    for row in tb.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Approved by the Walsall Safeguarding Partnership Executive Group, 20 March 2025.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": ("Imitates a safeguarding children partnership's JTAI action plan after a 'front "
                   "door' joint targeted area inspection by Ofsted, CQC and HMICFRS (Walsall "
                   "Safeguarding Partnership, notionally June 2024; structure per the gov.uk JTAI "
                   "guidance on identification of initial need and risk). Copied features: title, "
                   "inspection/letter/version line, an introductory paragraph naming the three "
                   "safeguarding partners, a one-line RAG key, a single plan table with merged "
                   "area-for-improvement rows over numbered actions, shaded RAG cells, job titles and "
                   "two-agency leads, an approval line."),
        "reads": ("Three areas for improvement and seven actions in one table. Action 2.3 has the "
                  "target date 'Octber 2025', a mistyped month; a careful reader stops there and asks "
                  "rather than guess. refuse_at counts rows of the plan table from 1 with the header "
                  "row as row 1 (the document's only table)."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_expected(name, meta, [])
    return name, [a for _, acts in body for a in acts]


# ---------------------------------------------------------------------------
# 6. Hampshire County Council ILACS action plan (csv export)
# ---------------------------------------------------------------------------
def hampshire():
    name = "ic1-hampshire-county-council-ilacs-action-plan.csv"
    title = ("Hampshire County Council Children's Services – ILACS Action Plan "
             "(inspection 3–14 June 2024)")
    A1 = ("The consistency with which children in need plans set out specific, measurable actions "
          "and timescales.")
    A2 = "The timeliness of initial health assessments for children when they come into care."
    A3 = ("The quality and regularity of pathway plan updates when care leavers' circumstances "
          "change.")
    rows = [
        (A1, "1.1", "Revise the child in need plan template in the case recording system so that each "
                    "action records who, what and by when.",
         "Head of Children in Need (Practice)", ["Head of Children in Need (Practice)"], "Oct-24",
         "2024-10", None, "New template live from 7 October 2024.", "Blue", "blue"),
        ("", "1.2", "Monthly practice learning audits of CIN plans across all districts, with learning "
                    "shared through the Practice Development Network.",
         "Principal Social Worker", ["Principal Social Worker"], "Monthly", None, "Monthly",
         "Audits running since September 2024; 68% of plans rated good or better in December.",
         "Green", "green"),
        ("", "1.3", "Deliver SMART planning workshops to all CIN team managers and assistant team "
                    "managers.",
         "Workforce Development Manager / District Managers",
         ["Workforce Development Manager", "District Managers"], "Mar-25", "2025-03", None,
         "4 of 7 districts completed.", "Green", "green"),
        (A2, "2.1", "Agree an escalation pathway with HIOW ICB and provider trusts for initial health "
                    "assessments not completed within 20 working days.",
         "Designated Nurse for Children in Care (HIOW ICB)",
         ["Designated Nurse for Children in Care (HIOW ICB)"], "31/12/2024", "2024-12", None,
         "Pathway drafted and agreed by the Corporate Parenting health sub-group.\nProvider sign-off "
         "delayed to February 2025.", "Amber", "amber"),
        ("", "2.2", "Send IHA requests to health within 2 working days of a child coming into care.\n"
                    "Performance reported weekly to the Head of Service.",
         "Head of Children in Care", ["Head of Children in Care"], "Q4 2024/25", "2025-03",
         "Q4 2024/25", "Requests within 2 days: 81% (Q3).", "Green", "green"),
        (A3, "3.1", "Require a pathway plan review within 10 working days of any significant change "
                    "(accommodation, education or employment, custody, parenthood) and add a prompt "
                    "to the case recording system.",
         "Head of Leaving Care", ["Head of Leaving Care"], "Jun-25", "2025-06", None,
         "Due to start April 2025 after system release.", "Not started", "unrated"),
        ("", "3.2", "Young people's reference group (Hampshire Children in Care Council) to review the "
                    "pathway plan format and co-produce a young-person-friendly version.",
         "Participation Lead; Head of Leaving Care", ["Participation Lead", "Head of Leaving Care"],
         "Apr 2025 – Sept 2025", "2025-09", "Apr 2025 – Sept 2025",
         "First session booked for 22 April 2025.", "Green", "green"),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title, "", "", "", "", "", ""])
        w.writerow(["Progress as at: 31 January 2025", "", "", "", "", "", ""])
        w.writerow(["Reported to: Children and Young People Select Committee, 12 March 2025", "", "",
                    "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Ref", "Area for improvement (Ofsted)", "Action", "Lead", "By when",
                    "Progress to date", "RAG"])
        actions = []
        cur_area = None
        for (area, ref, text, leadcell, leads, by, end, end_text, prog, rag, st) in rows:
            if area:
                cur_area = area
            w.writerow([ref, area, text, leadcell, by, prog, rag])
            a = {"ref": ref, "under": [cur_area], "action": text, "lead": leads, "end": end,
                 "status": st}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Notes:", "", "", "", "", "", ""])
        w.writerow(["RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track; "
                    "Not started = not yet due to start.", "", "", "", "", "", ""])
        w.writerow(["Source: Children's Services Performance and Improvement Team", "", "", "", "",
                    "", ""])

    meta = {
        "source": ("Imitates the short action plan an outstanding-rated authority keeps for the few "
                   "'what needs to improve' points of an ILACS report (Hampshire County Council "
                   "Children's Services, inspected June 2024 and rated outstanding, hants.gov.uk news "
                   "23 July 2024), as exported to CSV from the tracker for a select committee. Copied "
                   "features: three title/status lines, a blank line, a header, the Ofsted area for "
                   "improvement written only on the first action of its group (blank below), dates as "
                   "Oct-24 / 31/12/2024 / Q4 2024/25 / a month range / Monthly, a quoted multi-line "
                   "cell, RAG words, and notes lines after the table."),
        "reads": ("Seven actions 1.1–3.2 under three Ofsted areas for improvement, each area written "
                  "once beside the first of its actions and read down over the blank cells below. "
                  "RAG words per the notes key (Blue = complete, Not started = unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 7. Sefton early help partnership strategy delivery plan (tab-separated txt export)
# ---------------------------------------------------------------------------
def sefton():
    name = "ic1-sefton-early-help-partnership-strategy-delivery-plan.txt"
    title = "Sefton Early Help Partnership Strategy 2024–2027: Year 2 Delivery Plan 2025/26"
    P1 = "Priority 1: Right help at the right time"
    P2 = "Priority 2: Family Hubs at the heart of our communities"
    P3 = "Priority 3: A skilled and confident early help workforce"
    RAGS = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    plan = [
        (P1, [
            ("1.1", "Publish refreshed Sefton Level of Need guidance and deliver multi-agency briefings "
                    "across all three localities (North, Central and South Sefton).",
             "Number of practitioners briefed; audit of referral quality",
             "Early Help Strategic Manager", ["Early Help Strategic Manager"],
             "Sefton SCP; schools; Merseyside Police", "June 2025", "2025-06", None, "C",
             "Guidance published May 2025; 9 briefings to 610 practitioners."),
            ("1.2", "Replace email requests for early help with a single online Request for Support "
                    "form accessed through the Sefton Directory.",
             "% of requests received through the online form",
             "Early Help Strategic Manager & Business Intelligence Lead",
             ["Early Help Strategic Manager", "Business Intelligence Lead"], "ICT; Sefton SCP",
             "Sept 2025 – March 2026", "2026-03", "Sept 2025 – March 2026", "A",
             "Form built; go-live moved from January to March 2026 pending ICT testing."),
            ("1.3", "Increase the number of Early Help Assessments led by schools and health "
                    "practitioners by 20% against the 2024/25 baseline.",
             "Number of EHAs with a partner lead practitioner", "Head of Early Help",
             ["Head of Early Help"], "Schools; 0-19 Service; Alder Hey", "31/03/2026", "2026-03",
             None, "G", "Q3: partner-led EHAs up 17% on the same point last year."),
        ]),
        (P2, [
            ("2.1", "Open the Southport and Netherton Family Hubs with a published timetable of Start "
                    "for Life and parenting sessions.",
             "Hubs open; footfall and session attendance", "Family Hubs Programme Manager",
             ["Family Hubs Programme Manager"], "VCF sector; health visiting", "April 2025",
             "2025-04", None, "C", "Both hubs open since 7 April 2025."),
            ("2.2", "Agree a shared Family Hubs outcomes framework with Mersey Care, Alder Hey and the "
                    "Sefton CVS network, with a termly outcomes report.",
             "Termly outcomes report to the Early Help Partnership Board",
             "Family Hubs Programme Manager", ["Family Hubs Programme Manager"],
             "Mersey Care NHSFT; Alder Hey; Sefton CVS", "Termly", None, "Termly", "G",
             "Framework agreed September 2025; first report presented in December."),
        ]),
        (P3, [
            ("3.1", "Deliver the multi-agency Lead Practitioner training programme (4 cohorts a year) "
                    "and a quarterly Lead Practitioner forum.",
             "Practitioners trained; forum attendance",
             "Workforce Development Lead (Sefton SCP)", ["Workforce Development Lead (Sefton SCP)"],
             "All partners", "Quarterly", None, "Quarterly", "G",
             "Cohorts 1–3 delivered (74 practitioners)."),
            ("3.2", "Introduce a practice standards audit of early help plans, with 40 plans audited "
                    "per quarter and findings shared at the Early Help Partnership Board.",
             "Audits completed; % of plans rated good", "Early Help Quality Assurance Officer",
             ["Early Help Quality Assurance Officer"], "Sefton SCP QA sub-group", "December 2025",
             "2025-12", None, "R",
             "Audit tool agreed; only 12 plans audited in Q2 and 9 in Q3 because of a vacancy."),
            ("3.3", "Launch the 'Think Family' e-learning module on the Sefton SCP learning platform.",
             "Module live; completions", "JH/SB", ["JH", "SB"], "Sefton SCP", "Jan-26", "2026-01",
             None, "G", "Content signed off; launch planned for 26 January."),
        ]),
    ]
    ncol = 8
    lines = [
        title,
        "Progress report to the Sefton Children and Young People's Partnership Board – January 2026",
        "Exported from the Early Help Partnership action tracker on 12/01/2026",
        "RAG key: G = on track; A = some delay; R = significant delay; C = complete",
        "",
        "\t".join(["Ref", "What we will do", "How we will know", "Lead", "Partners involved",
                   "Timescale", "RAG", "Update (January 2026)"]),
    ]
    actions = []
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    for pri, acts in plan:
        lines.append(pri + "\t" * (ncol - 1))
        for (ref, text, how, leadcell, leads, partners, ts, end, end_text, rag, upd) in acts:
            lines.append("\t".join([ref, text, how, leadcell, partners, ts, rag, upd]))
            a = {"ref": ref, "under": [pri], "action": text, "lead": leads, "end": end,
                 "status": RAGS[rag]}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            counts[rag] += 1
    lines.append("")
    lines.append(f"Total actions: {len(actions)}\tComplete: {counts['C']}\tOn track: {counts['G']}\t"
                 f"Some delay: {counts['A']}\tSignificant delay: {counts['R']}")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    meta = {
        "source": ("Imitates an early help partnership strategy delivery plan of the kind councils "
                   "publish with a three-year early help strategy and report to a children's "
                   "partnership board (Sefton Early Help Partnership, notionally 2024–2027 strategy, "
                   "year 2 plan; layout after published early help strategy action plans with "
                   "priorities, 'what we will do', 'how we will know', lead, partners, timescale, RAG). "
                   "Copied features: plain-text tab-separated export from a tracker with title lines, "
                   "an export line, a one-line RAG key (C = complete), priority lines padded with empty "
                   "fields, a separate partners column beside the lead, month/date/range/Termly/"
                   "Quarterly timescales, and a totals line at the end."),
        "reads": ("Three priorities, each a line of its own, with eight numbered actions below them. "
                  "The lead is the Lead column, not the partners involved; RAG letters are read by "
                  "the key line (C = complete = blue). The last line is a totals summary."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }
    write_expected(name, meta, actions)
    return name, actions


if __name__ == "__main__":
    for fn in (cheshire_east, wigan, sunderland, bridgend, walsall, hampshire, sefton):
        n, acts = fn()
        print(f"{n}: {len(acts)} actions")
