"""Build the seven yh- cases of heldout567 (data files and their expected readings).

Run with /work/main/.venv/bin/python yh_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with "yh-" are written.
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

FILL = {
    "Blue": "0070C0",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("yh-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.add_representer(Lit, _lit)


class Q(str):
    pass


def _q(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


yaml.add_representer(Q, _q)


def write_expected(name, meta, actions):
    doc = {
        "source": Lit(meta["source"]),
        "reads": Lit(meta["reads"]),
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        acts = []
        for a in actions:
            d = {
                "ref": None if a["ref"] is None else Q(a["ref"]),
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": None if a["end"] is None else Q(a["end"]),
            }
            if a.get("end_text") is not None:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Hampshire and Isle of Wight FRS - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
def hiwfrs():
    name = "yh-hampshire-and-isle-of-wight-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"
    title = "HMICFRS Areas for Improvement \u2013 Improvement Plan 2024\u201326"
    D = dt.datetime
    # pillar, AFI heading, actions
    plan = [
        ("Effectiveness", [
            ("AFI 1 \u2013 The service should make sure its prevention work is focused on the people most at risk, and that it evaluates the outcomes of this work.", [
                ("1.1", "Refresh the Safe and Well targeting model using Exeter data, deprivation indices and partner referrals so that home visits are prioritised to the people most at risk.",
                 "Group Manager \u2013 Prevention", ["Group Manager \u2013 Prevention"],
                 D(2024, 9, 30), None, "Blue", "Blue",
                 "Targeting model live from 2 September 2024. Quarterly review built into the Prevention Board forward plan.", "2024-09", "blue"),
                ("1.2", "Introduce an evaluation framework for prevention activity, with outcome measures reported quarterly to the Prevention Board.",
                 "Group Manager \u2013 Prevention / Head of Performance and Analysis",
                 ["Group Manager \u2013 Prevention", "Head of Performance and Analysis"],
                 D(2025, 3, 31), D(2026, 3, 31), "Amber", "Green",
                 "Framework agreed in November 2025 after delay caused by data-sharing agreement with the NHS.\nFirst quarterly outcome report due to Prevention Board in February 2026.", "2026-03", "green"),
            ]),
            ("AFI 2 \u2013 The service should make sure it has an effective quality assurance process, so that staff carry out audits of fire safety in the right way.", [
                ("2.1", "Implement a quality assurance procedure for fire safety audits, with a sample of completed audits reviewed each month by a Fire Safety Team Leader.",
                 "Head of Protection", ["Head of Protection"],
                 D(2024, 12, 31), None, "Green", "Blue",
                 "Procedure PRO-014 published December 2024. 10% monthly sample now reviewed; results reported to Protection Management Team.", "2024-12", "blue"),
                ("2.2", "Deliver refresher training on the revised audit procedure to all Fire Safety Inspectors and Business Safety Officers.",
                 "Head of Protection", ["Head of Protection"],
                 D(2025, 6, 30), D(2026, 2, 28), "Amber", "Amber",
                 "68% of inspectors trained. Remaining sessions scheduled January and February 2026 after vacancies filled.", "2026-02", "amber"),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 3 \u2013 The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any collaboration activity.", [
                ("3.1", "Create a single collaboration register recording the agreed benefits, costs and review date for each collaboration with Hampshire and Isle of Wight Constabulary, South Central Ambulance Service and local authorities.",
                 "Head of Strategic Planning", ["Head of Strategic Planning"],
                 D(2025, 1, 31), None, "Blue", "Blue",
                 "Register in place and reviewed by the Executive Group every six months.", "2025-01", "blue"),
                ("3.2", "Complete a formal benefits review of the shared estates programme and report the findings to the Fire and Rescue Authority.",
                 "Director of Corporate Services", ["Director of Corporate Services"],
                 D(2025, 12, 31), D(2026, 3, 31), "Green", "Amber",
                 "Review fieldwork complete. Report moved to the March 2026 Authority meeting to include the police estate valuation.", "2026-03", "amber"),
            ]),
        ]),
        ("People", [
            ("AFI 4 \u2013 The service should make sure that all staff understand the benefits of equality and diversity, and that it improves how it gathers and uses equality data.", [
                ("4.1", "Roll out mandatory EDI training (\u2018Inclusion Matters\u2019) to all staff, including on-call firefighters and Fire Control.",
                 "Head of People and Organisational Development", ["Head of People and Organisational Development"],
                 D(2025, 3, 31), None, "Green", "Blue",
                 "96% completion at 31 March 2025. Now part of induction for all new starters.", "2025-03", "blue"),
                ("4.2", "Launch an equality data self-declaration campaign through the HR system, aiming for a declaration rate of 80% across all protected characteristics.",
                 "Head of People and Organisational Development; HR Systems Manager",
                 ["Head of People and Organisational Development", "HR Systems Manager"],
                 D(2025, 9, 30), D(2026, 6, 30), "Red", "Amber",
                 "Declaration rate 61% (up from 44%). Campaign relaunched with station visits by the Inclusion Network.", "2026-06", "amber"),
            ]),
            ("AFI 5 \u2013 The service should make sure its workforce plan takes full account of the skills and capabilities it needs to carry out its community risk management plan.", [
                ("5.1", "Produce a strategic workforce plan for 2025\u20132030 linked to the Safety Plan, covering on-call availability, succession planning and specialist skills.",
                 "Assistant Chief Fire Officer", ["Assistant Chief Fire Officer"],
                 D(2026, 3, 31), None, "Amber", "Green",
                 "Draft plan considered by Executive Group on 9 December 2025; consultation with representative bodies under way.", "2026-03", "green"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    set_widths(cov, [14, 16, 40, 48])
    cov["A1"] = "Hampshire and Isle of Wight Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=14, color="C00000")
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "HMICFRS inspection of effectiveness, efficiency and people 2023\u201325 (report published 7 March 2024)"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "22/04/2024", "Improvement and Assurance Manager", "First version approved by Executive Group"),
        ("1.3", "09/10/2025", "Improvement and Assurance Manager", "Q2 2025/26 progress update"),
        ("1.4", "15/01/2026", "Improvement and Assurance Manager", "Q3 2025/26 progress update; revised dates agreed 14/10/2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
    cov["A11"] = "RAG status key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Action complete and evidence of impact gathered"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "At risk \u2013 some slippage against the target date"),
        ("Red", "Off track \u2013 will not be delivered by the target date"),
    ]
    for i, (k, v) in enumerate(key):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in ("Blue", "Red") else "000000")
        cov.cell(row=12 + i, column=2, value=v)
        cov.merge_cells(start_row=12 + i, start_column=2, end_row=12 + i, end_column=4)

    # Summary sheet
    sm = wb.create_sheet("Summary")
    set_widths(sm, [18, 10, 8, 8, 8, 8])
    sm["A1"] = "Summary of progress by pillar \u2013 Q3 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Pillar", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, v in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 4
    tot = [0, 0, 0, 0, 0]
    for pillar, afis in plan:
        acts = [a for _, al in afis for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == k) for k in ("Blue", "Green", "Amber", "Red")]
        tot = [x + y for x, y in zip(tot, counts)]
        for j, v in enumerate([pillar] + counts):
            sm.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tot):
        c = sm.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX

    ws = wb.create_sheet("Improvement Plan")
    set_widths(ws, [7, 60, 30, 13, 13, 12, 12, 55])
    ws["A1"] = "HMICFRS Improvement Plan \u2013 progress at Q3 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    heads = ["Ref", "Action", "Owner", "Original target date", "Revised target date",
             "Previous RAG (Q2)", "Current RAG (Q3)", "Progress update"]
    for j, v in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A4"
    r = 4
    expected = []
    for pillar, afis in plan:
        c = ws.cell(row=r, column=1, value=pillar)
        c.font = Font(bold=True, color="FFFFFF", size=12)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("C00000")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, text, owner, leads, orig, rev, prev, cur, upd, end, status) in acts:
                vals = [ref, text, owner, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, k in ((6, prev), (7, cur)):
                    c = ws.cell(row=r, column=j)
                    c.fill = fill(FILL[k])
                    c.font = Font(bold=True, color="FFFFFF" if k in ("Blue", "Red") else "000000")
                expected.append(dict(ref=ref, under=[pillar, afi], action=text, lead=leads,
                                     end=end, status=status))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the HMICFRS Improvement Board on 14 October 2025. "
            "Blue actions stay on the plan until the evidence of impact has been reviewed by the HMICFRS Service Liaison Lead.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out(name))

    meta = dict(
        source=("Imitates the HMICFRS \u2018areas for improvement\u2019 improvement plans that English fire and rescue "
                "services publish and report to their fire authority after the 2023\u201325 effectiveness, efficiency and "
                "people inspection (e.g. the Leicestershire and Buckinghamshire FRS HMICFRS improvement/action plans). "
                "Hampshire and Isle of Wight FRS, plan 2024\u201326 at Q3 2025/26. Copied features: cover sheet with "
                "document control and RAG key, a summary-by-pillar totals sheet, pillar band rows (Effectiveness / "
                "Efficiency / People) merged across the sheet, each AFI as a merged row above its numbered actions, "
                "job titles as owners (two posts joined by / and ;), original and revised target dates as date cells, "
                "previous and current RAG columns with word and fill, and a closing note line."),
        reads=("Three sheets: a cover (title, document control, RAG key), a summary of RAG counts by pillar, and the "
               "improvement plan itself. The plan has nine numbered actions grouped under three pillar bands and five "
               "AFIs; each has an owner, an original and sometimes a revised target date, and a previous and a current "
               "RAG, the current one being the status."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. CNTW NHS FT - CQC must do / should do action plan (xlsx), fill-only status
# ---------------------------------------------------------------------------
def cntw():
    name = "yh-cumbria-northumberland-tyne-wear-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = "CQC Must Do and Should Do Action Plan"
    D = dt.datetime
    groups = [
        ("MD1: The trust must ensure that staff complete and update risk assessments for each patient on admission and after any incident, and use them to plan care.",
         "Regulation 12(1)(2)(a)(b) Safe care and treatment", [
             ("MD1.1", "Relaunch the clinical risk assessment and safety planning standard operating procedure across all acute and PICU wards, with ward-based briefings for registered nurses.",
              "Deputy Director of Nursing", ["Deputy Director of Nursing"], D(2025, 1, 31), "Blue",
              "SOP relaunched 13/01/2025; briefing attendance 91%.", "2025-01", None, "blue"),
             ("MD1.2", "Add review of risk assessments after incidents to the monthly ward record-keeping audit and report compliance to the Quality and Performance Committee.",
              "Associate Director of Nursing / Clinical Director", ["Associate Director of Nursing", "Clinical Director"],
              D(2025, 3, 31), "Blue",
              "Audit question added from February 2025. Compliance 94% (Sept 2025).", "2025-03", None, "blue"),
         ]),
        ("MD2: The trust must ensure that there are enough suitably qualified, competent and experienced nursing staff on each shift to keep patients safe.",
         "Regulation 18(1) Staffing", [
             ("MD2.1", "Complete the six-monthly establishment review of all acute and PICU wards using the Mental Health Optimal Staffing Tool (MHOST).",
              "Director of Nursing, Safe Staffing and Workforce", ["Director of Nursing, Safe Staffing and Workforce"],
              D(2025, 6, 30), "Blue",
              "Review presented to Board of Directors July 2025.", "2025-06", None, "blue"),
             ("MD2.2", "Run a targeted recruitment campaign, including international recruitment cohort 3, for the two wards with the highest registered nurse vacancy rates.",
              "Head of Nursing Recruitment and Retention", ["Head of Nursing Recruitment and Retention"],
              D(2026, 4, 30), "Amber",
              "Vacancy rate down from 21% to 14%. Cohort 3 arrivals delayed to February 2026 by visa processing.", "2026-04", None, "amber"),
         ]),
        ("SD1: The trust should ensure that patients\u2019 physical health observations are recorded and escalated in line with trust policy.",
         "Regulation 12 Safe care and treatment", [
             ("SD1.1", "Introduce electronic NEWS2 recording in the RiO clinical record for all adult acute wards.",
              "Chief Clinical Information Officer", ["Chief Clinical Information Officer"],
              D(2025, 12, 31), "Green",
              "Live on 9 of 12 wards. Remaining wards scheduled for December 2025.", "2025-12", None, "green"),
             ("SD1.2", "Deliver deteriorating patient and physical health training to all healthcare support workers, with compliance reported monthly.",
              "Physical Health Lead Nurse; Practice Development Team", ["Physical Health Lead Nurse", "Practice Development Team"],
              "Monthly", "Green",
              "Training compliance 87% (target 90%).", None, "Monthly", "green"),
         ]),
        ("SD2: The trust should ensure that informal patients are aware of their right to leave the ward.",
         "Regulation 9 Person-centred care", [
             ("SD2.1", "Display updated rights information for informal patients at the entrance to each ward and include it in the ward welcome pack.",
              "Mental Health Legislation Manager", ["Mental Health Legislation Manager"],
              D(2025, 2, 28), "Blue",
              "Posters and welcome packs in place; checked at quality walkrounds.", "2025-02", None, "blue"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    set_widths(ws, [9, 45, 22, 55, 30, 13, 10, 45])
    ws["A1"] = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Core service: Acute wards for adults of working age and psychiatric intensive care units | "
                "Report published: 9 October 2024 | Position at: 30 November 2025")
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, (k, label) in zip("BCDE", [("Blue", "Completed and assured"), ("Green", "On track"),
                                        ("Amber", "Risk to delivery"), ("Red", "Not on track")]):
        c = ws[f"{col}4"]
        c.value = label
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in ("Blue", "Red") else "000000")
    heads = ["Ref", "CQC Must Do / Should Do", "Regulation", "Action", "Lead(s)", "Target date",
             "Status", "Evidence of completion / assurance"]
    for j, v in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    expected = []
    for req, reg, acts in groups:
        first = r
        for (ref, text, lead_cell, leads, date, rag, evid, end, end_text, status) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=text)
            ws.cell(row=r, column=5, value=lead_cell)
            c = ws.cell(row=r, column=6, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(FILL[rag])
            ws.cell(row=r, column=8, value=evid)
            for j in range(1, 9):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BOX
            d = dict(ref=ref, under=[req], action=text, lead=leads, end=end, status=status)
            if end_text:
                d["end_text"] = end_text
            expected.append(d)
            r += 1
        ws.cell(row=first, column=2, value=req)
        ws.cell(row=first, column=3, value=reg)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    vh = wb.create_sheet("Version history")
    set_widths(vh, [10, 14, 60])
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("0.1", "06/11/2024", "Draft action plan for Quality and Performance Committee"),
                             ("1.0", "28/11/2024", "Approved; submitted to CQC"),
                             ("1.9", "05/12/2025", "November 2025 position; MD1 and SD2 actions assured")]):
        for j, v in enumerate(row):
            c = vh.cell(row=1 + i, column=1 + j, value=v)
            if i == 0:
                c.font = Font(bold=True)
    wb.save(out(name))
    meta = dict(
        source=("Imitates the CQC must do / should do action plans that NHS mental health trusts publish in board "
                "papers after a core-service inspection (e.g. the East of England Ambulance Service and Sheffield "
                "Health and Social Care CQC action plan progress reports). Cumbria, Northumberland, Tyne and Wear "
                "NHS FT, acute wards and PICU core service, position November 2025. Copied features: trust name and "
                "plan title rows, a key row of fill colours, each must/should do with its regulation in vertically "
                "merged cells beside its actions, refs MD1.1/SD1.2, job-title leads (two posts with / and ;), target "
                "dates as date cells plus one \u2018Monthly\u2019, a status column shown only by fill colour, and a "
                "version history sheet."),
        reads=("One plan sheet listing seven actions answering two must dos and two should dos; the requirement and "
               "its regulation sit in merged cells to the left of their actions. Status is given only by the fill "
               "colour of the Status cell, read through the key in row 4 (blue = completed and assured)."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Broadland Housing Association - consumer standards plan (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def broadland():
    name = "yh-broadland-housing-association-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
    title = "Consumer Standards Improvement Plan"
    rows = [
        ("SQ1", "Safety and Quality Standard",
         "Stock condition data incomplete: around 30% of homes had no survey in the last five years.",
         "Commission stock condition surveys for all homes without a survey since April 2020.",
         "Head of Asset Management", "Mar-26", "G", "Contractor appointed; 1,140 surveys completed of 1,650."),
        ("SQ2", None, None,
         "Load survey results into the asset management system and reconcile them with the Decent Homes database.",
         "Asset Data Manager", "Jun-26", "G", "Data load template agreed with supplier."),
        ("SQ3", None,
         "Fire risk assessment remedial actions overdue at a number of blocks.",
         "Clear all overdue high-risk FRA actions and report weekly to the Executive Team until cleared.",
         "Head of Building Safety", "Sep-25", "Complete", "All 37 overdue high-risk actions closed 29/08/2025."),
        ("SQ4", None, None,
         "Move FRA action tracking onto the compliance module so that overdue actions are escalated automatically.",
         "Head of Building Safety / IT Business Partner", "Dec-25", "A", "Module configured; testing delayed by system upgrade."),
        ("TI1", "Transparency, Influence and Accountability Standard",
         "Tenants are not consistently told about performance or about how complaints have changed services.",
         "Publish a quarterly \u2018You said, we did\u2019 report on the website and in the tenant newsletter.",
         "Customer Insight Manager", "0ct-25", "G", "First report drafted with the Tenant Voice Panel."),
        ("TI2", None, None,
         "Train the Tenant Scrutiny Panel to review complaint themes and report to the Customer Committee twice a year.",
         "Resident Involvement Lead", "Jan-26", "G", "Training booked with TPAS."),
        ("NC1", "Neighbourhood and Community Standard",
         "ASB case handling is inconsistent and risk assessments are not always completed.",
         "Review the ASB policy and introduce a mandatory risk assessment at case opening.",
         "Neighbourhood Services Manager", "Dec-25", "A", "Policy at consultation stage."),
        ("TE1", "Tenancy Standard",
         "Tenancy audit visits have not been carried out since 2021.",
         "Restart tenancy audit visits, prioritising tenants with no contact for two years.",
         "Tenancy Services Manager", "Mar-26", "G", "Visits restarted October 2025."),
    ]
    wb = Workbook()
    dash = wb.active
    dash.title = "Dashboard"
    set_widths(dash, [40, 12])
    dash["A1"] = "Broadland Housing Association \u2013 Consumer Standards Improvement Plan: dashboard"
    dash["A1"].font = Font(bold=True, size=12)
    counts = {}
    for rw in rows:
        counts[rw[6]] = counts.get(rw[6], 0) + 1
    for i, (k, lab) in enumerate([("Complete", "Complete"), ("G", "On track (G)"), ("A", "At risk (A)"), ("R", "Off track (R)")]):
        dash.cell(row=3 + i, column=1, value=lab)
        dash.cell(row=3 + i, column=2, value=counts.get(k, 0))
    dash.cell(row=7, column=1, value="Total actions").font = Font(bold=True)
    dash.cell(row=7, column=2, value=len(rows)).font = Font(bold=True)

    ws = wb.create_sheet("Action Plan")
    set_widths(ws, [7, 26, 40, 50, 28, 9, 10, 40])
    ws["A1"] = "Broadland Housing Association"
    ws["A1"].font = Font(bold=True, size=13, color="00538B")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Response to the RSH regulatory judgement (C2, published 18 June 2025) \u2013 update for Board, 25 November 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Consumer standard", "What the regulator found", "Our action", "Action owner", "Due",
             "RAG", "Update"]
    for j, v in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00538B")
        c.border = BOX
    r = 6
    typo_row = None
    for rw in rows:
        for j, v in enumerate(rw):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        rag = rw[6]
        col = {"Complete": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[rag]
        ws.cell(row=r, column=7).fill = fill(FILL[col])
        if rw[5] == "0ct-25":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action closed and evidenced; G = on track; A = at risk; R = off track")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.save(out(name))
    meta = dict(
        source=("Imitates the consumer standards improvement plans housing associations report to their board after "
                "a C2 regulatory judgement from the Regulator of Social Housing (2024\u201325 grades under the new "
                "consumer regime). Broadland Housing Association, board update November 2025. Copied features: "
                "dashboard sheet of RAG totals, title block, one row per action with the standard and the regulator's "
                "finding written only on the first row of each group, due months typed as text (Mar-26), RAG letters "
                "with fill, and a RAG note line."),
        reads=("An action plan of eight actions grouped by consumer standard, with due months typed as text. The due "
               "cell of action TI1 on row " + str(typo_row) + " of the \u2018Action Plan\u2019 sheet reads \u20180ct-25\u2019 with a zero for the "
               "letter O; a careful reader stops there and asks what month was meant (almost certainly October 2025, "
               "but it is a data error)."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    )
    write_expected(name, meta, [])
    return name, len(rows)


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


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(9)


def header_row(table, heads, hex_="1F3864"):
    for j, h in enumerate(heads):
        c = table.rows[0].cells[j]
        set_cell(c, h, bold=True)
        shade(c, hex_)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Moss Valley Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def moss_valley():
    name = "yh-moss-valley-medical-practice-cqc-inspection-action-plan.docx"
    title = "Moss Valley Medical Practice \u2013 CQC Inspection Action Plan"
    reg12 = "Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment"
    reg12_must = ("The provider must ensure that care and treatment is provided in a safe way for service users, "
                  "including the safe monitoring of patients prescribed high-risk medicines.")
    reg17 = "Regulation 17 HSCA (RA) Regulations 2014: Good governance"
    reg17_must = ("The provider must establish effective systems and processes to ensure good governance in "
                  "accordance with the fundamental standards of care.")
    should_head = "Areas where the practice should improve (should do)"
    sd1 = "Continue to take action to improve the uptake of cervical cancer screening."
    sd2 = "Take action to improve patient satisfaction with access to the practice by telephone."
    heads = ["No.", "Action", "Lead", "Completion date", "RAG", "Progress"]
    sections = [
        (reg12, reg12_must, [
            ("1.1", "Run a weekly search on the clinical system for patients prescribed DMARDs, lithium and other high-risk medicines, and check that the required blood monitoring is up to date before prescriptions are issued.",
             "Clinical Pharmacist", ["Clinical Pharmacist"], "30 June 2025", "Complete",
             "Weekly search in place since 2 June 2025; log kept on the shared drive.", "2025-06", None, "blue"),
            ("1.2", "Complete structured medication reviews for the 47 patients identified at inspection as overdue a review.",
             "Dr R Ellison & Dr T Osei", ["Dr R Ellison", "Dr T Osei"], "End of July 2025", "Complete",
             "All 47 reviews completed and coded by 25/07/2025.", "2025-07", None, "blue"),
            ("1.3", "Introduce a protocol for acting on MHRA safety alerts, with a log of searches and actions reviewed at the monthly clinical meeting.",
             "Practice Manager / Clinical Pharmacist", ["Practice Manager", "Clinical Pharmacist"], "31/10/2025", "Green",
             "Protocol approved at the partners\u2019 meeting; historic alerts being re-run.", "2025-10", None, "green"),
        ]),
        (reg17, reg17_must, [
            ("2.1", "Put in place clinical supervision and a documented audit of consultations for all non-medical prescribers, including the advanced nurse practitioner and the paramedic.",
             "Dr R Ellison", ["Dr R Ellison"], "Sept 2025 \u2013 March 2026", "Amber",
             "Supervision sessions started; first round of consultation audits due December.", "2026-03", "Sept 2025 \u2013 March 2026", "amber"),
            ("2.2", "Create a practice risk register and review it at the quarterly partners\u2019 governance meeting.",
             "Practice Manager", ["Practice Manager"], "w/c 08/09/25", "Complete",
             "Risk register reviewed at the governance meeting on 11/09/2025.", "2025-09", None, "blue"),
        ]),
    ]
    should = [
        (sd1, [("3.1", "Send text reminders to patients overdue screening and offer extended-hours smear appointments through the primary care network.",
                "Lead Practice Nurse", ["Lead Practice Nurse"], "Ongoing", "Green",
                "Uptake 71.8% (April) to 74.2% (September).", None, "Ongoing", "green")]),
        (sd2, [("3.2", "Install a cloud-based telephone system with call-back and queue position messages, and repeat the in-house access survey six months after it goes live.",
                "Practice Manager", ["Practice Manager"], "By 31 December 2025", "Amber",
                "New system live 6 October 2025; survey planned for April 2026.", "2025-12", None, "amber")]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Inspection: 4 March 2025 (assessment of the Safe and Well-led key questions) | "
                      "Report published: 20 May 2025 | Overall rating: Requires improvement")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Practice", "Moss Valley Medical Practice, Eckington, Derbyshire"),
                                ("Registered manager", "Dr Ruth Ellison"),
                                ("Action plan owner", "Karen Whitely, Practice Manager"),
                                ("Last updated", "30 September 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "D9E2F3")
        set_cell(t.rows[i].cells[1], v)
    expected = []
    doc.add_paragraph()
    for reg, must, acts in sections:
        doc.add_heading(reg, level=2)
        mp = doc.add_paragraph()
        mr = mp.add_run(must)
        mr.italic = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_row(tb, heads, "005EB8")
        for (no, text, lead_cell, leads, date, rag, prog, end, end_text, status) in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [no, text, lead_cell, date, rag, prog]):
                set_cell(c, v)
            shade(cells[4], FILL["Blue" if rag == "Complete" else rag])
            d = dict(ref=no, under=[reg, must], action=text, lead=leads, end=end, status=status)
            if end_text:
                d["end_text"] = end_text
            expected.append(d)
        doc.add_paragraph()
    doc.add_heading(should_head, level=2)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    header_row(tb, heads, "005EB8")
    for sd, acts in should:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, sd, bold=True)
        shade(m, "DEEAF6")
        for (no, text, lead_cell, leads, date, rag, prog, end, end_text, status) in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [no, text, lead_cell, date, rag, prog]):
                set_cell(c, v)
            shade(cells[4], FILL["Blue" if rag == "Complete" else rag])
            d = dict(ref=no, under=[should_head, sd], action=text, lead=leads, end=end, status=status)
            if end_text:
                d["end_text"] = end_text
            expected.append(d)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action finished and evidence available; Green = on track; "
                      "Amber = at risk of delay; Red = not on track.")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Signed on behalf of the provider", "Name and role", "Date"]):
        set_cell(so.rows[0].cells[j], v, bold=True)
    for j, v in enumerate(["(signed)", "Dr Ruth Ellison, Registered Manager", "30/09/2025"]):
        set_cell(so.rows[1].cells[j], v)
    doc.save(out(name))
    meta = dict(
        source=("Imitates the action plan a GP practice sends to CQC and its ICB after a \u2018requires improvement\u2019 "
                "rating with requirement notices (in the form of NHS England\u2019s example improvement plan template "
                "for GP practices responding to CQC inspections). Moss Valley Medical Practice, inspection March 2025, "
                "updated September 2025. Copied features: title line and inspection details line, a practice-details "
                "table, one section per breached regulation with the must-do wording in italics above its own action "
                "table, a should-do table with each should-do as a full-width merged row above its action, RAG words "
                "with cell shading, a RAG note and a sign-off table."),
        reads=("Seven numbered actions: three under the Regulation 12 requirement, two under Regulation 17, and one "
               "under each of two should-dos. Leads are a mix of named GPs and job titles; completion dates are "
               "written in several styles (a date, \u2018End of July 2025\u2019, a period, a week commencing, "
               "\u2018Ongoing\u2019, \u2018By 31 December 2025\u2019)."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Nacro - Ofsted post-inspection action plan (docx), vertically merged AFI
# ---------------------------------------------------------------------------
def nacro():
    name = "yh-nacro-ofsted-post-inspection-action-plan.docx"
    title = "Nacro \u2013 Post-Inspection Action Plan (PIAP) 2024\u201325"
    plan = [
        ("Quality of education", [
            ("Leaders and managers should ensure that tutors use assessment effectively to check learners\u2019 understanding and identify gaps in their knowledge.", [
                ("1.1", "Deliver a programme of CPD on questioning and checking for understanding to all tutors, led by the advanced practitioner team.",
                 "Head of Teaching, Learning and Assessment", ["Head of Teaching, Learning and Assessment"],
                 "Autumn term 2024", "Reduction in learning walks graded \u2018developing\u2019 for assessment.", "B", "2024-12", "Autumn term 2024", "blue"),
                ("1.2", "Introduce termly learning walks focused on assessment, with individual development plans for tutors whose practice requires improvement.",
                 "Centre Managers; Quality Improvement Managers", ["Centre Managers", "Quality Improvement Managers"],
                 "Summer term 2025", "90% of learning walks show effective checking of understanding.", "G", "2025-07", "Summer term 2025", "green"),
            ]),
            ("Leaders should ensure that learners with high needs have clear targets, based on the outcomes in their EHC plans, that help them to make progress.", [
                ("1.3", "Rewrite the individual learning plans of all high-needs learners so that targets are taken from EHC plan outcomes and reviewed every six weeks.\nShare the reviewed targets with local authority SEND caseworkers before each annual review.",
                 "SEND Lead", ["SEND Lead"],
                 "Jan-25", "All high-needs learners have EHCP-linked targets on their ILP.", "G", "2025-01", None, "green"),
                ("1.4", "Audit a 20% sample of high-needs learners\u2019 files each term and feed back to centre managers.",
                 "Head of Quality", ["Head of Quality"],
                 "Termly", "Audit shows targets reviewed on time in 95% of files.", "A", None, "Termly", "amber"),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("Leaders should improve learners\u2019 attendance, particularly at English and mathematics lessons.", [
                ("2.1", "Introduce same-day follow-up of all absences by learner engagement coaches, with escalation to parents, carers and key workers after two absences.",
                 "Head of Learner Services", ["Head of Learner Services"],
                 "By 31 October 2024", "Same-day contact recorded for 100% of absences.", "B", "2024-10", None, "blue"),
                ("2.2", "Set centre attendance targets of 85% for English and mathematics and review progress at monthly performance meetings.",
                 "Regional Education Managers", ["Regional Education Managers"],
                 "31/07/2025", "Attendance at English and maths at or above 85% in all centres.", "A", "2025-07", None, "amber"),
            ]),
        ]),
        ("Leadership and management", [
            ("Trustees and senior leaders should have a more accurate view of the quality of education across all centres.", [
                ("3.1", "Revise the quality report to the Education Committee so that it includes learning walk findings, attendance and in-year progress data for each centre.",
                 "Director of Education and Skills", ["Director of Education and Skills"],
                 "Dec-24", "Trustees challenge centre-level performance, as shown in committee minutes.", "B", "2024-12", None, "blue"),
                ("3.2", "Commission an external mock inspection of three centres and report the findings to trustees.",
                 "Director of Education and Skills / Head of Quality", ["Director of Education and Skills", "Head of Quality"],
                 "May 2025", "Findings match internal self-assessment grades.", "G", "2025-05", None, "green"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Ofsted full inspection: 11\u201314 June 2024 | Overall effectiveness: Requires improvement | "
                      "Provision: education programmes for young people; adult learning programmes; provision for "
                      "learners with high needs")
    doc.add_paragraph("Version control").runs[0].bold = True
    vc = doc.add_table(rows=3, cols=4)
    vc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Owner", "Approved by"),
                             ("1.0", "29/07/2024", "Director of Education and Skills", "Education Committee"),
                             ("1.2", "16/12/2024", "Head of Quality", "Education Committee")]):
        for j, v in enumerate(row):
            set_cell(vc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Action plan").runs[0].bold = True
    heads = ["Area for improvement", "Ref", "Actions", "Responsibility", "Timescale", "Impact measure", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    header_row(t, heads, "3B3B3B")
    expected = []
    for kj, afis in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        set_cell(m, kj, bold=True)
        shade(m, "F4B183")
        for afi, acts in afis:
            first = None
            for (ref, text, resp, leads, when, impact, rag, end, end_text, status) in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = cells[0]
                    set_cell(first, afi, bold=True)
                for c, v in zip(cells[1:], [ref, text, resp, when, impact, rag]):
                    set_cell(c, v)
                shade(cells[6], FILL[{"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[rag]])
                last = cells[0]
                d = dict(ref=ref, under=[kj, afi], action=text, lead=leads, end=end, status=status)
                if end_text:
                    d["end_text"] = end_text
                expected.append(d)
            if last is not first:
                merged = first.merge(last)
                set_cell(merged, afi, bold=True)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B = completed; G = on track to complete within the timescale; "
                      "A = at risk of not completing within the timescale; R = not on track.")
    doc.add_paragraph("Next review: Education Committee, 27 January 2025.")
    doc.save(out(name))
    meta = dict(
        source=("Imitates the post-inspection action plans (PIAPs) that further education and skills providers "
                "write after an Ofsted full inspection, built on the report\u2019s \u2018what does the provider need "
                "to do to improve\u2019 points and grouped by key judgement. Nacro (education and skills), inspection "
                "June 2024, plan version December 2024. Copied features: title heading and inspection line, a version "
                "control table, one action table with key-judgement rows merged across the table, each area for "
                "improvement in a vertically merged first column beside its actions, responsibility as job titles "
                "(two posts with ; and /), timescales as terms, months and \u2018Termly\u2019, an impact-measure "
                "column, RAG letters with shading, a RAG key line and a next-review line."),
        reads=("Eight numbered actions under three key judgements and four areas for improvement; each area for "
               "improvement spans its actions in a merged first column. One action has two paragraphs in its cell. "
               "The RAG letter is the status, with B meaning completed."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Nottingham Trent University - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def ntu():
    name = "yh-nottingham-trent-university-internal-audit-recommendations-tracker.csv"
    title = "Audit and Risk Committee \u2013 Internal Audit Recommendations Tracker"
    A1 = "Cyber Security: Patch Management (2023/24)"
    A2 = "Student Attendance and Engagement Monitoring (2024/25)"
    A3 = "Accounts Payable and Supplier Bank Details (2024/25)"
    A4 = "Health and Safety: Contractor Management (2024/25)"
    A5 = "Research Costing and Pricing (2025/26)"
    R1 = "Define patching timescales by vulnerability severity and monitor compliance for all servers and end-user devices."
    rows = [
        ("IA2324-07.1", A1, "High", R1,
         "Approve a patch management standard setting maximum timescales for critical, high and medium vulnerabilities.",
         "Chief Information Officer / Head of Cyber Security", ["Chief Information Officer", "Head of Cyber Security"],
         "31/03/2024", "30/09/2024", "Blue", "Standard approved by Digital Services Board on 12/09/2024. Verified by internal audit.", "2024-09", "blue"),
        ("IA2324-07.2", A1, "High", R1,
         "Produce a monthly patch compliance dashboard for the Digital Services Board.",
         "Head of Cyber Security", ["Head of Cyber Security"],
         "30/06/2024", "31/01/2026", "Amber", "Dashboard in development.\nServer data complete; end-user devices to follow after the Intune migration.", "2026-01", "amber"),
        ("IA2425-02.1", A2, "Medium",
         "Ensure engagement data for sponsored international students is reviewed weekly to meet UKVI sponsor duties.",
         "Introduce a weekly exception report of Student Route students with no recorded engagement for 10 working days, sent to School Compliance Officers.",
         "Head of International Compliance", ["Head of International Compliance"],
         "31/01/2025", "", "Blue", "Report live from 20/01/2025.", "2025-01", "blue"),
        ("IA2425-02.2", A2, "Medium",
         "Ensure that Schools follow up non-engagement consistently and record the outcome.",
         "Issue guidance to Schools on follow-up contact with non-engaging students and record outcomes in the student record system.",
         "Head of Student Support Services; Academic Registrar", ["Head of Student Support Services", "Academic Registrar"],
         "31/03/2025", "31/12/2025", "Green", "Guidance issued; student record changes in user testing.", "2025-12", "green"),
        ("IA2425-05.1", A3, "High",
         "Require independent verification of all changes to supplier bank details.",
         "Introduce a call-back verification step, using contact details already held on file, before any change to supplier bank details is processed.",
         "Head of Financial Operations", ["Head of Financial Operations"],
         "28/02/2025", "", "Blue", "In place from February 2025; tested by internal audit in May 2025.", "2025-02", "blue"),
        ("IA2425-05.2", A3, "Low",
         "Remove inactive suppliers from the supplier master file.",
         "Cleanse the supplier master file of suppliers with no transactions in the last 24 months, and repeat the cleanse annually.",
         "Financial Systems Manager", ["Financial Systems Manager"],
         "30/06/2025", "31/03/2026", "Amber", "Cleanse paused during year-end; restarted October 2025.", "2026-03", "amber"),
        ("IA2425-09.1", A4, "High",
         "Ensure contractor competence checks are completed and recorded before work starts on site.",
         "Roll out the contractor induction and permit-to-work system to all Estates projects on the City, Clifton and Brackenhurst campuses.",
         "Director of Estates, Head of Health and Safety", ["Director of Estates", "Head of Health and Safety"],
         "30/04/2025", "31/08/2025", "Red", "Delayed by system procurement and revised date missed. A new date will be proposed to the December Committee.", "2025-08", "red"),
        ("IA2425-09.2", A4, "Medium",
         "Review the approved contractor list at least annually.",
         "Review the approved contractor list and suspend contractors without current insurance certificates.",
         "Head of Health and Safety", ["Head of Health and Safety"],
         "30/11/2025", "", "Green", "Review under way; 14 contractors contacted for certificates.", "2025-11", "green"),
        ("IA2526-01.1", A5, "Medium",
         "Document the approval of research bids priced below full economic cost.",
         "Add an approval step for bids priced below full economic cost to the research costing workflow, signed off by the Pro Vice-Chancellor for Research.",
         "Head of Research Operations", ["Head of Research Operations"],
         "31/01/2026", "", "", "New recommendation \u2013 not yet started.", "2026-01", "unrated"),
    ]
    heads = ["Ref", "Audit", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "RAG", "Progress update"]
    counts = {}
    for r in rows:
        counts[r[9] or "Not rated"] = counts.get(r[9] or "Not rated", 0) + 1
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Nottingham Trent University"] + [""] * 9)
        w.writerow([title] + [""] * 9)
        w.writerow(["Position at 31 October 2025"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(heads)
        expected = []
        for (ref, aud, pri, rec, act, owner, leads, orig, rev, rag, upd, end, status) in rows:
            w.writerow([ref, aud, pri, rec, act, owner, orig, rev, rag, upd])
            expected.append(dict(ref=ref, under=[aud, rec], action=act, lead=leads, end=end, status=status))
        w.writerow([""] * 10)
        w.writerow(["Priority: High = fundamental control weakness; Medium = significant; Low = minor improvement"] + [""] * 9)
        w.writerow(["RAG: Blue = implemented and verified; Green = on track; Amber = revised date agreed; Red = overdue"] + [""] * 9)
        w.writerow(["Total recommendations: %d | Blue %d | Green %d | Amber %d | Red %d | Not rated %d" % (
            len(rows), counts.get("Blue", 0), counts.get("Green", 0), counts.get("Amber", 0),
            counts.get("Red", 0), counts.get("Not rated", 0))] + [""] * 9)
    meta = dict(
        source=("Imitates the internal audit recommendations follow-up reports that English universities take to "
                "their Audit and Risk Committee (exported from the audit tracking system to CSV; cf. Uniac\u2019s "
                "description of university follow-up tracking). Nottingham Trent University, position October 2025. "
                "Copied features: three title lines padded with empty cells, a blank line, one row per agreed "
                "management action with the audit and recommendation repeated on each row, priority, owners as job "
                "titles (two posts joined by /, ; or a comma), original and revised due dates (dd/mm/yyyy), a RAG "
                "column including a blank one, a quoted update spanning two lines, and key and totals lines at the end."),
        reads=("Nine agreed management actions from five internal audits, each under its audit and recommendation. "
               "Where a revised due date is given it is the end; the RAG column is the status, and the one new "
               "recommendation has no RAG (not started)."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Merseyside PCC - Scrutiny Meeting action log (tab-separated txt)
# ---------------------------------------------------------------------------
def merseyside():
    name = "yh-merseyside-pcc-scrutiny-meeting-action-log.txt"
    title = "Police Commissioner\u2019s Scrutiny Meeting \u2013 Action Log"
    m1 = "Scrutiny Meeting held 16 September 2025"
    m2 = "Scrutiny Meeting held 18 November 2025"
    meetings = [
        (m1, [
            ("SM25/14", "Neighbourhood policing",
             "Provide a breakdown by district of neighbourhood officer abstractions to response duties for Q1 2025/26.",
             "ACC Local Policing", ["ACC Local Policing"], "Oct-25", "Complete",
             ["Breakdown provided 07/10/2025."], "2025-10", None, "blue"),
            ("SM25/15", "Violence against women and girls",
             "Share the evaluation of the domestic abuse perpetrator programme with the OPCC commissioning team.",
             "Det Supt Public Protection", ["Det Supt Public Protection"], "Next meeting", "Complete",
             ["Evaluation received 02/12/2025."], None, "Next meeting", "blue"),
            ("SM25/16", "Finance and resources",
             "Bring a report on options to reduce overtime spend in Investigations, including the effect on outstanding suspects.",
             "DCC / Director of Resources", ["DCC", "Director of Resources"], "Q3 2025/26", "Amber",
             ["Options paper drafted.", "To Chief Officer Group on 20 January 2026, then to the March Scrutiny Meeting."],
             "2025-12", "Q3 2025/26", "amber"),
        ]),
        (m2, [
            ("SM25/21", "Roads policing",
             "Provide data on fatal and serious collisions involving e-scooters and e-bikes in 2024 and 2025.",
             "Chief Inspector, Roads Policing", ["Chief Inspector, Roads Policing"], "17/03/2026", "Green",
             ["Data request with the Road Safety Partnership."], "2026-03", None, "green"),
            ("SM25/22", "Victim services",
             "Confirm the date from which Victim Care Merseyside will receive automatic referrals from the new crime recording system.",
             "Head of Performance & Scrutiny (OPCC)", ["Head of Performance & Scrutiny (OPCC)"], "Jan-26", "Green",
             ["Supplier testing the referral interface."], "2026-01", None, "green"),
            ("SM25/23", "Professional standards",
             "Provide the number of officers and staff currently suspended or on restricted duties, and the average time taken to conclude gross misconduct cases.",
             "Head of Professional Standards", ["Head of Professional Standards"], "Feb-26", "Red",
             ["Data validation issue; figures will not be ready for the February meeting."], "2026-02", None, "red"),
            ("SM25/24", "Any other business",
             "Circulate the Chief Constable\u2019s response to the HMICFRS PEEL 2025 report to the Commissioner and Deputy Commissioner.",
             "Staff Officer to the Chief Constable", ["Staff Officer to the Chief Constable"], "TBC", "Not started",
             [""], None, "TBC", "unrated"),
        ]),
    ]
    lines = [
        "Office of the Police and Crime Commissioner for Merseyside",
        title,
        "Updated: 12 January 2026",
        "",
        "\t".join(["Ref", "Agenda item", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    expected = []
    for mt, acts in meetings:
        lines.append("")
        lines.append(mt)
        for (ref, item, text, owner, leads, due, rag, upd, end, end_text, status) in acts:
            lines.append("\t".join([ref, item, text, owner, due, rag, upd[0]]))
            for more in upd[1:]:
                lines.append("\t" * 6 + more)
            d = dict(ref=ref, under=[mt, item], action=text, lead=leads, end=end, status=status)
            if end_text:
                d["end_text"] = end_text
            expected.append(d)
    lines += [
        "",
        "RAG key: Complete = action discharged; Green = on track; Amber = at risk; Red = overdue; Not started = not yet begun",
        "Actions marked Complete are removed from the log after the next Scrutiny Meeting.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    meta = dict(
        source=("Imitates the action log of the Merseyside Police and Crime Commissioner\u2019s public Scrutiny "
                "Meetings (formerly Force Inspection), at which the Commissioner holds the Chief Constable to account "
                "(merseysidepcc.info, \u2018How we work: scrutiny\u2019). Log updated January 2026, exported as "
                "tab-separated text. Copied features: OPCC name, log title and updated-date lines, a header row, a "
                "line naming each meeting above its actions, SM25/nn refs, an agenda-item column, police ranks and "
                "job titles as owners (one \u2018DCC / Director of Resources\u2019 pair, one title containing \u2018&\u2019), "
                "due cells mixing months, a date, a quarter, \u2018Next meeting\u2019 and \u2018TBC\u2019, an update "
                "that runs onto a second line holding only tabs and text, and a key and a note line at the end."),
        reads=("Seven actions from two scrutiny meetings, each action under its meeting line and agenda item. "
               "The second line of the SM25/16 update is a continuation of that row, not a new action; "
               "\u2018Head of Performance & Scrutiny (OPCC)\u2019 is a single post."),
        outcome="read",
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (hiwfrs, cntw, broadland, moss_valley, nacro, ntu, merseyside):
        n, k = fn()
        print(f"{n}: {k} actions")
