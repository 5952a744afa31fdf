"""Build the seven sq- blind cases (data files) and their expected readings.

Run with /work/main/.venv/bin/python sq_make.py from any directory; files are written beside
this script. Only files whose names start with "sq-" are written.

The expected readings (end month, status, under, lead) are written out by hand per action below,
next to the cell text, so that the text in the .expected.yaml is character-for-character the text
that goes into the data file.
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

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
DARK = "1F4E79"
FILLS = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_expected(name, source, reads, outcome, title, actions, refuse_at=None,
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
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. Highland Hospice – HIS inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def highland_hospice():
    name = "sq-highland-hospice-his-inspection-improvement-action-plan.xlsx"
    title = ("Highland Hospice – Improvement Action Plan: Healthcare Improvement Scotland "
             "unannounced inspection, 4–5 June 2024")
    D5 = "Domain 5 – Planning for quality"
    D7 = "Domain 7 – Quality control"
    REQ1 = ("Requirement 1: The provider must ensure that all staff complete mandatory training, "
            "including adult support and protection training, and that completion is recorded "
            "and monitored (Regulation 12(c)(i)).")
    RECA = ("Recommendation a: The service should review its clinical audit programme so that "
            "audit results and the resulting improvement actions are documented and shared with "
            "staff.")
    REQ2 = ("Requirement 2: The provider must ensure that controlled drug registers are "
            "accurately completed and that any discrepancies are investigated and recorded "
            "(Regulation 3(d)(iv)).")
    RECB = ("Recommendation b: The service should ensure that a falls risk assessment is "
            "completed for every patient within 24 hours of admission to the Inpatient Unit.")
    # (domain, heading, ref, action, responsible, target cell, revised cell, progress, fill,
    #  expected lead, end, end_text, status)
    rows = [
        (D5, REQ1, "1",
         "Refresh the mandatory training matrix and set a 90% compliance target for each module.",
         "Head of Education and Training", d(2024, 10, 31), None,
         "Matrix refreshed and approved by SMT on 22/10/2024. Compliance now 93% overall.",
         "blue", ["Head of Education and Training"], "2024-10", None, "blue"),
        (D5, REQ1, "2",
         "Monthly compliance report to the Clinical Governance Group, with named follow-up for "
         "any staff member more than 30 days overdue.",
         "Head of Education and Training / Director of Care", d(2024, 11, 30), d(2025, 1, 31),
         "First two reports presented (Dec, Jan). Date revised to allow ASP module to be added "
         "to Turas Learn reporting.",
         "green", ["Head of Education and Training", "Director of Care"], "2025-01", None,
         "green"),
        (D5, RECA, "3",
         "Revise the annual clinical audit programme to include a standard results and action "
         "template.",
         "Quality & Governance Lead", "Dec-24", None,
         "2025/26 audit programme and template agreed at Clinical Governance Group, 10/12/2024.",
         "blue", ["Quality & Governance Lead"], "2024-12", None, "blue"),
        (D5, RECA, "4",
         "Share audit outcomes at ward safety huddles and in the quarterly staff bulletin "
         "‘Hospice Matters’.",
         "Quality & Governance Lead; IPU Senior Charge Nurse", "Quarterly", None,
         "January bulletin included hand hygiene and mattress audit results.",
         "green", ["Quality & Governance Lead", "IPU Senior Charge Nurse"], None, "Quarterly",
         "green"),
        (D7, REQ2, "5",
         "Introduce a twice-daily controlled drug check on the Inpatient Unit, signed by two "
         "registered nurses.",
         "IPU Senior Charge Nurse", d(2024, 8, 31), None,
         "In place from 12/07/2024. No unresolved discrepancies since.",
         "blue", ["IPU Senior Charge Nurse"], "2024-08", None, "blue"),
        (D7, REQ2, "6",
         "Pharmacist-led quarterly audit of all CD registers, with findings reported to the "
         "Medicines Management Group.",
         "Lead Pharmacist (NHS Highland SLA)", d(2025, 3, 31), None,
         "Q3 audit not completed due to pharmacist vacancy. Escalated to NHS Highland "
         "Pharmacy Services.",
         "red", ["Lead Pharmacist (NHS Highland SLA)"], "2025-03", None, "red"),
        (D7, RECB, "7",
         "Add a mandatory falls risk assessment field to the admission template in the "
         "electronic patient record.",
         "Clinical Systems Manager", d(2024, 11, 30), d(2025, 2, 28),
         "Template change built and in testing. Go-live delayed by supplier release schedule.",
         "amber", ["Clinical Systems Manager"], "2025-02", None, "amber"),
        (D7, RECB, "8",
         "Monthly record-keeping audit of 10 sets of patient notes, with results fed back to "
         "individual nurses.",
         "Director of Care", "Ongoing", None,
         "To start once action 7 is live.",
         None, ["Director of Care"], None, "Ongoing", "unrated"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [10, 46, 52, 28, 13, 13, 46, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=DARK)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Service: Highland Hospice Inpatient Unit, Bishop's Road, Inverness IV3 5SB"
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Action plan owner: Director of Care     Last updated: 14/02/2025     "
                "Reported to: Clinical Governance Committee")
    ws.merge_cells("A3:H3")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    key = [("B4", "Complete", BLUE), ("C4", "On track", GREEN),
           ("D4", "At risk / date revised", AMBER), ("E4", "Overdue", RED),
           ("F4", "Not yet started", None)]
    for ref, text, col in key:
        ws[ref] = text
        ws[ref].border = BOX
        if col:
            ws[ref].fill = fill(col)
    hdr = ["Action No.", "Requirement / Recommendation (HIS report)", "Action to be taken",
           "Responsible person", "Target date", "Revised date", "Progress update", "RAG"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(DARK)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    cur_domain = None
    group_start = {}
    for row in rows:
        dom, head, ref, action, resp, tgt, rev, prog, fl = row[:9]
        if dom != cur_domain:
            ws.cell(row=r, column=1, value=dom).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur_domain = dom
            r += 1
        if head not in group_start:
            group_start[head] = r
            ws.cell(row=r, column=2, value=head)
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=resp)
        c5 = ws.cell(row=r, column=5, value=tgt)
        if isinstance(tgt, dt.datetime):
            c5.number_format = "dd/mm/yyyy"
        c6 = ws.cell(row=r, column=6, value=rev)
        if isinstance(rev, dt.datetime):
            c6.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=prog)
        if fl:
            ws.cell(row=r, column=8).fill = fill(FILLS[fl])
        for c in range(1, 9):
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=c).border = BOX
        r += 1
    # merge the requirement / recommendation cells down over their actions
    heads = [row[1] for row in rows]
    for head, start in group_start.items():
        n = heads.count(head)
        if n > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=start + n - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Notes: Requirements relate to the Healthcare Improvement Scotland (Requirements as to "
        "Independent Health Care Services) Regulations 2011. Recommendations are based on the "
        "Quality Assurance Framework. Dates are shown dd/mm/yyyy."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A7"

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "RAG summary at 14/02/2025"
    s2["A1"].font = Font(bold=True)
    summ = [("Complete", 3, BLUE), ("On track", 2, GREEN), ("At risk / date revised", 1, AMBER),
            ("Overdue", 1, RED), ("Not yet started", 1, None), ("Total actions", 8, None)]
    s2["A2"], s2["B2"] = "Status", "Number of actions"
    for i, (lab, n, col) in enumerate(summ, 3):
        s2.cell(row=i, column=1, value=lab)
        s2.cell(row=i, column=2, value=n)
        if col:
            s2.cell(row=i, column=1).fill = fill(col)
    s2.column_dimensions["A"].width = 26
    s2.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, name))

    actions = []
    for row in rows:
        dom, head, ref, action = row[0], row[1], row[2], row[3]
        lead, end, end_text, status = row[9], row[10], row[11], row[12]
        actions.append({"ref": ref, "under": [dom, head], "action": action, "lead": lead,
                        "end": end, "end_text": end_text, "status": status})
    write_expected(
        name,
        source=("Imitates the improvement action plan an independent hospice in Scotland returns "
                "to Healthcare Improvement Scotland after an independent healthcare inspection "
                "(Highland Hospice, Inverness, is registered with HIS as an independent hospital; "
                "see https://highlandhospice.org/who-we-are/news/2014/healthcare-improvement-"
                "scotland-independent-healthcare-inspection-report and HIS 'How we inspect "
                "independent healthcare services'). Copied features: title block with service "
                "and owner lines, RAG key row of coloured cells, Quality Assurance Framework "
                "domain band rows, requirement / recommendation text merged down beside its "
                "actions, target and revised date columns, progress comments, RAG shown only as "
                "cell fill colour, notes line, and a second Summary sheet with RAG counts."),
        reads=("A hospice's action plan after an HIS inspection: two QAF domains, each with one "
               "requirement and one recommendation merged down beside two numbered actions "
               "(eight in all). The RAG column has no words, only fill colours explained by the "
               "key row; two actions have revised dates, one is quarterly and one ongoing and "
               "not yet started."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. Clackmannanshire Council – corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def clackmannanshire():
    name = "sq-clackmannanshire-council-corporate-risk-register-2025-26.xlsx"
    title = "Clackmannanshire Council – Corporate Risk Register 2025/26"
    status_fill = {"Completed": BLUE, "OK": GREEN, "Warning": AMBER, "Overdue": RED,
                   "Not Started": None}
    status_map = {"Completed": "blue", "OK": "green", "Warning": "amber", "Overdue": "red",
                  "Not Started": "unrated"}
    risks = [
        ("CRR 001 – Financial Sustainability", 20, 12,
         "The Council is unable to set a balanced budget and maintain adequate reserves over the "
         "medium term, given rising demand, pay and inflationary pressures and flat grant "
         "settlements.", "Chief Finance Officer", [
             ("CRR 001.01",
              "Update the Medium Term Financial Strategy to 2030/31 and present it to Council.",
              d(2025, 12, 18), "OK", "Chief Finance Officer",
              "Draft MTFS scenarios shared with Budget Challenge Group, October 2025.",
              ["Chief Finance Officer"], "2025-12", None),
             ("CRR 001.02",
              "Identify and agree savings options to close the 2026/27 budget gap of £8.9m.",
              d(2026, 2, 26), "OK", "Chief Finance Officer; Strategic Director (Transformation)",
              "£5.1m of options identified to date; member briefings scheduled November.",
              ["Chief Finance Officer", "Strategic Director (Transformation)"], "2026-02", None),
             ("CRR 001.03",
              "Review the reserves strategy, including the use of uncommitted General Fund "
              "reserves.",
              d(2025, 9, 30), "Overdue", "Chief Finance Officer",
              "Deferred to align with MTFS update; now expected December 2025.",
              ["Chief Finance Officer"], "2025-09", None),
         ]),
        ("CRR 002 – Workforce Capacity and Resilience", 16, 9,
         "The Council cannot recruit, retain and develop staff with the skills needed to deliver "
         "services, particularly in social work, teaching and specialist professional roles.",
         "Strategic Director (People)", [
             ("CRR 002.01",
              "Implement the Strategic Workforce Plan 2025–28 actions for hard-to-fill posts, "
              "including grow-your-own routes in social work.",
              d(2026, 3, 31), "OK", "Senior Manager HR & Workforce Development",
              "Two trainee social workers started on the OU route, September 2025.",
              ["Senior Manager HR & Workforce Development"], "2026-03", None),
             ("CRR 002.02",
              "Roll out absence management dashboards to all service managers.",
              d(2025, 6, 30), "Completed", "Senior Manager HR & Workforce Development",
              "Dashboards live in Power BI since June 2025.",
              ["Senior Manager HR & Workforce Development"], "2025-06", None),
         ]),
        ("CRR 003 – Cyber Security", 16, 8,
         "A successful cyber attack disrupts council services, causes loss of data and leads to "
         "financial and reputational damage.", "Chief Digital Officer", [
             ("CRR 003.01", "Achieve Cyber Essentials Plus re-accreditation.",
              d(2026, 1, 31), "OK", "Chief Digital Officer",
              "External assessment booked for January 2026.",
              ["Chief Digital Officer"], "2026-01", None),
             ("CRR 003.02",
              "Complete phishing simulation and mandatory cyber awareness training for all "
              "network users.",
              d(2025, 11, 30), "Warning", "Chief Digital Officer",
              "Training completion at 71%; reminders issued to services below 60%.",
              ["Chief Digital Officer"], "2025-11", None),
             ("CRR 003.03",
              "Test the ICT disaster recovery plan with a full system restore exercise.",
              "Q4 2025/26", "Not Started", "Chief Digital Officer; ICT Infrastructure Team Leader",
              "Scheduled after the data centre network upgrade.",
              ["Chief Digital Officer", "ICT Infrastructure Team Leader"], "2026-03", None),
         ]),
        ("CRR 004 – Public Protection", 15, 10,
         "Failure of the Council and its partners to protect children and adults at risk of "
         "harm.", "Chief Social Work Officer", [
             ("CRR 004.01",
              "Embed the revised Chief Officers Group assurance framework for public protection.",
              d(2025, 12, 31), "OK", "Chief Social Work Officer",
              "Framework approved by COG, August 2025; first quarterly assurance report due "
              "December.",
              ["Chief Social Work Officer"], "2025-12", None),
             ("CRR 004.02",
              "Complete a multi-agency audit of Interagency Referral Discussions (IRDs) and "
              "report findings to the Child Protection Committee.",
              d(2025, 10, 31), "Completed", "Chief Social Work Officer",
              "Audit reported to CPC on 23 October 2025.",
              ["Chief Social Work Officer"], "2025-10", None),
         ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    widths = [13, 62, 10, 10, 12, 12, 34, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 update (to 30 September 2025) – Appendix A to report to Audit and "
                "Scrutiny Committee, 20 November 2025")
    ws["A3"] = ("Action status: Completed = action complete; OK = on track; Warning = at risk of "
                "missing due date; Overdue = past due date; Not Started")
    ws["A4"] = ("Risk rating = Likelihood x Impact (1–5 each). Red 15–25, Amber 8–12, "
                "Green 1–6.")
    for rr in range(1, 5):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
    hdr = ["Code", "Risk / Related Action", "Current Rating", "Target Rating", "Due Date",
           "Status", "Managed By", "Latest Note"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00704A")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    r += 1

    def score_fill(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    actions = []
    for rtitle, cur, tgt, desc, owner, acts in risks:
        ws.cell(row=r, column=1, value=rtitle).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c3 = ws.cell(row=r, column=3, value=cur)
        c3.fill = fill(score_fill(cur))
        c4 = ws.cell(row=r, column=4, value=tgt)
        c4.fill = fill(score_fill(tgt))
        for c in (1, 2, 5, 6, 7, 8):
            ws.cell(row=r, column=c).fill = fill(GREY)
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = BOX
        r += 1
        for code, text, due, st, mb, note, lead, end, end_text in acts:
            ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=2, value=text)
            c5 = ws.cell(row=r, column=5, value=due)
            if isinstance(due, dt.datetime):
                c5.number_format = "dd/mm/yyyy"
            c6 = ws.cell(row=r, column=6, value=st)
            if status_fill[st]:
                c6.fill = fill(status_fill[st])
            ws.cell(row=r, column=7, value=mb)
            ws.cell(row=r, column=8, value=note)
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=r, column=c).border = BOX
            actions.append({"ref": code, "under": [rtitle], "action": text, "lead": lead,
                            "end": end, "end_text": end_text, "status": status_map[st]})
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Summary: 4 corporate risks (4 Red, 0 Amber, 0 Green); 10 related actions – "
        "2 Completed, 5 OK, 1 Warning, 1 Overdue, 1 Not Started."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A7"

    s2 = wb.create_sheet("Risk Descriptions")
    s2.append(["Code & Title", "Description / Potential Effect", "Risk Owner"])
    for cc in range(1, 4):
        s2.cell(row=1, column=cc).font = Font(bold=True)
    for rtitle, cur, tgt, desc, owner, acts in risks:
        s2.append([rtitle, desc, owner])
    s2.column_dimensions["A"].width = 40
    s2.column_dimensions["B"].width = 90
    s2.column_dimensions["C"].width = 28
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Scottish council's corporate risk register appendix produced from a "
                "Pentana (Covalent) risk system for the audit committee, modelled on "
                "Clackmannanshire Council's corporate risk log reports to its Resources & Audit "
                "/ Audit & Finance Committee (e.g. https://vdocuments.mx/clackmannanshire-"
                "council-on-the-agenda-report-to-resources-audit-committee.html) and the Moray "
                "Council register layout. Copied features: title and appendix lines, status key "
                "line using Pentana words (Completed / OK / Warning / Overdue / Not Started), "
                "rating explanation, grey risk rows with code and title merged and current / "
                "target scores coloured, related action rows with their own codes, due dates, "
                "status cells with fill colour, 'Managed By' with two posts joined by ';', "
                "latest notes, a summary line, and a second sheet of risk descriptions."),
        reads=("The council's corporate risk register for Q2 2025/26: four risks shown as grey "
               "heading rows with scores, each followed by its related mitigating actions "
               "(ten in all) with due date, Pentana status word and owner. The status key at "
               "the top says OK is on track and Warning at risk; the risk descriptions sheet "
               "and the summary line hold no actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. Velindre University NHS Trust – IMTP annual delivery plan Q2 tracker (xlsx)
# ---------------------------------------------------------------------------
def velindre():
    name = "sq-velindre-university-nhs-trust-imtp-annual-delivery-plan-2025-26-q2-tracker.xlsx"
    title = "Velindre University NHS Trust – IMTP 2025/26 Annual Delivery Plan: Quarter 2 Tracker"
    G1 = "Strategic Goal 1: Outstanding for quality, safety and experience"
    G2 = "Strategic Goal 2: Sustainable services for the future"
    rag_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    sheets = [
        ("Goal 1", G1, [
            ("1A Velindre Cancer Service", [
                ("1A.1",
                 "Implement the Acute Oncology Service 24/7 advice line across all South East "
                 "Wales health boards.",
                 "Director of Cancer Services", "Q3 2025/26", None, "G", "A",
                 "Live in Cardiff & Vale and Cwm Taf Morgannwg. Aneurin Bevan go-live depends on "
                 "recruitment of two CNS posts.",
                 ["Director of Cancer Services"], "2025-12"),
                ("1A.2",
                 "Reduce SACT waiting times so that 95% of patients start treatment within 21 "
                 "days of the decision to treat.",
                 "Director of Cancer Services / Head of SACT Services", "Q4 2025/26", None,
                 "A", "R",
                 "Performance 81% in September. Capacity plan for additional Saturday "
                 "clinics with Executive Management Board.",
                 ["Director of Cancer Services", "Head of SACT Services"], "2026-03"),
                ("1A.3",
                 "Complete the actions in the HIW IR(ME)R radiotherapy inspection improvement "
                 "plan.",
                 "Head of Radiotherapy Physics", "Q1 2025/26", None, "G", "B",
                 "All actions closed; closure letter received from HIW, 18 August 2025.",
                 ["Head of Radiotherapy Physics"], "2025-06"),
            ]),
            ("1B Welsh Blood Service", [
                ("1B.1",
                 "Launch phase 2 of the online donor appointment system (Donor Portal).",
                 "Director of Welsh Blood Service", "Q2 2025/26", None, "G", "B",
                 "Launched 1 September 2025; 38% of appointments booked online in September.",
                 ["Director of Welsh Blood Service"], "2025-09"),
                ("1B.2",
                 "Recruit 4,500 new donors to the Welsh Bone Marrow Donor Registry in year.",
                 "Head of Collection Services", "Q4 2025/26", None, "A", "A",
                 "2,010 recruited at end of Q2; targeted university campaign planned for "
                 "freshers' fairs.",
                 ["Head of Collection Services"], "2026-03"),
            ]),
        ]),
        ("Goal 2", G2, [
            ("2A Transforming Cancer Services", [
                ("2A.1",
                 "Achieve construction milestone 3 for the new Velindre Cancer Centre (building "
                 "envelope complete).",
                 "Director of Strategic Transformation, Planning & Digital", "Q4 2025/26", None,
                 "G", "G", "Steel frame complete; cladding 60% installed.",
                 ["Director of Strategic Transformation, Planning & Digital"], "2026-03"),
                ("2A.2",
                 "Agree the operational model for the radiotherapy satellite centre with Aneurin "
                 "Bevan University Health Board.",
                 "Director of Cancer Services", "Q2 2025/26", "Q4 2025/26", "A", "A",
                 "Workforce model agreed; revenue funding still under discussion with the health "
                 "board.",
                 ["Director of Cancer Services"], "2026-03"),
            ]),
            ("2B Workforce and Decarbonisation", [
                ("2B.1",
                 "Deliver year 3 of the Trust decarbonisation action plan, including LED "
                 "lighting replacement at Talbot Green.",
                 "Director of Finance / Head of Sustainability", "Q4 2025/26", None, "G", "G",
                 "LED replacement 70% complete; solar PV feasibility study commissioned.",
                 ["Director of Finance", "Head of Sustainability"], "2026-03"),
                ("2B.2",
                 "Reduce agency nursing spend by 20% against the 2024/25 baseline.",
                 "Executive Director of Nursing, AHPs & Health Science", "Q3 2025/26",
                 "Q4 2025/26", "R", "R",
                 "Spend down 6% year to date. Bank incentive scheme extended; revised "
                 "trajectory to Q4.",
                 ["Executive Director of Nursing, AHPs & Health Science"], "2026-03"),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Integrated Medium Term Plan 2025–2028"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "0.3 (Final)"), ("Author", "Head of Planning & Performance"),
          ("Date", "21/10/2025"),
          ("Presented to", "Strategic Development Committee, 6 November 2025"),
          ("Executive sponsor", "Director of Strategic Transformation, Planning & Digital")]
    for i, (k, v) in enumerate(dc, 5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2).border = BOX
    cov["A11"] = ("This tracker reports the Quarter 2 position against the 2025/26 deliverables "
                  "in the IMTP. Each goal has its own sheet; the RAG key is on the Key sheet.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    actions = []
    for sname, goal, bands in sheets:
        ws = wb.create_sheet(sname)
        widths = [8, 58, 34, 13, 13, 8, 8, 58]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws["A1"] = goal
        ws["A1"].font = Font(bold=True, size=13, color=DARK)
        ws.merge_cells("A1:H1")
        ws["A2"] = ("Quarter 2 (July – September 2025) position. Q1 RAG shown for comparison; "
                    "where a revised quarter is shown it was agreed by the Executive Management "
                    "Board.")
        ws.merge_cells("A2:H2")
        hdr = ["Ref", "Deliverable", "Lead Executive", "Target Quarter", "Revised Quarter",
               "Q1 RAG", "Q2 RAG", "Q2 Progress Commentary"]
        r = 4
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("7030A0")
            cell.alignment = Alignment(wrap_text=True)
            cell.border = BOX
        r += 1
        for band, items in bands:
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for (ref, text, lead_cell, tq, rq, q1, q2, comm, lead, end) in items:
                vals = [ref, text, lead_cell, tq, rq, q1, q2, comm]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.border = BOX
                ws.cell(row=r, column=6).fill = fill(rag_fill[q1])
                ws.cell(row=r, column=7).fill = fill(rag_fill[q2])
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center")
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center")
                actions.append({"ref": ref, "under": [goal, band], "action": text,
                                "lead": lead, "end": end, "end_text": None,
                                "status": rag_map[q2]})
                r += 1
        ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    kk = [("B", "Complete", BLUE), ("G", "On track – will be delivered by target quarter", GREEN),
          ("A", "At risk – mitigation in place, may slip to a later quarter", AMBER),
          ("R", "Off track – will not be delivered in year without intervention", RED)]
    for i, (k, txt, col) in enumerate(kk, 2):
        key.cell(row=i, column=1, value=k).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    key["A8"] = "Q2 summary"
    key["A8"].font = Font(bold=True)
    summ = [("B", 2), ("G", 2), ("A", 3), ("R", 2), ("Total", 9)]
    for i, (k, n) in enumerate(summ, 9):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=n)
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an NHS Wales trust's quarterly tracker of its IMTP annual delivery "
                "plan as reported to a board committee; Velindre University NHS Trust runs "
                "Velindre Cancer Service and the Welsh Blood Service and reports IMTP delivery "
                "to its Strategic Development Committee and Trust Board (board bundles on "
                "documents.pub; 'Delivering Excellence' three-year plan). Copied features: cover "
                "sheet with document-control table, one sheet per strategic goal with the goal "
                "as the sheet heading, division band rows (1A, 1B ...), deliverable refs, lead "
                "executive (two posts joined by '/' in two rows), target quarter in NHS "
                "financial-year form with a revised quarter column, previous (Q1) and current "
                "(Q2) RAG letters with fills, progress commentary, and a Key sheet with RAG "
                "definitions and a summary count."),
        reads=("The trust's 2025/26 delivery plan tracker at Quarter 2: nine deliverables on "
               "two goal sheets, grouped under division/programme bands, each with a lead "
               "executive, target quarter (two revised to Q4) and Q1 and Q2 RAG letters; the Q2 "
               "RAG is the current status. The Cover and Key sheets carry no actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Foyle Hospice – RQIA inspection Quality Improvement Plan (docx)
# ---------------------------------------------------------------------------
def foyle():
    name = "sq-foyle-hospice-rqia-inspection-quality-improvement-plan.docx"
    title = "Foyle Hospice Inpatient Unit – RQIA Quality Improvement Plan"
    REGS = ("Action required to ensure compliance with The Independent Health Care Regulations "
            "(Northern Ireland) 2005")
    STDS = ("Action required to ensure compliance with the Minimum Care Standards for "
            "Independent Healthcare Establishments (July 2014)")
    st_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    st_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    afis = [
        (REGS, "Area for improvement 1", "Ref: Regulation 15 (2)", "Stated: First time",
         "The registered person shall ensure that all medicines are stored at the correct "
         "temperature, that medicines refrigerator temperatures are recorded daily and that "
         "action is taken when readings fall outside the recommended range.", [
             ("1.1",
              "Replace the IPU treatment room medicines refrigerator with a pharmacy-grade unit "
              "fitted with a continuous data logger.",
              "Estates Manager", "30 April 2024", "B",
              ["Estates Manager"], "2024-04", None),
             ("1.2",
              "Add the daily min/max temperature check to the nurse-in-charge shift checklist "
              "and display the escalation flowchart in the treatment room.",
              "Ward Manager (IPU)", "Immediate and ongoing", "G",
              ["Ward Manager (IPU)"], None, "Immediate and ongoing"),
             ("1.3",
              "Monthly audit of temperature records by the Clinical Pharmacist, reported to the "
              "Medicines Management Committee.",
              "Clinical Pharmacist / Ward Manager (IPU)", "31 July 2024", "G",
              ["Clinical Pharmacist", "Ward Manager (IPU)"], "2024-07", None),
         ]),
        (REGS, "Area for improvement 2", "Ref: Regulation 19 (2) Schedule 2",
         "Stated: First time",
         "The registered person shall ensure that recruitment records for all staff contain the "
         "information set out in Schedule 2, including a full employment history with any gaps "
         "explained.", [
             ("2.1",
              "Audit all personnel files for staff recruited since April 2022 against a "
              "Schedule 2 checklist and obtain any missing information.",
              "HR Manager", "31 May 2024", "B",
              ["HR Manager"], "2024-05", None),
             ("2.2",
              "Revise the recruitment procedure and application form so that gaps in "
              "employment are explored and recorded at interview.",
              "HR Manager", "30 June 2024", "A",
              ["HR Manager"], "2024-06", None),
         ]),
        (STDS, "Area for improvement 3", "Ref: Standard 8.4", "Stated: Second time",
         "The registered person shall ensure that the complaints record includes the outcome of "
         "each complaint and the complainant's level of satisfaction with how it was handled.", [
             ("3.1",
              "Redesign the complaints log to include outcome, date closed and complainant "
              "satisfaction fields.",
              "Governance and Quality Lead", "31 May 2024", "B",
              ["Governance and Quality Lead"], "2024-05", None),
             ("3.2",
              "Quarterly complaints report to the Clinical Governance Sub-Committee of the Board "
              "of Trustees.",
              "Governance and Quality Lead", "Quarterly", "G",
              ["Governance and Quality Lead"], None, "Quarterly"),
         ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Unannounced inspection: 12 and 13 March 2024      Inspection ID: IN045871")
    doc.add_paragraph("Progress update for the Clinical Governance Sub-Committee, September 2024")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.0"), ("Date", "09/09/2024"),
                                ("Owner", "Director of Nursing & Patient Services"),
                                ("Approved by", "Chief Executive")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The areas for improvement identified during the inspection are set out below as they "
        "appear in the Quality Improvement Plan (QIP) returned to RQIA. The timescales for "
        "implementation commence from the date of the inspection. The actions, responsible "
        "persons and status have been added by the hospice to track progress.")
    doc.add_paragraph(
        "Status: B – completed and embedded; G – on track; A – in progress, behind original "
        "date; R – not on track")

    cur = None
    for sect, afi_label, ref_lbl, stated, afi_text, acts in afis:
        if sect != cur:
            doc.add_heading(sect, level=2)
            cur = sect
        tb = doc.add_table(rows=3 + len(acts), cols=5)
        tb.style = "Table Grid"
        r0 = tb.rows[0].cells
        a = r0[0].merge(r0[1])
        set_cell(a, afi_label, bold=True)
        set_cell(r0[2], ref_lbl, bold=True)
        b = r0[3].merge(r0[4])
        set_cell(b, stated, bold=True)
        for c in tb.rows[0].cells:
            shade(c, "DEEAF6")
        r1 = tb.rows[1].cells
        m = r1[0].merge(r1[4])
        set_cell(m, afi_text)
        for c, h in enumerate(["No.", "Action", "Responsible", "To be completed by", "Status"]):
            set_cell(tb.rows[2].cells[c], h, bold=True)
        for i, (no, text, resp, by, stt, lead, end, end_text) in enumerate(acts):
            cells = tb.rows[3 + i].cells
            set_cell(cells[0], no)
            set_cell(cells[1], text)
            set_cell(cells[2], resp)
            set_cell(cells[3], by)
            set_cell(cells[4], stt, bold=True)
            shade(cells[4], st_fill[stt])
        doc.add_paragraph()

    doc.add_paragraph("Signed on behalf of the registered provider:")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in enumerate(["Name", "Position", "Date"]):
        set_cell(s.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["[Signed]", "Registered Manager", "09/09/2024"]):
        set_cell(s.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, name))

    actions = []
    for sect, afi_label, ref_lbl, stated, afi_text, acts in afis:
        for no, text, resp, by, stt, lead, end, end_text in acts:
            actions.append({"ref": no, "under": [sect, afi_text], "action": text, "lead": lead,
                            "end": end, "end_text": end_text, "status": st_map[stt]})
    write_expected(
        name,
        source=("Imitates the RQIA Quality Improvement Plan (QIP) that closes an RQIA inspection "
                "report of an independent hospital / hospice in Northern Ireland (cf. RQIA "
                "inspection reports of Foyle Hospice, Derry~Londonderry, and other NI "
                "hospices), as extended by a provider into a progress tracker. Copied features: "
                "the QIP's section headings 'Action required to ensure compliance with The "
                "Independent Health Care Regulations (Northern Ireland) 2005' and '... the "
                "Minimum Care Standards for Independent Healthcare Establishments (July 2014)', "
                "one table per area for improvement whose first row carries 'Area for "
                "improvement N', the regulation/standard reference and 'Stated: First time', "
                "the area text in a merged row, then the provider's numbered actions with "
                "responsible person, 'To be completed by' dates (including 'Immediate and "
                "ongoing'), status letters with shading and a key; a document-control table "
                "and a sign-off table that hold no actions."),
        reads=("A hospice's progress update on its RQIA QIP: three areas for improvement under "
               "two compliance headings (regulations, then standards), each in its own table "
               "with the area text above two or three numbered actions (seven in all). Each "
               "action has a responsible post, a completion date or 'Immediate and ongoing' / "
               "'Quarterly', and a B/G/A/R status explained by the key paragraph."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. Monmouth Comprehensive School – Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def monmouth():
    name = "sq-monmouth-comprehensive-school-estyn-post-inspection-action-plan.docx"
    title = "Monmouth Comprehensive School Post-Inspection Action Plan 2024"
    rag_map = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    R1 = ("R1: Improve the quality of teaching and assessment so that pupils are consistently "
          "challenged to make strong progress")
    R2 = ("R2: Strengthen provision for developing pupils’ literacy and numeracy skills across "
          "the curriculum")
    R3 = ("R3: Ensure that self-evaluation and improvement planning focus clearly on pupils’ "
          "progress and the impact of teaching")
    recs = [
        (R1, [
            ("1.1",
             "Establish a teaching and learning working group to agree a shared model of "
             "effective questioning and challenge.",
             "DHT (Teaching & Learning)", "Spring term 2024",
             "Agreed model published in staff handbook; used in all observed lessons.",
             "Blue", ["DHT (Teaching & Learning)"], "2024-03", None),
            ("1.2",
             "Deliver a programme of INSET and twilight sessions on adaptive teaching, followed "
             "by peer lesson observations in all faculties.",
             "DHT (Teaching & Learning) / Heads of Faculty",
             "Spring term 2024 – Summer term 2024",
             "At least 80% of lessons observed judged good or better for challenge.",
             "Green", ["DHT (Teaching & Learning)", "Heads of Faculty"], "2024-07", None),
            ("1.3",
             "Introduce book looks and learning walks focused on the quality of feedback, with "
             "findings reported to the governors’ Standards Committee.",
             "SLT", "Termly",
             "Feedback in books consistently identifies next steps; pupils respond to it.",
             "Green", ["SLT"], None, "Termly"),
        ]),
        (R2, [
            ("2.1",
             "Appoint whole-school literacy and numeracy coordinators with protected time.",
             "Headteacher", "January 2024",
             "Coordinators in post with 0.2 FTE allocation.",
             "Blue", ["Headteacher"], "2024-01", None),
            ("2.2",
             "Map opportunities for extended writing and numerical reasoning in Year 7–9 schemes "
             "of work.",
             "Literacy Coordinator / Numeracy Coordinator", "Summer term 2024",
             "Skills map completed for all subjects; gaps addressed in revised schemes.",
             "Amber", ["Literacy Coordinator", "Numeracy Coordinator"], "2024-07", None),
            ("2.3",
             "Run a reading intervention programme for Year 7 and 8 pupils whose reading age is "
             "below their chronological age, tracking progress each half term.",
             "ALNCo", "Autumn term 2024",
             "Most pupils in the programme improve their reading age by at least 12 months.",
             "Green", ["ALNCo"], "2024-12", None),
        ]),
        (R3, [
            ("3.1",
             "Revise the self-evaluation calendar so that all monitoring activities are "
             "evaluated against their impact on pupils’ learning.",
             "Headteacher", "Spring term 2024",
             "Calendar approved by governors; SER written with a clear focus on progress.",
             "Blue", ["Headteacher"], "2024-03", None),
            ("3.2",
             "Train middle leaders to evaluate evidence and write faculty improvement plans with "
             "measurable success criteria, supported by the EAS Challenge Adviser.",
             "DHT (Leadership) / EAS Challenge Adviser", "Autumn term 2024",
             "All faculty plans include measurable success criteria linked to pupil progress.",
             "Red", ["DHT (Leadership)", "EAS Challenge Adviser"], "2024-12", None),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Estyn core inspection, 13–16 November 2023")
    doc.add_paragraph("Approved by the Full Governing Body: 7 February 2024     "
                      "Last reviewed: 1 July 2024")

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for c, hh in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(t.rows[0].cells[c], hh, bold=True)
    vc = [("1.0", "22/01/2024", "Headteacher", "First draft shared with EAS and Monmouthshire LA"),
          ("1.1", "07/02/2024", "Headteacher", "Approved by governors"),
          ("1.2", "01/07/2024", "DHT (Leadership)", "Summer term RAG update")]
    for i, row in enumerate(vc, 1):
        for c, v in enumerate(row):
            set_cell(t.rows[i].cells[c], v)

    doc.add_heading("Estyn recommendations", level=1)
    for rec, _ in recs:
        doc.add_paragraph(rec, style="List Bullet")
    doc.add_paragraph(
        "RAG key: Blue – achieved; Green – on track; Amber – some slippage, action being "
        "taken; Red – significant concern, reported to governors")

    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        for c, hh in enumerate(["No.", "Action", "Lead", "Timescale", "Success criteria",
                                "RAG"]):
            set_cell(tb.rows[0].cells[c], hh, bold=True)
            shade(tb.rows[0].cells[c], "C5E0B3")
        for i, (no, text, lead_cell, when, sc, rag, lead, end, end_text) in enumerate(acts, 1):
            cells = tb.rows[i].cells
            for c, v in enumerate([no, text, lead_cell, when, sc, rag]):
                set_cell(cells[c], v)
            shade(cells[5], rag_fill[rag])
        doc.add_paragraph()

    doc.add_paragraph("Resources: costs of INSET cover and coordinator time are met from the "
                      "school development grant and the PDG allocation.")
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for c, hh in enumerate(["Signed", "Role", "Date"]):
        set_cell(s.rows[0].cells[c], hh, bold=True)
    for i, row in enumerate([("[Signed]", "Headteacher", "07/02/2024"),
                             ("[Signed]", "Chair of Governors", "07/02/2024")], 1):
        for c, v in enumerate(row):
            set_cell(s.rows[i].cells[c], v)
    doc.save(os.path.join(HERE, name))

    actions = []
    for rec, acts in recs:
        for no, text, lead_cell, when, sc, rag, lead, end, end_text in acts:
            actions.append({"ref": no, "under": [rec], "action": text, "lead": lead,
                            "end": end, "end_text": end_text, "status": rag_map[rag]})
    write_expected(
        name,
        source=("Imitates a Welsh secondary school's post-inspection action plan (PIAP) written "
                "after an Estyn core inspection under the 2022 framework (recommendations "
                "R1–R3; Estyn follow-up guidance at https://estyn.gov.wales/inspection-"
                "guidance-type/follow-up-en notes the school works with the local authority "
                "and regional consortium, here Monmouthshire and the EAS). Copied features: "
                "title block with inspection and governor approval lines, version-control "
                "table, bulleted list of the Estyn recommendations, RAG key paragraph, one "
                "heading plus one table per recommendation (No., Action, Lead, Timescale, "
                "Success criteria, RAG), school-term timescales, posts abbreviated as schools "
                "write them (DHT, SLT, ALNCo), a resources note and a signature table."),
        reads=("The school's PIAP: the three Estyn recommendations are listed, then each "
               "recommendation is a heading over its own table of numbered actions (eight in "
               "all) with lead, timescale in school terms, success criteria and a RAG word in "
               "a shaded cell. The version table, recommendation list and signature table "
               "are not actions."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. North West Regional College – internal audit recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
def nwrc():
    name = ("sq-north-west-regional-college-internal-audit-recommendations-tracker-"
            "typo-month-refuse.csv")
    title = "Audit and Risk Assurance Committee – Internal Audit Recommendations Tracker"
    hdr = ["Audit Year", "Audit Area", "Assurance", "Rec No", "Priority", "Recommendation",
           "Management Response / Agreed Action", "Responsible Officer", "Original Target Date",
           "Revised Target", "Status", "Update (October 2025)"]
    n = len(hdr)
    rows = [
        ["2023/24", "Payroll", "Satisfactory", "1", "2",
         "Starter and leaver forms should be authorised by the budget holder before being "
         "processed.",
         "Payroll procedure updated; HR system workflow to require budget holder approval.",
         "Payroll Manager", "31/03/2024", "Sep-24", "Implemented",
         "Verified by internal audit in follow-up review, September 2024."],
        ["2023/24", "Estates – Planned Maintenance", "Limited", "2", "1",
         "A costed planned maintenance programme should be prepared for all campuses and "
         "approved by SMT.",
         "Five-year planned maintenance programme to be developed with the Department for the "
         "Economy capital team.",
         "Director of Estates", "30/06/2024", "Mar-25", "Implemented",
         "Programme approved by SMT 11/03/2025 and noted by Governing Body."],
        ["2024/25", "Procurement", "Limited", "1", "1",
         "Contracts over £30,000 should be subject to a documented competitive process in line "
         "with CoPE guidance.",
         "Procurement compliance checklist introduced; all contracts over £30,000 to be "
         "reviewed by CPD.",
         "Head of Procurement", "31/12/2024", "Jun-25", "Partially implemented",
         "Checklist in use; two legacy contracts still to be retendered."],
        ["2024/25", "Procurement", "Limited", "2", "2",
         "The contracts register should be held centrally and reviewed quarterly by the "
         "Head of Procurement.",
         "Central contracts register to be set up on SharePoint with quarterly review reported "
         "to SMT.",
         "Head of Procurement", "31/03/2025", "0ct-25", "Not implemented",
         "Register populated for Strand Road campus; Limavady and Greystone to follow."],
        ["2024/25", "Cyber Security", "Satisfactory", "1", "2",
         "Multi-factor authentication should be enforced for all staff remote access.",
         "MFA to be rolled out to all staff accounts.",
         "Head of IT Services", "30/06/2025", "", "Implemented",
         "MFA enforced for all staff from 02/06/2025."],
        ["2024/25", "Student Records & Funding", "Satisfactory", "1", "3",
         "Enrolment evidence for FE funding claims should be retained consistently on the "
         "student record system.",
         "Guidance reissued to enrolment staff; sample checks each term.",
         "Head of MIS / Registry Manager", "31/03/2025", "Dec-25", "Partially implemented",
         "Spring term sample 92% compliant; autumn sample under way."],
        ["2025/26", "Governance – Board Effectiveness", "Satisfactory", "1", "2",
         "The Governing Body should complete its annual effectiveness self-assessment and agree "
         "an action plan.",
         "Self-assessment questionnaire to be issued to governors in November.",
         "Clerk to the Governing Body", "31/01/2026", "", "Not yet due", ""],
        ["2025/26", "Business Continuity", "Limited", "1", "1",
         "Business continuity plans should be tested annually, including loss of the main "
         "Strand Road campus.",
         "Desktop exercise to be held with SMT and campus managers.",
         "Chief Operating Officer", "28/02/2026", "", "Not yet due", ""],
    ]
    lines = [
        ["North West Regional College"] + [""] * (n - 1),
        [title] + [""] * (n - 1),
        ["Position at 31 October 2025 – presented to ARAC 18 November 2025"] + [""] * (n - 1),
        [""] * n,
        hdr,
    ] + rows + [
        [""] * n,
        ["Summary: 8 recommendations – Implemented 3; Partially implemented 2; Not implemented "
         "1; Not yet due 2"] + [""] * (n - 1),
        ["Priority 1 = significant weakness; Priority 2 = important issue; Priority 3 = minor "
         "issue / best practice"] + [""] * (n - 1),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    # the line with the mistyped month (0ct-25, zero for O)
    with open(path, encoding="utf-8", newline="") as f:
        text_lines = f.read().split("\r\n")
    bad = [i + 1 for i, l in enumerate(text_lines) if "0ct-25" in l]
    assert bad == [9], bad
    write_expected(
        name,
        source=("Imitates the internal audit recommendations tracker a Northern Ireland further "
                "education college takes to its Audit and Risk Assurance Committee (NI FE "
                "colleges are audited by the NIAO and report implementation of internal audit "
                "priority 1–3 recommendations to ARAC; cf. Northern Regional College audit "
                "committee minutes on docest.com), exported to CSV. Copied features: title "
                "lines padded with commas, one row per recommendation with audit year, area, "
                "assurance rating, priority, recommendation and management response, "
                "responsible officer (two posts joined by '/'), original and revised target "
                "dates, status words, October update, a summary line and a priority key."),
        reads=("A college's ARAC tracker of eight internal audit recommendations with agreed "
               "actions, owners, original and revised target dates and status. On line 9 the "
               "revised target for Procurement recommendation 2 is '0ct-25' with a zero for "
               "the letter O; a careful reader would stop and ask rather than guess the "
               "month of an item that is 'Not implemented' against it."),
        outcome="refuse", title=title, actions=None, refuse_at=9)


# ---------------------------------------------------------------------------
# 7. NHS Forth Valley – Clinical Governance Committee action log (txt, tab separated)
# ---------------------------------------------------------------------------
def forth_valley():
    name = "sq-nhs-forth-valley-clinical-governance-committee-action-log.txt"
    title = "Clinical Governance Committee – Action Log"
    rag_map = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    NEWS = ("Review the deteriorating patient (NEWS2) escalation audit results for wards A11 and "
            "A12", "and report back with a trajectory for improvement.")
    rows = [
        ("CGC25/14", "01/05/2025", "6.1",
         "Provide a report on progress with the HIS Safe Delivery of Care inspection improvement "
         "actions for Forth Valley Royal Hospital.",
         "Executive Nurse Director", "04/09/2025", "B",
         "Report presented 4 September 2025 (item 5.2). Propose closure.",
         ["Executive Nurse Director"], "2025-09", None),
        ("CGC25/17", "03/07/2025", "7.3",
         "Circulate the revised Clinical Governance Framework to members for comment before "
         "submission to the NHS Board.",
         "AM/KR", "31/08/2025", "B",
         "Circulated 12 August 2025; comments incorporated. Propose closure.",
         ["AM", "KR"], "2025-08", None),
        ("CGC25/21", "03/07/2025", "8.1", None,
         "Medical Director", "06/11/2025", "A",
         "Ward A12 audit complete; A11 re-audit delayed by staffing. Verbal update at meeting.",
         ["Medical Director"], "2025-11", None),
        ("CGC25/24", "04/09/2025", "4.2",
         "Include Significant Adverse Event Review (SAER) timescale compliance by directorate in "
         "the next Quality & Safety Report.",
         "Head of Clinical Governance", "06/11/2025", "G",
         "Included in Quality & Safety Report (item 4.1 on this agenda).",
         ["Head of Clinical Governance"], "2025-11", None),
        ("CGC25/25", "04/09/2025", "5.1",
         "Arrange a development session for members on the Duty of Candour annual report and "
         "learning.",
         "Board Secretary", "TBC", "",
         "Date to be agreed with Committee Chair.",
         ["Board Secretary"], None, "TBC"),
        ("CGC25/26", "04/09/2025", "6.4",
         "Provide assurance on the clearance of the mental health services incident review "
         "backlog.",
         "Head of Mental Health Services / Associate Medical Director", "January 2026", "G",
         "Backlog reduced from 41 to 19 reviews; on trajectory.",
         ["Head of Mental Health Services", "Associate Medical Director"], "2026-01", None),
        ("CGC25/27", "04/09/2025", "7.2",
         "Update the Committee on the Healthcare Associated Infection (HAI) position, including "
         "the increase in C. difficile cases reported in Q1.",
         "Infection Control Manager", "06/11/2025", "R",
         "Not available for this meeting; report will come to January 2026 meeting.",
         ["Infection Control Manager"], "2025-11", None),
        ("CGC25/28", "04/09/2025", "9.1",
         "Confirm how the Realistic Medicine action plan will be reported through the "
         "Committee annual workplan.",
         "KR", "Jan-26", "G",
         "Draft workplan 2026/27 includes six-monthly Realistic Medicine update.",
         ["KR"], "2026-01", None),
    ]
    out = [
        "NHS Forth Valley",
        title,
        "For meeting on 6 November 2025 (log updated 28/10/2025)",
        "RAG: B = complete - propose closure; G = on track; A = at risk of missing due date; "
        "R = overdue; blank = not yet rated",
        "",
        "\t".join(["Action No", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date",
                   "RAG", "Update"]),
    ]
    actions = []
    for (no, md, mr, text, lead_cell, due, rag, upd, lead, end, end_text) in rows:
        if text is None:
            out.append("\t".join([no, md, mr, NEWS[0], lead_cell, due, rag, upd]))
            out.append("\t".join(["", "", "", NEWS[1], "", "", "", ""]))
            text = NEWS[0] + "\n" + NEWS[1]
        else:
            out.append("\t".join([no, md, mr, text, lead_cell, due, rag, upd]))
        actions.append({"ref": no, "under": [], "action": text, "lead": lead, "end": end,
                        "end_text": end_text, "status": rag_map[rag]})
    out += [
        "",
        "Total actions on log: 8 (B 2, G 3, A 1, R 1, not yet rated 1). Actions marked B will "
        "be removed once closure is agreed by the Committee.",
        "Initials: AM - Alison Muir, Director of Quality; KR - Kevin Ross, Head of Corporate Governance",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")
    write_expected(
        name,
        source=("Imitates a Scottish NHS board governance committee's rolling action log "
                "(NHS Forth Valley Clinical Governance Committee; cf. NHS Fife Clinical "
                "Governance Committee minutes with 'Action List' and NHS Highland rolling "
                "action logs), saved as a tab-separated plain text export. Copied features: "
                "board and committee title lines, 'for meeting on' line, RAG key line with "
                "B = complete - propose closure, action numbers of the form CGC25/nn, meeting "
                "date and minute reference columns, leads as posts or initials (one cell "
                "'AM/KR'), due dates as dates, a month or 'TBC', a wrapped action continued on "
                "the next line with empty leading fields, a totals line and an initials key."),
        reads=("The committee's action log for its November 2025 meeting: eight actions, each "
               "with its number, the meeting and minute it came from, lead, due date, RAG "
               "letter and update; one action's text runs onto a continuation line, one has "
               "no RAG yet and a TBC due date. There are no headings over the actions."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    highland_hospice()
    clackmannanshire()
    velindre()
    foyle()
    monmouth()
    nwrc()
    forth_valley()
    print("done")
