"""Build the seven zga- blind test files (set heldout824).

Run with /work/main/.venv/bin/python zga_make.py from any directory; the files are
written beside this script.  Each builder also carries the reading a person makes of
its file (EXPECTED), which the .expected.yaml files were written from.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

EXPECTED = {}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


def header_row(table, labels, fill="1F3864", white=True):
    for cell, label in zip(table.rows[0].cells, labels):
        cell.text = ""
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RAG_FILL = {
    "blue": fill("5B9BD5"),
    "green": fill("70AD47"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
}


def a(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# =============================================================== 1. HMP Morton Hall
MH_NAME = "zga-hmp-morton-hall-hmip-inspection-action-plan.docx"


def build_morton_hall():
    title = "Action Plan: HMP Morton Hall"
    sec = "Priority concerns"
    concerns = [
        ("1. There was no provision for psychological treatment for prisoners who needed it.",
         "Agreed",
         "Psychological therapies are commissioned by NHS England. The Governor has raised the gap with "
         "the Health and Justice commissioning team and an interim referral route is in place.",
         [
             ("1.1", "Agree with NHS England Health and Justice commissioners a specification for a "
                     "psychological therapies service at Morton Hall, to include trauma-informed "
                     "interventions for foreign national prisoners.",
              "Head of Healthcare / NHSE Health & Justice Commissioner", "30 June 2024",
              ["Head of Healthcare", "NHSE Health & Justice Commissioner"], "2024-06", None),
             ("1.2", "Until the new service is in place, refer prisoners needing psychological support "
                     "to the mental health in-reach team and review waiting times at the monthly Health "
                     "Partnership Board.",
              "Head of Healthcare", "Ongoing – reviewed monthly",
              ["Head of Healthcare"], None, "Ongoing – reviewed monthly"),
         ]),
        ("2. Prisoners allocated to Windsor and Fry units received far less time out of cell than those "
         "on other units.",
         "Agreed",
         "A revised core day has been drafted and was consulted on with staff and the prisoner council in "
         "March 2024.",
         [
             ("2.1", "Revise the core day so that prisoners on Windsor and Fry units receive the same unlock "
                     "periods as those on other units, with no fewer than eight hours out of cell on "
                     "weekdays.",
              "Head of Residence", "31 May 2024", ["Head of Residence"], "2024-05", None),
             ("2.2", "Audit time out of cell on all units weekly and report the results, by unit, to the "
                     "Senior Leadership Team.",
              "Head of Residence; Performance Hub Manager", "Weekly from April 2024",
              ["Head of Residence", "Performance Hub Manager"], None, "Weekly from April 2024"),
         ]),
        ("3. The curriculum was not ambitious enough to meet prisoners’ needs, with too few opportunities "
         "to gain accredited work qualifications.",
         "Agreed",
         "The education provider and the prison will redesign the curriculum for the 2024/25 contract year.",
         [
             ("3.1", "Complete a curriculum needs analysis with the education provider and redesign the "
                     "curriculum to include accredited qualifications in every work area, including "
                     "catering, horticulture and industrial cleaning.",
              "Head of Education, Skills and Work", "September 2024",
              ["Head of Education, Skills and Work"], "2024-09", None),
             ("3.2", "Introduce English for speakers of other languages (ESOL) at entry levels 1 to 3 "
                     "linked to vocational workshops.",
              "Head of Education, Skills and Work / Education Provider Manager", "Q2 2024/25",
              ["Head of Education, Skills and Work", "Education Provider Manager"], "2024-09", "Q2 2024/25"),
         ]),
        ("4. As a result of delays in Home Office decision-making, many prisoners were held beyond their "
         "earliest removal or release dates.",
         "Partly Agreed",
         "Immigration decisions rest with the Home Office. The prison agrees to escalate delayed cases "
         "and to improve the information it shares with Immigration Enforcement.",
         [
             ("4.1", "Hold a monthly casework meeting with the Home Office Immigration Enforcement team to "
                     "review every prisoner past their earliest removal or release date and escalate "
                     "delayed cases to the Prison Group Director.",
              "Head of Offender Management Delivery", "30/04/2024",
              ["Head of Offender Management Delivery"], "2024-04", None),
         ]),
        ("5. Prisoners had too few opportunities to progress through their sentence. Only a very small "
         "number had so far moved to open conditions or been released on home detention curfew.",
         "Agreed",
         "Progression will be a standing item at the Deputy Governor’s monthly performance meeting.",
         [
             ("5.1", "Reinstate release on temporary licence (ROTL) boards and publish the eligibility "
                     "criteria on every unit.",
              "Head of Offender Management Delivery", "July 2024",
              ["Head of Offender Management Delivery"], "2024-07", None),
             ("5.2", "Track home detention curfew and re-categorisation decisions against timescales and "
                     "report performance to the monthly Deputy Governor’s meeting.",
              "Deputy Governor", "By 31 August 2024", ["Deputy Governor"], "2024-08", None),
         ]),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    for line in ("Action Plan Submitted: 2 April 2024",
                 "A Response to the HMIP Inspection: 16 – 26 October 2023",
                 "Report Published: 6 February 2024"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for, "
        "and the treatment of, those held in prisons, young offender institutions and court custody. Since "
        "May 2022 HMIP reports set out up to 15 key concerns, of which up to six are identified as "
        "priorities, in place of recommendations. HMPPS is required to produce an action plan that "
        "confirms whether each concern is agreed, partly agreed or not agreed and sets out the actions, "
        "owners and timescales that will address it.")
    doc.add_paragraph(
        "This plan responds to the five priority concerns in the report. The ten remaining key concerns "
        "are addressed in the HMP Morton Hall local improvement plan, which is reviewed monthly by the "
        "Senior Leadership Team and reported quarterly to the Prison Group Director.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    header_row(cat, ["Term", "Definition"])
    rows = [("Agreed", "All of the concern is accepted and the actions set out below will address it."),
            ("Partly Agreed", "Only part of the concern is accepted; the response explains which part "
                              "will be addressed and why the rest cannot be."),
            ("Not Agreed", "The concern is not accepted; the response explains the reason.")]
    for r, (t, d) in enumerate(rows, start=1):
        cat.rows[r].cells[0].text = t
        cat.rows[r].cells[1].text = d

    doc.add_heading("Priority concerns", level=1)
    expected = []
    for concern, agreed, response, actions in concerns:
        doc.add_heading(concern, level=2)
        p = doc.add_paragraph()
        p.add_run("Response: ").bold = True
        p.add_run(agreed + ". " + response)
        t = doc.add_table(rows=1 + len(actions), cols=4)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Responsible Owner", "Target Date"], fill="D9D9D9", white=False)
        for i, (ref, text, owner, date, lead, end, end_text) in enumerate(actions, start=1):
            cells = t.rows[i].cells
            cells[0].text = ref
            cells[1].text = text
            cells[2].text = owner
            cells[3].text = date
            expected.append(a(ref, [sec, concern], text, lead, end, "unrated", end_text))
        doc.add_paragraph()
    doc.add_paragraph("Action plan owner: Governor, HMP Morton Hall. Progress against this plan will be "
                      "reviewed by HMIP at the next independent review of progress or inspection.")
    doc.save(out(MH_NAME))
    EXPECTED[MH_NAME] = {
        "source": (
            "Imitates the HMPPS action plans published on the HMIP reports page after a prison inspection "
            "(e.g. HMP Morton Hall, inspected late 2023 and reported early 2024 with 5 priority and 15 key "
            "concerns; earlier examples HMP The Verne 2020, HMP Elmley 2019): title block 'Action Plan: HMP "
            "X / Action Plan Submitted / A Response to the HMIP Inspection / Report Published', an "
            "introduction, the Agreed / Partly Agreed / Not Agreed categorisation table, then each concern as "
            "a heading with its response and a small table of numbered actions with Responsible Owner and "
            "Target Date. The priority concern wording follows the published report summary; actions, "
            "owners and dates are illustrative."),
        "reads": (
            "A Word action plan responding to the five priority concerns from the HMIP inspection of HMP "
            "Morton Hall. Each concern is a numbered heading under 'Priority concerns' followed by an "
            "Agreed/Partly Agreed response and a table of 1-2 actions with owner and target date; there is "
            "no progress or RAG column, so every action is unrated. The categorisation table is a key, not "
            "part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# =============================================================== 2. Lewisham & Bromley PDU (csv)
LB_NAME = "zga-probation-service-lewisham-and-bromley-pdu-hmi-probation-inspection-action-plan.csv"


def build_lewisham_bromley():
    title = "Action Plan: Lewisham and Bromley PDU"
    header = ["Ref", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action",
              "Responsible Owner", "Target Date", "Revised Target Date", "Progress update (June 2023)",
              "RAG"]
    ncol = len(header)

    def line(*cells):
        row = list(cells) + [""] * (ncol - len(cells))
        return row

    reg = "The London region should:"
    pdu = "The Lewisham and Bromley PDU should:"
    r1 = ("Develop and implement a recruitment and retention plan for Lewisham and Bromley PDU that reduces "
          "probation practitioner vacancies and the reliance on agency staff")
    r2 = ("Make sure there are enough middle managers in the PDU to provide effective oversight of "
          "practitioners' work, including assessments of risk of serious harm")
    r3 = ("Improve the quality of assessment, planning and management of risk of serious harm, making sure "
          "these are informed by all available information")
    r4 = ("Make sure that domestic abuse and child safeguarding enquiries are made at the start of every "
          "sentence and that the information is used to inform assessment")
    r5 = ("Improve the provision of interventions and services for people on probation, including "
          "accredited programmes and services for women")

    # (ref, rec text or "", agreed or "", action, owner, target, revised, update, rag,
    #  lead list, end, end_text, status, heading, rec)
    A = [
        ("1.1", r1, "Agreed",
         "Agree a PDU-specific recruitment plan with the Regional Workforce Lead, including a targeted "
         "PQiP allocation from the 2023 intake",
         "Regional Probation Director / Head of PDU", "31/03/2023", "",
         "Plan agreed at Regional Leadership Team on 14/03/23; 11 PQiPs allocated to the PDU.", "B",
         ["Regional Probation Director", "Head of PDU"], "2023-03", None, "blue", reg, r1),
        ("1.2", "", "",
         "Offer retention payments and flexible working options to experienced probation officers who "
         "transfer into the PDU",
         "Regional Workforce Lead", "Jun-23", "Sep-23",
         "Scheme approved nationally in May; local roll-out delayed by the pay award.", "A",
         ["Regional Workforce Lead"], "2023-09", None, "amber", reg, r1),
        ("2.1", r2, "Agreed",
         "Recruit two additional senior probation officers (SPOs) so that no SPO line manages more than "
         "eight practitioners",
         "Head of PDU", "30/04/2023", "", "Both SPOs in post from 3 April 2023.", "B",
         ["Head of PDU"], "2023-04", None, "blue", reg, r2),
        ("3.1", r3, "Agreed",
         "Deliver risk of serious harm refresher training to all practitioners, followed by quality "
         "assurance of two cases per practitioner by their SPO",
         "Head of PDU & Deputy Head of PDU", "September 2023", "",
         "Training delivered to 78% of staff; case QA under way.", "G",
         ["Head of PDU", "Deputy Head of PDU"], "2023-09", None, "green", pdu, r3),
        ("3.2", "", "",
         "Introduce monthly risk management clinics, chaired by an SPO, for all high and very high risk of "
         "serious harm cases",
         "Deputy Head of PDU", "Q2 2023/24", "", "First clinics held in May 2023.", "G",
         ["Deputy Head of PDU"], "2023-09", "Q2 2023/24", "green", pdu, r3),
        ("4.1", r4, "Agreed",
         "Agree a service level agreement with the Metropolitan Police South East BCU for domestic abuse "
         "information requests to be returned within five working days",
         "Head of PDU", "31/05/2023", "31/10/2023",
         "Draft SLA shared with the Met; sign-off delayed by the BCU restructure.", "R",
         ["Head of PDU"], "2023-10", None, "red", pdu, r4),
        ("4.2", "", "",
         "Add a mandatory check for safeguarding and domestic abuse information to the SPO countersigning "
         "checklist",
         "Quality Development Officer", "Jul-23", "", "Checklist in use since 1 July 2023.", "B",
         ["Quality Development Officer"], "2023-07", None, "blue", pdu, r4),
        ("5.1", r5, "Partly Agreed",
         "Reduce the waiting list for Building Better Relationships by running two additional programme "
         "groups in Bromley",
         "Head of Interventions (South London)", "Ongoing", "",
         "Second group started in June; waiting list down from 64 to 41.", "A",
         ["Head of Interventions (South London)"], None, "Ongoing", "amber", pdu, r5),
        ("5.2", "", "",
         "Work with the Lewisham women's centre to provide a women-only reporting session each week",
         "Women's Lead / SPO Bromley", "December 2023", "", "", "",
         ["Women's Lead", "SPO Bromley"], "2023-12", None, "unrated", pdu, r5),
    ]

    rows = [
        line(title),
        line("A Response to the HM Inspectorate of Probation Inspection Report published 22 November 2022"),
        line("Progress position as at 30 June 2023"),
        line(),
        header,
    ]
    expected = []
    current_heading = None
    for (ref, rec, agreed, action, owner, target, revised, update, rag,
         lead, end, end_text, status, heading, rec_full) in A:
        if heading != current_heading:
            rows.append(line(heading))
            current_heading = heading
        rows.append([ref, rec, agreed, action, owner, target, revised, update, rag])
        expected.append(a(ref, [heading, rec_full], action, lead, end, status, end_text))
    rows.append(line())
    rows.append(line("RAG key: B = complete; G = on track; A = some slippage or revised date agreed; "
                     "R = off track; blank = not started"))
    rows.append(line("Recommendation 5 is Partly Agreed: accredited programme capacity is commissioned "
                     "nationally, so the PDU will act on the elements within its control."))
    with open(out(LB_NAME), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)
    EXPECTED[LB_NAME] = {
        "source": (
            "Imitates an HMPPS action plan responding to an HM Inspectorate of Probation PDU inspection "
            "(Lewisham and Bromley PDU was rated Inadequate in the London inspections published in November "
            "2022), saved as CSV from the regional tracking spreadsheet: title lines, the HMPPS 'Agreed / "
            "Partly Agreed / Not Agreed' column, recommendations grouped under 'The London region should:' "
            "and 'The <PDU> should:' rows, recommendation text only on the first action row, original and "
            "revised target dates, progress update and a RAG letter column with a key and notes below. "
            "Recommendation wording paraphrases typical PDU report recommendations; actions, owners and "
            "dates are illustrative."),
        "reads": (
            "A CSV export of the PDU's inspection action plan: nine numbered actions under five "
            "recommendations, split between regional and PDU recommendations. Where a revised target date "
            "is given it is the end; RAG letters B/G/A/R are read via the key and the one blank RAG is not "
            "started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# =============================================================== 3. Kent Police & OPCC (xlsx)
KP_NAME = "zga-kent-police-and-opcc-internal-audit-management-actions-tracker.xlsx"


def build_kent():
    title = "Kent Police and OPCC – Internal Audit Management Actions Tracker"
    audits = [
        ("Fleet Management 2024/25 (Reasonable assurance)", [
            ("FM.1", "Force", "Medium",
             "Reconcile the fleet management system to the asset register quarterly and investigate any "
             "vehicle not matched within 20 working days.",
             "Head of Transport Services", dt.datetime(2025, 3, 31), None, "Implemented", "blue",
             "First reconciliation completed April 2025; procedure note issued.",
             ["Head of Transport Services"], "2025-03"),
            ("FM.2", "Force", "Low",
             "Introduce a standard pre-use vehicle check for pool cars, recorded on the fleet app.",
             "Head of Transport Services", dt.datetime(2025, 6, 30), dt.datetime(2025, 12, 31),
             "In progress", "amber", "App change scheduled for the November release.",
             ["Head of Transport Services"], "2025-12"),
        ]),
        ("Seized and Found Property 2024/25 (Partial assurance)", [
            ("SP.1", "Force", "High",
             "Complete a full audit of high-risk property (cash, drugs and firearms) held at all property "
             "stores and resolve the discrepancies identified.",
             "Head of Criminal Justice / Property Services Manager", dt.datetime(2025, 5, 31),
             dt.datetime(2025, 10, 31), "In progress", "amber",
             "Cash and firearms audited; drugs audit at the Medway store outstanding.",
             ["Head of Criminal Justice", "Property Services Manager"], "2025-10"),
            ("SP.2", "Force", "Medium",
             "Review and dispose of property held beyond its review date in line with the Force retention "
             "policy.",
             "Property Services Manager", dt.datetime(2025, 7, 31), None, "Overdue", "red",
             "Disposal contract procurement delayed; 1,140 items awaiting disposal.",
             ["Property Services Manager"], "2025-07"),
        ]),
        ("Vetting 2024/25 (Reasonable assurance)", [
            ("VT.1", "Force", "Medium",
             "Introduce monthly reporting of vetting renewals due in the next 90 days to Heads of "
             "Department.",
             "Head of Professional Standards", dt.datetime(2025, 4, 30), None, "Implemented", "blue",
             "Report issued monthly since April 2025.", ["Head of Professional Standards"], "2025-04"),
            ("VT.2", "Force", "Medium",
             "Make sure all police staff in designated posts hold management vetting, with a risk "
             "assessment recorded wherever clearance is outstanding.",
             "Force Vetting Manager", dt.datetime(2025, 9, 30), None, "On track", "green",
             "92% of designated posts cleared; remaining cases risk assessed.",
             ["Force Vetting Manager"], "2025-09"),
        ]),
        ("OPCC Commissioning and Grants 2024/25 (Substantial assurance)", [
            ("OP.1", "OPCC", "Low",
             "Update the grant agreement template to require quarterly outcome monitoring returns.",
             "OPCC Head of Commissioning", dt.datetime(2025, 3, 31), None, "Implemented", "blue",
             "New template used for all 2025/26 grants.", ["OPCC Head of Commissioning"], "2025-03"),
            ("OP.2", "OPCC", "Medium",
             "Record declarations of interest for all members of the grant assessment panel before each "
             "funding round.",
             "OPCC Chief Executive; OPCC Head of Commissioning", dt.datetime(2025, 10, 31), None,
             "On track", "green", "Declaration form drafted; first use at the October panel.",
             ["OPCC Chief Executive", "OPCC Head of Commissioning"], "2025-10"),
        ]),
        ("Payroll 2025/26 (Reasonable assurance)", [
            ("PY.1", "Force", "High",
             "Independently check all changes to employee bank details before the payroll run, with a "
             "call-back to the employee on a known number.",
             "Head of Shared Service Payroll", dt.datetime(2025, 8, 31), None, "Implemented", "blue",
             "Call-back control in place from the July payroll.",
             ["Head of Shared Service Payroll"], "2025-08"),
            ("PY.2", "Force", "Medium",
             "Reconcile overtime claims to duty management records for a monthly sample of 25 claims.",
             "Head of Shared Service Payroll / Duty Management Team Leader", dt.datetime(2025, 11, 30),
             None, "Not yet due", "green", "Sampling approach agreed with internal audit.",
             ["Head of Shared Service Payroll", "Duty Management Team Leader"], "2025-11"),
        ]),
    ]

    wb = Workbook()
    ws_s = wb.active
    ws_s.title = "Summary"
    ws_s["A1"] = title
    ws_s["A1"].font = Font(bold=True, size=14)
    ws_s["A2"] = "Report to the Joint Audit Committee, 17 September 2025"
    ws_s["A3"] = "Position as at 29 August 2025 (source: internal audit follow-up and management updates)"
    heads = ["Status", "High", "Medium", "Low", "Total"]
    for c, h in enumerate(heads, start=1):
        cell = ws_s.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    cats = [("Implemented", "Implemented"), ("On track / not yet due", ("On track", "Not yet due")),
            ("Revised date agreed", "In progress"), ("Overdue", "Overdue")]
    all_actions = [x for _, acts in audits for x in acts]
    r = 6
    for label, keys in cats:
        keys = keys if isinstance(keys, tuple) else (keys,)
        ws_s.cell(row=r, column=1, value=label).border = BOX
        tot = 0
        for c, pr in enumerate(["High", "Medium", "Low"], start=2):
            n = sum(1 for x in all_actions if x[2] == pr and x[7] in keys)
            tot += n
            ws_s.cell(row=r, column=c, value=n).border = BOX
        ws_s.cell(row=r, column=5, value=tot).border = BOX
        r += 1
    ws_s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 6):
        cell = ws_s.cell(row=r, column=c, value=sum(ws_s.cell(row=i, column=c).value for i in range(6, r)))
        cell.font = Font(bold=True)
        cell.border = BOX
    ws_s.cell(row=r + 2, column=1,
              value="Priority: High – fundamental control weakness requiring immediate attention; "
                    "Medium – important control weakness; Low – housekeeping / best practice.")
    ws_s.column_dimensions["A"].width = 28

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 29 August 2025"
    ws["A3"] = ("RAG: Blue = implemented; Green = on track / not yet due; Amber = revised date agreed; "
                "Red = overdue")
    ws["A3"].font = Font(italic=True)
    cols = ["Ref", "Org", "Priority", "Management action", "Responsible officer", "Original date",
            "Revised date", "Status", "RAG", "Management update (August 2025)"]
    widths = [8, 8, 10, 60, 34, 13, 13, 14, 7, 50]
    for c, (h, wdt) in enumerate(zip(cols, widths), start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
        ws.column_dimensions["ABCDEFGHIJ"[c - 1]].width = wdt
    r = 6
    expected = []
    for audit, acts in audits:
        ws.cell(row=r, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, org, pr, text, owner, orig, rev, status_txt, rag, upd, lead, end) in acts:
            vals = [ref, org, pr, text, owner, orig, rev, status_txt, None, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = RAG_FILL[rag]
            expected.append(a(ref, [audit], text, lead, end, rag))
            r += 1
    ws.cell(row=r + 1, column=1,
            value="Implemented actions are removed from the tracker after they have been reported to "
                  "one Joint Audit Committee meeting.").font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(out(KP_NAME))
    EXPECTED[KP_NAME] = {
        "source": (
            "Imitates the internal audit follow-up trackers reported to police Joint Audit Committees "
            "(Kent PCC and Chief Constable JAC; RSM-style management actions with High/Medium/Low priority): "
            "a Summary sheet with a status-by-priority totals block and priority definitions, and a Tracker "
            "sheet with a title, as-at line and RAG key, one merged heading row per audit (title, year and "
            "assurance opinion) and action rows with original and revised implementation dates, status "
            "text, a fill-only RAG cell and a management update. Audits, actions and dates are "
            "illustrative."),
        "reads": (
            "An Excel tracker of ten internal audit management actions for Kent Police and the OPCC, "
            "grouped under five audit heading rows. The Summary sheet is a totals block, not actions. Where "
            "a revised date is given it is the end, and the status comes from the RAG cell's fill colour "
            "read through the key on the sheet (blue implemented, green on track, amber revised, red "
            "overdue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# =============================================================== 4. Suffolk FRS (xlsx, refuse)
SF_NAME = "zga-suffolk-fire-rescue-service-hmicfrs-cause-of-concern-improvement-plan-typo-month-refuse.xlsx"


def build_suffolk():
    title = "HMICFRS Cause of Concern: Promoting the right values and culture – Improvement Plan"
    recs = [
        ("Recommendation 1 – By 31 March 2025, the service should make sure that senior leaders act as role "
         "models and consistently demonstrate the service’s values and behaviours.", [
             ("G1.1", "Commission an independent 360-degree feedback exercise for all members of the Senior "
                      "Leadership Team and agree a personal development plan for each.",
              "Chief Fire Officer", dt.datetime(2025, 3, 31), "A", "B",
              "Completed March 2025; development plans in place for all SLT members."),
             ("G1.2", "Build the leadership behaviours framework into appraisal for all managers at Station "
                      "Manager and above.",
              "People and OD Manager", dt.datetime(2025, 6, 30), "G", "B",
              "Framework used in all 2025 appraisals."),
         ]),
        ("Recommendation 2 – By 31 March 2025, the service should improve how senior leaders communicate "
         "with, and listen to, staff across the service.", [
             ("G2.1", "Deliver a programme of senior leader visits so that every station and team is visited "
                      "at least twice a year, with feedback published within four weeks.",
              "ACFO Service Delivery / Head of Corporate Communications", dt.datetime(2025, 9, 30), "A", "A",
              "All stations visited once; feedback not yet published for six visits."),
             ("G2.2", "Reduce the number of internal communication channels so that operational updates are "
                      "issued through a single weekly bulletin.",
              "Head of Corporate Communications", dt.datetime(2025, 12, 31), "G", "G",
              "Weekly bulletin launched; legacy channels closing in December."),
         ]),
        ("Recommendation 3 – By 30 June 2025, the service should make sure staff are confident to raise "
         "concerns and that the concerns they raise are acted on.", [
             ("G3.1", "Procure an independent, confidential reporting line for staff and promote it at every "
                      "station.",
              "Head of HR", dt.datetime(2025, 5, 31), "A", "B", "Reporting line live from 1 May 2025."),
             ("G3.2", "Publish a quarterly ‘you said, we did’ report on concerns raised and the action taken.",
              "Head of HR", "0ct-25", "G", "G", "First report drafted for the October staff briefing."),
         ]),
        ("Recommendation 4 – By 30 September 2025, the service should make sure that all staff understand "
         "and uphold the service’s values, and that poor behaviour is challenged.", [
             ("G4.1", "Deliver values and culture training to all staff, including on-call firefighters, "
                      "through e-learning and facilitated workshops.",
              "Learning and Development Manager", dt.datetime(2025, 9, 30), "A", "A",
              "E-learning 81% complete; on-call workshops continuing into the autumn."),
             ("G4.2", "Review all open conduct cases to make sure they are progressed in line with the Core "
                      "Code of Ethics and national guidance.",
              "Head of HR / Professional Standards Lead", dt.datetime(2025, 7, 31), "R", "A",
              "Review complete; three cases remain outside timescales."),
         ]),
        ("Recommendation 5 – By 31 December 2025, the service should make sure its governance arrangements "
         "give effective oversight of the values and culture improvement work.", [
             ("G5.1", "Establish the Fire Improvement Board, chaired by the Chief Fire Officer, with Suffolk "
                      "County Council and representative body members.",
              "Chief Fire Officer", dt.datetime(2025, 2, 28), "B", "B", "Board met monthly since February."),
             ("G5.2", "Report progress against this plan to the Cabinet Member and the Scrutiny Committee "
                      "each quarter.",
              "Chief Fire Officer", "Quarterly", "G", "G", "Reported to Scrutiny Committee in September."),
         ]),
    ]
    letter_fill = {"B": RAG_FILL["blue"], "G": RAG_FILL["green"], "A": RAG_FILL["amber"],
                   "R": RAG_FILL["red"]}

    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Suffolk Fire and Rescue Service"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = title
    dc["A2"].font = Font(bold=True)
    info = [("Version", "2.3"), ("Owner", "Chief Fire Officer"), ("Approved by", "Fire Improvement Board"),
            ("Date", dt.datetime(2025, 10, 14)), ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(info, start=4):
        dc.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = dc.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    dc["A10"] = "Version history"
    dc["A10"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Change", "Author"], start=1):
        dc.cell(row=11, column=c, value=h).font = Font(bold=True)
    hist = [("1.0", dt.datetime(2025, 2, 20), "Plan agreed following HMICFRS report", "Improvement Lead"),
            ("2.0", dt.datetime(2025, 7, 8), "Goals re-baselined after staff consultation", "Improvement Lead"),
            ("2.3", dt.datetime(2025, 10, 14), "Progress update for HMICFRS revisit", "Improvement Lead")]
    for i, row in enumerate(hist, start=12):
        for c, v in enumerate(row, start=1):
            cell = dc.cell(row=i, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    dc.column_dimensions["A"].width = 16
    dc.column_dimensions["B"].width = 24
    dc.column_dimensions["C"].width = 44

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress position for the HMICFRS revisit, October 2025"
    cols = ["Ref", "Goal", "Lead", "Target date", "Previous RAG", "Current RAG", "Progress / evidence"]
    widths = [7, 62, 34, 12, 10, 10, 52]
    for c, (h, wdt) in enumerate(zip(cols, widths), start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
        cell.alignment = WRAP
        ws.column_dimensions["ABCDEFG"[c - 1]].width = wdt
    r = 5
    typo_row = None
    for rec, goals in recs:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("F2F2F2")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, goal, lead, target, prev, cur, prog in goals:
            vals = [ref, goal, lead, target, prev, cur, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=5).fill = letter_fill[prev]
            ws.cell(row=r, column=6).fill = letter_fill[cur]
            if target == "0ct-25":
                typo_row = r
            r += 1
    ws.cell(row=r + 1, column=1, value="Goals G1.1–G5.2 are the goals that directly answer the five "
                                        "recommendations; the full 37-goal plan is held by the Improvement "
                                        "Lead.").font = Font(italic=True)
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk – mitigation in "
                                                                            "place"),
                                  ("R", "Off track – escalated to Fire Improvement Board")], start=2):
        key.cell(row=i, column=1, value=k).fill = letter_fill[k]
        key.cell(row=i, column=2, value=txt)
    wb.active = 1
    wb.save(out(SF_NAME))
    EXPECTED[SF_NAME] = {
        "source": (
            "Imitates a fire and rescue service improvement plan answering an HMICFRS cause of concern, as "
            "Suffolk FRS prepared after its 2023-25 inspection found it inadequate at promoting the right "
            "values and culture (five recommendations, a 37-goal action plan, revisit October 2025): a "
            "document control sheet with version history, a plan sheet with title and progress line, one "
            "merged row per recommendation ('By <date>, the service should ...') over its goals, Lead, "
            "Target date, Previous and Current RAG letters with matching fill, progress evidence, and a Key "
            "sheet. Recommendation wording paraphrases the published findings; goals, leads and dates are "
            "illustrative."),
        "reads": (
            "An Excel improvement plan of ten goals under five HMICFRS recommendations, with previous and "
            "current RAG. The target dates are Excel dates shown as Mmm-yy, except goal G3.2 whose target "
            "cell holds the text '0ct-25' with a zero for the letter O - a mistyped month, so a careful "
            "reader stops and asks rather than guessing October 2025."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }


# =============================================================== 5. Cardiff University QER (docx)
CU_NAME = "zga-cardiff-university-qaa-quality-enhancement-review-action-plan.docx"


def build_cardiff():
    title = "Cardiff University – Quality Enhancement Review 2025: Institutional Action Plan"
    status_fill = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000",
                   "Off track": "FF0000", "Not started": None}
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
                  "Not started": "unrated"}
    sections = [
        ("1. Commendations", "Commendation", [
            ("The University’s partnership with the Students’ Union in co-designing the Student Voice "
             "framework.", [
                 ("Publish a case study of the co-design process on the Learning and Teaching Academy "
                  "website and share it through the QAA Wales enhancement network.",
                  "Head of Student Engagement", "December 2025", "Complete",
                  ["Head of Student Engagement"], "2025-12", None),
             ]),
            ("The comprehensive support for students undertaking placements and study abroad.", [
                ("Extend the placement pre-departure briefing to degree apprenticeship students.",
                 "Director of Careers and Employability", "March 2026", "On track",
                 ["Director of Careers and Employability"], "2026-03", None),
            ]),
        ]),
        ("2. Recommendations", "Recommendation", [
            ("Ensure that the revised personal tutoring policy is applied consistently across all Schools.", [
                ("Introduce a minimum of three scheduled personal tutor meetings a year for all undergraduate "
                 "students, recorded in SIMS.",
                 "Dean of Education and Students / Heads of School", "31/01/2026", "On track",
                 ["Dean of Education and Students", "Heads of School"], "2026-01", None),
                ("Include personal tutoring engagement data in each School’s Annual Review and Enhancement "
                 "report.",
                 "Academic Registrar", "July 2026", "Not started", ["Academic Registrar"], "2026-07", None),
            ]),
            ("Strengthen institutional oversight of assessment feedback turnaround times.", [
                ("Develop a Power BI dashboard reporting feedback turnaround by module and School.",
                 "Head of Planning and Business Intelligence", "February 2026", "At risk",
                 ["Head of Planning and Business Intelligence"], "2026-02", None),
                ("Report compliance with the 20 working day feedback policy to the Academic Standards and "
                 "Quality Committee.",
                 "Academic Registrar", "Each semester", "On track", ["Academic Registrar"], None,
                 "Each semester"),
            ]),
            ("Ensure that the processes for approving and monitoring collaborative provision are applied "
             "consistently to all partners.", [
                 ("Complete the due diligence refresh for all overseas partners and record the outcomes in "
                  "the partnership register.",
                  "Head of Academic Partnerships", "31 March 2026", "Off track",
                  ["Head of Academic Partnerships"], "2026-03", None),
             ]),
        ]),
        ("3. Affirmations", "Affirmation", [
            ("The steps being taken to embed the Cardiff Curriculum framework in programme design.", [
                ("Complete the Cardiff Curriculum review of all undergraduate programmes in the College of "
                 "Arts, Humanities and Social Sciences.",
                 "Dean of Education (AHSS)", "July 2026", "On track", ["Dean of Education (AHSS)"],
                 "2026-07", None),
            ]),
            ("The work under way to extend the Welsh-medium study offer.", [
                ("Increase the number of modules available through the medium of Welsh, working with the "
                 "Coleg Cymraeg Cenedlaethol.",
                 "Dean for the Welsh Language", "June 2026", "Not started", ["Dean for the Welsh Language"],
                 "2026-06", None),
            ]),
        ]),
    ]

    doc = Document()
    doc.add_paragraph(title, style="Title")
    ctrl = doc.add_table(rows=4, cols=2)
    ctrl.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Pro Vice-Chancellor Education and Students"),
                                ("Approved by", "Academic Standards and Quality Committee, 12 November 2025"),
                                ("Version", "1.1"),
                                ("Next update", "Senate, June 2026")]):
        bold_cell(ctrl.rows[i].cells[0], k, fill="D9D9D9")
        ctrl.rows[i].cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "The QAA review team visited the University in April 2025 and its report was published in July "
        "2025. The review confirmed that the University meets the baseline regulatory requirements for "
        "Wales and made two commendations, three recommendations and two affirmations. This plan sets out "
        "how the University will respond; progress is reported to the Academic Standards and Quality "
        "Committee and to Senate.")
    p = doc.add_paragraph()
    p.add_run("Status key: ").bold = True
    p.add_run("Complete (blue) | On track (green) | At risk (amber) | Off track (red) | Not started")

    expected = []
    for sec, col1, items in sections:
        doc.add_heading(sec, level=1)
        n_rows = 1 + sum(len(acts) for _, acts in items)
        t = doc.add_table(rows=n_rows, cols=5)
        t.style = "Table Grid"
        header_row(t, [col1, "Action to be taken", "Action by", "Target date", "Status"])
        r = 1
        for item, acts in items:
            first = r
            t.rows[r].cells[0].text = item
            for text, by, date, status, lead, end, end_text in acts:
                cells = t.rows[r].cells
                cells[1].text = text
                cells[2].text = by
                cells[3].text = date
                cells[4].text = status
                if status_fill[status]:
                    shade(cells[4], status_fill[status])
                expected.append(a(None, [sec, item], text, lead, end, status_map[status], end_text))
                r += 1
            if r - first > 1:
                t.cell(first, 0).merge(t.cell(r - 1, 0))
        doc.add_paragraph()
    doc.save(out(CU_NAME))
    EXPECTED[CU_NAME] = {
        "source": (
            "Imitates the action plans universities publish after a QAA review, in the QAA action plan "
            "template tradition (Good practice / Recommendations / Affirmations, each with Action to be "
            "taken, Action by, Target date) as used after Higher Education Review and Welsh Quality "
            "Enhancement Reviews: a title, a document control table, an introductory paragraph and a status "
            "key, then one Word table per section with the commendation, recommendation or affirmation "
            "merged vertically over its actions and a colour-shaded status cell. Findings, actions and "
            "dates are illustrative."),
        "reads": (
            "A Word action plan for Cardiff University's 2025 QAA Quality Enhancement Review with nine "
            "unnumbered actions in three section tables (commendations, recommendations, affirmations); "
            "each action sits under its section heading and the finding in the merged first column. "
            "Status words map through the key (Complete blue, On track green, At risk amber, Off track red, "
            "Not started unrated)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# =============================================================== 6. Bedford Modern School ISI (xlsx)
BM_NAME = "zga-bedford-modern-school-isi-inspection-action-plan.xlsx"


def build_bedford_modern():
    title = "Bedford Modern School – ISI Inspection November 2024: Action Plan"
    # progress colour: key says Green = Completed (so green reads as blue), Amber, Red, no fill
    plan = [
        ("Leadership and management, and governance",
         "Ensure that heads of department use the analysis of pupils’ attainment data consistently to adapt "
         "teaching for pupils who are not making the progress of which they are capable.", [
             ("1.1", "Train heads of department in using the new attainment tracker to identify "
                     "underperforming groups each half-term.",
              "Deputy Head (Academic)", "February 2025",
              "Tracker training delivered at January INSET; all departments using it.", "green",
              ["Deputy Head (Academic)"], "2025-02", None, "blue"),
             ("1.2", "Include a data review item at every department meeting, with actions recorded in the "
                     "department minutes.",
              "Heads of Department", "Termly", "Minutes sampled by SLT link each term.", "amber",
              ["Heads of Department"], None, "Termly", "amber"),
         ]),
        ("Quality of education, training and recreation",
         "Ensure that the use of digital devices in lessons consistently supports pupils’ learning.", [
             ("2.1", "Publish a whole-school digital learning policy setting out expectations for device use "
                     "in lessons.",
              "Director of Digital Learning", "Summer term 2025",
              "Draft delayed while the device contract is renewed.", "red",
              ["Director of Digital Learning"], "2025-07", "Summer term 2025", "red"),
             ("2.2", "Observe device use in a sample of lessons in every department and share effective "
                     "practice at INSET.",
              "Director of Digital Learning / Head of Teaching and Learning", "Autumn term 2025", "", None,
              ["Director of Digital Learning", "Head of Teaching and Learning"], "2025-12", "Autumn term 2025",
              "unrated"),
         ]),
        ("Pupils’ physical and mental health and emotional wellbeing",
         "Strengthen the way pupils’ views are used to shape the pastoral programme, particularly in the "
         "lower school.", [
             ("3.1", "Run a wellbeing survey for Years 7 to 9 and present the findings to the School Council "
                     "and the pastoral team.",
              "Deputy Head (Pastoral)", "31/01/2025", "Survey completed by 94% of pupils; findings shared.",
              "green", ["Deputy Head (Pastoral)"], "2025-01", None, "blue"),
             ("3.2", "Revise the Years 7–9 PSHE scheme of work in response to the survey findings.",
              "Head of PSHE & Head of Lower School", "June 2025", "Units 1–3 rewritten.", "amber",
              ["Head of PSHE", "Head of Lower School"], "2025-06", None, "amber"),
         ]),
        ("Pupils’ social and economic education and contribution to society",
         "Extend pupils’ understanding of economic wellbeing and careers before they reach the sixth form.", [
             ("4.1", "Introduce a Year 10 careers and financial education day with external speakers.",
              "Head of Careers", "March 2025", "Held on 12 March 2025.", "green",
              ["Head of Careers"], "2025-03", None, "blue"),
             ("4.2", "Map careers provision against the Gatsby benchmarks and report any gaps to the "
                     "Education Committee.",
              "Head of Careers / Deputy Head (Co-curricular)", "Summer term 2025",
              "Mapping under way; report due at the June committee.", "amber",
              ["Head of Careers", "Deputy Head (Co-curricular)"], "2025-07", "Summer term 2025", "amber"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Plan owner: Headmaster   |   Governor oversight: Education Committee   |   "
                "Last reviewed: 3 March 2025")
    ws.merge_cells("A2:G2")
    cols = ["Ref", "Recommended next step", "Action", "Lead(s)", "Timescale", "Success criteria / evidence",
            "Progress"]
    widths = [6, 46, 52, 30, 16, 44, 10]
    for c, (h, wdt) in enumerate(zip(cols, widths), start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = WRAP
        ws.column_dimensions["ABCDEFG"[c - 1]].width = wdt
    r = 5
    expected = []
    for area, step, acts in plan:
        ws.cell(row=r, column=1, value=area).font = Font(bold=True, color="FF002060")
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        first = r
        ws.cell(row=r, column=2, value=step)
        for ref, text, lead_txt, when, evidence, colour, lead, end, end_text, status in acts:
            vals = [ref, None, text, lead_txt, when, evidence, None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c)
                if v is not None:
                    cell.value = v
                cell.border = BOX
                cell.alignment = WRAP
            if colour:
                ws.cell(row=r, column=7).fill = RAG_FILL[colour]
            expected.append(a(ref, [area, step], text, lead, end, status, end_text))
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    ws.cell(row=r + 1, column=1,
            value="The inspection found that the school meets all of the Independent School Standards; this "
                  "plan addresses the recommended next steps in the report.").font = Font(italic=True)
    key = wb.create_sheet("RAG key")
    key["A1"] = "Progress colour key"
    key["A1"].font = Font(bold=True)
    for i, (colour, txt) in enumerate([("green", "Completed"), ("amber", "In progress"),
                                       ("red", "Not on track")], start=2):
        key.cell(row=i, column=1).fill = RAG_FILL[colour]
        key.cell(row=i, column=2, value=txt)
    key.cell(row=5, column=2, value="No colour – not yet started")
    key.column_dimensions["B"].width = 30
    wb.save(out(BM_NAME))
    EXPECTED[BM_NAME] = {
        "source": (
            "Imitates an independent school's post-inspection action plan after an ISI inspection under the "
            "September 2023 framework, whose reports end with 'recommended next steps' and judge the school "
            "against sections such as Leadership and management, and governance; Quality of education, "
            "training and recreation; Pupils' physical and mental health and emotional wellbeing; Pupils' "
            "social and economic education. Layout as a school spreadsheet: title and owner lines, one "
            "merged row per ISI section, the next step merged down over its actions, leads, termly "
            "timescales, success criteria and a fill-only Progress cell read through a separate 'RAG key' "
            "sheet where green means completed. Next steps, actions and dates are illustrative."),
        "reads": (
            "An Excel action plan with eight numbered actions under four ISI sections, each answering a "
            "recommended next step. Timescales include terms (Summer term 2025 = July 2025, Autumn term 2025 "
            "= December 2025) and 'Termly'. Progress is shown only by fill colour; the key defines green as "
            "completed (so blue), amber in progress, red not on track, and no fill not yet started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


# =============================================================== 7. Greenhead College (txt)
GC_NAME = "zga-greenhead-college-ofsted-post-inspection-action-plan.txt"


def build_greenhead():
    title = "Greenhead College – Post-Inspection Action Plan (Ofsted, March 2025)"
    plan = [
        ("Quality of education", [
            ("Leaders should ensure that teachers in a small number of subjects check learners’ understanding "
             "carefully before moving on to new topics.", [
                 ("QE1.1", "Deliver CPD on questioning and retrieval practice for teachers in the identified "
                           "subjects (psychology, economics and computer science).",
                  "Vice Principal (Curriculum)", "31/12/2025", "Green", "Two of three CPD sessions delivered.",
                  ["Vice Principal (Curriculum)"], "2025-12", None, "green"),
                 ("QE1.2", "Make checking for understanding a focus of learning walks in the identified "
                           "subjects.",
                  "Assistant Principal (Quality) / Heads of Faculty", "Jan-26", "Not started",
                  "Learning walks scheduled for the spring term.",
                  ["Assistant Principal (Quality)", "Heads of Faculty"], "2026-01", None, "unrated"),
             ]),
            ("Leaders should make sure that learners with high needs receive timely support from the start "
             "of their course.", [
                 ("QE2.1", "Complete initial assessments for all learners with an EHCP before enrolment and "
                           "share support plans with teachers in the first week of term.",
                  "Head of Learning Support", "Sep-25", "Complete",
                  "All 37 EHCP learners assessed before enrolment.",
                  ["Head of Learning Support"], "2025-09", None, "blue"),
             ]),
        ]),
        ("Behaviour and attitudes", [
            ("Leaders should improve the attendance of learners on level 2 programmes.", [
                ("BA1.1", "Introduce same-day follow-up calls for absent level 2 learners, with weekly "
                          "attendance reports to parents and carers.",
                 "Head of Student Services", "October 2025", "Green",
                 "Calls in place; attendance up 4 points on last year.",
                 ["Head of Student Services"], "2025-10", None, "green"),
                ("BA1.2", "Set attendance targets for each level 2 tutor group and review them at half-termly "
                          "progress meetings.",
                 "AL/JW", "Summer term 2026", "Amber", "Targets set for four of six groups.",
                 ["AL", "JW"], "2026-07", "Summer term 2026", "amber"),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should make sure that all learners benefit from the planned tutorial programme on "
             "healthy relationships and online safety.", [
                 ("PD1.1", "Re-sequence the tutorial programme so that healthy relationships and online safety "
                           "are covered in the first half of the autumn term.",
                  "Head of Tutorial", "Ongoing", "Green", "Delivered to all first-year groups by half-term.",
                  ["Head of Tutorial"], None, "Ongoing", "green"),
             ]),
        ]),
        ("Leadership and management", [
            ("Governors should receive more detailed information about the quality of education in each "
             "subject area so that they can challenge leaders effectively.", [
                 ("LM1.1", "Add subject-level quality reports to the Quality and Standards Committee cycle.",
                  "Clerk to the Corporation & Vice Principal (Curriculum)", "Nov 2025", "Complete",
                  "First reports considered on 18 November 2025.",
                  ["Clerk to the Corporation", "Vice Principal (Curriculum)"], "2025-11", None, "blue"),
                 ("LM1.2", "Arrange link-governor visits to each faculty during 2025/26.",
                  "Chair of Quality and Standards Committee", "July 2026", "Amber",
                  "Three of seven faculty visits completed.",
                  ["Chair of Quality and Standards Committee"], "2026-07", None, "amber"),
             ]),
        ]),
    ]
    header = ["Judgement area", "Ref", "Improvement required", "Action", "Lead", "Deadline", "Status",
              "Progress note"]
    lines = [title,
             "Exported from the Quality Improvement Tracker on 02/12/2025 (Quality Office)",
             "",
             "\t".join(header)]
    expected = []
    counts = {}
    for area, items in plan:
        area_cell = area
        for imp, acts in items:
            imp_cell = imp
            for ref, text, lead_txt, deadline, status_txt, note, lead, end, end_text, status in acts:
                lines.append("\t".join([area_cell, ref, imp_cell, text, lead_txt, deadline, status_txt,
                                        note]))
                area_cell = ""
                imp_cell = ""
                counts[status_txt] = counts.get(status_txt, 0) + 1
                expected.append(a(ref, [area, imp], text, lead, end, status, end_text))
    lines.append("")
    lines.append("Status key: Complete = action finished; Green = on track; Amber = some slippage; "
                 "Red = off track; Not started = not yet begun")
    total = sum(counts.values())
    lines.append("Total actions: %d | Complete: %d | Green: %d | Amber: %d | Red: %d | Not started: %d"
                 % (total, counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0),
                    counts.get("Red", 0), counts.get("Not started", 0)))
    with open(out(GC_NAME), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    EXPECTED[GC_NAME] = {
        "source": (
            "Imitates a sixth form college's post-inspection action plan after an Ofsted FE and skills "
            "inspection under the education inspection framework (improvement points phrased 'Leaders "
            "should ...' as in the report's 'What does the provider need to do to improve?' section), "
            "exported as tab-separated text from the college's quality improvement tracker: a title line, "
            "an export line, a header, judgement area and improvement text written only on the first row of "
            "each group, a status key and a totals line at the end. Improvement points, actions and dates "
            "are illustrative."),
        "reads": (
            "A tab-separated export of eight actions under four Ofsted judgement areas, each answering an "
            "improvement point; blank leading cells continue the group above. Deadlines include Mmm-yy, "
            "a day-first date, 'Summer term 2026' (July 2026) and 'Ongoing'; statuses are Complete, "
            "Green, Amber and Not started; 'AL/JW' is two leads."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    }


BUILDERS = [build_morton_hall, build_lewisham_bromley, build_kent, build_suffolk, build_cardiff,
            build_bedford_modern, build_greenhead]


def build_all():
    for b in BUILDERS:
        b()
    return EXPECTED


if __name__ == "__main__":
    build_all()
    for name in EXPECTED:
        print(name)
