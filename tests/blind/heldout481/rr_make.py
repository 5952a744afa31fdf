"""Build the seven rr- blind cases of heldout481 (data files and their expected readings).

Run with /work/main/.venv/bin/python rr_make.py from any directory; files are written beside
this script. Only files whose names start with rr- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
FILL = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE}

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def path(name):
    assert name.startswith("rr-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(Lit, _lit)


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   accept_refusal=False, refuse_at=None):
    doc = {"source": Lit(source), "reads": Lit(reads), "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Bath Spa University – strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def bath_spa():
    name = "rr-bath-spa-university-strategic-risk-register-2025-26.xlsx"
    title = "Bath Spa University – Strategic Risk Register 2025/26"
    risks = [
        ("SR1 Student recruitment: home and international recruitment falls below the "
         "targets in the financial plan", "Pro Vice-Chancellor (Education)", "4 x 4 = 16",
         "20", "16", "12", "↔"),
        ("SR2 Financial sustainability: the University does not generate the surplus "
         "needed to invest in its estate and digital infrastructure", "Chief Financial Officer",
         "4 x 5 = 20", "25", "20", "12", "↑"),
        ("SR3 Regulatory compliance: the University fails to meet one or more OfS "
         "conditions of registration", "University Secretary", "2 x 5 = 10", "15", "10", "5",
         "↓"),
        ("SR4 Cyber security: a cyber attack or major IT failure disrupts teaching, research "
         "or business operations", "Chief Operating Officer", "3 x 5 = 15", "20", "15", "10",
         "↔"),
    ]
    # ref, action, lead(text), target, revised, status word, fill, progress,
    # expected lead, end, end_text, status
    acts = [
        (0, "1.1", "Deliver the 2026 entry undergraduate recruitment campaign, with targeted "
         "activity in Bristol, the South West and South Wales",
         "Director of Marketing and Student Recruitment", D(2026, 1, 31), None, "On track",
         "green", "Campaign launched at September open days; applications up 6% on the same "
         "point last year (15 October).",
         ["Director of Marketing and Student Recruitment"], "2026-01", None, "green"),
        (0, "1.2", "Review the international agent network and end agreements with agents "
         "recruiting fewer than five students a year", "Director of International Relations",
         D(2025, 10, 31), D(2026, 3, 31), "Slippage", "amber",
         "Review paused during change of Director; revised date agreed by VCEG on 21 October.",
         ["Director of International Relations"], "2026-03", None, "amber"),
        (0, "1.3", "Introduce a January intake for three postgraduate taught programmes",
         "PVC (Education) / Director of Academic Services", D(2025, 9, 30), None, "Complete",
         "blue", "Validated by Academic Board in June 2025; first intake January 2026.",
         ["PVC (Education)", "Director of Academic Services"], "2025-09", None, "blue"),
        (1, "2.1", "Deliver the £4.2m non-pay savings programme approved by the Board of "
         "Governors in July 2025", "Chief Financial Officer", D(2026, 7, 31), None, "On track",
         "green", "£1.9m secured to date; further £0.8m identified in procurement.",
         ["Chief Financial Officer"], "2026-07", None, "green"),
        (1, "2.2", "Complete the estates footprint review, including options for the Newton "
         "Park outbuildings and the Locksbrook campus lease", "Chief Operating Officer",
         D(2026, 3, 31), None, "Not started", None,
         "Consultants to be appointed in December 2025.",
         ["Chief Operating Officer"], "2026-03", None, "unrated"),
        (2, "3.1", "Map each B condition of registration to an evidence owner and report "
         "compliance to Academic Board each term", "Academic Registrar", D(2026, 2, 28),
         D(2026, 4, 30), "Slippage", "amber",
         "Mapping complete for B1–B4; B5 and B6 outstanding.",
         ["Academic Registrar"], "2026-04", None, "amber"),
        (2, "3.2", "Implement the new free speech complaints procedure in line with the OfS "
         "guidance on freedom of speech", "University Secretary and Clerk to the Board",
         D(2025, 8, 1), None, "Complete", "blue",
         "Procedure approved by the Board of Governors on 10 July 2025 and published.",
         ["University Secretary and Clerk to the Board"], "2025-08", None, "blue"),
        (3, "4.1", "Achieve Cyber Essentials Plus certification for the whole University "
         "network", "Chief Information Officer", D(2025, 12, 31), None, "Off track", "red",
         "Remediation of legacy laboratory devices not complete; certification unlikely "
         "before February 2026. Escalated to VCEG.",
         ["Chief Information Officer"], "2025-12", None, "red"),
        (3, "4.2", "Run a tabletop exercise of the major incident plan using a ransomware "
         "scenario, with VCEG members taking part",
         "Chief Information Officer; Head of Resilience and Business Continuity",
         "Twice yearly", None, "On track", "green",
         "First exercise held 16 September 2025; lessons log with CIO.",
         ["Chief Information Officer", "Head of Resilience and Business Continuity"], None,
         "Twice yearly", "green"),
    ]

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Report to the Audit and Risk Committee – 18 November 2025"
    s["A3"] = "Risk register owner: Chief Operating Officer"
    hdr = ["Strategic risk", "Risk owner", "Inherent score", "Residual score (current)",
           "Residual score (previous)", "Target score", "Trend"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    for i, r in enumerate(risks):
        row = 6 + i
        vals = [r[0], r[1], int(r[3]), int(r[4]), int(r[4]), int(r[5]), r[6]]
        if i == 1:
            vals[4] = 16
        for c, v in enumerate(vals, 1):
            cell = s.cell(row=row, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
    s["A11"] = ("Scores are likelihood x impact on a 5 x 5 scale. See the ‘Scoring & key’ "
                "sheet for definitions.")
    s["A11"].font = Font(italic=True)
    s.column_dimensions["A"].width = 70
    s.column_dimensions["B"].width = 30
    for col in "CDEFG":
        s.column_dimensions[col].width = 14

    r = wb.create_sheet("Register")
    r["A1"] = title
    r["A1"].font = Font(bold=True, size=14)
    r["A2"] = "Further mitigating actions – position at 31 October 2025"
    r["A2"].font = Font(italic=True)
    hdr = ["Risk", "Risk owner", "Residual score", "Ref", "Further mitigating action",
           "Action lead", "Target date", "Revised target date", "Action status",
           "Progress update (October 2025)"]
    for c, h in enumerate(hdr, 1):
        cell = r.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    row = 5
    first_row = {}
    for a in acts:
        ri = a[0]
        if ri not in first_row:
            first_row[ri] = row
            r.cell(row=row, column=1, value=risks[ri][0])
            r.cell(row=row, column=2, value=risks[ri][1])
            r.cell(row=row, column=3, value=risks[ri][2])
        vals = [a[1], a[2], a[3], a[4], a[5], a[6], a[8]]
        for c, v in enumerate(vals, 4):
            cell = r.cell(row=row, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if a[7]:
            r.cell(row=row, column=9).fill = fill(FILL[a[7]])
        for c in range(1, 11):
            r.cell(row=row, column=c).border = BOX
            r.cell(row=row, column=c).alignment = WRAP
        row += 1
    last = row - 1
    # merge the risk, owner and score cells down each risk's actions
    rows_by_risk = {}
    rr = 5
    for a in acts:
        rows_by_risk.setdefault(a[0], []).append(rr)
        rr += 1
    for ri, rows in rows_by_risk.items():
        if len(rows) > 1:
            for col in "ABC":
                r.merge_cells(f"{col}{rows[0]}:{col}{rows[-1]}")
    r.cell(row=last + 2, column=1,
           value="Action status key: see ‘Scoring & key’ sheet. Actions closed at the previous "
                 "review have been removed from this register.").font = Font(italic=True)
    widths = {"A": 42, "B": 22, "C": 11, "D": 6, "E": 55, "F": 30, "G": 12, "H": 12, "I": 12,
              "J": 50}
    for k, v in widths.items():
        r.column_dimensions[k].width = v

    k = wb.create_sheet("Scoring & key")
    k["A1"] = "Likelihood and impact scoring"
    k["A1"].font = Font(bold=True)
    rows = [("Score", "Likelihood", "Impact"),
            (1, "Rare (<5%)", "Negligible"),
            (2, "Unlikely (5–25%)", "Minor"),
            (3, "Possible (25–50%)", "Moderate"),
            (4, "Likely (50–80%)", "Major"),
            (5, "Almost certain (>80%)", "Severe")]
    for i, rw in enumerate(rows):
        for c, v in enumerate(rw, 1):
            k.cell(row=2 + i, column=c, value=v).border = BOX
    k["A10"] = "Action status key"
    k["A10"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence provided to the risk owner", BLUE),
           ("On track", "Progressing to plan and expected by the target date", GREEN),
           ("Slippage", "Behind plan; expected to be delivered by the revised target date", AMBER),
           ("Off track", "Will not be delivered without intervention by VCEG", RED),
           ("Not started", "Not yet due to start", None)]
    for i, (w, d, col) in enumerate(key):
        a = k.cell(row=11 + i, column=1, value=w)
        k.cell(row=11 + i, column=2, value=d)
        if col:
            a.fill = fill(col)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 70
    k.column_dimensions["C"].width = 14
    wb.save(path(name))

    expected = [{"ref": a[1], "under": [risks[a[0]][0]], "action": a[2], "lead": a[9],
                 "end": a[10], "end_text": a[11], "status": a[12]} for a in acts]
    write_expected(
        name,
        source=("Bath Spa University, 2025/26, strategic (corporate) risk register as taken to a "
                "university Audit and Risk Committee. Imitates the sector pattern described in "
                "the University of Dundee risk register guidance (dundee.ac.uk/governance/"
                "risk-management) and the Cambridge summary register and controls/further "
                "actions templates: a summary sheet of strategic risks with inherent, residual "
                "and target scores and trend arrows; a register sheet whose risk, owner and "
                "residual score cells are merged down over each risk's further mitigating "
                "actions; original and revised target dates; an action status column coloured "
                "by fill with a status key on a separate scoring sheet."),
        reads=("Three sheets: a summary of four strategic risks (no actions), the register of "
               "nine further mitigating actions grouped under their merged risk cells (SR1–SR4), "
               "and a scoring/status key. Each action has a lead post, a target date and "
               "sometimes a revised date, and a worded, colour-filled status (Slippage is amber "
               "by the key); one action is due ‘Twice yearly’."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Essex Police – HMICFRS vetting, misconduct and misogyny tracker (xlsx, read)
# ---------------------------------------------------------------------------
def essex_police():
    name = "rr-essex-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
    title = "Vetting, Misconduct and Misogyny – HMICFRS Recommendations Tracker"
    S1, S2, S3, S4 = ("1. Vetting", "2. Counter-corruption", "3. Misconduct",
                      "4. Misogyny and predatory behaviour")
    R4 = ("Recommendation 4 – By 30 April 2023, chief constables should review vetting "
          "decisions where adverse information was identified, so that the rationale for "
          "granting clearance is recorded and defensible.")
    R7 = ("Recommendation 7 – By 31 October 2023, chief constables should make sure that all "
          "officers, staff and volunteers have been checked against the Police National "
          "Database (PND).")
    R11 = ("Recommendation 11 – By 31 March 2024, chief constables should make sure their "
           "counter-corruption units have enough capability and capacity to assess intelligence "
           "and pursue investigations.")
    R18 = ("Recommendation 18 – By 31 October 2023, chief constables should make sure that "
           "allegations of sexual misconduct by officers and staff are assessed by a trained "
           "member of the professional standards department.")
    A2 = ("Area for improvement 2 – Forces should improve how they gather and assess "
          "intelligence about misogynistic and predatory behaviour by officers and staff.")
    # (section, rec, ref, action, owner, orig, revised, prev, cur, update, lead, end, end_text,
    #  status)
    acts = [
        (S1, R4, "4.1", "Review all vetting clearances granted between January 2020 and "
         "December 2022 where adverse information was disclosed or found", "Head of Vetting",
         D(2023, 4, 30), D(2023, 12, 31), "A", "B",
         "1,184 files reviewed; 27 referred for a second review; 3 clearances withdrawn. "
         "Closure agreed at PSB June 2024.", ["Head of Vetting"], "2023-12", None, "blue"),
        (S1, R4, "4.2", "Introduce a mandatory decision rationale template for any clearance "
         "granted with adverse information", "Head of Vetting", D(2023, 3, 31), None, "B", "B",
         "Template in use since March 2023; dip-sampled quarterly by the Vetting Manager.",
         ["Head of Vetting"], "2023-03", None, "blue"),
        (S1, R7, "7.1", "Complete a PND check of all officers, staff, special constables and "
         "volunteers, and refer any matches to the Anti-Corruption Unit", "Vetting Manager",
         D(2023, 10, 31), D(2024, 3, 31), "G", "B",
         "All 7,412 records checked; 41 referrals to ACU, all assessed.",
         ["Vetting Manager"], "2024-03", None, "blue"),
        (S2, R11, "11.1", "Recruit two additional intelligence analysts to the "
         "Anti-Corruption Unit", "Det Supt, Professional Standards", D(2024, 3, 31),
         D(2025, 3, 31), "R", "A",
         "One analyst in post from August 2024; second post re-advertised November 2024.",
         ["Det Supt, Professional Standards"], "2025-03", None, "amber"),
        (S2, R11, "11.2", "Buy and deploy software to monitor the use of all force IT devices "
         "and systems", "Head of ACU / Chief Digital Officer", D(2023, 12, 31), D(2025, 6, 30),
         "A", "A", "Joint procurement with Kent Police; contract awarded October 2024. "
         "Roll-out from February 2025.", ["Head of ACU", "Chief Digital Officer"], "2025-06",
         None, "amber"),
        (S3, R18, "18.1", "Amend the misconduct assessment procedure so that every allegation "
         "of sexual misconduct is assessed by a PSD officer of Inspector rank or above",
         "Head of PSD", D(2023, 6, 30), None, "B", "B",
         "Procedure amended and published on the intranet, June 2023.", ["Head of PSD"],
         "2023-06", None, "blue"),
        (S3, R18, "18.2", "Deliver training on the amended procedure to all sergeants, "
         "inspectors and police staff supervisors", "Head of Learning and Development",
         D(2024, 1, 31), D(2025, 3, 31), "A", "R",
         "62% of supervisors trained. Sessions cancelled in December due to abstraction; "
         "recovery plan to PSB in February.", ["Head of Learning and Development"], "2025-03",
         None, "red"),
        (S4, A2, "AFI2.1", "Relaunch the confidential Integrity Line and promote it through the "
         "‘Stand Up, Speak Out’ campaign", "ACC Local Policing; Head of Corporate Communications",
         "Ongoing", None, "G", "G",
         "Relaunched 1 October 2024; 19 reports received in the first quarter.",
         ["ACC Local Policing", "Head of Corporate Communications"], None, "Ongoing", "green"),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Essex Police | Professional Standards Department"
    s["A3"] = ("Report: An inspection of vetting, misconduct, and misogyny in the police service "
               "(HMICFRS, 2 November 2022)")
    s["A4"] = ("Position as at 31 December 2024 – for the Professional Standards Board, "
               "14 January 2025")
    s["A6"] = "Current RAG"
    s["B6"] = "Number of actions"
    for c in ("A6", "B6"):
        s[c].font = Font(bold=True)
        s[c].border = BOX
    counts = {}
    for a in acts:
        counts[a[8]] = counts.get(a[8], 0) + 1
    labels = [("B", "Blue – complete"), ("G", "Green – on track"),
              ("A", "Amber – at risk"), ("R", "Red – overdue")]
    for i, (k_, lab) in enumerate(labels):
        s.cell(row=7 + i, column=1, value=lab).fill = fill(rag_fill[k_])
        s.cell(row=7 + i, column=2, value=counts.get(k_, 0))
    s.cell(row=11, column=1, value="Total").font = Font(bold=True)
    s.cell(row=11, column=2, value=len(acts)).font = Font(bold=True)
    s["A13"] = ("Recommendations addressed to the NPCC, College of Policing and Home Office are "
                "not tracked here.")
    s["A13"].font = Font(italic=True)
    s.column_dimensions["A"].width = 40
    s.column_dimensions["B"].width = 20

    t = wb.create_sheet("Action tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Position as at 31 December 2024"
    hdr = ["Ref", "Action", "Action owner", "Original due date", "Revised due date",
           "Previous RAG (Sep 24)", "Current RAG (Dec 24)", "Update / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = t.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = WRAP
    row = 5
    cur_s = cur_r = None
    for a in acts:
        if a[0] != cur_s:
            cur_s = a[0]
            t.cell(row=row, column=1, value=cur_s).font = Font(bold=True, color="FFFFFF")
            for c in range(1, 9):
                t.cell(row=row, column=c).fill = fill("2F5597")
            t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
        if a[1] != cur_r:
            cur_r = a[1]
            cell = t.cell(row=row, column=1, value=cur_r)
            cell.font = Font(bold=True)
            cell.alignment = WRAP
            for c in range(1, 9):
                t.cell(row=row, column=c).fill = fill("D9E1F2")
            t.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            t.row_dimensions[row].height = 32
            row += 1
        vals = [a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]]
        for c, v in enumerate(vals, 1):
            cell = t.cell(row=row, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        t.cell(row=row, column=6).fill = fill(rag_fill[a[7]])
        t.cell(row=row, column=7).fill = fill(rag_fill[a[8]])
        row += 1
    t.cell(row=row + 1, column=1,
           value="Note: RAG ratings are proposed by action owners and agreed at the "
                 "Professional Standards Board. Blue actions remain on the tracker for one "
                 "quarter after closure.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (9, 55, 28, 12, 12, 10, 10, 50)):
        t.column_dimensions[col].width = w

    k = wb.create_sheet("RAG key")
    key = [("B", "Complete – action delivered and evidence accepted by the Professional "
                 "Standards Board"),
           ("G", "On track to be delivered by the due date"),
           ("A", "At risk – may not be delivered by the due date without further action"),
           ("R", "Overdue, or will not be delivered by the due date")]
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, d) in enumerate(key):
        k.cell(row=2 + i, column=1, value=l).fill = fill(rag_fill[l])
        k.cell(row=2 + i, column=2, value=d)
    k.column_dimensions["B"].width = 90
    wb.save(path(name))

    expected = [{"ref": a[2], "under": [a[0], a[1]], "action": a[3], "lead": a[10],
                 "end": a[11], "end_text": a[12], "status": a[13]} for a in acts]
    write_expected(
        name,
        source=("Essex Police, force tracker (position December 2024) of its response to the "
                "HMICFRS report ‘An inspection of vetting, misconduct, and misogyny in the "
                "police service’ (November 2022); modelled on the PCC responses and force "
                "updates published after that report (e.g. warwickshire-pcc.gov.uk response to "
                "the HMICFRS report) and the HMICFRS May 2023 review-of-progress letter. "
                "Copies a summary sheet with a RAG totals block, section banner rows by report "
                "chapter, merged recommendation / area-for-improvement rows above numbered "
                "actions, original and revised due dates, previous and current RAG letters "
                "with fill, a notes line and a separate RAG key sheet."),
        reads=("A summary sheet (totals by current RAG), then the tracker: four chapter banners "
               "(1. Vetting … 4. Misogyny and predatory behaviour), each with the recommendation "
               "or area for improvement written above its actions (4.1–AFI2.1, eight in all). "
               "The end is the revised due date where one is given, and the status is the "
               "current (December 2024) RAG."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. West Sussex FRS – CRMP delivery highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def wsfrs():
    name = "rr-west-sussex-fire-rescue-service-crmp-delivery-highlight-report.xlsx"
    title = "CRMP 2022–2026 Delivery Highlight Report – Quarter 2 2025/26"
    projects = [
        ("P1 Safe and Well", "Prevention", "P1 Risk-based Safe and Well Visits",
         "Assistant Chief Fire Officer", "Area Manager Prevention", AMBER,
         [("P1.1", "Launch the revised Safe and Well referral criteria with West Sussex Adult "
                   "Social Care and NHS Sussex", "Group Manager Community Safety",
           D(2025, 6, 30), D(2025, 7, 31), BLUE, "Criteria live from 14 July 2025.",
           ["Group Manager Community Safety"], "2025-07", None, "blue"),
          ("P1.2", "Train all wholetime and on-call crews in the revised Safe and Well visit, "
                   "including the falls and frailty questions", "Station Manager Prevention "
                   "Delivery", D(2025, 9, 30), D(2025, 11, 30), AMBER,
           "78% of crews trained; on-call sessions moved to drill nights in October and "
           "November.", ["Station Manager Prevention Delivery"], "2025-11", None, "amber"),
          ("P1.3", "Report the first six months of targeting data to the Prevention Board",
           "Prevention Data Analyst", D(2026, 1, 31), D(2026, 1, 31), GREEN, "On plan.",
           ["Prevention Data Analyst"], "2026-01", None, "green")],
         [("R1", "On-call availability limits training time", "Training delivered on drill "
                 "nights; e-learning module for theory", "Station Manager Prevention Delivery"),
          ("R2", "Referral volumes from partners exceed visit capacity", "Weekly triage of "
                 "referrals by risk score", "Group Manager Community Safety")],
         "Referral criteria launched with partners; 1,240 Safe and Well visits completed in "
         "the quarter, 71% to households in the top two risk bands."),
        ("P4 Protection RBIP", "Protection", "P4 Risk-Based Inspection Programme (RBIP)",
         "Assistant Chief Fire Officer", "Group Manager Protection", RED,
         [("P4.1", "Complete the review of premises risk scoring using the NFCC Premises Risk "
                   "Model", "Group Manager Protection", D(2025, 3, 31), D(2025, 9, 30), BLUE,
           "Model adopted; new scores loaded to CFRMIS in September.",
           ["Group Manager Protection"], "2025-09", None, "blue"),
          ("P4.2", "Recruit and train four Fire Safety Inspectors to the Level 4 Diploma",
           "Group Manager Protection / HR Business Partner", D(2025, 9, 30), "Q4 2025/26", RED,
           "Two of four posts filled after two recruitment rounds; market supplement "
           "proposal going to the Executive Leadership Team.",
           ["Group Manager Protection", "HR Business Partner"], "2026-03", None, "red"),
          ("P4.3", "Inspect all high-rise residential buildings over 18 metres in the county",
           "Station Manager – Business Fire Safety", D(2025, 12, 31), D(2025, 12, 31), GREEN,
           "31 of 38 buildings inspected.", ["Station Manager – Business Fire Safety"],
           "2025-12", None, "green")],
         [("R1", "Loss of qualified inspectors to other services and the private sector",
           "Retention payments under review", "Group Manager Protection")],
         "Premises risk model adopted. High-rise inspections on track."),
        ("P7 Response Standards", "Response", "P7 Emergency Response Standards Review",
         "Deputy Chief Fire Officer", "Area Manager Response", GREEN,
         [("P7.1", "Consult the public and staff on the proposed emergency response standards",
           "Area Manager Response", D(2025, 8, 31), D(2025, 8, 31), BLUE,
           "Consultation closed 29 August 2025; 1,106 responses.", ["Area Manager Response"],
           "2025-08", None, "blue"),
          ("P7.2", "Present the revised emergency response standards to the Fire & Rescue "
                   "Service Scrutiny and Performance Panel", "Chief Fire Officer",
           D(2025, 11, 30), "January 2026", AMBER,
           "Moved to the January Panel so the consultation analysis can be included.",
           ["Chief Fire Officer"], "2026-01", None, "amber"),
          ("P7.3", "Update the Control mobilising policy and the CAD system to report against "
                   "the new standards", "AM Response / Head of Control", D(2026, 3, 31),
           D(2026, 3, 31), None, "Not yet started – depends on P7.2.",
           ["AM Response", "Head of Control"], "2026-03", None, "unrated")],
         [],
         "Consultation completed with a strong response rate."),
    ]

    wb = Workbook()
    o = wb.active
    o.title = "Programme overview"
    o["A1"] = title
    o["A1"].font = Font(bold=True, size=14)
    o["A2"] = "West Sussex Fire & Rescue Service"
    o["A3"] = "Reporting period: 1 July – 30 September 2025"
    o["A4"] = "Prepared for: Fire & Rescue Service Scrutiny and Performance Panel"
    o["A6"] = "Overall programme status"
    o["A6"].font = Font(bold=True)
    o["B6"].fill = fill(AMBER)
    hdr = ["Project", "Workstream", "Sponsor", "Project lead", "Status", "Detail"]
    for c, h in enumerate(hdr, 1):
        cell = o.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
    for i, p in enumerate(projects):
        vals = [p[2], p[1], p[3], p[4], None, f"See sheet ‘{p[0]}’"]
        for c, v in enumerate(vals, 1):
            o.cell(row=9 + i, column=c, value=v).border = BOX
        o.cell(row=9 + i, column=5).fill = fill(p[5])
    o["A13"] = "Key messages"
    o["A13"].font = Font(bold=True)
    o["A14"] = "• All three reported projects have at least one milestone behind its baseline date."
    o["A15"] = ("• Fire Safety Inspector recruitment remains the main risk to the Protection "
                "workstream.")
    o["A17"] = ("RAG: Green – on track; Amber – at risk but recoverable; Red – off track, "
                "decision needed; Blue – complete. Status cells are colour only.")
    o["A17"].font = Font(italic=True)
    for col, w in zip("ABCDEF", (42, 14, 28, 26, 10, 30)):
        o.column_dimensions[col].width = w

    expected = []
    for p in projects:
        sh = wb.create_sheet(p[0])
        sh["A1"] = "CRMP Delivery Highlight Report – Quarter 2 2025/26"
        sh["A1"].font = Font(bold=True, size=13)
        labels = [("Workstream", p[1]), ("Project", p[2]), ("Project sponsor", p[3]),
                  ("Project lead", p[4]), ("Overall status", None)]
        for i, (l, v) in enumerate(labels):
            sh.cell(row=3 + i, column=1, value=l).font = Font(bold=True)
            sh.cell(row=3 + i, column=2, value=v)
        sh.cell(row=7, column=2).fill = fill(p[5])
        sh["A9"] = "Milestones"
        sh["A9"].font = Font(bold=True, size=12)
        hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG",
               "Commentary"]
        for c, h in enumerate(hdr, 1):
            cell = sh.cell(row=10, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("C00000")
            cell.border = BOX
        row = 11
        for m in p[6]:
            vals = [m[0], m[1], m[2], m[3], m[4], None, m[6]]
            for c, v in enumerate(vals, 1):
                cell = sh.cell(row=row, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if m[5]:
                sh.cell(row=row, column=6).fill = fill(m[5])
            expected.append({"ref": m[0], "under": [p[1], p[2]], "action": m[1],
                             "lead": m[7], "end": m[8], "end_text": m[9], "status": m[10]})
            row += 1
        row += 1
        sh.cell(row=row, column=1, value="Risks and issues").font = Font(bold=True, size=12)
        row += 1
        for c, h in enumerate(["ID", "Risk / issue", "Mitigation", "Owner"], 1):
            cell = sh.cell(row=row, column=c, value=h)
            cell.font = Font(bold=True)
            cell.border = BOX
        row += 1
        if not p[7]:
            sh.cell(row=row, column=2, value="None to report this period")
            row += 1
        for rk in p[7]:
            for c, v in enumerate(rk, 1):
                sh.cell(row=row, column=c, value=v).border = BOX
            row += 1
        row += 1
        sh.cell(row=row, column=1, value="Key achievements this period").font = Font(bold=True)
        sh.cell(row=row + 1, column=1, value=p[8])
        sh.cell(row=row + 3, column=1,
                value="RAG: Green – on track; Amber – at risk but recoverable; Red – off track, "
                      "decision needed; Blue – complete; no colour – not started."
                ).font = Font(italic=True)
        for col, w in zip("ABCDEFG", (8, 55, 30, 13, 13, 7, 50)):
            sh.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(
        name,
        source=("West Sussex Fire & Rescue Service, quarterly delivery highlight report on its "
                "Community Risk Management Plan 2022–2026 to a scrutiny panel. Modelled on fire "
                "authority CRMP progress reports (e.g. Nottinghamshire FRA CRMP reports, "
                "committee.nottinghamcity.gov.uk; Dorset & Wiltshire’s Community Safety Plan, "
                "dwfire.org.uk) and programme highlight report templates: an overview sheet with "
                "a project table and colour-only status, then one sheet per project with a "
                "label/value header block (workstream, project, sponsor, lead), a milestones "
                "table with baseline and forecast dates and colour-only RAG cells, a risks and "
                "issues table, key achievements and a RAG key line."),
        reads=("An overview sheet (no actions) and three project sheets (P1 Prevention, "
               "P4 Protection, P7 Response), each with three milestones read under their "
               "workstream and project. The forecast date is the end (Q4 2025/26 is March 2026; "
               "‘January 2026’ for P7.2), and the status is the fill colour of the RAG cell, "
               "with P7.3 uncoloured (not started). The risks tables are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        run.add_break()
        run = p.add_run(part)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Ferndale Court Care Home – CQC inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def ferndale():
    name = "rr-ferndale-court-care-home-cqc-inspection-action-plan.docx"
    title = "Ferndale Court Care Home: CQC Inspection Action Plan"
    R12 = ("Regulation 12 HSCA RA Regulations 2014 – Safe care and treatment: Risks to people’s "
           "health and safety were not always assessed and managed, including risks from falls, "
           "choking and pressure damage.")
    R18 = ("Regulation 18 HSCA RA Regulations 2014 – Staffing: Not all staff had completed "
           "training in dysphagia and moving and handling, and night staffing was not based on "
           "people’s assessed needs.")
    R17 = ("Regulation 17 HSCA RA Regulations 2014 – Good governance: Quality assurance systems "
           "had not identified the shortfalls found at this inspection, and care records were "
           "not always accurate or complete.")
    sections = [
        ("Safe", R12, [
            ("S1", "Review and rewrite the falls risk assessment and care plan for every "
                   "resident, using the home’s new falls pathway",
             "Registered Manager / Clinical Lead", "30/04/2025", "Green",
             "All 38 care plans reviewed; audited by the Area Manager on 2 May.",
             ["Registered Manager", "Clinical Lead"], "2025-04", None, "blue"),
            ("S2", "Refer all residents with swallowing difficulties to the Speech and Language "
                   "Therapy team and update their IDDSI diet levels in the care plan and the "
                   "kitchen list", "Clinical Lead", "End of May 2025", "Green",
             "11 referrals made; kitchen list checked weekly by the Chef Manager.",
             ["Clinical Lead"], "2025-05", None, "blue"),
            ("S3", "Introduce a daily skin integrity check and an audit of repositioning "
                   "charts on each floor, signed off by the nurse in charge", "Deputy Manager",
             "Monthly", "Amber", "Daily checks in place; monthly audit started in May.",
             ["Deputy Manager"], None, "Monthly", "amber"),
        ]),
        ("Safe", R18, [
            ("S4", "Book all care staff onto dysphagia and moving and handling training and "
                   "keep the training matrix up to date", "Training Coordinator", "30/06/25",
             "Amber", "Dysphagia 92% complete; moving and handling 74%.",
             ["Training Coordinator"], "2025-06", None, "amber"),
            ("S5", "Complete a dependency tool assessment for each resident and set night "
                   "staffing levels from the results", "Registered Manager", "31 July 2025",
             "Red", "Dependency tool chosen; assessments not yet started.",
             ["Registered Manager"], "2025-07", None, "red"),
        ]),
        ("Well-led", R17, [
            ("W1", "Introduce a monthly audit schedule covering care plans, medicines, falls, "
                   "infection control and the environment, with actions tracked to completion",
             "Registered Manager", "June 2025", "Green",
             "Schedule in place; first full cycle completed in June.",
             ["Registered Manager"], "2025-06", None, "blue"),
            ("W2", "Provider’s Quality Lead to carry out a monthly quality visit and send a "
                   "written report to the directors", "Quality Lead (Ferndale Care Homes Ltd)",
             "Ongoing", "Amber", "Visits held in May and June; July visit rearranged.",
             ["Quality Lead (Ferndale Care Homes Ltd)"], None, "Ongoing", "amber"),
            ("W3", "Hold a residents’ and relatives’ meeting to share the inspection report and "
                   "this action plan.\nPublish the minutes on the noticeboard in reception.",
             "Registered Manager", "23/05/2025", "Green",
             "Meeting held 23 May, 19 attended; minutes on noticeboard.",
             ["Registered Manager"], "2025-05", None, "blue"),
        ]),
    ]
    rag_hex = {"Green": GREEN, "Amber": AMBER, "Red": RED}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Registered provider: Ferndale Care Homes Ltd")
    doc.add_paragraph("Inspection dates: 11 and 12 March 2025 – report published 6 May 2025")
    doc.add_paragraph("Overall rating: Requires improvement (Safe: Requires improvement; "
                      "Well-led: Inadequate)")

    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for c, v in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(dc.cell(0, c), v, bold=True)
    for c, v in enumerate(["1.0", "20/05/2025", "Registered Manager",
                           "Submitted to CQC with the provider’s response"]):
        set_cell(dc.cell(1, c), v)
    for c, v in enumerate(["1.1", "04/07/2025", "Registered Manager",
                           "Progress update for the directors’ meeting"]):
        set_cell(dc.cell(2, c), v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – not started or overdue; Amber – in progress; "
                      "Green – completed")

    last_kq = None
    for kq, req, acts in sections:
        if kq != last_kq:
            doc.add_heading(kq, level=2)
            last_kq = kq
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, req, bold=True)
        shade(top, "D9E2F3")
        for c, v in enumerate(["No.", "Action required", "Person responsible",
                               "Completion date", "RAG", "Evidence / update"]):
            set_cell(t.cell(1, c), v, bold=True)
        for i, a in enumerate(acts):
            for c, v in enumerate([a[0], a[1], a[2], a[3], a[4], a[5]]):
                set_cell(t.cell(2 + i, c), v)
            shade(t.cell(2 + i, 4), rag_hex[a[4]])
        doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________  Registered Manager")
    doc.add_paragraph("Date: 04/07/2025")
    doc.save(path(name))

    expected = []
    for kq, req, acts in sections:
        for a in acts:
            expected.append({"ref": a[0], "under": [kq, req], "action": a[1], "lead": a[6],
                             "end": a[7], "end_text": a[8], "status": a[9]})
    write_expected(
        name,
        source=("Ferndale Court Care Home (registered provider Ferndale Care Homes Ltd), 2025, "
                "post-inspection action plan sent to CQC after a Requires improvement rating "
                "with breaches of Regulations 12, 17 and 18. Imitates the small-provider action "
                "plans that follow CQC requirement notices: a title and inspection details, a "
                "document control table, a RAG key in which Green means completed (there is no "
                "blue), key-question headings (Safe, Well-led) and one table per breached "
                "regulation with the regulation and CQC finding in a merged, shaded first row, "
                "then numbered actions with person responsible, completion date, a shaded RAG "
                "cell and evidence."),
        reads=("After the document control table, three tables of actions (S1–S5 under Safe, "
               "W1–W3 under Well-led), each table headed by the breached regulation and its "
               "finding. By the document’s own key, Green means completed (read as blue); two "
               "actions have no end month (Monthly, Ongoing), and W3 runs over two lines."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Kingsmead Primary School – post-Ofsted action plan (docx, read)
# ---------------------------------------------------------------------------
def kingsmead():
    name = "rr-kingsmead-primary-school-post-ofsted-action-plan.docx"
    title = "Kingsmead Primary School – Post-Ofsted Action Plan 2025–26"
    AFI1 = ("Area for improvement 1: The curriculum in some foundation subjects does not set out "
            "precisely the knowledge pupils should learn and when. Leaders should ensure that "
            "these subjects are planned in the same detail as English and mathematics.")
    AFI2 = ("Area for improvement 2: Teachers do not check pupils’ understanding carefully "
            "enough in mathematics, so misconceptions persist. Leaders should ensure that "
            "teachers use assessment precisely to adapt teaching.")
    AFI3 = ("Area for improvement 3: Pupils with special educational needs and/or disabilities "
            "(SEND) do not always receive the support set out in their plans. Leaders should "
            "ensure that targets are precise and that staff are trained to meet them.")
    areas = [
        (AFI1, [
            ("1a", "Subject leaders for history, geography and science to rewrite their "
                   "long-term plans, setting out the key knowledge for each year group", "CW",
             "Autumn term 2025", "Standards and Curriculum Committee",
             "Plans in place for all three subjects; pupils can recall key knowledge from "
             "previous units", "Green", ["CW"], "2025-12", None, "green"),
            ("1b", "Release subject leaders for one afternoon each half term to check that the "
                   "new plans are being taught, through pupil voice and book looks", "RA/CW",
             "Half-termly", "RA", "Monitoring notes show plans taught as intended", "Amber",
             ["RA", "CW"], None, "Half-termly", "amber"),
            ("1c", "Adopt a published scheme for art and design and design and technology, and "
                   "train staff to use it", "CW", "February half-term 2026",
             "Link governor for curriculum", "Scheme in use in every class", "Complete",
             ["CW"], "2026-02", None, "blue"),
        ]),
        (AFI2, [
            ("2a", "Train all teachers and teaching assistants in short, frequent retrieval "
                   "checks and in adapting the lesson when pupils show misconceptions", "JM",
             "By 31 October 2025", "RA", "Lesson visits show misconceptions picked up and "
             "addressed in the lesson", "Complete", ["JM"], "2025-10", None, "blue"),
            ("2b", "Introduce weekly arithmetic checks in Years 2 to 6 and use the results to "
                   "plan same-day intervention", "JM & year group leaders", "Summer term 2026",
             "Standards and Curriculum Committee", "Arithmetic scores rise each half term; "
             "KS2 maths outcomes at least in line with national", "Green",
             ["JM", "year group leaders"], "2026-07", None, "green"),
        ]),
        (AFI3, [
            ("3a", "Review every pupil’s SEN support plan with parents and class teachers, "
                   "setting clear, measurable targets", "LB", "Dec 2025", "SEND governor",
             "All plans reviewed; targets are specific and measurable", "Amber", ["LB"],
             "2025-12", None, "amber"),
            ("3b", "Deliver training for teaching assistants on precision teaching and on "
                   "recording pupils’ progress against their targets", "LB, CW", "March 2026",
             "RA", "TAs record progress against targets each week", "Not started",
             ["LB", "CW"], "2026-03", None, "unrated"),
        ]),
    ]
    rag_hex = {"Green": GREEN, "Amber": AMBER, "Complete": BLUE}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Inspection: 17–18 June 2025. Overall effectiveness: Requires improvement. "
                      "Report published: 22 July 2025.")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement in the "
                      "inspection report. It is monitored by the Standards and Curriculum "
                      "Committee each half term and reviewed by the full governing body termly. "
                      "Position at 10 December 2025.")
    doc.add_paragraph("Staff key: RA – Headteacher (Mrs R. Ahmed); CW – Deputy Headteacher and "
                      "curriculum lead (Mr C. Walsh); LB – SENDCo (Ms L. Byrne); JM – "
                      "Mathematics lead (Miss J. Morgan)")
    nrows = 1 + sum(1 + len(a[1]) for a in areas)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for c, v in enumerate(["Ref", "Actions", "Lead", "Timescale", "Monitored by",
                           "Success criteria", "Progress (RAG)"]):
        set_cell(t.cell(0, c), v, bold=True)
        shade(t.cell(0, c), "BDD7EE")
    row = 1
    for afi, acts in areas:
        m = t.cell(row, 0).merge(t.cell(row, 6))
        set_cell(m, afi, bold=True)
        shade(m, "FFF2CC")
        row += 1
        for a in acts:
            for c, v in enumerate(a[:7]):
                set_cell(t.cell(row, c), v)
            if a[6] in rag_hex:
                shade(t.cell(row, 6), rag_hex[a[6]])
            row += 1
    doc.add_paragraph()
    doc.add_paragraph("Overall impact by July 2026: the school is on track to be judged at "
                      "least good in quality of education at its next inspection.")
    doc.add_paragraph("RAG: Complete – done and impact seen; Green – on track; Amber – some "
                      "slippage; Red – off track; Not started.")
    doc.add_paragraph("Agreed by the governing body: 15 October 2025. Chair of Governors: "
                      "Mr D. Okafor")
    doc.save(path(name))

    expected = []
    for afi, acts in areas:
        for a in acts:
            expected.append({"ref": a[0], "under": [afi], "action": a[1], "lead": a[7],
                             "end": a[8], "end_text": a[9], "status": a[10]})
    write_expected(
        name,
        source=("Kingsmead Primary School, 2025–26 post-Ofsted action plan after a Requires "
                "improvement inspection in June 2025. Imitates published primary-school "
                "post-Ofsted plans (e.g. Shaw CofE Primary School post-Ofsted action plan, "
                "docest.com/doc/201052) and The Key’s governor guidance on monitoring them: "
                "centred title, inspection line, purpose paragraph, a staff-initials key, one "
                "table with merged, shaded ‘Area for improvement’ rows above lettered actions, "
                "initials as leads, school-term timescales, a ‘Monitored by’ column, success "
                "criteria and a shaded RAG column, then an impact statement and governor "
                "sign-off."),
        reads=("One table with three areas for improvement written out in merged rows, each "
               "followed by its actions (1a–3b, seven in all) led by staff initials. Timescales "
               "are terms and months (Autumn term 2025 is December 2025, Summer term 2026 is "
               "July 2026, February half-term 2026 is February 2026, Half-termly has no end); "
               "the Monitored by column is not the lead."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Housing Solutions – board action log (csv, refuse)
# ---------------------------------------------------------------------------
def housing_solutions():
    name = "rr-housing-solutions-board-action-log-typo-month-refuse.csv"
    title = "Housing Solutions Limited – Board Action Log"
    rows = [
        [title],
        ["Open and recently closed actions – as at 20 November 2025"],
        [],
        ["Meeting", "Minute ref", "Action", "Owner", "Due", "Status", "Update"],
        ["25/09/2025", "B25/61", "Bring a revised damp and mould dashboard to the Board, "
         "showing cases open for more than 28 days", "Director of Property Services", "Nov-25",
         "Complete", "On the agenda for 20 November"],
        ["25/09/2025", "B25/64", "Circulate the tenant satisfaction measures benchmarking "
         "results to Board members", "Head of Customer Insight", "Oct-25", "Complete",
         "Circulated 8 October"],
        ["25/09/2025", "B25/66", "Arrange a Board deep-dive on the Awaab's Law implementation "
         "plan, with Customer Committee members invited", "Company Secretary", "Jan-26",
         "On track", "Date to be confirmed with the Chair"],
        ["17/07/2025", "B25/48", "Review the treasury management policy in light of the new "
         "revolving credit facility", "Chief Financial Officer", "Dec-25", "On track",
         "Draft with Audit & Risk Committee"],
        ["17/07/2025", "B25/51", "Report on progress with the consumer standards "
         "self-assessment, including the gaps in stock condition data",
         "Director of Property Services / Head of Regulation & Compliance", "Febuary 2026",
         "On track", "Stock condition surveys 64% complete"],
        ["22/05/2025", "B25/33", "Commission an independent review of Board effectiveness",
         "Chair / Company Secretary", "Mar-26", "Not started",
         "Procurement to start after the Q3 results"],
        ["22/05/2025", "B25/35", "Update the Board on the development pipeline at Maidenhead "
         "Waterside", "Director of Development", "Sep-25", "Overdue",
         "Deferred to January Board"],
        [],
        ["Status key: Complete = closed by the Board; On track; Not started; Overdue = past the "
         "due date"],
    ]
    with open(path(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (7 - len(r)))
    # line of the typo (1-based)
    refuse_line = 1 + next(i for i, r in enumerate(rows) if "Febuary 2026" in r)
    assert refuse_line == 9
    write_expected(
        name,
        source=("Housing Solutions Limited (housing association, Maidenhead), board action log "
                "exported to CSV, November 2025. Modelled on housing association board papers "
                "where the action log follows the minutes (matters arising): meeting date, "
                "minute reference, action, owner post, due month, status and update, with a "
                "status key line at the foot."),
        reads=("A short board action log of seven actions from three Board meetings. The due "
               "date of minute B25/51 reads ‘Febuary 2026’, a mistyped month, so a careful "
               "reader stops and asks rather than guessing."),
        outcome="refuse", title=title, refuse_at=refuse_line)


# ---------------------------------------------------------------------------
# 7. North East Ambulance Service – quality improvement plan (txt, read)
# ---------------------------------------------------------------------------
def neas():
    name = "rr-north-east-ambulance-service-nhsft-quality-improvement-plan-2025-26.txt"
    title = ("North East Ambulance Service NHS Foundation Trust – Quality Improvement Plan "
             "2025/26")
    W1, W2, W3, W4 = ("1. Patient safety and learning", "2. Clinical effectiveness",
                      "3. Patient experience", "4. Well-led")
    acts = [
        (W1, "1.1", "Embed the Patient Safety Incident Response Framework (PSIRF), with every "
         "patient safety incident reviewed within 72 hours", "Head of Patient Safety",
         "Q3 2025/26", "G", "87% of incidents reviewed within 72 hours in October",
         ["Head of Patient Safety"], "2025-12", None, "green"),
        (W1, "1.2", "Hold an after-action review for every Category 2 response that took longer "
         "than two hours", "Associate Director of Quality", "31/01/2026", "A",
         "Reviews completed for 64% of cases; backlog from September", 
         ["Associate Director of Quality"], "2026-01", None, "amber"),
        (W1, "1.3", "Publish a quarterly learning bulletin for frontline staff",
         "Patient Safety Team", "Quarterly", "G", "Second edition published November 2025",
         ["Patient Safety Team"], None, "Quarterly", "green"),
        (W2, "2.1", "Increase the proportion of patients with suspected stroke who receive the "
         "full care bundle to 80%", "Medical Director", "Mar-26", "A",
         "74% in September (68% at baseline)", ["Medical Director"], "2026-03", None, "amber"),
        (W2, "2.2", "Roll out the sepsis screening tool on the electronic patient care record",
         "Consultant Paramedic / Head of Clinical Systems", "30/09/2025", "Complete",
         "Live across all areas from 15 September", ["Consultant Paramedic",
                                                      "Head of Clinical Systems"], "2025-09",
         None, "blue"),
        (W2, "2.3", "Complete the clinical audit of return of spontaneous circulation after "
         "cardiac arrest and present the findings to the Clinical Quality Group",
         "Clinical Audit Manager", "Nov-25", "R",
         "Data extract delayed by ePCR upgrade; now due January", ["Clinical Audit Manager"],
         "2025-11", None, "red"),
        (W3, "3.1", "Reduce the time taken to respond to formal complaints to 25 working days",
         "Director of Quality and Safety", "Q4 2025/26", "A",
         "Average 31 working days in Q2", ["Director of Quality and Safety"], "2026-03", None,
         "amber"),
        (W3, "3.2", "Work with Healthwatch to hear the views of patients from Gypsy, Roma and "
         "Traveller communities", "Patient Experience Lead", "Ongoing", "G",
         "Two listening events held with Healthwatch Gateshead", ["Patient Experience Lead"],
         None, "Ongoing", "green"),
        (W4, "4.1", "Complete the Freedom to Speak Up self-review and share the resulting actions "
         "with the Board", "Director of People and Organisational Development", "31 March 2026",
         "G", "Self-review started; Board development session booked for February",
         ["Director of People and Organisational Development"], "2026-03", None, "green"),
        (W4, "4.2", "Train all managers at band 7 and above in the Just Culture guide",
         "Head of Learning and Organisational Development", "Apr-26", "Not started",
         "Sessions planned from January 2026",
         ["Head of Learning and Organisational Development"], "2026-04", None, "unrated"),
    ]
    lines = [title,
             "Progress report to the Quality and Safety Committee – 11 December 2025",
             "",
             "\t".join(["Workstream", "Ref", "Improvement action", "Lead", "Due", "RAG",
                        "Progress update"])]
    last = None
    for a in acts:
        ws = a[0] if a[0] != last else ""
        last = a[0]
        lines.append("\t".join([ws, a[1], a[2], a[3], a[4], a[5], a[6]]))
    counts = {}
    for a in acts:
        counts[a[5]] = counts.get(a[5], 0) + 1
    b = counts.get("Complete", 0) + counts.get("B", 0)
    lines += ["",
              "\t".join(["Summary", "Complete", "G", "A", "R", "Not started", "Total"]),
              "\t".join(["Actions", str(b), str(counts.get("G", 0)), str(counts.get("A", 0)),
                         str(counts.get("R", 0)), str(counts.get("Not started", 0)),
                         str(len(acts))]),
              "",
              "RAG key: Complete = delivered and evidenced; G = on track; A = at risk of missing "
              "the due date; R = overdue"]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    expected = [{"ref": a[1], "under": [a[0]], "action": a[2], "lead": a[7], "end": a[8],
                 "end_text": a[9], "status": a[10]} for a in acts]
    write_expected(
        name,
        source=("North East Ambulance Service NHS Foundation Trust, 2025/26 quality improvement "
                "plan progress report to its Quality and Safety Committee, saved from the "
                "spreadsheet as tab-separated text. Modelled on ambulance trust quality "
                "improvement plans organised by workstream (e.g. London Ambulance Service "
                "‘Our quality improvement plan’, studylib.net/doc/11206613): title and "
                "committee lines, a workstream column filled only on the first row of each "
                "workstream (merged cells in the source sheet), numbered actions, a single lead "
                "post, due dates as quarters, months and words, RAG letters, a summary "
                "totals block and a RAG key line."),
        reads=("Ten improvement actions in four workstreams; the workstream is written only on "
               "the first action of each and applies to the rows below it. Q3 2025/26 ends in "
               "December 2025 and Q4 2025/26 in March 2026; ‘Quarterly’ and ‘Ongoing’ have no "
               "end month. The summary and key lines at the end are not actions."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    bath_spa()
    essex_police()
    wsfrs()
    ferndale()
    kingsmead()
    housing_solutions()
    neas()
    print("built 7 rr- cases in", HERE)
