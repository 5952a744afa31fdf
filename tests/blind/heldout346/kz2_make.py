#!/usr/bin/env python3
"""Build the seven kz2- cases of set heldout346 (partnership, NHS and corporate plans).

Writes each data file and its NAME.expected.yaml beside it, from the same data, so the
expected text is the file's text character for character.
Run with /work/main/.venv/bin/python (python-docx, openpyxl, pyyaml).
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ======================================================================
# 1. EMPPC adult protection learning review improvement plan (docx)
# ======================================================================
def make_emppc():
    name = "kz2-east-lothian-midlothian-ppc-asp-learning-review-mr-s-improvement-action-plan.docx"
    title = "EMPPC Adult Support and Protection Learning Review (Mr S) – Improvement Action Plan"
    d = Document()
    landscape(d)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("East Lothian and Midlothian Public Protection Committee")

    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [
        ("Document", "Improvement Action Plan – ASP Learning Review (Mr S)"),
        ("Version", "1.4"),
        ("Date", "30 November 2025"),
        ("Plan owner", "Lead Officer, Adult Support and Protection"),
        ("Approved", "EMPPC, 11 September 2025"),
        ("Next review", "EMPPC Quality Assurance Sub-group, February 2026"),
    ]:
        r = dc.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True

    d.add_heading("Background", level=2)
    d.add_paragraph(
        "Mr S was a 67 year old man who lived alone in Midlothian. He died in January 2024. "
        "The EMPPC commissioned a learning review in April 2024 under the national Adult Support "
        "and Protection Learning Review guidance and accepted the final report in June 2025. "
        "The review identified three learning points and four recommendations. This plan sets out "
        "the partnership’s response and is monitored by the Quality Assurance Sub-group."
    )

    d.add_heading("RAG status key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("B", "Complete – evidence of impact provided to QA Sub-group"),
                 ("G", "On track"),
                 ("A", "Some slippage – remedial action agreed"),
                 ("R", "Off track – escalate to EMPPC")]:
        r = key.add_row().cells
        r[0].text, r[1].text = k, v
        shade(r[0], FILL[k])

    LP1 = "Learning Point 1: Self-neglect and hoarding were not recognised as adult protection concerns"
    LP2 = "Learning Point 2: Information about risk was held by single agencies and not shared"
    LP3 = "Learning Point 3: The voice of Mr S and his capacity to make decisions were not fully explored"
    R1 = ("Recommendation 1: EMPPC partners should ensure that self-neglect and hoarding are considered "
          "under the three-point test and that practitioners are confident in using the Self-Neglect "
          "and Hoarding Protocol.")
    R2 = ("Recommendation 2: NHS Lothian, Police Scotland and both councils should review how concerns "
          "about adults who decline support are shared and recorded.")
    R3 = ("Recommendation 3: Police Scotland and the councils should ensure that repeat concerns about "
          "the same adult trigger a review of whether an inter-agency referral discussion (IRD) is required.")
    R4 = ("Recommendation 4: Partners should strengthen practice in assessing capacity and understanding "
          "the adult’s lived experience where an adult declines support.")

    # (ref, action, lead cell, lead list, timescale, end, end_text, progress, rag, status)
    sections = [
        (LP1, [
            (R1, [
                ("1.1", "Refresh the EMPPC Self-Neglect and Hoarding Protocol to include a clear escalation "
                        "route and the option of a multi-agency risk management meeting.",
                 "Lead Officer, Adult Support and Protection", ["Lead Officer, Adult Support and Protection"],
                 "31/03/2025", "2025-03", None,
                 "Refreshed protocol approved by EMPPC in March 2025 and published on the EMPPC website.",
                 "B", "blue"),
                ("1.2", "Deliver multi-agency briefing sessions on the refreshed protocol to frontline staff in "
                        "housing, social work, NHS Lothian community teams and Police Scotland.",
                 "Learning and Development Co-ordinator, EMPPO", ["Learning and Development Co-ordinator, EMPPO"],
                 "September 2025", "2025-09", None,
                 "Six sessions delivered (142 staff). Two further sessions for housing officers booked for "
                 "January 2026.",
                 "A", "amber"),
            ]),
        ]),
        (LP2, [
            (R2, [
                ("2.1", "Audit a sample of 30 adult concern referrals in each council area to test whether "
                        "information held by health and police was shared at the inquiry stage.",
                 "Chief Nurse, Midlothian HSCP / Service Manager, Adult Social Work (East Lothian)",
                 ["Chief Nurse, Midlothian HSCP", "Service Manager, Adult Social Work (East Lothian)"],
                 "31/01/2026", "2026-01", None,
                 "Audit tool agreed. Fieldwork under way in both areas; findings to the QA Sub-group in "
                 "February 2026.",
                 "G", "green"),
                ("2.2", "Issue practice guidance to GP practices on sharing information with social work where "
                        "an adult at risk repeatedly declines support.",
                 "Associate Medical Director, Primary Care (NHS Lothian)",
                 ["Associate Medical Director, Primary Care (NHS Lothian)"],
                 "June 2025", "2025-06", None,
                 "Guidance drafted; sign-off awaited from the NHS Lothian Information Governance group.",
                 "R", "red"),
            ]),
            (R3, [
                ("3.1", "Introduce an automatic alert in each council’s social work recording system for adults "
                        "with three or more adult concern referrals in a twelve-month period.",
                 "Service Manager, Adult Social Work (Midlothian); Service Manager, Adult Social Work (East Lothian)",
                 ["Service Manager, Adult Social Work (Midlothian)",
                  "Service Manager, Adult Social Work (East Lothian)"],
                 "Oct 2025 – Jan 2026", "2026-01", "Oct 2025 – Jan 2026",
                 "Specification agreed with both systems teams. Testing scheduled for December 2025.",
                 "G", "green"),
            ]),
        ]),
        (LP3, [
            (R4, [
                ("4.1", "Commission joint training on capacity, executive functioning and self-neglect for "
                        "council officers and health staff.",
                 "Learning and Development Co-ordinator, EMPPO", ["Learning and Development Co-ordinator, EMPPO"],
                 "March 2026", "2026-03", None,
                 "Training provider identified; first cohort planned for February 2026.",
                 "G", "green"),
                ("4.2", "Add a prompt on executive functioning to the ASP inquiry and investigation templates.",
                 "Lead Officer, Adult Support and Protection", ["Lead Officer, Adult Support and Protection"],
                 "30/09/2025", "2025-09", None,
                 "Templates updated and live from 1 September 2025.",
                 "B", "blue"),
                ("4.3", "Seek the views of adults with lived experience of self-neglect through the EMPPC "
                        "engagement group to inform the next revision of the protocol.",
                 "EMPPC Lived Experience Co-ordinator", ["EMPPC Lived Experience Co-ordinator"],
                 "Ongoing", None, "Ongoing",
                 "", "", "unrated"),
            ]),
        ]),
    ]

    actions = []
    hdr = ["Ref", "Improvement action", "Lead", "Timescale", "Progress update (November 2025)", "RAG"]
    for lp, recs in sections:
        d.add_heading(lp, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        for rec, rows in recs:
            rr = t.add_row()
            m = rr.cells[0].merge(rr.cells[-1])
            m.text = rec
            m.paragraphs[0].runs[0].bold = True
            shade(m, "DCE6F1")
            for (ref, text, leadcell, leads, ts, end, et, prog, rag, status) in rows:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text, c[3].text, c[4].text, c[5].text = ref, text, leadcell, ts, prog, rag
                if rag:
                    shade(c[5], FILL[rag])
                actions.append(act(ref, [lp, rec], text, leads, end, status, et))
        d.add_paragraph("")

    d.add_paragraph(
        "Notes: Actions rated B will be closed at the next EMPPC meeting once the evidence has been reviewed "
        "by the Quality Assurance Sub-group. Progress updates are provided by leads two weeks before each "
        "Sub-group meeting.")
    d.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates an East Lothian and Midlothian Public Protection Committee (EMPPC, the joint adult and "
            "child protection committee for the two council areas) improvement plan after an Adult Support and "
            "Protection Learning Review under the Scottish Government learning review guidance (2022, "
            "https://www.gov.scot/publications/adult-support-protection-learning-review-guidance/), 2025. "
            "Copied features: title and committee line, a document-control table, a background paragraph, a "
            "RAG key table (B/G/A/R with shading), one Word table per learning point under a heading, the "
            "recommendation text as a merged full-width row above its actions, job titles as leads (two posts "
            "split by '/' and by ';'), dates as dd/mm/yyyy, month names, a period and 'Ongoing', RAG letters "
            "with fill, a blank not-started row and a closing notes paragraph."),
        "reads": (
            "A Scottish public protection committee's improvement plan after a learning review into the death "
            "of Mr S. Three learning points each have a table; inside each table a shaded row gives the "
            "recommendation and numbered improvement actions follow with lead posts, timescale, progress and a "
            "RAG letter. Eight actions in all; the document control and RAG key tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 2. Gedling CSP domestic homicide review action plan (docx)
# ======================================================================
def make_gedling():
    name = "kz2-gedling-csp-dhr-lorna-action-plan.docx"
    title = "Domestic Homicide Review ‘Lorna’ – Action Plan"
    d = Document()
    landscape(d)
    p = d.add_paragraph()
    p.add_run("Gedling Community Safety Partnership").bold = True
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Live action plan – progress updated 18 November 2025 for the CSP Board")

    vc = d.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Changes", "By"]):
        vc.rows[0].cells[i].text = h
    bold_row(vc.rows[0])
    for row in [("0.1", "04/02/2025", "Draft agreed by DHR Panel", "Independent Chair"),
                ("1.0", "27/05/2025", "Submitted to the Home Office with the Overview Report", "CSP Manager"),
                ("1.3", "18/11/2025", "Progress updates from agencies", "CSP Manager")]:
        c = vc.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v

    d.add_paragraph(
        "RAG key: the final column is shaded – Blue: completed; Green: on track; Amber: some slippage; "
        "Red: off track / at risk. Unshaded: not yet started.")

    PA = "Part A – Overview Report Recommendations"
    PB = "Part B – Single Agency Recommendations"
    hdr = ["Recommendation", "Scope", "Ref", "Action to take", "Lead agency", "Key milestones achieved",
           "Target date", "Date of completion and outcome", "RAG"]

    RA1 = ("1. The CSP should seek assurance that partner agencies’ domestic abuse training addresses abuse "
           "of parents by adult children.")
    RA2 = ("2. Nottinghamshire Police and partners should ensure that DASH risk assessments completed for "
           "adult family violence incidents consider the perpetrator’s mental health and substance use.")
    RA3 = ("3. The CSP should raise awareness among GP practices and community pharmacies of the signs of "
           "abuse of older parents by adult children.")
    RB1 = ("Nottinghamshire Police – Ensure officers attending domestic incidents where the suspect is an adult "
           "child record the victim’s care and support needs and consider an adult safeguarding referral.")
    RB2 = ("Change Grow Live (Nottinghamshire Substance Misuse Service) – Ensure that where a service user "
           "lives with a parent, the risk they may pose to that parent is assessed and reviewed.")

    # rec, scope, [ (ref, action, leadcell, leads, milestones, target, end, completion, fill, status) ]
    parts = [
        (PA, [
            (RA1, "Local", [
                ("1a", "Undertake a training audit across CSP partner agencies to identify whether abuse of "
                       "parents by adult children is covered.",
                 "Gedling Borough Council (CSP Manager)", ["Gedling Borough Council (CSP Manager)"],
                 "Audit template circulated to 11 agencies; 9 returns received.",
                 "31/03/2025", "2025-03",
                 "Completed 20/03/2025 – audit report presented to the CSP Board.", "B", "blue"),
                ("1b", "Commission a briefing on adult family violence for the Domestic Abuse Forum and partner "
                       "safeguarding leads.",
                 "Nottinghamshire County Council Domestic Abuse Team and Equation",
                 ["Nottinghamshire County Council Domestic Abuse Team", "Equation"],
                 "Briefing content agreed with Equation in July 2025.",
                 "September 2025", "2025-09",
                 "Briefing delivered 11/09/2025 (64 attendees); recording shared with partners.", "B", "blue"),
            ]),
            (RA2, "Local", [
                ("2a", "Review the DASH supervision checklist used by Public Protection supervisors to include "
                       "prompts on perpetrator mental health and substance use.",
                 "Nottinghamshire Police", ["Nottinghamshire Police"],
                 "Draft checklist agreed at the Force Domestic Abuse Board.",
                 "30/06/2025", "2025-06",
                 "In progress – dip sample of 50 cases to be completed before sign-off.", "A", "amber"),
            ]),
            (RA3, "Local", [
                ("3a", "Produce a one-page guide for primary care staff, co-produced with Lorna’s family.",
                 "NHS Nottingham and Nottinghamshire ICB (Designated Professional for Safeguarding Adults)",
                 ["NHS Nottingham and Nottinghamshire ICB (Designated Professional for Safeguarding Adults)"],
                 "Family have agreed the content; design under way with ICB communications.",
                 "December 2025", "2025-12", "", "G", "green"),
                ("3b", "Include the learning from this review in the ICB’s quarterly primary care safeguarding "
                       "newsletter.",
                 "NHS Nottingham and Nottinghamshire ICB", ["NHS Nottingham and Nottinghamshire ICB"],
                 "", "March 2026", "2026-03", "", None, "unrated"),
            ]),
        ]),
        (PB, [
            (RB1, "Single agency", [
                ("P1", "Update the domestic abuse module of the Public Protection e-learning to include adult "
                       "family violence and safeguarding referral thresholds.",
                 "Nottinghamshire Police", ["Nottinghamshire Police"],
                 "E-learning content revised and awaiting Learning & Development sign-off.",
                 "31 January 2026", "2026-01", "", "G", "green"),
            ]),
            (RB2, "Single agency", [
                ("CGL1", "Amend the CGL risk assessment to include a specific question on risk to family "
                         "members living in the household.",
                 "Change Grow Live", ["Change Grow Live"],
                 "Risk assessment amended on the CGL recording system.",
                 "30/04/2025", "2025-04",
                 "Completed 28/04/2025 – new question live and monitored through monthly case audit.",
                 "B", "blue"),
                ("CGL2", "Audit 20 cases six months after implementation to test compliance.",
                 "Change Grow Live", ["Change Grow Live"],
                 "",
                 "October 2025", "2025-10",
                 "Audit delayed due to staff vacancies; not yet rescheduled.", "R", "red"),
            ]),
        ]),
    ]

    actions = []
    for part, recs in parts:
        d.add_heading(part, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        for rec, scope, rows in recs:
            first = len(t.rows)
            for (ref, text, leadcell, leads, miles, target, end, compl, fill, status) in rows:
                c = t.add_row().cells
                c[2].text, c[3].text, c[4].text, c[5].text, c[6].text, c[7].text = (
                    ref, text, leadcell, miles, target, compl)
                if fill:
                    shade(c[8], FILL[fill])
                actions.append(act(ref, [part, rec], text, leads, end, status))
            last = len(t.rows) - 1
            for col, val in ((0, rec), (1, scope)):
                cell = t.cell(first, col)
                if last > first:
                    cell = cell.merge(t.cell(last, col))
                cell.text = val
        d.add_paragraph("")

    d.add_paragraph(
        "The action plan is monitored by the Gedling CSP DHR Sub-group. Completed actions remain on the plan "
        "until the CSP Board agrees closure.")
    d.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a district community safety partnership's domestic homicide review action plan in the "
            "Home Office DHR action plan format (Recommendation / Scope / Action to take / Lead agency / Key "
            "milestones / Target date / Date of completion and outcome; statutory guidance "
            "https://www.gov.uk/government/publications/domestic-homicide-report-guide), as Nottinghamshire "
            "district CSPs publish them, 2025. Copied features: partnership line and title, a version table, "
            "a RAG key paragraph, one table for overview report recommendations and one for single agency "
            "recommendations, the recommendation and scope cells merged down over their actions, agencies as "
            "leads (two joined by 'and'), target dates in several forms, and RAG shown only by cell shading."),
        "reads": (
            "A CSP's action plan for the domestic homicide review of 'Lorna'. Part A lists the three overview "
            "report recommendations, Part B the single agency ones; each recommendation cell spans the actions "
            "that answer it, and the last column is coloured for progress. Eight actions; the version table is "
            "not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 3. Homerton Healthcare NHS FT Trust Board public action log (csv)
# ======================================================================
def make_homerton():
    name = "kz2-homerton-healthcare-nhsft-trust-board-public-action-log.csv"
    title = "Trust Board (Part 1 – Public) Action Log"
    hdr = ["Action No.", "Agenda Item", "Action", "Lead", "Due Date", "Revised Due Date", "Progress Update", "RAG"]
    M1, M2, M3 = "Trust Board – 2 April 2025", "Trust Board – 2 July 2025", "Trust Board – 3 September 2025"
    rows = [
        (M1, [
            ("TB25/014", "6.1 Integrated Performance Report",
             "Provide a breakdown of 52-week waiters by specialty, including the number of patients with a clinical "
             "harm review completed.", "Chief Operating Officer", ["Chief Operating Officer"],
             "Jul-25", "", "2025-07", "Included as an appendix to the July IPR. Propose closure.", "B", "blue"),
            ("TB25/017", "8.2 Freedom to Speak Up Annual Report",
             "Bring back an update on the themes from FTSU concerns raised by internationally educated nurses, with "
             "the actions agreed with the staff network.", "Director of People / Chief Nurse",
             ["Director of People", "Chief Nurse"],
             "Jul-25", "Nov-25", "2025-11",
             "Deferred at the request of the FTSU Guardian to include Q2 data. Scheduled for November Board.",
             "A", "amber"),
        ]),
        (M2, [
            ("TB25/031", "5.0 Patient Story",
             "Invite the family to a follow-up conversation with the Chief Nurse and report back on the actions "
             "taken in the Emergency Department.", "Chief Nurse", ["Chief Nurse"],
             "Sep-25", "", "2025-09",
             "Meeting held 12 August 2025. ED actions included in the Quality Committee report. Propose closure.",
             "B", "blue"),
            ("TB25/034", "7.3 Maternity and Neonatal Safety Report",
             "Confirm the trajectory for achieving the midwifery establishment set by the Birthrate Plus review.\n"
             "Include the impact of the international recruitment cohort due in autumn 2025.",
             "Director of Midwifery", ["Director of Midwifery"],
             "Nov-25", "", "2025-11",
             "Trajectory drafted; to be reviewed at People Committee on 28 October.", "G", "green"),
            ("TB25/036", "9.1 Green Plan Progress",
             "Circulate the revised carbon reduction trajectory to Board members outside the meeting.",
             "CFO / Director of Estates & Facilities", ["CFO", "Director of Estates & Facilities"],
             "Aug-25", "", "2025-08",
             "Not yet circulated – awaiting the ICS Green Plan refresh.", "R", "red"),
        ]),
        (M3, [
            ("TB25/042", "6.1 Integrated Performance Report",
             "Add a measure of time to first outpatient appointment for community paediatrics to the IPR.",
             "Chief Operating Officer", ["Chief Operating Officer"],
             "Dec-25", "", "2025-12", "", "G", "green"),
            ("TB25/045", "10.2 Board Assurance Framework",
             "Review the risk score for BAF risk 4 (digital infrastructure) following the EPR upgrade go-live.",
             "Chief Digital Information Officer", ["Chief Digital Information Officer"],
             "Nov-25", "", "2025-11",
             "To be reviewed at Audit & Risk Committee on 16 October; verbal update at Board.", "G", "green"),
            ("TB25/047", "11.0 Any Other Business",
             "Arrange a Board development session on the 10 Year Health Plan and neighbourhood health.",
             "Trust Secretary", ["Trust Secretary"],
             "Jan-26", "", "2026-01", "Session booked for 14 January 2026.", "G", "green"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * len(hdr)
    w.writerow(["Homerton Healthcare NHS Foundation Trust"] + [""] * (len(hdr) - 1))
    w.writerow([title] + [""] * (len(hdr) - 1))
    w.writerow(["Updated: 22 October 2025 for the meeting on 5 November 2025"] + [""] * (len(hdr) - 1))
    w.writerow(["RAG key: B = complete, proposed for closure; G = on track / not yet due; "
                "A = at risk of missing due date; R = overdue"] + [""] * (len(hdr) - 1))
    w.writerow(blank)
    w.writerow(hdr)
    actions = []
    for meeting, items in rows:
        w.writerow([meeting] + [""] * (len(hdr) - 1))
        for (no, item, text, leadcell, leads, due, rev, end, upd, rag, status) in items:
            w.writerow([no, item, text, leadcell, due, rev, upd, rag])
            actions.append(act(no, [meeting], text, leads, end, status))
    w.writerow(blank)
    w.writerow(["Actions closed at the previous meeting have been removed and are held in the closed action log."]
               + [""] * (len(hdr) - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(name, {
        "source": (
            "Imitates an NHS foundation trust's public Trust Board action log as exported to CSV from a board "
            "papers system (Homerton Healthcare NHS Foundation Trust, 2025); the layout follows the action logs "
            "published in trust board packs (action number, agenda item, action, lead, due date, revised due "
            "date, update, RAG). Copied features: trust and log title lines, an 'updated' line, a RAG key line, "
            "meeting-date rows grouping the actions, executive job titles as leads (two posts split by '/'), "
            "Mmm-yy due dates with a revised due date column, a multi-line action cell, RAG letters and a "
            "closing note line."),
        "reads": (
            "The open actions from three public Trust Board meetings, each under its meeting row, with the "
            "responsible executive, due and revised due dates, an update and a RAG letter. Eight actions; the "
            "title, key and note lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------- xlsx helpers
def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


WRAP = Alignment(wrap_text=True, vertical="top")


def widths(ws, ws_widths):
    for i, wdt in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wdt


# ======================================================================
# 4. Bedfordshire Hospitals maternity and neonatal improvement plan (xlsx)
# ======================================================================
def make_bedfordshire():
    name = "kz2-bedfordshire-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2025/26 – Q2 position (30 September 2025)"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Bedfordshire Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Incorporating the Three Year Delivery Plan for Maternity and Neonatal Services, the CQC maternity "
                 "inspection (2024) and MNSI learning")
    cov["A5"], cov["B5"], cov["C5"], cov["D5"] = "Version", "Date", "Summary of changes", "Approved by"
    for c in "ABCD":
        cov[c + "5"].font = Font(bold=True)
    cov.append(["1.0", dt.datetime(2025, 4, 15), "Plan agreed", "Maternity & Neonatal Assurance Group"])
    cov.append(["2.1", dt.datetime(2025, 10, 10), "Q2 update; revised target dates agreed", "Quality Committee"])
    for r in (6, 7):
        cov.cell(r, 2).number_format = "dd/mm/yyyy"
    cov["A9"] = "RAG key"
    cov["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete – evidence of sustained delivery"), ("G", "On track"),
                                ("A", "Risk to delivery – mitigations in place"),
                                ("R", "Off track – escalation required")]):
        cov.cell(10 + i, 1, k).fill = fill(FILL[k])
        cov.cell(10 + i, 2, v)
    widths(cov, [10, 45, 40, 36])

    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Standards and structures that underpin safer, more personalised and more equitable care"
    D = dt.datetime
    plan = [
        (T1, [
            ("Objective 1: Care that is personalised", [
                ("1.1", "3YDP", "Offer every woman a personalised care and support plan at booking and review it at "
                                "28 and 36 weeks.",
                 "Deputy Head of Midwifery (Community)", ["Deputy Head of Midwifery (Community)"],
                 D(2025, 3, 31), D(2025, 9, 30), "A", "G",
                 "PCSP now in BadgerNet for all bookings. August 2025 audit: 91% of women had a PCSP reviewed at "
                 "36 weeks.", "PCSP audit Aug 2025"),
                ("1.2", "CQC MD3", "Ensure interpreting services are booked for all antenatal appointments where a "
                                   "need is identified, and record their use in the maternity record.",
                 "Patient Experience Midwife / Head of Patient Experience",
                 ["Patient Experience Midwife", "Head of Patient Experience"],
                 D(2025, 6, 30), None, "G", "B",
                 "Interpreter flag added to BadgerNet; compliance 96% in Q2. Propose closure.",
                 "Q2 compliance report"),
            ]),
            ("Objective 2: Improving equity for mothers and babies", [
                ("1.3", "3YDP", "Implement the LMNS equity and equality action plan, including continuity of carer "
                                "for women from Black, Asian and mixed ethnic groups living in the most deprived "
                                "areas.",
                 "Consultant Midwife – Public Health", ["Consultant Midwife – Public Health"],
                 D(2026, 3, 31), None, "G", "G",
                 "Second continuity team launched at Luton & Dunstable in July 2025.", "LMNS equity report"),
            ]),
        ]),
        (T2, [
            ("Objective 5: Grow our workforce", [
                ("2.1", "3YDP / CQC MD1", "Recruit to the funded midwifery establishment identified by the 2024 "
                                          "Birthrate Plus review.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 D(2025, 3, 31), D(2025, 12, 31), "R", "A",
                 "Vacancy rate 6.8% (Bedford) and 4.1% (L&D). 18 newly qualified midwives started in September 2025.",
                 "Workforce dashboard"),
            ]),
            ("Objective 7: Develop and retain a skilled workforce", [
                ("2.2", "CQC MD2", "Achieve 90% compliance with PROMPT and fetal monitoring training for all staff "
                                   "groups.",
                 "Practice Development Midwife Lead", ["Practice Development Midwife Lead"],
                 D(2025, 9, 30), None, "A", "A",
                 "Midwives 94%, obstetric consultants 88%, anaesthetists 81%. Additional anaesthetic sessions "
                 "booked for November.", "Training compliance report"),
            ]),
        ]),
        (T3, [
            ("Objective 9: Develop a positive safety culture", [
                ("3.1", "MNSI", "Embed the Perinatal Culture and Leadership Programme action plan, including "
                                "quarterly listening events with staff.",
                 "Divisional Director, Women’s & Children’s / Director of Midwifery",
                 ["Divisional Director, Women’s & Children’s", "Director of Midwifery"],
                 D(2025, 12, 31), None, "G", "G",
                 "Listening events held in June and September; themes fed into the culture action plan.",
                 "Culture action plan v3"),
            ]),
            ("Objective 10: Learning and improving", [
                ("3.2", "MNSI / PSIRF", "Complete the thematic review of term admissions to the neonatal unit "
                                        "(ATAIN) and share the learning at the daily safety huddle.",
                 "Neonatal Clinical Lead; Obstetric Risk Lead", ["Neonatal Clinical Lead", "Obstetric Risk Lead"],
                 D(2025, 6, 30), D(2025, 10, 31), "A", "B",
                 "Thematic review completed and presented to the Maternity & Neonatal Assurance Group on "
                 "8 October 2025.", "ATAIN thematic review"),
            ]),
        ]),
        (T4, [
            ("Objective 11: Standards to ensure best practice", [
                ("4.1", "Saving Babies’ Lives v3", "Achieve full implementation of all six elements of the Saving "
                                                   "Babies’ Lives Care Bundle version 3.",
                 "Consultant Obstetrician (SBLCB Lead)", ["Consultant Obstetrician (SBLCB Lead)"],
                 D(2026, 3, 31), None, "A", "A",
                 "Element 2 (fetal growth) at 78%; ultrasound capacity remains the limiting factor.",
                 "SBLCB self-assessment"),
                ("4.2", "CQC SD4", "Replace the obstetric theatre emergency call bell system at Bedford Hospital.",
                 "Associate Director of Estates", ["Associate Director of Estates"],
                 D(2025, 9, 30), D(2026, 3, 31), "G", "R",
                 "Contractor delayed; interim escalation process in place and tested monthly.", "Estates report"),
            ]),
        ]),
    ]

    ws = wb.create_sheet("Improvement Plan")
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original Target Date", "Revised Target Date",
           "Previous RAG (Q1)", "Current RAG (Q2)", "Progress Update", "Evidence / Assurance"]
    ncol = len(hdr)
    ws.cell(1, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Sites: Bedford Hospital and Luton & Dunstable University Hospital")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
    r = 5
    actions = []
    counts = {}
    for theme, objs in plan:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for obj, rows in objs:
            ws.cell(r, 1, obj).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            for (ref, src, text, leadcell, leads, orig, rev, prev, cur, prog, ev) in rows:
                vals = [ref, src, text, leadcell, orig, rev, prev, cur, prog, ev]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                for col in (5, 6):
                    ws.cell(r, col).number_format = "dd/mm/yyyy"
                ws.cell(r, 7).fill = fill(FILL[prev])
                ws.cell(r, 8).fill = fill(FILL[cur])
                end_d = rev or orig
                status = {"B": "blue", "G": "green", "A": "amber", "R": "red"}[cur]
                counts.setdefault(theme, {"B": 0, "G": 0, "A": 0, "R": 0})[cur] += 1
                actions.append(act(ref, [theme, obj], text, leads, end_d.strftime("%Y-%m"), status))
                r += 1
    r += 1
    ws.cell(r, 1, "Source key: 3YDP – Three year delivery plan for maternity and neonatal services (NHS England, "
                  "2023); CQC MD/SD – CQC must-do / should-do (2024); MNSI – Maternity and Newborn Safety "
                  "Investigations; PSIRF – Patient Safety Incident Response Framework.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r + 1, 1, "Revised target dates were agreed at the Maternity & Neonatal Assurance Group on "
                      "8 October 2025.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncol)
    widths(ws, [7, 14, 55, 30, 13, 13, 11, 11, 50, 24])
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary", 1)
    sm["A1"] = "Summary of current RAG by theme (Q2 2025/26)"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["Theme", "Total actions", "Blue", "Green", "Amber", "Red"])
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, _ in plan:
        c = counts[theme]
        sm.append([theme, sum(c.values()), c["B"], c["G"], c["A"], c["R"]])
        for k in tot:
            tot[k] += c[k]
    sm.append(["Total", sum(tot.values()), tot["B"], tot["G"], tot["A"], tot["R"]])
    widths(sm, [80, 14, 8, 8, 8, 8])
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates an acute trust's maternity and neonatal improvement plan organised by the four themes and "
            "objectives of NHS England's Three year delivery plan for maternity and neonatal services (2023, "
            "https://www.england.nhs.uk/long-read/three-year-delivery-plan-for-maternity-and-neonatal-services/), "
            "with CQC and MNSI actions mapped in, as reported to a trust quality committee (Bedfordshire "
            "Hospitals NHS FT, 2025). Copied features: a cover sheet with version table and RAG key, a summary "
            "sheet of RAG counts by theme, the plan sheet with a merged title row, merged theme and objective "
            "rows, a source column, two posts as leads, original and revised target dates as real dates, "
            "previous and current RAG letters with fill, progress and evidence columns and notes rows."),
        "reads": (
            "A two-site trust's maternity and neonatal improvement plan at Q2 2025/26. Each action sits under a "
            "3YDP theme and objective, with original and revised target dates and a previous and current RAG; "
            "the current RAG and the revised date (where given) apply. Nine actions on the Improvement Plan "
            "sheet; the cover and summary sheets are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 5. Amber Valley BC corporate risk register, refuse (xlsx)
# ======================================================================
def make_amber_valley():
    name = "kz2-amber-valley-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    title = "Corporate Risk Register – Quarter 3 2025/26 (position at 31 December 2025)"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    hdr = ["Risk Ref", "Risk Title", "Risk Description (cause and effect)", "Risk Owner",
           "Inherent Score (L x I)", "Current Controls", "Residual Score (L x I)", "Direction of Travel",
           "Further Actions Required", "Action Owner", "Target Date", "Progress / Comments"]
    n = len(hdr)
    ws.cell(1, 1, "Amber Valley Borough Council").font = Font(bold=True, size=14)
    ws.cell(2, 1, title).font = Font(bold=True, size=12)
    ws.cell(3, 1, "Reported to Audit and Governance Committee, 28 January 2026")
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = WRAP
    risks = [
        ("CR01", "Medium Term Financial Position",
         "Reduced funding, inflation and demand pressures mean the Council cannot set a balanced budget, "
         "leading to unplanned use of reserves and service reductions.",
         "Director of Resources (S151 Officer)", "4 x 5 = 20",
         "MTFS refreshed annually; monthly budget monitoring to CMT; reserves policy.", "4 x 4 = 16", "↔",
         [("Deliver the 2026/27 savings and income programme", "Director of Resources", "March 2026",
           "£1.1m of £1.6m identified; remaining proposals to Cabinet in February."),
          ("Review the reserves strategy as part of 2026/27 budget setting", "Head of Finance", "February 2026",
           "")]),
        ("CR02", "Cyber Security",
         "A successful cyber attack causes loss of systems and data, disruption to services and reputational "
         "damage.",
         "Chief Executive", "4 x 5 = 20",
         "Firewalls, MFA, patching regime, staff e-learning, offline back-ups.", "3 x 5 = 15", "↓",
         [("Complete the Cyber Essentials Plus reassessment", "ICT Manager", "June 2026", ""),
          ("Run a cyber incident tabletop exercise with CMT", "ICT Manager", "November 2025",
           "Exercise held 19 November 2025. Lessons log prepared.")]),
        ("CR03", "Local Plan",
         "Delay in adopting a new Local Plan leaves the Council exposed to speculative development and appeals.",
         "Director of Regeneration", "4 x 4 = 16",
         "Local Development Scheme; member working group; external legal advice.", "3 x 4 = 12", "↔",
         [("Submit the Local Plan for examination", "Planning Policy Manager", "September 2026", "")]),
        ("CR04", "Workforce Capacity",
         "Difficulty recruiting and retaining staff in key professional roles affects service delivery and "
         "statutory functions.",
         "Head of HR", "4 x 4 = 16",
         "Workforce strategy; agency framework; apprenticeships.", "3 x 4 = 12", "↑",
         [("Implement the workforce strategy action plan", "Head of HR", "March 2026", ""),
          ("Complete the market supplement review for planning and legal posts", "Head of HR", "Febuary 2026",
           "Benchmarking data received from East Midlands Councils.")]),
        ("CR05", "Temporary Accommodation",
         "Rising homelessness increases the use and cost of bed and breakfast accommodation.",
         "Director of Housing and Communities", "5 x 4 = 20",
         "Homelessness prevention fund; landlord incentive scheme.", "4 x 4 = 16", "↑",
         [("Open the additional council-owned temporary accommodation units", "Housing Options Manager",
           "April 2026", "Refurbishment works 70% complete.")]),
        ("CR06", "Local Government Reorganisation",
         "Uncertainty over reorganisation in Derbyshire diverts capacity and affects staff retention and "
         "long-term decisions.",
         "Chief Executive", "4 x 3 = 12",
         "LGR programme board; regular staff briefings.", "4 x 3 = 12", "↔",
         [("Contribute to the joint Derbyshire reorganisation proposal and implementation planning",
           "Chief Executive", "Ongoing", "")]),
    ]
    r = 6
    typo_row = None
    for (ref, rt, desc, owner, inh, ctl, res, dot, acts) in risks:
        first = True
        for (a, ao, td, prog) in acts:
            if first:
                vals = [ref, rt, desc, owner, inh, ctl, res, dot, a, ao, td, prog]
            else:
                vals = [None] * 8 + [a, ao, td, prog]
            for i, v in enumerate(vals, start=1):
                if v is not None:
                    ws.cell(r, i, v).alignment = WRAP
            if td == "Febuary 2026":
                typo_row = r
            first = False
            r += 1
    sc = {"20": "FF0000", "16": "FF0000", "15": "FFC000", "12": "FFC000"}
    for row in range(6, r):
        for col in (5, 7):
            v = ws.cell(row, col).value
            if v:
                ws.cell(row, col).fill = fill(sc[v.split("= ")[1]])
    widths(ws, [8, 20, 40, 22, 12, 35, 12, 10, 42, 24, 14, 38])
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring Matrix")
    mx["A1"] = "Risk scoring: Likelihood (1–5) x Impact (1–5)"
    mx["A1"].font = Font(bold=True)
    mx.append([])
    mx.append(["Score", "Rating", "Response"])
    for row in [("15 – 25", "High", "Managed by CMT; reported quarterly to Audit and Governance Committee"),
                ("8 – 12", "Medium", "Managed by Directors; reviewed quarterly"),
                ("1 – 6", "Low", "Managed within services")]:
        mx.append(list(row))
    widths(mx, [10, 10, 70])
    wb.save(os.path.join(HERE, name))
    assert typo_row == 12, typo_row

    write_expected(name, {
        "source": (
            "Imitates a district council's corporate risk register as reported quarterly to its audit and "
            "governance committee (Amber Valley Borough Council, Q3 2025/26): risk ref, title, cause-and-effect "
            "description, owner, inherent and residual L x I scores with fill, current controls, direction of "
            "travel arrows, and further actions with action owner, target date and progress, extra actions on "
            "continuation rows beneath their risk; a second sheet holds the scoring matrix."),
        "reads": (
            "A corporate risk register with six risks and nine further (mitigating) actions, each with an owner "
            "and a target month. On sheet row 12 the target date of the market supplement review reads "
            "'Febuary 2026', a mistyped month, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, None


# ======================================================================
# 6. SELCP transformation programme highlight report (xlsx)
# ======================================================================
def make_selcp():
    name = "kz2-south-east-lincolnshire-councils-partnership-transformation-programme-highlight-report.xlsx"
    title = "Partnership Transformation Programme – Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    n = 8
    ws.cell(1, 1, "South & East Lincolnshire Councils Partnership").font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws.cell(2, 1, title).font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    meta = [("Reporting period:", "Period 7 – October 2025"),
            ("Senior Responsible Owner:", "Deputy Chief Executive (Programme Delivery)"),
            ("Programme Manager:", "Rachel Tombs"),
            ("Overall programme RAG:", "AMBER")]
    for i, (k, v) in enumerate(meta):
        ws.cell(3 + i, 1, k).font = Font(bold=True)
        ws.merge_cells(start_row=3 + i, start_column=1, end_row=3 + i, end_column=2)
        ws.cell(3 + i, 3, v)
    ws.cell(6, 3).fill = fill(FILL["A"])
    ws.cell(8, 1, "Summary").font = Font(bold=True)
    ws.cell(9, 1, "The single customer contact platform is live for Boston and South Holland and the revenues and "
                  "benefits operating model has been agreed. East Lindsey migration has slipped to January 2026. "
                  "ERP procurement is off track after tender returns exceeded the approved budget.")
    ws.merge_cells("A9:H9")
    ws.cell(9, 1).alignment = WRAP
    ws.row_dimensions[9].height = 45
    ws.cell(11, 1, "Milestone summary").font = Font(bold=True)
    for i, (k, v) in enumerate([("Total", 10), ("Complete", 3), ("On track", 4), ("At risk", 2),
                                ("Off track", 1)]):
        ws.cell(12, 1 + i, k).font = Font(bold=True)
        ws.cell(13, 1 + i, v)
    ws.cell(15, 1, "Key milestones").font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone / deliverable", "Lead", "Council(s)", "Baseline date", "Forecast date", "RAG",
           "Commentary"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(16, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
    W1 = "Workstream 1 – Customer & Digital"
    W2 = "Workstream 2 – Shared Services Alignment"
    W3 = "Workstream 3 – Assets & Accommodation"
    W4 = "Workstream 4 – Workforce & Culture"
    D = dt.datetime
    ms = [
        (W1, [
            ("CD1", "Go live with the single customer contact platform for Boston and South Holland",
             "Mark Hutchinson", ["Mark Hutchinson"], "BBC, SHDC", D(2025, 6, 30), D(2025, 6, 30), "Complete",
             "blue", "Live 23 June 2025; 41% of contacts now self-serve."),
            ("CD2", "Migrate East Lindsey to the shared customer contact platform",
             "Mark Hutchinson", ["Mark Hutchinson"], "ELDC", D(2025, 10, 31), D(2026, 1, 31), "Amber", "amber",
             "Data migration slipped due to supplier resourcing; revised plan agreed at Programme Board 14/10/2025."),
            ("CD3", "Launch online ‘report it’ forms for waste and street scene across all three councils",
             "Mark Hutchinson & Lucy Barr", ["Mark Hutchinson", "Lucy Barr"], "All", D(2025, 12, 31),
             D(2025, 12, 31), "Green", "green", "Forms built and in user testing."),
        ]),
        (W2, [
            ("SS1", "Agree a single revenues and benefits operating model",
             "Gemma Talbot", ["Gemma Talbot"], "All", D(2025, 9, 30), D(2025, 9, 30), "Complete", "blue",
             "Approved by Joint Committee 25 September 2025."),
            ("SS2", "Procure a single finance and HR system (ERP) for the Partnership",
             "Gemma Talbot", ["Gemma Talbot"], "All", D(2026, 3, 31), D(2026, 6, 30), "Red", "red",
             "Tender returns exceeded budget; options paper to Joint Committee in November."),
            ("SS3", "Harmonise the planning application validation checklist",
             "Andy Kelly", ["Andy Kelly"], "All", D(2025, 11, 30), D(2025, 11, 30), "Green", "green",
             "Consultation with agents closed 10 October."),
        ]),
        (W3, [
            ("AA1", "Complete condition surveys of the three council headquarters buildings",
             "Joanne Brewin", ["Joanne Brewin"], "All", D(2025, 8, 31), D(2025, 8, 31), "Complete", "blue",
             "Surveys received; summary to Programme Board September."),
            ("AA2", "Present the office consolidation options appraisal to the three Executives",
             "Joanne Brewin", ["Joanne Brewin"], "All", D(2025, 12, 31), D(2026, 2, 28), "Amber", "amber",
             "Options appraisal delayed to include the outcome of the Tedder Hall lease review."),
        ]),
        (W4, [
            ("WC1", "Roll out the ‘One Team’ leadership development programme to all third-tier managers",
             "Claire Winfield", ["Claire Winfield"], "All", D(2026, 3, 31), D(2026, 3, 31), "Green", "green",
             "Cohorts 1 and 2 complete; cohort 3 starts January."),
            ("WC2", "Complete the pay and grading harmonisation consultation with Unison",
             "Claire Winfield", ["Claire Winfield"], "All", D(2026, 1, 31), D(2026, 1, 31), "Green", "green",
             "Formal consultation opened 1 October 2025."),
        ]),
    ]
    rag_fill = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}
    r = 17
    actions = []
    for ws_name, rows in ms:
        ws.cell(r, 1, ws_name).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
        for (ref, text, leadcell, leads, councils, base, fc, rag, status, comm) in rows:
            vals = [ref, text, leadcell, councils, base, fc, rag, comm]
            for i, v in enumerate(vals, start=1):
                ws.cell(r, i, v).alignment = WRAP
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(rag_fill[rag])
            actions.append(act(ref, [ws_name], text, leads, fc.strftime("%Y-%m"), status))
            r += 1
    r += 1
    ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True)
    ws.cell(r + 1, 1, "1. Approve the revised go-live date for the East Lindsey customer contact migration (CD2).")
    ws.cell(r + 2, 1, "2. Note that the ERP options paper will go to Joint Committee in November (SS2).")
    for k in (1, 2):
        ws.merge_cells(start_row=r + k, start_column=1, end_row=r + k, end_column=n)
    ws.cell(r + 4, 1, "RAG key: Green – on track; Amber – at risk but recoverable; Red – off track, Programme "
                      "Board intervention required; Complete – delivered.")
    ws.merge_cells(start_row=r + 4, start_column=1, end_row=r + 4, end_column=n)
    widths(ws, [14, 55, 26, 12, 13, 13, 11, 50])

    cl = wb.create_sheet("Change Log")
    cl.append(["Date", "Change", "Approved by"])
    for c in "ABC":
        cl[c + "1"].font = Font(bold=True)
    cl.append([D(2025, 10, 14), "CD2 forecast moved from 31/10/2025 to 31/01/2026", "Programme Board"])
    cl.append([D(2025, 10, 14), "AA2 forecast moved from 31/12/2025 to 28/02/2026", "Programme Board"])
    cl.append([D(2025, 9, 9), "SS2 forecast moved from 31/03/2026 to 30/06/2026", "Programme Board"])
    for row in (2, 3, 4):
        cl.cell(row, 1).number_format = "dd/mm/yyyy"
    widths(cl, [12, 55, 20])
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": (
            "Imitates a monthly programme highlight report for the South & East Lincolnshire Councils "
            "Partnership (Boston BC, East Lindsey DC and South Holland DC, shared management since 2021; "
            "partnership progress reports e.g. https://democracy.boston.gov.uk/mgAi.aspx?ID=7003), 2025. "
            "Copied features: partnership and report title rows, a metadata block (period, SRO, programme "
            "manager, overall RAG with fill), a summary paragraph, a milestone totals block, a milestone table "
            "grouped by merged workstream rows with named leads (two joined by '&'), baseline and forecast "
            "dates as real dates, RAG words with fill, a 'decisions required' block, a RAG key line and a "
            "change log sheet."),
        "reads": (
            "A transformation programme highlight report for October 2025: ten milestones under four "
            "workstreams, each with a lead, baseline and forecast date and a RAG word (Complete meaning "
            "delivered). The forecast date is the revised end. The metadata, summary, totals, decisions and "
            "change log are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 7. North Herts CSP community safety action plan (tab-separated txt)
# ======================================================================
def make_north_herts():
    name = "kz2-north-herts-csp-community-safety-action-plan-2025-26.txt"
    title = "Community Safety Action Plan 2025-26 (NHCSAP) – Quarter 2 update"
    P1 = ("Priority 1: Anti-Social Behaviour (inc. criminal damage, deliberate fires and environmental crime, "
          "vehicle ASB)")
    P2 = "Priority 2: Violence Against Women and Girls (inc. domestic abuse, rape, serious sexual offences and stalking)"
    P3 = "Priority 3: Violence (inc. night-time economy crime, gangs and county lines and substance misuse)"
    O11 = "Reduce repeat ASB in the district’s hotspot locations"
    O13 = "Tackle vehicle nuisance and speeding"
    O21 = "Improve the safety of women and girls in the night-time economy"
    O23 = "Increase awareness of domestic abuse support services"
    O31 = "Protect young people from exploitation and county lines"
    O33 = "Reduce deliberate fires"
    # (ref, objective cell, objective carried, action, leadcell, leads, timescale, end, end_text, progress, rag, status)
    plan = [
        (P1, [
            ("1.1", O11, O11, "Hold monthly Joint Action Group (JAG) problem-solving meetings for the top five ASB "
                              "hotspots identified from police and council data",
             "NHC Community Safety Team", ["NHC Community Safety Team"], "Monthly", None, "Monthly",
             "JAG meeting monthly; Letchworth town centre and Hitchin Market Place remain the top two locations.",
             "G", "green"),
            ("1.2", "", O11, "Deploy the mobile CCTV units to hotspot locations on a six-week rotation agreed at JAG",
             "NHC Community Safety Team / Herts Constabulary", ["NHC Community Safety Team", "Herts Constabulary"],
             "Mar-26", "2026-03", None, "Units deployed to four locations in Q2.", "G", "green"),
            ("1.3", O13, O13, "Run two vehicle ASB and speeding days of action in Royston and Baldock with "
                              "Community Speedwatch volunteers",
             "Herts Constabulary (North Herts SNT)", ["Herts Constabulary (North Herts SNT)"], "Sep-25", "2025-09",
             None, "Both days of action held (July and September); 37 vehicles stopped.", "Complete", "blue"),
        ]),
        (P2, [
            ("2.1", O21, O21, "Deliver Ask for Angela and bystander training to licensed premises in Hitchin and "
                              "Letchworth",
             "NHC Licensing / Herts Constabulary", ["NHC Licensing", "Herts Constabulary"], "Dec-25", "2025-12",
             None, "18 of 42 premises trained so far; uptake lower than expected.", "A", "amber"),
            ("2.2", "", O21, "Work with Hitchin BID to run a Safe Space on Friday and Saturday nights",
             "NHC Community Safety Team", ["NHC Community Safety Team"], "Apr 2025 – Mar 2026", "2026-03",
             "Apr 2025 – Mar 2026", "Pilot running since September 2025 with volunteer street pastors.", "G",
             "green"),
            ("2.3", O23, O23, "Promote the Herts Domestic Abuse Helpline during the 16 Days of Action campaign",
             "NHC Communications", ["NHC Communications"], "10/12/2025", "2025-12", None,
             "Campaign materials prepared.", "G", "green"),
        ]),
        (P3, [
            ("3.1", O31, O31, "Deliver exploitation awareness sessions to Year 9 students in all North Herts "
                              "secondary schools",
             "HCC Services for Young People", ["HCC Services for Young People"], "Jul-26", "2026-07", None,
             "Programme agreed with 7 of 9 schools; 2 schools yet to confirm dates.", "A", "amber"),
            ("3.2", "", O31, "Carry out cuckooing welfare visits with housing providers to addresses identified "
                             "through the Partnership Tasking Group",
             "Herts Constabulary / Settle", ["Herts Constabulary", "Settle"], "Ongoing", None, "Ongoing",
             "", "", "unrated"),
            ("3.3", O33, O33, "Provide targeted fire safety and arson prevention visits in areas with repeat "
                              "deliberate secondary fires",
             "HFRS", ["HFRS"], "Mar-26", "2026-03", None,
             "Visits paused in August due to crew availability; restarting November.", "R", "red"),
        ]),
    ]
    lines = ["North Hertfordshire Community Safety Partnership",
             title,
             "Prepared for the Responsible Authorities Group, 16 October 2025",
             "",
             "\t".join(["Ref", "Objective", "Action", "Lead agency", "Timescale", "Q2 progress", "RAG"])]
    actions = []
    for pri, rows in plan:
        lines.append(pri)
        for (ref, objcell, obj, text, leadcell, leads, ts, end, et, prog, rag, status) in rows:
            lines.append("\t".join([ref, objcell, text, leadcell, ts, prog, rag]))
            actions.append(act(ref, [pri, obj], text, leads, end, status, et))
    lines += ["",
              "RAG key: G = on track; A = some slippage; R = not on track; Complete = achieved",
              "Abbreviations: NHC – North Herts Council; HFRS – Hertfordshire Fire and Rescue Service; "
              "HCC – Hertfordshire County Council; SNT – Safer Neighbourhood Team; BID – Business Improvement "
              "District"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": (
            "Imitates the North Hertfordshire Community Safety Partnership's annual Community Safety Action Plan "
            "(NHCSAP; https://www.north-herts.gov.uk/community-safety-action-plan lists its strategic priorities: "
            "anti-social behaviour, violence against women and girls, violence), 2025-26, saved from Excel as "
            "tab-separated text. Copied features: partnership and plan title lines, a 'prepared for' line, one "
            "header row, priority heading lines, an objective column filled only on the first action of each "
            "objective, lead agencies (two split by '/'), Mmm-yy, dd/mm/yyyy, a period, 'Monthly' and 'Ongoing' "
            "timescales, RAG letters and 'Complete', a blank not-started row, and key and abbreviation lines."),
        "reads": (
            "A CSP's action plan at Quarter 2: three priorities, each with objectives and numbered actions, lead "
            "agency, timescale, progress and RAG. Where the objective cell is blank the action belongs to the "
            "objective above. Nine actions; the key and abbreviation lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_emppc, make_gedling, make_homerton, make_bedfordshire, make_amber_valley, make_selcp,
               make_north_herts):
        nm, k = fn()
        print(nm, k)
