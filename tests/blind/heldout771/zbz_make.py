"""Build the seven zbz- blind cases (data files + expected readings) for set heldout771.

Run with /work/main/.venv/bin/python zbz_make.py  (writes only files starting zbz-).
"""
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

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "sec": PatternFill("solid", fgColor="D9E1F2"),
    "pri": PatternFill("solid", fgColor="F2F2F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    return os.path.join(HERE, name)


def write_yaml(name, data):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def hdr_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + i)].width = w


# ---------------------------------------------------------------------------
# 1. Shrewsbury and Telford Hospital NHS Trust - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_sath_baf():
    name = "zbz-shrewsbury-and-telford-hospital-nhs-trust-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "The Shrewsbury and Telford Hospital NHS Trust"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Board Assurance Framework 2025/26"
    cover["A2"].font = Font(bold=True, size=16)
    cover["A3"] = "Quarter 2 position – report to Board of Directors (Public), 13 November 2025"
    cover["A3"].font = Font(italic=True)
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [
        ("Version", "2.2"),
        ("Owner", "Director of Governance and Communications"),
        ("Prepared by", "Head of Risk and Assurance"),
        ("Last reviewed", "Executive Risk Group, 21 October 2025"),
        ("Next review", "Audit and Risk Assurance Committee, January 2026"),
    ]
    for i, (k, v) in enumerate(dc, start=6):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        for col in (1, 2):
            cover.cell(row=i, column=col).border = BOX
    cover["A12"] = "Action RAG key"
    cover["A12"].font = Font(bold=True)
    key = [
        ("B", "Blue", "Action complete and evidence of completion held"),
        ("G", "Green", "On track to deliver by the target date"),
        ("A", "Amber", "At risk of slipping, or revised date agreed by lead committee"),
        ("R", "Red", "Overdue or off track"),
    ]
    for i, (k, w, d) in enumerate(key, start=13):
        c = cover.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF")
        cover.cell(row=i, column=2, value=w)
        cover.cell(row=i, column=3, value=d)
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 48
    cover.column_dimensions["C"].width = 60

    risks = [
        {
            "sheet": "BAF 1",
            "title": "BAF 1: Failure to deliver consistently safe, high-quality care leads to avoidable harm to patients",
            "objective": "Our Patients – we will deliver safe and effective care and improve patient experience",
            "exec": "Director of Nursing",
            "committee": "Quality and Safety Assurance Committee",
            "scores": ("20", "16", "16", "8"),
            "controls": [
                "Quality Governance Framework and divisional Quality Review Meetings (monthly)",
                "Patient Safety Incident Response Plan (PSIRF) approved by Board, March 2024",
                "Nursing and midwifery safer staffing reviews (bi-annual) and daily staffing huddles",
            ],
            "gaps": [
                "G1 – Electronic observations not yet live on all adult inpatient wards",
                "G2 – Limited assurance that PSII safety actions are embedded and sustained",
            ],
            "actions": [
                ("1.1",
                 "Complete roll-out of the deteriorating patient (NEWS2/PEWS) e-observations module to all adult inpatient wards at PRH and RSH",
                 "Director of Nursing", dt.datetime(2025, 9, 30), dt.datetime(2025, 12, 31),
                 "Live on 24 of 29 wards; remaining wards delayed by the Careflow upgrade.", "A",
                 ["Director of Nursing"], "2025-12", "amber", None),
                ("1.2",
                 "Report a quarterly thematic review of PSII safety actions and their impact to the Quality and Safety Assurance Committee",
                 "Medical Director / Director of Nursing", "Quarterly", None,
                 "Q1 review presented to QSAC in August 2025; Q2 review scheduled for November.", "G",
                 ["Medical Director", "Director of Nursing"], None, "green", "Quarterly"),
                ("1.3",
                 "Recruit to the substantive Head of Patient Safety post",
                 "Director of Nursing", dt.datetime(2025, 7, 31), None,
                 "Appointed; post holder started 1 September 2025.", "B",
                 ["Director of Nursing"], "2025-07", "blue", None),
            ],
        },
        {
            "sheet": "BAF 2",
            "title": "BAF 2: Demand for urgent and emergency care exceeds capacity, resulting in delays, crowding and harm in our emergency departments",
            "objective": "Our Services – we will provide timely access to urgent and planned care",
            "exec": "Chief Operating Officer",
            "committee": "Performance Assurance Committee",
            "scores": ("25", "20", "20", "12"),
            "controls": [
                "System UEC improvement plan agreed with NHS Shropshire, Telford and Wrekin",
                "OPEL escalation framework and twice-daily site capacity meetings",
                "Full capacity protocol (revised May 2025)",
            ],
            "gaps": [
                "G1 – Same Day Emergency Care capacity at RSH not sufficient to meet demand",
                "G2 – High number of patients with no criteria to reside",
            ],
            "actions": [
                ("2.1",
                 "Open the new Same Day Emergency Care (SDEC) unit at RSH and extend opening to 8am–10pm, 7 days a week",
                 "Chief Operating Officer", dt.datetime(2025, 10, 31), dt.datetime(2026, 2, 28),
                 "Estates works delayed; revised date agreed at Performance Assurance Committee on 16 October 2025.", "R",
                 ["Chief Operating Officer"], "2026-02", "red", None),
                ("2.2",
                 "Implement the Care Transfer Hub with system partners to reduce the number of patients with no criteria to reside to below 80",
                 "Chief Operating Officer / Director of Strategy and Partnerships", "Q3 2025/26", None,
                 "Hub operational from 1 October 2025; NCTR at 96 (from 121).", "G",
                 ["Chief Operating Officer", "Director of Strategy and Partnerships"], "2025-12", "green", None),
                ("2.3",
                 "Deliver the ED 4-hour standard improvement trajectory (78% by March 2026)",
                 "Divisional Director for Medicine and Emergency Care", dt.datetime(2026, 3, 1), None,
                 "September performance 71.4% against a trajectory of 73%.", "A",
                 ["Divisional Director for Medicine and Emergency Care"], "2026-03", "amber", None),
            ],
        },
        {
            "sheet": "BAF 3",
            "title": "BAF 3: Inability to recruit, retain and develop a sustainable workforce with the right skills and values",
            "objective": "Our People – we will make SaTH a great place to work",
            "exec": "Director of People and OD",
            "committee": "People and Culture Assurance Committee",
            "scores": ("16", "12", "12", "8"),
            "controls": [
                "People Strategy 2023–2026 and annual workforce plan",
                "Retention programme, including Legacy Mentors and flexible working policy",
                "Freedom to Speak Up Guardian reporting to Board twice yearly",
            ],
            "gaps": [
                "G1 – Registered nurse vacancies remain above 6% in medicine and emergency care",
                "G2 – Appraisal and mandatory training compliance below target",
            ],
            "actions": [
                ("3.1",
                 "Reduce the nursing and midwifery vacancy rate to below 6% through international recruitment and the Legacy Mentor scheme",
                 "Director of People and OD", dt.datetime(2026, 3, 31), None,
                 "Vacancy rate 7.1% (September); 38 international nurses in pipeline.", "G",
                 ["Director of People and OD"], "2026-03", "green", None),
                ("3.2",
                 "Launch the refreshed Freedom to Speak Up strategy and train 60 additional FTSU champions",
                 "Director of People and OD; Freedom to Speak Up Guardian", dt.datetime(2025, 6, 30), dt.datetime(2025, 9, 30),
                 "Strategy launched in July; 64 champions trained by end of September.", "B",
                 ["Director of People and OD", "Freedom to Speak Up Guardian"], "2025-09", "blue", None),
                ("3.3",
                 "Achieve 90% compliance with appraisal and statutory/mandatory training across all staff groups",
                 "Director of People and OD", "Ongoing", None,
                 "Appraisal 79%, statutory/mandatory training 86%; divisional recovery plans requested.", "R",
                 ["Director of People and OD"], None, "red", "Ongoing"),
            ],
        },
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "BAF summary – Quarter 2 2025/26"
    summ["A1"].font = Font(bold=True, size=13)
    hdr_row(summ, 3, ["BAF ref", "Principal risk", "Executive lead", "Lead committee",
                      "Initial score", "Q1 score", "Q2 score", "Target score"],
            [10, 70, 28, 38, 12, 10, 10, 12])
    for i, r in enumerate(risks, start=4):
        vals = [r["sheet"], r["title"].split(": ", 1)[1], r["exec"], r["committee"]] + [int(s) for s in r["scores"]]
        for j, v in enumerate(vals, start=1):
            c = summ.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP

    expected = []
    for r in risks:
        ws = wb.create_sheet(r["sheet"])
        ws.merge_cells("A1:H1")
        ws["A1"] = r["title"]
        ws["A1"].font = Font(bold=True, size=13)
        ws["A1"].alignment = Alignment(wrap_text=True)
        ws.row_dimensions[1].height = 34
        meta = [
            ("Strategic objective:", r["objective"]),
            ("Executive lead:", r["exec"]),
            ("Assurance committee:", r["committee"]),
            ("Risk score (C x L):", "Initial %s | Q1 %s | Q2 %s | Target %s" % r["scores"]),
        ]
        for i, (k, v) in enumerate(meta, start=2):
            ws.cell(row=i, column=1, value=k).font = Font(bold=True)
            ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=8)
            ws.cell(row=i, column=2, value=v)
        row = 7
        for label, items in (("Key controls", r["controls"]), ("Gaps in control / assurance", r["gaps"])):
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row=row, column=1, value=label)
            c.font = Font(bold=True)
            c.fill = FILL["sec"]
            row += 1
            for it in items:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
                ws.cell(row=row, column=1, value=it)
                row += 1
            row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1, value="Actions to address gaps")
        c.font = Font(bold=True)
        c.fill = FILL["sec"]
        row += 1
        hdr_row(ws, row, ["Ref", "Action", "Action lead", "Original target date", "Revised target date",
                          "Progress update (Q2)", "RAG"], [8, 60, 34, 14, 14, 55, 7, 4])
        row += 1
        for (ref, text, lead, orig, rev, prog, rag, exp_lead, exp_end, exp_status, exp_text) in r["actions"]:
            vals = [ref, text, lead, orig, rev, prog, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if (ref == "2.3") else "dd/mm/yyyy"
            rc = ws.cell(row=row, column=7)
            rc.fill = FILL[rag]
            rc.font = Font(bold=True, color="FFFFFF")
            rc.alignment = Alignment(horizontal="center", vertical="top")
            row += 1
            expected.append(act(ref, [r["title"]], text, exp_lead, exp_end, exp_status, exp_text))
        ws.freeze_panes = "A2"

    wb.save(path(name))
    write_yaml(name, {
        "source": (
            "Imitates the quarterly Board Assurance Framework an English acute trust takes to its public Board "
            "(The Shrewsbury and Telford Hospital NHS Trust, 2025/26, Q2 position; no single published file was "
            "found in the stored corpus, layout drawn from NHS trust BAF board papers such as the East of England "
            "Ambulance Service BAF update summary, eastamb.nhs.uk, November 2025). Copied features: cover sheet with "
            "document control table and action RAG key, summary sheet of principal risks with scores, one sheet per "
            "strategic risk with objective/executive lead/committee block, key controls and gaps listed above an "
            "'Actions to address gaps' table with original and revised target dates, progress update and a lettered, "
            "fill-coloured RAG column; job titles as leads, two posts in one cell."
        ),
        "reads": (
            "A trust BAF workbook: a cover with document control and RAG key, a summary of three principal risks, and "
            "one sheet per risk (BAF 1–3). On each risk sheet the controls and gaps are context; the actions are the "
            "three numbered rows of the 'Actions to address gaps' table, read under the risk's heading, with the "
            "revised target date taking precedence over the original."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board Assurance Framework 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Derbyshire Community Health Services NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_dchs_psii():
    name = "zbz-derbyshire-community-health-services-nhsft-psii-community-hospital-fall-safety-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety Action Plan"
    ws["A1"] = "Derbyshire Community Health Services NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=15)
    meta = [
        ("Incident:", "Unwitnessed inpatient fall resulting in a fractured neck of femur, Ward 1, Ilkeston Community Hospital"),
        ("InPhase reference:", "25-04417"),
        ("Date of incident:", "14/03/2025"),
        ("PSII report approved:", "Patient Safety Incident Response Group, 29/07/2025"),
        ("Executive lead:", "Chief Nurse and Director of Quality"),
        ("Plan last updated:", "20/10/2025"),
    ]
    for i, (k, v) in enumerate(meta, start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=5)
        ws.cell(row=i, column=2, value=v)

    hdr = ["Area for improvement (from PSII findings)", "Ref", "Safety action", "Action owner", "Target date",
           "Measurement / monitoring", "Progress update", "RAG"]
    HR = 11
    hdr_row(ws, HR, hdr, [42, 8, 55, 32, 14, 36, 44, 7])

    afis = [
        ("AFI 1: The multifactorial falls risk assessment was not repeated when the patient's condition changed after transfer from the acute trust",
         [
             ("SA1.1",
              "Update the Falls Prevention and Management Policy so that the multifactorial falls risk assessment is repeated within 24 hours of any change in condition, transfer or fall",
              "Falls Prevention Lead", dt.datetime(2025, 9, 30),
              "Policy ratified at Clinical Policies Group", "Policy ratified 17/09/2025 and published on the intranet.",
              "B", ["Falls Prevention Lead"], "2025-09", "blue"),
             ("SA1.2",
              "Add a mandatory reassessment prompt to the SystmOne inpatient falls template",
              "Clinical Systems Lead & Falls Prevention Lead", dt.datetime(2025, 11, 30),
              "Template change live; monthly audit of 10 records per ward", "Change request approved; build scheduled for November.",
              "G", ["Clinical Systems Lead", "Falls Prevention Lead"], "2025-11", "green"),
             ("SA1.3",
              "Audit falls risk reassessment compliance monthly on all community hospital wards and report results to the Falls Steering Group",
              "Ilkeston Community Hospital Matron", dt.datetime(2026, 3, 31),
              "90% compliance for 3 consecutive months", "September audit 72%; improvement plan agreed with ward sisters.",
              "A", ["Ilkeston Community Hospital Matron"], "2026-03", "amber"),
         ]),
        ("AFI 2: Cohort bay observation was not maintained during the evening handover period",
         [
             ("SA2.1",
              "Introduce a 'bay tag' system so that one member of staff remains in the cohort bay at all times, including during handover",
              "Sarah Whitworth (Ward Manager)", dt.datetime(2025, 8, 31),
              "Spot checks by Matron at handover (weekly)", "Bay tag in use on Ward 1 since 11/08/2025; 8 of 8 spot checks compliant.",
              "B", ["Sarah Whitworth (Ward Manager)"], "2025-08", "blue"),
             ("SA2.2",
              "Review the evening staffing establishment for Ward 1 using SNCT data and present findings to the Safer Staffing Group",
              "Head of Nursing – Community Hospitals", dt.datetime(2025, 12, 31),
              "Establishment review paper", "SNCT data collection completed in October.",
              "G", ["Head of Nursing – Community Hospitals"], "2025-12", "green"),
         ]),
        ("AFI 3: Post-fall medical review and flat-lifting equipment were delayed out of hours",
         [
             ("SA3.1",
              "Agree an out-of-hours post-fall medical review pathway with Derbyshire Health United, including response times",
              "Associate Medical Director", dt.datetime(2025, 9, 30),
              "Pathway agreed and included in post-falls protocol", "Overdue – awaiting agreement of DHU contract variation; escalated to the ICB.",
              "R", ["Associate Medical Director"], "2025-09", "red"),
             ("SA3.2",
              "Provide a HoverJack and scoop stretcher on each community hospital site and train all registered staff in their use",
              "Head of Nursing – Community Hospitals / Clinical Education Lead", "Q4 2025/26",
              "Equipment in place; training compliance 95%", "Not yet started – capital bid submitted.",
              None, ["Head of Nursing – Community Hospitals", "Clinical Education Lead"], "2026-03", "unrated"),
         ]),
    ]
    expected = []
    row = HR + 1
    for afi_text, actions in afis:
        first = row
        for (ref, text, owner, target, measure, prog, rag, exp_lead, exp_end, exp_status) in actions:
            vals = [None, ref, text, owner, target, measure, prog, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=row, column=8).fill = FILL[rag]
            expected.append(act(ref, [afi_text], text, exp_lead, exp_end, exp_status))
            row += 1
        ws.cell(row=first, column=1, value=afi_text)
        ws.cell(row=first, column=1).alignment = WRAP
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "Complete – evidence of completion provided to PSIRG"),
           ("G", "On track"),
           ("A", "Some delay / at risk"),
           ("R", "Overdue"),
           (None, "No colour – not yet started")]
    for k, d in key:
        row += 1
        c = ws.cell(row=row, column=1)
        if k:
            c.fill = FILL[k]
        c.border = BOX
        ws.cell(row=row, column=2, value=d)
    row += 2
    ws.cell(row=row, column=1, value="Safety action plan shared with family: Yes – 05/08/2025")
    row += 1
    ws.cell(row=row, column=1, value="Oversight: Patient Safety Incident Response Group (monthly); Quality Service Committee (quarterly)")

    log = wb.create_sheet("Change log")
    hdr_row(log, 1, ["Date", "Change", "Updated by"], [14, 70, 30])
    for i, (d, ch, by) in enumerate([
        ("29/07/2025", "Safety action plan approved with PSII report", "Patient Safety Partner"),
        ("18/09/2025", "SA1.1 and SA2.1 marked complete", "Falls Prevention Lead"),
        ("20/10/2025", "Q2 progress updates added; SA3.1 escalated", "Patient Safety Specialist"),
    ], start=2):
        for j, v in enumerate((d, ch, by), start=1):
            log.cell(row=i, column=j, value=v).border = BOX

    wb.save(path(name))
    write_yaml(name, {
        "source": (
            "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan of an English community "
            "health trust (Derbyshire Community Health Services NHS Foundation Trust, 2025, inpatient fall in a community "
            "hospital), following the NHS England PSII safety action template (areas for improvement -> SMART safety "
            "actions, owner, timescale, measurement). Copied features: title block with incident details, area-for-"
            "improvement text in a vertically merged first column, SA refs, fill-only RAG column with a key that makes "
            "'no colour' mean not started, two owners in one cell ('&' and '/'), a named owner with role in brackets, "
            "sign-off/oversight notes and a change-log sheet."
        ),
        "reads": (
            "One safety action plan sheet: three areas for improvement (AFI 1–3) each merged down beside its safety "
            "actions SA1.1–SA3.2, seven actions in all. Status is read from the fill colour of the RAG column using the "
            "key below the table; the change-log sheet is not part of the plan."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Patient Safety Incident Investigation (PSII) – Safety Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. County Durham and Darlington NHSFT - Quality Account priorities tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_cddft_qa_refuse():
    name = "zbz-county-durham-and-darlington-nhsft-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 2025-26"
    ws["A1"] = "County Durham and Darlington NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quality Account 2025/26 – Quality Priorities Tracker"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Quarter 2 (July – September 2025) – for Quality Committee, 23 October 2025"
    ws["A3"].font = Font(italic=True)
    hdr_row(ws, 5, ["Ref", "Priority / action", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress"],
            [7, 62, 34, 16, 8, 8, 55])
    rows = [
        ("sec", "Patient Safety"),
        ("pri", "Priority 1: Reduce harm from inpatient falls"),
        ("act", "1.1", "Roll out enhanced therapeutic observation and care (ETOC) training to all medical wards at UHND and DMH",
         "Associate Director of Nursing – Patient Safety", "December 2025", "A", "G",
         "Training delivered on 14 of 18 wards; falls with moderate harm down 12% on 2024/25."),
        ("act", "1.2", "Introduce lying and standing blood pressure recording for all patients aged 65 and over",
         "Falls Lead Nurse", "March 2026", "G", "G", "Compliance 68% in September audit (target 80%)."),
        ("pri", "Priority 2: Improve the recognition and escalation of the deteriorating patient"),
        ("act", "2.1", "Launch the Call 4 Concern service so that patients and families can request a critical care outreach review",
         "Critical Care Outreach Lead", "September 2025", "A", "B", "Launched 1 September 2025 at both acute sites."),
        ("act", "2.2", "Achieve 90% of NEWS2 escalations reviewed within the agreed timeframe",
         "Deputy Medical Director", "March 2026", "R", "A", "Q2 compliance 81%; ward-level dashboards now available."),
        ("sec", "Clinical Effectiveness"),
        ("pri", "Priority 3: Improve the timeliness of discharge summaries to GPs"),
        ("act", "3.1", "Send 95% of inpatient discharge summaries to GPs within 24 hours of discharge",
         "Chief Clinical Information Officer", "January 2026", "A", "A", "September 88.6%."),
        ("act", "3.2", "Implement electronic discharge summary templates in the Emergency Department and SDEC",
         "Care Group Director – Integrated Medicine", "Febuary 2026", "G", "G", "Template design signed off by ED consultants."),
        ("sec", "Patient Experience"),
        ("pri", "Priority 4: Improve the experience of patients and carers at the end of life"),
        ("act", "4.1", "Introduce the Swan scheme (bereavement and end of life care support) on all inpatient wards",
         "Lead Nurse – Palliative and End of Life Care", "March 2026", "G", "G", "Swan resources in place on 20 wards."),
        ("act", "4.2", "Review free car parking and open visiting for carers of patients at the end of life",
         "Head of Patient Experience", "November 2025", "G", "A", "Car parking permits agreed; visiting policy revision delayed."),
    ]
    r = 6
    refuse_row = None
    for item in rows:
        if item[0] in ("sec", "pri"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, size=12 if item[0] == "sec" else 11)
            c.fill = FILL[item[0]]
        else:
            _, ref, text, lead, due, q1, q2, prog = item
            for j, v in enumerate([ref, text, lead, due, q1, q2, prog], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
            for col, rag in ((5, q1), (6, q2)):
                ws.cell(row=r, column=col).fill = FILL[rag]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            if due.startswith("Febuary"):
                refuse_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = at risk; R = off track")
    m = wb.create_sheet("Measures")
    hdr_row(m, 1, ["Priority", "Measure", "2024/25 baseline", "Target 2025/26", "Q1", "Q2"], [10, 60, 16, 16, 10, 10])
    for i, vals in enumerate([
        ("1", "Falls with moderate harm or above per 1,000 bed days", "0.19", "0.15", "0.18", "0.16"),
        ("2", "NEWS2 escalations reviewed within timeframe", "74%", "90%", "77%", "81%"),
        ("3", "Discharge summaries sent within 24 hours", "84%", "95%", "86%", "88.6%"),
        ("4", "Bereaved carers survey – care rated good or excellent", "82%", "90%", "85%", "87%"),
    ], start=2):
        for j, v in enumerate(vals, start=1):
            m.cell(row=i, column=j, value=v).border = BOX
    wb.save(path(name))
    assert refuse_row == 16, refuse_row
    write_yaml(name, {
        "source": (
            "Imitates an NHS foundation trust's in-year tracker of its Quality Account priorities reported to the Quality "
            "Committee (County Durham and Darlington NHS Foundation Trust, Quality Account 2025/26, Q2); layout from trust "
            "quality account priority pages (patient safety / clinical effectiveness / patient experience domains, e.g. "
            "newcastle-hospitals.nhs.uk quality account priorities 2025/26). Copied features: title block, domain section "
            "rows, merged 'Priority n:' rows over numbered actions, Q1 and Q2 RAG columns with fills, due dates written as "
            "month and year, measures sheet."
        ),
        "reads": (
            "A quarterly tracker of four quality priorities under three domains, eight numbered actions with lead, due "
            "month, Q1/Q2 RAG and progress. Action 3.2's due date reads 'Febuary 2026', a mistyped month, so a careful "
            "reader stops at sheet row 16 and asks before importing."
        ),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": "Quality Account 2025/26 – Quality Priorities Tracker",
    })
    return name, 8


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def full_row(table, text, fill="D9E2F3", bold=True):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=bold)
    shade(merged, fill)
    return row


# ---------------------------------------------------------------------------
# 4. Marie Curie Hospice, Edinburgh - HIS inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_mch_edinburgh_his():
    name = "zbz-marie-curie-hospice-edinburgh-his-inspection-improvement-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Marie Curie Hospice, Edinburgh – Improvement Action Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Healthcare Improvement Scotland unannounced inspection, 3 and 4 June 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Service", "Marie Curie Hospice, Edinburgh (independent hospital – hospice)"),
        ("Provider", "Marie Curie"),
        ("Plan owner", "Hospice Director"),
        ("Submitted to HIS", "18 July 2025"),
        ("Version", "3.0 – progress updated for Clinical Governance Group, 15 October 2025"),
    ]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan responds to the requirements and recommendations in Appendix 1 of the inspection report. "
        "Progress is reviewed monthly by the hospice Senior Management Team.")
    doc.add_paragraph(
        "Status key: Complete – action delivered and evidence held; On track – progressing within timescale; "
        "Delayed (Amber) – timescale at risk; Not started.")

    sections = [
        ("Domain 5 – Planning for quality", [
            ("Requirement 1: The provider must ensure that patient care records include a completed and regularly reviewed "
             "risk assessment for falls, pressure area care and nutrition, in line with the hospice's own policy "
             "(Regulation 4(1)).", [
                ("Revise the inpatient unit admission checklist so that falls, Waterlow and MUST assessments are completed within 24 hours of admission and reviewed weekly.",
                 "Senior Charge Nurse", "31 July 2025", "Complete", ["Senior Charge Nurse"], "2025-07", "blue", None),
                ("Monthly audit of 10 sets of care records against the revised checklist.\nResults reported to the Clinical Governance Group and shared at ward team meetings.",
                 "Practice Development Facilitator / Senior Charge Nurse", "Ongoing – monthly", "On track",
                 ["Practice Development Facilitator", "Senior Charge Nurse"], None, "green", "Ongoing – monthly"),
            ]),
            ("Recommendation a: The service should develop a programme of audit for controlled drug record keeping.", [
                ("Introduce a quarterly controlled drug record keeping audit using the NHS Lothian CD audit tool, with findings reported to the Medicines Management Group.",
                 "Pharmacist (Kirsty Muir)", "September 2025", "Complete", ["Pharmacist (Kirsty Muir)"], "2025-09", "blue", None),
            ]),
        ]),
        ("Domain 7 – Quality control", [
            ("Requirement 2: The provider must ensure that all staff complete mandatory training in infection prevention and "
             "control, and that compliance is monitored (Regulation 12(b)).", [
                ("Release protected time for all clinical and housekeeping staff to complete IPC Level 2 training on Marie Curie Learning Zone.",
                 "Hospice Director", "31 October 2025", "Delayed",
                 ["Hospice Director"], "2025-10", "amber", None),
                ("Add IPC training compliance to the monthly hospice quality dashboard and escalate any team below 90% to the Senior Management Team.",
                 "Senior Nurse Manager", "End of November 2025", "On track", ["Senior Nurse Manager"], "2025-11", "green", None),
            ]),
            ("Recommendation b: The service should ensure that cleaning schedules for patient equipment are fully completed and "
             "checked by the nurse in charge.", [
                ("Replace the paper cleaning schedule with a daily equipment cleaning checklist signed off by the nurse in charge at the end of each shift.",
                 "Head of Facilities", "August 2025", "Complete", ["Head of Facilities"], "2025-08", "blue", None),
            ]),
        ]),
        ("Domain 3 – Co-design, co-production", [
            ("Recommendation c: The service should inform patients and families how their feedback has been used to improve "
             "the service.", [
                ("Display a 'You said, we did' board in the inpatient unit reception and update it quarterly.",
                 "Patient and Family Engagement Lead", "December 2025", "On track",
                 ["Patient and Family Engagement Lead"], "2025-12", "green", None),
                ("Publish a summary of feedback themes and actions on the hospice web page.",
                 "Patient and Family Engagement Lead", "January 2026", "Not started",
                 ["Patient and Family Engagement Lead"], "2026-01", "unrated", None),
            ]),
        ]),
    ]
    expected = []
    for heading, items in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action", "Responsible person", "Timescale", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "BDD7EE")
        for req, actions in items:
            full_row(t, req, fill="F2F2F2")
            for (text, lead, when, status, exp_lead, exp_end, exp_status, exp_text) in actions:
                cells = t.add_row().cells
                set_cell(cells[0], text)
                set_cell(cells[1], lead)
                set_cell(cells[2], when)
                set_cell(cells[3], status)
                expected.append(act(None, [heading, req], text, exp_lead, exp_end, exp_status, exp_text))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Completed by", "Designation", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(so.rows[1].cells, ["Fiona Reid", "Hospice Director", "15 October 2025"]):
        set_cell(c, v)
    doc.save(path(name))
    write_yaml(name, {
        "source": (
            "Imitates the improvement action plan a Scottish independent hospice returns to Healthcare Improvement "
            "Scotland after an unannounced independent healthcare inspection (Marie Curie Hospice, Edinburgh, 2025). "
            "HIS reports list 'Requirements' (numbered, with the regulation) and 'Recommendations' (lettered) by "
            "Quality Assurance Framework domain in Appendix 1 (e.g. HIS unannounced inspection report, The Edinburgh "
            "Clinic, vdocuments.mx copy). Copied features: title and inspection line, service/provider/version control "
            "table, status key, one table per domain under a domain heading, requirement/recommendation text as a "
            "merged shaded row above its actions, a multi-paragraph action cell, two posts in one cell, sign-off table."
        ),
        "reads": (
            "Three domain sections, each a table whose merged grey rows carry the HIS requirement or recommendation and "
            "whose following rows are the hospice's actions with responsible person, timescale and status: eight actions, "
            "no refs. The document-control and sign-off tables are not the plan; 'Delayed' is amber by the key."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Abertillery Group Practice - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_abertillery_hiw():
    name = "zbz-abertillery-group-practice-hiw-gp-inspection-improvement-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Abertillery Group Practice – HIW Improvement Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("General Practice Inspection (Announced), Aneurin Bevan University Health Board")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                                       "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(c, h, bold=True)
    for c, v in zip(ta.rows[1].cells, ["An out-of-date paediatric oxygen mask was found in the emergency kit.",
                                       "Equipment may not be safe to use in an emergency.",
                                       "Raised with the Practice Manager on the day.",
                                       "The mask was replaced immediately and the kit rechecked."]):
        set_cell(c, v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    tc = doc.add_table(rows=2, cols=2)
    tc.style = "Table Grid"
    set_cell(tc.rows[0].cells[0], "Service:", bold=True)
    set_cell(tc.rows[0].cells[1], "Abertillery Group Practice")
    set_cell(tc.rows[1].cells[0], "Date of activity:", bold=True)
    set_cell(tc.rows[1].cells[1], "11 February 2025")
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require the "
        "service to complete an improvement plan telling us about the actions they are taking to address these areas.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
                                      "Service action", "Responsible officer", "Timescale"]):
        set_cell(c, h, bold=True)
        shade(c, "C00000")
    HCQS = "Health and Care Quality Standards (2023)"
    sections = [
        ("Quality of Patient Experience", [
            ("The practice did not have a hearing loop available at reception.",
             "The practice must ensure that a working hearing loop is available and that its availability is advertised to patients.",
             HCQS + " – Equitable; Person-centred",
             "A portable hearing loop has been purchased and reception staff shown how to use it.\nSignage added at reception and on the practice website.",
             "Practice Manager", "31 March 2025", ["Practice Manager"], "2025-03", None),
            ("Information on how to raise a concern (Putting Things Right) was not displayed.",
             "The practice must display NHS Putting Things Right information in the waiting areas in English and Welsh.",
             HCQS + " – Person-centred",
             "Bilingual Putting Things Right posters and leaflets displayed in both waiting areas.",
             "Reception Manager", "28 February 2025", ["Reception Manager"], "2025-02", None),
        ]),
        ("Delivery of Safe and Effective Care", [
            ("Checks of emergency drugs and equipment were not consistently recorded.",
             "The practice must ensure emergency drugs and equipment are checked weekly and that checks are documented.",
             HCQS + " – Safe",
             "Weekly check log introduced and kept with the emergency trolley.\nLead Nurse to audit the log monthly and report to the practice meeting.",
             "Lead Nurse", "Ongoing", ["Lead Nurse"], None, "Ongoing"),
            ("Not all clinical staff had completed safeguarding training at the level required for their role.",
             "The practice must ensure all staff complete safeguarding adults and children training at the level appropriate to their role.",
             HCQS + " – Safe; Workforce",
             "Training matrix updated. Outstanding Level 3 training booked for two GPs and one advanced nurse practitioner.",
             "Practice Manager / Safeguarding Lead GP", "30 April 2025", ["Practice Manager", "Safeguarding Lead GP"], "2025-04", None),
            ("Vaccine fridge temperatures had not been recorded on six days in January 2025.",
             "The practice must ensure vaccine fridge temperatures are recorded twice daily and that action taken for out-of-range readings is documented.",
             HCQS + " – Safe; Effective",
             "Data loggers installed in both vaccine fridges; twice-daily recording added to the nurses' daily task list.",
             "Dr Rhian Pritchard", "March 2025", ["Dr Rhian Pritchard"], "2025-03", None),
        ]),
        ("Quality of Management and Leadership", [
            ("Several practice policies had passed their review dates.",
             "The practice must ensure that policies and procedures are reviewed and updated regularly, with version control.",
             HCQS + " – Leadership",
             "All policies moved onto the Practice Index system with automatic review reminders.",
             "Practice Manager", "By 30 June 2025", ["Practice Manager"], "2025-06", None),
            ("Appraisals were overdue for five members of the administrative team.",
             "The practice must ensure all staff receive an annual appraisal.",
             HCQS + " – Workforce",
             "Appraisals scheduled for all outstanding staff.",
             "Deputy Practice Manager", "Q1 2025/26", ["Deputy Practice Manager"], "2025-06", None),
        ]),
    ]
    expected = []
    for sec, rows in sections:
        full_row(t, sec, fill="F2DCDB")
        for (finding, need, std, action, officer, when, exp_lead, exp_end, exp_text) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [finding, need, std, action, officer, when]):
                set_cell(c, v)
            expected.append(act(None, [sec, need], action, exp_lead, exp_end, "unrated", exp_text))

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    sr = doc.add_table(rows=4, cols=2)
    sr.style = "Table Grid"
    for row, (k, v) in zip(sr.rows, [("Service representative", ""), ("Name (print):", "Gareth Lewis"),
                                     ("Job role:", "Practice Manager"), ("Date:", "24 March 2025")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(path(name))
    write_yaml(name, {
        "source": (
            "Imitates the improvement plan appendix a Welsh GP practice completes after a Healthcare Inspectorate Wales "
            "announced general practice inspection (Abertillery Group Practice, Aneurin Bevan UHB, 2025); HIW reports "
            "(e.g. General Practice Inspection, Beechley Medical Centre, fdocuments.net copy) end with Appendix A concerns "
            "resolved, Appendix B immediate improvement plan and Appendix C improvement plan. Copied features: the "
            "three appendices, Service/Date of activity table, the six HIW columns (Risk/finding/issue, Improvement "
            "needed, Standard / Regulation, Service action, Responsible officer, Timescale), merged section rows for "
            "the three HIW themes, multi-paragraph service actions, no status column, service representative block."
        ),
        "reads": (
            "The plan is the Appendix C table: three theme rows, under which seven unnumbered rows each give a "
            "finding, the improvement HIW requires, the standard, the practice's action, the responsible officer and "
            "timescale. Appendix A (resolved on the day) and the representative block are not actions; no RAG is given, "
            "so every action is unrated."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Thompson House Hospital, Lisburn - RQIA QIP tracker (csv)
# ---------------------------------------------------------------------------
def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_thompson_house_rqia():
    name = "zbz-thompson-house-hospital-lisburn-rqia-care-inspection-qip-tracker.csv"
    NCOL = 10
    title = "Thompson House Hospital, Lisburn – RQIA Quality Improvement Plan (QIP) Tracker"
    sec1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    afi1 = ("The registered person shall ensure that the infection prevention and control issues identified during the "
            "inspection are managed to minimise the risk and spread of infection.")
    afi2 = ("The registered person shall ensure that fire doors are not wedged or propped open and that fire exits are "
            "kept clear at all times.")
    afi3 = ("The registered person shall ensure that care plans and risk assessments are reviewed and updated following "
            "a fall.")
    afi4 = ("The registered person shall ensure that the daily menu is displayed in a suitable format and that patients "
            "are offered a choice of meal, including those on modified diets.")
    afi5 = ("The registered person shall ensure that all staff involved in supporting patients at mealtimes complete "
            "training in dysphagia and IDDSI descriptors.")
    lines = [
        [title],
        ["Unannounced care inspection 9 September 2025 – Inspection ID: IN047215"],
        ["Registered Manager: Alison McKee. Tracker last updated: 04/11/2025"],
        [],
        ["AFI", "No.", "Ref", "Stated", "Area for improvement", "Action", "Lead", "Target date", "RAG", "Update"],
        [sec1],
    ]
    expected = []

    def a(afi_no, no, ref, stated, afi_text, action, lead, target, rag, update, under, exp_lead, exp_end, exp_status,
          exp_text=None):
        lines.append([afi_no, no, ref, stated, afi_text, action, lead, target, rag, update])
        expected.append(act(no, under, action, exp_lead, exp_end, exp_status, exp_text))

    a("1", "1.1", "Regulation 13 (7)", "First time", afi1,
      "Deep clean of both sluice rooms and replacement of the damaged bedpan washer",
      "Home Manager", "30/09/2025", "B", "Completed 26/09/2025; new washer installed.",
      [sec1, afi1], ["Home Manager"], "2025-09", "blue")
    a("", "1.2", "", "", "",
      "Daily IPC walkaround by the nurse in charge, recorded on the IPC checklist and reviewed weekly by the Home Manager",
      "Nurse in Charge / Deputy Manager", "31/10/2025", "G", "Walkarounds in place since 15/09/2025.",
      [sec1, afi1], ["Nurse in Charge", "Deputy Manager"], "2025-10", "green")
    a("2", "2.1", "Regulation 27 (4) (d)", "Second time", afi2,
      "Fit magnetic door guards linked to the fire alarm on the six bedroom doors that residents prefer to keep open",
      "Maintenance Manager", "Nov-25", "A", "Quote accepted; fitting delayed until supplier delivery.",
      [sec1, afi2], ["Maintenance Manager"], "2025-11", "amber")
    a("", "2.2", "", "", "",
      "Include fire door and escape route checks in the daily walkaround and the monthly health and safety audit",
      "Home Manager", "30/09/2025", "B", "Complete.",
      [sec1, afi2], ["Home Manager"], "2025-09", "blue")
    lines.append([sec2])
    a("3", "3.1", "Standard 22", "First time", afi3,
      "Introduce a post-falls checklist prompting review of the falls risk assessment, care plan and bed rails assessment within 24 hours",
      "Deputy Manager", "31/12/2025", "G", "Checklist drafted and shared with nurses for comment.",
      [sec2, afi3], ["Deputy Manager"], "2025-12", "green")
    a("4", "4.1", "Standard 12", "First time", afi4,
      "Pictorial menu boards to be displayed in both dining rooms and updated daily by the catering team",
      "Catering Manager", "31/10/2025", "B", "Menu boards in place.",
      [sec2, afi4], ["Catering Manager"], "2025-10", "blue")
    a("", "4.2", "", "", "",
      "Review the four-week menu with the speech and language therapist.\nAdd a modified-diet alternative for every main meal choice.",
      "Catering Manager / Deputy Manager", "January 2026", "", "",
      [sec2, afi4], ["Catering Manager", "Deputy Manager"], "2026-01", "unrated")
    a("5", "5.1", "Standard 39", "First time", afi5,
      "Book dysphagia and IDDSI training for all care assistants and catering staff, and record completion on the training matrix",
      "Home Manager; Training Co-ordinator", "Q4 2025/26", "R", "Only 41% trained; trainer availability limited.",
      [sec2, afi5], ["Home Manager", "Training Co-ordinator"], "2026-03", "red")
    lines.append([])
    lines.append(["RAG: B = complete, G = on track, A = at risk, R = overdue/off track. Blank = not yet started."])

    out = []
    for ln in lines:
        cells = list(ln) + [""] * (NCOL - len(ln))
        out.append(",".join(csv_cell(c) for c in cells))
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")
    write_yaml(name, {
        "source": (
            "Imitates a Northern Ireland nursing home's working tracker of the Quality Improvement Plan (QIP) in its RQIA "
            "care inspection report (Thompson House Hospital, Lisburn, 2025), saved from Excel as CSV UTF-8. RQIA QIPs "
            "list each 'Area for improvement' with 'Ref: Regulation/Standard' and 'Stated: First/Second time' under the "
            "headings 'Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005' "
            "and '... the Care Standards for Nursing Homes (December 2022)' (e.g. RQIA unannounced care inspection report, "
            "Ashbrooke Care Home, vdocuments.mx copy). Copied features: title/inspection lines, the two compliance "
            "headings as section lines, area-for-improvement text only on an AFI's first row with later action rows "
            "left blank in those columns, lettered RAG, a quoted cell with an inner line break, RAG key line."
        ),
        "reads": (
            "A QIP tracker with five areas for improvement under the regulations and care standards headings; each AFI "
            "has one or two numbered actions (1.1–5.1, eight in all) with lead, target date, RAG letter and update. "
            "Continuation action rows belong to the AFI above; a blank RAG is not started."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Home Instead Sheffield - CQC home care inspection action plan (plain text export)
# ---------------------------------------------------------------------------
def make_home_instead_sheffield():
    name = "zbz-home-instead-sheffield-cqc-home-care-inspection-action-plan.txt"
    title = "Home Instead Sheffield – CQC Inspection Action Plan"
    rule = "-" * 74
    b1 = "BREACH 1 - Regulation 12 (Safe care and treatment)"
    b1t = ("The provider must ensure that risks to people's health and safety, including risks associated with "
           "catheter care and diabetes, are fully assessed and that care plans give staff clear guidance.")
    b2 = "BREACH 2 - Regulation 17 (Good governance)"
    b2t = ("The provider must ensure that systems to monitor the quality and safety of the service, including "
           "medication administration record (MAR) audits and call monitoring, are operated effectively.")
    s1 = "SHOULD DO 1 - Recruitment"
    s1t = "The provider should ensure that gaps in employment history are explored and recorded for all new staff."
    s2 = "SHOULD DO 2 - Person-centred care"
    s2t = "The provider should ensure that people are consistently told if their care worker is running late."
    out = [
        title,
        "Home care agency – inspection 16 June 2025 to 4 July 2025, report published 12 August 2025",
        "Overall rating: Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)",
        "Plan owner: Claire Hobson, Registered Manager     Last reviewed: 3 November 2025",
        "",
        "Status key: RED = overdue or not progressing   AMBER = in progress with some delay   GREEN = on track   BLUE = complete",
        "",
    ]
    expected = []
    blocks = [
        (b1, b1t, [
            ("1.1", "Review and rewrite the risk assessments for all clients with a urinary catheter or insulin-dependent diabetes (23 clients).",
             "Care Manager", "31/08/2025", "BLUE",
             "All 23 reviewed; QA spot check found 22 of 23 fully compliant and 1 corrected.",
             ["Care Manager"], "2025-08", "blue", None),
            ("1.2", "Deliver catheter care and diabetes awareness training to all CAREGivers, with competency sign-off in the home.",
             "Care Manager / Field Care Supervisor", "Sept 2025 – Jan 2026", "GREEN",
             "61 of 84 CAREGivers trained; competency checks booked for the remainder.",
             ["Care Manager", "Field Care Supervisor"], "2026-01", "green", None),
            ("1.3", "Add a catheter and diabetes section to the care plan template on Birdie so that guidance shows on the CAREGiver app.",
             "Quality Assurance Manager", "End of September 2025", "BLUE",
             "Template live from 22 September 2025.",
             ["Quality Assurance Manager"], "2025-09", "blue", None),
        ]),
        (b2, b2t, [
            ("2.1", "Complete monthly eMAR audits for every client receiving medicines support and record themes and actions in the audit log.",
             "Quality Assurance Manager", "Monthly", "AMBER",
             "Audits completed for August and September; October audit behind because of staff sickness.",
             ["Quality Assurance Manager"], None, "amber", "Monthly"),
            ("2.2", "Set up a weekly call-monitoring report (late and missed calls) reviewed at the management meeting, with actions recorded.",
             "Claire Hobson", "30/11/2025", "RED",
             "Report template agreed but not yet produced because of the Birdie reporting change.",
             ["Claire Hobson"], "2025-11", "red", None),
        ]),
        (s1, s1t, [
            ("3.1", "Update the recruitment checklist so that any employment gap over 3 months is explored at interview and the explanation is signed by the interviewer.",
             "Recruitment Co-ordinator", "Q3 2025/26", "GREEN",
             "Checklist updated; audit of new starter files planned for December.",
             ["Recruitment Co-ordinator"], "2025-12", "green", None),
        ]),
        (s2, s2t, [
            ("4.1", "Office team to phone the client or family whenever a visit will be more than 15 minutes late, and log the call on Birdie.",
             "Scheduling Team Leader", "Dec 2025", "GREEN",
             "In place since October; monitoring through client feedback calls.",
             ["Scheduling Team Leader"], "2025-12", "green", None),
        ]),
    ]
    for head, text, actions in blocks:
        out += [rule, head, rule, text, ""]
        for (ref, action, lead, due, status, update, exp_lead, exp_end, exp_status, exp_text) in actions:
            out += [
                "%-5sAction:  %s" % (ref, action),
                "     Lead:    %s" % lead,
                "     Due:     %s" % due,
                "     Status:  %s" % status,
                "     Update:  %s" % update,
                "",
            ]
            expected.append(act(ref, [head, text], action, exp_lead, exp_end, exp_status, exp_text))
    out += [
        rule,
        "Next review: Governance meeting, 1 December 2025",
        "Signed: Claire Hobson (Registered Manager)",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")
    write_yaml(name, {
        "source": (
            "Imitates the action plan a domiciliary care franchise office keeps after a CQC inspection of its home care "
            "agency rated Requires improvement (Home Instead Sheffield, 2025), exported from Word as plain text. CQC "
            "reports set out breaches of regulation (Regulation 12 Safe care and treatment, Regulation 17 Good "
            "governance) as requirement notices plus 'should' improvements (cf. CQC location report pages, e.g. "
            "cqc.org.uk/location/1-551316858/reports, describing the provider's action plan after breaches). Copied "
            "features: title and inspection lines, rating line, plan owner, status key in words, ruled breach and "
            "should-do headings each followed by the CQC requirement sentence, numbered actions with Lead/Due/Status/"
            "Update labelled lines, sign-off footer."
        ),
        "reads": (
            "Four ruled sections (two breaches, two should-dos); under each heading the CQC requirement sentence, then "
            "numbered action blocks 1.1–4.1 (seven actions) with lead, due, colour status and update. The header, key "
            "and footer lines are not actions."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_sath_baf, make_dchs_psii, make_cddft_qa_refuse, make_mch_edinburgh_his,
               make_abertillery_hiw, make_thompson_house_rqia, make_home_instead_sheffield):
        n, k = fn()
        print("%-100s %d actions" % (n, k))
