#!/usr/bin/env python3
"""Build the seven ih2- blind cases (set heldout276): data files and their expected readings.

Run with /work/main/.venv/bin/python (needs openpyxl, python-docx, pyyaml).
"""
import csv
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
LIGHT = "FFDDEBF7"

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def write_expected(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Kettering General Hospital NHS FT - Board of Directors (public) action log (xlsx)
# ---------------------------------------------------------------------------
def kettering():
    name = "ih2-kettering-general-hospital-nhsft-board-public-action-log.xlsx"
    title = "Kettering General Hospital NHS Foundation Trust – Board of Directors (Public) Action Log"
    m1 = "Meeting held on 5 September 2024"
    m2 = "Meeting held on 7 November 2024"
    # (ref, minute, action, lead cell, due cell, update, fill, expected)
    rows = [
        (m1, "BoD-24-031", "24/096",
         "Present a revised recovery trajectory for the 62-day cancer standard, including the impact of the additional dermatology capacity, to the Finance and Performance Committee.",
         "Chief Operating Officer", datetime(2024, 10, 31),
         "Revised trajectory presented to the Finance and Performance Committee on 24 October 2024. Propose closure.",
         GREEN, (["Chief Operating Officer"], "2024-10", None, "blue")),
        (m1, "BoD-24-032", "24/098",
         "Circulate the Freedom to Speak Up Guardian's benchmarking data against peer trusts to all Board members.",
         "Chief People Officer", datetime(2024, 9, 30),
         "Circulated by email on 18 September 2024. Propose closure.",
         GREEN, (["Chief People Officer"], "2024-09", None, "blue")),
        (m1, "BoD-24-033", "24/101",
         "Bring a paper setting out the options for the Energy Centre enabling works, with a full cost appraisal, to the Board.",
         "Director of Strategy / Director of Finance", "November 2024 (revised to March 2025)",
         "Options appraisal paused pending confirmation of the New Hospital Programme funding envelope. Revised date agreed by the Board on 7 November 2024.",
         AMBER, (["Director of Strategy", "Director of Finance"], "2025-03", "November 2024 (revised to March 2025)", "amber")),
        (m1, "BoD-24-034", "24/104",
         "Report the improvement actions arising from the ward accreditation results for Harrowden and Twywell wards through the Quality Governance Committee.",
         "Chief Nurse", datetime(2024, 12, 12),
         "Re-accreditation visits now booked for w/c 13 January 2025; report to the Quality Governance Committee in February.",
         RED, (["Chief Nurse"], "2024-12", None, "red")),
        (m2, "BoD-24-041", "24/127",
         "Include benchmarking of agency spend against the University Hospitals of Northamptonshire group position in the monthly Integrated Performance Report.",
         "Director of Finance", "Dec-24",
         "Included in the Integrated Performance Report from the December 2024 edition (see item 8). Propose closure.",
         GREEN, (["Director of Finance"], "2024-12", None, "blue")),
        (m2, "BoD-24-042", "24/129",
         "Provide a briefing on maternity triage waiting times and the actions being taken to reduce delays for women attending with reduced fetal movements.",
         "Director of Midwifery; Chief Medical Officer", datetime(2025, 3, 6),
         "Briefing being prepared with the Board Maternity Safety Champions for the March meeting.",
         AMBER, (["Director of Midwifery", "Chief Medical Officer"], "2025-03", None, "amber")),
        (m2, "BoD-24-043", "24/131",
         "Arrange a Board development session on the Board's oversight responsibilities under the Patient Safety Incident Response Framework (PSIRF).",
         "Trust Secretary", "TBC",
         "To be scheduled once the 2025/26 Board development programme is agreed.",
         None, (["Trust Secretary"], None, "TBC", "unrated")),
        (m2, "BoD-24-044", "24/133",
         "Update Board Assurance Framework risk BAF 5 (workforce) to reflect the outcome of the resident doctors' pay settlement.",
         "Chief People Officer", datetime(2025, 1, 9),
         "Revised BAF presented at item 14 of this meeting. Propose closure.",
         GREEN, (["Chief People Officer"], "2025-01", None, "blue")),
    ]

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of action status – position at 2 January 2025"
    s["A4"], s["B4"] = "Status", "Number of actions"
    for c in ("A4", "B4"):
        s[c].font = Font(bold=True)
        s[c].fill = fill(GREY)
    summary = [("Complete – proposed for closure", 4, GREEN), ("In progress – within timescale", 2, AMBER),
               ("Overdue", 1, RED), ("Due date to be confirmed", 1, None), ("Total", 8, None)]
    for i, (label, n, col) in enumerate(summary, start=5):
        s.cell(row=i, column=1, value=label)
        s.cell(row=i, column=2, value=n)
        if col:
            s.cell(row=i, column=1).fill = fill(col)
    s.cell(row=9, column=1).font = Font(bold=True)
    s.column_dimensions["A"].width = 40
    s.column_dimensions["B"].width = 20

    w = wb.create_sheet("Action Log")
    w.merge_cells("A1:G1")
    w["A1"] = title
    w["A1"].font = Font(bold=True, size=14)
    w.merge_cells("A2:G2")
    w["A2"] = "For the meeting on 9 January 2025 (Agenda item 4)"
    heads = ["Action No.", "Minute Ref", "Action", "Executive Lead", "Due Date", "Progress Update", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = w.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 5
    current = None
    expected = []
    for meeting, ref, minute, text, lead, due, upd, col, (elead, eend, etext, est) in rows:
        if meeting != current:
            w.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = w.cell(row=r, column=1, value=meeting)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            current = meeting
            r += 1
        vals = [ref, minute, text, lead, due, upd, None]
        for j, v in enumerate(vals, start=1):
            c = w.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        if isinstance(due, datetime):
            w.cell(row=r, column=5).number_format = "DD/MM/YYYY"
        if col:
            w.cell(row=r, column=7).fill = fill(col)
        expected.append(act(ref, [meeting], text, elead, eend, est, etext))
        r += 1
    r += 1
    w.cell(row=r, column=1, value="RAG Key").font = Font(bold=True)
    key = [(GREEN, "Action completed – proposed for closure"),
           (AMBER, "Action in progress – due date not yet reached"),
           (RED, "Action overdue – due date passed without completion"),
           (None, "No colour – due date to be confirmed")]
    for col, label in key:
        r += 1
        if col:
            w.cell(row=r, column=1).fill = fill(col)
        w.cell(row=r, column=2, value=label)
    r += 2
    w.cell(row=r, column=1, value="Actions agreed for closure by the Board are moved to the closed actions archive held by the Trust Secretary.")
    for col, width in zip("ABCDEFG", (13, 11, 60, 26, 16, 55, 8)):
        w.column_dimensions[col].width = width
    w.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates the Board of Directors (public) action log that Kettering General Hospital NHS Foundation Trust "
                  "publishes with its board papers (2024/25), and the common NHS trust board action-log layout: a summary "
                  "sheet of action counts, then a log grouped under merged 'Meeting held on ...' rows, columns Action No. / "
                  "Minute Ref / Action / Executive Lead / Due Date / Progress Update / RAG, RAG shown by cell fill only, and a "
                  "RAG key below the table in which Green means 'completed – proposed for closure'. No URL found in the search corpus.",
        "reads": "A trust board action log for the January 2025 meeting: eight actions from the September and November 2024 "
                 "board meetings, each with an executive lead, a due date (one revised, one TBC) and a colour-only RAG cell. "
                 "By the log's own key green fill means the action is complete, so the four green actions are complete; the "
                 "Summary sheet and the key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. East Cheshire NHS Trust - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def east_cheshire():
    name = "ih2-east-cheshire-nhs-trust-maternity-neonatal-improvement-plan.xlsx"
    title = "East Cheshire NHS Trust – Maternity and Neonatal Improvement Plan 2024–2026"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining, and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning, and support"
    T4 = "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"
    O1 = "Objective 1: Care that is personalised"
    O3 = "Objective 3: Work with service users to improve care"
    O4 = "Objective 4: Grow our workforce"
    O6 = "Objective 6: Invest in skills"
    O7 = "Objective 7: Develop a positive safety culture"
    O10 = "Objective 10: Standards to ensure best practice"
    O12 = "Objective 12: Make better use of digital technology in maternity and neonatal services"
    # (theme, objective, ref, action, leads cell, original, revised, update, prev, current, expected)
    rows = [
        (T1, O1, "O1.1",
         "Offer every woman a personalised care and support plan (PCSP) at booking, reviewed at 28 and 36 weeks:\n"
         "- PCSP embedded in the electronic maternity record\n"
         "- quarterly PCSP audit reported to the Maternity Governance Group",
         "Consultant Midwife; Digital Midwife", datetime(2024, 9, 30), datetime(2025, 3, 31),
         "PCSP template live in the maternity record from January 2025. First quarterly audit (Q3) shows 81% of women with a PCSP at booking.",
         "A", "G", (["Consultant Midwife", "Digital Midwife"], "2025-03", None, "green")),
        (T1, O1, "O1.2",
         "Provide information on choice of place of birth, including the midwife-led birth centre option, in the five most common community languages.",
         "Community Midwifery Matron", datetime(2024, 12, 31), None,
         "Leaflets translated and available on the Trust website and in antenatal clinics. Evidence: MVP review notes, December 2024.",
         "G", "B", (["Community Midwifery Matron"], "2024-12", None, "blue")),
        (T1, O3, "O3.1",
         "Co-produce the action plan from the annual maternity and neonatal service user survey with the Maternity & Neonatal Voices Partnership.",
         "Maternity & Neonatal Voices Partnership Lead / Head of Midwifery", "Q4 2024/25", None,
         "Survey results received; co-production workshop held 29 January 2025.",
         "G", "G", (["Maternity & Neonatal Voices Partnership Lead", "Head of Midwifery"], "2025-03", None, "green")),
        (T2, O4, "O4.1",
         "Complete the Birthrate Plus midwifery workforce review and present the funded establishment to the Trust Board.",
         "Director of Midwifery", datetime(2024, 10, 31), datetime(2025, 1, 31),
         "Birthrate Plus report received December 2024; establishment approved by the Trust Board on 30 January 2025.",
         "A", "B", (["Director of Midwifery"], "2025-01", None, "blue")),
        (T2, O4, "O4.2",
         "Recruit to the vacant consultant obstetrician post to deliver 60 hours of consultant presence on the labour ward.",
         "Clinical Director – Obstetrics and Gynaecology", datetime(2025, 4, 30), datetime(2025, 9, 30),
         "Post advertised twice without an appointable candidate. Locum consultant in place; escalated to the Quality and Safety Committee.",
         "A", "R", (["Clinical Director – Obstetrics and Gynaecology"], "2025-09", None, "red")),
        (T2, O6, "O6.1",
         "Achieve 90% compliance with PROMPT multi-professional obstetric emergency training and fetal monitoring training for all staff groups.",
         "Practice Development Midwife", "Mar-25", None,
         "Midwives 94%, obstetricians 82%, anaesthetists 76%. Additional PROMPT dates added in February and March.",
         "A", "A", (["Practice Development Midwife"], "2025-03", None, "amber")),
        (T3, O7, "O7.1",
         "Run the SCORE safety culture survey across maternity and neonatal teams and agree a culture improvement plan with the perinatal quadrumvirate.",
         "Director of Midwifery, Clinical Director – Obstetrics and Gynaecology, Neonatal Clinical Lead", datetime(2025, 6, 30), None,
         "Survey closed 31 January 2025 (response rate 64%). Debrief sessions planned for April.",
         "G", "G", (["Director of Midwifery", "Clinical Director – Obstetrics and Gynaecology", "Neonatal Clinical Lead"], "2025-06", None, "green")),
        (T3, O7, "O7.2",
         "Refresh the maternity Freedom to Speak Up champion network and publicise it in all maternity areas.",
         "Head of Midwifery", datetime(2024, 11, 30), None,
         "Four champions trained; posters displayed on all maternity areas.",
         "B", "B", (["Head of Midwifery"], "2024-11", None, "blue")),
        (T4, O10, "O10.1",
         "Implement all elements of the Saving Babies' Lives Care Bundle version 3 and evidence compliance at the Local Maternity and Neonatal System (LMNS) assurance visit.",
         "Quality and Safety Lead Midwife", datetime(2025, 3, 31), None,
         "Five of six elements fully implemented. Element 2 (fetal growth restriction) awaiting additional ultrasound capacity.",
         "A", "A", (["Quality and Safety Lead Midwife"], "2025-03", None, "amber")),
        (T4, O12, "O12.1",
         "Go live with the maternity module of the Trust electronic patient record, including electronic fetal monitoring archiving.",
         "Digital Midwife / EPR Programme Manager", datetime(2025, 11, 30), None,
         "New action added November 2024. Build and configuration under way; training plan agreed.",
         None, "G", (["Digital Midwife", "EPR Programme Manager"], "2025-11", None, "green")),
    ]
    bragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    f = wb.active
    f.title = "Front Sheet"
    f["A1"] = title
    f["A1"].font = Font(bold=True, size=14)
    f["A2"] = "Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal Services (March 2023)"
    f["A4"] = "Document control"
    f["A4"].font = Font(bold=True)
    dc = [("Version", "4.2"), ("Date", "14 February 2025"), ("Owner", "Director of Midwifery"),
          ("Reviewed by", "Maternity and Neonatal Safety Champions; Quality and Safety Committee"),
          ("Next review", "April 2025")]
    for i, (k, v) in enumerate(dc, start=5):
        f.cell(row=i, column=1, value=k).font = Font(bold=True)
        f.cell(row=i, column=2, value=v)
        f.cell(row=i, column=1).border = BOX
        f.cell(row=i, column=2).border = BOX
    f["A11"] = "BRAG rating key"
    f["A11"].font = Font(bold=True)
    key = [("B", "Action complete and evidence of embedding provided"),
           ("G", "On track to deliver by the completion date"),
           ("A", "Some slippage – recovery actions in place"),
           ("R", "Off track – escalation required")]
    for i, (k, v) in enumerate(key, start=12):
        c = f.cell(row=i, column=1, value=k)
        c.fill = fill(bragfill[k])
        c.alignment = Alignment(horizontal="center")
        f.cell(row=i, column=2, value=v)
    f.column_dimensions["A"].width = 16
    f.column_dimensions["B"].width = 70

    p = wb.create_sheet("Improvement Plan")
    p.merge_cells("A1:H1")
    p["A1"] = "Maternity and Neonatal Improvement Plan – Progress Report February 2025"
    p["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
             "Progress update / evidence", "Previous BRAG (Nov 2024)", "Current BRAG (Feb 2025)"]
    for j, h in enumerate(heads, start=1):
        c = p.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    r = 4
    cur_t = cur_o = None
    expected = []
    for t, o, ref, text, lead, orig, rev, upd, prev, now, (elead, eend, etext, est) in rows:
        if t != cur_t:
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = p.cell(row=r, column=1, value=t)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill(NAVY)
            cur_t, cur_o = t, None
            r += 1
        if o != cur_o:
            p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = p.cell(row=r, column=1, value=o)
            c.font = Font(bold=True, italic=True)
            c.fill = fill(LIGHT)
            cur_o = o
            r += 1
        vals = [ref, text, lead, orig, rev, upd, prev, now]
        for j, v in enumerate(vals, start=1):
            c = p.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, datetime):
                c.number_format = "DD/MM/YYYY"
        for j, v in ((7, prev), (8, now)):
            if v:
                p.cell(row=r, column=j).fill = fill(bragfill[v])
                p.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [t, o], text, elead, eend, est, etext))
        r += 1
    r += 1
    p.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    p.cell(row=r, column=1, value="Note: BRAG ratings are agreed at the Maternity Governance Group and reported to the "
                                   "Quality and Safety Committee. Actions rated Blue for two consecutive reports are moved "
                                   "to the closed actions log.")
    for col, width in zip("ABCDEFGH", (8, 60, 32, 14, 14, 50, 12, 12)):
        p.column_dimensions[col].width = width
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates the maternity and neonatal improvement plans NHS trusts report to their boards after the NHS England "
                  "three-year delivery plan for maternity and neonatal services (March 2023), e.g. East Cheshire NHS Trust's "
                  "2024-26 plan: a front sheet with document control and a BRAG key, and a plan sheet with merged theme bands "
                  "and objective bands (the delivery plan's 4 themes and 12 objectives), original and revised completion dates, "
                  "previous and current BRAG letters with fills. No URL found in the search corpus.",
        "reads": "A trust maternity improvement plan (February 2025 progress report) of ten actions grouped under the delivery "
                 "plan's themes and objectives. Each action has a lead or leads, an original and sometimes a revised completion "
                 "date (the revised one is the end) and a previous and current BRAG; the current BRAG is the status and B is complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Bromsgrove DC - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def bromsgrove():
    name = "ih2-bromsgrove-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Bromsgrove District Council – Corporate Risk Register Quarter 3 2025/26"
    R1 = "CR1 – Financial sustainability"
    R2 = "CR2 – Cyber security and resilience of ICT"
    R3 = "CR3 – Delivery of the Local Plan"
    R4 = "CR4 – Workforce capacity and recruitment"
    rows = [
        (R1, "CR1.1", "Deliver the 2026/27 budget and Medium Term Financial Plan to Council with a balanced position for 2026/27.",
         "Executive Director (S151 Officer)", datetime(2026, 2, 25), None,
         "Draft budget presented to Cabinet on 14 January 2026; Council meeting 25 February 2026.", "On track",
         (["Executive Director (S151 Officer)"], "2026-02", None, "green")),
        (R1, "CR1.2", "Close the 2024/25 statement of accounts and clear the audit backlog in line with the national backstop dates.",
         "Head of Finance and Customer Services / Financial Services Manager", "Feb-26", None,
         "2023/24 accounts received a disclaimed opinion at the February 2025 backstop; 2024/25 accounts being prepared for the 27 February 2026 backstop.", "Amber",
         (["Head of Finance and Customer Services", "Financial Services Manager"], "2026-02", None, "amber")),
        (R1, "CR1.3", "Review fees and charges for 2026/27 against inflation and neighbouring authorities.",
         "Heads of Service", datetime(2025, 12, 31), None,
         "Fees and charges approved by Cabinet on 3 December 2025.", "Complete",
         (["Heads of Service"], "2025-12", None, "blue")),
        (R2, "CR2.1", "Achieve the Public Services Network (PSN) compliance certificate for 2025/26.",
         "Head of ICT and Digital Services", "Q4 2025/26", None,
         "IT health check completed November 2025; remediation plan submitted.", "On track",
         (["Head of ICT and Digital Services"], "2026-03", None, "green")),
        (R2, "CR2.2", "Run a cyber incident tabletop exercise with the Corporate Management Team and test the ICT disaster recovery plan.",
         "Head of ICT and Digital Services; Emergency Planning Officer", datetime(2025, 10, 31), datetime(2026, 1, 30),
         "Exercise rescheduled to January 2026 because of Corporate Management Team availability.", "Amber",
         (["Head of ICT and Digital Services", "Emergency Planning Officer"], "2026-01", None, "amber")),
        (R2, "CR2.3", "Roll out mandatory cyber awareness e-learning to all staff and members, with 95% completion.",
         "Head of HR and Organisational Development", datetime(2026, 3, 31), None,
         "Completion currently 71%; reminders issued through line managers.", "Red",
         (["Head of HR and Organisational Development"], "2026-03", None, "red")),
        (R3, "CR3.1", "Publish the Regulation 19 draft Bromsgrove District Plan for consultation.",
         "Strategic Planning Manager", "Sep-25", "Mar-26",
         "Timetable revised following changes to the National Planning Policy Framework and the new standard method housing figure; revised Local Development Scheme to Cabinet in February.", "Red",
         (["Strategic Planning Manager"], "2026-03", None, "red")),
        (R3, "CR3.2", "Complete the Green Belt review and site assessment evidence base.",
         "Strategic Planning Manager", datetime(2025, 12, 31), None,
         "Green Belt review report published December 2025.", "Complete",
         (["Strategic Planning Manager"], "2025-12", None, "blue")),
        (R4, "CR4.1", "Implement the market supplement policy for hard-to-recruit professional posts (planning, legal and environmental health).",
         "Head of HR and Organisational Development", datetime(2025, 9, 30), None,
         "Policy approved by the Appointments Committee in September 2025 and applied to four posts.", "Complete",
         (["Head of HR and Organisational Development"], "2025-09", None, "blue")),
        (R4, "CR4.2", "Launch a 'grow our own' apprenticeship and graduate scheme for the 2026 intake.",
         "HR Business Partner", "April 2026", None,
         "Scheme design to start in Q4 once the 2026/27 budget is agreed.", "Not started",
         (["HR Business Partner"], "2026-04", None, "unrated")),
    ]
    statusfill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}

    wb = Workbook()
    s = wb.active
    s.title = "Risk Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Reported to the Audit, Standards and Governance Committee, 5 February 2026"
    heads = ["Risk Ref", "Risk", "Risk Owner", "Inherent Score", "Residual Score Q2", "Residual Score Q3",
             "Target Score", "Direction of Travel"]
    for j, h in enumerate(heads, start=1):
        c = s.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
        c.alignment = WRAP
    risks = [("CR1", "Financial sustainability", "Executive Director (S151 Officer)", 20, 16, 16, 9, "No change"),
             ("CR2", "Cyber security and resilience of ICT", "Head of ICT and Digital Services", 20, 12, 12, 8, "No change"),
             ("CR3", "Delivery of the Local Plan", "Head of Planning, Regeneration and Leisure Services", 16, 12, 16, 8, "Worsening"),
             ("CR4", "Workforce capacity and recruitment", "Head of HR and Organisational Development", 16, 12, 9, 6, "Improving")]

    def scol(v):
        return RED if v >= 15 else AMBER if v >= 8 else GREEN

    for i, rk in enumerate(risks, start=5):
        for j, v in enumerate(rk, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if j in (4, 5, 6, 7):
                c.fill = fill(scol(v))
                c.alignment = Alignment(horizontal="center")
    s["A10"] = "Scores are Likelihood x Impact (each 1–5). Red 15–25, Amber 8–12, Green 1–6."
    for col, width in zip("ABCDEFGH", (9, 40, 42, 10, 10, 10, 10, 14)):
        s.column_dimensions[col].width = width

    m = wb.create_sheet("Mitigating Actions")
    m.merge_cells("A1:G1")
    m["A1"] = "Corporate Risk Register Q3 2025/26 – Further Mitigating Actions"
    m["A1"].font = Font(bold=True, size=13)
    m.merge_cells("A2:G2")
    m["A2"] = "Action status: Complete / On track / Amber – some slippage / Red – off track / Not started"
    heads = ["Action Ref", "Further mitigating action", "Action Owner", "Target Date", "Revised Target Date",
             "Q3 Update", "Status"]
    for j, h in enumerate(heads, start=1):
        c = m.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 5
    cur = None
    expected = []
    for risk, ref, text, lead, tgt, rev, upd, st, (elead, eend, etext, est) in rows:
        if risk != cur:
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = m.cell(row=r, column=1, value=risk)
            c.font = Font(bold=True)
            c.fill = fill(LIGHT)
            cur = risk
            r += 1
        for j, v in enumerate([ref, text, lead, tgt, rev, upd, st], start=1):
            c = m.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, datetime):
                c.number_format = "DD/MM/YYYY"
        if statusfill[st]:
            m.cell(row=r, column=7).fill = fill(statusfill[st])
        expected.append(act(ref, [risk], text, elead, eend, est, etext))
        r += 1
    r += 1
    m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    m.cell(row=r, column=1, value="Note: full risk descriptions, causes, consequences and existing controls are held in the "
                                   "corporate risk management system and are available to members on request.")
    for col, width in zip("ABCDEFG", (10, 58, 34, 13, 13, 55, 12)):
        m.column_dimensions[col].width = width
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates the quarterly corporate risk register a shire district reports to its audit committee (Bromsgrove "
                  "District Council's Audit, Standards and Governance Committee, 2025/26): a Risk Summary sheet of scored risks "
                  "with direction of travel (no actions), and a Mitigating Actions sheet with a merged band per risk and the "
                  "further actions beneath it, with action owner, target and revised target dates, Q3 update and a status word "
                  "with fill. No URL found in the search corpus.",
        "reads": "A council corporate risk register for Q3 2025/26. The summary sheet lists four risks and their scores; the "
                 "actions are the ten further mitigating actions on the second sheet, each read under its risk band, with an "
                 "owner or owners, a target date (the revised one where given) and a status (Complete, On track, Amber, Red, "
                 "Not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Darlington Safeguarding Partnership - SAR Adult H action plan (docx)
# ---------------------------------------------------------------------------
def darlington():
    name = "ih2-darlington-safeguarding-partnership-sar-adult-h-action-plan.docx"
    title = "Safeguarding Adults Review: Adult H – Multi-agency Action Plan"
    recs = [
        ("Recommendation 1: Darlington Safeguarding Partnership should seek assurance that all partner agencies use the "
         "multi-agency self-neglect and hoarding guidance, including the escalation route where a person repeatedly declines support.",
         [("1.1", "Refresh the Darlington multi-agency self-neglect and hoarding guidance to include a clear escalation route to a multi-agency risk management meeting.",
           "DSP Business Manager", "March 2025",
           "Revised guidance approved by the Adults Executive Group on 11 March 2025 and published on the DSP website.", "Blue",
           (["DSP Business Manager"], "2025-03", None, "blue")),
          ("1.2", "Audit a sample of self-neglect concerns from each partner agency to test use of the guidance and the escalation route.",
           "DSP Quality Assurance Sub-group Chair", "30/09/2025",
           "Audit tool agreed. Fieldwork delayed to October 2025 because of capacity in two agencies.", "Amber",
           (["DSP Quality Assurance Sub-group Chair"], "2025-09", None, "amber"))]),
        ("Recommendation 2: Partners should ensure that fire risk is identified and acted on for adults who self-neglect, "
         "particularly where they smoke, use alcohol and have limited mobility.",
         [("2.1", "Agree a referral pathway with County Durham and Darlington Fire and Rescue Service for Safe and Wellbeing Visits for adults who self-neglect.",
           "County Durham and Darlington Fire and Rescue Service", "June 2025",
           "Pathway agreed and circulated to all partners in June 2025. 23 referrals received to date.", "Blue",
           (["County Durham and Darlington Fire and Rescue Service"], "2025-06", None, "blue")),
          ("2.2", "Include fire risk in the adult social care assessment and review templates, with a prompt to refer for a Safe and Wellbeing Visit.",
           "Darlington Borough Council – Principal Social Worker (Adults)", "End of September 2025",
           "Template change built by the system supplier; go-live 29 September 2025.", "Green",
           (["Darlington Borough Council – Principal Social Worker (Adults)"], "2025-09", None, "green"))]),
        ("Recommendation 3: Agencies should improve the assessment of mental capacity where a person's executive functioning "
         "may be impaired, including by alcohol-related brain damage.",
         [("3.1", "Deliver multi-agency training on assessing mental capacity where executive functioning may be impaired, including alcohol-related brain damage.",
           "DSP Learning and Development Officer; TEWV Safeguarding Lead", "Ongoing – quarterly sessions",
           "Two sessions delivered (May and August 2025) to 61 practitioners. Next session November 2025.", "Green",
           (["DSP Learning and Development Officer", "TEWV Safeguarding Lead"], None, "Ongoing – quarterly sessions", "green")),
          ("3.2", "Update the primary care mental capacity template to prompt consideration of executive function.",
           "NHS North East and North Cumbria ICB – Designated Professional for Safeguarding Adults", "31/12/2025",
           "Draft template shared with the Local Medical Committee for comment.", "Green",
           (["NHS North East and North Cumbria ICB – Designated Professional for Safeguarding Adults"], "2025-12", None, "green"))]),
        ("Recommendation 4: Substance misuse services and partners should offer persistent, assertive engagement to dependent "
         "drinkers who repeatedly disengage, and share the learning from this review.",
         [("4.1", "Develop an assertive outreach offer for dependent drinkers who repeatedly disengage, using the Alcohol Change UK 'Blue Light' approach.",
           "Public Health – Substance Misuse Commissioning Manager", "March 2026",
           "Outreach worker post funded; recruitment under way.", "Amber",
           (["Public Health – Substance Misuse Commissioning Manager"], "2026-03", None, "amber")),
          ("4.2", "Ensure the Darlington Recovery Service discharge policy requires a multi-agency discussion before a case is closed for non-engagement.",
           "Change Grow Live (Darlington Recovery Service)", "Jul-25",
           "Discharge policy amended July 2025; compliance checked in the August case audit.", "Blue",
           (["Change Grow Live (Darlington Recovery Service)"], "2025-07", None, "blue")),
          ("4.3", "Share the learning from this review through a 7-minute briefing and a practitioner learning event.",
           "DSP Business Manager / DSP Learning and Development Officer", "April 2025",
           "7-minute briefing published February 2025; learning event held 3 April 2025 (84 attendees).", "Blue",
           (["DSP Business Manager", "DSP Learning and Development Officer"], "2025-04", None, "blue"))]),
    ]
    ragshade = {"Blue": "8DB3E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Darlington Safeguarding Partnership – progress update, September 2025", style="Subtitle")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "3.0"), ("Date", "22 September 2025"), ("Author", "DSP Business Manager"),
                 ("Approved by", "DSP Adults Executive Group"), ("Next review", "December 2025")]:
        row = t.add_row()
        bold_cell(row.cells[0], k)
        row.cells[1].text = v

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph("Adult H was a 67-year-old man who died following a house fire in March 2023. He lived alone, had a "
                      "long history of alcohol use and self-neglect, and had declined support from a number of agencies. "
                      "The Safeguarding Adults Review was published in January 2025 and made four recommendations. This plan "
                      "sets out the partnership response and is monitored by the Adults Executive Group.")

    doc.add_heading("RAG rating", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete and impact evidenced"), ("Green", "On track"),
                          ("Amber", "Some delay but expected to be achieved"), ("Red", "Not progressed / at risk")]:
        row = k.add_row()
        bold_cell(row.cells[0], word)
        shade(row.cells[0], ragshade[word])
        row.cells[1].text = meaning

    doc.add_heading("Action plan", level=2)
    expected = []
    heads = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"]
    for rec, acts in recs:
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        bold_cell(top, rec)
        shade(top, "D9E2F3")
        for j, h in enumerate(heads):
            bold_cell(tb.rows[1].cells[j], h)
            shade(tb.rows[1].cells[j], "F2F2F2")
        for ref, text, lead, tgt, upd, rag, (elead, eend, etext, est) in acts:
            cells = tb.add_row().cells
            for j, v in enumerate([ref, text, lead, tgt, upd, rag]):
                cells[j].text = v
            shade(cells[5], ragshade[rag])
            expected.append(act(ref, [rec], text, elead, eend, est, etext))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Agreed by", "Name / role", "Date"]):
        bold_cell(so.rows[0].cells[j], h)
    for vals in [("DSP Adults Executive Group", "Independent Chair", "12 February 2025"),
                 ("Darlington Safeguarding Partnership Board", "Statutory safeguarding partners", "27 February 2025")]:
        cells = so.add_row().cells
        for j, v in enumerate(vals):
            cells[j].text = v
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates the SAR action plans safeguarding adults partnerships publish after a review (Darlington "
                  "Safeguarding Partnership, 2025, self-neglect and fire death of 'Adult H'): a Word document with a title, "
                  "document-control table, short introduction, RAG key table, then one table per recommendation with the "
                  "recommendation text in a merged first row above a header row and its numbered actions, RAG as a word with "
                  "shading, and a sign-off table. No URL found in the search corpus.",
        "reads": "A multi-agency SAR action plan with four recommendations and nine numbered actions. Each action is read under "
                 "its recommendation and has a lead agency or officer (two where joined by ';' or '/'), a target date (one is "
                 "'Ongoing – quarterly sessions') and a RAG word. The document-control, key and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. South Staffordshire CSP - DHR 'Bethan' action plan, typo month -> refuse (docx)
# ---------------------------------------------------------------------------
def south_staffs():
    name = "ih2-south-staffordshire-csp-dhr-bethan-action-plan-typo-month-refuse.docx"
    title = "Domestic Homicide Review ‘Bethan’ – Action Plan"
    heads = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take", "Lead Agency",
             "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome"]
    R1 = ("1. South Staffordshire CSP to assure itself that domestic abuse training for frontline practitioners covers "
          "economic abuse and coercive control in older relationships.")
    R2 = ("2. Staffordshire Police to ensure that a DASH risk assessment is completed for all domestic incidents, "
          "including where the victim is aged over 60.")
    R3 = ("3. Midlands Partnership University NHS Foundation Trust and GP practices to enquire routinely about domestic "
          "abuse when a patient presents with a caring role or carer stress.")
    R4 = ("4. South Staffordshire CSP to publicise specialist domestic abuse support for older people through GP surgeries, "
          "pharmacies and community groups.")
    rows = [
        (R1, "Local", "Review the content of CSP-commissioned domestic abuse training against the Domestic Abuse Act 2021 statutory guidance.",
         "South Staffordshire District Council – Community Safety", "Training review completed with the commissioned provider.",
         "March 2025", "Completed 14/03/2025 – training content updated."),
        (R1, "Local", "Deliver two briefing sessions on coercive control in older relationships to housing, GP practice and adult social care staff.",
         "Staffordshire County Council (Adult Social Care) / South Staffordshire CSP", "First session held 21 May 2025.",
         "September 2025", ""),
        (R2, "Regional (force-wide)", "Issue a force-wide briefing reminding officers that DASH must be completed regardless of the victim's age.",
         "Staffordshire Police", "Briefing issued through the force intranet.",
         "Jul-25", "Completed July 2025."),
        (R2, "Regional (force-wide)", "Dip-sample domestic incidents involving victims aged over 60 to check DASH completion and supervisory review.",
         "Staffordshire Police", "Dip-sample methodology agreed with the Domestic Abuse Sub-group.",
         "October 2025", ""),
        (R3, "Local", "Add a routine enquiry prompt to the carers' assessment template and the community nursing assessment.",
         "Midlands Partnership University NHS Foundation Trust", "Template change submitted to the clinical systems team.",
         "Decmber 2025", ""),
        (R3, "Local", "Deliver IRIS (Identification and Referral to Improve Safety) training to GP practices in South Staffordshire.",
         "Staffordshire and Stoke-on-Trent ICB", "Funding agreed; six practices signed up.",
         "March 2026", ""),
        (R4, "Local", "Run an awareness campaign during the 16 Days of Action with materials aimed at older people.",
         "South Staffordshire CSP", "Materials co-designed with Age UK Staffordshire.",
         "November 2025", ""),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph("South Staffordshire Community Safety Partnership")
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Home Office DHR action plan template – updated 30 June 2025")
    doc.add_paragraph("This action plan is monitored by the South Staffordshire CSP Domestic Abuse Sub-group. Completed "
                      "actions are evidenced to the CSP Executive before they are closed.")
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(heads):
        bold_cell(tb.rows[0].cells[j], h)
        shade(tb.rows[0].cells[j], "D9D9D9")
    for rec, scope, action, lead, ms, tgt, done in rows:
        cells = tb.add_row().cells
        for j, v in enumerate([rec, scope, action, lead, ms, tgt, done]):
            cells[j].text = v
    # merge the recommendation and scope cells down over each recommendation's actions
    groups = []
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            groups.append((start, i - 1))
            start = i
    for a, b in groups:
        if b > a:
            for col in (0, 1):
                text = tb.cell(a, col).text
                for rr in range(a + 1, b + 1):
                    tb.cell(rr, col).text = ""
                merged = tb.cell(a, col).merge(tb.cell(b, col))
                merged.text = text
    doc.save(os.path.join(OUT, name))

    # the table row (header = row 1) that carries "Decmber 2025"
    refuse_row = 1 + next(i for i, r in enumerate(rows, start=1) if r[5] == "Decmber 2025")
    write_expected(name, {
        "source": "Imitates the domestic homicide review action plans community safety partnerships publish with the overview "
                  "report, laid out on the Home Office DHR action plan template (columns Recommendation / Scope of "
                  "recommendation / Action to take / Lead Agency / Key milestones achieved in enacting recommendation / Target "
                  "Date / Date of completion and Outcome), with the recommendation and scope cells merged down over their "
                  "actions; South Staffordshire CSP, 2025. No URL found in the search corpus.",
        "reads": "A single-table DHR action plan: four recommendations, seven actions with lead agencies and target dates. "
                 f"The target date in table row {refuse_row} (counting the header row as 1) reads 'Decmber 2025', a mistyped "
                 "month; a careful reader would stop and ask rather than guess the month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 6. Safer Slough Partnership - CSP plan 2025-26 delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
def slough():
    name = "ih2-safer-slough-partnership-community-safety-plan-2025-26-action-plan.txt"
    title = "Safer Slough Partnership – Community Safety Partnership Plan 2025-26: Delivery Plan"
    P1 = "Priority 1: Substance Misuse"
    P2 = "Priority 2: Serious Violence"
    P3 = "Priority 3: Exploitation and Modern Slavery"
    P4 = "Priority 4: Anti-Social Behaviour and Neighbourhood Crime"
    rows = [
        (P1, "1.1", "Deliver Clear, Hold, Build in the Chalvey area, targeting county lines supply identified in the drug market profile.",
         "Thames Valley Police (Slough LPA)", "Apr 2025 – Mar 2026", "G",
         ["Clear phase complete; Hold phase in place with weekly partnership tasking."],
         (["Thames Valley Police (Slough LPA)"], "2026-03", "Apr 2025 – Mar 2026", "green")),
        (P1, "1.2", "Increase the number of adults in structured drug and alcohol treatment, in line with the Combating Drugs Partnership target.",
         "Public Health Slough; Drug and Alcohol Commissioning Manager", "Mar-26", "A",
         ["Numbers in treatment up 6% on baseline against a 10% target."],
         (["Public Health Slough", "Drug and Alcohol Commissioning Manager"], "2026-03", None, "amber")),
        (P1, "1.3", "Deliver drug and alcohol education sessions in all secondary schools through the PSHE programme.",
         "SBC Community Safety / Public Health Slough", "End of Q3 2025/26", "G",
         ["12 of 14 secondary schools booked."],
         (["SBC Community Safety", "Public Health Slough"], "2025-12", None, "green")),
        (P2, "2.1", "Refresh the Serious Violence Duty strategic needs assessment and publish the updated strategy.",
         "SBC Community Safety Manager", "Q3 2025/26", "G",
         ["Data sharing agreement signed with the Thames Valley Violence Reduction Unit."],
         (["SBC Community Safety Manager"], "2025-12", None, "green")),
        (P2, "2.2", "Commission a trauma-informed youth work offer at Wexham Park Hospital emergency department for young people attending with violence-related injuries.",
         "Thames Valley Violence Reduction Unit; Frimley Health NHS Foundation Trust", "31/01/2026", "R",
         ["Provider procurement failed; retender in progress.",
          "Retender closes 14 November 2025; interim cover from existing youth workers agreed."],
         (["Thames Valley Violence Reduction Unit", "Frimley Health NHS Foundation Trust"], "2026-01", None, "red")),
        (P2, "2.3", "Deliver Violence Against Women and Girls (VAWG) Walk and Talk sessions in the town centre and at Slough station.",
         "Thames Valley Police (Slough LPA)", "Sep-25", "B",
         ["Four sessions held; feedback used to inform lighting improvements."],
         (["Thames Valley Police (Slough LPA)"], "2025-09", None, "blue")),
        (P3, "3.1", "Refresh the Slough Modern Slavery Protocol and deliver awareness training to licensed taxi drivers and licensing staff.",
         "SBC Licensing Manager", "Nov-25", "A",
         ["Protocol drafted; training dates to be agreed with the taxi trade."],
         (["SBC Licensing Manager"], "2025-11", None, "amber")),
        (P3, "3.2", "Review the multi-agency child exploitation (MACE) arrangements with the Slough Children First partnership.",
         "Slough Children First (Head of Exploitation Service)", "Ongoing", "G",
         ["Monthly MACE meetings continuing; revised terms of reference drafted."],
         (["Slough Children First (Head of Exploitation Service)"], None, "Ongoing", "green")),
        (P4, "4.1", "Embed the ASB Case Review (community trigger) process and publish quarterly data on the council website.",
         "SBC Neighbourhood Enforcement Manager", "Q1 2025/26", "B",
         ["Process published June 2025; Q1 data published."],
         (["SBC Neighbourhood Enforcement Manager"], "2025-06", None, "blue")),
        (P4, "4.2", "Use Public Spaces Protection Order powers to tackle street drinking in the High Street and consult on renewal of the PSPO.",
         "SBC Neighbourhood Enforcement Manager & TVP Neighbourhood Inspector", "Oct–Dec 2025", "",
         ["Consultation to start October 2025."],
         (["SBC Neighbourhood Enforcement Manager", "TVP Neighbourhood Inspector"], "2025-12", "Oct–Dec 2025", "unrated")),
    ]
    lines = [
        title,
        "Progress position: end of Quarter 2 (September 2025)",
        "RAG key: B = complete; G = on track; A = some slippage; R = off track / significant concern",
        "",
        "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "RAG", "Q2 update"]),
    ]
    cur = None
    expected = []
    for pr, ref, text, lead, ts, rag, upd, (elead, eend, etext, est) in rows:
        if pr != cur:
            lines.append(pr)
            cur = pr
        lines.append("\t".join([ref, text, lead, ts, rag, upd[0]]))
        for more in upd[1:]:
            lines.append("\t".join(["", "", "", "", "", more]))
        expected.append(act(ref, [pr], text, elead, eend, est, etext))
    lines += ["", "Notes:",
              "Actions rated B will be removed from the delivery plan at the end of the year.",
              "Data are provisional and subject to Thames Valley Police validation."]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a community safety partnership's annual delivery plan exported as tab-separated text (Safer Slough "
                  "Partnership plan 2025-26, built on the partnership's published priorities of substance misuse, serious "
                  "violence and anti-social behaviour, https://slough.gov.uk/strategies-plans-policies/safer-slough-partnership-1): "
                  "title and key lines, a header line, priority heading lines, action lines with RAG letters, one update "
                  "that wraps onto a continuation line carrying only the update field, and notes at the end.",
        "reads": "A CSP delivery plan at Q2 2025-26 with ten numbered actions under four priorities, each with lead partner(s), "
                 "a timescale (months, quarters, periods, 'Ongoing') and a RAG letter (one blank). The line under action 2.2 "
                 "that has only an update is a continuation of that action's update, not a new action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Crawley BC - transformation programme highlight report (csv)
# ---------------------------------------------------------------------------
def crawley():
    name = "ih2-crawley-bc-transformation-programme-highlight-report.csv"
    title = "Crawley Borough Council – Transformation Programme Highlight Report"
    W1 = "Workstream 1: Digital Customer Access"
    W2 = "Workstream 2: Workforce and Ways of Working"
    W3 = "Workstream 3: Income and Commercial"
    rows = [
        (W1, "T1.1", "Launch the new customer portal for council tax and benefits self-service",
         "Head of Digital and Transformation", "30/06/2025", "15/09/2025", "Complete",
         "Live 15 September; 2,140 accounts created in the first month.",
         (["Head of Digital and Transformation"], "2025-09", None, "blue")),
        (W1, "T1.2", "Migrate the contact centre telephony to the cloud platform and introduce call-back",
         "Lee, Daniel", "31/10/2025", "31/10/2025", "Green",
         "Cutover weekend booked for 25–26 October.",
         (["Lee, Daniel"], "2025-10", None, "green")),
        (W1, "T1.3", "Decommission the legacy CRM and archive records in line with the retention schedule",
         "Head of Digital and Transformation", "Dec-25", "Mar-26", "Amber",
         "Dependent on T1.2; data extract specification agreed.",
         (["Head of Digital and Transformation"], "2026-03", None, "amber")),
        (W2, "T2.1", "Complete the management restructure consultation for Tier 3 and Tier 4 posts",
         "Head of People and Organisational Development", "30/09/2025", "30/11/2025", "Amber",
         "Consultation extended by four weeks at the request of the trade unions.",
         (["Head of People and Organisational Development"], "2025-11", None, "amber")),
        (W2, "T2.2", "Run a Microsoft 365 Copilot pilot with 50 officers and evaluate the productivity benefits",
         "Sam Okafor and Priya Mehta", "Q3 2025/26", "Q4 2025/26", "Green",
         "Pilot group selected; licences procured.",
         (["Sam Okafor", "Priya Mehta"], "2026-03", None, "green")),
        (W3, "T3.1", "Introduce a direct debit option for garden waste subscriptions",
         "Head of Community Services", "01/04/2025", "01/04/2025", "Complete",
         "Direct debit live; 78% of renewals paid by direct debit.",
         (["Head of Community Services"], "2025-04", None, "blue")),
        (W3, "T3.2", "Deliver the commercial property portfolio review and disposal recommendations",
         "Head of Economy and Planning / Head of Corporate Finance", "w/c 10/11/2025", "w/c 12/01/2026", "Red",
         "Appointment of the external valuer delayed; report now due w/c 12 January 2026.",
         (["Head of Economy and Planning", "Head of Corporate Finance"], "2026-01", None, "red")),
        (W3, "T3.3", "Implement the revised fees and charges for parking and pest control",
         "Head of Community Services", "31/03/2026", "", "Not started",
         "Scheduled for Q4.",
         (["Head of Community Services"], "2026-03", None, "unrated")),
    ]
    out = []
    out.append([title])
    out.append(["Reporting period", "October 2025"])
    out.append(["Programme Sponsor", "Chief Executive"])
    out.append(["Programme Manager", "Transformation Programme Manager"])
    out.append(["Overall programme RAG", "Amber"])
    out.append(["Schedule RAG", "Amber"])
    out.append(["Budget RAG", "Green"])
    out.append(["Benefits RAG", "Amber"])
    out.append([])
    out.append(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status", "Commentary"])
    cur = None
    expected = []
    for ws, ref, text, owner, base, fc, st, com, (elead, eend, etext, est) in rows:
        if ws != cur:
            out.append([ws, "", "", "", "", "", ""])
            cur = ws
        out.append([ref, text, owner, base, fc, st, com])
        expected.append(act(ref, [ws], text, elead, eend, est, etext))
    out.append([])
    out.append(["Milestone summary", "Complete", "2", "Green", "2", "Amber", "2", "Red", "1", "Not started", "1", "Total", "8"])
    out.append([])
    out.append(["Key risks and issues escalated to Programme Board"])
    out.append(["Ref", "Risk / issue", "Owner", "RAG", "Mitigation"])
    out.append(["R1", "Capacity within ICT to support concurrent go-lives (T1.2 and T1.3)", "Head of Digital and Transformation",
                "Amber", "Additional contractor days approved by Programme Board."])
    out.append(["R2", "Delay to the property review reduces the capital receipts assumed in the 2026/27 budget",
                "Head of Corporate Finance", "Red", "Receipts removed from the draft budget pending the review."])
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        for r in out:
            wr.writerow(r)

    write_expected(name, {
        "source": "Imitates a council transformation programme highlight report exported to CSV from a programme management "
                  "tool (Crawley Borough Council, October 2025): a header block of programme details and overall / schedule / "
                  "budget / benefits RAGs, a milestone table with workstream heading rows, baseline and forecast dates and a "
                  "status word, a milestone summary line and a key risks and issues block. No URL found in the search corpus.",
        "reads": "A monthly highlight report for a council transformation programme: eight milestones under three workstreams, "
                 "each with an owner or owners, a baseline and a forecast date (the forecast is the end; where it is blank the "
                 "baseline stands) and a status. The programme RAG block, the milestone summary line and the two risks are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    kettering()
    east_cheshire()
    bromsgrove()
    darlington()
    south_staffs()
    slough()
    crawley()
    print("built:", sorted(f for f in os.listdir(OUT) if f.startswith("ih2-")))
