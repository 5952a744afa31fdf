"""Build the seven mg1- blind cases (children's services plans) and their expected readings.

Run with /work/main/.venv/bin/python mg1_make.py (openpyxl, python-docx, pyyaml).
Data files and NAME.expected.yaml are written beside this script.
"""
import csv
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
    "R": "FFFF0000",
    "A": "FFFFC000",
    "G": "FF00B050",
    "B": "FF0070C0",
    "grey": "FFD9D9D9",
    "navy": "FF1F3864",
    "pale": "FFDEEAF6",
}


def solid(key):
    return PatternFill(fill_type="solid", fgColor=FILL.get(key, key))


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
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
            if a.get("end_text") is not None:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4000,
                       default_flow_style=False)


def A(ref, under, action, lead, end, status, end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status,
             end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 1. Waltham Forest ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def waltham_forest():
    name = "mg1-waltham-forest-council-ilacs-improvement-plan.xlsx"
    title = "Inspection of Local Authority Children’s Services (ILACS) – Improvement Plan"
    thA = "Theme A: Children who need help and protection"
    thB = "Theme B: Care leavers"
    r1 = ("The timeliness and effectiveness of pre-proceedings work, so that children, "
          "particularly those experiencing neglect, do not remain on child protection plans "
          "for too long without sustained improvement.")
    r2 = ("The use of return home interviews to understand and reduce risk when children go "
          "missing from home or care.")
    r3 = ("The quality of pathway plans and the consistency of support for care leavers to "
          "access suitable accommodation, education, employment and training.")
    d = dt.datetime
    # ref, theme, rec, action, lead cell, leads, start, orig, revised, prev, cur, update, end, end_text
    rows = [
        ("1.1", thA, r1,
         "Introduce a fortnightly PLO tracking panel chaired by the Head of Service to review "
         "every child in pre-proceedings, with escalation where the letter before proceedings "
         "is more than 16 weeks old.",
         "Head of Service, Court and Permanence", ["Head of Service, Court and Permanence"],
         d(2024, 9, 1), d(2024, 11, 1), None, "G", "B",
         "Panel in place since 2 October 2024. Average pre-proceedings duration reduced from "
         "24 to 15 weeks.", "2024-11", None),
        ("1.2", thA, r1,
         "Review all children subject to a child protection plan for 15 months or longer, with "
         "a management decision recorded on each child’s file about next steps.",
         "Head of Service, Safeguarding and Family Support / Principal Social Worker",
         ["Head of Service, Safeguarding and Family Support", "Principal Social Worker"],
         d(2024, 10, 1), d(2024, 12, 1), d(2025, 4, 1), "A", "A",
         "41 of 58 children reviewed. Remaining reviews rescheduled because of staff "
         "absence; revised date agreed at Improvement Board.", "2025-04", None),
        ("1.3", thA, r1,
         "Deliver neglect practice training, using the Graded Care Profile 2, to all child "
         "protection social workers and team managers.",
         "Principal Social Worker", ["Principal Social Worker"],
         d(2024, 11, 1), d(2025, 3, 1), None, "G", "G",
         "Four of six cohorts trained (86 staff).", "2025-03", None),
        ("2.1", thA, r2,
         "Recommission the return home interview service so that interviews are offered "
         "within 72 hours and the information is recorded on the child’s record.",
         "Head of Service, Adolescent Safeguarding; Commissioning Manager (Children)",
         ["Head of Service, Adolescent Safeguarding", "Commissioning Manager (Children)"],
         d(2024, 9, 1), d(2025, 1, 1), d(2025, 6, 1), "A", "R",
         "Tender returned no compliant bids. Interim in-house offer in place; retender "
         "approved by Cabinet in February 2025.", "2025-06", None),
        ("2.2", thA, r2,
         "Add return home interview themes to the monthly Missing and Exploitation Panel so "
         "that patterns inform disruption planning.",
         "Service Manager, Exploitation and Missing", ["Service Manager, Exploitation and Missing"],
         d(2024, 10, 1), d(2024, 12, 1), None, "G", "B",
         "Standing agenda item since November 2024.", "2024-12", None),
        ("3.1", thB, r3,
         "Refresh the pathway plan template with care leavers so that plans are written to "
         "the young person and set out clear, time-bound actions.",
         "Head of Service, Children in Care and Care Leavers",
         ["Head of Service, Children in Care and Care Leavers"],
         d(2024, 9, 1), d(2025, 1, 1), None, "G", "B",
         "New template co-produced with the Care Leavers’ Forum and live on Mosaic from "
         "13 January 2025.", "2025-01", None),
        ("3.2", thB, r3,
         "Audit a sample of 40 pathway plans each quarter and report the findings to the "
         "Corporate Parenting Board.",
         "Head of Quality Assurance", ["Head of Quality Assurance"],
         d(2025, 1, 1), "Quarterly from Jan-25", None, None, "G",
         "First audit underway; report to Corporate Parenting Board in April 2025.",
         None, "Quarterly from Jan-25"),
        ("3.3", thB, r3,
         "Agree a joint protocol with Housing Solutions so that every care leaver has a "
         "suitable offer of accommodation before their 18th birthday.",
         "Director of Housing and Director of Children’s Social Care",
         ["Director of Housing", "Director of Children’s Social Care"],
         d(2024, 10, 1), d(2025, 3, 1), None, "A", "A",
         "Draft protocol agreed at officer level; awaiting sign-off by Housing DMT.",
         "2025-03", None),
        ("3.4", thB, r3,
         "Appoint a care leavers’ education, employment and training coordinator and set a "
         "target to reduce the proportion of care leavers who are NEET.",
         "Virtual School Head", ["Virtual School Head"],
         d(2024, 11, 1), d(2025, 2, 1), d(2025, 4, 1), "A", "G",
         "Coordinator appointed, starts 1 April 2025. NEET target agreed (below 35% by "
         "March 2026).", "2025-04", None),
    ]
    status_of = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Waltham Forest"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children and Families Directorate"
    cov["A4"] = title
    cov["A4"].font = Font(bold=True, size=16)
    cov["A5"] = ("Inspection dates: 1 to 12 July 2024 | Report published: 20 August 2024 | "
                 "Overall effectiveness: Good")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    ctl = [("Version", "Date", "Author", "Change"),
           ("1.0", "16/09/2024", "Head of Quality Assurance", "Plan submitted to Ofsted"),
           ("1.2", "09/12/2024", "Improvement Programme Manager", "December progress update"),
           ("1.3", "10/03/2025", "Improvement Programme Manager",
            "February 2025 position for Children and Families Scrutiny Committee")]
    for i, row in enumerate(ctl):
        for j, v in enumerate(row):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = solid("grey")
    cov["A13"] = ("Governance: progress is reported monthly to the Children’s Improvement Board "
                  "(chaired by the Chief Executive) and quarterly to the Children and Families "
                  "Scrutiny Committee.")
    for col, w in zip("ABCD", (18, 14, 32, 60)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG rating key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
            ("B", "Blue – action complete and impact evidenced"),
            ("G", "Green – on track to be delivered by the target date"),
            ("A", "Amber – some slippage; recovery action in hand"),
            ("R", "Red – off track; escalated to the Improvement Board")]):
        c = key.cell(row=3 + i, column=1, value=k)
        c.fill = solid(k)
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:J1")
    ws["A1"] = "ILACS Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at: 28 February 2025"
    heads = ["Ref", "Ofsted recommendation", "Action", "Lead", "Start",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG",
             "Progress update (February 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("navy")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    cur_theme = None
    rec_start = {}
    expected = []
    for (ref, th, rec, act, leadcell, leads, start, orig, rev, prev, cur, upd, end,
         end_text) in rows:
        if th != cur_theme:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(row=r, column=1, value=th)
            c.font = Font(bold=True)
            c.fill = solid("pale")
            cur_theme = th
            r += 1
        rec_start.setdefault(rec, [r, r])
        rec_start[rec][1] = r
        vals = [ref, None, act, leadcell, start, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        for col, v in ((8, prev), (9, cur)):
            if v:
                ws.cell(row=r, column=col).fill = solid(v)
        expected.append(A(ref, [th, rec], act, leads, end, status_of[cur], end_text))
        r += 1
    for rec, (a, b) in rec_start.items():
        ws.cell(row=a, column=2, value=rec).alignment = WRAP
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    widths = [7, 38, 50, 28, 9, 11, 11, 9, 9, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "RAG summary – February 2025"
    summ["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for row in rows:
        counts[row[10]] += 1
    for i, (k, label) in enumerate([("B", "Blue (complete)"), ("G", "Green"),
                                    ("A", "Amber"), ("R", "Red")]):
        summ.cell(row=3 + i, column=1, value=label).fill = solid(k)
        summ.cell(row=3 + i, column=2, value=counts[k])
    summ.cell(row=7, column=1, value="Total actions").font = Font(bold=True)
    summ.cell(row=7, column=2, value=sum(counts.values())).font = Font(bold=True)
    summ.column_dimensions["A"].width = 20
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the London Borough of Waltham Forest post-ILACS improvement plan "
                "after the July 2024 inspection (overall Good; pre-proceedings/PLO for "
                "neglected children, missing children and care leavers flagged; see "
                "https://walthamforestecho.co.uk/2024/08/20/council-receives-good-rating-from-ofsted-for-its-services-for-children-in-care/). "
                "Copies a council workbook layout: Cover sheet with document-control table, "
                "RAG key sheet, plan sheet with full-width theme bands, the Ofsted "
                "recommendation vertically merged beside its actions, original and revised "
                "target dates as mmm-yy date cells, previous and current RAG letters with fill "
                "colour, and a Summary sheet of RAG totals."),
        reads=("A cover sheet, a RAG key and an improvement plan sheet with nine numbered "
               "actions grouped under two themes and three Ofsted recommendations, each "
               "with a lead, original and sometimes revised target date, previous and current "
               "RAG and a progress update; a summary sheet totals the RAG ratings. The current "
               "RAG and the revised date (where given) are what a reader takes."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Gloucestershire Safeguarding Children Partnership JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
def gloucestershire():
    name = "mg1-gloucestershire-safeguarding-childrens-partnership-jtai-action-plan.xlsx"
    title = "Joint Targeted Area Inspection (JTAI) Partnership Action Plan"
    afi1 = ("1. The consistency of health practitioners’ contribution to strategy "
            "discussions, including from GPs and school nurses.")
    afi2 = ("2. The quality of referrals into the MASH from partner agencies, so that they "
            "clearly set out the risks and needs of children and whether parents have "
            "consented.")
    afi3 = ("3. The partnership’s understanding, through multi-agency audit, of the impact "
            "of early help on children’s lives before they are referred to children’s social "
            "care.")
    d = dt.datetime
    # afi, no, action, agency, leadcell, leads, target, status-fill, update, end, end_text, status
    rows = [
        (afi1, "1.1",
         "Issue a GSCP 7-minute briefing on health attendance at strategy discussions.\n"
         "Re-circulate the strategy discussion invitation standard to all GP practices.",
         "NHS Gloucestershire ICB", "Designated Nurse Safeguarding Children",
         ["Designated Nurse Safeguarding Children"], d(2023, 11, 30), "G",
         "Briefing issued 17/11/2023; standard re-sent to all 68 practices.",
         "2023-11", None, "blue"),
        (afi1, "1.2",
         "Introduce a shared inbox and rota so that a named health professional is available "
         "for every strategy discussion convened by the MASH.",
         "NHS Gloucestershire ICB", "Named GP for Safeguarding Children",
         ["Named GP for Safeguarding Children"], "Q4 2023/24", "A",
         "Rota agreed with provider trusts; GP cover still being tested.",
         "2024-03", None, "amber"),
        (afi1, "1.3",
         "Audit health attendance at a sample of 30 strategy discussions and report the "
         "findings to the GSCP Quality and Performance Group.",
         "GCC / ICB", "Head of Service, MASH / Designated Nurse",
         ["Head of Service, MASH", "Designated Nurse"], "June 2024", None,
         "Audit scheduled for May 2024.", "2024-06", None, "unrated"),
        (afi2, "2.1",
         "Relaunch the multi-agency request for support form with mandatory fields for "
         "risk, the child’s lived experience and parental consent.",
         "Gloucestershire County Council", "MASH Operational Manager",
         ["MASH Operational Manager"], d(2023, 12, 31), "G",
         "New form live from 4 December 2023.", "2023-12", None, "blue"),
        (afi2, "2.2",
         "Deliver consent and information-sharing training to police response officers "
         "and frontline supervisors.",
         "Gloucestershire Constabulary", "Detective Superintendent, Public Protection",
         ["Detective Superintendent, Public Protection"], "March 2024", "A",
         "62% of response officers trained to date.", "2024-03", None, "amber"),
        (afi2, "2.3",
         "Provide monthly feedback to referring agencies on the quality of their referrals, "
         "using the MASH referral quality tool.",
         "GSCP", "GSCP Business Manager and MASH Operational Manager",
         ["GSCP Business Manager", "MASH Operational Manager"], "End of April 2024", "R",
         "Delayed: the referral quality tool is still being built in the case management "
         "system.", "2024-04", None, "red"),
        (afi3, "3.1",
         "Add an early help theme to the GSCP multi-agency audit programme, auditing "
         "children referred to children’s social care who had an early help plan in the "
         "previous 12 months.",
         "GSCP", "GSCP Quality Assurance and Performance Lead",
         ["GSCP Quality Assurance and Performance Lead"], "Ongoing – quarterly audit cycle",
         "A", "First audit completed January 2024; findings to Executive in March.",
         None, "Ongoing – quarterly audit cycle", "amber"),
        (afi3, "3.2",
         "Produce an early help outcomes report for the GSCP Executive, including the "
         "voice of families who received early help.",
         "Gloucestershire County Council", "Head of Early Help and Targeted Support",
         ["Head of Early Help and Targeted Support"], "September 2024", None,
         "Not yet due.", "2024-09", None, "unrated"),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = "Gloucestershire Safeguarding Children Partnership (GSCP)"
    fs["A1"].font = Font(bold=True, size=12)
    fs["A2"] = title
    fs["A2"].font = Font(bold=True, size=16)
    fs["A3"] = "Multi-agency response to identification of initial need and risk (‘front door’)"
    fs["A4"] = "Inspection fieldwork: 12–16 June 2023 | Letter of findings published: 3 August 2023"
    fs["A6"] = "Statutory safeguarding partners:"
    fs["A6"].font = Font(bold=True)
    fs["A7"] = "Gloucestershire County Council"
    fs["A8"] = "NHS Gloucestershire Integrated Care Board"
    fs["A9"] = "Gloucestershire Constabulary"
    fs["A11"] = ("Plan submitted to Ofsted 10 November 2023. This version updated for the GSCP "
                 "Executive, 24 January 2024.")
    fs["A13"] = "Status key (column G of the action plan is shaded, not written)"
    fs["A13"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("G", "Complete"), ("A", "In progress"),
                                  ("R", "Delayed – see update"), (None, "Not yet due")]):
        c = fs.cell(row=14 + i, column=1)
        if k:
            c.fill = solid(k)
        c.border = BOX
        fs.cell(row=14 + i, column=2, value=txt)
    fs.column_dimensions["A"].width = 22
    fs.column_dimensions["B"].width = 30

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "JTAI Partnership Action Plan – progress tracker"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Area for improvement", "No.", "Action", "Lead agency", "Lead officer",
             "Target date", "Status", "Update – January 2024"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = solid("grey")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    spans = {}
    expected = []
    for (afi, no, act, agency, leadcell, leads, target, fill, upd, end, end_text,
         status) in rows:
        spans.setdefault(afi, [r, r])[1] = r
        vals = [None, no, act, agency, leadcell, target, None, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if fill:
            ws.cell(row=r, column=7).fill = solid(fill)
        expected.append(A(no, [afi], act, leads, end, status, end_text))
        r += 1
    for afi, (a, b) in spans.items():
        c = ws.cell(row=a, column=1, value=afi)
        c.alignment = WRAP
        c.font = Font(bold=True)
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    for col, w in zip("ABCDEFGH", (36, 6, 55, 24, 30, 16, 9, 45)):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([("Term", "Meaning"), ("GSCP", "Gloucestershire Safeguarding "
                                 "Children Partnership"),
                                ("MASH", "Multi-Agency Safeguarding Hub"),
                                ("ICB", "Integrated Care Board"),
                                ("DMVM", "Daily multi-agency vulnerability meeting"),
                                ("JTAI", "Joint Targeted Area Inspection")]):
        gl.cell(row=1 + i, column=1, value=k)
        gl.cell(row=1 + i, column=2, value=v)
    gl.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the Gloucestershire Safeguarding Children Partnership action plan "
                "after the June 2023 JTAI of the multi-agency response to identification of "
                "initial need and risk (front door), reported to the GSCP and to Children and "
                "Families Overview and Scrutiny (see "
                "https://www.gloucestershire.police.uk/news/gloucestershire/news/inspectors-praise-strong-partnership-helping-to-keep-children-safe/ "
                "and https://glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=670&MId=11581). "
                "Copies a partnership workbook: front sheet with partners and a shaded status "
                "key (green = complete), area for improvement vertically merged beside its "
                "actions, lead agency separate from lead officer, mixed date cells and text "
                "dates (Q4 2023/24, End of April 2024, Ongoing), status shown only by fill "
                "colour, and a glossary sheet."),
        reads=("A front sheet with the key, then an action plan sheet with eight numbered "
               "actions under three areas for improvement; status is read from the cell "
               "colour using the key, where green means complete and an unshaded cell means "
               "not yet due. The glossary is not part of the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Warwickshire focused visit action plan – typo month, refuse (xlsx)
# ---------------------------------------------------------------------------
def warwickshire():
    name = "mg1-warwickshire-county-council-focused-visit-action-plan-typo-month-refuse.xlsx"
    title = "Ofsted Focused Visit Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "Warwickshire County Council – Children and Families"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Focused visit to children in care services: 7–8 March 2023 | Findings letter "
                "published: 18 April 2023")
    ws["A4"] = ("Plan owner: Director of Children and Families | Reported to: Children’s "
                "Services Improvement Board and Children and Young People Overview and "
                "Scrutiny Committee")
    heads = ["No.", "Action", "Responsible officer", "Target date", "RAG",
             "Commentary (September 2023)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("navy")
        c.border = BOX
    plan = [
        ("area", "Area for improvement 1: The timeliness of permanence planning for children "
                 "in care, including the use of early permanence and fostering for adoption."),
        ("1.1", "Establish a monthly Permanence Tracking Panel, chaired by the Head of Service, "
                "for every child in care without a confirmed permanence plan by their second "
                "review.", "Head of Service, Children in Care", "June 2023", "Complete",
         "Panel running since May 2023; 37 children tracked."),
        ("1.2", "Refresh the permanence policy and practice guidance, including early "
                "permanence, and brief all children in care teams.",
         "Principal Social Worker", "September 2023", "Green",
         "Guidance approved; briefings booked for October."),
        ("area", "Area for improvement 2: The quality and regularity of management oversight "
                 "and supervision, so that supervision records show reflection and drive "
                 "children’s plans forward."),
        ("2.1", "Introduce a revised supervision template and audit the supervision records "
                "of 10% of children in care each month.",
         "Service Manager, Quality Assurance", "July 2023", "Green",
         "Template in use; July and August audits complete."),
        ("2.2", "Deliver the ‘Supervising for Impact’ training programme to all team managers "
                "and assistant team managers.",
         "Workforce Development Manager / Principal Social Worker", "Febuary 2024", "Amber",
         "Provider confirmed; first cohort starts November 2023."),
        ("area", "Area for improvement 3: The consistency of life-story work, so that children "
                 "in care understand their histories and why they are in care."),
        ("3.1", "Train foster carers and residential staff in later-life letters and "
                "life-story work, jointly with Adoption Central England.",
         "Fostering Service Manager", "October 2023", "Amber",
         "Two of four sessions delivered."),
        ("3.2", "Add a life-story work check to the independent reviewing officer’s midway "
                "review for every child in care.",
         "IRO Service Manager", "March 2024", "Green", "IRO practice standard updated."),
    ]
    r = 7
    refuse_row = None
    for item in plan:
        if item[0] == "area":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = solid("pale")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            no, act, ro, tgt, rag, com = item
            for j, v in enumerate([no, act, ro, tgt, rag, com]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            fillkey = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[rag]
            ws.cell(row=r, column=5).fill = solid(fillkey)
            if "Febuary" in tgt:
                refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some delay – within tolerance"),
                                  ("R", "Off track – escalated")]):
        ws.cell(row=r + 1 + i, column=1).fill = solid(k)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    for col, w in zip("ABCDEF", (7, 60, 32, 16, 11, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Warwickshire County Council children and families action plan "
                "following an Ofsted focused visit to children in care (2023), of the kind "
                "reported to the Children’s Services Improvement Board and the Children and "
                "Young People Overview and Scrutiny Committee (council news on earlier visits: "
                "https://warwickshire.gov.uk/news/article/336/childrens-services-practice-in-focus-following-ofsted-visit). "
                "Copies a single-sheet tracker: title block, full-width shaded 'Area for "
                "improvement' rows, numbered actions, responsible officer, target month in "
                "words, RAG word with fill, commentary and a RAG key below the plan."),
        reads=("A one-sheet focused visit action plan with seven actions under three areas for "
               "improvement. The target date of action 2.2 reads 'Febuary 2024', a mistyped "
               "month, so a careful reader stops and asks before reading the plan."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_row, title=title)
    write_expected(name, meta, [])
    return name, 0


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(extra)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Suffolk Youth Justice Service HMIP improvement plan (docx)
# ---------------------------------------------------------------------------
def suffolk():
    name = "mg1-suffolk-youth-justice-service-hmip-improvement-plan.docx"
    title = "Post-Inspection Improvement Plan"
    secA = "Section A – Recommendations for Suffolk Youth Justice Service"
    secB = "Section B – Recommendations for the Youth Justice Management Board"
    rec1 = ("Recommendation 1: Improve the quality of assessment and planning so that it "
            "addresses the factors driving each child’s offending, their safety and wellbeing, "
            "and the risk of harm they may pose to others")
    rec2 = ("Recommendation 2: Make sure that children released from custody have timely "
            "access to health and social care support")
    rec3 = ("Recommendation 3: Make sure that work with children subject to out-of-court "
            "disposals is planned and delivered consistently")
    rec4 = ("Recommendation 4: Make sure that board members understand the needs of children "
            "supervised by the service and use this to hold partner agencies to account")
    rec5 = ("Recommendation 5: Make sure that there are enough staff to meet the demands on "
            "the service")
    # section -> list of (rec, [(ref, action, owner cell, leads, timescale, rag, update, end, end_text)])
    sections = [
        (secA, [
            (rec1, [
                ("1.1", "Relaunch the AssetPlus quality assurance framework, with team "
                        "managers countersigning every assessment and plan within 10 working "
                        "days.",
                 "Operational Manager (Ipswich) / Operational Manager (West)",
                 ["Operational Manager (Ipswich)", "Operational Manager (West)"],
                 "June 2023", "B", "Framework relaunched 3 April 2023; countersigning at 94%.",
                 "2023-06", None),
                ("1.2", "Deliver risk of harm and safety and wellbeing training to all case "
                        "managers, jointly with Suffolk Constabulary and the Local Authority "
                        "Designated Officer.",
                 "Practice Development Lead", ["Practice Development Lead"],
                 "Sept 2023", "G", "Three of four cohorts complete.", "2023-09", None),
            ]),
            (rec2, [
                ("2.1", "Agree a resettlement protocol with Children’s Services and health "
                        "partners so that health and social care assessments are completed "
                        "before a child’s release.",
                 "YJS Head of Service", ["YJS Head of Service"],
                 "31/10/2023", "A", "Draft protocol with Children’s Services legal team.",
                 "2023-10", None),
                ("2.2", "Embed the YJS nurse and a CAMHS practitioner in every resettlement "
                        "planning meeting.",
                 "Designated Nurse, NHS Suffolk and North East Essex ICB",
                 ["Designated Nurse, NHS Suffolk and North East Essex ICB"],
                 "December 2023", "G", "CAMHS practitioner in post from September.",
                 "2023-12", None),
            ]),
            (rec3, [
                ("3.1", "Introduce a joint decision-making panel with Suffolk Constabulary for "
                        "all out-of-court disposals, with a written intervention plan for each "
                        "child.",
                 "Out of Court Disposals Team Manager; Inspector, Youth Justice",
                 ["Out of Court Disposals Team Manager", "Inspector, Youth Justice"],
                 "July 2023", "B", "Panel sits weekly; plans in place for all children.",
                 "2023-07", None),
            ]),
        ]),
        (secB, [
            (rec4, [
                ("4.1", "Hold an annual board development day, including a session led by "
                        "children with lived experience of the service.",
                 "Chair of the Youth Justice Management Board",
                 ["Chair of the Youth Justice Management Board"],
                 "Ongoing", "G", "First development day held 12 July 2023.", None, "Ongoing"),
                ("4.2", "Produce a quarterly performance report for the board on "
                        "disproportionality, education and custody.",
                 "YJS Information and Performance Manager",
                 ["YJS Information and Performance Manager"],
                 "Q3 2023/24", "A", "Education data-sharing agreement still awaited.",
                 "2023-12", None),
            ]),
            (rec5, [
                ("5.1", "Review caseloads and the staffing model against demand and present "
                        "costed options to the board.",
                 "YJS Head of Service and Assistant Director, Safeguarding",
                 ["YJS Head of Service", "Assistant Director, Safeguarding"],
                 "March 2024", "R", "Delayed by the wider Children and Young People’s "
                 "Services restructure.", "2024-03", None),
            ]),
        ]),
    ]
    ragfill = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    ragstat = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    doc = Document()
    landscape(doc)
    doc.add_paragraph("Suffolk Youth Justice Service").runs[0].bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("HM Inspectorate of Probation joint inspection of youth justice "
                      "services – report published January 2023 (overall rating: Requires "
                      "improvement)")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Approved by")):
        set_cell(c, h, bold=True)
    for row in (("0.3", "24/02/2023", "YJS Head of Service", "Draft"),
                ("1.0", "15/03/2023", "YJS Head of Service", "Youth Justice Management Board"),
                ("1.4", "06/11/2023", "YJS Business Support Manager",
                 "Youth Justice Management Board")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, txt in (("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery"),
                      ("R", "Off track – board action needed")):
        cells = k.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], ragfill[code])
        set_cell(cells[1], txt)
    doc.add_paragraph("")
    expected = []
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("Ref", "Action", "Owner", "Timescale", "RAG",
                                           "Progress update (November 2023)")):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
        for rec, acts in recs:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "D9D9D9")
            for ref, act, owner, leads, ts, rag, upd, end, end_text in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, (ref, act, owner, ts, rag, upd)):
                    set_cell(c, v)
                shade(cells[4], ragfill[rag])
                expected.append(A(ref, [sec, rec], act, leads, end, ragstat[rag], end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the Youth Justice Management Board: "
                      "Chair, Suffolk Youth Justice Management Board. Next review: "
                      "January 2024.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates the Suffolk Youth Justice Service post-inspection improvement plan "
                "after the HM Inspectorate of Probation joint inspection published January "
                "2023 (Requires improvement, nine recommendations; "
                "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2023/01/suffolk-yjs/). "
                "Copies a Word plan: title block, document-control table, RAG key table, one "
                "table per section (service, then management board) with the recommendation "
                "as a merged shaded row above its actions, owners as job titles (some two "
                "posts), timescales as months, Q3 2023/24 and Ongoing, and shaded RAG letters."),
        reads=("A Word improvement plan with eight actions in two section tables, each action "
               "sitting under a recommendation row and a section heading, with an owner, a "
               "timescale, a RAG letter and an update. The document-control and RAG key "
               "tables are not part of the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Oxfordshire County Council children's home Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def oxfordshire():
    name = "mg1-oxfordshire-county-council-childrens-home-ofsted-action-plan.docx"
    title = "Post-inspection action plan: Ofsted full inspection of Meadowside"
    part1 = ("Part 1 – Requirements (breaches of the Children’s Homes (England) "
             "Regulations 2015)")
    part2 = "Part 2 – Recommendations"
    reqs = [
        ("Regulation 12 (1)(2)(a)(i) – the protection of children standard",
         "The registered person must ensure that staff assess whether each child is at risk "
         "of harm, taking into account information in the child’s relevant plans, and help "
         "each child to understand how to keep safe.",
         "31/07/2024",
         "All children’s risk assessments reviewed and updated after the inspection, with "
         "each child’s social worker consulted.\nKey workers to complete ‘keeping safe’ "
         "sessions with each child and record the child’s views.",
         "Registered Manager", ["Registered Manager"], "31/07/2024", "Completed",
         "2024-07", None, "blue"),
        ("Regulation 13 (2)(c) – the leadership and management standard",
         "The registered person must ensure that staff have the experience, qualifications "
         "and skills to meet the needs of each child, including completing physical "
         "intervention refresher training within the required timescale.",
         "30/06/2024",
         "Book all outstanding MAPA refresher training; the training matrix to be checked "
         "monthly by the Responsible Individual.",
         "Registered Manager and Responsible Individual",
         ["Registered Manager", "Responsible Individual"], "30/06/2024", "Completed",
         "2024-06", None, "blue"),
        ("Regulation 35 (3)(a) – behaviour management policies and records",
         "The registered person must ensure that records of restraint are completed within "
         "24 hours and include the child’s views of the incident.",
         "31/08/2024",
         "Introduce a post-incident debrief form for every restraint, signed off by the "
         "manager on shift within 24 hours.",
         "Deputy Manager", ["Deputy Manager"], "31/08/2024", "On track",
         "2024-08", None, "green"),
    ]
    recs = [
        ("The registered person should ensure that children’s views about the decoration "
         "of their bedrooms and the communal areas are sought and acted on. (‘Guide to the "
         "Children’s Homes Regulations, including the quality standards’, page 15, "
         "paragraph 3.9)",
         "Hold a children’s meeting to agree a redecoration plan for the lounge and "
         "bedrooms; request the works through Property Services.",
         "Registered Manager", ["Registered Manager"], "End of September 2024", "Amber",
         "2024-09", None, "amber"),
        ("The registered person should ensure that the home’s location risk assessment is "
         "reviewed with the police and local partners at least once a year.",
         "Meet the Neighbourhood Policing Team and the Oxfordshire exploitation hub to "
         "review the location risk assessment.",
         "Registered Manager / Service Manager, Residential Services",
         ["Registered Manager", "Service Manager, Residential Services"], "October 2024",
         "Not started", "2024-10", None, "unrated"),
        ("The registered person should ensure that staff supervision records show "
         "reflective discussion of each child’s needs and progress.",
         "Revise the supervision template to include a reflective case discussion; the "
         "Responsible Individual to sample supervision records each quarter.",
         "Responsible Individual", ["Responsible Individual"], "Quarterly", "On track",
         None, "Quarterly", "green"),
    ]
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Oxfordshire County Council – Children’s Services, Residential "
                      "Services").runs[0].bold = True
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k_, v in (("Home", "Meadowside (URN SC483219)"),
                  ("Inspection dates", "14 to 15 May 2024"),
                  ("Overall experiences and progress of children and young people",
                   "Requires improvement to be good"),
                  ("How well children and young people are helped and protected",
                   "Requires improvement to be good"),
                  ("The effectiveness of leaders and managers", "Good"),
                  ("Plan written by", "Registered Manager, 3 June 2024"),
                  ("Last updated", "2 September 2024"),
                  ("Reviewed by", "Responsible Individual (Service Manager, Residential "
                                  "Services)")):
        cells = info.add_row().cells
        set_cell(cells[0], k_, bold=True)
        set_cell(cells[1], v)
    expected = []
    doc.add_heading(part1, level=1)
    t1 = doc.add_table(rows=1, cols=7)
    t1.style = "Table Grid"
    for c, h in zip(t1.rows[0].cells, ("Regulation", "Requirement", "Ofsted compliance date",
                                       "Actions taken / planned", "Lead", "Completion date",
                                       "Status")):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for reg, req, due, act, leadcell, leads, comp, st, end, end_text, status in reqs:
        cells = t1.add_row().cells
        for c, v in zip(cells, (reg, req, due, act, leadcell, comp, st)):
            set_cell(c, v)
        expected.append(A(None, [part1, req], act, leads, end, status, end_text))
    doc.add_paragraph("")
    doc.add_heading(part2, level=1)
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ("Recommendation", "Actions planned", "Lead",
                                       "Target date", "Status")):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for rec, act, leadcell, leads, tgt, st, end, end_text, status in recs:
        cells = t2.add_row().cells
        for c, v in zip(cells, (rec, act, leadcell, tgt, st)):
            set_cell(c, v)
        expected.append(A(None, [part2, rec], act, leads, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Completed – action finished and evidenced; On track; "
                      "Amber – some delay; Not started.")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate((("Role", "Name", "Date"),
                             ("Registered Manager", "K. Whitlock", "03/06/2024"),
                             ("Responsible Individual", "D. Osei", "05/06/2024"))):
        for c, v in zip(so.rows[i].cells, row):
            set_cell(c, v, bold=(i == 0))
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates an Oxfordshire County Council local-authority children’s home "
                "post-inspection action plan after an Ofsted full inspection under the SCCIF "
                "(requirements with regulation and compliance date, then recommendations "
                "citing the Guide; https://www.gov.uk/guidance/social-care-common-inspection-framework-sccif-secure-children-s-homes/14-making-requirements-and-recommendations). "
                "The home name and URN are invented. Copies a Word layout: heading block, "
                "inspection details table, a requirements table (regulation, requirement "
                "text, Ofsted date, actions, lead, completion date, status) and a "
                "recommendations table, a status key line and a sign-off table."),
        reads=("A children’s home action plan with six actions, one per row: three answering "
               "requirements and three answering recommendations, with no action numbers. "
               "Each action sits under its part heading and the requirement or "
               "recommendation text in the same row; the details and sign-off tables are not "
               "part of the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Norfolk early help partnership strategy action plan (csv)
# ---------------------------------------------------------------------------
def norfolk():
    name = "mg1-norfolk-early-help-partnership-strategy-action-plan.csv"
    title = "Norfolk Prevention and Early Help Partnership Strategy 2024–2026 – Action Plan"
    p1 = "Priority 1: Building resilient families and communities"
    p2 = "Priority 2: Early identification and the right help at the right time"
    p3 = "Priority 3: A skilled and confident early help workforce"
    p4 = "Priority 4: Knowing our impact"
    rows = [
        (p1, "1.1", "Open the remaining three Family Hub sites (Thetford, Great Yarmouth and "
                    "Fakenham) and publish the hub timetable online.",
         "Family Hubs Programme Manager", ["Family Hubs Programme Manager"],
         "District councils; NCC Libraries", "Apr-24", "Sep-24", "B",
         "All three sites open; timetable live on the Norfolk Community Directory.",
         "2024-09", None, "blue"),
        (p1, "1.2", "Refresh the Flourish Pledge with voluntary and community sector partners, "
                    "including small grants for parent-led groups.",
         "Head of Prevention and Early Help (Countywide); Partnership Development Officer",
         ["Head of Prevention and Early Help (Countywide)", "Partnership Development Officer"],
         "Norfolk Community Foundation", "Jun-24", "Mar-25", "G",
         "54 new pledges since October; grant round closes February.", "2025-03", None,
         "green"),
        (p1, "1.3", "Extend the Start for Life parent-infant relationship offer to all seven "
                    "districts.",
         "Public Health Commissioning Manager (0-19)",
         ["Public Health Commissioning Manager (0-19)"],
         "Cambridgeshire Community Services; Just One Norfolk", "Sep-24", "Q2 2025/26", "A",
         "Recruitment to two practitioner posts outstanding.", "2025-09", None, "amber"),
        (p2, "2.1", "Roll out the early help assessment on the new case management system to "
                    "schools and health partners, with training for designated safeguarding "
                    "leads.",
         "Early Help Systems Lead & Education Safeguarding Adviser",
         ["Early Help Systems Lead", "Education Safeguarding Adviser"],
         "Schools; NHS Norfolk and Waveney ICB", "Jul-24", "Jan-25", "A",
         "Live for schools; health partner access delayed by information governance sign-off.",
         "2025-01", None, "amber"),
        (p2, "2.2", "Publish a single early help request for support route through the "
                    "Children’s Advice and Duty Service (CADS).\nReview how many requests "
                    "become support within 10 working days.",
         "Head of CADS", ["Head of CADS"], "Norfolk Constabulary; schools", "Jul-24",
         "Dec-24", "B", "Route live 1 October 2024; 81% of requests supported within 10 days.",
         "2024-12", None, "blue"),
        (p2, "2.3", "Agree the early help offer for children on part-time timetables and "
                    "children who are electively home educated.",
         "Head of Inclusion", ["Head of Inclusion"], "Schools; Children Missing Education "
         "team", "Apr-25", "Jun-25", "", "Not started – scheduled for Q1 2025/26.",
         "2025-06", None, "unrated"),
        (p3, "3.1", "Deliver the multi-agency early help practice programme (restorative "
                    "practice and family network meetings) to 600 practitioners.",
         "Early Help Workforce Development Manager",
         ["Early Help Workforce Development Manager"], "All partners", "May-24", "Mar-25",
         "G", "472 practitioners trained.", "2025-03", None, "green"),
        (p3, "3.2", "Introduce a practice standards audit of partner-led early help plans, "
                    "with the findings reported to the Early Help Sub-Group.",
         "Quality Assurance Lead, Prevention and Early Help",
         ["Quality Assurance Lead, Prevention and Early Help"], "All partners", "Oct-24",
         "Ongoing", "G", "First audit of 25 plans completed in December.", None, "Ongoing",
         "green"),
        (p4, "4.1", "Publish an early help outcomes dashboard aligned to the Supporting "
                    "Families outcomes framework.",
         "Head of Performance and Intelligence (Children’s Services)",
         ["Head of Performance and Intelligence (Children’s Services)"], "Public Health",
         "Jun-24", "Nov-24", "R", "Delayed by data migration; revised date to be agreed.",
         "2024-11", None, "red"),
        (p4, "4.2", "Complete a family voice survey across all Family Hubs and report the "
                    "findings to CYPSA.",
         "Participation Manager", ["Participation Manager"], "Family Voice Norfolk",
         "Jan-25", "Jul-25", "G", "Survey design agreed with parent representatives.",
         "2025-07", None, "green"),
    ]
    path = os.path.join(HERE, name)
    ncol = 9
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        pad = lambda first: [first] + [""] * (ncol - 1)
        w.writerow(pad(title))
        w.writerow(pad("Owner: Children and Young People Strategic Alliance (CYPSA) Early Help "
                       "Sub-Group"))
        w.writerow(pad("Position at: 31/01/2025"))
        w.writerow([""] * ncol)
        w.writerow(["Priority", "Ref", "Action", "Lead(s)", "Key partners", "Start", "Due",
                    "RAG", "Update"])
        last = None
        expected = []
        for (pr, ref, act, leadcell, leads, partners, start, due, rag, upd, end, end_text,
             status) in rows:
            w.writerow([pr if pr != last else "", ref, act, leadcell, partners, start, due,
                        rag, upd])
            last = pr
            expected.append(A(ref, [pr], act, leads, end, status, end_text))
        w.writerow([""] * ncol)
        w.writerow(pad("RAG: B = complete; G = on track; A = some slippage; R = off track / "
                       "escalate; blank = not started"))
        w.writerow(pad("Next update due at the Early Help Sub-Group, April 2025"))

    meta = dict(
        source=("Imitates a Norfolk prevention and early help partnership strategy action "
                "plan owned by the Children and Young People Strategic Alliance (Flourish "
                "outcomes framework, Family Hubs and Start for Life; "
                "https://supportingfamilies.blog.gov.uk/2024/01/31/norfolk-a-county-where-children-young-people-flourish). "
                "Copies a CSV export of a partnership tracker: title, owner and position lines "
                "padded with empty fields, a priority column filled only on the first row of "
                "each priority, leads separated by ; and &, key partners apart from leads, "
                "due dates as Mon-YY, Q2 2025/26 and Ongoing, RAG letters with blank for not "
                "started, and key and next-update lines after the table."),
        reads=("A CSV action plan with ten actions under four priorities; the priority is "
               "written once and carries down to the rows below it. Each action has leads, "
               "partners, start and due dates, a RAG letter and an update; the lines above "
               "the header and below the table are title, notes and key."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Bradford corporate parenting panel action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def bradford():
    name = "mg1-bradford-corporate-parenting-panel-action-plan.txt"
    title = "Corporate Parenting Panel – Action Plan 2024/25"
    t1 = "Theme 1 – Health and wellbeing"
    t2 = "Theme 2 – Education, employment and training"
    t3 = "Theme 3 – Homes and independence"
    t4 = "Theme 4 – Voice and participation"
    items = [
        ("theme", t1),
        ("CP1", "Make sure every child coming into care has an initial health assessment "
                "within 20 working days, with exceptions reported to the Panel each quarter.",
         "Designated Nurse for Children in Care", ["Designated Nurse for Children in Care"],
         "Cllr R. Ahmed", "Mar-25", "Amber", "72% within timescale in Q2 (Q1: 64%).",
         "2025-03", None, "amber"),
        ("CP2", "Commission an emotional wellbeing pathway for care leavers aged 18 to 25 "
                "through the ICB.",
         "Head of Service – Care Leavers / ICB Commissioning Manager (Mental Health)",
         ["Head of Service – Care Leavers", "ICB Commissioning Manager (Mental Health)"],
         "Cllr R. Ahmed", "31/03/2025", "Green", "Specification agreed; provider engagement "
         "event held 24 October.", "2025-03", None, "green"),
        ("theme", t2),
        ("CP3", "Offer a ring-fenced apprenticeship or work placement within the Council to "
                "every care leaver who asks for one.",
         "Head of HR (Council)", ["Head of HR (Council)"], "Cllr S. Lee", "Sep-25", "Green",
         "Nine care leavers started apprenticeships since April.", "2025-09", None, "green"),
        ("CP4", "Reduce persistent absence of children in care by reviewing attendance at "
                "every termly Personal Education Plan meeting.",
         "Virtual School Head", ["Virtual School Head"], "Cllr S. Lee", "Summer term 2025",
         "Amber", "Autumn PEP completion 91%; persistent absence 17.4%.", "2025-07", None,
         "amber"),
        ("cont", "Secondary phase persistent absence remains above the statistical neighbour "
                 "average."),
        ("theme", t3),
        ("CP5", "Agree the council tax exemption for care leavers living outside the district "
                "and publish it in the Local Offer.",
         "Director of Finance and Head of Service – Care Leavers",
         ["Director of Finance", "Head of Service – Care Leavers"], "Cllr M. Firth",
         "Dec-24", "Complete", "Approved at Executive; Local Offer updated.", "2024-12", None,
         "blue"),
        ("CP6", "Increase the number of Staying Put and Staying Close arrangements for young "
                "people leaving foster and residential care.",
         "Head of Placements and Sufficiency", ["Head of Placements and Sufficiency"],
         "Cllr M. Firth", "Quarterly", "Green", "Staying Put: 38 young people; Staying "
         "Close: 6.", None, "Quarterly", "green"),
        ("theme", t4),
        ("CP7", "Hold a joint Panel meeting with the Children in Care Council each term, with "
                "young people setting the agenda.",
         "Participation and Advocacy Manager", ["Participation and Advocacy Manager"],
         "Cllr J. Walsh", "Termly", "Green", "Autumn meeting held 7 November.", None,
         "Termly", "green"),
        ("CP8", "Train all elected members in their corporate parenting responsibilities, "
                "co-delivered by care-experienced young people.",
         "Democratic Services Manager", ["Democratic Services Manager"], "Cllr J. Walsh",
         "31/01/2025", "", "Dates being arranged for January 2025.", "2025-01", None,
         "unrated"),
    ]
    lines = [
        "City of Bradford Metropolitan District Council / Bradford Children and Families Trust",
        title,
        "Exported from the Panel action tracker on 14/11/2024",
        "",
        "\t".join(["No.", "Action", "Lead officer", "Link Councillor", "Target date", "RAG",
                   "Comments"]),
    ]
    expected = []
    theme = None
    for it in items:
        if it[0] == "theme":
            theme = it[1]
            lines.append(theme)
        elif it[0] == "cont":
            lines.append("\t" * 6 + it[1])
        else:
            (no, act, leadcell, leads, cllr, tgt, rag, com, end, end_text, status) = it
            lines.append("\t".join([no, act, leadcell, cllr, tgt, rag, com]))
            expected.append(A(no, [theme], act, leads, end, status, end_text))
    lines += [
        "",
        "RAG key: Complete = action completed | Green = on track | Amber = some slippage | "
        "Red = not on track | blank = not yet started",
        "Next review: Corporate Parenting Panel, 16 January 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    meta = dict(
        source=("Imitates the City of Bradford MDC / Bradford Children and Families Trust "
                "Corporate Parenting Panel action plan, organised by themes with Link "
                "Councillors as recommended after the 2022 National Implementation Adviser for "
                "Care Leavers visit (https://bradford.moderngov.co.uk/mgAi.aspx?ID=18446). "
                "Copies a tab-separated export of the Panel tracker: heading lines, theme "
                "lines on their own, actions numbered CP1–CP8, lead officers (some two posts "
                "joined by / or and), a Link Councillor column that is not the lead, target "
                "dates as Mon-YY, dd/mm/yyyy, Summer term 2025, Quarterly and Termly, RAG "
                "words including Complete and blank, a comments continuation line and a key "
                "at the foot."),
        reads=("A tab-separated corporate parenting action plan with eight actions under four "
               "themes, each with a lead officer, link councillor, target date, RAG word and "
               "comment. One line holds only a continuation of CP4’s comment; the key and "
               "next-review lines are notes."),
        outcome="read", accept_refusal=False, title=title)
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (waltham_forest, gloucestershire, warwickshire, suffolk, oxfordshire, norfolk,
               bradford):
        n, k = fn()
        print(f"{n}: {k} actions")
