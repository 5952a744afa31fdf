"""Build the seven zub- cases of set heldout655 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with zub- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}
STATUS_WORD = {"R": "red", "A": "amber", "G": "green", "B": "blue", None: "unrated"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zub-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    if len(data) == 7 and data[4] == "-" and data[:4].isdigit() and data[5:].isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, doc):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hexcolor):
    return PatternFill("solid", start_color=hexcolor, end_color=hexcolor)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. SECAmb PSII safety action plan (xlsx: cover sheet + action sheet, merged AFI cells,
#    original/revised dates, RAG letters with fill)
# ---------------------------------------------------------------------------
def make_secamb():
    name = "zub-south-east-coast-ambulance-service-nhsft-psii-safety-action-plan.xlsx"
    title = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "South East Coast Ambulance Service NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [
        ("PSII reference", "PSII 2024/011"),
        ("Incident", "Delayed response to a Category 2 patient following a fall (long lie) during "
                     "REAP level 4, Emergency Operations Centre (EOC) West"),
        ("Date of incident", "4 January 2024"),
        ("Safety action plan owner", "Associate Director of Operations (EOC)"),
        ("Approved by", "Patient Safety Incident Review Group (PSIRG), 12 June 2024"),
        ("Version", "v1.3 – progress updated 30 October 2024"),
        ("Next review", "Quality and Patient Safety Committee, December 2024"),
    ]
    r = 5
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v).alignment = WRAP
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for k, v in [("B", "Complete – evidence received and verified by the Patient Safety Team"),
                 ("G", "On track to be delivered by the target date"),
                 ("A", "At risk – target date may be missed or a revised date has been agreed"),
                 ("R", "Off track or overdue – escalated to PSIRG")]:
        c = ws.cell(r, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(r, 2, v)
        r += 1
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90

    sp = wb.create_sheet("Safety action plan")
    sp["A1"] = "PSII 2024/011 – Safety Action Plan (SAP)"
    sp["A1"].font = Font(bold=True, size=13)
    sp.merge_cells("A1:I1")
    sp["A2"] = "Progress as at 30 October 2024"
    sp["A2"].font = Font(italic=True)
    hdr = ["Area for improvement", "SA ref", "Safety action", "Action owner",
           "Measurement / monitoring", "Original target date", "Revised target date",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = sp.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    afi1 = ("AFI 1 – Welfare calls to patients waiting for an ambulance in the Category 2 queue "
            "were not completed within the timescales set out in the Trust's clinical safety plan.")
    afi2 = ("AFI 2 – The long lie risk was not identified during the call: the caller's report "
            "that the patient had been on the floor \"since last night\" was not reflected in the "
            "triage outcome.")
    afi3 = ("AFI 3 – Escalation to the Tactical Commander when the Category 2 mean response time "
            "exceeded 60 minutes did not trigger a review of the highest-risk waiting patients.")
    plan = [
        (afi1, [
            ("SA1.1", "Introduce a dedicated welfare call-back clinician on each EOC shift whenever "
                      "REAP level 3 or above is declared, protected from other call-handling duties.",
             "EOC Clinical Operations Manager", ["EOC Clinical Operations Manager"],
             "Rota audit: % of REAP 3+ shifts with a protected welfare call-back clinician (target 95%)",
             d(2024, 7, 31), d(2024, 9, 30),
             "Funded from the Q2 EOC budget; 6 WTE clinician posts recruited. In place on all "
             "REAP 3+ shifts from 23/09/2024.", "B", "2024-09"),
            ("SA1.2", "Configure CAD to generate an automatic on-screen alert when a Category 2 call "
                      "has waited 60 minutes without a welfare call being recorded.",
             "Head of EOC Systems / CAD Development Lead",
             ["Head of EOC Systems", "CAD Development Lead"],
             "Alert live in CAD; monthly report of breaches of the 60-minute welfare call standard",
             d(2024, 9, 30), d(2025, 1, 31),
             "Specification agreed with the supplier. Supplier release has slipped to January 2025; "
             "interim manual stack review every 30 minutes in place.", "A", "2025-01"),
        ]),
        (afi2, [
            ("SA2.1", "Add a mandatory long lie prompt (time on the floor) to the falls supplementary "
                      "questions used by Emergency Medical Advisors (EMAs).",
             "Clinical Safety Lead – EOC", ["Clinical Safety Lead – EOC"],
             "Audit of 50 falls calls per month for completion of the time-on-floor question "
             "(target 90%)",
             d(2024, 8, 31), None,
             "Prompt live from 12/08/2024. September audit: 93% compliance.", "B", "2024-08"),
            ("SA2.2", "Deliver refresher training on recognising and escalating long lies, including "
                      "the risk of rhabdomyolysis, to all EMAs and dispatchers, with completion "
                      "recorded on the Trust learning platform.",
             "EOC Education Lead", ["EOC Education Lead"],
             "Training compliance of at least 85% of EOC staff",
             d(2024, 10, 31), d(2024, 12, 31),
             "71% complete at 30/10/2024; additional sessions booked for November.", "A", "2024-12"),
            ("SA2.3", "Share the learning from this PSII with falls response partners (community "
                      "falls teams and falls pick-up services) through the ICB falls forums in Kent "
                      "and Medway and in Sussex.",
             "Patient Safety Partner; Head of Patient Safety",
             ["Patient Safety Partner", "Head of Patient Safety"],
             "Learning summary presented; forum minutes",
             d(2024, 9, 30), None,
             "Presented at the Kent and Medway falls forum 18/09/2024. Sussex forum date awaited.",
             "G", "2024-09"),
        ]),
        (afi3, [
            ("SA3.1", "Amend the EOC escalation action card so that the Clinical Safety Navigator "
                      "reviews all waiting Category 2 falls patients aged over 65 when the Category 2 "
                      "mean exceeds 60 minutes.",
             "Associate Director of Operations (EOC)", ["Associate Director of Operations (EOC)"],
             "Action card v4 published; spot check of 10 surge shifts per quarter",
             d(2024, 7, 31), None,
             "Action card v4 approved by the Clinical Governance Group on 25/07/2024 and published.",
             "B", "2024-07"),
            ("SA3.2", "Test the revised escalation process in a live-play exercise with EOC East and "
                      "EOC West and report the outcome to PSIRG.",
             "EPRR Manager / Clinical Safety Navigator Lead",
             ["EPRR Manager", "Clinical Safety Navigator Lead"],
             "Exercise report received by PSIRG",
             d(2024, 11, 30), None,
             "Exercise planned for 14/11/2024.", "G", "2024-11"),
            ("SA3.3", "Review the clinical safety plan thresholds with Kent and Medway ICB and Sussex "
                      "ICB so that the 60-minute trigger is reflected in system-wide surge escalation.",
             "Director of Operations", ["Director of Operations"],
             "Revised clinical safety plan signed off by both ICBs",
             d(2024, 12, 31), None,
             "Initial discussion at the system call on 03/10/2024. ICB leads have asked to defer "
             "until the winter debrief; off track.", "R", "2024-12"),
        ]),
    ]
    expected = []
    r = 5
    for afi, acts in plan:
        first = r
        for (ref, text, lead_txt, leads, measure, orig, rev, prog, rag, end) in acts:
            sp.cell(r, 2, ref)
            sp.cell(r, 3, text)
            sp.cell(r, 4, lead_txt)
            sp.cell(r, 5, measure)
            c = sp.cell(r, 6, orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = sp.cell(r, 7, rev)
                c.number_format = "dd/mm/yyyy"
            sp.cell(r, 8, prog)
            c = sp.cell(r, 9, rag)
            c.fill = fill(FILL[rag])
            c.alignment = Alignment(horizontal="center", vertical="top")
            c.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
            for col in range(1, 10):
                sp.cell(r, col).border = BOX
                if col != 9:
                    sp.cell(r, col).alignment = WRAP
            expected.append(act(ref, [afi], text, leads, end, STATUS_WORD[rag]))
            r += 1
        sp.cell(first, 1, afi)
        sp.cell(first, 1).alignment = WRAP
        sp.cell(first, 1).font = Font(bold=True)
        sp.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    sp.cell(r, 1, "Safety actions are monitored monthly by PSIRG. Actions rated B are closed once "
                  "evidence has been verified; measurement continues for six months after closure.")
    sp.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [42, 8, 48, 26, 34, 13, 13, 44, 6]):
        sp.column_dimensions[col].width = w
    sp.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a South East Coast Ambulance Service NHS Foundation Trust (SECAmb) patient "
                  "safety incident investigation safety action plan under PSIRF, 2024, as reported to "
                  "its patient safety incident review group and quality committee. Copied features: a "
                  "cover sheet with a document-control table and a RAG key (B/G/A/R), a second sheet "
                  "with the safety actions grouped under areas for improvement (AFI) held in a merged "
                  "first-column cell, SA refs, measurement column, original and revised target dates "
                  "(Excel dates), progress updates and letter RAG cells with matching fill.",
        "reads": "A two-sheet workbook: the cover sheet is document control and a RAG key; the second "
                 "sheet lists eight safety actions (SA1.1–SA3.3) under three areas for improvement, "
                 "each with an owner, original and sometimes revised target date, and a B/G/A/R rating. "
                 "Where a revised date is given it is the due date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. NHS Cheshire and Merseyside ICB board assurance framework (xlsx: summary sheet plus a
#    sheet per principal risk; previous and current RAG; original and revised dates)
# ---------------------------------------------------------------------------
def make_cm_baf():
    name = "zub-nhs-cheshire-and-merseyside-icb-board-assurance-framework-2024-25.xlsx"
    title = "Board Assurance Framework 2024-25 – Quarter 3 position"
    RAGF = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "NHS Cheshire and Merseyside"
    s["A1"].font = Font(bold=True, size=14, color="005EB8")
    s["A2"] = title
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Presented to: ICB Board, 30 January 2025 (Agenda item 8)"
    hdr = ["Risk ref", "Principal risk", "Executive lead", "Lead committee", "Initial score",
           "Q2 score", "Q3 score", "Target score", "Trend"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    risks = [
        ("P1", "ICB is unable to address inequalities in access, experience and outcomes across "
               "Cheshire and Merseyside", "Director of Population Health",
         "Quality and Performance Committee", 20, 16, 16, 12, "↔"),
        ("P2", "Unable to achieve the urgent and emergency care standards, including the 4-hour and "
               "ambulance handover standards", "Director of Performance and Planning",
         "Quality and Performance Committee", 20, 20, 16, 12, "↓"),
        ("P3", "Unable to reduce elective and cancer waiting times in line with the 2024-25 "
               "operational plan", "Director of Performance and Planning",
         "Quality and Performance Committee", 16, 16, 16, 9, "↔"),
        ("P4", "The ICB and system partners are unable to achieve financial balance in 2024-25 and "
               "deliver the agreed efficiency programme", "Chief Finance Officer",
         "Finance, Investment and Resources Committee", 25, 20, 20, 12, "↔"),
        ("P5", "Primary care access and resilience does not meet population need",
         "Director of Primary Care", "Primary Care Committee", 16, 12, 12, 8, "↔"),
        ("P6", "A cyber attack or major digital failure disrupts services across the system",
         "Chief Digital Officer", "Audit Committee", 15, 15, 15, 10, "↔"),
        ("P7", "Commissioned providers are unable to maintain safe, high-quality services, "
               "leading to avoidable harm", "Chief Nurse", "Quality and Performance Committee",
         20, 16, 16, 8, "↔"),
    ]
    r = 6
    for row in risks:
        for i, v in enumerate(row, 1):
            c = s.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
        r += 1
    r += 1
    s.cell(r, 1, "Detailed risk sheets are included for the principal risks scoring 16 or above at Q3 "
                 "with open actions (P1, P4 and P7). P2 and P3 are reported in full through the "
                 "Quality and Performance Committee; P5 and P6 are below the escalation threshold.")
    s.cell(r, 1).font = Font(italic=True)
    r += 2
    s.cell(r, 1, "Action RAG key").font = Font(bold=True)
    r += 1
    for k, v in [("Blue", "Action complete"), ("Green", "On track to deliver by the due date"),
                 ("Amber", "Some slippage – revised date agreed or delivery at risk"),
                 ("Red", "Off track – will not deliver by the due date without intervention")]:
        c = s.cell(r, 1, k)
        c.fill = fill(RAGF[k])
        s.cell(r, 2, v)
        r += 1
    for col, w in zip("ABCDEFGHI", [9, 70, 32, 34, 10, 9, 9, 10, 7]):
        s.column_dimensions[col].width = w

    details = [
        ("P1", risks[0], "Tackling health inequalities in outcomes, experiences and access",
         "Population health management programme; Core20PLUS5 delivery plans in each of the nine "
         "Places; Marmot Community commitments; Health Inequalities and Prevention Board.",
         "Quarterly Population Health report to the Board; Marmot Community progress review; "
         "Internal audit of health inequalities funding (reasonable assurance, 2023-24).",
         "G1 – No single system view of inequalities metrics for adults and children and young people.\n"
         "G2 – Health inequality impact assessment (HEIA) not consistently applied to commissioning "
         "and investment decisions.",
         [
             ("P1.1", "Agree a single Cheshire and Merseyside inequalities dashboard covering "
                      "Core20PLUS5 for adults and for children and young people, and report it "
                      "quarterly to the Board.", "G1",
              "Director of Population Health", ["Director of Population Health"],
              d(2024, 9, 30), d(2025, 3, 31),
              "Adult dashboard live on the CIPHA platform. Children and young people metrics still "
              "being validated with Alder Hey and the Places.", "Amber", "Amber", "2025-03", None),
             ("P1.2", "Embed health inequality impact assessment in all 2025-26 commissioning and "
                      "investment decisions, with a quarterly audit by the Population Health team.",
              "G2", "Director of Population Health / Associate Director of Quality Governance",
              ["Director of Population Health", "Associate Director of Quality Governance"],
              "Q4 2024/25", None,
              "HEIA template revised; piloted in three Places. Audit scheduled for March.",
              "Green", "Green", "2025-03", None),
             ("P1.3", "Allocate the 2024-25 health inequalities funding to the nine Places against "
                      "the Marmot Community priorities and report outcomes to the Health "
                      "Inequalities and Prevention Board.", "G1",
              "Place Directors", ["Place Directors"],
              d(2024, 10, 31), None,
              "Allocations confirmed for all nine Places in October 2024. Closed.",
              "Green", "Blue", "2024-10", None),
         ]),
        ("P4", risks[3], "Making the best use of our resources and delivering financial sustainability",
         "Financial plan 2024-25 approved by the Board; System Finance Group; grip and control "
         "measures in all providers; monthly financial reporting to NHS England.",
         "Month 8 finance report; Finance, Investment and Resources Committee minutes; "
         "external audit value for money commentary.",
         "G1 – Efficiency plans not fully identified or recurrent.\n"
         "G2 – Continuing healthcare and complex care costs growing above plan.\n"
         "G3 – Temporary staffing spend above the agency cap in several providers.",
         [
             ("P4.1", "Deliver the 2024-25 system efficiency programme, with monthly tracking of "
                      "each organisation's plan through the System Finance Group.", "G1",
              "Chief Finance Officer", ["Chief Finance Officer"],
              d(2025, 3, 31), None,
              "Month 8: 81% of the year-to-date efficiency target delivered; 38% recurrent. "
              "Forecast gap escalated to NHS England.", "Amber", "Red", "2025-03", None),
             ("P4.2", "Complete the independent review of continuing healthcare and complex care "
                      "packages and implement the agreed recommendations.", "G2",
              "Associate Director of All Age Continuing Care; Chief Nurse",
              ["Associate Director of All Age Continuing Care", "Chief Nurse"],
              "December 2024", "February 2025",
              "Review report received in December; implementation plan to Finance, Investment "
              "and Resources Committee in February.", "Amber", "Amber", "2025-02", None),
             ("P4.3", "Implement a system-wide vacancy control and agency spend panel across all "
                      "provider trusts, reporting monthly to the Finance, Investment and Resources "
                      "Committee.", "G3",
              "Chief People Officer and Chief Finance Officer",
              ["Chief People Officer", "Chief Finance Officer"],
              d(2024, 11, 30), None,
              "Panel in place in all 17 trusts since November. Closed.", "Green", "Blue",
              "2024-11", None),
             ("P4.4", "Agree the medium-term financial recovery plan for 2025-26 to 2027-28 with "
                      "NHS England.", "G1",
              "Chief Executive", ["Chief Executive"],
              "March 2025", None,
              "First draft shared with NHS England North West; planning guidance awaited.",
              "Green", "Amber", "2025-03", None),
         ]),
        ("P7", risks[6], "Improving the quality and safety of services",
         "System Quality Group; quality surveillance framework; PSIRF plans in all NHS providers; "
         "contract quality schedules for independent sector providers.",
         "Quality and Performance Committee quality report; CQC inspection outcomes; "
         "NHS Oversight Framework segmentation.",
         "G1 – PSIRF oversight of independent sector providers not yet in place.\n"
         "G2 – Escalation route for providers in NOF segments 3 and 4 not formalised.\n"
         "G3 – Assurance on people with a learning disability and autistic people in out-of-area "
         "inpatient settings.",
         [
             ("P7.1", "Put in place PSIRF oversight arrangements for all commissioned independent "
                      "sector providers.", "G1",
              "Associate Director of Quality and Safety Improvement",
              ["Associate Director of Quality and Safety Improvement"],
              d(2024, 12, 31), None,
              "Oversight arrangements agreed with all 14 providers. Closed.", "Amber", "Blue",
              "2024-12", None),
             ("P7.2", "Establish the System Quality Group risk escalation process for providers in "
                      "NOF segments 3 and 4, using triangulated quality and workforce data.", "G2",
              "Chief Nurse", ["Chief Nurse"],
              d(2025, 1, 31), None,
              "Draft process agreed at the System Quality Group in December; Board approval in "
              "January.", "Green", "Green", "2025-01", None),
             ("P7.3", "Complete the review of the learning disability and autism inpatient pathway "
                      "following the CQC findings at a commissioned independent hospital, and "
                      "agree a discharge plan for each person.", "G3",
              "Director of Nursing and Care / Associate Director (All Age Learning Disability "
              "and Autism)",
              ["Director of Nursing and Care",
               "Associate Director (All Age Learning Disability and Autism)"],
              d(2025, 2, 28), None,
              "Reviews complete for 9 of 12 people; discharge plans agreed for 6.",
              "Red", "Amber", "2025-02", None),
         ]),
    ]
    expected = []
    for ref, risk, objective, controls, assurance, gaps, acts in details:
        ws = wb.create_sheet(ref)
        ws["A1"] = "Board Assurance Framework 2024-25"
        ws["A1"].font = Font(bold=True, color="005EB8")
        heading = f"{ref}: {risk[1]}"
        ws["A2"] = heading
        ws["A2"].font = Font(bold=True, size=12)
        ws["A2"].alignment = WRAP
        ws.merge_cells("A2:I2")
        ws.row_dimensions[2].height = 32
        info = [
            ("Strategic objective", objective),
            ("Executive lead", risk[2]),
            ("Lead committee", risk[3]),
            ("Risk score (C x L)", f"Initial {risk[4]} | Q2 {risk[5]} | Q3 {risk[6]} | "
                                   f"Target {risk[7]} (by March 2026)"),
            ("Key controls", controls),
            ("Sources of assurance", assurance),
            ("Gaps in control / assurance", gaps),
        ]
        r = 3
        for k, v in info:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).alignment = WRAP
            ws.cell(r, 2, v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps in control / assurance").font = Font(bold=True)
        r += 1
        ah = ["Ref", "Action", "Gap", "Lead", "Due date", "Revised due date", "Q3 progress update",
              "Q2 RAG", "Q3 RAG"]
        for i, h in enumerate(ah, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("005EB8")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r += 1
        for (aref, text, gap, lead_txt, leads, due, rev, prog, q2, q3, end, end_text) in acts:
            vals = [aref, text, gap, lead_txt, due, rev, prog, q2, q3]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(RAGF[q2])
            ws.cell(r, 9).fill = fill(RAGF[q3])
            expected.append(act(aref, [heading], text, leads, end, q3.lower(), end_text))
            r += 1
        for col, w in zip("ABCDEFGHI", [22, 52, 6, 30, 12, 12, 44, 9, 9]):
            ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an integrated care board's board assurance framework as reported to the "
                  "ICB Board (NHS Cheshire and Merseyside, 2024-25, Quarter 3), in the style of ICB "
                  "BAFs such as Humber and North Yorkshire ICB's BAF 2024-2025. Copied features: a "
                  "summary sheet of principal risks with scores, trend arrows, a note and an action "
                  "RAG key; one sheet per principal risk with a title block (objective, executive "
                  "lead, committee, scores, controls, assurances, gaps) above an actions-to-address-"
                  "gaps table with gap refs, job-title leads, due and revised due dates (dates and "
                  "text), Q2 and Q3 RAG columns with colour fills.",
        "reads": "The Summary sheet lists seven principal risks but holds no actions. Sheets P1, P4 "
                 "and P7 each set out one principal risk and a table of actions to close its gaps, "
                 "ten actions in all; the Q3 RAG is the current status and a revised due date "
                 "overrides the original.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. NHS Dumfries and Galloway SAER improvement action plan (xlsx: label/value title block,
#    recommendation rows above their actions, status words with key, version history sheet)
# ---------------------------------------------------------------------------
def make_dg_saer():
    name = "zub-nhs-dumfries-and-galloway-saer-improvement-action-plan.xlsx"
    title = "Significant Adverse Event Review – Improvement Action Plan"
    SF = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Overdue": "FF0000"}
    SS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
          "Not started": "unrated"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "NHS Dumfries and Galloway"
    ws["A1"].font = Font(bold=True, size=14, color="003087")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    info = [
        ("SAER reference:", "DG/SAER/2024/014"),
        ("Event summary:", "Delayed recognition of sepsis in a patient admitted to Galloway Community "
                           "Hospital and subsequently transferred to Dumfries and Galloway Royal "
                           "Infirmary (DGRI)"),
        ("Category of event:", "Category 1 – event that may have contributed to or resulted in "
                               "permanent harm or death"),
        ("Directorate:", "Acute and Diagnostics / Community Health and Social Care"),
        ("Report approved:", "Healthcare Governance Committee, 9 September 2024"),
        ("Monitored by:", "Acute and Community Clinical Governance Groups (quarterly)"),
        ("Status at:", "31 January 2025"),
    ]
    r = 4
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    r += 1
    hdr = ["No.", "Action", "Responsible person(s)", "Target date", "Evidence of completion / update",
           "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r += 1
    recs = [
        ("Recommendation 1: Galloway Community Hospital should ensure that the National Early "
         "Warning Score (NEWS2) is recorded and escalated for all inpatients in line with the "
         "Board's deteriorating patient guidance.", [
            ("1.1", "Introduce electronic NEWS2 recording (Patientrack) on both inpatient wards at "
                    "Galloway Community Hospital.",
             "eHealth Clinical Lead; Senior Charge Nurse", ["eHealth Clinical Lead", "Senior Charge Nurse"],
             "31 December 2024", "Patientrack live on Ward 1 and Ward 2 from 18/11/2024.",
             "Complete", "2024-12", None),
            ("1.2", "Undertake NEWS2 documentation audits (10 patients per ward) and report the "
                    "results to the Community Hospitals Clinical Governance Group.",
             "Lead Nurse, Galloway Community Hospital", ["Lead Nurse, Galloway Community Hospital"],
             "Monthly", "October 92%, November 95%, December 96%.", "On track", None, "Monthly"),
            ("1.3", "Deliver deteriorating patient training, including sepsis screening, to all "
                    "registered nurses and healthcare support workers at Galloway Community "
                    "Hospital.",
             "Practice Development Nurse", ["Practice Development Nurse"],
             "31/03/2025", "64% of staff trained at the end of December; bank staff sessions "
                           "still to be arranged.", "At risk", "2025-03", None),
        ]),
        ("Recommendation 2: The Board should standardise the information shared when a patient is "
         "transferred from a community hospital to DGRI.", [
            ("2.1", "Agree a standard SBAR handover template for all transfers from community "
                    "hospitals to DGRI, including the latest NEWS2 and sepsis screen.",
             "Associate Medical Director (Acute) / Lead Nurse – Community Hospitals",
             ["Associate Medical Director (Acute)", "Lead Nurse – Community Hospitals"],
             "End of November 2024", "Template approved at the Acute Clinical Governance Group "
                                     "on 26/11/2024.", "Complete", "2024-11", None),
            ("2.2", "Audit the use of the SBAR template for 20 consecutive transfers and share the "
                    "findings with both sites.",
             "Clinical Governance Facilitator", ["Clinical Governance Facilitator"],
             "February 2025", "Data collection under way.", "On track", "2025-02", None),
        ]),
        ("Recommendation 3: Out-of-hours medical escalation for community hospital inpatients should "
         "be clearly defined and understood by nursing staff.", [
            ("3.1", "Review out-of-hours medical cover for Galloway Community Hospital with the "
                    "Stranraer GP practices and the Out of Hours service, and agree a written "
                    "escalation pathway.",
             "General Manager – Community Health and Social Care",
             ["General Manager – Community Health and Social Care"],
             "Q1 2025/26", "Two meetings held; GP sub-committee comments awaited.", "At risk",
             "2025-06", None),
            ("3.2", "Display the agreed escalation pathway on both wards and include it in the "
                    "induction pack for bank and agency staff.",
             "Senior Charge Nurse", ["Senior Charge Nurse"],
             "30 June 2025", "Depends on action 3.1.", "Not started", "2025-06", None),
        ]),
        ("Recommendation 4: The learning from this review should be shared with the family and "
         "across the Board.", [
            ("4.1", "Write to the family with the final SAER report and offer a meeting with the "
                    "lead reviewer and the Associate Medical Director.",
             "Lead Reviewer", ["Lead Reviewer"],
             "30/09/2024", "Letter sent 16/09/2024; family met the review team on 4 October.",
             "Complete", "2024-09", None),
            ("4.2", "Share an anonymised learning summary through the Learning from Adverse Events "
                    "bulletin and at acute and community hospital safety huddles.",
             "Patient Safety Lead; Head of Clinical Governance and Quality",
             ["Patient Safety Lead", "Head of Clinical Governance and Quality"],
             "31 October 2024", "Bulletin issue 27 (October 2024); huddle briefing circulated.",
             "Complete", "2024-10", None),
        ]),
    ]
    expected = []
    for rec, acts in recs:
        c = ws.cell(r, 1, rec)
        c.font = Font(bold=True)
        c.fill = fill("D9E2F3")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, text, lead_txt, leads, target, evid, status, end, end_text) in acts:
            vals = [ref, text, lead_txt, target, evid, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = WRAP
            if status in SF:
                ws.cell(r, 6).fill = fill(SF[status])
            expected.append(act(ref, [rec], text, leads, end, SS[status], end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete (blue) | On track (green) | At risk (amber) | "
                  "Overdue (red) | Not started")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    ws.cell(r, 1, "Actions are closed by the Acute Clinical Governance Group once evidence of "
                  "completion has been received.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for col, w in zip("ABCDEF", [18, 55, 32, 16, 40, 12]):
        ws.column_dimensions[col].width = w

    vh = wb.create_sheet("Version history")
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        vh.cell(1, i, h).font = Font(bold=True)
    for rr, row in enumerate([
        ("0.1", "29/08/2024", "Lead Reviewer", "Draft action plan agreed with the review team"),
        ("1.0", "09/09/2024", "Clinical Governance Facilitator", "Approved by Healthcare Governance Committee"),
        ("1.1", "31/10/2024", "Clinical Governance Facilitator", "Quarterly update"),
        ("1.2", "31/01/2025", "Clinical Governance Facilitator", "Quarterly update"),
    ], 2):
        for i, v in enumerate(row, 1):
            vh.cell(rr, i, v)
    vh.column_dimensions["C"].width = 32
    vh.column_dimensions["D"].width = 50
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an NHS Scotland board's significant adverse event review (SAER) "
                  "improvement action plan under the Healthcare Improvement Scotland national "
                  "framework for learning from adverse events (NHS Dumfries and Galloway, 2024-25). "
                  "Copied features: a label/value title block (SAER reference, event summary, "
                  "category, directorate, approval, monitoring), numbered recommendation rows merged "
                  "across the table and shaded above their numbered actions, job-title leads (one "
                  "with a comma inside the post), target dates as words, dates, a quarter and "
                  "'Monthly', status words with a key line and fill, and a version-history sheet.",
        "reads": "One action-plan sheet: four recommendations, each followed by its numbered actions "
                 "(nine in all) with responsible post(s), target date, evidence and a status word "
                 "read through the key. The version-history sheet is document control, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner \n become separate paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. Ty Elli Group Practice HIW GP inspection improvement plan (docx: appendices A-C, two
#    placeholder tables, the improvement plan table, service representative block)
# ---------------------------------------------------------------------------
def make_hiw_gp():
    name = "zub-ty-elli-group-practice-hiw-gp-inspection-improvement-plan.docx"
    title = "Ty Elli Group Practice – HIW General Practice Inspection: Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Hywel Dda University Health Board")
    doc.add_paragraph("Inspection date: 11 March 2025")
    doc.add_paragraph("Improvement plan returned to Healthcare Inspectorate Wales: 2 May 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to the impact/potential impact on patient care and treatment "
                      "these concerns needed to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    m = t.rows[1].cells[0].merge(t.rows[1].cells[3])
    set_cell(m, "No immediate concerns were identified on this inspection.")

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Ty Elli Group Practice")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient "
                      "safety identified during the inspection where we require the service to "
                      "complete an immediate improvement plan telling us about the urgent actions "
                      "they are taking.")
    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    m = t.rows[1].cells[0].merge(t.rows[1].cells[5])
    set_cell(m, "No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Ty Elli Group Practice")
    doc.add_paragraph("Date of inspection: 11 March 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement plan "
                      "telling us about the actions they are taking to address these areas.")
    std_safe = "Health and Care Quality Standards 2023 – Safe"
    std_eff = "Health and Care Quality Standards 2023 – Effective"
    std_pc = "Health and Care Quality Standards 2023 – Person-centred"
    std_tim = "Health and Care Quality Standards 2023 – Timely"
    std_lead = "Health and Care Quality Standards 2023 – Leadership"
    std_ws = "Health and Care Quality Standards 2023 – Workforce"
    rows = [
        ("The practice safeguarding policy did not name the current safeguarding leads and had not "
         "been reviewed since 2021.",
         "The practice must review and update its safeguarding policy so that it names the current "
         "leads and reflects the Wales Safeguarding Procedures.",
         std_safe,
         "Safeguarding policy reviewed and updated with the named adult and child safeguarding "
         "leads and a link to the Wales Safeguarding Procedures.\n"
         "Updated policy shared with all staff through the practice intranet, with read receipts.",
         "Practice Manager", ["Practice Manager"], "30 April 2025", "2025-04", None),
        ("Four clinical staff had not completed level 3 safeguarding children training.",
         "The practice must ensure all clinical staff complete safeguarding training at the level "
         "appropriate to their role.",
         std_safe,
         "Training matrix reviewed; four clinicians booked onto level 3 safeguarding children "
         "training through the health board.\n"
         "Compliance to be reviewed at the monthly practice meeting.",
         "Practice Manager / Safeguarding Lead GP", ["Practice Manager", "Safeguarding Lead GP"],
         "31 July 2025", "2025-07", None),
        ("Emergency drugs were not checked consistently and two items in the emergency bag had "
         "passed their expiry date.",
         "The practice must implement a robust system for checking emergency drugs and equipment "
         "and keep a record of the checks.",
         std_safe,
         "Expired items replaced on the day of the inspection.\n"
         "Weekly documented checks of emergency drugs and equipment introduced using a standard "
         "checklist.",
         "Lead Practice Nurse", ["Lead Practice Nurse"], "Immediate and ongoing", None,
         "Immediate and ongoing"),
        ("Patients told us it was difficult to get through to the practice by telephone in the "
         "morning.",
         "The practice should review telephone access and how patients are supported to book "
         "appointments at peak times.",
         std_tim,
         "Cloud-based telephony with a call-back function to be installed.\n"
         "Additional reception staff rostered 8:00–10:30 on Mondays and Fridays.",
         "Practice Manager and Operations Manager", ["Practice Manager", "Operations Manager"],
         "September 2025", "2025-09", None),
        ("The practice leaflet and website did not tell patients how to receive services in Welsh.",
         "The practice should ensure information about the Welsh language Active Offer is displayed "
         "and available to patients.",
         std_pc,
         "Active Offer signage displayed in reception; practice leaflet and website updated in "
         "Welsh and English.",
         "Reception Team Leader", ["Reception Team Leader"], "30 June 2025", "2025-06", None),
        ("Minutes of practice meetings did not record the actions or learning from significant "
         "events.",
         "The practice must ensure that learning from significant events is recorded and shared "
         "with all staff.",
         std_lead,
         "Significant event template revised to include learning points and actions.\n"
         "Quarterly significant event review meeting introduced, with minutes circulated to all "
         "staff.",
         "Dr Gareth Lloyd (Lead GP)", ["Dr Gareth Lloyd (Lead GP)"], "Q2 2025/26", "2025-09", None),
        ("Annual appraisals were overdue for 6 of the 14 non-clinical staff.",
         "The practice must ensure all staff receive an annual appraisal.",
         std_ws,
         "Appraisal schedule agreed; outstanding appraisals to be completed by line managers.",
         "Practice Manager", ["Practice Manager"], "31/08/2025", "2025-08", None),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    expected = []
    for (finding, need, std, action, lead_txt, leads, timescale, end, end_text) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([finding, need, std, action, lead_txt, timescale]):
            set_cell(cells[i], v)
        expected.append(act(None, [need], action, leads, end, "unrated", end_text))

    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the improvement "
                      "plan is actioned.")
    doc.add_paragraph("Service representative")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "2 May 2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the improvement plan a Welsh GP practice returns to Healthcare "
                  "Inspectorate Wales after a general practice inspection (HIW report appendices, "
                  "2024-25 format, e.g. the Beechley Medical Centre report layout), here for Ty Elli "
                  "Group Practice, Hywel Dda University Health Board, 2025. Copied features: Appendix "
                  "A (concerns resolved) and Appendix B (immediate improvement plan) tables holding "
                  "only a 'none identified' row, the Appendix C table with Risk/finding/issue, "
                  "Improvement needed, Standard, Service action (several lines in one cell), "
                  "Responsible officer and Timescale, no refs and no status column, and the service "
                  "representative sign-off table.",
        "reads": "Appendices A and B say no immediate concerns were found and hold no actions. "
                 "Appendix C lists seven improvements needed, each with the practice's service "
                 "action, responsible officer(s) and timescale; the plan carries no RAG or status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Dunluce Court Nursing Home RQIA QIP action tracker (docx: info and key tables, one table
#    per area for improvement under regulation/standard headings, fill-only status cells)
# ---------------------------------------------------------------------------
def make_rqia():
    name = "zub-dunluce-court-nursing-home-rqia-care-inspection-qip-action-tracker.docx"
    title = "Dunluce Court Nursing Home: RQIA Care Inspection Quality Improvement Plan – Action Tracker"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("RQIA ID", "1487"), ("Inspection ID", "IN046312"),
                 ("Type of inspection", "Unannounced care inspection"),
                 ("Date of inspection", "21 and 22 January 2025"),
                 ("Registered Manager", "Mrs Ciara Devlin"),
                 ("Responsible Individual", "Mr Declan McAllister"),
                 ("Tracker last updated", "28 April 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key (the Status column is shaded, not written):")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("B", "Action complete"), ("G", "On track"),
                 ("A", "Behind schedule – revised date agreed"),
                 ("R", "Not achieved by the target date")]:
        cells = t.add_row().cells
        shade(cells[0], FILL[k])
        set_cell(cells[1], v)

    sections = [
        ("Action required to ensure compliance with The Nursing Homes Regulations (Northern "
         "Ireland) 2005", [
            (1, "Ref: Regulation 27 (4) (d)", "Stated: First time",
             "To be completed by: With immediate effect",
             "The registered person shall ensure that fire doors are not wedged or propped open and "
             "that all fire exits are kept free from obstruction.", [
                ("1.1", "All door wedges removed on the day of inspection; staff reminded at every "
                        "handover that fire doors must not be propped open.",
                 "Home Manager", ["Home Manager"], "22/01/2025", "B", "2025-01"),
                ("1.2", "Daily fire walk-round added to the nurse in charge checklist, with a weekly "
                        "audit by the Home Manager.",
                 "Nurse in charge / Home Manager", ["Nurse in charge", "Home Manager"],
                 "31/01/2025", "B", "2025-01"),
                ("1.3", "Hold-open devices linked to the fire alarm to be fitted to the lounge and "
                        "dining room doors.",
                 "Maintenance Lead", ["Maintenance Lead"],
                 "30/05/2025 (revised from 28/02/2025)", "A", "2025-05"),
            ]),
            (2, "Ref: Regulation 13 (7)", "Stated: Second time",
             "To be completed by: 28 February 2025",
             "The registered person shall ensure that the infection prevention and control issues "
             "identified during the inspection are managed to minimise the risk and spread of "
             "infection, with particular reference to the storage of equipment in bathrooms and "
             "staff compliance with the bare below the elbows policy.", [
                ("2.1", "Bathroom 2 and the first floor sluice decluttered; additional storage "
                        "cupboard ordered and fitted.",
                 "Home Manager", ["Home Manager"], "14/02/2025", "B", "2025-02"),
                ("2.2", "Monthly IPC audit (hand hygiene, PPE and environment) completed by the IPC "
                        "link nurse and reviewed at the home's governance meeting.",
                 "IPC Link Nurse", ["IPC Link Nurse"], "Monthly", "G", None),
                ("2.3", "Supervision sessions on bare below the elbows for all care staff.",
                 "Deputy Manager", ["Deputy Manager"], "28/02/2025", "R", "2025-02"),
            ]),
        ]),
        ("Action required to ensure compliance with the Care Standards for Nursing Homes "
         "(December 2022)", [
            (3, "Ref: Standard 4.9", "Stated: First time",
             "To be completed by: 22 March 2025",
             "The registered person shall ensure that care records for residents at risk of falls "
             "are reviewed after each fall and that the falls risk assessment and care plan are "
             "updated accordingly.", [
                ("3.1", "Post-falls review template added to the electronic care record; the nurse "
                        "in charge completes it within 24 hours of any fall.",
                 "Clinical Lead", ["Clinical Lead"], "28/02/2025", "B", "2025-02"),
                ("3.2", "Monthly falls analysis (time, place and pattern) presented at the "
                        "governance meeting and shared with the Trust care home support team.",
                 "Home Manager & Clinical Lead", ["Home Manager", "Clinical Lead"],
                 "31/03/2025", "G", "2025-03"),
            ]),
            (4, "Ref: Standard 12", "Stated: First time",
             "To be completed by: 22 April 2025",
             "The registered person shall ensure that the dining experience is reviewed so that "
             "residents who need assistance are supported in a timely manner and that menus are "
             "displayed in a suitable format.", [
                ("4.1", "Pictorial menus introduced on each unit, with the daily menu also shown on "
                        "the dining room board.",
                 "Catering Manager", ["Catering Manager"], "31/03/2025", "B", "2025-03"),
                ("4.2", "Protected mealtimes and staggered lunch sittings introduced on the dementia "
                        "unit; dining experience audit to be completed.",
                 "Deputy Manager", ["Deputy Manager"], "30/04/2025", "G", "2025-04"),
            ]),
        ]),
    ]
    expected = []
    for heading, afis in sections:
        doc.add_heading(heading, level=2)
        for (n, ref, stated, tbc, text, acts) in afis:
            t = doc.add_table(rows=3, cols=5)
            t.style = "Table Grid"
            c0 = t.rows[0].cells[0].merge(t.rows[0].cells[1])
            set_cell(c0, f"Area for improvement {n}", bold=True)
            set_cell(t.rows[0].cells[2], ref)
            set_cell(t.rows[0].cells[3], stated)
            set_cell(t.rows[0].cells[4], tbc)
            for c in t.rows[0].cells:
                shade(c, "DEEAF6")
            m = t.rows[1].cells[0].merge(t.rows[1].cells[4])
            set_cell(m, text)
            for i, h in enumerate(["No.", "Action taken / planned", "Responsible", "Target date",
                                   "Status"]):
                set_cell(t.rows[2].cells[i], h, bold=True)
            for (aref, atext, lead_txt, leads, target, rag, end) in acts:
                cells = t.add_row().cells
                set_cell(cells[0], aref)
                set_cell(cells[1], atext)
                set_cell(cells[2], lead_txt)
                set_cell(cells[3], target)
                shade(cells[4], FILL[rag])
                end_text = "Monthly" if target == "Monthly" else None
                expected.append(act(aref, [heading, text], atext, leads, end, STATUS_WORD[rag],
                                    end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Signed off by:")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Name", "Role", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Ciara Devlin", "Registered Manager", "28/04/2025"]):
        set_cell(t.rows[1].cells[i], v)
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a Northern Ireland nursing home's tracker of the RQIA quality "
                  "improvement plan (QIP) that follows an unannounced care inspection (as in RQIA "
                  "care inspection reports, e.g. Ashbrooke Care Home), 2025. Copied features: an "
                  "inspection details table, a shaded status key table, the QIP's two headings "
                  "(Regulations, then Care Standards), one Word table per area for improvement with "
                  "'Area for improvement N | Ref | Stated | To be completed by' in the first row and "
                  "the inspector's text merged in the second, then the home's numbered actions with "
                  "responsible post(s), target date (one revised in brackets, one 'Monthly') and a "
                  "status cell shaded with no text; a sign-off table.",
        "reads": "Four areas for improvement under two headings, each its own table with the RQIA "
                 "requirement above the home's actions: ten actions (1.1–4.2). Status is the cell "
                 "shading read through the key (blue complete, green on track, amber behind, red "
                 "not achieved); the revised target date is the due date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Radfield Home Care Shrewsbury CQC action plan (csv export, merged-cell blanks,
#    a mistyped year "Mar-2O25" in a target date -> refuse)
# ---------------------------------------------------------------------------
def make_radfield():
    name = "zub-radfield-home-care-shrewsbury-cqc-inspection-action-plan-typo-month-refuse.csv"
    title = "Radfield Home Care Shrewsbury – CQC Inspection Action Plan"
    W = 8
    md1 = ("Must do: The provider must ensure risks to people's health and safety are assessed and "
           "mitigated, including risks relating to catheter care and moving and handling. "
           "(Regulation 12)")
    md2 = ("Must do: The provider must ensure medicines are managed safely, including accurate "
           "recording on electronic medicine administration records (eMAR). (Regulation 12)")
    md3 = ("Must do: The provider must ensure systems to assess, monitor and improve the quality "
           "of the service are operated effectively. (Regulation 17)")
    sd1 = ("Should do: The provider should ensure people and their relatives are involved in "
           "reviews of their care.")
    rows = [
        [title] + [""] * (W - 1),
        ["Inspection 3 and 4 September 2024 (report published 15 October 2024) – overall rating: "
         "Requires improvement"] + [""] * (W - 1),
        ["Plan owner: Registered Manager. Last reviewed 20/01/2025"] + [""] * (W - 1),
        [""] * W,
        ["Ref", "Key question", "CQC requirement", "Action", "Lead", "Target date",
         "Progress update", "RAG"],
        ["1a", "Safe", md1, "Review the care plan of every person with a urinary catheter and add a "
         "catheter care risk assessment.", "Care Coordinator", "Oct-2024",
         "All 7 catheter care plans reviewed and updated.", "Complete"],
        ["1b", "", "", "Complete moving and handling competency observations for all care workers "
         "using the new observation checklist.", "Field Care Supervisor; Registered Manager",
         "Dec-2024", "32 of 38 care workers observed; remainder booked for January.", "Amber"],
        ["1c", "", "", "Audit 10% of care plans each month to check risk assessments are current "
         "and reviewed after any change in need.", "Quality Lead", "Ongoing",
         "Monthly audit in place since November.", "Green"],
        ["2a", "Safe", md2, "Introduce a daily eMAR exception check by the on-call coordinator so "
         "that missed or late doses are followed up the same day.", "Care Coordinator", "Nov-2024",
         "In place from 4 November.", "Complete"],
        ["2b", "", "", "All care workers who give medicines to complete refresher medicines "
         "training and an annual competency assessment.", "Training Lead", "Jan-2025",
         "35 of 38 completed.", "Green"],
        ["3a", "Well-led", md3, "Develop a monthly quality dashboard (call times, missed calls, "
         "complaints and audits) reviewed at the management meeting.",
         "Registered Manager and Franchise Owner", "Dec-2024", "First dashboard reviewed on "
         "16 December.", "Green"],
        ["3b", "", "", "Commission an external mock inspection against the CQC quality statements.",
         "Franchise Owner", "Mar-2O25", "Quotes requested from two consultancies.", "Not started"],
        ["4a", "Responsive", sd1, "Send a care review invitation to each person and their "
         "nominated relative at least two weeks before the review.", "Care Coordinator",
         "Feb-2025", "Letter template agreed.", "Green"],
        [""] * W,
        ["RAG key: Complete = done; Green = on track; Amber = behind target; Red = not achieved"]
        + [""] * (W - 1),
    ]
    path = out(name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, lineterminator="\r\n")
        wr.writerows(rows)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    refuse_line = next(i for i, ln in enumerate(lines, 1) if "Mar-2O25" in ln)

    write_expected(name, {
        "source": "Imitates a domiciliary care agency's CQC inspection action plan kept in Excel "
                  "and saved as CSV (Radfield Home Care Shrewsbury, inspection September 2024). "
                  "Copied features: three title/notes lines above the header, must do and should do "
                  "requirements with their regulation, key question and requirement given only on "
                  "the first action row (merged cells exported blank), refs 1a/1b, mmm-yyyy target "
                  "dates, two leads in one cell, RAG words and a key line at the foot.",
        "reads": "A CQC action plan of eight actions under four requirements; the target date of "
                 "action 3b reads 'Mar-2O25' (a letter O in the year), so its due month cannot be "
                 "read with certainty and a careful reader would stop and ask.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# 7. Royal Devon quality account priorities tracker (tab-separated text: domain and priority
#    heading lines, previous/current RAG, notes and summary at the foot)
# ---------------------------------------------------------------------------
def make_royal_devon():
    name = ("zub-royal-devon-university-healthcare-nhsft-quality-account-priorities-tracker-"
            "2024-25.txt")
    title = "Quality Account 2024/25 – Quality Priorities Progress Tracker"
    RG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    lines = [
        "Royal Devon University Healthcare NHS Foundation Trust",
        title,
        "Quarter 3 (October to December 2024) – for Quality Assurance Committee, 22 January 2025",
        "",
        "\t".join(["Ref", "Action", "Lead(s)", "Due", "Q2 RAG", "Q3 RAG", "Q3 progress"]),
    ]
    plan = [
        ("PATIENT SAFETY", [
            ("Priority 1: Improve the recognition of and response to the deteriorating adult patient", [
                ("1.1", "Roll out the electronic NEWS2 and escalation module in Epic to all adult "
                        "inpatient wards at the Northern and Eastern sites",
                 "Chief Nursing Information Officer", ["Chief Nursing Information Officer"],
                 "Dec-24", "G", "B", "Live on all 46 adult wards from 2 December 2024",
                 "2024-12", None),
                ("1.2", "Implement Martha's Rule so that patients and families can call the critical "
                        "care outreach team 24/7 at both acute sites",
                 "Deputy Chief Nurse; Lead Nurse for Critical Care Outreach",
                 ["Deputy Chief Nurse", "Lead Nurse for Critical Care Outreach"],
                 "March 2025", "A", "G",
                 "Live at the Eastern site in November; Northern site launch planned for February",
                 "2025-03", None),
                ("1.3", "Audit delivery of the sepsis six bundle within one hour for adult emergency "
                        "admissions and report the results quarterly",
                 "Dr L Fenwick / Dr M Osei", ["Dr L Fenwick", "Dr M Osei"],
                 "Ongoing", "A", "A",
                 "Q3 audit 71% (target 90%); improvement huddles started in ED", None, "Ongoing"),
            ]),
            ("Priority 2: Reduce harm from inpatient falls", [
                ("2.1", "Introduce the multifactorial falls risk assessment in Epic, replacing the "
                        "paper falls bundle",
                 "Lead Nurse for Falls Prevention", ["Lead Nurse for Falls Prevention"],
                 "31/01/2025", "G", "G", "Build complete; go-live 20 January 2025",
                 "2025-01", None),
                ("2.2", "Provide enhanced therapeutic observation (bay nursing) on the four wards "
                        "with the highest falls rates",
                 "Divisional Directors of Nursing", ["Divisional Directors of Nursing"],
                 "Q4 2024/25", "R", "A",
                 "In place on 3 of 4 wards; recruitment to the fourth ward under way",
                 "2025-03", None),
            ]),
        ]),
        ("PATIENT EXPERIENCE", [
            ("Priority 3: Improve communication with patients and families at discharge", [
                ("3.1", "Introduce the discharge information leaflet and discharge checklist on "
                        "all medical wards",
                 "Head of Patient Experience", ["Head of Patient Experience"],
                 "Nov-24", "G", "B", "In use on all medical wards since November", "2024-11", None),
                ("3.2", "Increase the proportion of patients discharged from the frailty wards who "
                        "receive a follow-up call within 72 hours to 80%",
                 "Matron for Frailty / Head of Patient Experience",
                 ["Matron for Frailty", "Head of Patient Experience"],
                 "Mar-25", "A", "A", "December 64%; volunteer call service being trained",
                 "2025-03", None),
            ]),
        ]),
        ("CLINICAL EFFECTIVENESS", [
            ("Priority 4: Improve outcomes for patients with a hip fracture", [
                ("4.1", "Achieve surgery within 36 hours for at least 75% of patients with a hip "
                        "fracture through a protected daily trauma list",
                 "Clinical Director for Trauma and Orthopaedics",
                 ["Clinical Director for Trauma and Orthopaedics"],
                 "March 2025", "R", "R",
                 "Q3 average 58%; theatre capacity business case with the Executive Committee",
                 "2025-03", None),
                ("4.2", "Ensure every patient with a hip fracture is assessed by a physiotherapist "
                        "by the day after surgery, including at weekends",
                 "Therapy Lead (Orthopaedics)", ["Therapy Lead (Orthopaedics)"],
                 "Jan-25", "A", "G", "Weekend physiotherapy rota in place from 6 January",
                 "2025-01", None),
            ]),
        ]),
    ]
    expected = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for domain, prios in plan:
        lines.append(domain + "\t\t\t\t\t\t")
        for prio, acts in prios:
            lines.append(prio + "\t\t\t\t\t\t")
            for (ref, text, lead_txt, leads, due, q2, q3, prog, end, end_text) in acts:
                lines.append("\t".join([ref, text, lead_txt, due, q2, q3, prog]))
                expected.append(act(ref, [domain, prio], text, leads, end, RG[q3], end_text))
                counts[q3] += 1
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some slippage, recovery plan in place; "
        "R = off track, escalated to Quality Assurance Committee",
        f"Summary at Q3: {len(expected)} actions – {counts['B']} complete (B), {counts['G']} green, "
        f"{counts['A']} amber, {counts['R']} red",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates an NHS acute trust's quarterly progress tracker for its Quality Account "
                  "quality priorities (Royal Devon University Healthcare NHS Foundation Trust, "
                  "2024/25, Q3 report to the Quality Assurance Committee), like the quarterly "
                  "quality account reports trusts take to board committees. Copied features: three "
                  "title lines, a tab-separated table with domain lines (PATIENT SAFETY, ...) and "
                  "'Priority N:' lines above numbered actions, several leads in one cell (names and "
                  "posts), due dates as Mmm-yy, month names, dd/mm/yyyy, a quarter and 'Ongoing', "
                  "Q2 and Q3 RAG letters, and a RAG key and summary line at the foot.",
        "reads": "Nine actions under four priorities in three quality domains; each has leads, a due "
                 "date, the previous (Q2) and current (Q3) RAG and a progress note. The Q3 RAG is "
                 "the status; the key and summary lines at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_secamb, make_cm_baf, make_dg_saer, make_hiw_gp, make_rqia, make_radfield,
               make_royal_devon):
        n, k = fn()
        print(f"{n}: {k} actions")
