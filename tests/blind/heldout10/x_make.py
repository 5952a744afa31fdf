"""Generate the x-*.xlsx blind cases and their .expected.yaml files.

Run: /work/main/.venv/bin/python /work/blind/heldout10/x_make.py
The expected readings are written out explicitly per action (not derived from the cells).
"""
import datetime as dt
import os
import re
import shutil
import zipfile

import yaml
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_=None, theme=None, tint=0.0):
    if theme is not None:
        c = Color(theme=theme, tint=tint)
    else:
        c = Color(rgb="FF" + hex_)
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str)


def write_yaml(name, meta):
    path = os.path.join(OUT, name + ".xlsx.expected.yaml")
    doc = {"source": meta["source"], "reads": meta["reads"], "outcome": meta["outcome"],
           "accept_refusal": meta.get("accept_refusal", False)}
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        doc["actions"] = meta["actions"]
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=None)
    back = yaml.safe_load(open(path, encoding="utf-8"))
    assert back == doc, name


def set_cached(path, sheet_file, values):
    """Insert cached values for formula cells openpyxl wrote with an empty <v>."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/" + sheet_file:
                s = data.decode("utf-8")
                for ref, val in values.items():
                    pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>' % ref)
                    m = pat.search(s)
                    assert m, (path, ref)
                    attrs = re.sub(r'\st="[^"]*"', "", m.group(1))
                    if isinstance(val, str):
                        rep = '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (ref, attrs, m.group(2), val)
                    else:
                        rep = '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, attrs, m.group(2), val)
                    s = s[:m.start()] + rep + s[m.end():]
                data = s.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, path)


# ---------------------------------------------------------------------------
# 1. ILACS improvement plan: logo/title block, two-row header (Timescale
#    Original/Revised, RAG Previous/Current), merged theme and recommendation
#    bands, frozen panes, hidden evidence column, a comment.
# ---------------------------------------------------------------------------
def f1():
    name = "x-ilacs-twohdr-plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "[Northshire County Council logo]"
    ws["A1"].font = Font(italic=True, color="808080")
    ws.row_dimensions[1].height = 40
    ws["A2"] = "Children's Services Improvement Plan – ILACS Inspection (report published 14 March 2025)"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A3"] = "Version 3.2 – updated 30/06/2025 – Plan owner: Director of Children's Services"
    ws.merge_cells("A3:J3")
    hdr = fill("1F3864")
    for c in "ABCDEFGHIJ":
        for r in (5, 6):
            ws[f"{c}{r}"].fill = hdr
            ws[f"{c}{r}"].font = Font(bold=True, color="FFFFFF")
            ws[f"{c}{r}"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for c, t in [("A", "Ref"), ("B", "Action"), ("C", "Lead officer"), ("F", "Success measure / impact"),
                 ("G", "Progress update (June 2025)"), ("J", "Evidence folder")]:
        ws[f"{c}5"] = t
        ws.merge_cells(f"{c}5:{c}6")
    ws["D5"] = "Timescale"
    ws.merge_cells("D5:E5")
    ws["D6"], ws["E6"] = "Original", "Revised"
    ws["H5"] = "RAG"
    ws.merge_cells("H5:I5")
    ws["H6"], ws["I6"] = "Previous", "Current"
    ws.column_dimensions["J"].hidden = True
    for c, w in zip("ABCDEFGHIJ", [7, 60, 28, 12, 12, 40, 45, 10, 10, 20]):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "C7"

    T1, T2, T3 = ("Theme 1: Help and protection", "Theme 2: Children in care and care leavers",
                  "Theme 3: Leadership and quality assurance")
    R1 = "Recommendation 1: The quality and timeliness of strategy discussions, and the consistency of multi-agency attendance at them."
    R2 = "Recommendation 2: Management oversight and supervision in the assessment teams, so that drift and delay for children are identified and addressed."
    R3 = "Recommendation 3: The sufficiency of local placements that meet children's assessed needs, including for brothers and sisters."
    R4 = "Recommendation 4: Pathway plans that are co-produced with care leavers and updated when their circumstances change."
    R5 = "Recommendation 5: The impact of quality assurance activity on improving social work practice."
    rows = [
        ("T", T1), ("R", R1),
        ("1.1", "Implement a revised strategy discussion protocol with Police and Health, including a 24-hour standard for holding discussions.",
         "Head of Front Door and MASH", D(2025, 5, 31), None, "Protocol signed off; 95% of strategy discussions within 24 hours", "Protocol agreed at Partnership Exec 12/05/25.", "Amber", "Complete",
         A("1.1", [T1, R1], "Implement a revised strategy discussion protocol with Police and Health, including a 24-hour standard for holding discussions.", ["Head of Front Door and MASH"], "2025-05", "blue")),
        ("1.2", "Establish a daily strategy discussion slot with a dedicated police officer and health representative.",
         "DCI Lee Harper / Designated Nurse Safeguarding", D(2025, 6, 30), D(2025, 9, 30), "Attendance by all three agencies in 90% of discussions", "Health rota gaps over summer; date revised.", "Green", "Amber",
         A("1.2", [T1, R1], "Establish a daily strategy discussion slot with a dedicated police officer and health representative.", ["DCI Lee Harper", "Designated Nurse Safeguarding"], "2025-09", "amber")),
        ("1.3", "Monthly audit of 20 strategy discussion records; findings reported to the Improvement Board.",
         "Service Manager (CIN/CP)", "Monthly from April 2025", None, "Audit grades 'good' or better in 70% of records", "Three audits completed.", "Green", "Green",
         A("1.3", [T1, R1], "Monthly audit of 20 strategy discussion records; findings reported to the Improvement Board.", ["Service Manager (CIN/CP)"], None, "green", end_text="Monthly from April 2025")),
        ("R", R2),
        ("2.1", "Introduce a supervision standard and recording template for all assessment team social workers.\nTrain all team managers in reflective supervision.",
         "Head of Service / Principal Social Worker", D(2025, 7, 31), None, "Supervision in timescale for 90% of staff", "Template live; training booked for July.", "Amber", "Green",
         A("2.1", [T1, R2], "Introduce a supervision standard and recording template for all assessment team social workers.\nTrain all team managers in reflective supervision.", ["Head of Service", "Principal Social Worker"], "2025-07", "green")),
        ("2.2", "Weekly performance clinic to track assessments open over 45 working days.",
         "Okafor, Adaeze", D(2025, 4, 30), "Dec 2025", "No assessments over 45 days without manager rationale", "Clinic paused during restructure; restarting.", "Amber", "Red",
         A("2.2", [T1, R2], "Weekly performance clinic to track assessments open over 45 working days.", ["Okafor, Adaeze"], "2025-12", "red")),
        ("T", T2), ("R", R3),
        ("3.1", "Refresh the Sufficiency Strategy with a specific plan for sibling groups.",
         "Head of Commissioning & Head of Children in Care", D(2025, 9, 30), None, "Strategy approved by Cabinet", "Draft with DMT.", "Green", "Green",
         A("3.1", [T2, R3], "Refresh the Sufficiency Strategy with a specific plan for sibling groups.", ["Head of Commissioning", "Head of Children in Care"], "2025-09", "green")),
        ("3.2", "Launch a targeted foster carer recruitment campaign for sibling groups and teenagers.",
         "AM, PT", D(2025, 10, 31), None, "20 new fostering households approved in 2025/26", "Campaign launched 2 June.", None, "Green",
         A("3.2", [T2, R3], "Launch a targeted foster carer recruitment campaign for sibling groups and teenagers.", ["AM", "PT"], "2025-10", "green")),
        ("3.3", "Open two in-house children's homes (4 beds each).",
         "Sufficiency Lead", D(2026, 3, 31), None, "Homes registered with Ofsted", "", None, None,
         A("3.3", [T2, R3], "Open two in-house children's homes (4 beds each).", ["Sufficiency Lead"], "2026-03", "unrated")),
        ("R", R4),
        ("4.1", "Co-design a new pathway plan template with the Care Leavers' Forum.",
         "Leaving Care Service Manager\nParticipation Officer", D(2025, 6, 30), None, "Care leavers report that plans are 'theirs'", "Template co-designed at three forum sessions.", "Green", "Completed",
         A("4.1", [T2, R4], "Co-design a new pathway plan template with the Care Leavers' Forum.", ["Leaving Care Service Manager", "Participation Officer"], "2025-06", "blue")),
        ("4.2", "Review every pathway plan within 28 days of a change of accommodation, education or employment.",
         "Head of Children in Care", D(2025, 8, 31), D(2025, 11, 30), "Audit shows plans updated after changes in 85% of cases", "Recording system change needed.", "Green", "Amber",
         A("4.2", [T2, R4], "Review every pathway plan within 28 days of a change of accommodation, education or employment.", ["Head of Children in Care"], "2025-11", "amber")),
        ("T", T3), ("R", R5),
        ("5.1", "Revise the QA framework so that every audit has a follow-up 'learning loop' action tracked to completion.",
         "Head of Safeguarding and Quality Assurance", D(2025, 5, 31), None, "90% of audit actions completed within 6 weeks", "Framework approved April 2025.", "Green", "Complete",
         A("5.1", [T3, R5], "Revise the QA framework so that every audit has a follow-up 'learning loop' action tracked to completion.", ["Head of Safeguarding and Quality Assurance"], "2025-05", "blue")),
        ("5.2", "Quarterly practice week led by senior leaders, with findings reported to Scrutiny.",
         "DCS", "Quarterly", None, "Practice week reports to Scrutiny Committee", "First practice week held May 2025.", "Green", "Green",
         A("5.2", [T3, R5], "Quarterly practice week led by senior leaders, with findings reported to Scrutiny.", ["DCS"], None, "green", end_text="Quarterly")),
    ]
    r = 7
    acts = []
    tf, rf = fill("8EA9DB"), fill("D9E1F2")
    colfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Completed": BLUE}
    for row in rows:
        if row[0] == "T":
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True, size=12)
            for c in "ABCDEFGHIJ":
                ws[f"{c}{r}"].fill = tf
            ws.merge_cells(f"A{r}:I{r}")
        elif row[0] == "R":
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True, italic=True)
            ws[f"A{r}"].alignment = WRAP
            for c in "ABCDEFGHIJ":
                ws[f"{c}{r}"].fill = rf
            ws.merge_cells(f"A{r}:I{r}")
            ws.row_dimensions[r].height = 32
        else:
            ref, act, lead, orig, rev, meas, prog, prev, cur, exp = row
            vals = [ref, act, lead, orig, rev, meas, prog, prev, cur, "S:/CSC/Improvement/Evidence/" + ref]
            for c, v in zip("ABCDEFGHIJ", vals):
                ws[f"{c}{r}"] = v
                ws[f"{c}{r}"].alignment = WRAP
                ws[f"{c}{r}"].border = BOX
            for c in "DE":
                if isinstance(ws[f"{c}{r}"].value, dt.datetime):
                    ws[f"{c}{r}"].number_format = "dd/mm/yyyy"
            for c, v in (("H", prev), ("I", cur)):
                if v:
                    ws[f"{c}{r}"].fill = fill(colfill[v])
            acts.append(exp)
        r += 1
    ws["I10"].comment = Comment("Revised date agreed at Improvement Board 18/06/25", "PMO")
    r += 1
    ws[f"A{r}"] = "RAG: Red = off track; Amber = at risk / date revised; Green = on track; Complete = action delivered and evidenced."
    ws.merge_cells(f"A{r}:I{r}")
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, dict(
        source="Imitates a county council's post-ILACS children's services improvement plan kept in Excel (pattern of many published 2023-25 ILACS plans on committee sites): logo row and title block, two-row header with Timescale split Original/Revised and RAG split Previous/Current, merged theme and recommendation bands, frozen panes, hidden evidence column, key sentence under the table.",
        reads="A 12-action ILACS plan grouped under three themes and five inspection recommendations. Each action has a lead, an original and sometimes a revised timescale, and a previous and current RAG word; the current RAG and the revised date (where given) are the ones that count.",
        outcome="read",
        title="Children's Services Improvement Plan – ILACS Inspection (report published 14 March 2025)",
        actions=acts))


# ---------------------------------------------------------------------------
# 2. SEND Written Statement of Action: cover sheet, key on its own sheet,
#    one sheet per priority, RAG by fill only using theme colours with tints,
#    hidden 'old ref' column, school-term dates, comments, glossary sheet.
# ---------------------------------------------------------------------------
def f2():
    name = "x-send-wsoa-theme-sheets"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["B2"] = "Riverbank Local Area SEND Partnership"
    cov["B3"] = "Written Statement of Action 2023–2025 – Monitoring Tracker"
    cov["B3"].font = Font(bold=True, size=16)
    cov["B5"] = "Version"; cov["C5"] = "v7 (February 2024)"
    cov["B6"] = "Owner"; cov["C6"] = "SEND Improvement Board"
    cov["B8"] = "Contents"; cov["B8"].font = BOLD
    cov["B9"] = "RAG Key"; cov["B10"] = "Priority 1"; cov["B11"] = "Priority 2"; cov["B12"] = "Priority 3"; cov["B13"] = "Glossary"

    RF = {"red": fill(theme=5), "amber": fill("FFC000"), "green": fill(theme=6, tint=0.3999755851924192),
          "blue": fill(theme=4, tint=0.5999938962981048), "unrated": None}
    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating key"; key["A1"].font = BOLD
    for i, (st, txt) in enumerate([("red", "Not on track – significant risk to delivery"),
                                   ("amber", "Some slippage – remedial action in place"),
                                   ("green", "On track"),
                                   ("blue", "Complete – impact evidenced"),
                                   ("unrated", "No fill = not yet started")]):
        c = key.cell(row=3 + i, column=1, value="")
        if RF[st]:
            c.fill = RF[st]
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 50

    P1 = "Priority 1: Identification and assessment of need"
    P2 = "Priority 2: Co-production with children, young people and families"
    P3 = "Priority 3: Preparation for adulthood"
    W1 = "Area of weakness 1: The timeliness and quality of EHC needs assessments and plans"
    W2 = "Area of weakness 2: The contribution of health services to EHC needs assessments"
    W3 = "Area of weakness 3: The engagement of parents and carers in decisions about their children's support"
    W4 = "Area of weakness 4: The lack of pathways into employment, independent living and adult services for young people aged 16–25"
    sheets = [
        ("Priority 1", P1, [
            ("W", W1),
            ("1.1", "A1", "Recruit four additional EHC coordinators and clear the backlog of assessments over 20 weeks.", "Head of SEND", "Sept 2023 – March 2024", "red",
             A("1.1", [P1, W1], "Recruit four additional EHC coordinators and clear the backlog of assessments over 20 weeks.", ["Head of SEND"], "2024-03", "red")),
            ("1.2", "A2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each term.", "Principal EP / SENCO Network Chair", "Termly", "green",
             A("1.2", [P1, W1], "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each term.", ["Principal EP", "SENCO Network Chair"], None, "green", end_text="Termly")),
            ("1.3", "A3", "Publish an EHC plan 'good practice guide' for all contributors.", "SEND Service Manager", D(2023, 12, 31), "blue",
             A("1.3", [P1, W1], "Publish an EHC plan 'good practice guide' for all contributors.", ["SEND Service Manager"], "2023-12", "blue")),
            ("W", W2),
            ("1.4", "B1", "Agree a health advice return standard of six weeks across all community health providers.", "DCO (ICB)", "Spring term 2024", "amber",
             A("1.4", [P1, W2], "Agree a health advice return standard of six weeks across all community health providers.", ["DCO (ICB)"], "2024-03", "amber")),
            ("1.5", "B2", "Train health practitioners in writing outcomes-focused advice.", "Designated Clinical Officer", "Summer term 2024", "unrated",
             A("1.5", [P1, W2], "Train health practitioners in writing outcomes-focused advice.", ["Designated Clinical Officer"], "2024-07", "unrated")),
        ]),
        ("Priority 2", P2, [
            ("W", W3),
            ("2.1", "C1", "Co-produce a new Local Offer website with the Parent Carer Forum.", "Parent Carer Forum & SEND Service Manager", "End of July 2024", "green",
             A("2.1", [P2, W3], "Co-produce a new Local Offer website with the Parent Carer Forum.", ["Parent Carer Forum", "SEND Service Manager"], "2024-07", "green")),
            ("2.2", "C2", "Hold termly 'You said, we did' events in each locality.", "Participation Lead", "Autumn term 2023", "blue",
             A("2.2", [P2, W3], "Hold termly 'You said, we did' events in each locality.", ["Participation Lead"], "2023-12", "blue")),
            ("2.3", "C3", "Include parent and young person feedback in every annual review.\nReport the percentage quarterly to the Improvement Board.", "Head of SEND", "Q4 2023/24", "amber",
             A("2.3", [P2, W3], "Include parent and young person feedback in every annual review.\nReport the percentage quarterly to the Improvement Board.", ["Head of SEND"], "2024-03", "amber")),
            ("2.4", "C4", "Commission independent mediation and disagreement resolution service with clear information for families.", "Commissioning Manager (Children)", D(2024, 4, 30), "green",
             A("2.4", [P2, W3], "Commission independent mediation and disagreement resolution service with clear information for families.", ["Commissioning Manager (Children)"], "2024-04", "green")),
        ]),
        ("Priority 3", P3, [
            ("W", W4),
            ("3.1", "D1", "Develop supported internship places with the council and NHS Trust as employers.", "Post-16 Lead; HR Business Partner", "Summer term 2024", "green",
             A("3.1", [P3, W4], "Develop supported internship places with the council and NHS Trust as employers.", ["Post-16 Lead", "HR Business Partner"], "2024-07", "green")),
            ("3.2", "D2", "Agree a joint transitions protocol between children's and adult social care from age 14.", "Head of Transitions", "Spring term 2025", "red",
             A("3.2", [P3, W4], "Agree a joint transitions protocol between children's and adult social care from age 14.", ["Head of Transitions"], "2025-04", "red")),
            ("3.3", "D3", "Map preparation for adulthood outcomes in every Year 9+ annual review.", "SENCO Network Chair", "Ongoing", "amber",
             A("3.3", [P3, W4], "Map preparation for adulthood outcomes in every Year 9+ annual review.", ["SENCO Network Chair"], None, "amber", end_text="Ongoing")),
            ("3.4", "D4", "Publish a housing and independent living pathway for young people with SEND.", "Housing Strategy Manager", "Autumn term 2024", "unrated",
             A("3.4", [P3, W4], "Publish a housing and independent living pathway for young people with SEND.", ["Housing Strategy Manager"], "2024-12", "unrated")),
            ("3.5", "D5", "Transition health passports for young people moving to adult health services.", "Lead Nurse Transitions (Community Trust)", D(2024, 9, 30), "green",
             A("3.5", [P3, W4], "Transition health passports for young people moving to adult health services.", ["Lead Nurse Transitions (Community Trust)"], "2024-09", "green")),
        ]),
    ]
    acts = []
    for sname, ptitle, rows in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = ptitle
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill(theme=3)
        ws.merge_cells("A1:H1")
        heads = ["Ref", "Old ref", "Action", "Lead", "Partners involved", "By when", "Evidence of impact", "RAG"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=i, value=h)
            c.font = BOLD
            c.fill = fill(theme=0, tint=-0.249977111117893)
        ws.column_dimensions["B"].hidden = True
        for c, w in zip("ABCDEFGH", [6, 8, 60, 30, 22, 22, 35, 8]):
            ws.column_dimensions[c].width = w
        ws.freeze_panes = "A4"
        r = 4
        for row in rows:
            if row[0] == "W":
                ws[f"A{r}"] = row[1]
                ws[f"A{r}"].font = Font(bold=True, italic=True)
                ws[f"A{r}"].fill = fill(theme=8, tint=0.7999816888943144)
                ws.merge_cells(f"A{r}:H{r}")
            else:
                ref, old, act, lead, when, st, exp = row
                vals = [ref, old, act, lead, "Schools; Health; PCF", when, "See evidence log", None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if isinstance(when, dt.datetime):
                    ws.cell(row=r, column=6).number_format = "d mmmm yyyy"
                if RF[st]:
                    ws.cell(row=r, column=8).fill = RF[st]
                acts.append(exp)
            r += 1
        if sname == "Priority 1":
            ws["H5"].comment = Comment("Backlog rose again in January – Board asked for recovery plan.", "SEND PMO")
    g = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("EHC", "Education, Health and Care"), ("DCO", "Designated Clinical Officer"),
                                ("PCF", "Parent Carer Forum"), ("ICB", "Integrated Care Board")], 1):
        g.cell(row=i, column=1, value=a); g.cell(row=i, column=2, value=b)
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, dict(
        source="Imitates a local area SEND Written Statement of Action monitoring tracker kept as an Excel workbook with a sheet per priority (the layout of several 2019-24 WSoA trackers reported to SEND Improvement Boards): cover/contents sheet, RAG key on its own sheet, priority heading and 'area of weakness' bands on each sheet, RAG shown by cell fill only (Office theme colours with tints), hidden old-ref column, school-term timescales, comment on a RAG cell, glossary sheet.",
        reads="Fourteen WSoA actions spread over three priority sheets, each under its priority and one of four areas of weakness. The RAG column has no words: the fill colour, read against the key sheet (red, amber, green, blue = complete, no fill = not started), gives the status; timescales are mostly school terms.",
        outcome="read",
        title="Written Statement of Action 2023–2025 – Monitoring Tracker",
        actions=acts))


# ---------------------------------------------------------------------------
# 3. CQC adult social care assurance plan as a Smartsheet export: header in
#    row 1, hierarchy by outline level and indent, parent rows with roll-up
#    dates, RYGB status words, contact names / emails.
# ---------------------------------------------------------------------------
def f3():
    name = "x-cqc-asc-smartsheet"
    wb = Workbook()
    ws = wb.active
    ws.title = "ASC CQC Action Plan 2025"
    heads = ["Task Name", "Ref", "Assigned To", "Start Date", "End Date", "% Complete", "Status", "Latest Comment", "Modified By"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=1, column=i, value=h).font = BOLD
    ws.freeze_panes = "B2"
    for c, w in zip("ABCDEFGHI", [70, 7, 30, 12, 12, 10, 9, 40, 24]):
        ws.column_dimensions[c].width = w
    Y = {"R": "Red", "A": "Yellow", "G": "Green", "B": "Blue", "U": None}
    M = {"R": "red", "A": "amber", "G": "green", "B": "blue", "U": "unrated"}
    tree = [
        ("Theme 1: Working with people", [
            ("Assessing needs", [
                ("W1.1", "Reduce the waiting list for Care Act assessments to under 6 weeks through a dedicated review team", ["Priya Shah"], "Priya Shah", D(2025, 1, 6), D(2025, 6, 30), 0.6, "A"),
                ("W1.2", "Introduce strengths-based assessment training for all social care practitioners", ["Priya Shah", "Tom Briggs"], "Priya Shah, Tom Briggs", D(2025, 2, 1), D(2025, 5, 31), 1.0, "B"),
            ]),
            ("Supporting people to live healthier lives", [
                ("W2.1", "Expand the reablement service to take referrals from the community as well as hospital", ["m.oconnor@eastvale.gov.uk"], "m.oconnor@eastvale.gov.uk", D(2025, 3, 1), D(2025, 9, 30), 0.3, "G"),
                ("W2.2", "Relaunch the information and advice offer, including an accessible online directory", ["Kofi Mensah"], "Kofi Mensah", D(2025, 4, 1), D(2025, 12, 31), 0.0, "U"),
            ]),
            ("Equity in experience and outcomes", [
                ("W3.1", "Analyse demographic data on who receives services and agree targeted outreach with under-represented communities", ["Equalities Officer"], "Equalities Officer", D(2025, 2, 1), D(2025, 7, 31), 0.5, "G"),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Care provision, integration and continuity", [
                ("P1.1", "Publish a Market Position Statement and commission additional home care capacity in rural areas", ["Head of Commissioning"], "Head of Commissioning", D(2025, 1, 1), D(2025, 10, 31), 0.4, "R"),
                ("P1.2", "Agree a joint hospital discharge pathway with the ICB and acute trust", ["Tom Briggs", "Lisa Grant"], "Tom Briggs, Lisa Grant", D(2025, 1, 15), D(2025, 3, 31), 1.0, "B"),
            ]),
            ("Partnerships and communities", [
                ("P2.1", "Co-produce a carers' strategy with the Carers' Centre", ["Kofi Mensah"], "Kofi Mensah", D(2025, 5, 1), D(2026, 1, 31), 0.1, "G"),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safe pathways, systems and transitions", [
                ("S1.1", "Implement a transitions panel for young people aged 17½ with likely adult care needs", ["Head of Transitions (All Age)"], "Head of Transitions (All Age)", D(2025, 2, 1), D(2025, 8, 31), 0.5, "A"),
                ("S1.2", "Review out-of-hours arrangements with the Emergency Duty Team", ["Lisa Grant"], "Lisa Grant", D(2025, 3, 1), D(2025, 6, 30), 0.2, "R"),
            ]),
            ("Safeguarding", [
                ("S2.1", "Clear the backlog of Section 42 enquiries awaiting allocation", ["Safeguarding Adults Manager"], "Safeguarding Adults Manager", D(2025, 1, 1), D(2025, 4, 30), 1.0, "B"),
                ("S2.2", "Introduce Making Safeguarding Personal outcome recording in the case management system", ["Safeguarding Adults Manager", "Systems Lead"], "Safeguarding Adults Manager, Systems Lead", D(2025, 4, 1), D(2025, 11, 30), 0.25, "G"),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Governance, management and sustainability", [
                ("L1.1", "Establish an ASC Assurance Board chaired by the DASS with a quarterly performance scorecard", ["DASS"], "DASS", D(2025, 1, 1), D(2025, 3, 31), 1.0, "B"),
                ("L1.2", "Develop a workforce strategy to reduce agency social worker use to below 10%", ["Principal Social Worker (Adults)"], "Principal Social Worker (Adults)", D(2025, 3, 1), D(2026, 3, 31), 0.15, "A"),
            ]),
        ]),
    ]
    r = 2
    acts = []
    for theme, qss in tree:
        tr = r
        ws.cell(row=r, column=1, value=theme).font = BOLD
        r += 1
        ends, starts = [], []
        for qs, items in qss:
            ws.cell(row=r, column=1, value=qs).font = BOLD
            ws.cell(row=r, column=1).alignment = Alignment(indent=2)
            ws.row_dimensions[r].outline_level = 1
            qr = r
            r += 1
            qe, qs_ = [], []
            for ref, act, lead_exp, lead, s, e, pc, st in items:
                vals = [act, ref, lead, s, e, pc, Y[st], "", "pmo@eastvale.gov.uk"]
                for i, v in enumerate(vals, 1):
                    ws.cell(row=r, column=i, value=v)
                ws.cell(row=r, column=1).alignment = Alignment(indent=4, wrap_text=True)
                ws.cell(row=r, column=4).number_format = "dd/mm/yy"
                ws.cell(row=r, column=5).number_format = "dd/mm/yy"
                ws.cell(row=r, column=6).number_format = "0%"
                ws.row_dimensions[r].outline_level = 2
                acts.append(A(ref, [theme, qs], act, lead_exp, e.strftime("%Y-%m"), M[st]))
                qe.append(e); qs_.append(s)
                r += 1
            ws.cell(row=qr, column=4, value=min(qs_)).number_format = "dd/mm/yy"
            ws.cell(row=qr, column=5, value=max(qe)).number_format = "dd/mm/yy"
            ends += qe; starts += qs_
        ws.cell(row=tr, column=4, value=min(starts)).number_format = "dd/mm/yy"
        ws.cell(row=tr, column=5, value=max(ends)).number_format = "dd/mm/yy"
    ws["H4"] = "Waiting list down from 812 to 431."
    ws["H13"] = "Provider market fragile – escalated to DMT."
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, dict(
        source="Imitates a Smartsheet 'Export to Excel' of an adult social care CQC assessment action plan (councils ran CQC readiness/assurance plans in Smartsheet in 2024-25): column headers in row 1, no title block, hierarchy shown only by indentation and outline levels, parent rows carrying rolled-up start/end dates, Smartsheet RYGB status words (Red/Yellow/Green/Blue), contact-column names and an e-mail address.",
        reads="Fourteen actions nested under the four CQC themes and their quality statements (parent rows with roll-up dates but no ref, lead or status). Status is a Smartsheet ball: Yellow is amber, Blue is complete; one action has no status yet.",
        outcome="read",
        title="ASC CQC Action Plan 2025",
        actions=acts))


# ---------------------------------------------------------------------------
# 4. Internal audit follow-up tracker: merged-down audit column, summary
#    counts by formula (cached), days-overdue formula column, data
#    validation list for status. A revised date 'Febuary 2025' -> refuse.
# ---------------------------------------------------------------------------
def f4():
    name = "x-audit-followup-refuse"
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up tracker"
    ws["A1"] = "Internal Audit – Follow-up of Agreed Management Actions 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit and Governance Committee, 22 January 2025 – position at 31/12/2024"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "Total actions", "Implemented", "Outstanding", "Overdue"
    for c in "ABCD":
        ws[f"{c}4"].font = BOLD
    ws["A5"] = "=COUNTA(D8:D19)"
    ws["B5"] = '=COUNTIF(H8:H19,"Implemented")'
    ws["C5"] = "=A5-B5"
    ws["D5"] = '=COUNTIF(I8:I19,">0")'
    heads = ["Audit", "Rec no.", "Priority", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Days overdue", "Auditor comment"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "D8"
    rows = [
        ("Payroll 2023/24", "1", "High", "Introduce monthly exception reporting for overtime claims over £500.", "Head of HR & Payroll", D(2024, 6, 30), None, "Implemented", ""),
        ("Payroll 2023/24", "2", "Medium", "Remove leavers from the payroll system within 5 working days of leaving date.", "Payroll Manager", D(2024, 9, 30), D(2024, 12, 31), "Partially implemented", "Sample showed 3 of 25 late."),
        ("Payroll 2023/24", "3", "Low", "Update the payroll procedures manual.", "Payroll Manager", D(2024, 3, 31), None, "Implemented", ""),
        ("Procurement cards", "1", "High", "Cardholders to upload receipts within 10 days; cards suspended for non-compliance.", "Finance Business Partner", D(2024, 10, 31), "Febuary 2025", "Not implemented", "New system go-live delayed."),
        ("Procurement cards", "2", "Medium", "Annual review of card limits and merchant blocks.", "Finance Business Partner", D(2024, 12, 31), None, "Not implemented", ""),
        ("Procurement cards", "3", "Medium", "Quarterly reconciliation signed off by budget holders.", "Strategic Finance Manager / Budget Holders", D(2024, 9, 30), None, "Implemented", ""),
        ("Cyber security", "1", "High", "Enforce multi-factor authentication for all remote access.", "Head of ICT", D(2024, 5, 31), None, "Implemented", ""),
        ("Cyber security", "2", "High", "Complete a tested disaster recovery exercise for critical systems.", "Head of ICT", D(2024, 11, 30), D(2025, 3, 31), "Partially implemented", "Exercise booked March 2025."),
        ("Cyber security", "3", "Medium", "Mandatory annual cyber awareness training for all staff.", "Information Governance Manager", D(2024, 12, 31), None, "Partially implemented", "Completion 78%."),
        ("Housing repairs contract", "1", "High", "Introduce contract KPIs for first-time fix and monthly contract meetings.", "Head of Housing Property Services", D(2024, 7, 31), None, "Implemented", ""),
        ("Housing repairs contract", "2", "Medium", "Verify a 5% sample of completed jobs by post-inspection.", "Repairs Manager", D(2024, 10, 31), D(2025, 1, 31), "Not implemented", ""),
        ("Housing repairs contract", "3", "Low", "Publish repairs performance on the council website quarterly.", "Repairs Manager", D(2024, 12, 31), None, "Superseded", "Covered by TSM reporting."),
    ]
    dv = DataValidation(type="list", formula1='"Implemented,Partially implemented,Not implemented,Superseded"', allow_blank=True)
    ws.add_data_validation(dv)
    cached = {}
    today = dt.date(2024, 12, 31)
    r0 = 8
    for k, row in enumerate(rows):
        r = r0 + k
        audit, no, pri, act, lead, orig, rev, st, com = row
        for i, v in enumerate([audit, no, pri, act, lead, orig, rev, st, None, com], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        for col in (6, 7):
            if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        ws[f"I{r}"] = f'=IF(OR(H{r}="Implemented",H{r}="Superseded"),0,MAX(0,DATE(2024,12,31)-IF(ISNUMBER(G{r}),G{r},F{r})))'
        due = rev if isinstance(rev, dt.datetime) else orig
        if st in ("Implemented", "Superseded"):
            od = 0
        elif isinstance(rev, str):
            od = "#VALUE!"
        else:
            od = max(0, (today - due.date()).days)
        cached[f"I{r}"] = od
        dv.add(f"H{r}")
    for a, b in (("A8", "A10"), ("A11", "A13"), ("A14", "A16"), ("A17", "A19")):
        ws.merge_cells(f"{a}:{b}")
        ws[a].alignment = Alignment(vertical="center", wrap_text=True)
        ws[a].font = BOLD
    # #VALUE! for I11 would make COUNTIF ignore it; cached values as Excel would show
    # Excel: ISNUMBER("Febuary 2025") is false -> uses F11 -> 61 days
    cached["I11"] = (today - dt.date(2024, 10, 31)).days
    n_over = sum(1 for k, v in cached.items() if isinstance(v, int) and v > 0)
    cached.update({"A5": 12, "B5": 5, "C5": 7, "D5": n_over})
    for c, w in zip("ABCDEFGHIJ", [18, 7, 9, 55, 28, 12, 12, 18, 9, 30]):
        ws.column_dimensions[c].width = w
    ws["A21"] = "Priority: High = fundamental control weakness; Medium = significant; Low = good practice."
    p = os.path.join(OUT, name + ".xlsx")
    wb.save(p)
    set_cached(p, "sheet1.xml", cached)
    write_yaml(name, dict(
        source="Imitates a council internal audit 'follow-up of agreed management actions' tracker reported to an Audit and Governance Committee (the common district/unitary layout): title lines, summary counts by formula above the table, audit name merged down the first column over its recommendations, original and revised target dates, status chosen from a data-validation list, days-overdue formula column with cached values.",
        reads="Twelve agreed audit actions across four audits, with original and revised target dates and an implementation status. On row 11 (Procurement cards rec 1) the revised target date reads 'Febuary 2025', a mistyped month in the date that counts for that action, so a careful reader stops and asks before recording it.",
        outcome="refuse",
        refuse_at=11,
        title="Internal Audit – Follow-up of Agreed Management Actions 2024/25"))


# ---------------------------------------------------------------------------
# 5. JTAI partnership plan: title block, area-for-improvement text merged
#    down column A, R/A/G/B letters with fills, previous/current RAG,
#    quarter and 'w/c' dates, key and notes below the table.
# ---------------------------------------------------------------------------
def f5():
    name = "x-jtai-mergeddown-keybelow"
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = "Westbridge Safeguarding Children Partnership"
    ws["A2"] = "Joint Targeted Area Inspection (JTAI) – Serious youth violence: Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated for Partnership Executive 09/07/2025"
    heads = ["Area for improvement", "Ref", "Action", "Lead agency", "Lead officer", "Timescale",
             "Previous RAG (Apr 25)", "Current RAG (Jul 25)", "Evidence / impact"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = fill(theme=7, tint=0.5999938962981048)
        c.alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "C6"
    F1 = "1. The quality of information sharing between agencies when children go missing or are at risk of exploitation"
    F2 = "2. The consistency of return home interviews and the use of their findings in safety planning"
    F3 = "3. Health practitioners' identification of, and response to, children presenting with injuries linked to violence"
    F4 = "4. Partnership oversight of the impact of the serious violence duty on children"
    groups = [
        (F1, [
            ("1a", "Implement a daily exploitation triage meeting (Police, CSC, YJS, Education).", "Police", "DCI Mark Hart", "Q2 2025/26", "A", "G", "2025-09", "green", ["DCI Mark Hart"], None),
            ("1b", "Agree an information sharing agreement for contextual safeguarding across all partners.", "Partnership", "Partnership Business Manager", "End of September 2025", "G", "G", "2025-09", "green", ["Partnership Business Manager"], None),
            ("1c", "Introduce a single missing episode record accessible to Police and CSC.", "Police / CSC", "Det Supt R. Cole & Head of Community Safety", "By 31 March 2026", "A", "R", "2026-03", "red", ["Det Supt R. Cole", "Head of Community Safety"], None),
        ]),
        (F2, [
            ("2a", "Commission return home interviews from a single provider with a 72-hour standard.", "CSC", "Head of Early Help", "w/c 14/07/25", "G", "B", "2025-07", "blue", ["Head of Early Help"], None),
            ("2b", "Monthly audit of 10 return home interviews by the missing coordinator.", "CSC", "Missing and Exploitation Coordinator", "Ongoing – reviewed quarterly", "G", "G", None, "green", ["Missing and Exploitation Coordinator"], "Ongoing – reviewed quarterly"),
            ("2c", "Include RHI findings as a standing item in strategy discussions.", "CSC", "Service Manager (CIN/CP)", "Oct-25", "", "A", "2025-10", "amber", ["Service Manager (CIN/CP)"], None),
        ]),
        (F3, [
            ("3a", "Train emergency department staff in contextual safeguarding and routine enquiry.", "Health", "Designated Nurse / Named GP", "Q3 2025/26", "A", "A", "2025-12", "amber", ["Designated Nurse", "Named GP"], None),
            ("3b", "Introduce a flag on the ED system for children with a violence-related injury.", "Health", "Paediatric Liaison Lead (ED)", D(2025, 11, 30), "R", "A", "2025-11", "amber", ["Paediatric Liaison Lead (ED)"], None),
        ]),
        (F4, [
            ("4a", "Produce a joint strategic needs assessment chapter on serious youth violence.", "Public Health", "Consultant in Public Health", "Jan 26", "G", "G", "2026-01", "green", ["Consultant in Public Health"], None),
            ("4b", "Add serious youth violence measures to the partnership dataset.", "Partnership", "Partnership Business Manager", "Q4 2025/26", "", "", "2026-03", "unrated", ["Partnership Business Manager"], None),
            ("4c", "Annual report to the Partnership Executive on delivery of the serious violence duty for children.", "Community Safety Partnership", "Head of Youth Justice Service", "Sept 2025 – March 2026", "G", "G", "2026-03", "green", ["Head of Youth Justice Service"], None),
        ]),
    ]
    r = 6
    acts = []
    for afi, items in groups:
        start = r
        for ref, act, agency, lead, when, prev, cur, end, st, lead_exp, et in items:
            vals = [afi if r == start else None, ref, act, agency, lead, when, prev or None, cur or None, "Minutes of Partnership Exec"]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = fill(RAGFILL[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center")
            acts.append(A(ref, [afi], act, lead_exp, end, st, end_text=et))
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="top", wrap_text=True)
    r += 1
    ws.cell(row=r, column=2, value="Key").font = BOLD
    for i, (l, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – within tolerance"),
                                ("R", "Off track – escalate to Partnership Executive")]):
        ws.cell(row=r + 1 + i, column=2, value=l).fill = fill(RAGFILL[l])
        ws.cell(row=r + 1 + i, column=3, value=t)
    ws.cell(row=r + 6, column=2, value="Notes: timescales in financial-year quarters (Q1 = Apr–Jun).")
    for c, w in zip("ABCDEFGHI", [34, 5, 55, 14, 30, 22, 10, 10, 25]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, dict(
        source="Imitates a safeguarding children partnership's JTAI (serious youth violence theme, 2024-25) multi-agency action plan kept in Excel: partnership title block, each area for improvement merged down column A over its actions, separate lead agency and lead officer columns, R/A/G/B letters with matching fills in Previous and Current RAG columns, financial-quarter, 'w/c' and period timescales, RAG key and notes below the table.",
        reads="Eleven lettered actions under four numbered areas for improvement (the merged text in column A). Leads are in the Lead officer column; the Current RAG (Jul 25) letter is the status; Q-quarters are financial years.",
        outcome="read",
        title="Joint Targeted Area Inspection (JTAI) – Serious youth violence: Multi-agency Action Plan",
        actions=acts))


# ---------------------------------------------------------------------------
# 6. YJS HMIP inspection plan as a Microsoft Planner export: plan info rows,
#    Planner column set, buckets = recommendations, Progress + colour labels,
#    semicolon-separated assignees, text dd/mm/yyyy dates.
# ---------------------------------------------------------------------------
def f6():
    name = "x-yjs-hmip-planner"
    wb = Workbook()
    ws = wb.active
    ws.title = "YJS HMIP Inspection Action Plan"[:31]
    ws["A1"], ws["B1"] = "Plan name", "YJS HMIP Inspection Action Plan"
    ws["A2"], ws["B2"] = "Plan ID", "hT3kqP0x2EuN7vW9yZ1aBmUAB2Rf"
    ws["A3"], ws["B3"] = "Date of export", "15/05/2025"
    heads = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By",
             "Created Date", "Start date", "Due date", "Is Recurring", "Late", "Completed Date",
             "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
    for i, h in enumerate(heads, 1):
        ws.cell(row=5, column=i, value=h).font = BOLD
    B1 = "Rec 1: Improve the quality of assessment and planning to manage the risk of harm to others"
    B2 = "Rec 2: Strengthen management oversight of case work"
    B3 = "Rec 3: Develop out-of-court disposal policy and provision in line with national standards"
    B4 = "Rec 4: Make sure children's education, training and employment needs are met"
    tasks = [
        (B1, "Refresh AssetPlus training for all case managers, focusing on risk of harm", "Completed", "Important", "Ravi Desai", "31/01/2025", "", "2025-01", "blue", ["Ravi Desai"]),
        (B1, "Introduce a risk management panel for all high and very high risk of harm cases", "In progress", "Important", "Sam Lee;Jo Patel", "30/04/2025", "Amber", "2025-04", "amber", ["Sam Lee", "Jo Patel"]),
        (B1, "Quarterly thematic audit of risk of harm planning", "In progress", "Medium", "Jo Patel", "30/06/2025", "Green", "2025-06", "green", ["Jo Patel"]),
        (B2, "Implement monthly recorded supervision for all case managers", "In progress", "Urgent", "Chloe Barnes", "28/02/2025", "Red", "2025-02", "red", ["Chloe Barnes"]),
        (B2, "Develop a management oversight recording standard and countersigning policy", "Completed", "Important", "Chloe Barnes;Ravi Desai", "31/03/2025", "", "2025-03", "blue", ["Chloe Barnes", "Ravi Desai"]),
        (B2, "Run a management development programme for YJS team leaders", "Not started", "Medium", "Head of YJS", "30/09/2025", "", "2025-09", "unrated", ["Head of YJS"]),
        (B3, "Agree a joint out-of-court disposal decision-making panel with the police", "In progress", "Important", "Sam Lee", "04/05/2025", "Green", "2025-05", "green", ["Sam Lee"]),
        (B3, "Write and publish an out-of-court disposal policy", "In progress", "Important", "Sam Lee", "30/06/2025", "Amber", "2025-06", "amber", ["Sam Lee"]),
        (B3, "Commission a prevention and diversion programme", "Not started", "Low", "Commissioning Officer", "31/10/2025", "", "2025-10", "unrated", ["Commissioning Officer"]),
        (B4, "Agree an information-sharing protocol with schools for YJS children's attendance and exclusions", "In progress", "Important", "Education Lead (YJS)", "31/07/2025", "Green", "2025-07", "green", ["Education Lead (YJS)"]),
        (B4, "Appoint a post-16 ETE worker within the YJS", "Completed", "Medium", "Head of YJS", "28/02/2025", "", "2025-02", "blue", ["Head of YJS"]),
        (B4, "Include an ETE plan in every intervention plan", "In progress", "Medium", "Ravi Desai;Education Lead (YJS)", "31/08/2025", "Red", "2025-08", "red", ["Ravi Desai", "Education Lead (YJS)"]),
    ]
    acts = []
    r = 6
    for k, (b, t, prog, pri, who, due, lab, end, st, lead) in enumerate(tasks):
        done = prog == "Completed"
        vals = ["kR%02dx9PlQ0eMxYtWc" % k, t, b, prog, pri, who, "Helen Ward", "06/12/2024", "06/12/2024", due,
                "false", "true" if (st == "red") else "false", due if done else "", "Helen Ward" if done else "",
                "", "", lab, ""]
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v)
        acts.append(A(None, [b], t, lead, end, st))
        r += 1
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, dict(
        source="Imitates a Microsoft Planner 'Export plan to Excel' of a Youth Justice Service's HMIP inspection action plan (plan-info rows above the task table, the Planner column set, buckets named after the HMIP recommendations, Progress values, colour labels renamed Red/Amber/Green, semicolon-separated assignees, dates exported as dd/mm/yyyy text).",
        reads="Twelve Planner tasks, each in a bucket that is one of four HMIP recommendations; tasks have no refs. Completed tasks are complete, Not started tasks are unrated, and in-progress tasks carry a Red/Amber/Green label.",
        outcome="read",
        title="YJS HMIP Inspection Action Plan",
        actions=acts))


# ---------------------------------------------------------------------------
# 7. Corporate parenting plan as a Monday.com export: board name row, group
#    name rows, header row repeated per group, custom status labels,
#    ISO text timelines.
# ---------------------------------------------------------------------------
def f7():
    name = "x-corp-parenting-monday"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Parenting Strategy"
    ws["A1"] = "Corporate Parenting Strategy Action Plan 2024-2027"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["Name", "Person", "Status", "Timeline - Start", "Timeline - End", "Priority", "Budget (£)", "Notes", "Item ID"]
    G1 = "Pledge 1: We will help you feel safe and settled where you live"
    G2 = "Pledge 2: We will support you to do well in education"
    G3 = "Pledge 3: We will prepare you for adult life"
    G4 = "Pledge 4: We will listen to you and act on what you tell us"
    SM = {"Complete": "blue", "Green – on track": "green", "Amber – some slippage": "amber",
          "Red – off track": "red", "": "unrated", "Not started": "unrated"}
    SF = {"Complete": "579BFC", "Green – on track": "00C875", "Amber – some slippage": "FDAB3D",
          "Red – off track": "E2445C", "Not started": "C4C4C4"}
    groups = [
        (G1, [
            ("Reduce placement moves: stability meetings for any child with two moves in 12 months", "Hannah Cole", "Green – on track", "2024-04-01", "2025-03-31", "High", "", ["Hannah Cole"]),
            ("Open a local staying-close service for young people leaving residential care", "Hannah Cole, Dev Mistry", "Amber – some slippage", "2024-09-01", "2025-12-31", "High", "450000", ["Hannah Cole", "Dev Mistry"]),
            ("Every child in care to have a named contact in their district council for housing", "Housing Options Manager", "Complete", "2024-04-01", "2024-09-30", "Medium", "", ["Housing Options Manager"]),
        ]),
        (G2, [
            ("Virtual School to hold a PEP quality audit each term", "Virtual School Head", "Green – on track", "2024-09-01", "2025-07-31", "High", "", ["Virtual School Head"]),
            ("Provide laptops and broadband to all care-experienced students in further education", "Virtual School Head, IT Services Lead", "Complete", "2024-06-01", "2024-10-31", "Medium", "38000", ["Virtual School Head", "IT Services Lead"]),
            ("Raise the higher education bursary to £3,000 a year", "Leaving Care Manager", "Red – off track", "2025-01-01", "2025-04-30", "Medium", "60000", ["Leaving Care Manager"]),
            ("Tutoring offer for Year 10 and 11 children in care", "Virtual School Head", "", "2025-09-01", "2026-07-31", "Low", "", ["Virtual School Head"]),
        ]),
        (G3, [
            ("Council tax exemption for care leavers up to age 25 in all districts", "Head of Revenues", "Complete", "2024-04-01", "2024-04-30", "High", "", ["Head of Revenues"]),
            ("Ring-fenced apprenticeships for care leavers across council departments", "HR Business Partner", "Amber – some slippage", "2024-10-01", "2026-03-31", "High", "", ["HR Business Partner"]),
            ("Independent living skills programme co-delivered with care leavers", "Leaving Care Manager, Participation Officer", "Not started", "2025-06-01", "2026-01-31", "Medium", "12000", ["Leaving Care Manager", "Participation Officer"]),
        ]),
        (G4, [
            ("Children in Care Council to meet the Corporate Parenting Board every quarter", "Participation Officer", "Green – on track", "2024-04-01", "", "High", "", ["Participation Officer"]),
            ("Annual 'Bright Spots' survey of children in care and care leavers", "Head of Children in Care", "Green – on track", "2024-11-01", "2025-02-28", "Medium", "9000", ["Head of Children in Care"]),
            ("Refresh the Pledge with children and young people", "Participation Officer, Corporate Parenting Lead Member", "Red – off track", "2025-01-01", "2025-06-30", "Medium", "", ["Participation Officer", "Corporate Parenting Lead Member"]),
        ]),
    ]
    r = 3
    acts = []
    for g, items in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True, color="579BFC", size=12)
        r += 1
        for i, h in enumerate(heads, 1):
            ws.cell(row=r, column=i, value=h).font = BOLD
        r += 1
        for k, (nm, who, st, s, e, pri, bud, lead) in enumerate(items):
            vals = [nm, who, st or None, s, e or None, pri, int(bud) if bud else None, "", str(1734500000 + r * 7)]
            for i, v in enumerate(vals, 1):
                ws.cell(row=r, column=i, value=v)
            if st in SF:
                ws.cell(row=r, column=3).fill = fill(SF[st])
            if bud:
                ws.cell(row=r, column=7).number_format = "#,##0"
            acts.append(A(None, [g], nm, lead, e[:7] if e else None, SM[st]))
            r += 1
        r += 1  # blank row between groups
    ws["H24"] = "Meets as a standing item"  # note on the Children in Care Council item
    for c, w in zip("ABCDEFGHI", [70, 40, 22, 14, 14, 9, 11, 30, 12]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, dict(
        source="Imitates a Monday.com board export (Excel) used by a council to track its Corporate Parenting Strategy action plan: board name in row 1, each group (here the council's pledges to children in care) as a coloured title row followed by its own repeated header row, custom status labels with Monday colours, Timeline start/end as ISO text, budget column, item IDs.",
        reads="Thirteen actions grouped under four corporate parenting pledges, with no refs. Status labels say the RAG in words (Green – on track, Amber – some slippage, Red – off track, Complete, Not started or blank); the end is the Timeline - End date, blank for one standing item.",
        outcome="read",
        title="Corporate Parenting Strategy Action Plan 2024-2027",
        actions=acts))


# ---------------------------------------------------------------------------
# 8. Improvement Board highlight report: summary block with formulas
#    (cached), overall RAG box, merged workstream bands, % complete,
#    RAG by fill only, hidden helper row. A due date 'Sep-52' in a
#    2025 plan -> refuse.
# ---------------------------------------------------------------------------
def f8():
    name = "x-highlight-report-refuse"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Children's Improvement Board – Highlight Report"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Period ending 31 August 2025"
    ws["A4"], ws["B4"] = "Actions in plan", "=COUNTA(C10:C25)"
    ws["A5"], ws["B5"] = "Average % complete", "=AVERAGE(E10:E25)"
    ws["B5"].number_format = "0%"
    ws["D4"], ws["E4"] = "Overall RAG", "Amber"
    ws["E4"].fill = fill(AMBER)
    ws.row_dimensions[6].hidden = True
    ws["A6"] = "helper: last refreshed from tracker v12"
    heads = ["No.", "Workstream / milestone", "Action", "Owner", "% complete", "Due", "RAG", "Commentary / next steps"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(theme=1, tint=0.34998626667073579)
    ws.freeze_panes = "A9"
    W = [("Workstream A: Front door", [
            ("A1", "MASH", "Move to a co-located MASH with Police and Health on one floor", "Head of Front Door", 1.0, "Jun-25", BLUE),
            ("A2", "Threshold", "Relaunch the threshold document with partner briefings", "Head of Front Door; Partnership Manager", 0.7, "Sep-25", GREEN),
            ("A3", "Early Help", "Step-down panel in each locality", "Early Help Manager", 0.4, "Oct-25", AMBER)]),
         ("Workstream B: Practice quality", [
            ("B1", "Audit", "Monthly collaborative audits with practitioners", "Principal Social Worker", 0.6, "Sep-52", GREEN),
            ("B2", "Practice model", "Roll out the Signs of Safety practice model to all teams", "PSW / Head of Service CIN", 0.3, "Mar-26", RED),
            ("B3", "Supervision", "Supervision audit tool and quarterly report", "Service Manager QA", 0.5, "Dec-25", AMBER)]),
         ("Workstream C: Workforce", [
            ("C1", "Recruitment", "Recruit permanent team managers to all CIN teams", "Head of HR", 0.8, "Nov-25", GREEN),
            ("C2", "ASYE", "Expand the ASYE academy to 20 places", "Academy Lead", 0.2, "Jan-26", None),
            ("C3", "Caseloads", "Reduce average caseloads to 18 in assessment teams", "Head of Service Assessment", 0.45, "Mar-26", RED)])]
    r = 9
    first = None
    for ws_name, items in W:
        ws.cell(row=r, column=1, value=ws_name).font = BOLD
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill(theme=2, tint=-0.0999786370433668)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for no, ms, act, own, pc, due, rag in items:
            first = first or r
            for i, v in enumerate([no, ms, act, own, pc, due, None, ""], 1):
                ws.cell(row=r, column=i, value=v).alignment = WRAP
            ws.cell(row=r, column=5).number_format = "0%"
            if rag:
                ws.cell(row=r, column=7).fill = fill(rag)
            r += 1
    ws["H14"] = "Audit programme running; findings to Board in September."
    ws["A27"] = "RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track; blank = not yet started."
    for c, w in zip("ABCDEFGH", [5, 18, 55, 32, 10, 9, 7, 45]):
        ws.column_dimensions[c].width = w
    p = os.path.join(OUT, name + ".xlsx")
    wb.save(p)
    set_cached(p, "sheet1.xml", {"B4": 9, "B5": round((1 + .7 + .4 + .6 + .3 + .5 + .8 + .2 + .45) / 9, 6)})
    write_yaml(name, dict(
        source="Imitates a children's services Improvement Board monthly highlight report kept in Excel (summary block with formula counts and an overall RAG box above a workstream/milestone table, merged workstream bands, % complete, RAG by fill only, hidden helper row, key sentence below).",
        reads="Nine milestone actions in three workstreams of a 2025/26 improvement programme, due Jun-25 to Mar-26. Action B1 (sheet row 14) is due 'Sep-52', a two-digit year far from every other date in the plan (surely Sep-25), so a careful reader stops and asks rather than record 2052.",
        outcome="refuse",
        refuse_at=14,
        title="Children's Improvement Board – Highlight Report"))


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()
    print("ok")
