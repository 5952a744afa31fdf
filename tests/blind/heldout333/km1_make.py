"""Build the seven km1- blind cases (set heldout333) and their expected readings.

Each plan is held as data: the cell text that goes into the file, and beside it what a
person reads from that row (lead list, end month, status).  The data files are written
with openpyxl / python-docx / plain text, the .expected.yaml files with yaml.safe_dump.
Run with /work/main/.venv/bin/python km1_make.py
"""
import csv
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

FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "D9D9D9",
        "navy": "1F3864", "pale": "DEEAF6"}
STATUS_OF = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------------------
# 1. Isle of Wight Council - ILACS improvement plan (xlsx, read)
# ---------------------------------------------------------------------------------------
def isle_of_wight():
    name = "km1-isle-of-wight-council-ilacs-improvement-plan.xlsx"
    title = "Children’s Services Improvement Plan 2025–26"
    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    T3 = "Theme 3: Leadership, management and workforce"
    R1 = ("Improve the timeliness and quality of assessments for children in need of help and "
          "protection, so that they consider children’s identity and lived experience.")
    R2 = ("Strengthen management oversight and supervision so that plans for children in need "
          "and children subject to child protection plans progress without drift.")
    R3 = ("Increase the sufficiency of suitable local homes for children in care, so that fewer "
          "children live away from the island.")
    R4 = "Improve care leavers’ access to suitable accommodation and to their health histories."
    R5 = ("Stabilise the social work workforce and strengthen leaders’ use of performance "
          "information to understand the quality of practice.")
    D = lambda y, m: dt.datetime(y, m, 1)
    # (theme, rec, ref, action, lead cell, orig, revised, prev, cur, update, lead list, end, end_text)
    rows = [
        (T1, R1, "1.1",
         "Introduce a weekly assessment timeliness tracker for each Assessment team, reviewed by "
         "Team Managers in the Monday performance huddle.",
         "Head of Service, Assessment and Intervention", D(2025, 3), None, "A", "G",
         "Tracker live since March; 87% of assessments within 45 working days in August "
         "(baseline 61%).",
         ["Head of Service, Assessment and Intervention"], "2025-03", None),
        (T1, R1, "1.2",
         "Deliver refreshed training on the Child and Family Assessment template, with a focus "
         "on identity, culture and the child’s daily lived experience.",
         "Principal Social Worker / Workforce Development Manager", D(2025, 6), D(2025, 10), "A", "A",
         "Four of six cohorts trained. Remaining sessions moved to October because of trainer "
         "sickness.",
         ["Principal Social Worker", "Workforce Development Manager"], "2025-10", None),
        (T1, R2, "1.3",
         "Revise the supervision policy and recording template so that every supervision records "
         "clear actions with timescales for the child’s plan.",
         "Head of Quality Assurance and Safeguarding", D(2025, 4), None, "G", "B",
         "Policy signed off at Practice Improvement Board 22/04/2025. Template live in Mosaic.",
         ["Head of Quality Assurance and Safeguarding"], "2025-04", None),
        (T1, R2, "1.4",
         "Monthly practice audits of supervision records by Service Managers, with findings "
         "reported to the Practice Improvement Board.",
         "Service Managers (CIN/CP)", "Ongoing", None, "G", "G",
         "Audits completed each month since May; themes reported in the quarterly QA report.",
         ["Service Managers (CIN/CP)"], None, "Ongoing"),
        (T2, R3, "2.1",
         "Launch a targeted foster carer recruitment campaign with the regional fostering hub, "
         "aiming for 12 new fostering households by March 2026.",
         "Fostering Service Manager", D(2026, 3), None, "G", "A",
         "5 households approved, 4 in assessment. Enquiry numbers lower over the summer.",
         ["Fostering Service Manager"], "2026-03", None),
        (T2, R3, "2.2",
         "Review every child living off-island through a permanence and sufficiency panel to "
         "identify children who could return to local homes.",
         "Head of Children in Care & Care Leavers", D(2025, 9), None, "A", "R",
         "Panel established but only 11 of 38 reviews held. Escalated to Improvement Board.",
         ["Head of Children in Care & Care Leavers"], "2025-09", None),
        (T2, R4, "2.3",
         "Agree a joint housing protocol with Housing Needs so that care leavers are prioritised "
         "for suitable accommodation from age 17½.",
         "Care Leavers Service Manager and Housing Needs Manager", D(2025, 7), D(2025, 12), "A", "A",
         "Draft protocol with Legal. Revised date agreed at July Board.",
         ["Care Leavers Service Manager", "Housing Needs Manager"], "2025-12", None),
        (T2, R4, "2.4",
         "Provide every care leaver with a written summary of their health history, completed "
         "by the Designated Nurse for Children in Care, before their 18th birthday.",
         "Designated Nurse (ICB)", D(2025, 12), None, "G", "G",
         "Summary template agreed with young people; 14 summaries issued.",
         ["Designated Nurse (ICB)"], "2025-12", None),
        (T3, R5, "3.1",
         "Implement the recruitment and retention strategy, including the island relocation "
         "package and a social work academy for newly qualified social workers.",
         "Director of Children’s Services", D(2026, 3), None, "G", "G",
         "Academy cohort of 9 ASYEs started September. Agency use down from 24% to 17%.",
         ["Director of Children’s Services"], "2026-03", None),
        (T3, R5, "3.2",
         "Introduce a monthly performance clinic chaired by the DCS, using the new children’s "
         "services dashboard.",
         "DCS / Head of Performance and Intelligence", D(2025, 4), None, "G", "B",
         "Clinics running monthly since April 2025.",
         ["DCS", "Head of Performance and Intelligence"], "2025-04", None),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Isle of Wight Council"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = ("Response to the Ofsted Inspection of Local Authority Children’s Services "
                 "(ILACS), 4–15 November 2024")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Date", "30 September 2025"),
          ("Plan owner", "Director of Children’s Services"),
          ("Approved by", "Children’s Improvement Board"), ("Next review", "December 2025")]
    for i, (k, v) in enumerate(dc):
        cov.cell(6 + i, 1, k).font = Font(bold=True)
        cov.cell(6 + i, 2, v)
        for c in (1, 2):
            cov.cell(6 + i, c).border = BORDER
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidenced"),
           ("G", "On track"),
           ("A", "Some slippage – mitigations in place"),
           ("R", "Off track – escalate to the Children’s Improvement Board")]
    for i, (k, v) in enumerate(key):
        c = cov.cell(13 + i, 1, k)
        c.fill = solid(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(13 + i, 2, v)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = solid(FILL["navy"])
    ws.merge_cells("A2:I2")
    ws["A2"] = "Progress update as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted recommendation", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (June 2025)", "Current RAG (Sept 2025)",
           "Progress update / evidence"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["pale"])
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    cur_theme = cur_rec = None
    rec_start = None
    for (theme, rec, ref, action, leadcell, orig, rev, prev, cur, upd, *_rest) in rows:
        if theme != cur_theme:
            if rec_start is not None and r - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=r - 1, end_column=2)
            rec_start = None
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1, theme).font = Font(bold=True)
            ws.cell(r, 1).fill = solid(FILL["grey"])
            cur_theme, cur_rec = theme, None
            r += 1
        if rec != cur_rec:
            if rec_start is not None and r - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(r, 2, rec)
            rec_start = r
            cur_rec = rec
        ws.cell(r, 1, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, leadcell)
        for col, v in ((5, orig), (6, rev)):
            if v is not None:
                c = ws.cell(r, col, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
        for col, v in ((7, prev), (8, cur)):
            c = ws.cell(r, col, v)
            c.fill = solid(FILL[v])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
        ws.cell(r, 9, upd)
        for j in range(1, 10):
            ws.cell(r, j).border = BORDER
            if j not in (7, 8):
                ws.cell(r, j).alignment = WRAP
        r += 1
    if rec_start is not None and r - 1 > rec_start:
        ws.merge_cells(start_row=rec_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised target dates agreed by the Children’s Improvement Board on "
                  "17 July 2025. Actions rated B will be removed from the plan once impact has "
                  "been evidenced for two consecutive quarters.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (7, 38, 48, 26, 12, 12, 11, 11, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for row in rows:
        counts[row[8]] = counts.get(row[8], 0) + 1
    sm.append([])
    sm.append(["Theme", "B", "G", "A", "R", "Total"])
    for th in (T1, T2, T3):
        cs = [sum(1 for x in rows if x[0] == th and x[8] == k) for k in "BGAR"]
        sm.append([th] + cs + [sum(cs)])
    sm.append(["Total"] + [counts.get(k, 0) for k in "BGAR"] + [len(rows)])
    sm.column_dimensions["A"].width = 46
    wb.save(os.path.join(HERE, name))

    actions = [act(x[2], [x[0], x[1]], x[3], x[10], x[11], STATUS_OF[x[8]], x[12]) for x in rows]
    write_yaml(name, {
        "source": (
            "Imitates an English council's post-ILACS children's services improvement plan as taken "
            "to an improvement board / committee (cf. Cheshire East ILACS improvement plan progress "
            "reports 2024-25 and Suffolk ILACS improvement action plan 2024, which report RAG progress "
            "against Ofsted's 'what needs to improve' points). No Isle of Wight plan was copied. "
            "Copied features: cover sheet with document-control table and a B/G/A/R key, theme rows "
            "merged across the sheet, the Ofsted recommendation merged down beside its actions, "
            "original and revised target dates as date cells (mmm-yy), previous and current RAG "
            "letters with fill colours, progress update column, notes line and a RAG summary sheet."),
        "reads": (
            "A three-sheet workbook: a cover with document control and RAG key, the improvement plan "
            "with three themes, five Ofsted recommendations and ten numbered actions, and a RAG "
            "summary. Each action has a lead post, an original and sometimes a revised target month, "
            "and a previous and current RAG; the revised date and the current RAG are what count."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(rows)


# ---------------------------------------------------------------------------------------
# 2. West Mercia Youth Justice Service - HMIP improvement plan (xlsx, read)
# ---------------------------------------------------------------------------------------
def west_mercia():
    name = "km1-west-mercia-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "West Mercia Youth Justice Service – Post-inspection Improvement Plan"
    S1 = "The West Mercia Youth Justice Management Board should:"
    S2 = "The Head of West Mercia Youth Justice Service should:"
    R1 = ("1. ensure that partner agencies provide sufficient and consistent resources, "
          "particularly education, health and probation staff, to meet the needs of children")
    R2 = ("2. assure itself that the over-representation of Black and mixed heritage children is "
          "understood and addressed across the partnership")
    R3 = ("3. improve the quality of assessment and planning for keeping other people safe, "
          "including contingency planning")
    R4 = ("4. make sure that out-of-court disposal decisions are consistent and fully informed by "
          "an assessment of the child’s needs")
    R5 = "5. improve the quality of work to address the needs and wishes of victims"
    # (section, rec, ref, action, owner cell, partner, completion cell, status word, update,
    #  lead list, end, end_text, status)
    rows = [
        (S1, R1, "1.1",
         "Complete a resource audit of all seconded partner posts and report gaps to the "
         "Management Board.",
         "Head of Service", "All statutory partners", "31/03/2025", "Complete",
         "Audit reported to Board 12 March 2025; education psychology gap escalated.",
         ["Head of Service"], "2025-03", None, "blue"),
        (S1, R1, "1.2",
         "Agree a revised partnership funding formula for 2025/26 with the four local "
         "authorities, police, probation and the ICB.",
         "Chair of the Management Board", "Herefordshire, Shropshire, Telford & Wrekin, "
         "Worcestershire", "Q1 2025/26", "Complete",
         "Formula agreed at June Board; contributions confirmed by all partners.",
         ["Chair of the Management Board"], "2025-06", None, "blue"),
        (S1, R2, "2.1",
         "Produce a quarterly disproportionality dataset broken down by local authority area and "
         "stage of the justice system.",
         "Performance and Information Manager", "West Mercia Police", "June 2025", "On track",
         "First dataset presented in July; Q2 data due October.",
         ["Performance and Information Manager"], "2025-06", None, "green"),
        (S1, R2, "2.2",
         "Commission lived-experience consultation with Black and mixed heritage children and "
         "families and publish the partnership’s response.",
         "JH / Participation Lead", "Voluntary sector", "End of September 2025", "At risk",
         "Provider appointed late; fieldwork now running to the end of September.",
         ["JH", "Participation Lead"], "2025-09", None, "amber"),
        (S2, R3, "3.1",
         "Deliver risk and safety planning workshops for all case managers, co-facilitated with "
         "the Probation Service.",
         "Operational Managers", "Probation Service", "Q2 2025/26", "On track",
         "Three of four area workshops held.",
         ["Operational Managers"], "2025-09", None, "green"),
        (S2, R3, "3.2",
         "Introduce a monthly thematic audit of safety and contingency plans, with learning "
         "shared at team meetings.",
         "Quality Assurance Manager", "", "Monthly", "On track",
         "Audits in place since April; 72% of plans rated good or better in July.",
         ["Quality Assurance Manager"], None, "Monthly", "green"),
        (S2, R4, "4.1",
         "Revise the joint decision-making panel terms of reference with West Mercia Police, "
         "including attendance by health and education.",
         "Head of Service; OOCD Inspector (West Mercia Police)", "West Mercia Police",
         "31/12/2024", "Complete",
         "New terms of reference in use from January 2025.",
         ["Head of Service", "OOCD Inspector (West Mercia Police)"], "2024-12", None, "blue"),
        (S2, R4, "4.2",
         "Ensure every child considered for an out-of-court disposal has a completed AssetPlus or "
         "Prevention and Diversion assessment before panel.",
         "Operational Managers", "", "30/06/2025", "At risk",
         "Compliance 81% in June against a target of 95%.",
         ["Operational Managers"], "2025-06", None, "amber"),
        (S2, R5, "5.1",
         "Recruit a second Restorative Justice and Victim Worker and agree a victim contact "
         "standard with the Police and Crime Commissioner’s victim service.",
         "Head of Service", "OPCC", "Sept 2025", "Not started",
         "Post awaiting funding decision from the OPCC.",
         ["Head of Service"], "2025-09", None, "unrated"),
    ]
    status_fill = {"Complete": FILL["B"], "On track": FILL["G"], "At risk": FILL["A"],
                   "Off track": FILL["R"], "Not started": "FFFFFF"}

    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("HM Inspectorate of Probation – Inspection of youth justice services: "
                "fieldwork September 2024, report published December 2024")
    ov["A4"] = "Inspection ratings"
    ov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("1. Organisational delivery", "Requires improvement"),
                                ("2. Court disposals", "Good"),
                                ("3. Out-of-court disposals", "Requires improvement"),
                                ("4. Resettlement", "Good"),
                                ("Overall", "Requires improvement")]):
        ov.cell(5 + i, 1, k)
        ov.cell(5 + i, 2, v)
    ov["A11"] = "Status key"
    ov["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Action delivered (blue)"),
                                ("On track", "Progressing to timescale (green)"),
                                ("At risk", "Some slippage, recovery in hand (amber)"),
                                ("Off track", "Will not meet timescale – Board to consider (red)"),
                                ("Not started", "Not yet begun")]):
        c = ov.cell(12 + i, 1, k)
        c.fill = solid(status_fill[k])
        ov.cell(12 + i, 2, v)
    ov["A18"] = "Owner key"
    ov["A18"].font = Font(bold=True)
    ov["A19"] = "JH – Head of Service (West Mercia YJS)"
    ov["A20"] = "OOCD – out-of-court disposal"
    ov.column_dimensions["A"].width = 40
    ov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Plan owner: West Mercia Youth Justice Management Board    Last updated: 21 July 2025"
    hdr = ["Recommendation", "Action ref", "Action", "Owner", "Partner agency", "Completion by",
           "Status", "Update (July 2025)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.alignment = WRAP
        c.border = BORDER
    r = 6
    cur_s = cur_r = None
    for (sec, rec, ref, action, owner, partner, comp, st, upd, *_r) in rows:
        if sec != cur_s:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, sec).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = solid("E4DFEC")
            cur_s, cur_r = sec, None
            r += 1
        if rec != cur_r:
            ws.cell(r, 1, rec)
            cur_r = rec
        vals = [None, ref, action, owner, partner or None, comp, st, upd]
        for j, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(r, j, v)
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BORDER
        ws.cell(r, 7).fill = solid(status_fill[st])
        r += 1
    r += 1
    ws.cell(r, 1, "Progress is reported to each quarterly meeting of the Management Board. "
                  "See the Overview sheet for the status and owner keys.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (46, 9, 50, 26, 24, 16, 12, 44)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    actions = [act(x[2], [x[0], x[1]], x[3], x[9], x[10], x[12], x[11]) for x in rows]
    write_yaml(name, {
        "source": (
            "Imitates a youth justice service post-inspection improvement plan submitted to HM "
            "Inspectorate of Probation and taken to the youth justice management board (cf. Reading "
            "YJS HMIP improvement plan, committee report December 2024, whose eight recommendations "
            "are addressed to 'the YJS manager should' and 'the Management Board should'; and the "
            "older Rotherham YOS improvement action plan layout of recommendation / action / date / "
            "lead / progress). West Mercia YJS is the combined service for Herefordshire, Shropshire, "
            "Telford & Wrekin and Worcestershire; no published West Mercia plan was copied. "
            "Copied features: overview sheet with inspection ratings, status key and owner key; "
            "addressee rows ('... should:') merged across; numbered recommendation text only on the "
            "first row of its actions (fill-down); completion dates as text in mixed forms (dd/mm/yyyy, "
            "Q1 2025/26, End of September 2025, Monthly); status words with fill colours."),
        "reads": (
            "A two-sheet workbook: an overview with the inspection ratings and keys, and an action "
            "plan grouped under what the Management Board and the Head of Service should do, with "
            "five numbered recommendations and nine numbered actions. Each action has an owner "
            "(post or initials), a partner agency, a completion date and a status word."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(rows)


# ---------------------------------------------------------------------------------------
# 3. Enfield Local Area SEND Partnership - priority action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------------------
def enfield():
    name = "km1-enfield-local-area-send-priority-action-plan-typo-month-refuse.xlsx"
    title = "Priority Action Plan – Area SEND inspection"
    A1 = ("Area for priority action 1: Leaders across education, health and care should urgently "
          "improve the timeliness of EHC needs assessments and the quality of EHC plans.")
    A2 = ("Area for priority action 2: Leaders in the ICB should reduce waiting times for "
          "neurodevelopmental assessments and improve the support children and young people "
          "receive while they wait.")
    A3 = ("Area for improvement: Leaders should strengthen co-production with parents and carers "
          "and make the Local Offer easier to use.")
    rows = [
        (A1, "1.1", "Recruit six additional EHC coordinators and two educational psychologists on "
         "fixed-term contracts to clear the assessment backlog.",
         "Head of SEN Services", "LBE", "Apr 2025", "Sept 2025",
         "Backlog of assessments over 20 weeks reduced to under 50", "G"),
        (A1, "1.2", "Introduce a multi-agency EHC plan quality assurance panel meeting fortnightly, "
         "with parent carer forum representation.",
         "SEND Quality Assurance Lead / Designated Clinical Officer", "LBE / NCL ICB", "May 2025",
         "Jul 2025", "80% of audited plans rated good or better", "B"),
        (A1, "1.3", "Refresh annual review processes so that amendments are issued within four "
         "weeks of the review meeting.",
         "Head of SEN Services", "LBE", "Jun 2025", "Novmber 2025",
         "90% of amendments issued within 4 weeks", "A"),
        (A2, "2.1", "Commission additional autism and ADHD assessment capacity from an independent "
         "provider for 12 months.",
         "Deputy Director of Children’s Commissioning (NCL ICB)", "NCL ICB", "Apr 2025",
         "Mar 2026", "Median wait below 52 weeks", "A"),
        (A2, "2.2", "Launch a ‘waiting well’ support offer, including parent workshops and a "
         "named contact for every family on the waiting list.",
         "Designated Clinical Officer", "NCL ICB / BEH MHT", "Jun 2025", "Oct 2025",
         "All families on the list contacted every 3 months", "G"),
        (A2, "2.3", "Publish a monthly waiting-time dashboard on the Local Offer.",
         "ICB SEND Programme Manager", "NCL ICB", "Jul 2025", "Aug 2025",
         "Dashboard published and updated monthly", "R"),
        (A3, "3.1", "Agree a co-production charter with Enfield Parent Carer Forum and embed it "
         "in the SEND Partnership Board terms of reference.",
         "Assistant Director, Education", "EPCF", "May 2025", "Sept 2025",
         "Charter signed by all partners", "G"),
        (A3, "3.2", "Rebuild the Local Offer website with families, including a search by age and "
         "need.",
         "Local Offer Officer", "LBE / EPCF", "Jul 2025", "Jan 2026",
         "Local Offer satisfaction above 60% in annual survey", ""),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP"
    ws["A1"] = "Enfield Local Area SEND Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Ofsted and CQC report published 14 March 2025. Version 1.2 – submitted to DfE "
                "and NHS England, May 2025")
    hdr = ["No.", "What we will do", "Lead(s)", "Partner", "Start", "By when",
           "How we will measure impact", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = solid("C6E0B4")
        c.border = BORDER
    r = 6
    cur = None
    typo_row = None
    for (area, ref, action, lead, partner, start, by, measure, rag) in rows:
        if area != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, area).font = Font(bold=True)
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            cur = area
            r += 1
        for j, v in enumerate([ref, action, lead, partner, start, by, measure, rag or None], 1):
            if v is not None:
                ws.cell(r, j, v)
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BORDER
        if rag:
            ws.cell(r, 8).fill = solid(FILL[rag])
        if "Novmber" in by:
            typo_row = r
        r += 1
    for col, w in zip("ABCDEFGH", (6, 50, 30, 16, 10, 12, 34, 6)):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some risk to delivery"), ("R", "Off track"),
                                ("(blank)", "Not yet started")]):
        c = key.cell(2 + i, 1, k)
        if k in FILL:
            c.fill = solid(FILL[k])
        key.cell(2 + i, 2, v)
    key["A8"] = "LBE – London Borough of Enfield; NCL ICB – North Central London ICB; " \
                "EPCF – Enfield Parent Carer Forum; BEH MHT – Barnet, Enfield and Haringey MHT"
    wb.save(os.path.join(HERE, name))
    assert typo_row == 9, typo_row

    write_yaml(name, {
        "source": (
            "Imitates a local area SEND partnership priority action plan written after an Ofsted/CQC "
            "Area SEND inspection with outcome 3 (areas for priority action), as published by local "
            "area partnerships and described in the DfE guidance 'Area SEND inspections: support and "
            "challenge following inspection' (May 2023). No Enfield plan was copied. Copied features: "
            "title block with report and submission dates, areas for priority action and an area for "
            "improvement as merged heading rows, 'What we will do / Lead(s) / Partner / Start / By "
            "when / How we will measure impact / RAG' columns, joint LA/ICB leads, RAG letters with "
            "fill and a key sheet with abbreviations."),
        "reads": (
            "A SEND partnership priority action plan with two areas for priority action and one area "
            "for improvement over eight numbered actions. Action 1.3's 'By when' cell reads "
            "'Novmber 2025' (sheet PAP, row 9), a mistyped month, so a careful reader stops and asks "
            "what date was meant before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, len(rows)


# ---------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------------------
# 4. Haringey Safeguarding Children Partnership - JTAI action plan (docx, read)
# ---------------------------------------------------------------------------------------
def haringey():
    name = "km1-haringey-safeguarding-children-partnership-jtai-action-plan.docx"
    title = ("Joint Targeted Area Inspection of the multi-agency response to children and families "
             "who need help: Partnership Action Plan")
    AF1 = ("Area for improvement 1: The quality and timeliness of strategy discussions, including "
           "the consistent involvement of health professionals and timely sharing of information.")
    AF2 = ("Area for improvement 2: The understanding and application of thresholds by partner "
           "agencies, so that children are referred to the right service at the right time.")
    AF3 = ("Area for improvement 3: The partnership’s oversight of the impact of multi-agency "
           "practice at the front door.")
    tables = [
        (AF1, [
            ("1.1", "Agree a revised strategy discussion protocol setting out who attends, the "
             "information each agency brings and the 24-hour recording standard.",
             "Detective Inspector, Public Protection (MPS)", "January 2025", "B",
             "Protocol signed off by the Executive Group on 16/01/2025.",
             ["Detective Inspector, Public Protection (MPS)"], "2025-01", None),
            ("1.2", "Provide a named health practitioner for every strategy discussion held in "
             "working hours, with cover arrangements agreed across the provider trusts.",
             "Designated Nurse Safeguarding Children (NCL ICB)", "31 March 2025", "G",
             "Rota in place from March; attendance 92% in May audit.",
             ["Designated Nurse Safeguarding Children (NCL ICB)"], "2025-03", None),
            ("1.3", "Quarterly multi-agency audit of strategy discussions, with findings reported to "
             "the Quality Assurance subgroup.",
             "Head of MASH / HSCP Business Manager", "April – June 2025", "A",
             "First audit completed; second delayed because of police staffing changes.",
             ["Head of MASH", "HSCP Business Manager"], "2025-06", None),
        ]),
        (AF2, [
            ("2.1", "Relaunch the Haringey threshold document with a rolling programme of "
             "briefings for schools, GPs and the voluntary sector.",
             "Head of Early Help and Prevention", "Ongoing", "G",
             "Eleven briefings delivered to 340 practitioners.",
             ["Head of Early Help and Prevention"], None, "Ongoing"),
            ("2.2", "Introduce MASH consultation line sessions for GP practices and audit the "
             "quality of GP referrals.",
             "Named GP for Safeguarding Children; Designated Doctor", "End of May 2025", "R",
             "Consultation slots set up but GP take-up low; audit not yet started.",
             ["Named GP for Safeguarding Children", "Designated Doctor"], "2025-05", None),
        ]),
        (AF3, [
            ("3.1", "Develop a front door multi-agency dataset for the Executive Group, including "
             "contacts, conversion rates and repeat referrals by agency.",
             "HSCP Business Manager", "Q4 2024/25", "B",
             "Dataset presented to Executive Group in March 2025.",
             ["HSCP Business Manager"], "2025-03", None),
            ("3.2", "Hold a joint leadership practice week at the front door, with senior leaders "
             "from each agency observing practice and speaking to families.",
             "Director of Children’s Services and Borough Commander", "September 2025", "G",
             "Dates agreed for 15–19 September.",
             ["Director of Children’s Services", "Borough Commander"], "2025-09", None),
            ("3.3", "Independent Scrutineer to review progress against this plan and report to "
             "the statutory partners.",
             "Independent Scrutineer", "31/07/2025", "",
             "",
             ["Independent Scrutineer"], "2025-07", None),
        ]),
    ]
    status_word = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Haringey Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x8A)
    doc.add_heading(title, level=1)

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "28 July 2025"),
                                ("Author", "HSCP Business Manager"),
                                ("Approved by", "HSCP Executive Group (statutory partners)"),
                                ("Inspection", "JTAI fieldwork 23–27 September 2024; letter "
                                               "published 26 November 2024")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue "
        "Services and HM Inspectorate of Probation carried out a joint inspection of the "
        "multi-agency response to the identification of initial need and risk in Haringey. The "
        "inspection letter identified three areas for improvement. This plan sets out how the "
        "statutory partners – the London Borough of Haringey, the Metropolitan Police Service and "
        "North Central London Integrated Care Board – will respond. Progress is monitored by the "
        "Quality Assurance subgroup and reported to every Executive Group meeting.")
    doc.add_paragraph().add_run("RAG rating key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (c, v) in enumerate([("B", "Complete and impact evidenced"), ("G", "On track"),
                                ("A", "Some delay – mitigation in place"),
                                ("R", "Off track – escalated to Executive Group")]):
        set_cell(k.cell(i, 0), "")
        shade(k.cell(i, 0), FILL[c])
        set_cell(k.cell(i, 1), v)
    doc.add_paragraph("Where the RAG column has no colour the action is not yet due to start.")

    hdr = ["Ref", "Action", "Lead agency and officer", "By when", "RAG", "Progress update"]
    for afi, acts in tables:
        doc.add_paragraph()
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        m = tb.cell(0, 0).merge(tb.cell(0, 5))
        set_cell(m, afi, bold=True, size=10)
        shade(m, "DEEAF6")
        for j, h in enumerate(hdr):
            set_cell(tb.cell(1, j), h, bold=True)
            shade(tb.cell(1, j), "BDD7EE")
        for i, (ref, action, lead, by, rag, upd, *_r) in enumerate(acts, start=2):
            for j, v in enumerate([ref, action, lead, by, "", upd]):
                set_cell(tb.cell(i, j), v)
            if rag:
                shade(tb.cell(i, 4), FILL[rag])
    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=4, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Statutory partner", "Name", "Date"),
                             ("London Borough of Haringey", "Director of Children’s Services",
                              "28/07/2025"),
                             ("Metropolitan Police Service", "BCU Commander, North Area",
                              "28/07/2025"),
                             ("NCL Integrated Care Board", "Chief Nursing Officer", "29/07/2025")]):
        for j, v in enumerate(row):
            set_cell(so.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(HERE, name))

    actions = []
    for afi, acts in tables:
        for (ref, action, lead, by, rag, upd, leads, end, etext) in acts:
            actions.append(act(ref, [afi], action, leads, end, status_word[rag], etext))
    write_yaml(name, {
        "source": (
            "Imitates a safeguarding children partnership's action plan after a joint targeted area "
            "inspection (JTAI) of the multi-agency 'front door' (Ofsted, CQC, HMICFRS, HMIP), of the "
            "kind partnerships publish on their websites after the inspection letter (cf. Sandwell "
            "and Wolverhampton partnership JTAI pages). No Haringey plan was copied. Copied features: "
            "partnership name and title, document-control table, narrative paragraph naming the "
            "three statutory partners, a RAG key table coloured by shading, one Word table per area "
            "for improvement with the area's text in a merged first row, 'Lead agency and officer' "
            "with job titles (one with a comma, two joined by 'and', '/' or ';'), mixed 'By when' "
            "forms, RAG shown only by cell shading, and a sign-off table."),
        "reads": (
            "A partnership JTAI action plan: document control, an introduction, a RAG key, then three "
            "tables, one for each area for improvement, holding eight numbered actions with lead "
            "posts, timescales and a shaded RAG cell (one left unshaded as not yet started), and "
            "finally a sign-off table."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------
# 5. Brent Council - Ofsted focused visit action plan (docx, read)
# ---------------------------------------------------------------------------------------
def brent():
    name = "km1-brent-council-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit (8–9 October 2024): Action Plan"
    F1 = ("The quality and timeliness of child in need plans, so that they are specific and help "
          "families understand what needs to change.")
    F2 = ("The effectiveness of management oversight when children’s circumstances do not "
          "improve, including timely escalation to the Public Law Outline.")
    F3 = "Recording of children’s identity needs and the impact of disadvantage on their lives."
    groups = [
        (F1, [
            ("FV1.1", "Audit all child in need plans open for more than six months and step up or "
             "step down where the plan is not making a difference.",
             "Service Manager (CIN/CP)", "31/01/2025", "Completed",
             "412 plans reviewed; 37 children stepped up to CP, 58 stepped down to Early Help.",
             ["Service Manager (CIN/CP)"], "2025-01", None, "blue"),
            ("FV1.2", "Relaunch the child in need planning template with SMART outcomes.\n"
             "Roll out through practice workshops for all Localities teams.",
             "Head of Service – Localities", "End of March 2025", "Completed",
             "Template live 3 March; 9 workshops held.",
             ["Head of Service – Localities"], "2025-03", None, "blue"),
            ("FV1.3", "Child in need reviews to be chaired by a Team Manager at least every three "
             "months, with parents given a copy of the plan in plain English.",
             "Localities Team Managers", "w/c 2 June 2025", "On track",
             "Compliance 78% in May, target 95%.",
             ["Localities Team Managers"], "2025-06", None, "green"),
        ]),
        (F2, [
            ("FV2.1", "Introduce a monthly legal gateway tracker so that every child whose plan is "
             "not progressing after two reviews is considered at legal planning meeting.",
             "Head of Service – Localities / PLO Lead", "July 2025", "Amber",
             "Tracker built; not yet used consistently in two of four Localities.",
             ["Head of Service – Localities", "PLO Lead"], "2025-07", None, "amber"),
            ("FV2.2", "Refresh the management oversight practice standard and audit compliance "
             "through the monthly case audit programme.",
             "Principal Social Worker", "Ongoing – quarterly audit", "On track",
             "Standard relaunched April 2025; Q1 audit showed 70% of records with a clear "
             "management rationale.",
             ["Principal Social Worker"], None, "Ongoing – quarterly audit", "green"),
        ]),
        (F3, [
            ("FV3.1", "Deliver anti-racist and culturally competent practice training to all social "
             "workers and managers in CIN/CP teams.",
             "Workforce Development Lead & Principal Social Worker", "September 2025",
             "Not yet started",
             "Commissioning of external trainer under way.",
             ["Workforce Development Lead", "Principal Social Worker"], "2025-09", None, "unrated"),
            ("FV3.2", "Add identity and poverty prompts to the assessment and plan templates in "
             "Mosaic.",
             "Systems and Performance Manager", "Dec-25", "Off track",
             "Mosaic upgrade postponed by supplier; new date to be confirmed.",
             ["Systems and Performance Manager"], "2025-12", None, "red"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Brent Council – Children and Young People Department").italic = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Focus of visit: children in need and children subject to a child protection "
                      "plan.")
    doc.add_paragraph("Ofsted’s letter of 7 November 2024 set out three areas for improvement. "
                      "This plan is monitored monthly by the Children’s Practice Improvement Board "
                      "chaired by the Corporate Director, Children and Young People.")
    pr = doc.add_paragraph()
    pr.add_run("Status as at: 30 June 2025").bold = True

    nrows = 1 + sum(len(a) for _, a in groups)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    hdr = ["Area for improvement", "Ref", "Action", "Lead", "Due date", "Status", "Comments"]
    for j, h in enumerate(hdr):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "FCE4D6")
    r = 1
    for afi, acts in groups:
        first = r
        for (ref, action, lead, due, status, comment, *_x) in acts:
            for j, v in enumerate([ref, action, lead, due, status, comment], start=1):
                set_cell(tb.cell(r, j), v)
            r += 1
        m = tb.cell(first, 0).merge(tb.cell(r - 1, 0))
        set_cell(m, afi)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Glossary").bold = True
    g = doc.add_table(rows=4, cols=2)
    g.style = "Table Grid"
    for i, (a, b) in enumerate([("CIN", "Child in need"), ("CP", "Child protection"),
                                ("PLO", "Public Law Outline"),
                                ("SMART", "Specific, measurable, achievable, relevant, "
                                          "time-bound")]):
        set_cell(g.cell(i, 0), a, bold=True)
        set_cell(g.cell(i, 1), b)
    doc.save(os.path.join(HERE, name))

    actions = []
    for afi, acts in groups:
        for (ref, action, lead, due, status, comment, leads, end, etext, sword) in acts:
            actions.append(act(ref, [afi], action, leads, end, sword, etext))
    write_yaml(name, {
        "source": (
            "Imitates a London borough's action plan after an Ofsted focused visit to children in "
            "need and child protection (ILACS framework), taken to a children's practice improvement "
            "board. No Brent plan was copied. Copied features: department line and heading naming "
            "the visit dates, focus-of-visit and status-as-at lines, one landscape table with the "
            "area for improvement merged down beside its actions, FV-numbered refs, status words "
            "(Completed / On track / Amber / Not yet started / Off track), one action written as two "
            "paragraphs in its cell, due dates in mixed forms (dd/mm/yyyy, End of March 2025, "
            "w/c 2 June 2025, Dec-25, Ongoing – quarterly audit) and a glossary table."),
        "reads": (
            "A focused-visit action plan in one table: three Ofsted areas for improvement, each "
            "merged down the first column beside its actions, seven actions in all with a lead, due "
            "date, status word and comment. A glossary table follows and holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------------------
# 6. Croydon Corporate Parenting Panel - action plan (csv, read)
# ---------------------------------------------------------------------------------------
def croydon():
    name = "km1-croydon-corporate-parenting-panel-action-plan.csv"
    title = "Croydon Corporate Parenting Panel – Action Plan 2025/26"
    P1 = "Pledge 1: We will make sure you have a safe, stable and loving home"
    P2 = "Pledge 2: We will help you do well at school, college and work"
    P3 = "Pledge 3: We will look after your health and wellbeing"
    P4 = "Pledge 4: We will listen to you and act on what you tell us"
    rows = [
        (P1, "CP1.1", "Open two new in-borough children’s homes through the Croydon Homes for "
         "Children programme.", "Head of Service, Placements and Sufficiency", "Mar-26", "G",
         "First home registered with Ofsted in August; second in refurbishment.",
         ["Head of Service, Placements and Sufficiency"], "2026-03", None, "green"),
        (P1, "CP1.2", "Review the Staying Put policy and uplift allowances in line with the "
         "fostering allowance.", "Fostering Service Manager", "Dec-25", "Complete",
         "New rates agreed by Cabinet, effective 1 September.",
         ["Fostering Service Manager"], "2025-12", None, "blue"),
        (P2, "CP2.1", "Every child in care aged 3–18 to have a good-quality Personal Education Plan "
         "reviewed each term.", "Virtual School Headteacher", "Termly", "G",
         "PEP completion 94% in the summer term; 81% rated good quality.",
         ["Virtual School Headteacher"], None, "Termly", "green"),
        (P2, "CP2.2", "Create 15 ring-fenced apprenticeships and work placements for care leavers "
         "across the council and its contractors.", "Cllr Amina Okoro / Head of HR", "Q3 2025/26",
         "A", "7 placements confirmed; contractor offers slower than expected.",
         ["Cllr Amina Okoro", "Head of HR"], "2025-12", None, "amber"),
        (P3, "CP3.1", "Reduce the time taken for Initial Health Assessments so that 90% are "
         "completed within 20 working days.",
         "Designated Nurse for Children Looked After (SWL ICB)", "31/03/2026", "R",
         "Performance 58% in Q1 because of paediatrician vacancies. Escalated to ICB.",
         ["Designated Nurse for Children Looked After (SWL ICB)"], "2026-03", None, "red"),
        (P3, "CP3.2", "Offer free leisure passes to all children in care and care leavers up to "
         "25.\nPromote through the Children in Care Council.", "Participation Manager", "Sep-25",
         "Complete", "Passes issued to 212 young people.",
         ["Participation Manager"], "2025-09", None, "blue"),
        (P4, "CP4.1", "Children in Care Council (Speak Up Croydon) members to co-chair every second "
         "Panel meeting.", "Chair of Corporate Parenting Panel", "Ongoing", "G",
         "Co-chaired the July and October meetings.",
         ["Chair of Corporate Parenting Panel"], None, "Ongoing", "green"),
        (P4, "CP4.2", "Publish a ‘You Said, We Did’ report for children in care twice a year.",
         "Participation Manager & Communications Lead", "April 2026", "", "",
         ["Participation Manager", "Communications Lead"], "2026-04", None, "unrated"),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([title, "", "", "", "", "", ""])
        w.writerow(["Updated for Panel meeting 15 October 2025", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Pledge", "Ref", "Action", "Lead", "Target date", "RAG", "Update"])
        cur = None
        for (pl, ref, action, lead, tgt, rag, upd, *_x) in rows:
            w.writerow([pl if pl != cur else "", ref, action, lead, tgt, rag, upd])
            cur = pl
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Key: G = on track; A = at risk of slipping; R = off track; Complete = action "
                    "achieved", "", "", "", "", "", ""])

    actions = [act(x[1], [x[0]], x[2], x[7], x[8], x[10], x[9]) for x in rows]
    write_yaml(name, {
        "source": (
            "Imitates a corporate parenting panel/board action plan organised by the pledges made to "
            "children in care and care leavers (cf. Bracknell Forest corporate parenting strategy "
            "action plan 2025-2028 with pledges, responsible officer and timeline; Slough corporate "
            "parenting action plan 2023/24 update), saved from the tracking spreadsheet as CSV. No "
            "Croydon plan was copied and the councillor named is invented. Copied features: title and "
            "'updated for Panel meeting' lines, pledge text only on the first row of its group, CP "
            "refs, leads mixing a councillor and officers, a job title containing a comma, target "
            "dates as Mar-26 / Q3 2025/26 / 31/03/2026 / Termly / Ongoing, RAG letters and "
            "'Complete', one action with a line break inside its quoted field, and a key line."),
        "reads": (
            "A CSV export of the corporate parenting action plan: four pledges, each written on the "
            "first row of its two actions, eight actions with lead, target date, RAG and update, "
            "followed by a key line. The last action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(rows)


# ---------------------------------------------------------------------------------------
# 7. Hull Early Help and Prevention Partnership - strategy action plan (txt, read)
# ---------------------------------------------------------------------------------------
def hull():
    name = "km1-hull-early-help-partnership-strategy-action-plan.txt"
    title = "Early Help and Prevention Strategy 2024–2027: Partnership Action Plan – Year 2 (2025/26)"
    P1 = "Priority 1 – Right help at the right time"
    P2 = "Priority 2 – Family Hubs at the heart of our communities"
    P3 = "Priority 3 – A confident, skilled early help workforce"
    rows = [
        (P1, "P1.1", "Launch a single Early Help request for support form for all partners, linked "
         "to the Hull threshold guidance.", "Early Help Partnership Manager", "Summer term 2025",
         "Form live from 2 June; 640 requests received to date.", "Complete",
         ["Early Help Partnership Manager"], "2025-07", None, "blue"),
        (P1, "P1.2", "Increase the number of Early Help Assessments led by schools and health "
         "partners by 20% compared with 2024/25.",
         "Early Help Partnership Manager / Education Safeguarding Lead", "Q4 2025/26",
         "Up 9% at the end of Q2.", "Amber",
         ["Early Help Partnership Manager", "Education Safeguarding Lead"], "2026-03", None,
         "amber"),
        (P1, "P1.3", "Pilot a family network meeting offer in two localities before a child "
         "reaches statutory thresholds.", "Head of Early Help and Targeted Youth Support",
         "By 31 March 2026", "East and North localities selected; coordinators trained.", "Green",
         ["Head of Early Help and Targeted Youth Support"], "2026-03", None, "green"),
        (P2, "P2.1", "Extend Family Hub opening to include one Saturday session per month in each "
         "of the six hubs.", "Family Hubs Lead", "Autumn term 2025",
         "Four hubs open on Saturdays; two to follow in November.", "Green",
         ["Family Hubs Lead"], "2025-12", None, "green"),
        (P2, "P2.2", "Co-locate 0-19 health visiting and school nursing clinics in all Family "
         "Hubs.", "Family Hubs Lead and 0-19 Service Manager (HCT)", "Jan 2026",
         "Estates issues at two hubs; lease variations not yet agreed.", "Red",
         ["Family Hubs Lead", "0-19 Service Manager (HCT)"], "2026-01", None, "red"),
        (P3, "P3.1", "Deliver the Early Help practice standards training to 300 practitioners "
         "across the partnership.", "HSCP Training Coordinator", "Ongoing",
         "182 practitioners trained since April.", "Green",
         ["HSCP Training Coordinator"], None, "Ongoing", "green"),
        (P3, "P3.2", "Introduce a multi-agency audit of early help cases, reporting findings to the "
         "Early Help Partnership Board.", "Quality Assurance Lead (Early Help)", "Oct-25",
         "Audit tool agreed; first audit moved to November because of school half term.", "Amber",
         ["Quality Assurance Lead (Early Help)"], "2025-10", None, "amber"),
    ]
    lines = [
        "Hull Early Help and Prevention Partnership",
        title,
        "Exported from the partnership tracker on 03/11/2025",
        "",
    ]
    cur = None
    for (pr, ref, action, lead, ts, prog, rag, *_x) in rows:
        if pr != cur:
            if cur is not None:
                lines.append("")
            lines.append(pr)
            lines.append("\t".join(["Ref", "What we will do", "Lead", "Timescale",
                                    "Progress update", "RAG"]))
            cur = pr
        lines.append("\t".join([ref, action, lead, ts, prog, rag]))
    lines += ["",
              "RAG: Green = on track, Amber = some delay, Red = significant concern, "
              "Complete = delivered",
              "Reported to the Early Help Partnership Board and Hull Safeguarding Children "
              "Partnership each quarter."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    actions = [act(x[1], [x[0]], x[2], x[7], x[8], x[10], x[9]) for x in rows]
    write_yaml(name, {
        "source": (
            "Imitates an early help partnership's yearly action plan under a multi-year early help "
            "strategy, as taken to an early help partnership board (priorities, 'what we will do', "
            "lead, timescale, progress, RAG), exported from a tracker as tab-separated text. No Hull "
            "plan was copied. Copied features: partnership name, plan title and export line, a "
            "priority line and repeated header above each block, refs P1.1 etc., leads as posts "
            "(two joined by '/' or 'and'), timescales as school terms, a financial quarter (Q4 2025/26), "
            "'By 31 March 2026', Jan 2026, Oct-25 and Ongoing, RAG words and a key line."),
        "reads": (
            "A tab-separated export of the early help partnership action plan: three priorities, "
            "each with its own header line, holding seven actions with lead, timescale, progress "
            "update and RAG word, then a RAG key and a reporting note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(rows)


if __name__ == "__main__":
    for fn in (isle_of_wight, west_mercia, enfield, haringey, brent, croydon, hull):
        n, k = fn()
        print(f"{n}: {k} actions")
