#!/usr/bin/env python
"""Generator for the d2- cases of heldout38 (blind corpus). Run with /work/main/.venv/bin/python.

Each plan's content is held below, and the document files are built from it. Beside each action sit
hand-written readings (E(...): lead list, end month, end text, status). They are what a person reads
in the cells; they are not computed from the cell text and are not written into the documents.

    d2_make.py yaml   writes the .expected.yaml files from those readings (done first)
    d2_make.py docs   builds the document files
"""
import csv
import datetime as dt
import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = "d2-"


def D(y, m, d):
    return dt.datetime(y, m, d)


def E(lead, end, status, end_text=None):
    return {"lead": lead, "end": end, "status": status, "end_text": end_text}


def q(s):
    return json.dumps(s, ensure_ascii=False)


# ----------------------------------------------------------------------------------------------
# yaml writer
# ----------------------------------------------------------------------------------------------
def wrap(text, width=100):
    out, cur = [], " "
    for w in text.split():
        if len(cur) + len(w) + 1 > width:
            out.append(cur.rstrip())
            cur = " "
        cur += " " + w
    out.append(cur.rstrip())
    return out


def write_yaml(fname, meta, actions):
    lines = []
    for key in ("source", "reads"):
        lines.append(f"{key}: >-")
        lines.extend(wrap(meta[key]))
    lines.append(f"outcome: {meta['outcome']}")
    lines.append(f"accept_refusal: {str(meta.get('accept_refusal', False)).lower()}")
    if "refuse_at" in meta:
        lines.append(f"refuse_at: {meta['refuse_at']}")
    if meta.get("title"):
        lines.append(f"title: {q(meta['title'])}")
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            e = a["E"]
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append(f"    under: {q(a['under'])}")
            lines.append(f"    action: {q(a['action'])}")
            lines.append(f"    lead: {q(e['lead'])}")
            lines.append(f"    end: {q(e['end']) if e['end'] else 'null'}")
            if e.get("end_text"):
                lines.append(f"    end_text: {q(e['end_text'])}")
            lines.append(f"    status: {e['status']}")
    with open(os.path.join(HERE, P + fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------------------------------------
# shared helpers
# ----------------------------------------------------------------------------------------------
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
    "grey": "D9D9D9", "head": "1F4E79", "pale": "DEEAF6", "lgreen": "E2EFDA",
}


def xfill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ==============================================================================================
# 1. Wirral Safeguarding Children Partnership – LCSPR Child M action plan (.docx)
#    RAG column is colour only (cell shading, no text); key under the table.
# ==============================================================================================
WIRRAL_NAME = "wirral-scp-lcspr-child-m-action-plan.docx"
WIRRAL_TITLE = "Wirral Safeguarding Children Partnership – Local Child Safeguarding Practice Review: Child M – Multi-agency Action Plan"
W_R1 = ("Recommendation 1: WSCP partners should make sure that practitioners recognise and assess "
        "cumulative neglect of pre-school children, using the Graded Care Profile 2 (GCP2).")
W_R2 = ("Recommendation 2: Agencies should make sure that the voice and daily lived experience of the "
        "child are recorded and inform decisions, particularly where a child has additional needs and "
        "limited verbal communication.")
W_R3 = ("Recommendation 3: The Partnership should seek assurance that information about fathers and "
        "other significant males in a child's life is sought, recorded and shared across agencies.")
W_R4 = ("Recommendation 4: Safeguarding partners should review how the escalation policy is used when "
        "agencies disagree about thresholds and next steps.")
WIRRAL = [
    # ref, under, action, lead cell, timescale cell, progress, rag fill (None = no fill), reading
    dict(ref="1.1", under=[W_R1],
         action="Relaunch GCP2 through practitioner briefings, with a focus on pre-school children who do not attend an early years setting.",
         lead="WSCP Learning and Development Officer", when="June 2025",
         prog="Four briefings delivered in April and May 2025 to 212 practitioners from health, early years, police and children's services.",
         rag="blue", E=E(["WSCP Learning and Development Officer"], "2025-06", "blue")),
    dict(ref="1.2", under=[W_R1],
         action="Multi-agency audit of 20 cases where neglect is the main concern, to test whether GCP2 has been used and has informed the child's plan.",
         lead="WSCP Quality Assurance Sub-group Chair", when="Q3 2025/26",
         prog="Audit tool agreed at the QA Sub-group in July 2025. Audit scheduled for November 2025.",
         rag="green", E=E(["WSCP Quality Assurance Sub-group Chair"], "2025-12", "green")),
    dict(ref="2.1", under=[W_R2],
         action="Update single-agency recording guidance so that it prompts practitioners to record how they sought the views of a child with limited verbal communication.",
         lead="All partner agencies", when="30/09/2025",
         prog="Guidance updated by Children's Services, Merseyside Police and Wirral Community Health and Care. Acute trust and education guidance still in draft.",
         rag="amber", E=E(["All partner agencies"], "2025-09", "amber")),
    dict(ref="2.2", under=[W_R2],
         action="Deliver a joint learning session for the Children with Disabilities Team and health visitors on communication tools (e.g. Talking Mats, objects of reference).",
         lead="Team Manager, Children with Disabilities / Health Visiting Service Lead", when="October 2025",
         prog="Session booked for 14 October 2025; 40 places.",
         rag="green", E=E(["Team Manager, Children with Disabilities", "Health Visiting Service Lead"], "2025-10", "green")),
    dict(ref="3.1", under=[W_R3],
         action="Add a prompt on 'who else lives in or regularly visits the home' to the Integrated Front Door contact record and the health visiting new birth visit template.",
         lead="Head of Integrated Front Door; Head of 0-19 Service", when="By end of December 2025",
         prog="Front Door contact record amended in August 2025. Change to the health visiting template is waiting for the system supplier.",
         rag="amber", E=E(["Head of Integrated Front Door", "Head of 0-19 Service"], "2025-12", "amber")),
    dict(ref="3.2", under=[W_R3],
         action="Develop a multi-agency practice guide on working with fathers and male carers, co-produced with fathers who have used services.",
         lead="WSCP Business Manager", when="Sept 2025 – March 2026",
         prog="Not yet started; task and finish group to be set up in September 2025.",
         rag=None, E=E(["WSCP Business Manager"], "2026-03", "unrated")),
    dict(ref="3.3", under=[W_R3],
         action="Publish the Child M 7-minute briefing and ask each partner agency to confirm that it has been cascaded to frontline teams.",
         lead="WSCP Business Unit", when="May 2025",
         prog="Briefing published 2 May 2025. Cascade confirmed by all nine partner agencies.",
         rag="blue", E=E(["WSCP Business Unit"], "2025-05", "blue")),
    dict(ref="4.1", under=[W_R4],
         action="Refresh the WSCP Resolving Professional Differences (Escalation) Policy and publish it on the WSCP website.",
         lead="DCI, Public Protection Unit (Merseyside Police)", when="31/07/2025",
         prog="Draft circulated to partners in June 2025. Sign-off has not yet taken place because the policy review was paused while the new Working Together arrangements were agreed.",
         rag="red", E=E(["DCI, Public Protection Unit (Merseyside Police)"], "2025-07", "red")),
    dict(ref="4.2", under=[W_R4],
         action="Report the number and outcome of escalations to the WSCP Executive Group each quarter.",
         lead="WSCP Business Manager", when="Quarterly",
         prog="Q1 2025/26 report presented to the Executive Group in July 2025: 17 escalations, 15 resolved at stage 1.",
         rag="green", E=E(["WSCP Business Manager"], None, "green", "Quarterly")),
]
WIRRAL_META = dict(
    source=(
        "Imitates the multi-agency action plans that English safeguarding children partnerships attach to a "
        "Local Child Safeguarding Practice Review (LCSPR) and track through their case review and quality "
        "assurance sub-groups (procedures described e.g. at https://www.buckschildrensmapp.co.uk/child-safeguarding-practice-reviews/; "
        "published-review pages such as https://cwmtafmorgannwgsafeguardingboard.co.uk/En/SafeguardingUpdates/Archive/2024/May2024/PublishedPracticeReviews.aspx "
        "list the review, its 7-minute briefing and action plan). Wirral Safeguarding Children Partnership and Child M "
        "are used as the setting; the review and all actions are invented. Layout copied: a title, an intro paragraph, "
        "a document-control table, then one landscape table with each recommendation as a shaded row merged across "
        "the table, numbered actions 1.1, 1.2 under it, a 'Lead agency / officer' column holding posts (two posts "
        "joined by '/' or ';'), a Timescale column written as text (months, dd/mm/yyyy, a quarter, a period, "
        "'Quarterly'), a progress column, and a RAG column that is colour only (no words), with a RAG key under the table."
    ),
    reads=(
        "Nine actions under four review recommendations, each with a lead post or agency, a timescale and a "
        "coloured RAG cell (blue complete, green, amber, red; 3.2 has no colour and is not yet started). "
        "2.2 and 3.1 have two leads; 4.2 is due 'Quarterly'. The document-control table is not part of the plan."
    ),
    outcome="read", title=WIRRAL_TITLE,
)


def build_wirral():
    doc = Document()
    landscape(doc)
    doc.add_heading(WIRRAL_TITLE, level=1)
    doc.add_paragraph(
        "This action plan sets out how the Wirral Safeguarding Children Partnership (WSCP) and its partner "
        "agencies will respond to the findings and recommendations of the Local Child Safeguarding Practice "
        "Review (LCSPR) into the circumstances of Child M. Progress is monitored by the Case Review Sub-group "
        "and reported to the WSCP Executive Group. Progress is shown as at 31 August 2025.")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comments"),
        ("0.3", "12/03/2025", "WSCP Business Manager", "Draft for Case Review Sub-group"),
        ("1.0", "09/04/2025", "WSCP Business Manager", "Approved by WSCP Executive Group"),
        ("1.2", "04/09/2025", "WSCP Business Unit", "Progress update at 31 August 2025"),
    ]):
        for j, t in enumerate(row):
            set_text(dc.cell(i, j), t, bold=(i == 0))
    doc.add_paragraph()
    heads = ["Ref", "Action", "Lead agency / officer", "Timescale",
             "Progress update and evidence of impact", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    cur = None
    for a in WIRRAL:
        if a["under"][0] != cur:
            cur = a["under"][0]
            r = t.add_row()
            m = r.cells[0].merge(r.cells[5])
            set_text(m, cur, bold=True)
            shade(m, "E7E6E6")
        r = t.add_row().cells
        for j, v in enumerate([a["ref"], a["action"], a["lead"], a["when"], a["prog"], ""]):
            set_text(r[j], v)
        if a["rag"]:
            shade(r[5], FILL[a["rag"]])
    widths = [Cm(1.2), Cm(7.5), Cm(4.5), Cm(3.0), Cm(8.0), Cm(1.6)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    doc.add_paragraph()
    doc.add_paragraph("RAG key:  Red – not on track / overdue;  Amber – some slippage, action in hand;  "
                      "Green – on track;  Blue – complete;  No colour – not yet started.")
    doc.save(os.path.join(HERE, P + WIRRAL_NAME))


# ==============================================================================================
# 2. Mid Ulster PCSP – Action Plan 2024-25 Quarter 3 progress (.txt, tab-separated export)
# ==============================================================================================
MU_NAME = "mid-ulster-pcsp-action-plan-q3-progress.txt"
MU_TITLE = "Mid Ulster Policing and Community Safety Partnership – Action Plan 2024-25: Quarter 3 Progress Report"
MU_SP1 = ("Strategic Priority 1 – To ensure effective delivery in response to local need, and improve the "
          "visibility and recognition of the work of the PCSP through effective consultation, communication and engagement")
MU_SP2 = ("Strategic Priority 2 – To improve community safety by prioritising and addressing local community "
          "safety issues, tackling crime and anti-social behaviour")
MU_SP3 = ("Strategic Priority 3 – To support confidence in policing, including through collaborative problem "
          "solving with communities")
MU = [
    dict(ref="1.1", under=[MU_SP1],
         action="Hold four PCSP public meetings, one in each DEA cluster, with agendas agreed with the local Neighbourhood Inspector.",
         lead="PCSP", when="Apr 24 – Mar 25", target="4 public meetings; 120 attendees",
         prog="Three meetings held (Cookstown, Dungannon, Magherafelt) with 97 attendees. Torrent meeting arranged for 6 February 2025.",
         rag="G", E=E(["PCSP"], "2025-03", "green")),
    dict(ref="1.2", under=[MU_SP1],
         action="Run a 'Have Your Say' community safety survey online and at local events to inform the 2025-26 action plan.",
         lead="PCSP Manager", when="Sept 2024", target="500 responses",
         prog="Survey closed 30 September with 612 responses; results reported to the PCSP meeting in November.",
         rag="Complete", E=E(["PCSP Manager"], "2024-09", "blue")),
    dict(ref="1.3", under=[MU_SP1],
         action="Publish a PCSP e-newsletter and keep PCSP social media channels up to date.",
         lead="PCSP Officer (Communications)", when="Quarterly", target="4 newsletters; 2 posts per week",
         prog="Autumn newsletter issued in October. Facebook followers up from 3,410 to 3,905.",
         rag="G", E=E(["PCSP Officer (Communications)"], None, "green", "Quarterly")),
    dict(ref="2.1", under=[MU_SP2],
         action="Fund and coordinate the Community Safety Warden scheme in Cookstown and Dungannon town centres on Friday and Saturday evenings.",
         lead="PCSP & Mid Ulster DC", when="Apr 24 – Mar 25", target="52 weekends per town",
         prog="Wardens deployed on 38 of the 39 weekends planned to date in Dungannon but only 29 in Cookstown; recruitment to two vacant posts under way.",
         rag="A", E=E(["PCSP", "Mid Ulster DC"], "2025-03", "amber")),
    dict(ref="2.2", under=[MU_SP2],
         action="Deliver the Home Secure scheme for older and vulnerable residents (locks, door chains and spy holes fitted free of charge).",
         lead="PCSP", when="31 March 2025", target="150 homes",
         prog="112 homes made secure to the end of Q3; referrals from PSNI and local health and social care teams.",
         rag="G", E=E(["PCSP"], "2025-03", "green")),
    dict(ref="2.3", under=[MU_SP2],
         action="Run a rural crime awareness campaign with farming groups, including trailer and quad bike marking events.",
         lead="PSNI Rural Crime Officer / PCSP", when="Nov 24", target="6 marking events",
         prog="Seven marking events held at marts and farm groups; 264 items marked.",
         rag="Complete", E=E(["PSNI Rural Crime Officer", "PCSP"], "2024-11", "blue")),
    dict(ref="2.4", under=[MU_SP2],
         action="Deliver drug and alcohol awareness sessions in post-primary schools and youth settings.",
         lead="PCSP & Education Authority Youth Service", when="Jan – Mar 2025", target="20 sessions; 400 young people",
         prog="No sessions delivered in Q3. The delivery partner's contract ended in September and a new provider is being procured.",
         rag="R", E=E(["PCSP", "Education Authority Youth Service"], "2025-03", "red")),
    dict(ref="2.5", under=[MU_SP2],
         action="Support the 16 Days of Action against domestic and sexual violence with partner organisations.",
         lead="PCSP Officer", when="Dec-24", target="1 campaign",
         prog="Campaign run 25 November – 10 December with Women's Aid; information stands in five town centres.",
         rag="Complete", E=E(["PCSP Officer"], "2024-12", "blue")),
    dict(ref="3.1", under=[MU_SP3],
         action="Hold Policing Committee meetings at which the District Commander reports on local policing performance and priorities.",
         lead="Policing Committee / PSNI District Commander", when="Ongoing", target="4 meetings",
         prog="Meetings held in June, September and December; questions from members answered in writing where not covered.",
         rag="G", E=E(["Policing Committee", "PSNI District Commander"], None, "green", "Ongoing")),
    dict(ref="3.2", under=[MU_SP3],
         action="Deliver joint PSNI and PCSP problem-solving projects in three areas identified through the community survey.",
         lead="PSNI Neighbourhood Policing Team", when="Q4 2024/25", target="3 projects",
         prog="Two projects agreed (Coalisland and Maghera); third area still to be agreed with the Neighbourhood Team.",
         rag="A", E=E(["PSNI Neighbourhood Policing Team"], "2025-03", "amber")),
]
MU_META = dict(
    source=(
        "Imitates a Northern Ireland Policing and Community Safety Partnership (PCSP) action plan progress report: "
        "PCSPs plan against the three strategic priorities set by the Department of Justice and the Policing Board "
        "(https://www.pcsps.org/strategic-objectives-what-pcsps-are-expected-do) and report quarterly to the PCSP and "
        "Joint Committee. Mid Ulster PCSP is the setting; projects are invented. Copied as a tab-separated export of "
        "the spreadsheet: a title line and a period line, the header, a line for each strategic priority with the "
        "other fields empty, numbered projects, leads as partner bodies ('PCSP', 'PSNI', two joined by '&' or '/'), "
        "timescales written as people type them (Apr 24 – Mar 25, Sept 2024, Nov 24, Dec-24, Jan – Mar 2025, "
        "Q4 2024/25, Quarterly, Ongoing), an OBA-style target column, and a RAG column of G/A/R/Complete with a key at the foot."
    ),
    reads=(
        "Ten projects under the three PCSP strategic priorities, each with a lead partner, a timescale, a target, "
        "a Q3 update and a RAG letter or 'Complete'. 1.3 is Quarterly and 3.1 Ongoing; four projects have two leads."
    ),
    outcome="read", title=MU_TITLE,
)


def build_mu():
    L = [MU_TITLE, "Reporting period: 1 October – 31 December 2024", ""]
    L.append("\t".join(["Ref", "Project / Action", "Lead", "Timescale",
                        "Target (How much will we do?)", "Q3 Update", "RAG"]))
    cur = None
    for a in MU:
        if a["under"][0] != cur:
            cur = a["under"][0]
            L.append("\t".join([cur] + [""] * 6))
        L.append("\t".join([a["ref"], a["action"], a["lead"], a["when"], a["target"], a["prog"], a["rag"]]))
    L += ["", "RAG key: G = on track; A = some delay; R = significant delay / not delivered; Complete = project delivered",
          "Prepared by the PCSP Manager for the PCSP meeting of 21 January 2025"]
    with open(os.path.join(HERE, P + MU_NAME), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ==============================================================================================
# 3. Calderdale YJS – HMI Probation inspection improvement plan (.xlsx) – REFUSE
#    A revised target date typed as text, 'Ocotber 2025', at sheet row 12.
# ==============================================================================================
CAL_NAME = "calderdale-yjs-hmip-improvement-plan.xlsx"
CAL_TITLE = "Calderdale Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan"
C_MGR = "The Youth Justice Service Manager should:"
C_BRD = "The Youth Justice Management Board should:"
C_R1 = "1. make sure that assessments draw on all relevant information about risk to others, including information held by children's social care and the police"
C_R2 = "2. improve contingency planning so that plans set out what will be done if the child's circumstances or risks change"
C_R3 = "3. make sure that children's diversity needs, including speech, language and communication needs, are understood and addressed in interventions"
C_R4 = "4. make sure that all statutory partners attend Board meetings at an appropriate level of seniority and contribute to the work of the service"
C_R5 = "5. make sure that education, training and employment provision meets the needs of children known to the service, particularly those not in full-time education"
CAL = [
    # ref, group heading, recommendation, action, lead, target (datetime), revised (text or None), progress, rag
    ("1.1", C_MGR, C_R1, "Introduce a pre-assessment records check of children's social care (Mosaic) and police (Niche) information for every new case.",
     "SK", D(2024, 10, 31), None, "Records check built into the allocation process from 1 October 2024; audited in November with 100% compliance.", "Complete"),
    ("1.2", C_MGR, C_R1, "Monthly thematic audit of 10 cases against the 'keeping other people safe' standard, with findings reported to the Management Board.",
     "JH/MB", D(2025, 3, 31), None, "Audits completed October – December; themes reported to the Board on 9 January 2025.", "Green"),
    ("2.1", C_MGR, C_R2, "Deliver contingency planning workshops for all case managers, using examples from the inspection.",
     "SK", D(2024, 11, 30), "January 2025", "Two workshops held 16 and 23 January 2025; 22 of 24 case managers attended.", "Complete"),
    ("2.2", C_MGR, C_R2, "Amend the ChildView plan template so that the contingency section has to be completed before a plan can be authorised.",
     "MB", D(2024, 12, 31), "March 2025", "Change request raised with the supplier; testing planned for February.", "Amber"),
    ("3.1", C_MGR, C_R3, "Screen every child at the start of an intervention with the speech and language screening tool and record the outcome in ChildView.",
     "AB", D(2024, 9, 30), None, "Screening in place for all new cases since September 2024.", "Complete"),
    ("3.2", C_MGR, C_R3, "Refresh the YJS disproportionality action plan with the Children's Services race equality group.",
     "JH", D(2025, 3, 31), "Ocotber 2025", "Refresh delayed to take account of new YJB guidance on disproportionality.", "Amber"),
    ("4.1", C_BRD, C_R4, "Review Board membership and terms of reference, and agree named deputies for each statutory partner.",
     "Chair of YJMB", D(2024, 12, 31), None, "Revised terms of reference agreed 5 December 2024.", "Complete"),
    ("4.2", C_BRD, C_R4, "Introduce a partner contribution report as a standing item at each Board meeting.",
     "Chair of YJMB / JH", D(2025, 1, 31), None, "First partner reports (police and health) received at the January Board.", "Green"),
    ("5.1", C_BRD, C_R5, "Agree a protocol with the Virtual School and the Inclusion Service for children open to the YJS who are on reduced timetables.",
     "Head of Inclusion", D(2025, 3, 31), None, "Draft protocol shared with schools' forum; comments due February.", "Amber"),
    ("5.2", C_BRD, C_R5, "Report education, training and employment attendance for all YJS children to each Board meeting.",
     "YJS Information Officer", D(2025, 1, 31), None, "Attendance data report presented to the January Board.", "Complete"),
]
CAL_META = dict(
    source=(
        "Imitates a youth justice service improvement plan written after an HM Inspectorate of Probation inspection, "
        "with the inspectors' recommendations grouped by whom they address ('The YJS manager should:' / 'The "
        "Management Board should:'), as in Reading's YJS improvement plan after the September 2024 inspection "
        "(https://democracy.reading.gov.uk/mgAi.aspx?ID=15127) and the Rotherham YOS improvement action plan "
        "(ref, area requiring improvement, action, completion date, lead officer, progress; "
        "https://docsbay.net/rotherham-metropolitan-borough-council-children-and-young-people-s-services). "
        "Calderdale YJS is the setting; recommendations and actions are invented. Layout copied: title and inspection "
        "lines, merged heading rows for each addressee, the recommendation merged down beside its actions, leads as "
        "initials with a key, Excel target dates shown mmm-yy, a 'Revised target date' column typed as text, and a "
        "RAG word with a fill colour. The revised date for action 3.2 is typed 'Ocotber 2025', a mistyped month."
    ),
    reads=(
        "Ten actions under five HMIP recommendations, with initials as leads and target dates, some revised. At "
        "sheet row 12 (action 3.2) the revised target date reads 'Ocotber 2025': a misspelt month, which a careful "
        "reader would query before taking it as October 2025."
    ),
    outcome="refuse", refuse_at=12, title=CAL_TITLE,
)


def build_cal():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    ws["A1"] = CAL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection fieldwork: June 2024.  Report published: August 2024.  Overall rating: Requires Improvement"
    ws["A3"] = "Plan owner: Head of Youth Justice and Targeted Services.  Monitored by the Youth Justice Management Board.  Last updated: 14/01/2025"
    heads = ["Ref", "HMIP Recommendation", "Action", "Lead", "Target date",
             "Revised target date", "Progress update (January 2025)", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    row = 6
    cur_g = cur_r = None
    rec_start = None
    ragfill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}
    for ref, grp, rec, act, lead, tgt, rev, prog, rag in CAL:
        if grp != cur_g:
            if rec_start is not None and row - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=row - 1, end_column=2)
            rec_start = None
            cur_r = None
            cur_g = grp
            ws.cell(row, 1, grp).font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row, j).fill = xfill(FILL["pale"])
                ws.cell(row, j).border = BOX
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            row += 1
        if rec != cur_r:
            if rec_start is not None and row - 1 > rec_start:
                ws.merge_cells(start_row=rec_start, start_column=2, end_row=row - 1, end_column=2)
            cur_r = rec
            rec_start = row
            ws.cell(row, 2, rec)
        vals = {1: ref, 3: act, 4: lead, 5: tgt, 6: rev, 7: prog, 8: rag}
        for j, v in vals.items():
            if v is not None:
                ws.cell(row, j, v)
        ws.cell(row, 5).number_format = "mmm-yy"
        ws.cell(row, 8).fill = xfill(ragfill[rag])
        for j in range(1, ncol + 1):
            ws.cell(row, j).alignment = WRAP
            ws.cell(row, j).border = BOX
        row += 1
    if rec_start is not None and row - 1 > rec_start:
        ws.merge_cells(start_row=rec_start, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row, 1, "Leads: JH – Head of Youth Justice and Targeted Services; SK – YJS Operations Manager; "
                    "MB – YJS Practice Manager (Quality Assurance); AB – Speech and Language Therapist")
    ws.cell(row + 1, 1, "RAG: Complete – action completed; Green – on track; Amber – behind target, recovery in hand; "
                        "Red – not on track, Board to consider")
    for col, w in zip("ABCDEFGH", [6, 40, 48, 12, 11, 14, 48, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, P + CAL_NAME))


# ==============================================================================================
# 4. Cheshire West and Chester – Scrutiny Committee recommendations tracker (.csv)
# ==============================================================================================
CW_NAME = "cheshire-west-scrutiny-recommendations-tracker.csv"
CW_TITLE = "Cheshire West and Chester Council – Scrutiny Committee Recommendations Tracker 2024-25"
CW_M1 = "Scrutiny Committee – 12 June 2024"
CW_M2 = "Scrutiny Committee – 18 September 2024"
CW_M3 = "Scrutiny Committee – 4 December 2024"
CW_M4 = "Scrutiny Committee – 22 January 2025"
CW = [
    dict(ref="14(a)", under=[CW_M1],
         action="That the Cabinet Member for Highways provides a breakdown of pothole repairs by locality and the average time taken to complete a repair.",
         resp="Breakdown circulated to all members of the Committee on 18 July 2024.",
         lead="Neil Harding", when="31/07/2024", rag="Completed",
         E=E(["Neil Harding"], "2024-07", "blue")),
    dict(ref="14(b)", under=[CW_M1],
         action="That a task group is set up to review the Council's approach to highway verge maintenance and biodiversity.",
         resp="Task group has met three times; its final report is due at the Committee in April 2025.",
         lead="Neil Harding & Rebecca Stone", when="30/04/2025", rag="G",
         E=E(["Neil Harding", "Rebecca Stone"], "2025-04", "green")),
    dict(ref="32", under=[CW_M2],
         action="That officers bring forward proposals to increase take-up of the Household Support Fund among pensioner households.",
         resp="Targeted letters sent to 4,100 households receiving Council Tax Reduction in October 2024.",
         lead="Tracey Mellor", when="30/11/2024", rag="Completed",
         E=E(["Tracey Mellor"], "2024-11", "blue")),
    dict(ref="33", under=[CW_M2],
         action="That the Committee receives six-monthly updates on delivery of the temporary accommodation reduction plan.",
         resp="First update taken at the December meeting; next due June 2025.",
         lead="Ian Casey", when="Six-monthly", rag="G",
         E=E(["Ian Casey"], None, "green", "Six-monthly")),
    dict(ref="34", under=[CW_M2],
         action="That the Cabinet Member for Children and Families writes to the Department for Education about funding for home to school transport for pupils with SEND.",
         resp="Letter drafted but not yet sent; awaiting Cabinet Member sign-off.",
         lead="Anna Wheeler", when="31/10/2024", rag="R",
         E=E(["Anna Wheeler"], "2024-10", "red")),
    dict(ref="51", under=[CW_M3],
         action="That the Corporate Plan performance report includes the number of children waiting for an Education, Health and Care needs assessment.",
         resp="Measure agreed; data quality checks under way before it is first published.",
         lead="Anna Wheeler / Paul Ryder", when="Q1 2025/26", rag="A",
         E=E(["Anna Wheeler", "Paul Ryder"], "2025-06", "amber")),
    dict(ref="52", under=[CW_M3],
         action="That the Committee is consulted on the refreshed Climate Emergency Response Plan before it goes to Cabinet.",
         resp="Draft plan on the agenda for the March 2025 meeting.",
         lead="Rebecca Stone", when="March 2025", rag="G",
         E=E(["Rebecca Stone"], "2025-03", "green")),
    dict(ref="53", under=[CW_M3],
         action="That a report on the financial sustainability of leisure services is brought to the Committee.",
         resp="Scheduled for the June 2025 meeting.",
         lead="Mark Reeves", when="June 2025", rag="",
         E=E(["Mark Reeves"], "2025-06", "unrated")),
    dict(ref="66", under=[CW_M4],
         action="That Cabinet reconsiders the proposed reduction in opening hours at Blacon and Frodsham libraries in the light of the consultation responses.",
         resp="Cabinet agreed on 12 February 2025 to keep the current opening hours at Blacon library.",
         lead="Mark Reeves", when="12/02/2025", rag="Completed",
         E=E(["Mark Reeves"], "2025-02", "blue")),
    dict(ref="67", under=[CW_M4],
         action="That officers report back on the number of fly-tipping fixed penalty notices issued and paid in each of the last three years.",
         resp="Information being collated from the enforcement contractor.",
         lead="Neil Harding", when="31/03/2025", rag="G",
         E=E(["Neil Harding"], "2025-03", "green")),
]
CW_META = dict(
    source=(
        "Imitates a scrutiny recommendations tracker of the kind councils bring to each scrutiny meeting, laid out "
        "after the Vale of Glamorgan's 'Scrutiny Decision Tracking of Recommendations' appendices (minute number, "
        "recommendation, action taken, status, grouped by meeting; "
        "https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/Scrutiny-CRP/2018/18-04-30/Q4-Tracking.aspx). "
        "Cheshire West and Chester is the setting; recommendations and officers are invented. Copied as an Excel "
        "sheet saved to CSV: a title line and a position line, the header, a heading line for each meeting with the "
        "other fields empty, minute numbers as refs, officers by name (two joined by '&' or '/'), target dates "
        "dd/mm/yyyy with one 'Q1 2025/26', one 'March 2025'/'June 2025' and one 'Six-monthly', a Status column of "
        "Completed/G/A/R or blank, and a status key at the foot."
    ),
    reads=(
        "Ten scrutiny recommendations under four meeting headings, each with a named officer, a target date and a "
        "status. Minute 33 is six-monthly; 14(b) and 51 have two officers; 53 has no status yet. The recommendation "
        "is the action; the response column is progress."
    ),
    outcome="read", title=CW_TITLE,
)


def build_cw():
    rows = [[CW_TITLE, "", "", "", "", ""], ["Position at 28 February 2025", "", "", "", "", ""],
            [""] * 6,
            ["Min. No.", "Recommendation", "Response / action taken", "Officer", "Target date", "Status"]]
    cur = None
    for a in CW:
        if a["under"][0] != cur:
            cur = a["under"][0]
            rows.append([cur, "", "", "", "", ""])
        rows.append([a["ref"], a["action"], a["resp"], a["lead"], a["when"], a["rag"]])
    rows += [[""] * 6,
             ["Status key", "", "", "", "", ""],
             ["Completed – recommendation implemented; remove from tracker at next meeting", "", "", "", "", ""],
             ["G – on track to be implemented by the target date", "", "", "", "", ""],
             ["A – some slippage; revised date to be agreed", "", "", "", "", ""],
             ["R – overdue or not progressing; Chair to raise with Cabinet Member", "", "", "", "", ""],
             ["Blank – not yet due to start", "", "", "", "", ""]]
    with open(os.path.join(HERE, P + CW_NAME), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ==============================================================================================
# 5. Clackmannanshire Council – BVAR improvement plan (.docx)
#    Recommendation merged down the second column; status words defined by a key.
# ==============================================================================================
CL_NAME = "clackmannanshire-bvar-improvement-plan.docx"
CL_TITLE = "Clackmannanshire Council – Best Value Assurance Report: Improvement Plan 2018-19"
CL_R1 = ("1. Councillors and officers should build on the constructive working relationships that are "
         "developing to provide effective, collective leadership of the council's improvement agenda.")
CL_R2 = ("2. The council should agree and implement savings options as a matter of urgency, considering all "
         "options including alternative models of service delivery.")
CL_R3 = "3. The council should update its workforce strategy to support the changes needed and address gaps in capacity."
CL_R4 = ("4. The council should work with its community planning partners to strengthen working relationships "
         "and agree how they will deliver the Local Outcomes Improvement Plan.")
CL_R5 = "5. The council should make use of external assistance to support improvement."
CL = [
    dict(ref="1a", under=[CL_R1],
         action="Set up a cross-party Budget Strategy Group of councillors and senior officers, meeting monthly, to consider financial options.",
         lead="Chief Executive", when="March 2018",
         prog="Group established February 2018 and has met monthly since.", st="Complete",
         E=E(["Chief Executive"], "2018-03", "blue")),
    dict(ref="1b", under=[CL_R1],
         action="Deliver a leadership development programme for elected members and the senior leadership group, with support from the Improvement Service.",
         lead="Chief Executive / Leader of the Council", when="December 2018",
         prog="Three of five sessions delivered; attendance by 15 of 18 councillors.", st="On track",
         E=E(["Chief Executive", "Leader of the Council"], "2018-12", "green")),
    dict(ref="2a", under=[CL_R2],
         action="Bring forward a three-year savings programme for 2018/19 to 2020/21 for Council decision.",
         lead="Chief Finance Officer", when="March 2018",
         prog="Budget and savings programme agreed by Council on 8 March 2018.", st="Complete",
         E=E(["Chief Finance Officer"], "2018-03", "blue")),
    dict(ref="2b", under=[CL_R2],
         action="Complete an options appraisal of alternative delivery models for leisure and catering services.",
         lead="Strategic Director (Place)", when="Q2 2018/19",
         prog="Leisure appraisal complete. Catering appraisal delayed by the school estate review and now expected in December.",
         st="Some slippage", E=E(["Strategic Director (Place)"], "2018-09", "amber")),
    dict(ref="2c", under=[CL_R2],
         action="Carry out the whole-organisation redesign and agree a revised senior management structure.",
         lead="Chief Executive", when="August 2018",
         prog="New senior management structure agreed by Council in June 2018; appointments made by August.", st="Complete",
         E=E(["Chief Executive"], "2018-08", "blue")),
    dict(ref="3a", under=[CL_R3],
         action="Refresh the Workforce Strategy and prepare a workforce plan for each service.",
         lead="Senior Manager, HR & Workforce Development", when="By 31 March 2019",
         prog="Strategy consultation with trade unions under way; service workforce plans drafted for five of eight services.",
         st="On track", E=E(["Senior Manager, HR & Workforce Development"], "2019-03", "green")),
    dict(ref="4a", under=[CL_R4],
         action="Review the governance arrangements for the Clackmannanshire Alliance and agree a new partnership structure.",
         lead="Strategic Director (Partnership & Performance)", when="June 2018",
         prog="New Alliance structure agreed at the Alliance meeting of 14 June 2018.", st="Complete",
         E=E(["Strategic Director (Partnership & Performance)"], "2018-06", "blue")),
    dict(ref="4b", under=[CL_R4],
         action="Hold regular discussions with communities on financial sustainability, building on the budget consultation, and support community asset transfer requests.",
         lead="Strategic Director (Partnership & Performance)", when="Ongoing",
         prog="Two community budget conversations held; four asset transfer requests received and being progressed.",
         st="On track", E=E(["Strategic Director (Partnership & Performance)"], None, "green", "Ongoing")),
    dict(ref="5a", under=[CL_R5],
         action="Commission an independent review of the council's core funding needs.",
         lead="Chief Finance Officer", when="September 2018",
         prog="Specification drafted, but the review has not been commissioned because of capacity pressures in Finance.",
         st="Significant risk", E=E(["Chief Finance Officer"], "2018-09", "red")),
    dict(ref="5b", under=[CL_R5],
         action="Agree a programme of external support with the Improvement Service and SOLACE Scotland, including peer mentoring for the senior team.",
         lead="Chief Executive", when="Q3 2018/19",
         prog="Peer mentoring in place for three senior managers; wider programme being scoped.", st="On track",
         E=E(["Chief Executive"], "2018-12", "green")),
]
CL_META = dict(
    source=(
        "Imitates the improvement/action plan a Scottish council adopts in response to an Accounts Commission Best "
        "Value Assurance Report: Clackmannanshire Council's BVAR (January 2018) and the action plan councillors "
        "debated on 8 March 2018 (http://www.alloaadvertiser.com/news/16070096.Elected_members_will_debate___39_action_plan__39__to_address_financial_pressures/; "
        "progress report https://www.clacks.gov.uk/council/press/?release=4327), with the layout of BVAR improvement "
        "plans such as Highland Council's Appendix 2 of March 2020 "
        "(https://docslib.org/download/4137420/item-13-the-highland-council-best-value-assurance-report-2020). "
        "Recommendations are paraphrased and actions invented. Layout copied: a title, an intro paragraph, a "
        "document-control table, one table with the numbered BVAR recommendation merged down beside its lettered "
        "actions (1a, 1b…), leads as posts (one with a comma inside, one pair joined by '/'), timescales as months, "
        "'By 31 March 2019', quarters of the financial year and 'Ongoing', a progress column, a Status column in "
        "words, and a status key defining 'Some slippage' as amber and 'Significant risk' as red."
    ),
    reads=(
        "Ten actions under five numbered BVAR recommendations, each with a lead post, a timescale and a status word "
        "(Complete, On track, Some slippage, Significant risk) read through the key under the table. 1b has two "
        "leads; 4b is Ongoing. The document-control table is not part of the plan."
    ),
    outcome="read", title=CL_TITLE,
)


def build_cl():
    doc = Document()
    landscape(doc)
    doc.add_heading(CL_TITLE, level=1)
    doc.add_paragraph(
        "The Accounts Commission published its Best Value Assurance Report on Clackmannanshire Council in January "
        "2018. This improvement plan sets out the actions the council is taking in response to the report's "
        "recommendations. It was approved by Council on 8 March 2018 and progress is reported to the Audit "
        "Committee. This version shows progress at 31 October 2018.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Chief Executive"), ("Version", "1.3"),
                                ("Approved", "Council, 8 March 2018"),
                                ("Next review", "Audit Committee, December 2018")]):
        set_text(dc.cell(i, 0), k, bold=True)
        set_text(dc.cell(i, 1), v)
    doc.add_paragraph()
    heads = ["Ref", "BVAR recommendation", "Improvement action", "Lead officer", "Timescale",
             "Progress at 31 October 2018", "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    groups = []
    for a in CL:
        r = t.add_row().cells
        for j, v in enumerate([a["ref"], "", a["action"], a["lead"], a["when"], a["prog"], a["st"]]):
            set_text(r[j], v)
        if groups and groups[-1][0] == a["under"][0]:
            groups[-1][2] = len(t.rows) - 1
        else:
            groups.append([a["under"][0], len(t.rows) - 1, len(t.rows) - 1])
    for text, r0, r1 in groups:
        c = t.cell(r0, 1)
        if r1 > r0:
            c = c.merge(t.cell(r1, 1))
        set_text(c, text)
    widths = [Cm(1.0), Cm(5.5), Cm(6.0), Cm(3.8), Cm(2.6), Cm(5.8), Cm(2.2)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    doc.add_paragraph()
    doc.add_paragraph("Status key:  Complete – action delivered;  On track – progressing within timescale;  "
                      "Some slippage – (amber) behind timescale but recoverable;  Significant risk – (red) action "
                      "unlikely to be delivered without intervention.")
    doc.save(os.path.join(HERE, P + CL_NAME))


# ==============================================================================================
# 6. Worcestershire County Council – ASC improvement plan after CQC assessment (.xlsx)
#    Leads as 'Surname, Forename' (a system export); RAG letters with fills.
# ==============================================================================================
WO_NAME = "worcestershire-asc-cqc-improvement-plan.xlsx"
WO_TITLE = "Worcestershire County Council – Adult Social Care Improvement Plan 2024-26 (CQC Local Authority Assessment)"
WO_T1 = "Theme 1: Working with people – Assessing needs"
WO_T2 = "Theme 2: Providing support – Care provision, integration and continuity"
WO_T3 = "Theme 3: How the local authority ensures safety within the system – Safeguarding"
WO_T4 = "Theme 4: Leadership – Learning, improvement and innovation"
WO_A1 = "People wait too long for Care Act assessments and occupational therapy assessments."
WO_A2 = "Carers' assessments are not consistently offered, and carers told CQC they did not always feel recognised."
WO_A3 = "There is limited choice of nursing care and of support for people with complex needs in parts of the county."
WO_A4 = "Safeguarding concerns are not always screened within the council's 24-hour standard."
WO_A5 = "Staff were not always aware of the learning from complaints and Safeguarding Adults Reviews."
WO = [
    # ref, theme, area, action, lead, due (value), number format, progress, rag letter, reading
    ("1.1", WO_T1, WO_A1, "Introduce waiting list triage and a 'waiting well' contact for everyone waiting more than 28 days for an assessment.",
     "Hemming, Sarah", D(2025, 3, 31), "dd/mm/yyyy", "In place since March 2025; all people waiting over 28 days contacted at least monthly.", "B",
     E(["Hemming, Sarah"], "2025-03", "blue")),
    ("1.2", WO_T1, WO_A1, "Reduce the number of people waiting for an OT assessment to under 250 through additional agency capacity and trusted assessor training.",
     "Patel, Raj; Ogden, Claire", D(2025, 9, 30), "dd/mm/yyyy", "Waiting list down from 610 to 395. Agency OT contract extended to September.", "A",
     E(["Patel, Raj", "Ogden, Claire"], "2025-09", "amber")),
    ("1.3", WO_T1, WO_A2, "Commission the carers' hub to complete carers' assessments under delegated authority and monitor the number offered and completed.",
     "Ogden, Claire", "Q3 2025/26", None, "Delegation agreement drafted; contract variation to Cabinet Member in July.", "G",
     E(["Ogden, Claire"], "2025-12", "green")),
    ("2.1", WO_T2, WO_A3, "Publish an updated Market Position Statement setting out gaps in nursing and complex care provision.",
     "Whitfield, Mark", D(2025, 6, 1), "mmm-yy", "Market Position Statement published 2 June 2025 and shared at the provider forum.", "B",
     E(["Whitfield, Mark"], "2025-06", "blue")),
    ("2.2", WO_T2, WO_A3, "Agree a joint commissioning plan with Herefordshire and Worcestershire ICB for nursing and complex care beds.",
     "Whitfield, Mark", D(2026, 3, 1), "mmm-yy", "Joint working group set up; bed modelling complete.", "G",
     E(["Whitfield, Mark"], "2026-03", "green")),
    ("3.1", WO_T3, WO_A4, "Restructure the Adult Front Door so that safeguarding concerns are screened by a dedicated team of social workers.",
     "Clarke, Andrea", D(2025, 5, 31), "dd/mm/yyyy", "Staff consultation extended to July after union feedback; the new team is not yet in place.", "R",
     E(["Clarke, Andrea"], "2025-05", "red")),
    ("3.2", WO_T3, WO_A4, "Weekly report on safeguarding screening timeliness to the Assistant Director, with exceptions followed up by team managers.",
     "Clarke, Andrea", "Ongoing", None, "Weekly report in place; 81% screened within 24 hours in May (target 95%).", "G",
     E(["Clarke, Andrea"], None, "green", "Ongoing")),
    ("4.1", WO_T4, WO_A5, "Introduce a quarterly 'learning from practice' bulletin and practice forum for all adult social care staff.",
     "Bishop, Helen", D(2025, 9, 1), "mmm-yy", "First bulletin issued in May; first forum planned for September.", "G",
     E(["Bishop, Helen"], "2025-09", "green")),
    ("4.2", WO_T4, WO_A5, "Audit 30 cases each quarter through the practice quality assurance framework and report themes to the ASC Leadership Team.",
     "Bishop, Helen", D(2026, 3, 31), "dd/mm/yyyy", "Audit framework being revised; first quarterly audit due October.", None,
     E(["Bishop, Helen"], "2026-03", "unrated")),
]
WO_META = dict(
    source=(
        "Imitates the adult social care improvement plans councils adopted after their CQC local authority "
        "assessment, organised by the CQC's four themes and nine quality statements (themes listed at "
        "https://www2.local.gov.uk/publications/analyis-local-authority-cqc-assessment-reports-what-does-good-look; "
        "a council's plan reported to Cabinet, e.g. https://democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324). "
        "Worcestershire County Council is the setting; areas for improvement and actions are invented. Layout "
        "copied: a title row and a version row, a header row, a merged row for each theme and quality statement, "
        "the area for improvement merged down beside its actions, lead officers as a system export writes them "
        "('Surname, Forename', two joined by ';'), Excel due dates with dd/mm/yyyy and mmm-yy formats plus 'Q3 "
        "2025/26' and 'Ongoing' typed as text, RAG letters B/G/A/R with matching fills and one blank, a key under "
        "the table and a separate version-control sheet."
    ),
    reads=(
        "Nine actions under four theme/quality-statement headings and five areas for improvement. Each has a lead "
        "officer written 'Surname, Forename' (1.2 has two), a due date and a RAG letter (B = complete per the key); "
        "4.2 has no rating yet. The version-control sheet is not part of the plan."
    ),
    outcome="read", title=WO_TITLE,
)


def build_wo():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 7
    ws["A1"] = WO_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Version 3 – updated 20/06/2025 – reported to the ASC Improvement Board"
    heads = ["Ref", "Area for improvement", "Action", "Lead officer", "Due date",
             "Progress update (June 2025)", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("305496")
        c.alignment = WRAP
        c.border = BOX
    rag = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    row = 5
    cur_t = cur_a = None
    a_start = None

    def close_area(end_row):
        if a_start is not None and end_row > a_start:
            ws.merge_cells(start_row=a_start, start_column=2, end_row=end_row, end_column=2)

    for ref, theme, area, act, lead, due, fmt, prog, r, _e in WO:
        if theme != cur_t:
            close_area(row - 1)
            a_start = None
            cur_a = None
            cur_t = theme
            ws.cell(row, 1, theme).font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row, j).fill = xfill(FILL["lgreen"])
                ws.cell(row, j).border = BOX
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            row += 1
        if area != cur_a:
            close_area(row - 1)
            cur_a = area
            a_start = row
            ws.cell(row, 2, area)
        for j, v in {1: ref, 3: act, 4: lead, 5: due, 6: prog}.items():
            ws.cell(row, j, v)
        if fmt:
            ws.cell(row, 5).number_format = fmt
        if r:
            ws.cell(row, 7, r)
            ws.cell(row, 7).fill = xfill(rag[r])
            ws.cell(row, 7).alignment = Alignment(horizontal="center", vertical="top")
        for j in range(1, ncol + 1):
            if j != 7:
                ws.cell(row, j).alignment = WRAP
            ws.cell(row, j).border = BOX
        row += 1
    close_area(row - 1)
    row += 1
    ws.cell(row, 1, "RAG key:").font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"),
                                  ("R", "Off track / overdue")]):
        c = ws.cell(row + 1 + i, 1, k)
        c.fill = xfill(rag[k])
        ws.cell(row + 1 + i, 2, txt)
    for col, w in zip("ABCDEFG", [6, 38, 50, 22, 12, 50, 7]):
        ws.column_dimensions[col].width = w
    vc = wb.create_sheet("Version control")
    for i, r in enumerate([("Version", "Date", "Changes", "By"),
                           ("1", D(2024, 11, 15), "First plan following CQC assessment report", "ASC Performance Team"),
                           ("2", D(2025, 3, 14), "Q4 2024/25 update", "ASC Performance Team"),
                           ("3", D(2025, 6, 20), "Q1 2025/26 update; action 2.1 closed", "ASC Performance Team")], 1):
        for j, v in enumerate(r, 1):
            c = vc.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, P + WO_NAME))


# ==============================================================================================
# 7. Sheffield Health and Social Care NHS FT – CQC must do / should do action plan (.xlsx)
#    Status in words, filled per the trust's own key (Blue complete & CSPI checked, Green complete,
#    Amber on track, Red off track).
# ==============================================================================================
SH_NAME = "shsc-cqc-must-should-do-action-plan.xlsx"
SH_TITLE = "Sheffield Health and Social Care NHS Foundation Trust – CQC Action Plan: Must Do and Should Do Actions"
SH_C1 = "Core service: Acute wards for adults of working age and psychiatric intensive care units"
SH_C2 = "Core service: Community-based mental health services for adults of working age"
SH_C3 = "Well-led (trust-wide)"
SH_F1 = "The trust must ensure that staff complete and update risk assessments for each patient on admission and after any incident."
SH_F2 = "The trust must ensure that seclusion is recorded and reviewed in line with the Mental Health Act Code of Practice."
SH_F3 = "The trust must ensure that wards are safe, clean and well maintained, and that ligature risks are mitigated."
SH_F4 = "The trust should ensure that patients have access to a range of therapeutic activities, including at weekends."
SH_F5 = "The trust must ensure that people on waiting lists are regularly reviewed and that risks are managed while they wait."
SH_F6 = "The trust must ensure that staff receive regular supervision and that it is recorded."
SH_F7 = "The trust should ensure that care plans reflect the views of patients and their carers."
SH_F8 = "The trust must ensure that its governance systems give the board effective oversight of the quality and safety of care."
SH = [
    # ref, core service, must/should, regulation, finding, action, lead, target, revised, progress, status, reading
    ("AW1", SH_C1, "Must", "Reg 12", SH_F1,
     "Daily safety huddle to check that each patient admitted in the previous 24 hours has a completed risk assessment, and that assessments are reviewed after any incident.",
     "Ward Manager / Matron", D(2024, 7, 31), None,
     "Huddle checklist in use on all acute wards since June 2024. CSPI visit in September found 100% compliance on the sample checked.",
     "Complete & CSPI checked", E(["Ward Manager", "Matron"], "2024-07", "blue")),
    ("AW2", SH_C1, "Must", "Reg 13", SH_F2,
     "Audit every seclusion episode monthly against the Code of Practice and report findings to the Mental Health Legislation Committee.",
     "Head of Mental Health Legislation", D(2024, 9, 30), D(2025, 1, 31),
     "Monthly audits running since October. Medical review timeliness improved from 64% to 88%; target 95%.",
     "On track", E(["Head of Mental Health Legislation"], "2025-01", "green")),
    ("AW3.1", SH_C1, "Must", "Reg 15", SH_F3,
     "Complete the anti-ligature works programme on Maple and Dovedale wards.",
     "Associate Director of Estates and Facilities", D(2024, 12, 31), D(2025, 6, 30),
     "Contractor delays; Maple ward works complete, Dovedale works not yet started because decant space is not available.",
     "Off track", E(["Associate Director of Estates and Facilities"], "2025-06", "red")),
    ("AW3.2", SH_C1, "Must", "Reg 15", SH_F3,
     "Update the ligature risk assessment for every acute ward and share it with ward teams at handover.",
     "Ward managers", D(2024, 8, 31), None,
     "All ligature risk assessments updated and signed off by the Ligature Risk Group in August 2024.",
     "Complete", E(["Ward managers"], "2024-08", "blue")),
    ("AW4", SH_C1, "Should", "Reg 9", SH_F4,
     "Recruit two activity coordinators and publish a seven-day activity timetable on each ward.",
     "Head of Occupational Therapy", D(2025, 3, 31), None,
     "One coordinator in post; second post out to advert. Weekend timetable running on two of four wards.",
     "On track", E(["Head of Occupational Therapy"], "2025-03", "green")),
    ("CM1", SH_C2, "Must", "Reg 12", SH_F5,
     "Monthly clinical review of everyone on a community team waiting list, with risk recorded on the electronic record.",
     "Service Manager, Community Mental Health Teams", D(2024, 11, 30), None,
     "Monthly reviews in place in all four community teams; CSPI visit booked for February.",
     "Complete", E(["Service Manager, Community Mental Health Teams"], "2024-11", "blue")),
    ("CM2", SH_C2, "Must", "Reg 18", SH_F6,
     "Launch the supervision recording module on the electronic staff record and report compliance monthly to the Quality Assurance Committee.",
     "Head of Nursing (Community) / Head of Psychological Services", D(2024, 10, 31), D(2025, 3, 31),
     "Module launched in December. Recorded supervision compliance 71% in January (target 85%).",
     "On track", E(["Head of Nursing (Community)", "Head of Psychological Services"], "2025-03", "green")),
    ("CM3", SH_C2, "Should", "Reg 9", SH_F7,
     "Co-produce a care plan audit tool with the Service User Engagement team and audit 20 care plans per team.",
     "Clinical Director (Community)", D(2025, 6, 30), None,
     "Not started; scheduled for Q1 2025/26.",
     "Not started", E(["Clinical Director (Community)"], "2025-06", "unrated")),
    ("WL1", SH_C3, "Must", "Reg 17", SH_F8,
     "Review the quality governance framework and committee structure with external support, and implement the agreed changes.",
     "Director of Corporate Governance", D(2025, 3, 31), None,
     "External review reported in December; revised committee structure goes to the Board in March 2025.",
     "On track", E(["Director of Corporate Governance"], "2025-03", "green")),
]
SH_META = dict(
    source=(
        "Imitates Sheffield Health and Social Care NHS Foundation Trust's published CQC action plans: one plan per "
        "core service plus the provider (well-led) report, Must do and Should do actions, assigned leads and target "
        "dates, and a status scheme in which an action turns blue only once a Care Standards Peer Inspection (CSPI) "
        "has checked it, green is complete, amber on track and red off track "
        "(https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/ and "
        "https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/action-plan-update/). "
        "Findings and actions are invented and dated 2024-25. Layout copied: title and position rows, a header, a "
        "merged heading row per core service, Must/Should and regulation columns, the CQC finding merged down "
        "where two actions answer it (AW3.1, AW3.2), leads as posts, Excel target and revised dates (dd-mmm-yy), "
        "a progress column, a Status column in words filled in the trust's colours, and the status key under the table."
    ),
    reads=(
        "Nine actions under three core-service headings, each answering a CQC must-do or should-do finding, with a "
        "lead post, a target date (three revised) and a status in words: 'Complete & CSPI checked' and 'Complete' "
        "are complete, 'On track' is on track (the trust shades it amber as its key says), 'Off track' is red and "
        "CM3 is 'Not started'. AW1 and CM2 have two leads."
    ),
    outcome="read", title=SH_TITLE,
)


def build_sh():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ncol = 10
    ws["A1"] = SH_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 January 2025 – for Quality Assurance Committee, February 2025"
    heads = ["Ref", "Must / Should", "Regulation", "CQC finding", "Action", "Action lead",
             "Target date", "Revised date", "Progress update", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    stfill = {"Complete & CSPI checked": FILL["blue"], "Complete": FILL["green"],
              "On track": FILL["amber"], "Off track": FILL["red"], "Not started": None}
    row = 5
    cur_c = cur_f = None
    f_start = None

    def close_f(end_row):
        if f_start is not None and end_row > f_start:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=f_start, start_column=col, end_row=end_row, end_column=col)

    for ref, core, ms, reg, find, act, lead, tgt, rev, prog, st, _e in SH:
        if core != cur_c:
            close_f(row - 1)
            f_start = None
            cur_f = None
            cur_c = core
            ws.cell(row, 1, core).font = Font(bold=True)
            for j in range(1, ncol + 1):
                ws.cell(row, j).fill = xfill("DCE6F1")
                ws.cell(row, j).border = BOX
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            row += 1
        if find != cur_f:
            close_f(row - 1)
            cur_f = find
            f_start = row
            ws.cell(row, 2, ms)
            ws.cell(row, 3, reg)
            ws.cell(row, 4, find)
        for j, v in {1: ref, 5: act, 6: lead, 7: tgt, 8: rev, 9: prog, 10: st}.items():
            if v is not None:
                ws.cell(row, j, v)
        ws.cell(row, 7).number_format = "dd-mmm-yy"
        ws.cell(row, 8).number_format = "dd-mmm-yy"
        if stfill[st]:
            ws.cell(row, 10).fill = xfill(stfill[st])
        for j in range(1, ncol + 1):
            ws.cell(row, j).alignment = WRAP
            ws.cell(row, j).border = BOX
        row += 1
    close_f(row - 1)
    row += 1
    ws.cell(row, 1, "Status key").font = Font(bold=True)
    for i, (k, txt) in enumerate([("Complete & CSPI checked", "Blue – action complete and checked in practice by a Care Standards Peer Inspection"),
                                  ("Complete", "Green – action complete, awaiting CSPI"),
                                  ("On track", "Amber – action on track to meet the target / revised date"),
                                  ("Off track", "Red – action off track; escalated to Executive Directors Group")]):
        c = ws.cell(row + 1 + i, 1, k)
        c.fill = xfill(stfill[k])
        ws.cell(row + 1 + i, 2, txt)
    for col, w in zip("ABCDEFGHIJ", [7, 8, 9, 36, 44, 24, 11, 11, 44, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, P + SH_NAME))


# ==============================================================================================
def tuple_actions(rows, ref_i, under_f, action_i, e_i):
    return [dict(ref=r[ref_i], under=under_f(r), action=r[action_i], E=r[e_i]) for r in rows]


def yaml_all():
    write_yaml(WIRRAL_NAME, WIRRAL_META, WIRRAL)
    write_yaml(MU_NAME, MU_META, MU)
    write_yaml(CAL_NAME, CAL_META, [])
    write_yaml(CW_NAME, CW_META, CW)
    write_yaml(CL_NAME, CL_META, CL)
    write_yaml(WO_NAME, WO_META, tuple_actions(WO, 0, lambda r: [r[1], r[2]], 3, 9))
    write_yaml(SH_NAME, SH_META, tuple_actions(SH, 0, lambda r: [r[1], r[4]], 5, 11))


def docs_all():
    build_wirral()
    build_mu()
    build_cal()
    build_cw()
    build_cl()
    build_wo()
    build_sh()


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "yaml":
        yaml_all()
    elif what == "docs":
        docs_all()
    else:
        print(__doc__)
