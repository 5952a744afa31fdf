"""Build the seven nm1- cases of set heldout411 (children's services plans).

Run with /work/main/.venv/bin/python nm1_make.py  (openpyxl, python-docx, pyyaml).
Writes each data file and its NAME.expected.yaml beside it.  The expected
reading (leads, end month, status) is written out by hand in the data below,
as a person reads each row; the action texts are shared with the data file so
they match character for character.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "8DB4E2", "green": "92D050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "head": "1F4E78", "theme": "DDEBF7", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def write_expected(name, source, reads, outcome, title=None, actions=None,
                   accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        out = []
        for a in actions:
            item = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                    "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            out.append(item)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end,
         "status": status}
    if end_text:
        d["end_text"] = end_text
    d.update(cells)
    return d


# ---------------------------------------------------------------------------
# 1. Nottingham City YJS – HMIP improvement plan (xlsx)
# ---------------------------------------------------------------------------
def nottingham():
    name = "nm1-nottingham-city-council-youth-justice-service-hmip-improvement-plan.xlsx"
    title = "Nottingham City Youth Justice Service – HMIP Improvement Plan 2024"
    D1 = "Domain 1: Organisational delivery"
    D2 = "Domain 2: Court disposals"
    D3 = "Domain 3: Out-of-court disposals"
    R1 = ("R1. The Youth Justice Management Board should ensure that board members understand "
          "their individual roles and hold partner agencies to account for the delivery of "
          "services to children.")
    R2 = ("R2. The Youth Justice Management Board should ensure that children have timely access "
          "to speech, language and communication assessment and support.")
    R3 = ("R3. The Head of Youth Justice should ensure that assessments and plans give sufficient "
          "attention to keeping other people safe, including identified victims.")
    R4 = ("R4. The Head of Youth Justice should ensure that out-of-court disposal decision-making "
          "is informed by a full assessment of the child's needs and of any risk to others.")
    d = dt.datetime
    acts = [
        A("1.1", [D1, R1], "Refresh the YJMB terms of reference and induction pack, and hold a "
          "board development session facilitated by the Youth Justice Board.",
          ["Chair of YJMB", "Head of Youth Justice"], "2024-03", "blue",
          lead_cell="Chair of YJMB / Head of Youth Justice", orig=d(2024, 3, 31), rev=None,
          upd="Terms of reference approved 5 March 2024; development session held 19 March 2024.",
          prev="Amber", cur="Complete"),
        A("1.2", [D1, R1], "Introduce a partner performance dashboard to every board meeting, "
          "with named agency leads reporting against agreed indicators.",
          ["Performance & Information Manager"], "2024-07", "amber",
          lead_cell="Performance & Information Manager", orig=d(2024, 4, 30), rev=d(2024, 7, 31),
          upd="Draft dashboard shared at May board. Health and education data still to be added.",
          prev="Amber", cur="Amber"),
        A("2.1", [D1, R2], "Agree a jointly funded speech and language therapist post with the "
          "ICB and recruit to it.",
          ["Head of Youth Justice", "ICB Commissioning Lead"], "2024-06", "amber",
          lead_cell="Head of Youth Justice; ICB Commissioning Lead", orig=d(2024, 6, 30), rev=None,
          upd="Funding agreed 50/50 with ICB. Post advertised; interviews 12 June 2024.",
          prev="Red", cur="Amber"),
        A("2.2", [D1, R2], "Screen all children entering the service on a court order using the "
          "AssetPlus speech, language and communication screening tool, and audit take-up "
          "quarterly.",
          ["YJS Operations Manager (Court)"], "2024-05", "green",
          lead_cell="YJS Operations Manager (Court)", orig=d(2024, 5, 31), rev=None,
          upd="Screening in place from 1 April 2024. First audit: 88% of new orders screened.",
          prev="Green", cur="Green"),
        A("3.1", [D2, R3], "Deliver risk of harm refresher training to all case managers, with a "
          "practice standard for contingency planning.",
          ["Practice Development Lead"], "2024-05", "blue",
          lead_cell="Practice Development Lead", orig=d(2024, 3, 31), rev=d(2024, 5, 31),
          upd="Training delivered to 31 of 32 staff; practice standard issued 20 May 2024.",
          prev="Complete", cur="Complete"),
        A("3.2", [D2, R3], "Introduce monthly management oversight audits of risk of serious harm "
          "assessments, with findings reported to the Quality Assurance Panel.",
          ["YJS Operations Manager (Court)"], "2024-06", "green",
          lead_cell="YJS Operations Manager (Court)", orig=d(2024, 6, 30), rev=None,
          upd="Audit tool agreed; April and May audits completed.",
          prev="Green", cur="Green"),
        A("3.3", [D2, R3], "Review victim contact arrangements so that every identified victim is "
          "offered contact within 10 working days of the court outcome.",
          ["Restorative Justice Coordinator"], "2024-08", "red",
          lead_cell="Restorative Justice Coordinator", orig=d(2024, 8, 31), rev=None,
          upd="Victim worker vacancy since March 2024 – only 54% of victims contacted in time. "
              "Escalated to YJMB.",
          prev="Amber", cur="Red"),
        A("4.1", [D3, R4], "Revise the Joint Decision Making Panel protocol with Nottinghamshire "
          "Police so that a completed assessment is available before every panel.",
          ["Head of Youth Justice", "Police Inspector (Prevention)"], "2024-09", "green",
          lead_cell="Head of Youth Justice & Police Inspector (Prevention)", orig=d(2024, 5, 31),
          rev=d(2024, 9, 30),
          upd="Protocol redrafted; awaiting sign-off by Nottinghamshire Police legal services.",
          prev="Amber", cur="Green"),
        A("4.2", [D3, R4], "Extend the Turnaround programme offer to all children receiving a "
          "community resolution and record outcomes on ChildView.",
          ["Prevention Team Manager"], "2024-12", "green",
          lead_cell="Prevention Team Manager", orig="Q3 2024/25", rev=None,
          upd="Referral pathway agreed with police. ChildView outcome fields being built.",
          prev="", cur="Green"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILL["head"])
    cov["A2"] = ("Post-inspection improvement plan following the HM Inspectorate of Probation "
                 "inspection of youth justice services (fieldwork November 2023)")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Change"]
    rows = [
        ["0.3", d(2024, 2, 12), "Head of Youth Justice", "Draft for YJ Management Board"],
        ["1.0", d(2024, 2, 28), "Head of Youth Justice", "Approved by YJ Management Board; submitted to HMIP"],
        ["1.4", d(2024, 5, 21), "Performance & Information Manager", "May 2024 progress update"],
    ]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.border = BOX
    for i, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A10"] = "Owner: Head of Youth Justice, Nottingham City Council"
    cov["A11"] = "Governance: Youth Justice Management Board (bi-monthly)"
    for col, w in zip("ABCD", (12, 14, 34, 56)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=FILL["head"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Inspection fieldwork: 13–17 November 2023   |   Report published: 6 February 2024"
                "   |   Overall rating: Requires improvement")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Progress position as at 21 May 2024 – reported to YJ Management Board 4 June 2024"
    ws["A3"].font = Font(italic=True)
    heads = ["HMIP Recommendation", "Ref", "Action", "Lead(s)", "Original target date",
             "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ragfill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 6
    cur_dom = cur_rec = None
    rec_start = None

    def close_rec(end_row):
        if cur_rec is not None and end_row > rec_start:
            ws.merge_cells(start_row=rec_start, start_column=1, end_row=end_row, end_column=1)

    for a in acts:
        dom, rec = a["under"]
        if dom != cur_dom:
            close_rec(r - 1)
            cur_rec = None
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=dom)
            c.font = Font(bold=True)
            c.fill = fill("theme")
            cur_dom = dom
            r += 1
        if rec != cur_rec:
            close_rec(r - 1)
            c = ws.cell(row=r, column=1, value=rec)
            c.alignment = WRAP
            cur_rec = rec
            rec_start = r
        vals = [None, a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["upd"],
                a["prev"] or None, a["cur"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j)
            if j > 1:
                c.value = v
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for j, key in ((8, "prev"), (9, "cur")):
            if a[key]:
                ws.cell(row=r, column=j).fill = fill(ragfill[a[key]])
        r += 1
    close_rec(r - 1)
    r += 1
    ws.cell(row=r, column=1, value="Summary – current RAG").font = Font(bold=True)
    counts = [("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 1), ("Total actions", 9)]
    for k, (lab, n) in enumerate(counts, 1):
        ws.cell(row=r + k, column=1, value=lab)
        ws.cell(row=r + k, column=2, value=n)
        if lab in ragfill:
            ws.cell(row=r + k, column=1).fill = fill(ragfill[lab])
    r += len(counts) + 2
    ws.cell(row=r, column=1, value=(
        "Note: a revised target date is shown only where the YJ Management Board agreed a "
        "change to the original date. Progress updates are reported to each Board meeting."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (42, 6, 52, 28, 13, 13, 44, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([
            ("Complete", "Action complete and evidenced"),
            ("Green", "On track to meet the target date"),
            ("Amber", "Some slippage – within tolerance"),
            ("Red", "Off track – escalated to the YJ Management Board")], 2):
        key.cell(row=i, column=1, value=lab).fill = fill(ragfill[lab])
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 52
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a youth justice service post-HMIP improvement plan as taken to a YJ "
                "Management Board and council committee (e.g. Reading YJS improvement plan 2024, "
                "https://democracy.reading.gov.uk/mgAi.aspx?ID=15127; Rotherham YOS improvement "
                "action plan with recommendation / action / completion date / lead / progress "
                "columns). Nottingham City Council, 2024, fictionalised content. Copied features: "
                "cover sheet with document control table, HMIP domains as merged section rows, "
                "recommendation text in a vertically merged first column above its actions, "
                "original and revised target dates (real date cells, one quarter written as "
                "text), previous and current RAG with fill colours, summary totals block, notes "
                "line, separate RAG key sheet."),
        reads=("A nine-action improvement plan on the 'Improvement Plan' sheet, grouped under three "
               "HMIP domains and four recommendations R1–R4. Each action has a ref, lead(s), an "
               "original and sometimes a revised target date, a progress update and previous and "
               "current RAG; the revised date and current RAG are the ones that count. The cover "
               "sheet, RAG key sheet and the summary block are not actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 2. City of York SCP – JTAI action plan (xlsx, one sheet per priority, fill RAG)
# ---------------------------------------------------------------------------
def york():
    name = "nm1-city-of-york-safeguarding-children-partnership-jtai-action-plan.xlsx"
    title = "Joint Targeted Area Inspection (JTAI) – Multi-agency Action Plan"
    P1 = "Priority 1 – Early help assessment and planning"
    P2 = "Priority 2 – Understanding of thresholds and step-up / step-down"
    P3 = "Priority 3 – Partnership oversight of early help"
    F1 = ("The quality of early help assessments and plans across the partnership, so that they "
          "consider the needs of all children in the family and include clear, measurable "
          "outcomes.")
    F2 = ("The shared understanding of thresholds between partner agencies, so that children are "
          "not referred to the front door when an early help response would meet their needs.")
    F3 = ("Strategic oversight by the partnership of the quality and impact of early help, "
          "including the use of performance information from all agencies.")
    acts = [
        A("1a", [P1, F1], "Launch a single multi-agency early help assessment and plan template on "
          "the Early Help Module, replacing the separate agency templates.",
          ["CYC Head of Early Help"], "2024-10", "blue", when="October 2024",
          impact="All new early help assessments use one template (EHM report).", rag="blue"),
        A("1b", [P1, F1], "Deliver 'whole family' early help assessment training to lead "
          "practitioners in schools, health visiting and the voluntary sector.",
          ["YSCP Learning and Development Officer"], "2025-03", "green", when="March 2025",
          impact="150 practitioners trained; post-course audit shows siblings considered.",
          rag="green"),
        A("1c", [P1, F1], "Complete a quarterly multi-agency audit of early help plans, with "
          "findings reported to the Practice Quality Sub-group.",
          ["YSCP Business Manager", "CYC Principal Social Worker"], None, "green",
          end_text="Ongoing", when="Ongoing",
          impact="Proportion of plans graded good or better rises each quarter.", rag="green"),
        A("1d", [P1, F1], "Embed the voice of the child in every early help plan review by "
          "introducing a 'my view' section completed with the child.",
          ["CYC Head of Early Help"], "2024-12", "amber", when=dt.datetime(2024, 12, 31),
          impact="Child's view recorded in 90% of reviews.", rag="amber"),
        A("2a", [P2, F2], "Re-launch the York Continuum of Need guidance with briefing sessions for "
          "each partner agency.",
          ["YSCP Business Manager"], "2024-09", "blue", when="Sept 2024",
          impact="Briefings delivered to police, health, schools and VCS.", rag="blue"),
        A("2b", [P2, F2], "Introduce an early help consultation line in the Multi-Agency "
          "Safeguarding Hub (MASH) for professionals considering a referral.",
          ["MASH Team Manager", "North Yorkshire Police Detective Inspector (Safeguarding)"],
          "2025-03", "amber", end_text="Sept 2024 – March 2025", when="Sept 2024 – March 2025",
          impact="Fewer contacts to MASH that result in no further action.", rag="amber"),
        A("2c", [P2, F2], "Audit a sample of contacts that did not meet the threshold for social "
          "care to test whether step-down to early help was timely.",
          ["CYC Service Manager, MASH"], "2025-01", "red", when="Jan-25",
          impact="Audit report to YSCP Executive.", rag="red"),
        A("3a", [P3, F3], "Add an early help performance scorecard, including health and education "
          "data, to each YSCP Executive meeting.",
          ["YSCP Business Manager"], "2024-11", "blue", when="November 2024",
          impact="Scorecard on every Executive agenda from November 2024.", rag="blue"),
        A("3b", [P3, F3], "Agree the Early Help Partnership Board's terms of reference and "
          "reporting line to the YSCP Executive.",
          ["Director of Children's Services (CYC)"], "2024-07", "blue", when="July 2024",
          impact="Terms of reference signed off by the three safeguarding partners.", rag="blue"),
        A("3c", [P3, F3], "Carry out a follow-up multi-agency review of early help twelve months "
          "after the JTAI and report findings to the Executive.",
          ["Independent Scrutineer"], "2025-07", "unrated", when="July 2025",
          impact="Review report and refreshed action plan.", rag=None),
    ]
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "York Safeguarding Children Partnership"
    ov["A1"].font = Font(bold=True, size=12)
    ov["A2"] = title
    ov["A2"].font = Font(bold=True, size=16, color=FILL["head"])
    ov["A3"] = ("JTAI theme: the multi-agency response to children and families who need help. "
                "Fieldwork 13–17 May 2024; letter published 2 July 2024.")
    ov["A5"] = "RAG key"
    ov["A5"].font = Font(bold=True)
    for i, (c, txt) in enumerate([("blue", "Complete – evidence of impact seen"),
                                  ("green", "On track"),
                                  ("amber", "Some slippage"),
                                  ("red", "Off track – escalate to YSCP Executive"),
                                  (None, "No colour – not yet started")], 6):
        cell = ov.cell(row=i, column=1)
        cell.border = BOX
        if c:
            cell.fill = fill(c)
        ov.cell(row=i, column=2, value=txt)
    ov["A12"] = "Progress summary (as at 30 January 2025)"
    ov["A12"].font = Font(bold=True)
    hdr = ["Priority", "Actions", "Complete", "On track", "Some slippage", "Off track",
           "Not started"]
    data = [[P1, 4, 1, 2, 1, 0, 0], [P2, 3, 1, 0, 1, 1, 0], [P3, 3, 2, 0, 0, 0, 1],
            ["Total", 10, 4, 2, 2, 1, 1]]
    for j, h in enumerate(hdr, 1):
        c = ov.cell(row=13, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
    for i, row in enumerate(data, 14):
        for j, v in enumerate(row, 1):
            c = ov.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ov.column_dimensions["A"].width = 60
    ov.column_dimensions["B"].width = 40
    for col in "CDEFG":
        ov.column_dimensions[col].width = 13

    for pname, head, finding in (("Priority 1", P1, F1), ("Priority 2", P2, F2),
                                 ("Priority 3", P3, F3)):
        ws = wb.create_sheet(pname)
        ws.merge_cells("A1:F1")
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("head")
        ws["A2"] = "Area for improvement (JTAI letter, 2 July 2024):"
        ws["A2"].font = Font(bold=True)
        ws.merge_cells("A3:F3")
        ws["A3"] = finding
        ws["A3"].alignment = WRAP
        ws["A3"].fill = fill("pale")
        ws.row_dimensions[3].height = 36
        heads = ["Ref", "What we will do", "Lead agency / officer", "By when",
                 "Impact – how will we know?", "RAG"]
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=5, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            c.border = BOX
        r = 6
        for a in acts:
            if a["under"][0] != head:
                continue
            lead_cell = " / ".join(a["lead"])
            vals = [a["ref"], a["action"], lead_cell, a["when"], a["impact"], None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(row=r, column=6).fill = fill(a["rag"])
            r += 1
        for col, w in zip("ABCDEF", (6, 58, 34, 16, 44, 8)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a safeguarding children partnership's post-JTAI multi-agency action "
                "plan (cf. Durham LSCB JTAI action plan updates with themes, audits and a live "
                "RAG plan, https://democracy.durham.gov.uk/mgAi.aspx?ID=37610). City of York "
                "Safeguarding Children Partnership, 2024–25 (early help JTAI theme), "
                "fictionalised. Copied features: overview sheet with partnership name, title, "
                "inspection line, colour-only RAG key and progress summary table; one sheet per "
                "priority with a priority banner, an 'Area for improvement' label and the "
                "finding text in a merged cell above the actions; RAG shown by fill colour only; "
                "'By when' as month text, a date cell, 'Ongoing' and a period."),
        reads=("Three priority sheets hold ten multi-agency actions (1a–3c), each under its "
               "priority and the JTAI area for improvement quoted above the table. Status is the "
               "fill colour of the empty RAG cell, read through the key on the Overview sheet "
               "(blue complete); 3c has no colour and is not started. The Overview sheet's key "
               "and summary table are not actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 3. Tower Hamlets – focused visit action plan (xlsx, flat tracker)
# ---------------------------------------------------------------------------
def tower_hamlets():
    name = "nm1-tower-hamlets-council-focused-visit-action-plan.xlsx"
    title = "Ofsted Focused Visit (Children in Need and Child Protection) – Action Plan"
    T1 = "Management oversight"
    T2 = "Child protection planning"
    T3 = "Children in need"
    F1 = ("The quality and impact of management oversight and supervision, so that children's "
          "plans progress without drift.")
    F2 = ("The quality of child protection plans, so that they are specific, measurable and "
          "focused on reducing risk to children.")
    F3 = "The timeliness of step-down from child protection to child in need plans and of CIN reviews."
    d = dt.datetime
    acts = [
        A("FV-01", [T1, F1], "Implement the revised supervision policy, with a minimum of "
          "four-weekly reflective supervision for all social workers in the CIN and CP teams.",
          ["Rahman, Amina"], "2024-01", "blue", lead_cell="Rahman, Amina",
          target=d(2024, 1, 31), st="Complete", pct=1.0, closed=d(2024, 1, 26),
          note="Policy launched 8 January 2024. Supervision compliance 91% in February."),
        A("FV-02", [T1, F1], "Introduce a monthly CIN and CP performance clinic chaired by the Head "
          "of Service to track children whose plans have been open for longer than nine months.",
          ["Amina Rahman", "Tom Fielding"], "2024-02", "green",
          lead_cell="Amina Rahman and Tom Fielding", target=d(2024, 2, 29), st="On track",
          pct=0.6, closed=None, note="Two clinics held; 38 children reviewed."),
        A("FV-03", [T2, F2], "Revise the child protection plan template with SMART outcomes and a "
          "contingency section, co-produced with parents.",
          ["Child Protection & Reviewing Service Manager"], "2024-03", "blue",
          lead_cell="Child Protection & Reviewing Service Manager", target=d(2024, 3, 31),
          st="Complete", pct=1.0, closed=d(2024, 3, 14),
          note="New template live on Mosaic from 14 March 2024."),
        A("FV-04", [T2, F2], "Child Protection Chairs to raise a practice alert where a plan is not "
          "SMART at the review conference.",
          ["CP Chairs", "Service Manager QA"], "2024-04", "amber",
          lead_cell="CP Chairs / Service Manager QA", target=d(2024, 4, 30), st="At risk",
          pct=0.4, closed=None,
          note="Practice alert process agreed but not yet used consistently by all chairs."),
        A("FV-05", [T2, F2], "Audit 30 child protection plans in April 2024 and repeat in July 2024 "
          "to measure improvement.",
          ["Practice Improvement Lead"], "2024-07", "unrated",
          lead_cell="Practice Improvement Lead", target=d(2024, 7, 31), st="Not started",
          pct=0.0, closed=None, note="Audit tool drafted."),
        A("FV-06", [T3, F3], "Establish weekly tracking of CIN review timeliness at team manager "
          "meetings using the Power BI CIN dashboard.",
          ["Head of Service – Children in Need"], "2023-12", "blue",
          lead_cell="Head of Service – Children in Need", target=d(2023, 12, 31), st="Complete",
          pct=1.0, closed=d(2023, 12, 15), note="Dashboard in use in all CIN teams."),
        A("FV-07", [T3, F3], "Agree a step-down protocol between CP and CIN teams, including a joint "
          "visit with the new allocated worker.",
          ["TF", "AR"], "2024-03", "red", lead_cell="TF / AR", target=d(2024, 3, 31),
          st="Off track", pct=0.2, closed=None,
          note="Protocol delayed by team restructure; new date to be agreed at April board."),
        A("FV-08", [T3, F3], "Report CIN review timeliness to the Children's Improvement Board "
          "quarterly.",
          ["Performance & Intelligence Manager"], None, "green", end_text="Quarterly",
          lead_cell="Performance & Intelligence Manager", target="Quarterly", st="On track",
          pct=None, closed=None, note="Reported December 2023 and March 2024."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "London Borough of Tower Hamlets – Children and Culture Directorate"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = ("Visit: 5–6 September 2023   Letter published: 12 October 2023   Plan owner: "
                "Director of Children's Social Care")
    ws["A4"] = "Last updated: 22/03/2024"
    heads = ["Theme", "Ofsted finding (area for improvement)", "Ref", "Action",
             "Responsible officer", "Target date", "Status", "% complete", "Date closed",
             "Evidence / commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="5B2C6F", end_color="5B2C6F")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    r = 7
    for a in acts:
        vals = [a["under"][0], a["under"][1], a["ref"], a["action"], a["lead_cell"],
                a["target"], a["st"], a["pct"], a["closed"], a["note"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j == 8 and v is not None:
                c.number_format = "0%"
        r += 1
    ws.cell(row=r + 1, column=1, value=(
        "Status options: see the Lists tab. % complete is estimated by the responsible officer."))
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", (20, 40, 8, 52, 26, 12, 12, 10, 12, 40)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A6:J{r - 1}"
    ws.freeze_panes = "D7"
    from openpyxl.worksheet.datavalidation import DataValidation
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G7:G{r - 1}")

    ls = wb.create_sheet("Lists")
    ls["A1"] = "Status"
    ls["B1"] = "Meaning"
    for i, (s, m) in enumerate([("Complete", "Action delivered and evidence uploaded"),
                                ("On track", "Will meet the target date"),
                                ("At risk", "May miss the target date"),
                                ("Off track", "Target date missed or will be missed"),
                                ("Not started", "Work has not yet begun")], 2):
        ls.cell(row=i, column=1, value=s)
        ls.cell(row=i, column=2, value=m)
    ls.column_dimensions["A"].width = 14
    ls.column_dimensions["B"].width = 42

    cl = wb.create_sheet("Change log")
    for j, h in enumerate(["Date", "Changed by", "Change"], 1):
        cl.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate([[d(2023, 11, 2), "AR", "Plan created from focused visit letter"],
                             [d(2024, 1, 29), "AR", "FV-01 closed"],
                             [d(2024, 3, 22), "Performance team", "March update"]], 2):
        for j, v in enumerate(row, 1):
            c = cl.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a local authority's Ofsted focused visit action tracker (ILACS focused "
                "visit on children in need and child protection, cf. the focus-visit areas listed "
                "at https://seslip.co.uk/ofsted-visit-analysis-page-11). London Borough of Tower "
                "Hamlets, 2023–24, fictionalised. Copied features: directorate / title / visit "
                "details / last-updated header lines, a flat filterable tracker with Theme and "
                "Ofsted finding repeated on every row, FV-nn refs, status chosen from a dropdown "
                "list defined on a Lists tab, % complete and date closed columns, a change log "
                "sheet, surname-first and initials leads."),
        reads=("One flat table of eight actions (FV-01 to FV-08), each row carrying its theme and "
               "the Ofsted area for improvement it answers. Status is a word from the dropdown: "
               "Complete, On track, At risk (amber), Off track (red), Not started; FV-08 is "
               "reported quarterly with no end month. The Lists and Change log sheets are not "
               "actions."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Portsmouth – corporate parenting board action plan (docx, table per priority)
# ---------------------------------------------------------------------------
def portsmouth():
    name = "nm1-portsmouth-city-council-corporate-parenting-board-action-plan.docx"
    title = "Portsmouth Corporate Parenting Board – Action Plan 2024–26"
    P1 = "Priority 1: You are safe and live in a stable, loving home"
    P2 = "Priority 2: You do well in education, training and work"
    P3 = "Priority 3: You are prepared and supported for adult life"
    acts = [
        A("1.1", [P1], "Increase the number of in-house foster carers by recruiting 25 new "
          "fostering households, with a focus on carers for teenagers and sibling groups.",
          ["Head of Fostering and Adoption"], "2025-03", "amber",
          lead_cell="Head of Fostering and Adoption", when="March 2025", rag="A",
          upd="17 households approved so far; 6 more at panel before the end of March."),
        A("1.2", [P1], "Hold a stability meeting within five working days for any child at risk of "
          "a placement ending.",
          ["Team Manager (Children in Care)"], None, "green", end_text="Ongoing",
          lead_cell="Team Manager (Children in Care)", when="Ongoing", rag="G",
          upd="42 stability meetings held since April 2024; 31 placements maintained."),
        A("1.3", [P1], "Open a second small children's home in the city for children with complex "
          "needs.\nThe home will be registered with Ofsted and staffed by a permanent team.",
          ["Residential Service Manager", "Head of Commissioning"], "2025-09", "amber",
          lead_cell="Residential Service Manager / Head of Commissioning", when="Sept 2025",
          rag="A", upd="Property purchased. Building works delayed; registration application "
                       "to be submitted in May 2025."),
        A("2.1", [P2], "Ring-fence ten council apprenticeships a year for care leavers, with a "
          "guaranteed interview for every applicant.",
          ["Cllr Suzy Horton", "Director of HR"], "2025-04", "green",
          lead_cell="Cllr Suzy Horton and Director of HR", when="April 2025", rag="G",
          upd="Seven care leavers started apprenticeships in 2024/25."),
        A("2.2", [P2], "Provide tutoring for every child in care in Year 10 and Year 11 who is not "
          "on track to achieve grade 4 in English and maths.",
          ["Virtual School Headteacher"], "2025-07", "green", end_text="Summer term 2025",
          lead_cell="Virtual School Headteacher", when="Summer term 2025", rag="G",
          upd="58 young people receiving tutoring funded through Pupil Premium Plus."),
        A("3.1", [P3], "Exempt care leavers living in Portsmouth from council tax until their 25th "
          "birthday.",
          ["Director of Finance"], "2024-04", "blue", lead_cell="Director of Finance",
          when="April 2024", rag="B",
          upd="Agreed at Full Council February 2024 – in place from 1 April 2024."),
        A("3.2", [P3], "Co-produce a new Local Offer for care leavers with the Children in Care "
          "Council and publish it on the website and app.",
          ["Participation Lead"], "2024-12", "red", lead_cell="Participation Lead",
          when="December 2024", rag="R",
          upd="Not published. Young people asked for more time to design the app pages; "
              "Board asked to agree a new date."),
        A("3.3", [P3], "Offer every care leaver a health passport and a named health contact "
          "before their 18th birthday.",
          ["Designated Nurse for Children in Care (ICB)"], "2025-10", "unrated",
          lead_cell="Designated Nurse for Children in Care (ICB)", when="Oct 2025", rag="",
          upd="Not started – due to begin after the health passport is redesigned."),
    ]
    said = {P1: "You said: “Moving placements a lot makes it hard to settle at school.”",
            P2: "You said: “We want help to find apprenticeships, not just college courses.”",
            P3: "You said: “Council tax and bills are scary when you first move out.”"}
    ragfill = {"B": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Progress update for the Corporate Parenting Board meeting of 19 March 2025")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Head of Service, Children in Care and Care Leavers"),
                 ("Version", "2.1"), ("Last reviewed", "10 March 2025"),
                 ("Approved by", "Corporate Parenting Board, 11 June 2024")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This plan sets out what the council and its partners will do to keep the promises in "
        "our Pledge to children in care and care leavers. The priorities were agreed with the "
        "Children in Care Council and the Care Leavers Forum, and each one starts with what "
        "young people told us.")
    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, txt in [("B", "Complete"), ("G", "On track"),
                      ("A", "Some delay – action being taken"),
                      ("R", "Off track – Board support needed")]:
        row = k.add_row().cells
        set_cell(row[0], code, bold=True)
        shade(row[0], ragfill[code])
        set_cell(row[1], txt)
    for pr in (P1, P2, P3):
        doc.add_heading(pr, level=2)
        para = doc.add_paragraph()
        para.add_run(said[pr]).italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells,
                        ["No.", "What we will do", "Lead", "When", "RAG", "Update March 2025"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            if a["under"][0] != pr:
                continue
            cells = tb.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["rag"],
                                    a["upd"]]):
                set_cell(c, v)
            if a["rag"]:
                shade(cells[4], ragfill[a["rag"]])
    doc.add_paragraph()
    doc.add_paragraph("Next update: Corporate Parenting Board, July 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a corporate parenting board / pledge action plan as presented to a "
                "council's Corporate Parenting Board (cf. Bracknell Forest corporate parenting "
                "strategy action plan 2025–2028 organised by pledge with responsible officer and "
                "timeline; Slough corporate parenting action plan update to panel). Portsmouth "
                "City Council, 2024–26, fictionalised. Copied features: title and 'progress "
                "update for the Board' line, document control table, introduction, RAG key table "
                "with coloured letters, one heading and one table per priority with a 'You said' "
                "quote from young people above it, RAG letters in shaded cells, an action cell "
                "of two paragraphs, a councillor and a post as joint leads."),
        reads=("Eight actions in three tables, one per priority heading (1.1–1.3, 2.1–2.2, "
               "3.1–3.3), each with a lead, a 'When', a RAG letter and a March 2025 update. The "
               "document control and RAG key tables are not the plan; 3.3 has no RAG and is not "
               "started."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 5. Harrow – ILACS improvement plan (docx, one table with merged theme/rec rows)
# ---------------------------------------------------------------------------
def harrow():
    name = "nm1-harrow-council-ilacs-improvement-plan.docx"
    title = "Harrow Children's Services – ILACS Improvement Plan 2024–2025"
    TA = "Theme A: Children who need help and protection"
    TB = "Theme B: Children in care and care leavers"
    TC = "Theme C: Leadership and management"
    R1 = ("1. The quality of assessments for children in need, so that they consider the child's "
          "history and the impact of cumulative harm.")
    R2 = ("2. The response to children who go missing from home, including the timeliness and "
          "use of return home interviews.")
    R3 = ("3. Pathway plans for care leavers, so that they are written with young people and "
          "address their accommodation and health needs.")
    R4 = ("4. The consistency of management oversight and supervision, so that supervision "
          "records show reflection and clear actions for children.")
    R5 = ("5. The accuracy of performance information used by leaders, particularly for children "
          "in care placed outside Harrow.")
    acts = [
        A("A1.1", [TA, R1], "Introduce a chronology standard and template so that every single "
          "assessment includes a summary of the child's history.",
          ["PD", "KM"], "2024-09", "green", lead_cell="PD / KM", when="Q2 2024/25", rag="G",
          prog="Template live on Mosaic from August 2024; briefings held for all teams."),
        A("A1.2", [TA, R1], "Deliver cumulative harm and neglect training, using the Graded Care "
          "Profile 2, to all assessment social workers.",
          ["Principal Social Worker"], "2024-10", "amber", lead_cell="Principal Social Worker",
          when="31/10/2024", rag="A",
          prog="Four of six cohorts trained; two cohorts rescheduled to October."),
        A("A2.1", [TA, R2], "Recommission the return home interview service with a 72-hour "
          "timeliness standard and monthly performance reporting.",
          ["Head of Commissioning (Children)"], "2024-12", "amber",
          lead_cell="Head of Commissioning (Children)", when="Q3 2024/25", rag="A",
          prog="Tender evaluation under way; contract award expected November 2024."),
        A("A2.2", [TA, R2], "Share themes from return home interviews at the monthly Exploitation "
          "and Missing Panel to inform disruption plans.",
          ["KM"], None, "green", end_text="Monthly", lead_cell="KM", when="Monthly", rag="G",
          prog="Standing agenda item since May 2024."),
        A("B3.1", [TB, R3], "Relaunch the pathway plan in plain English, co-designed with Harrow "
          "Children in Care Council.",
          ["Head of Corporate Parenting"], "2024-11", "blue",
          lead_cell="Head of Corporate Parenting", when="Nov 2024", rag="B",
          prog="New pathway plan launched at the care leavers' celebration event."),
        A("B3.2", [TB, R3], "Ensure every care leaver aged 18–21 has a health summary and is "
          "offered a review health assessment before leaving care.",
          ["Designated Nurse LAC", "Head of Corporate Parenting"], "2025-03", "green",
          lead_cell="Designated Nurse LAC / Head of Corporate Parenting", when="March 2025",
          rag="G", prog="Health summaries issued to 64% of eligible young people."),
        A("C4.1", [TC, R4], "Audit supervision records in every team each quarter and feed back "
          "findings to team managers.",
          ["Head of Quality Assurance"], "2025-03", "amber",
          lead_cell="Head of Quality Assurance", when="Q4 2024/25", rag="A",
          prog="Q1 audit completed; Q2 audit delayed by staff absence."),
        A("C4.2", [TC, R4], "Launch the Harrow Practice Framework supervision model with a training "
          "programme for all team managers.",
          ["PD"], "2024-09", "blue", lead_cell="PD", when="Sept 2024", rag="B",
          prog="Launched 2 September 2024; all 18 team managers trained."),
        A("C5.1", [TC, R5], "Cleanse placement address data on Mosaic and introduce a monthly data "
          "quality report to senior managers.",
          ["Head of Business Intelligence"], "2024-12", "red",
          lead_cell="Head of Business Intelligence", when="Dec 2024", rag="R",
          prog="Data cleanse not started – analyst post vacant. Interim support being sought."),
        A("C5.2", [TC, R5], "Add a dashboard of children placed more than 20 miles from Harrow to "
          "the Corporate Parenting Panel performance report.",
          ["Head of Business Intelligence", "Head of Corporate Parenting"], "2025-01", "green",
          lead_cell="Head of Business Intelligence & Head of Corporate Parenting",
          when="Jan 2025", rag="G", prog="Dashboard specification agreed."),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("London Borough of Harrow").bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Following the Ofsted inspection of local authority children's services, "
                      "4–15 March 2024 (report published 26 April 2024)")
    jt = doc.add_table(rows=0, cols=2)
    jt.style = "Table Grid"
    for k, v in [("Judgement", "Grade"),
                 ("The impact of leaders on social work practice with children and families",
                  "Requires improvement to be good"),
                 ("The experiences and progress of children who need help and protection",
                  "Requires improvement to be good"),
                 ("The experiences and progress of children in care", "Good"),
                 ("The experiences and progress of care leavers", "Requires improvement to be good"),
                 ("Overall effectiveness", "Requires improvement to be good")]:
        row = jt.add_row().cells
        set_cell(row[0], k, bold=(k == "Judgement"))
        set_cell(row[1], v, bold=(k == "Judgement"))
    doc.add_paragraph()
    doc.add_paragraph("Key: R = off track, A = some slippage, G = on track, B = complete. Leads "
                      "shown as initials are listed in the glossary at the end of this plan.")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Timescale",
                                       "Progress (September 2024)", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    ragfill = {"B": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    cur_t = cur_r = None
    for a in acts:
        th, rec = a["under"]
        if th != cur_t:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, th, bold=True)
            shade(m, "1F4E78")
            m.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
            cur_t = th
        if rec != cur_r:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            cur_r = rec
        cells = tb.add_row().cells
        for c, v in zip(cells, [a["ref"], a["action"], a["lead_cell"], a["when"], a["prog"],
                                a["rag"]]):
            set_cell(c, v)
        shade(cells[5], ragfill[a["rag"]])
    doc.add_paragraph()
    doc.add_heading("Glossary of leads", level=2)
    gt = doc.add_table(rows=0, cols=2)
    gt.style = "Table Grid"
    for k, v in [("PD", "Director of Children's Services"),
                 ("KM", "Head of Service – Safeguarding and Exploitation"),
                 ("LAC", "Looked after children"), ("RHI", "Return home interview")]:
        row = gt.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a post-ILACS improvement plan in Word as published with a cabinet or "
                "scrutiny report (ILACS judgement table, 'what needs to improve' points turned "
                "into numbered recommendations, cf. the ILACS framework at https://www.gov.uk/"
                "government/publications/inspecting-local-authority-childrens-services-from-2018)."
                " London Borough of Harrow, 2024–25, fictionalised. Copied features: borough "
                "line, title and inspection line, a judgements table that is not the plan, a key "
                "paragraph, one landscape table with full-width merged theme rows and merged "
                "recommendation rows above their actions, quarters of the financial year as "
                "timescales, initials as leads with a glossary table at the end."),
        reads=("One plan table holds ten actions (A1.1–C5.2) under three themes and five "
               "numbered areas for improvement, each with a lead, a timescale, a September 2024 "
               "progress note and a RAG letter. The judgements table and the glossary are not the "
               "plan; A2.2 is monthly with no end month."),
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------------------
# 6. Luton – children's home Ofsted action plan (csv) – REFUSE (typo month)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def luton():
    name = "nm1-luton-council-childrens-home-ofsted-action-plan-typo-month-refuse.csv"
    ncol = 7
    R1 = ("The registered person must ensure that each child's risk assessment and missing from "
          "care plan are reviewed after every incident and reflect the child's current risks. "
          "(Regulation 12 (1)(2)(a)(i)) Due date: 30/06/2025")
    R2 = ("The registered person must ensure that all staff receive practice-related supervision "
          "at least every four weeks. (Regulation 33 (4)(b)) Due date: 31/07/2025")
    R3 = ("The registered person must ensure that a record of each use of restraint includes the "
          "child's views and a debrief within 48 hours. (Regulation 35 (3)(a)(vii)) Due date: "
          "31/08/2025")
    C1 = ("The registered person should ensure that the home's location assessment is reviewed "
          "with partner agencies at least annually. ('Guide to the Children's Homes Regulations "
          "including the quality standards', page 56, paragraph 10.3)")
    C2 = ("The registered person should ensure that children are helped to take part in "
          "activities of their choosing in the community. ('Guide to the Children's Homes "
          "Regulations including the quality standards', page 15, paragraph 3.8)")
    rows = [
        ["Luton Borough Council – Children's Residential Services"],
        ["Maple Lodge Children's Home – Ofsted full inspection 14 May 2025 – Action Plan"],
        ["Overall experiences and progress of children and young people: Requires improvement "
         "to be good"],
        [],
        ["No.", "Requirement / recommendation", "Action", "Responsible person", "Due date",
         "Status", "Comments"],
        ["REQUIREMENTS"],
        ["1a", R1, "Review and update every child's risk assessment and missing from care plan, "
         "signed off by the Registered Manager.", "Registered Manager", "30/06/2025", "Complete",
         "All four children's plans reviewed 6 June 2025."],
        ["1b", "", "Introduce a monthly audit of risk assessments by the Responsible Individual.",
         "Responsible Individual", "31/07/2025", "Complete", "First audit 28 July 2025."],
        ["2a", R2, "Put in place a supervision schedule so that all staff receive supervision at "
         "least every four weeks.", "Registered Manager / Deputy Manager", "Jul-25",
         "In progress", "Schedule in place; 11 of 14 staff supervised in July."],
        ["3a", R3, "Retrain all staff in recording physical interventions, including the child's "
         "views and a debrief within 48 hours.", "Residential Training Officer", "Augsut 2025",
         "In progress", "Two of three sessions delivered."],
        ["RECOMMENDATIONS"],
        ["4a", C1, "Hold a location assessment review meeting with police, the community safety "
         "team and the Luton exploitation hub.", "Registered Manager", "Sep-25", "Not started",
         ""],
        ["5a", C2, "Agree an activity plan with each child at their key-work session and record "
         "it in the child's plan.", "Key workers / Registered Manager", "Oct-25", "In progress",
         "Activity budget increased from September."],
        ["5b", "", "Review activities at the monthly children's meeting.", "Deputy Manager",
         "Ongoing", "In progress", ""],
        [],
        ["Prepared by: Registered Manager. Reviewed by: Head of Residential Services. Sent to "
         "Ofsted: 12 June 2025."],
    ]
    lines = []
    for row in rows:
        row = list(row) + [""] * (ncol - len(row))
        lines.append(",".join(csv_field(v) for v in row))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Augsut 2025" in l)

    write_expected(
        name,
        source=("Imitates a local-authority children's home post-inspection action plan sent to "
                "Ofsted after a full SCCIF inspection (requirements with regulation and due date, "
                "then recommendations citing the Guide to the Children's Homes Regulations; cf. "
                "SCCIF 'Making requirements and recommendations', https://www.gov.uk/guidance/"
                "social-care-common-inspection-framework-sccif-secure-children-s-homes/"
                "14-making-requirements-and-recommendations). Luton Borough Council, 2025, "
                "fictionalised home. Copied features: an Excel sheet saved as CSV with title "
                "lines, REQUIREMENTS and RECOMMENDATIONS section rows, requirement text on the "
                "first of its action rows only, due dates written variously (dd/mm/yyyy, Mon-yy)."),
        reads=("A children's home action plan of seven actions answering three requirements and "
               "two recommendations. The due date of action 3a reads 'Augsut 2025', a mistyped "
               "month; a careful reader stops and asks before taking the plan in."),
        outcome="refuse", refuse_at=refuse_line,
        title="Maple Lodge Children's Home – Ofsted full inspection 14 May 2025 – Action Plan")
    return refuse_line


# ---------------------------------------------------------------------------
# 7. Haringey – early help strategy action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def haringey():
    name = "nm1-haringey-early-help-strategy-action-plan.txt"
    title = "Early Help Strategy 2024–2027 – Year 1 Action Plan"
    P1 = "PRIORITY 1 – Help is easy to find and easy to reach"
    P2 = "PRIORITY 2 – The right help at the right time"
    P3 = "PRIORITY 3 – Working together and learning from families"
    acts = [
        A("1.1", [P1], "Open Family Hubs in Tottenham, Wood Green and Hornsey with a shared front "
          "desk for early help, health visiting and SEND advice.",
          ["Head of Early Help and Prevention"], "2024-09", "blue",
          lead_cell="Head of Early Help and Prevention",
          sup="Whittington Health; Haringey Libraries", when="Sep-24", rag="B",
          upd="All three hubs open; 2,140 visits in Q3."),
        A("1.2", [P1], "Publish a single Haringey Family Hubs directory online and in print, in the "
          "five most spoken community languages.",
          ["Family Hubs Programme Manager"], "2024-12", "amber",
          lead_cell="Family Hubs Programme Manager", sup="Communications team", when="Dec-24",
          rag="A", upd="Online directory live. Translations delayed – print run now February 2025."),
        A("1.3", [P1], "Train 200 practitioners across the partnership in the early help "
          "assessment and in having 'curious conversations' with families.",
          ["Early Help Workforce Lead"], "2025-03", "green", lead_cell="Early Help Workforce Lead",
          sup="Haringey Safeguarding Children Partnership", when="Mar-25", rag="G",
          upd="146 practitioners trained to date."),
        A("2.1", [P2], "Introduce a weekly multi-agency Early Help Allocation Meeting so that "
          "requests for support are allocated within five working days.",
          ["Early Help Service Manager"], "2024-10", "blue", lead_cell="Early Help Service Manager",
          sup="Schools; health visiting; Met Police", when="Oct-24", rag="B",
          upd="Meeting running since October; 94% allocated within five working days."),
        A("2.2", [P2], "Pilot an education-led early help offer in ten primary schools in the east "
          "of the borough, with a named family support worker\nattached to each cluster of "
          "schools.",
          ["Head of Early Help and Prevention", "Head of School Improvement"], "2025-03", "amber",
          lead_cell="Head of Early Help and Prevention / Head of School Improvement",
          sup="Primary headteachers", when="Q4 2024/25", rag="A",
          upd="Eight of ten schools signed up; two family support workers in post."),
        A("2.3", [P2], "Develop a parenting offer for parents of adolescents, including Who's in "
          "Charge? groups for child-to-parent violence.",
          ["Parenting Coordinator"], "2025-06", "green", lead_cell="Parenting Coordinator",
          sup="Youth Justice Service", when="Jun-25", rag="G",
          upd="Facilitators trained; first group starts April 2025."),
        A("3.1", [P3], "Set up a Parent Carer Panel to review the early help offer and meet with "
          "the Partnership Board twice a year.",
          ["Participation and Engagement Manager"], None, "green", end_text="Ongoing",
          lead_cell="Participation and Engagement Manager", sup="", when="Ongoing", rag="G",
          upd="Panel of 12 parents recruited; first Board meeting November 2024."),
        A("3.2", [P3], "Embed the Early Help Outcomes Framework in Mosaic and report outcomes to "
          "the Partnership Board each quarter.",
          ["Head of Performance and Business Intelligence"], "2025-03", "red",
          lead_cell="Head of Performance and Business Intelligence", sup="", when="Mar-25",
          rag="R", upd="Mosaic changes not yet scheduled by the supplier; escalated to the "
                       "Director."),
    ]
    ncol = 7
    out = ["Haringey Early Help Partnership",
           title,
           "Progress at Q3 2024/25 (position at 31 December 2024) – reported to the Haringey "
           "Children's Partnership Board, 5 February 2025",
           "RAG: B = complete   G = on track   A = at risk of delay   R = off track",
           "",
           "\t".join(["Ref", "What we will do", "Lead", "Supported by", "By when", "RAG",
                      "Progress at Q3"])]
    cur = None
    for a in acts:
        if a["under"][0] != cur:
            cur = a["under"][0]
            out.append(cur + "\t" * (ncol - 1))
        first, *rest = a["action"].split("\n")
        out.append("\t".join([a["ref"], first, a["lead_cell"], a["sup"], a["when"], a["rag"],
                              a["upd"]]))
        for cont in rest:
            out.append("\t" + cont + "\t" * (ncol - 2))
    out += ["", "Totals: 8 actions – B 2, G 3, A 2, R 1",
            "Next review: Q4 2024/25 update to the Partnership Board, May 2025."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")

    write_expected(
        name,
        source=("Imitates an early help strategy delivery / action plan reported quarterly to a "
                "children's partnership board (cf. Coventry Early Help Strategy 2023–2025, "
                "https://www.coventry.gov.uk/common-assessment-framework-caf/early-help-strategy-"
                "2023-2025/5, and Family Hubs rollout plans). Haringey Early Help Partnership, "
                "2024–25, fictionalised. Copied features: a spreadsheet exported as tab-separated "
                "text with title lines, reporting-period line, one-line RAG key, upper-case "
                "priority rows, lead and 'supported by' columns, Mon-yy and financial-quarter "
                "dates, one action whose text wrapped onto a continuation line, a totals line."),
        reads=("Eight actions under three priorities (1.1–3.2), each with a lead, supporting "
               "partners, a 'By when', a RAG letter and a Q3 progress note. Action 2.2's text "
               "runs onto the following line, which has no ref or other fields. The key, totals "
               "and next-review lines are not actions."),
        outcome="read", title=title, actions=acts)


if __name__ == "__main__":
    nottingham()
    york()
    tower_hamlets()
    portsmouth()
    harrow()
    line = luton()
    haringey()
    print("built; luton refuse line", line)
