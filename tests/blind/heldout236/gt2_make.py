#!/usr/bin/env python3
"""Build the seven gt2- blind test files (set heldout236) and their expected readings.

Run with /work/main/.venv/bin/python gt2_make.py  (needs openpyxl, python-docx, pyyaml).
Each builder writes the data file and NAME.expected.yaml beside it; the expected reading
is written by hand next to each action (lead list, end month, status) as a person reads it.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "BFBFBF"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE, "grey": GREY}


# ----------------------------------------------------------------------------- helpers
def write_expected(name, source, reads, title, actions, outcome="read", refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            out.append(d)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status,
             end_text=end_text)
    d.update(cells)
    return d


def xfill(hexrgb):
    return PatternFill("solid", start_color="FF" + hexrgb, end_color="FF" + hexrgb)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def bold_cell(cell, text, white=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if white:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if size:
        r.font.size = Pt(size)


# ============================================================================ 1. CSV
def build_ncl_icb_csv():
    name = "gt2-nhs-north-central-london-icb-board-action-log.csv"
    title = "NHS North Central London ICB Board Meeting in Public – Action Log"
    acts = [
        A("BM/24/41", [], "Provide a post-winter evaluation of the NCL winter plan, including the "
          "impact of the additional virtual ward capacity, to the Board.",
          ["Chief Operating Officer"], "2025-07", "amber",
          meet="26/09/2024", item="7.1 Winter Plan 2024/25", owner="Chief Operating Officer",
          due="Mar-25", rev="Jul-25", rag="A",
          upd="Evaluation delayed to include April data; paper scheduled for the July Board."),
        A("BM/24/47", [], "Bring back a deep dive on mental health out-of-area placements, setting "
          "out the trajectory for repatriation.",
          ["Chief Nursing Officer", "Director of Mental Health Commissioning"], "2025-03", "blue",
          meet="28/11/2024", item="6.2 Quality and Safety Report",
          owner="Chief Nursing Officer / Director of Mental Health Commissioning",
          due="Mar-25", rev="", rag="B",
          upd="Deep dive presented at the March Board (item 8.1). Propose closure."),
        A("BM/24/52", [], "Circulate the breakdown of the £12.4m non-recurrent efficiencies by "
          "borough to Board members outside the meeting.",
          ["Chief Finance Officer"], "2024-12", "blue",
          meet="28/11/2024", item="9.0 Finance Report – Month 7", owner="Chief Finance Officer",
          due="Dec-24", rev="", rag="B", upd="Circulated 12/12/2024. Propose closure."),
        A("BM/25/03", [], "Provide an update on the roll-out of the modern general practice access "
          "model, with borough-level data on same-day access.\nInclude the Healthwatch survey "
          "findings when available.",
          ["Director of Primary Care"], "2025-09", "amber",
          meet="30/01/2025", item="5.1 Primary Care Access Recovery Plan",
          owner="Director of Primary Care", due="May-25", rev="Sep-25", rag="A",
          upd="Healthwatch report now due in August; update moved to the September Board."),
        A("BM/25/04", [], "Set out how the ICB will reduce waiting times for neurodevelopmental "
          "assessment, including the single point of access proposal.",
          ["Director of Children and Young People's Services"], "2025-07", "green",
          meet="30/01/2025", item="5.3 Children and Young People's Mental Health",
          owner="Director of Children and Young People's Services", due="Jul-25", rev="",
          rag="G", upd="Proposal to Strategy and Development Committee in June, then July Board."),
        A("BM/25/11", [], "Review the risk score for BAF risk 4 (workforce) in light of the running "
          "cost reduction requirement and report back.",
          ["Director of Corporate Affairs", "Chief People Officer"], "2025-05", "red",
          meet="27/03/2025", item="7.2 Board Assurance Framework",
          owner="Director of Corporate Affairs / Chief People Officer", due="May-25", rev="",
          rag="R", upd="Not yet reviewed – to be picked up with the organisational change programme."),
        A("BM/25/14", [], "Share the out-of-area placement dashboard with the Quality and Safety "
          "Committee on a monthly basis.",
          ["Chief Nursing Officer"], None, "green", end_text="Ongoing",
          meet="27/03/2025", item="8.1 Mental Health Out-of-Area Placements Deep Dive",
          owner="Chief Nursing Officer", due="Ongoing", rev="", rag="G",
          upd="First dashboard shared April 2025; now a standing item on the QSC agenda."),
        A("BM/25/19", [], "Engage with the five Health and Wellbeing Boards on the refreshed Joint "
          "Forward Plan before final sign-off.",
          ["Chief Strategy Officer"], "2025-09", "green",
          meet="22/05/2025", item="6.1 Joint Forward Plan Refresh 2025/26",
          owner="Chief Strategy Officer", due="30/09/2025", rev="", rag="G",
          upd="Sessions booked with Barnet, Camden and Islington HWBs; Enfield and Haringey to follow."),
        A("BM/25/20", [], "Confirm the final 2024/25 year-end position following external audit of "
          "the accounts.",
          ["Chief Finance Officer"], "2025-07", "unrated",
          meet="22/05/2025", item="9.0 Finance Report – Month 12", owner="Chief Finance Officer",
          due="Jul-25", rev="", rag="", upd="New action."),
    ]
    blank = [""] * 9
    rows = [
        [title] + [""] * 8,
        ["Open actions and actions proposed for closure, as at 24 June 2025"] + [""] * 8,
        blank,
        ["Action Ref", "Meeting Date", "Agenda Item", "Action", "Action Owner",
         "Original Due Date", "Revised Due Date", "RAG", "Update / Comments"],
    ]
    for a in acts:
        rows.append([a["ref"], a["meet"], a["item"], a["action"], a["owner"], a["due"], a["rev"],
                     a["rag"], a["upd"]])
    rows += [blank,
             ["RAG key: B = complete, proposed for closure; G = on track; A = at risk of missing "
              "the due date; R = overdue"] + [""] * 8,
             ["Actions marked B will be removed from the log once closure is agreed by the Board."]
             + [""] * 8]
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    write_expected(
        name,
        source="Imitates the public-board action log that NHS integrated care boards append to "
               "their Board meeting in public papers (e.g. NHS North Central London ICB board "
               "packs 2024-25; no single URL copied), exported from Excel to CSV: two title lines, "
               "one row per action with meeting date and agenda item, original and revised due "
               "dates, RAG letter (B/G/A/R) and a comments column; RAG key and a note under the "
               "table.",
        reads="An ICB board action log: nine actions raised at Board meetings between September "
              "2024 and May 2025, each with an owner (job titles, sometimes two), an original due "
              "date and in three cases a revised one, and a B/G/A/R rating explained by the key "
              "at the foot. The meeting date and agenda item are context, not the due date.",
        title=title, actions=acts)
    return name, len(acts)


# ============================================================================ 2. XLSX maternity
def build_royal_surrey_maternity():
    name = "gt2-royal-surrey-nhsft-maternity-neonatal-improvement-plan.xlsx"
    title = ("Royal Surrey NHS Foundation Trust – Maternity and Neonatal Improvement Plan "
             "2024–26")
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Standards and structures that underpin safer, more personalised and more " \
         "equitable care"
    D = dt.datetime
    plan = [
        ("theme", T1),
        ("obj", "Objective 1: Care that is personalised"),
        A("1.1", [T1, "Objective 1: Care that is personalised"],
          "Offer every woman a personalised care and support plan (PCSP) at booking and review it "
          "at 28 and 36 weeks.", ["Consultant Midwife"], "2025-03", "amber",
          lead_cell="Consultant Midwife", orig=D(2024, 9, 30), rev=D(2025, 3, 31), prev="A",
          cur="amber", prog="PCSP template live in Badgernet. December audit: 78% reviewed at 36 "
                            "weeks against 90% target."),
        A("1.2", [T1, "Objective 1: Care that is personalised"],
          "Work with the Maternity and Neonatal Voices Partnership (MNVP) to co-produce revised "
          "information on induction of labour.", ["Head of Midwifery", "MNVP Lead"], "2024-12",
          "blue", lead_cell="Head of Midwifery / MNVP Lead", orig=D(2024, 12, 31), rev=None,
          prev="G", cur="blue",
          prog="Leaflet and video launched 02/12/2024 in five languages."),
        ("obj", "Objective 2: Improve equity for mothers and babies"),
        A("1.3", [T1, "Objective 2: Improve equity for mothers and babies"],
          "Complete the maternity equity and equality action plan baseline with the Surrey "
          "Heartlands LMNS.", ["Director of Midwifery"], "2024-12", "green",
          lead_cell="Director of Midwifery", orig="Q3 2024/25", rev=None, prev="G", cur="green",
          prog="Baseline data pack received from LMNS; workshop held 9 January."),
        ("theme", T2),
        ("obj", "Objective 4: Grow our workforce"),
        A("2.1", [T2, "Objective 4: Grow our workforce"],
          "Recruit to the funded midwifery establishment following the Birthrate Plus review "
          "(4.6 WTE gap).", ["Deputy Head of Midwifery"], "2025-06", "red",
          lead_cell="Deputy Head of Midwifery", orig=D(2025, 3, 31), rev=D(2025, 6, 30),
          prev="A", cur="red",
          prog="Two newly qualified midwives withdrew offers; gap now 5.2 WTE. International "
               "recruitment business case to Executive Committee in February."),
        ("obj", "Objective 5: Value and retain our workforce"),
        A("2.2", [T2, "Objective 5: Value and retain our workforce"],
          "Implement the midwifery retention action plan, including the preceptorship pathway "
          "and 'legacy mentor' scheme.", ["Lead Professional Midwifery Advocate"], "2024-10",
          "blue", lead_cell="Lead Professional Midwifery Advocate", orig=D(2024, 10, 31),
          rev=None, prev="G", cur="blue",
          prog="Preceptorship pathway relaunched; four legacy mentors in post."),
        ("obj", "Objective 6: Invest in skills"),
        A("2.3", [T2, "Objective 6: Invest in skills"],
          "Achieve 90% compliance with PROMPT multi-professional emergency skills training across "
          "all staff groups.", ["Practice Development Midwife", "Obstetric Education Lead"],
          "2025-01", "amber",
          lead_cell="Practice Development Midwife / Obstetric Education Lead",
          orig=D(2025, 1, 31), rev=None, prev="A", cur="amber",
          prog="Midwives 94%, obstetricians 86%, anaesthetists 81%. Extra dates added in "
               "February."),
        ("theme", T3),
        ("obj", "Objective 7: Develop a positive safety culture"),
        A("3.1", [T3, "Objective 7: Develop a positive safety culture"],
          "Complete the Perinatal Culture and Leadership Programme diagnostic and share the SCORE "
          "survey results with all staff.", ["Clinical Director – Women's Health"], "2024-11",
          "blue", lead_cell="Clinical Director – Women's Health", orig=D(2024, 11, 30), rev=None,
          prev="G", cur="blue",
          prog="SCORE results shared at listening events 14 and 21 November."),
        ("obj", "Objective 8: Learning and improving"),
        A("3.2", [T3, "Objective 8: Learning and improving"],
          "Transition maternity incident review to PSIRF, with after action reviews led by "
          "trained facilitators.", ["Maternity Governance Lead"], "2024-12", "blue",
          lead_cell="Maternity Governance Lead", orig=D(2024, 6, 30), rev=D(2024, 12, 31),
          prev="A", cur="blue",
          prog="PSIRF in place from 1 December; six facilitators trained."),
        ("theme", T4),
        ("obj", "Objective 10: Standards to ensure best practice"),
        A("4.1", [T4, "Objective 10: Standards to ensure best practice"],
          "Achieve full compliance with all 10 CNST Maternity Incentive Scheme (Year 6) safety "
          "actions.", ["Director of Midwifery", "Clinical Director – Women's Health"], "2025-03",
          "green", lead_cell="Director of Midwifery / Clinical Director – Women's Health",
          orig="By 3 March 2025", rev=None, prev="G", cur="green",
          prog="Nine of ten safety actions evidenced; safety action 8 (training) dependent on "
               "PROMPT compliance."),
        A("4.2", [T4, "Objective 10: Standards to ensure best practice"],
          "Implement Saving Babies' Lives Care Bundle version 3 element 2 (fetal growth) with "
          "quarterly audit.", ["Fetal Monitoring Lead Midwife"], "2025-03", "amber",
          lead_cell="Fetal Monitoring Lead Midwife", orig=D(2024, 12, 31), rev="Q4 2024/25",
          prev="A", cur="amber",
          prog="Growth scan capacity improved; Q3 audit shows 71% compliance with GROW "
               "charting."),
        ("obj", "Objective 12: Make better use of digital technology"),
        A("4.3", [T4, "Objective 12: Make better use of digital technology"],
          "Roll out the Badgernet maternity app so women can access their own records and care "
          "plans.", ["Digital Midwife"], None, "green", end_text="Ongoing",
          lead_cell="Digital Midwife", orig="Ongoing", rev=None, prev="G", cur="green",
          prog="Uptake 83% of booked women; monitored monthly."),
    ]
    acts = [p for p in plan if isinstance(p, dict)]

    wb = Workbook()
    # --- cover sheet
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Owner", "Director of Midwifery"),
          ("Reporting to", "Maternity and Neonatal Safety Champions; Quality Committee"),
          ("Last updated", "14/01/2025"), ("Next review", "February 2025"),
          ("Status", "Approved – Quality Committee 22 January 2025")]
    for i, (k, v) in enumerate(dc, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    # --- plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Aligned to the NHS England Three year delivery plan for maternity and neonatal "
                "services (March 2023). Position at January 2025.")
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Lead(s)", "Original Completion Date", "Revised Completion Date",
             "Previous RAG (Nov-24)", "Current RAG (Jan-25)", "Progress / Evidence"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = xfill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for p in plan:
        if isinstance(p, tuple):
            kind, text = p
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            cell = ws.cell(r, 1, text)
            if kind == "theme":
                cell.font = Font(bold=True, color="FFFFFFFF")
                cell.fill = xfill("003087")
            else:
                cell.font = Font(bold=True, italic=True)
                cell.fill = xfill("DDEBF7")
            r += 1
            continue
        vals = [p["ref"], p["action"], p["lead_cell"], p["orig"], p["rev"], p["prev"], None,
                p["prog"]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        pv = {"R": "red", "A": "amber", "G": "green", "B": "blue"}[p["prev"]]
        ws.cell(r, 6).fill = xfill(FILL[pv])
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 7).fill = xfill(FILL[p["cur"]])
        r += 1
    r += 1
    cur = [p["cur"] for p in acts]
    ws.cell(r, 1, "Summary – current RAG").font = Font(bold=True)
    r += 1
    for lab, key in (("Blue (complete)", "blue"), ("Green", "green"), ("Amber", "amber"),
                     ("Red", "red")):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, cur.count(key))
        ws.cell(r, 1).fill = xfill(FILL[key])
        r += 1
    ws.cell(r, 1, "Total")
    ws.cell(r, 2, len(acts))
    r += 2
    ws.cell(r, 1, "Note: RAG ratings are agreed at the Maternity and Neonatal Improvement Board. "
                  "Evidence is held in the maternity governance shared drive.")
    for col, w in zip("ABCDEFGH", (7, 55, 30, 14, 14, 11, 11, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    # --- key sheet
    ks = wb.create_sheet("RAG Key")
    ks["A1"] = "RAG rating key"
    ks["A1"].font = Font(bold=True)
    for i, (lab, key, txt) in enumerate((
            ("Blue", "blue", "Action complete and evidence of sustained embedding provided"),
            ("Green", "green", "On track to deliver by the completion date"),
            ("Amber", "amber", "At risk of delay – mitigation in place"),
            ("Red", "red", "Off track – escalated to the Maternity and Neonatal Improvement "
                           "Board")), start=2):
        ks.cell(i, 1, lab).fill = xfill(FILL[key])
        ks.cell(i, 2, txt)
    ks.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates NHS trust maternity and neonatal improvement plans reported to trust "
               "boards and LMNS in 2024-25 and structured on the NHS England Three year delivery "
               "plan for maternity and neonatal services (4 themes, 12 objectives; "
               "https://www.england.nhs.uk/long-read/three-year-delivery-plan-for-maternity-and-"
               "neonatal-services/). Copied features: cover sheet with document control, merged "
               "theme and objective rows, original and revised completion dates (real dates and "
               "text such as 'Q3 2024/25'), previous RAG as a letter and current RAG as fill "
               "colour only, a separate RAG key sheet with blue = complete, a current-RAG summary "
               "block and a note under the plan.",
        reads="A trust maternity improvement plan of eleven actions grouped under the four "
              "delivery-plan themes and their objectives. Each action has a lead (sometimes two "
              "posts), an original and sometimes a revised completion date, and two RAG columns; "
              "the current RAG column carries only a fill colour, which is the status.",
        title=title, actions=acts)
    return name, len(acts)


# ============================================================================ 3. XLSX risk register
def build_mansfield_crr():
    name = "gt2-mansfield-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Mansfield District Council – Corporate Risk Register Quarter 3 2025/26"
    risks = [
        ("CR01 – Financial Sustainability", "Director of Resources (S151 Officer)", 20, 16, "↔", [
            A("1.1", None, "Deliver the 2026/27 budget savings programme of £1.9m, with monthly "
              "tracking at CLT.", ["Head of Finance"], "2026-02", "green",
              own="Head of Finance", due="28/02/2026", st="On track",
              upd="£1.4m identified and in the draft budget; remaining £0.5m options to CLT "
                  "in January."),
            A("1.2", None, "Refresh the Medium Term Financial Strategy to reflect the Fair Funding "
              "Review 2.0 settlement.", ["Director of Resources"], "2026-02", "green",
              own="Director of Resources", due="Feb-26", st="On track",
              upd="Provisional settlement received 17 December; modelling under way."),
        ]),
        ("CR02 – Cyber Security and Business Continuity", "Head of ICT", 16, 12, "↓", [
            A("2.1", None, "Complete the IT health check and remediate all critical "
              "vulnerabilities.", ["ICT Infrastructure Manager"], "2025-11", "blue",
              own="ICT Infrastructure Manager", due="30/11/2025", st="Complete",
              upd="All critical and high findings closed; retest passed 24/11/2025."),
            A("2.2", None, "Run a council-wide cyber incident exercise with the Extended "
              "Leadership Team.", ["Head of ICT", "Emergency Planning Officer"], "2026-03",
              "amber", own="Head of ICT / Emergency Planning Officer", due="Q4 2025/26",
              st="Behind target",
              upd="Exercise postponed from November owing to the election; new date to be set."),
        ]),
        ("CR03 – Housing Stock Compliance", "Director of Housing and Assets", 20, 15, "↔", [
            A("3.1", None, "Complete outstanding fire risk assessment actions on the 12 high-rise "
              "and sheltered schemes.", ["Head of Asset Management"], "2026-03", "amber",
              own="Head of Asset Management", due="31/03/2026", st="Behind target",
              upd="61 of 94 actions complete; contractor capacity issue escalated."),
            A("3.2", None, "Implement the damp and mould case management process required by "
              "Awaab's Law.", ["Head of Housing Management"], "2025-10", "blue",
              own="Head of Housing Management", due="27/10/2025", st="Complete",
              upd="Process live from 27 October; weekly reporting to housing DMT."),
            A("3.3", None, "Complete stock condition surveys for 100% of council homes.",
              ["Head of Asset Management"], "2026-12", "green",
              own="Head of Asset Management", due="Dec-26", st="On track",
              upd="42% surveyed to date (2,731 homes)."),
        ]),
        ("CR04 – Workforce Capacity and Recruitment", "Head of HR", 16, 12, "↔", [
            A("4.1", None, "Launch the 'Grow Our Own' apprenticeship and graduate scheme for "
              "hard-to-fill professional roles.", ["Head of HR"], "2025-09", "blue",
              own="Head of HR", due="Sep-25", st="Complete",
              upd="Scheme launched September; 9 apprentices and 2 graduate planners started."),
            A("4.2", None, "Review market supplements for planning, legal and building control "
              "posts.", ["Head of HR", "Head of Planning"], "2026-03", "unrated",
              own="Head of HR / Head of Planning", due="March 2026", st="Not started",
              upd="Scheduled to start in January after pay award is settled."),
        ]),
        ("CR05 – Local Government Reorganisation", "Chief Executive", 16, 16, "↑", [
            A("5.1", None, "Maintain a programme plan and risk log for the transition to the new "
              "unitary council, reporting to Council monthly.",
              ["Chief Executive", "Monitoring Officer"], None, "green", end_text="Ongoing",
              own="Chief Executive; Monitoring Officer", due="Ongoing", st="On track",
              upd="Government decision on Nottinghamshire proposals expected spring 2026."),
        ]),
    ]
    stfill = {"Complete": BLUE, "On track": GREEN, "Behind target": AMBER, "Not started": GREY}

    def scorefill(s):
        return RED if s >= 15 else (AMBER if s >= 8 else GREEN)

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ncol = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Period: October – December 2025. Reported to Audit Committee, 26 January 2026.")
    heads = ["Risk", "Risk Owner", "Inherent Score", "Residual Score", "Direction of Travel",
             "Ref", "Further Mitigating Action", "Action Owner", "Target Date", "Action Status",
             "Q3 Update"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = xfill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    acts = []
    for rtitle, rowner, inh, res, dot, items in risks:
        start = r
        for a in items:
            a["under"] = [rtitle]
            acts.append(a)
            vals = [a["ref"], a["action"], a["own"], a["due"], a["st"], a["upd"]]
            for c, v in enumerate(vals, start=6):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 10).fill = xfill(stfill[a["st"]])
            r += 1
        end = r - 1
        for c, v in enumerate([rtitle, rowner, inh, res, dot], start=1):
            ws.cell(start, c, v).alignment = WRAP
            if end > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
            for rr in range(start, end + 1):
                ws.cell(rr, c).border = BOX
        ws.cell(start, 1).font = Font(bold=True)
        ws.cell(start, 3).fill = xfill(scorefill(inh))
        ws.cell(start, 4).fill = xfill(scorefill(res))
    r += 1
    ws.cell(r, 1, "Risk scoring: Likelihood (1–5) x Impact (1–5). 15–25 High (red); 8–12 Medium "
                  "(amber); 1–6 Low (green).")
    r += 1
    ws.cell(r, 1, "Action status: Complete (blue); On track (green); Behind target (amber); "
                  "Not started (grey).")
    r += 1
    ws.cell(r, 1, "Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk reducing.")
    for col, w in zip("ABCDEFGHIJK", (26, 22, 9, 9, 9, 6, 50, 26, 13, 13, 45)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Corporate risks – summary of residual scores"
    sm["A1"].font = Font(bold=True)
    for c, h in enumerate(["Risk", "Q2 2025/26", "Q3 2025/26", "Direction of Travel"], start=1):
        sm.cell(3, c, h).font = Font(bold=True)
    q2 = {"CR01": 16, "CR02": 16, "CR03": 15, "CR04": 12, "CR05": 12}
    for i, (rtitle, _o, _i, res, dot, _items) in enumerate(risks, start=4):
        sm.cell(i, 1, rtitle)
        sm.cell(i, 2, q2[rtitle[:4]]).fill = xfill(scorefill(q2[rtitle[:4]]))
        sm.cell(i, 3, res).fill = xfill(scorefill(res))
        sm.cell(i, 4, dot)
    n = 4 + len(risks)
    sm.cell(n + 1, 1, "High (red)")
    sm.cell(n + 1, 3, sum(1 for x in risks if x[3] >= 15))
    sm.cell(n + 2, 1, "Medium (amber)")
    sm.cell(n + 2, 3, sum(1 for x in risks if 8 <= x[3] < 15))
    sm.cell(n + 3, 1, "Low (green)")
    sm.cell(n + 3, 3, sum(1 for x in risks if x[3] < 8))
    sm.column_dimensions["A"].width = 45
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source="Imitates district council corporate/strategic risk registers reported quarterly "
               "to audit committees (e.g. the Q3 registers of Nottinghamshire districts, "
               "2024-26; no single URL copied). Copied features: risk title, risk owner, inherent "
               "and residual scores with score-band fill, direction-of-travel arrows, risk cells "
               "merged down over their further mitigating actions, a separate action owner, "
               "target date, an action status word with fill colour, key lines under the table "
               "and a summary sheet of residual scores.",
        reads="A corporate risk register for Q3 2025/26 with five risks; each risk's cells are "
              "merged over one to three further mitigating actions (ten in all). The action "
              "owner, target date and action status belong to each action; the risk owner and "
              "red/amber score fills belong to the risk, not to the action's status.",
        title=title, actions=acts)
    return name, len(acts)


# ============================================================================ 4. XLSX CSP refuse
def build_wirral_csp_refuse():
    name = "gt2-wirral-community-safety-partnership-plan-2025-26-typo-month-refuse.xlsx"
    title = "Wirral Community Safety Partnership – Community Safety Strategy Delivery Plan 2025/26"
    plan = [
        ("Priority 1: Reducing serious violence and knife crime",),
        ("1.1", "Deliver the Serious Violence Duty strategy actions for 2025/26, including "
                "hot-spot policing in Birkenhead and Liscard.", "Merseyside Police",
         "Wirral Council; Youth Justice Service", "March 2026",
         "Hot-spot patrols in place from May.", "Knife crime down 9% on the same period last year.",
         "Green"),
        ("1.2", "Extend the Navigator programme in Arrowe Park Hospital A&E to weekends.",
         "Wirral Council – Community Safety Team", "Wirral University Teaching Hospital",
         "Sept 2025", "Funding confirmed by Merseyside VRP.",
         "Weekend cover started 6 September.", "Complete"),
        ("1.3", "Deliver knife crime education sessions in all Wirral secondary schools.",
         "Youth Justice Service Manager", "Schools; Merseyside Police", "July 2026",
         "Programme agreed with headteachers.", "14 of 22 schools booked for autumn term.",
         "Green"),
        ("Priority 2: Tackling domestic abuse and violence against women and girls",),
        ("2.1", "Commission a single domestic abuse support service for victims and children from "
                "April 2026.", "Head of Commissioning / Domestic Abuse Partnership Manager",
         "Wirral Domestic Abuse Alliance", "Jan-26", "Market engagement event held.",
         "Tender published 15 August; evaluation in October.", "Green"),
        ("2.2", "Roll out the Safe Night Out scheme and Ask for Angela training to licensed "
                "premises in the night-time economy.", "Licensing Manager",
         "Merseyside Police; Pubwatch", "Dec 2025", "Training package agreed.",
         "38 premises trained; uptake lower in West Kirby.", "Amber"),
        ("Priority 3: Anti-social behaviour and neighbourhood safety",),
        ("3.1", "Introduce the ASB Case Review (Community Trigger) online form and publish "
                "outcome data each quarter.", "ASB Team Manager", "Housing providers",
         "Oct 2025", "Form designed.", "Form live 1 October.", "Complete"),
        ("3.2", "Use Public Spaces Protection Orders and joint patrols to tackle off-road "
                "motorbike nuisance in Leasowe and Moreton.", "ASB Team Manager",
         "Merseyside Police; Magenta Living", "Novmber 2025",
         "PSPO consultation opened.", "Consultation closed; report to Cabinet in November.",
         "Amber"),
        ("Priority 4: Reducing drug and alcohol related harm",),
        ("4.1", "Expand the Combating Drugs Partnership's treatment referral route from police "
                "custody.", "Director of Public Health", "Merseyside Police; Wirral Ways to "
                                                          "Recovery",
         "March 2026", "Custody referral pathway agreed.",
         "Referrals up from 31 to 52 in the quarter.", "Green"),
        ("4.2", "Deliver Drug and Alcohol Awareness Week activity with partners and local "
                "businesses.", "Public Health Lead – Substance Misuse", "Wirral Ways to Recovery",
         "Feb 2026", "—", "Planning group set up.", "Green"),
    ]
    ragfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Quarter 2 update (July – September 2025)"
    heads = ["No.", "What we will do", "Lead", "Partners", "By when", "Q1 update", "Q2 update",
             "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = xfill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    typo_row = None
    n_actions = 0
    for p in plan:
        if len(p) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1, p[0]).font = Font(bold=True, color="FFFFFFFF")
            ws.cell(r, 1).fill = xfill("1F4E78")
        else:
            n_actions += 1
            for c, v in enumerate(p, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 8).fill = xfill(ragfill[p[7]])
            if p[4] == "Novmber 2025":
                typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: Green – on track; Amber – some slippage; Red – not on track; "
                  "Complete – action delivered.")
    for col, w in zip("ABCDEFGH", (6, 55, 30, 30, 14, 35, 40, 10)):
        ws.column_dimensions[col].width = w

    pf = wb.create_sheet("Performance")
    pf["A1"] = "Partnership performance indicators – Q2 2025/26"
    pf["A1"].font = Font(bold=True)
    rows = [("Indicator", "Q2 2024/25", "Q2 2025/26", "Change"),
            ("Knife crime offences", 112, 102, "-9%"),
            ("Domestic abuse incidents (police)", 1876, 1921, "+2%"),
            ("ASB incidents reported", 2410, 2198, "-9%"),
            ("Adults in drug treatment from custody referral", 31, 52, "+68%")]
    for i, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            pf.cell(i, c, v)
    pf.column_dimensions["A"].width = 48
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None
    write_expected(
        name,
        source="Imitates community safety partnership delivery plans published with CSP "
               "strategies in 2024-26 (priority rows, 'What we will do', lead and partner "
               "columns, 'By when', quarterly update columns and a RAG column with fill; a "
               "performance indicators sheet). No single URL copied.",
        reads="A CSP delivery plan of nine actions under four priorities. Action 3.2's 'By when' "
              "cell reads 'Novmber 2025', a mistyped month; a careful reader stops at that row "
              "and asks rather than guessing the date.",
        title=title, actions=[], outcome="refuse", refuse_at=typo_row)
    return name, n_actions


# ============================================================================ 5. DOCX SAR
def build_greenwich_sar():
    name = "gt2-royal-greenwich-sab-sar-mr-k-action-plan.docx"
    title = "Royal Greenwich Safeguarding Adults Board – Safeguarding Adults Review ‘Mr K’ " \
            "Action Plan"
    TH1 = "Theme 1: Self-neglect and fire risk"
    TH2 = "Theme 2: Mental capacity and hospital discharge"
    R1 = ("Recommendation 1: The SAB should seek assurance that partner agencies are using the "
          "multi-agency self-neglect and hoarding protocol, and that practitioners understand when "
          "to escalate cases where risk remains high.")
    R2 = ("Recommendation 2: Agencies should ensure that fire risk is routinely considered where "
          "self-neglect, smoking and reduced mobility are present, making use of the London Fire "
          "Brigade Home Fire Safety Visit referral pathway.")
    R3 = ("Recommendation 3: Partner agencies should assure the SAB that staff assessing mental "
          "capacity consider executive functioning, and record how decisions were tested against "
          "the person’s actions.")
    R4 = ("Recommendation 4: The SAB should seek assurance from Lewisham and Greenwich NHS Trust "
          "that discharge planning for people who self-neglect includes a multi-agency discharge "
          "meeting where risks have been identified.")
    sections = [
        (TH1, [
            (R1, [
                A("1.1", [TH1, R1], "Relaunch the self-neglect and hoarding protocol through a "
                  "7-minute briefing and a practitioner webinar.", ["SAB Business Manager"],
                  "2024-10", "blue", lead_cell="SAB Business Manager", date="October 2024",
                  upd="Webinar held 17/10/2024 (142 attendees); briefing on the SAB website.",
                  rag="Complete"),
                A("1.2", [TH1, R1], "Audit a sample of 20 self-neglect section 42 enquiries to "
                  "test use of the protocol and escalation to the High Risk Panel.",
                  ["Royal Greenwich ASC – Principal Social Worker"], "2025-03", "green",
                  end_text="Jan – March 2025",
                  lead_cell="Royal Greenwich ASC – Principal Social Worker",
                  date="Jan – March 2025", upd="Audit tool agreed; cases selected.", rag="Green"),
            ]),
            (R2, [
                A("2.1", [TH1, R2], "Add a fire risk prompt to the ASC assessment and review forms "
                  "in the case management system.", ["ASC Systems Team Manager"], "2025-03",
                  "green", lead_cell="ASC Systems Team Manager", date="31/03/2025",
                  upd="Change request approved; testing in February.", rag="Green"),
                A("2.2", [TH1, R2], "Deliver joint London Fire Brigade and ASC training on fire "
                  "risk in people who self-neglect.",
                  ["London Fire Brigade", "Royal Greenwich ASC"], "2025-02", "amber",
                  lead_cell="London Fire Brigade / Royal Greenwich ASC", date="February 2025",
                  upd="First session cancelled (LFB availability); rebooked for 24 February.",
                  rag="Amber"),
                A("2.3", [TH1, R2], "Ensure home care providers report fire safety concerns "
                  "(e.g. smoking in bed, burn marks) through the provider concerns route.",
                  ["Head of Commissioning – Adults"], None, "green", end_text="Ongoing",
                  lead_cell="Head of Commissioning – Adults", date="Ongoing",
                  upd="Added to provider forum agenda; contract monitoring checks in place.",
                  rag="Green"),
            ]),
        ]),
        (TH2, [
            (R3, [
                A("3.1", [TH2, R3], "Include executive functioning in the refreshed multi-agency "
                  "MCA training offer.", ["Oxleas MCA Lead", "RBG MCA Lead"], "2025-04", "green",
                  lead_cell="Oxleas MCA Lead / RBG MCA Lead", date="April 2025",
                  upd="Training content drafted and shared with the Learning and Development "
                      "Subgroup.", rag="Green"),
                A("3.2", [TH2, R3], "Undertake a multi-agency audit of MCA assessments for adults "
                  "who self-neglect.", ["SAB Quality and Performance Subgroup Chair"], "2025-09",
                  "unrated", lead_cell="SAB Quality and Performance Subgroup Chair",
                  date="September 2025", upd="To start after action 1.2 audit reports.",
                  rag="Not started"),
            ]),
            (R4, [
                A("4.1", [TH2, R4], "Revise the complex discharge policy to require a "
                  "multi-agency discharge meeting where self-neglect risks are identified.",
                  ["Lewisham and Greenwich NHS Trust – Head of Patient Flow"], "2024-12", "blue",
                  lead_cell="Lewisham and Greenwich NHS Trust – Head of Patient Flow",
                  date="Dec-24", upd="Revised policy ratified 10 December 2024.",
                  rag="Complete"),
                A("4.2", [TH2, R4], "Report discharge audit findings to the SAB Health "
                  "Subgroup.", ["LGT Deputy Chief Nurse"], "2025-06", "amber",
                  lead_cell="LGT Deputy Chief Nurse", date="June 2025",
                  upd="Audit delayed by winter pressures; date revised from March.",
                  rag="Amber"),
            ]),
        ]),
    ]
    ragshade = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Review published: July 2024. Action plan progress update: "
                          "December 2024.")
    p.runs[0].italic = True

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        bold_cell(c, h)
    for row in (("0.1", "05/08/2024", "SAB Business Manager", "Draft for SAR Subgroup"),
                ("1.0", "12/09/2024", "SAB Business Manager", "Agreed by SAR Subgroup"),
                ("1.3", "09/12/2024", "SAB Business Officer", "Progress update for the Board")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph("Background", style="Heading 2")
    doc.add_paragraph(
        "Mr K was a 71-year-old man who lived alone in a council flat. He had long-standing "
        "self-neglect, smoked heavily and had limited mobility. He died following a fire at his "
        "home in 2023, twelve days after discharge from hospital. The Board commissioned a "
        "Safeguarding Adults Review under section 44 of the Care Act 2014. The review made four "
        "recommendations, which partner agencies have responded to in the plan below.")

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for lab, col, txt in (("Complete", BLUE, "Action complete and evidence provided to the SAR "
                                             "Subgroup"),
                          ("Green", GREEN, "On track"),
                          ("Amber", AMBER, "Some delay – revised date agreed"),
                          ("Red", RED, "Significant delay or no update received")):
        cells = k.add_row().cells
        cells[0].text = lab
        shade(cells[0], col)
        cells[1].text = txt

    heads = ("No.", "Action", "Lead", "Target date", "Progress update (December 2024)", "RAG")
    for theme, recs in sections:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(m, rec)
            shade(m, "D9E2F3")
            for c, h in zip(t.rows[1].cells, heads):
                bold_cell(c, h)
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (a["ref"], a["action"], a["lead_cell"], a["date"],
                                        a["upd"], a["rag"])):
                    c.text = v
                if a["rag"] in ragshade:
                    shade(cells[5], ragshade[a["rag"]])
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ("Agreed by", "Role", "Date")):
        bold_cell(c, h)
    for c, v in zip(s.rows[1].cells, ("Independent Chair", "Royal Greenwich SAB", "12/12/2024")):
        c.text = v
    doc.save(os.path.join(HERE, name))

    allacts = [a for _t, recs in sections for _r, acts in recs for a in acts]
    write_expected(
        name,
        source="Imitates London safeguarding adults board SAR action plans published with SAR "
               "reports in 2023-25 (a self-neglect / fire death review). Copied features: title "
               "and review date line, document control table, background paragraph, RAG key "
               "table, a heading per theme and one Word table per recommendation with the "
               "recommendation in a merged shaded first row above numbered actions, a shaded RAG "
               "cell with its word, and a sign-off table. No single URL copied.",
        reads="A SAB action plan for the Mr K review: four recommendations under two themes, "
              "each in its own table with two or three actions (nine in all). Each action has a "
              "lead agency or post, a target date (a month, a period or 'Ongoing'), a progress "
              "update and a RAG word.",
        title=title, actions=allacts)
    return name, len(allacts)


# ============================================================================ 6. DOCX highlight
def build_bolton_highlight():
    name = "gt2-bolton-council-transformation-programme-highlight-report.docx"
    title = "Bolton Council Transformation Programme – Highlight Report"
    WA = "Workstream A: Customer Experience and Digital"
    WB = "Workstream B: Adult Social Care Demand Management"
    WC = "Workstream C: Children's Placement Sufficiency"
    WD = "Workstream D: Workforce and Ways of Working"
    ws = [
        (WA, "Amber", [
            A("A1", [WA], "Launch the new customer portal with online reporting for waste, "
              "highways and council tax.", ["Head of Customer Services"], "2025-09", "blue",
              own="Head of Customer Services", base="Sep-25", fc="Sep-25", st="Complete",
              com="Live 22 September; 6,140 accounts created in first eight weeks."),
            A("A2", [WA], "Migrate the contact centre telephony to the cloud contact platform.",
              ["Head of ICT", "Head of Customer Services"], "2026-02", "amber",
              own="Head of ICT / Head of Customer Services", base="Oct-25", fc="Feb-26", st="A",
              com="Supplier delay on number porting; new go-live agreed for February."),
            A("A3", [WA], "Introduce AI-assisted triage for the revenues and benefits email "
              "inbox.", ["Assistant Director – Digital and Data"], "2026-01", "green",
              own="Assistant Director – Digital and Data", base="Jan-26", fc="Jan-26", st="G",
              com="Data protection impact assessment signed off."),
        ]),
        (WB, "Red", [
            A("B1", [WB], "Expand the reablement service to 120 starts per month.",
              ["Assistant Director – Adult Social Care Operations"], "2026-03", "red",
              own="Assistant Director – Adult Social Care Operations", base="Dec-25",
              fc="Mar-26", st="R",
              com="Averaging 86 starts; 9 reablement support worker vacancies."),
            A("B2", [WB], "Implement the strengths-based practice framework across all locality "
              "teams.", ["Principal Social Worker (Adults)"], "2025-11", "green",
              own="Principal Social Worker (Adults)", base="Nov-25", fc="Nov-25", st="G",
              com="Final two teams trained this month."),
            A("B3", [WB], "Review all high-cost placements through the placement review panel.",
              ["Head of Commissioning"], None, "green", end_text="Ongoing",
              own="Head of Commissioning", base="Ongoing", fc="Ongoing", st="G",
              com="41 reviews completed; £0.6m full-year saving."),
        ]),
        (WC, "Amber", [
            A("C1", [WC], "Open the second in-house children's home (4 beds) at the Westhoughton "
              "site.", ["Head of Children's Provider Services"], "2026-04", "amber",
              own="Head of Children's Provider Services", base="Jan-26", fc="Apr-26", st="A",
              com="Building works complete; Ofsted registration visit awaited."),
            A("C2", [WC], "Recruit 15 additional foster carers through the Fostering Bolton "
              "campaign.", ["Fostering Service Manager"], "2026-03", "green",
              own="Fostering Service Manager", base="Mar-26", fc="Mar-26", st="G",
              com="7 approved, 6 in assessment."),
        ]),
        (WD, "Green", [
            A("D1", [WD], "Consult on the revised senior management structure.",
              ["Chief Executive", "Director of Corporate Resources"], "2025-10", "blue",
              own="Chief Executive; Director of Corporate Resources", base="Oct-25", fc="Oct-25",
              st="Complete", com="Consultation closed 31 October; appointments under way."),
            A("D2", [WD], "Complete the accommodation review and release two floors of the Town "
              "Hall annexe.", ["Head of Property Services"], "2026-06", "amber",
              own="Head of Property Services", base="Mar-26", fc="Jun-26", st="A",
              com="Tenant for released floors not yet confirmed."),
        ]),
    ]
    stshade = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in (("Reporting period", "November 2025"),
                 ("Senior Responsible Owner", "Director of Corporate Resources"),
                 ("Programme Manager", "Head of Transformation"),
                 ("Report to", "Transformation Board, 9 December 2025"),
                 ("Overall programme RAG", "Amber")):
        cells = tb.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    shade(tb.rows[4].cells[1], AMBER)

    doc.add_paragraph("Programme summary", style="Heading 1")
    doc.add_paragraph(
        "The programme remains Amber overall. £4.2m of the £6.5m 2025/26 savings target is "
        "banked and a further £1.1m is forecast. Reablement capacity (Workstream B) is the main "
        "risk to the adult social care savings and is rated Red; a recovery plan is at "
        "Appendix 1.")
    doc.add_paragraph(
        "Status key: Complete (blue) – milestone delivered; G – on track; A – forecast date "
        "later than baseline, within tolerance; R – off track, exception report required.")

    heads = ("Ref", "Milestone / Action", "Owner", "Baseline Date", "Forecast Date", "Status",
             "Commentary")
    for wname, wrag, acts in ws:
        doc.add_paragraph(wname, style="Heading 1")
        doc.add_paragraph(f"Workstream RAG: {wrag}")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            bold_cell(c, h)
            shade(c, "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (a["ref"], a["action"], a["own"], a["base"], a["fc"], a["st"],
                                    a["com"])):
                c.text = v
            shade(cells[5], stshade[a["st"]])

    doc.add_paragraph("Financial benefits 2025/26", style="Heading 1")
    fb = doc.add_table(rows=1, cols=4)
    fb.style = "Table Grid"
    for c, h in zip(fb.rows[0].cells, ("Workstream", "Target £m", "Banked £m", "Forecast £m")):
        bold_cell(c, h)
    for row in (("A", "1.2", "0.9", "0.3"), ("B", "2.6", "1.4", "0.4"), ("C", "1.5", "0.8", "0.3"),
                ("D", "1.2", "1.1", "0.1"), ("Total", "6.5", "4.2", "1.1")):
        cells = fb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("Decisions required from the Transformation Board", style="Heading 1")
    doc.add_paragraph("The Board is asked to note the revised forecast dates for A2, B1, C1 and "
                      "D2 and to approve the Workstream B recovery plan at Appendix 1.")
    doc.save(os.path.join(HERE, name))

    allacts = [a for _w, _r, acts in ws for a in acts]
    write_expected(
        name,
        source="Imitates council transformation programme highlight reports taken to "
               "transformation boards and cabinet in 2024-26 (programme title block, overall RAG, "
               "summary, one milestone table per workstream with baseline and forecast dates and "
               "a shaded status cell, financial benefits table with a total row, decisions "
               "required). No single URL copied.",
        reads="A monthly highlight report for Bolton Council's transformation programme: four "
              "workstreams, each a heading with its own workstream RAG line and a table of two or "
              "three milestones (ten in all). The forecast date is the revised date; status is "
              "the shaded letter or 'Complete' as the key under the summary defines.",
        title=title, actions=allacts)
    return name, len(allacts)


# ============================================================================ 7. TXT DHR
def build_dudley_dhr_txt():
    name = "gt2-dudley-csp-dhr-rose-action-plan.txt"
    title = "Dudley Community Safety Partnership – Domestic Homicide Review ‘Rose’ – Action Plan"
    R1 = ("1. Dudley CSP to seek assurance that partner agencies ask about domestic abuse "
          "routinely where an older person is cared for by a family member.")
    R2 = ("2. West Midlands Police to review how repeat calls from the same address involving an "
          "older victim are identified and risk assessed.")
    R3 = ("3. The Dudley Group NHS Foundation Trust and primary care to ensure that injuries in "
          "older patients are explored for possible domestic abuse, with safe enquiry away from "
          "the carer.")
    R4 = ("4. Dudley CSP to share the learning from this review with the Black Country DHR "
          "network and the Home Office.")
    R5 = ("5. Agencies to ensure practitioners consider the carer's assessment duty and the "
          "safeguarding duty together where the carer may also be the abuser.")
    recs = [
        (R1, "Local", [
            A(None, [R1], "Deliver a briefing on domestic abuse of older people and "
              "carer-perpetrated abuse to adult social care and primary care staff.",
              ["Dudley Council Community Safety Team",
               "Dudley Integrated Health and Care NHS Trust"], "2025-02", "blue",
              lead_cell="Dudley Council Community Safety Team / Dudley Integrated Health and Care "
                        "NHS Trust",
              ms="Briefing signed off by panel Nov 2024; 3 sessions delivered Jan–Feb 2025.",
              tgt="28/02/2025", done="Completed 26/02/2025 – 164 staff attended.", rag="Blue"),
            A(None, [R1], "Add routine enquiry about domestic abuse to the carer's assessment "
              "template.", ["Dudley Council Adult Social Care"], "2025-06", "green",
              lead_cell="Dudley Council Adult Social Care",
              ms="Template wording drafted; system change request raised.", tgt="June 2025",
              done="", rag="Green"),
        ]),
        (R2, "Regional", [
            A(None, [R2], "Include age-related vulnerability in the repeat-caller flag on the "
              "command and control system.", ["West Midlands Police"], "2025-09", "amber",
              lead_cell="West Midlands Police",
              ms="Force-wide change agreed by the Contact Centre Superintendent",
              cont="(implementation deferred to align with the system upgrade)",
              tgt="Sept 2025", done="", rag="Amber"),
        ]),
        (R3, "Local", [
            A(None, [R3], "Update the ED safeguarding adults screening tool to include a prompt "
              "for unexplained injuries in patients over 65.", ["The Dudley Group NHS FT"],
              "2024-12", "blue", lead_cell="The Dudley Group NHS FT",
              ms="Prompt live on the electronic patient record from 02/12/2024.",
              tgt="Dec 2024", done="Completed December 2024; compliance audit due Q1 2025/26.",
              rag="Blue"),
            A(None, [R3], "Deliver a GP safeguarding leads forum session on enquiring safely "
              "about abuse when a carer is present.",
              ["NHS Black Country ICB – Designated Nurse Safeguarding Adults"], "2025-06",
              "green",
              lead_cell="NHS Black Country ICB – Designated Nurse Safeguarding Adults",
              ms="Session planned for the June forum.", tgt="Q1 2025/26", done="", rag="Green"),
        ]),
        (R4, "Regional / National", [
            A(None, [R4], "Publish the overview report and executive summary once approved by "
              "the Home Office Quality Assurance Panel.", ["DHR Coordinator"], None, "green",
              end_text="Following Home Office approval", lead_cell="DHR Coordinator",
              ms="Submitted to the Home Office 03/03/2025.",
              tgt="Following Home Office approval", done="", rag="Green"),
            A(None, [R4], "Present a learning briefing to the Black Country DHR network.",
              ["Community Safety Manager"], "2025-07", "green",
              lead_cell="Community Safety Manager", ms="Slot agreed at July network meeting.",
              tgt="July 2025", done="", rag="Green"),
        ]),
        (R5, "Local", [
            A(None, [R5], "Amend the Dudley Safeguarding People Partnership multi-agency "
              "procedures on carers who harm.", ["DSPP Business Manager"], "2025-03", "red",
              lead_cell="DSPP Business Manager",
              ms="Draft not yet received from the procedures provider.", tgt="31/03/2025",
              done="", rag="Red"),
            A(None, [R5], "Include a case study from this review in the carers' awareness "
              "e-learning module.", ["Dudley Council Workforce Development"], "2025-08",
              "green", lead_cell="Dudley Council Workforce Development",
              ms="Case study written and agreed with the family.", tgt="Aug-25", done="",
              rag="Green"),
        ]),
    ]
    lines = [title, "Updated for the DHR Standing Panel, 14 May 2025", ""]
    lines.append("\t".join(["Recommendation", "Scope (local/regional/national)", "Action to take",
                            "Lead agency", "Key milestones achieved in enacting recommendation",
                            "Target date", "Date of completion and outcome", "RAG"]))
    acts = []
    for rec, scope, items in recs:
        for i, a in enumerate(items):
            acts.append(a)
            lines.append("\t".join([rec if i == 0 else "", scope if i == 0 else "", a["action"],
                                    a["lead_cell"], a["ms"], a["tgt"], a["done"], a["rag"]]))
            if a.get("cont"):
                lines.append("\t".join(["", "", "", "", a["cont"], "", "", ""]))
    lines += ["", "RAG: Blue = completed; Green = on track; Amber = delayed, revised date agreed; "
                  "Red = overdue or no update", ""]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines))
    write_expected(
        name,
        source="Imitates the Home Office DHR action plan template (Recommendation; Scope of "
               "recommendation; Action to take; Lead agency; Key milestones achieved in enacting "
               "recommendation; Target date; Date of completion and outcome) as used by "
               "community safety partnerships publishing DHR reports in 2023-25, with a local "
               "RAG column, exported from Excel as tab-delimited text. The recommendation and "
               "scope cells are written only on the first action row of each recommendation; "
               "one milestones cell wraps onto a continuation line.",
        reads="A DHR action plan (tab-separated text) with five numbered recommendations and "
              "nine actions with no action numbers. Each action row gives lead agencies, "
              "milestones, a target date, completion notes and a RAG word; the recommendation "
              "applies to the blank-recommendation rows below it, and the one line holding only "
              "milestone text continues the row above.",
        title=title, actions=acts)
    return name, len(acts)


if __name__ == "__main__":
    for fn in (build_ncl_icb_csv, build_royal_surrey_maternity, build_mansfield_crr,
               build_wirral_csp_refuse, build_greenwich_sar, build_bolton_highlight,
               build_dudley_dhr_txt):
        n, k = fn()
        print(f"{n}: {k} actions")
