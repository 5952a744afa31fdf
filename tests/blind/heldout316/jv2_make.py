"""Build the seven jv2- blind cases (set heldout316) and their expected readings.

Run with /work/main/.venv/bin/python jv2_make.py  (needs python-docx, openpyxl, pyyaml)
Every data file is written from the tables below; the expected reading of each action
(lead list, end month, status, headings) is written out by hand beside the cell text.
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, meta, actions):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta["outcome"]
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


# ----------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------

def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    s.page_width, s.page_height = h, w
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ========================================================================================
# 1. Renfrewshire APC - learning review improvement action plan (docx)
# ========================================================================================

def renfrewshire():
    name = "jv2-renfrewshire-apc-learning-review-mr-k-improvement-action-plan.docx"
    title = "Renfrewshire Adult Protection Committee – Learning Review (Mr K): Improvement Action Plan"
    T1 = "Learning Theme 1: Chronologies and information sharing"
    T2 = "Learning Theme 2: Self-neglect and hoarding"
    T3 = "Learning Theme 3: Capacity and unwise decisions"
    T4 = "Learning Theme 4: Professional curiosity and escalation"
    R1 = ("Recommendation 1: Partners should ensure that a single multi-agency chronology is started "
          "at the point of an adult protection investigation and is kept up to date by all contributing agencies.")
    R2 = ("Recommendation 2: NHS Greater Glasgow and Clyde and Renfrewshire HSCP should strengthen "
          "arrangements for sharing adult protection concerns with GP practices.")
    R3 = ("Recommendation 3: The APC should agree a multi-agency self-neglect and hoarding protocol, "
          "including a clear escalation route where an adult repeatedly declines support.")
    R4 = ("Recommendation 4: Partners should improve practitioners’ understanding and recording of "
          "capacity assessment where an adult at risk makes unwise decisions.")
    R5 = ("Recommendation 5: The APC should promote professional curiosity and a clear route for "
          "escalating professional disagreement between agencies.")

    # theme -> list of (recommendation, [actions])
    A = lambda **k: k
    plan = [
        (T1, [
            (R1, [
                A(ref="1.1", action="Develop and launch a Renfrewshire multi-agency chronology template and practice guidance for use in all ASP investigations.",
                  lead_cell="APC Lead Officer", lead=["APC Lead Officer"],
                  end_cell="31/03/2025", end="2025-03",
                  progress="Template agreed by the APC Practice Sub-group on 14 January 2025. Launch briefing planned for March.",
                  rag="G", status="green"),
                A(ref="1.2", action="Audit a sample of 20 ASP cases to test whether chronologies are started at investigation and updated by all agencies.",
                  lead_cell="Self-Evaluation Sub-group Chair", lead=["Self-Evaluation Sub-group Chair"],
                  end_cell="September 2025", end="2025-09",
                  progress="Audit tool being revised to include the new chronology standard; audit moved from June to September.",
                  rag="A", status="amber"),
            ]),
            (R2, [
                A(ref="2.1", action="Issue a briefing to all Renfrewshire GP practices on the ASP referral pathway and their role at case conferences, and add adult protection to the GP cluster quality agenda.",
                  lead_cell="HSCP Clinical Director / NHSGGC Adult Protection Lead",
                  lead=["HSCP Clinical Director", "NHSGGC Adult Protection Lead"],
                  end_cell="Q1 2025/26", end="2025-06",
                  progress="Briefing drafted. Cluster agenda slot agreed for May 2025.",
                  rag="G", status="green"),
            ]),
        ]),
        (T2, [
            (R3, [
                A(ref="3.1", action="Publish the Renfrewshire Self-Neglect and Hoarding Protocol and the associated clutter rating tool.",
                  lead_cell="APC Lead Officer / Scottish Fire and Rescue Service Local Senior Officer",
                  lead=["APC Lead Officer", "Scottish Fire and Rescue Service Local Senior Officer"],
                  end_cell="December 2024", end="2024-12",
                  progress="Protocol published on 9 December 2024 and launched at the APC practitioner forum.",
                  rag="B", status="blue"),
                A(ref="3.2", action="Deliver self-neglect and hoarding awareness sessions to:\nCare at Home staff\nhousing officers\nthird sector partners",
                  lead_cell="APC Training Co-ordinator", lead=["APC Training Co-ordinator"],
                  end_cell="Ongoing", end=None, end_text="Ongoing",
                  progress="4 sessions delivered to 87 staff since October 2024.",
                  rag="G", status="green"),
            ]),
        ]),
        (T3, [
            (R4, [
                A(ref="4.1", action="Roll out the HSCP Adults with Incapacity practice guidance, including the recording template for capacity assessments, to all adult social work teams.",
                  lead_cell="Chief Social Work Officer", lead=["Chief Social Work Officer"],
                  end_cell="June 2025", end="2025-06",
                  progress="Guidance with Legal Services for final comment; roll-out delayed by one month.",
                  rag="A", status="amber"),
                A(ref="4.2", action="Include capacity and unwise decision-making as a standing theme in the 2025 multi-agency case file audit.",
                  lead_cell="Self-Evaluation Sub-group Chair", lead=["Self-Evaluation Sub-group Chair"],
                  end_cell="Q3 2025/26", end="2025-12",
                  progress="Not yet started – follows revision of the audit tool (action 1.2).",
                  rag="", status="unrated"),
            ]),
        ]),
        (T4, [
            (R5, [
                A(ref="5.1", action="Refresh and relaunch the APC Escalation and Resolution of Professional Disagreement procedure, supported by a 7-minute briefing.",
                  lead_cell="APC Lead Officer", lead=["APC Lead Officer"],
                  end_cell="31 May 2025", end="2025-05",
                  progress="Draft procedure out for consultation with partners until 28 February 2025.",
                  rag="G", status="green"),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress update for the Adult Protection Committee – 20 February 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [("1.0", "12/09/2024", "APC Lead Officer", "Approved by Chief Officers Group"),
                ("3.0", "21/11/2024", "APC Lead Officer", "Progress update for APC"),
                ("4.0", "07/02/2025", "APC Lead Officer", "Progress update for APC")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Mr K was a 67-year-old man who lived alone in Paisley and died in hospital in 2023 following a "
        "period of severe self-neglect. The Adult Protection Committee commissioned a Learning Review, "
        "which was published in August 2024 and identified four themes for learning. This plan sets out "
        "the multi-agency improvement actions agreed in response to the review’s five recommendations. "
        "Progress is reported to each meeting of the APC and twice a year to the Chief Officers Group.")

    doc.add_heading("RAG status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, txt in [("B", "Action complete and evidenced"),
                        ("G", "On track to be delivered within timescale"),
                        ("A", "Some slippage – remedial action in place"),
                        ("R", "Significant delay – escalated to APC")]:
        c = t.add_row().cells
        c[0].text = letter
        shade(c[0], FILL[letter])
        c[1].text = txt

    heads = ["No.", "Improvement action", "Lead", "Timescale", "Progress (February 2025)", "RAG"]
    actions = []
    for theme, recs in plan:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec, acts in recs:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[5])
            bold_cell(m, rec)
            shade(m, "E4DFEC")
            for a in acts:
                c = t.add_row().cells
                c[0].text = a["ref"]
                c[1].text = a["action"]
                c[2].text = a["lead_cell"]
                c[3].text = a["end_cell"]
                c[4].text = a["progress"]
                c[5].text = a["rag"]
                if a["rag"]:
                    shade(c[5], FILL[a["rag"]])
                a["under"] = [theme, rec]
                actions.append(a)
        doc.add_paragraph("")

    doc.add_paragraph("Plan owner: APC Lead Officer, Renfrewshire Health and Social Care Partnership. "
                      "Next review: APC meeting, May 2025.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a Scottish Adult Protection Committee learning review improvement action plan "
                "(Renfrewshire APC, 2024–25; layout modelled on APC learning review action plans following the "
                "Scottish Government ASP Learning Review Guidance 2022). Copied features: title line and progress "
                "subtitle, document control table, background paragraph, RAG key table with fill colours, one table "
                "per learning theme with the recommendation as a merged shaded row above its numbered actions, "
                "job titles as leads (two posts split by '/'), timescales as dates, months, financial quarters and "
                "'Ongoing', progress column, RAG letter cells with fill, one blank RAG, a closing plan-owner note."),
        reads=("A landscape Word document: four learning themes, each with its own table in which a shaded "
               "full-width recommendation row sits above the numbered improvement actions answering it. Eight "
               "actions in all, with lead, timescale, February 2025 progress and a RAG letter (B/G/A) or blank."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ========================================================================================
# 2. Folkestone & Hythe CSP - DHR action plan (docx)
# ========================================================================================

def folkestone():
    name = "jv2-folkestone-hythe-csp-dhr-amelia-action-plan.docx"
    title = "Domestic Homicide Review ‘Amelia’ – Action Plan"
    PA = "Part A – Overview Report recommendations"
    PB = "Part B – Single agency recommendations (from Individual Management Reviews)"
    RA1 = ("1. The Folkestone & Hythe CSP should seek assurance that all partner agencies have routine "
           "enquiry about domestic abuse embedded in their assessment processes.")
    RA2 = ("2. Kent Police and the MARAC Steering Group should review how repeat referrals are identified "
           "when a victim has moved between districts.")
    RA3 = ("3. NHS Kent and Medway ICB should remind GP practices of the need to record and share "
           "disclosures of domestic abuse made during consultations, with the patient’s consent where appropriate.")
    A = lambda **k: k
    part_a = [
        (RA1, "Local", [
            A(ref="1.1", action="Issue a routine enquiry self-assessment to all CSP partner agencies and report the findings to the CSP Executive Group.",
              lead_cell="FHDC Community Safety Team", lead=["FHDC Community Safety Team"],
              milestones="Self-assessment issued June 2024.", end_cell="September 2024", end="2024-09",
              outcome="Completed 18/09/2024 – 11 of 12 agencies returned self-assessments; findings reported to CSP Executive Group.",
              fill="G", status="blue"),
            A(ref="1.2", action="Deliver a programme of routine enquiry training to frontline housing, customer services and early help staff.",
              lead_cell="FHDC Housing / KCC Early Help", lead=["FHDC Housing", "KCC Early Help"],
              milestones="Two sessions delivered (46 staff). Further sessions booked for February 2025.",
              end_cell="31/03/2025", end="2025-03", outcome="", fill="A", status="amber"),
        ]),
        (RA2, "Regional", [
            A(ref="2.1", action="Amend the MARAC referral form and research process to include a mandatory check of previous addresses in other Kent and Medway districts.",
              lead_cell="Kent Police", lead=["Kent Police"],
              milestones="Revised form agreed by MARAC Steering Group October 2024.",
              end_cell="Dec 2024", end="2024-12",
              outcome="Completed – revised form live from 2 December 2024.", fill="G", status="blue"),
            A(ref="2.2", action="Audit repeat MARAC referrals for the six months after the change and report the findings to the Kent and Medway Domestic Abuse Strategic Board.",
              lead_cell="MARAC Steering Group", lead=["MARAC Steering Group"],
              milestones="Audit period runs December 2024 – May 2025.",
              end_cell="July 2025", end="2025-07", outcome="", fill="R", status="red"),
        ]),
        (RA3, "Local", [
            A(ref="3.1", action="Publish a GP safeguarding bulletin item on recording and sharing domestic abuse disclosures, with a link to the IRIS programme.",
              lead_cell="NHS Kent and Medway ICB", lead=["NHS Kent and Medway ICB"],
              milestones="Bulletin item drafted with the Named GP for Safeguarding Adults.",
              end_cell="October 2024", end="2024-10",
              outcome="Completed – bulletin issued 24/10/2024.", fill="G", status="blue"),
        ]),
    ]
    part_b = [
        A(ref="B1", agency="Kent Police",
          rec="Kent Police should ensure officers complete a DASH risk assessment at every domestic abuse incident, including where the victim declines to engage.",
          action="Dip-sample 50 domestic abuse incidents each quarter in the Folkestone and Hythe district for DASH completion and feed back to supervisors.",
          lead_cell="Detective Chief Inspector, Vulnerability (East Division)",
          lead=["Detective Chief Inspector, Vulnerability (East Division)"],
          end_cell="Quarterly from Jan 2025", end=None, end_text="Quarterly from Jan 2025",
          outcome="First dip sample completed January 2025 – 88% compliance.", fill="A", status="amber"),
        A(ref="B2", agency="Kent and Medway NHS and Social Care Partnership Trust (KMPT)",
          rec="KMPT should ensure that carers and family members are routinely asked about domestic abuse when a patient is discharged from inpatient care.",
          action="Add a domestic abuse prompt to the inpatient discharge checklist and the carers’ contact record.",
          lead_cell="KMPT Head of Safeguarding", lead=["KMPT Head of Safeguarding"],
          end_cell="30/11/2024", end="2024-11",
          outcome="Completed – checklist updated November 2024; compliance to be audited in Q4.", fill="G", status="blue"),
        A(ref="B3", agency="Folkestone & Hythe District Council",
          rec="The Council’s housing service should strengthen its response where a tenant reports that a partner has moved into the property.",
          action="Update the tenancy management procedure so that any report of a new occupant triggers a welfare contact and a domestic abuse screening question.",
          lead_cell="Tenancy Services Manager", lead=["Tenancy Services Manager"],
          end_cell="April 2025", end="2025-04",
          outcome="Draft procedure with Housing Leadership Team.", fill="A", status="amber"),
        A(ref="B4", agency="East Kent Hospitals University NHS Foundation Trust",
          rec="EKHUFT should ensure that Emergency Department staff refer patients presenting with injuries consistent with domestic abuse to the Hospital IDVA service.",
          action="Relaunch the ED domestic abuse referral pathway with the Hospital IDVA service and include it in ED induction for all new staff.",
          lead_cell="Named Nurse Safeguarding Adults / ED Matron",
          lead=["Named Nurse Safeguarding Adults", "ED Matron"],
          end_cell="Feb 2025", end="2025-02",
          outcome="Pathway relaunched at William Harvey Hospital; QEQM site to follow.", fill="A", status="amber"),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Folkestone & Hythe Community Safety Partnership – OFFICIAL"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Monitoring update for the CSP Executive Group – January 2025")
    doc.add_paragraph(
        "The Overview Report and Executive Summary were considered by the Home Office Quality Assurance "
        "Panel in May 2024 and published in July 2024. This plan follows the Home Office action plan "
        "template. Actions are monitored by the CSP DHR Sub-group until every action is complete.")

    doc.add_paragraph("Status key")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for f, txt in [("G", "Action complete"), ("A", "In progress"), ("R", "Not started / overdue")]:
        c = t.add_row().cells
        shade(c[0], FILL[f])
        c[1].text = txt

    actions = []
    doc.add_heading(PA, level=2)
    heads = ["Ref", "Recommendation", "Scope of recommendation (local / regional / national)",
             "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
             "Target date", "Date of completion and outcome", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9E2F3")
    for rec, scope, acts in part_a:
        first = len(t.rows)
        for a in acts:
            c = t.add_row().cells
            c[0].text = a["ref"]
            c[3].text = a["action"]
            c[4].text = a["lead_cell"]
            c[5].text = a["milestones"]
            c[6].text = a["end_cell"]
            c[7].text = a["outcome"]
            shade(c[8], FILL[a["fill"]])
            a["under"] = [PA, rec]
            actions.append(a)
        last = len(t.rows) - 1
        if last > first:
            t.cell(first, 1).merge(t.cell(last, 1))
            t.cell(first, 2).merge(t.cell(last, 2))
        t.cell(first, 1).text = rec
        t.cell(first, 2).text = scope

    doc.add_paragraph("")
    doc.add_heading(PB, level=2)
    heads = ["Ref", "Agency", "Recommendation", "Action to take", "Lead officer", "Target date",
             "Progress / outcome", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9E2F3")
    for a in part_b:
        c = t.add_row().cells
        c[0].text = a["ref"]
        c[1].text = a["agency"]
        c[2].text = a["rec"]
        c[3].text = a["action"]
        c[4].text = a["lead_cell"]
        c[5].text = a["end_cell"]
        c[6].text = a["outcome"]
        shade(c[7], FILL[a["fill"]])
        a["under"] = [PB, a["rec"]]
        actions.append(a)

    doc.add_paragraph("")
    doc.add_paragraph("Action plan owner: Community Safety Manager, Folkestone & Hythe District Council. "
                      "Next update to CSP Executive Group: April 2025.")
    doc.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a district community safety partnership's domestic homicide review action plan "
                "(Folkestone & Hythe CSP, Kent, 2024–25), built on the Home Office DHR action plan template "
                "(Recommendation / Scope / Action to take / Lead agency / Key milestones / Target date / Date of "
                "completion and outcome) as Kent CSPs publish it. Copied features: OFFICIAL page header with the "
                "CSP name, title and monitoring subtitle, intro paragraph, status key in which fill colours carry "
                "the meaning (green = complete, no blue), Part A overview-report table with the recommendation and "
                "scope cells merged down over two actions, Part B single-agency (IMR) table with agency and "
                "recommendation per row, status shown only by cell fill, agencies and posts as leads."),
        reads=("Two landscape tables under Part A and Part B headings: nine actions, each answering a numbered "
               "or agency recommendation, with a lead agency or officer, a target date and a status cell coloured "
               "per the key (green = action complete, amber = in progress, red = not started / overdue)."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ----------------------------------------------------------------------------------------
# xlsx helpers
# ----------------------------------------------------------------------------------------
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def put(ws, r, c, v, bold=False, bg=None, fmt=None, border=True, color=None, size=None):
    cell = ws.cell(row=r, column=c, value=v)
    if bold or color or size:
        cell.font = Font(bold=bold, color=color, size=size)
    if bg:
        cell.fill = fill(bg)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    cell.alignment = WRAP
    return cell


# ========================================================================================
# 3. Doncaster and Bassetlaw Teaching Hospitals - maternity and neonatal improvement plan
# ========================================================================================

def dbth():
    name = "jv2-doncaster-bassetlaw-teaching-hospitals-maternity-neonatal-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Meeting and improving standards and structures"
    A = lambda **k: k
    plan = [
        (T1, [
            ("CQC maternity inspection 2023",
             "Women and families told us they did not always feel listened to when they raised concerns in maternity triage.", [
                A(ref="1.1", action="Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) across both the Doncaster and Bassetlaw sites.",
                  lead_cell="Deputy Head of Midwifery", lead=["Deputy Head of Midwifery"],
                  orig=D(2025, 3, 31), rev=D(2025, 9, 30), end="2025-09",
                  prog="Live at DRI from June 2025. Bassetlaw go-live moved to September 2025 because of estates works; went live 22/09/2025.",
                  ev="BSOTS compliance audit Q2", prev="A", cur="B", status="blue"),
                A(ref="1.2", action="Hold a monthly ‘Walk the Patch’ listening event with the Maternity and Neonatal Voices Partnership (MNVP) and publish ‘You said, we did’ feedback.",
                  lead_cell="Head of Midwifery / MNVP Lead", lead=["Head of Midwifery", "MNVP Lead"],
                  orig=D(2024, 12, 31), orig_fmt="mmm-yy", rev=None, end="2024-12",
                  prog="Monthly events embedded since November 2024; feedback boards in place on all units.",
                  ev="MNVP minutes; YSWD boards", prev="B", cur="B", status="blue"),
            ]),
            ("Trust interpreting audit 2024",
             "Interpreting services were not consistently used at booking and during labour.", [
                A(ref="1.3", action="Audit the use of interpreters at booking and in labour every quarter and report the results to the Maternity and Neonatal Safety Group.",
                  lead_cell="Maternity Governance Lead", lead=["Maternity Governance Lead"],
                  orig="Q4 2024/25", rev="Q3 2025/26", end="2025-12",
                  prog="Q1 audit showed 71% compliance at booking. Revised date agreed at MNSG to allow two further quarters of data.",
                  ev="Audit reports Q4, Q1", prev="A", cur="A", status="amber"),
            ]),
        ]),
        (T2, [
            ("Birthrate Plus review 2024",
             "Midwifery staffing did not consistently meet the Birthrate Plus establishment.", [
                A(ref="2.1", action="Recruit to the 14.2 WTE midwifery vacancies identified in the Birthrate Plus review, including the international recruitment cohort.",
                  lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
                  orig=D(2025, 8, 31), rev=D(2026, 3, 31), end="2026-03",
                  prog="8.6 WTE appointed. International cohort delayed by visa processing; vacancy gap escalated to Quality and Effectiveness Committee.",
                  ev="Workforce dashboard", prev="A", cur="R", status="red"),
                A(ref="2.2", action="Implement the midwifery retention action plan, including the enhanced preceptorship offer and the legacy mentor scheme.",
                  lead_cell="Midwifery Workforce Lead", lead=["Midwifery Workforce Lead"],
                  orig=D(2025, 6, 30), rev=None, end="2025-06",
                  prog="All actions complete; turnover reduced from 14% to 9.5%.",
                  ev="Retention plan close-down report", prev="G", cur="B", status="blue"),
            ]),
            ("Maternity Incentive Scheme Year 6 – Safety Action 8",
             "Not all staff groups had completed PROMPT multi-professional emergency skills training.", [
                A(ref="2.3", action="Achieve and sustain 90% compliance with PROMPT training for all staff groups, including anaesthetists and maternity support workers.",
                  lead_cell="Practice Development Midwife / Consultant Obstetrician (Training Lead)",
                  lead=["Practice Development Midwife", "Consultant Obstetrician (Training Lead)"],
                  orig="Ongoing", rev=None, end=None, end_text="Ongoing",
                  prog="Compliance 93% midwives, 91% obstetricians, 88% anaesthetists.",
                  ev="Training compliance report", prev="G", cur="G", status="green"),
            ]),
        ]),
        (T3, [
            ("CQC maternity inspection 2023",
             "Learning from incidents was not consistently shared with staff.", [
                A(ref="3.1", action="Move maternity incident review to PSIRF, with a weekly Maternity Learning Review Panel and a monthly ‘Safety Spotlight’ newsletter.",
                  lead_cell="Patient Safety Midwife", lead=["Patient Safety Midwife"],
                  orig=D(2024, 12, 31), rev=None, end="2024-12",
                  prog="Complete. Panel meets weekly; 10 editions of Safety Spotlight issued.",
                  ev="Panel ToR; newsletters", prev="B", cur="B", status="blue"),
                A(ref="3.2", action="Complete the Perinatal Culture and Leadership Programme (PCLP) quad diagnostic and agree a culture improvement plan with staff.",
                  lead_cell="Perinatal Quad", lead=["Perinatal Quad"],
                  orig=D(2025, 1, 31), rev=D(2025, 7, 31), end="2025-07",
                  prog="SCORE survey completed; culture plan agreed at staff listening events in July.",
                  ev="SCORE report; culture plan v1", prev="A", cur="G", status="green"),
            ]),
        ]),
        (T4, [
            ("Saving Babies’ Lives Care Bundle v3",
             "Fetal monitoring governance required strengthening.", [
                A(ref="4.1", action="Appoint a dedicated Fetal Monitoring Lead midwife and obstetrician and introduce weekly CTG case reviews.",
                  lead_cell="Clinical Director for Obstetrics", lead=["Clinical Director for Obstetrics"],
                  orig=D(2024, 11, 30), rev=None, end="2024-11",
                  prog="Both leads in post; weekly CTG review in place since December 2024.",
                  ev="Job plans; CTG review log", prev="B", cur="B", status="blue"),
                A(ref="4.2", action="Achieve full compliance with all six elements of Saving Babies’ Lives Care Bundle version 3 and evidence this at the LMNS assurance visit.",
                  lead_cell="Maternity Governance Lead", lead=["Maternity Governance Lead"],
                  orig=D(2026, 3, 31), rev=None, end="2026-03",
                  prog="Five of six elements fully compliant; element 2 (fetal growth) at 82%.",
                  ev="SBLv3 implementation tool", prev="G", cur="G", status="green"),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 50
    put(ws, 1, 1, "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", bold=True, border=False, size=12)
    put(ws, 2, 1, title, bold=True, border=False, size=16)
    for r, (k, v) in enumerate([("Executive sponsor", "Chief Nurse"),
                                 ("Plan owner", "Director of Midwifery"),
                                 ("Reporting to", "Maternity and Neonatal Safety Group; Quality and Effectiveness Committee; Board of Directors"),
                                 ("Position as at", "31 October 2025")], start=4):
        put(ws, r, 1, k, bold=True)
        put(ws, r, 2, v)
    put(ws, 9, 1, "Version control", bold=True, border=False)
    for i, h in enumerate(["Version", "Date", "Summary of changes"], start=1):
        put(ws, 10, i, h, bold=True, bg="D9D9D9")
    for r, row in enumerate([("1.0", D(2024, 3, 5), "Plan approved by Board of Directors"),
                             ("2.2", D(2025, 7, 29), "July 2025 update; revised dates for 1.1 and 3.2 agreed at MNSG"),
                             ("2.3", D(2025, 10, 28), "October 2025 update; revised dates for 1.3 and 2.1 agreed at MNSG")], start=11):
        put(ws, r, 1, row[0])
        put(ws, r, 2, row[1], fmt="dd/mm/yyyy")
        put(ws, r, 3, row[2])
    put(ws, 15, 1, "RAG key", bold=True, border=False)
    for r, (k, v) in enumerate([("B", "Complete – evidence submitted and assured at MNSG"),
                                ("G", "On track to deliver by the due date"),
                                ("A", "At risk – mitigation in place or revised date agreed"),
                                ("R", "Off track – escalated to Quality and Effectiveness Committee")], start=16):
        put(ws, r, 1, k, bold=True, bg=FILL[k])
        put(ws, r, 2, v)

    ws = wb.create_sheet("Improvement Plan")
    widths = [7, 22, 38, 55, 26, 13, 13, 50, 24, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, "DBTH Maternity and Neonatal Improvement Plan – progress tracker", bold=True, border=False, size=14)
    put(ws, 2, 1, "Position as at 31 October 2025 (for Board of Directors, 25 November 2025)", border=False)
    heads = ["Ref", "Source", "Finding / recommendation", "Action", "Lead", "Original due date",
             "Revised due date", "Progress update", "Evidence", "Previous RAG", "Current RAG"]
    for i, h in enumerate(heads, start=1):
        put(ws, 4, i, h, bold=True, bg="5B2C6F", color="FFFFFF")
    ws.freeze_panes = "A5"
    r = 5
    actions = []
    for theme, recs in plan:
        put(ws, r, 1, theme, bold=True, bg="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for source, rec, acts in recs:
            first = r
            for a in acts:
                put(ws, r, 1, a["ref"])
                put(ws, r, 4, a["action"])
                put(ws, r, 5, a["lead_cell"])
                if isinstance(a["orig"], dt.datetime):
                    put(ws, r, 6, a["orig"], fmt=a.get("orig_fmt", "dd/mm/yyyy"))
                else:
                    put(ws, r, 6, a["orig"])
                if isinstance(a["rev"], dt.datetime):
                    put(ws, r, 7, a["rev"], fmt="dd/mm/yyyy")
                else:
                    put(ws, r, 7, a["rev"])
                put(ws, r, 8, a["prog"])
                put(ws, r, 9, a["ev"])
                put(ws, r, 10, a["prev"], bg=FILL[a["prev"]], bold=True)
                put(ws, r, 11, a["cur"], bg=FILL[a["cur"]], bold=True)
                a["under"] = [theme, rec]
                actions.append(a)
                r += 1
            put(ws, first, 2, source)
            put(ws, first, 3, rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    put(ws, r, 1, "Summary of current RAG", bold=True, border=False)
    r += 1
    counts = {}
    for a in actions:
        counts[a["cur"]] = counts.get(a["cur"], 0) + 1
    for k, lab in [("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")]:
        put(ws, r, 1, k, bg=FILL[k], bold=True)
        put(ws, r, 2, lab)
        put(ws, r, 3, counts.get(k, 0))
        r += 1
    put(ws, r, 2, "Total actions", bold=True)
    put(ws, r, 3, len(actions), bold=True)
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates an NHS acute trust maternity and neonatal improvement plan reported to the Board "
                "(Doncaster and Bassetlaw Teaching Hospitals NHSFT, 2024–26), organised under the four themes of "
                "the NHS England Three-year delivery plan for maternity and neonatal services (March 2023), with "
                "findings drawn from a CQC maternity inspection, Birthrate Plus, the Maternity Incentive Scheme and "
                "Saving Babies’ Lives v3. Copied features: cover sheet with sponsor/owner, version control table and "
                "B/G/A/R key; tracker sheet with frozen header, merged theme bands, source and finding cells merged "
                "down over their actions, original and revised due dates (real dates, mmm-yy and financial-quarter "
                "text), progress and evidence columns, previous and current RAG letter cells with fill, and a "
                "summary-of-RAG totals block beneath the plan."),
        reads=("A two-sheet workbook: the cover gives the title, version history and RAG key; the Improvement "
               "Plan sheet lists ten numbered actions under four themes, each answering a finding, with a lead, "
               "original and (sometimes) revised due date, progress, and previous and current RAG. The revised "
               "date is the due date where there is one; the current RAG is the status."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ========================================================================================
# 4. Canterbury City Council - corporate risk register Q2 2025/26 (xlsx)
# ========================================================================================

def canterbury():
    name = "jv2-canterbury-city-council-corporate-risk-register-q2-2025-26.xlsx"
    title = "Corporate Risk Register – Quarter 2 2025/26"
    ST = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    SS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    A = lambda **k: k
    risks = [
        dict(code="CR01", head="CR01 – Financial resilience", titl="Financial resilience",
             desc=("There is a risk that the council cannot set a balanced budget over the medium term because of "
                   "rising demand for temporary accommodation, inflation and uncertainty over the Fair Funding "
                   "Review, leading to unplanned use of reserves and reductions in services."),
             owner="Director of Finance and Procurement (S151 Officer)", inh="20 (L4 x I5)", cur="16 (L4 x I4)",
             tgt="12", trend="↔ No change",
             acts=[
                 A(action="Deliver the 2026/27 savings and income programme of £2.1m, with monthly tracking through the Budget Board.",
                   lead_cell="Head of Finance", lead=["Head of Finance"], end_cell=D(2026, 3, 31), end="2026-03",
                   upd="£1.4m of proposals agreed by CMT; remaining £0.7m in development for the December Cabinet.",
                   st="On track"),
                 A(action="Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review consultation.",
                   lead_cell="Head of Finance", lead=["Head of Finance"], end_cell=D(2026, 2, 1), fmt="mmm-yy", end="2026-02",
                   upd="Awaiting the provisional settlement in December.", st="On track"),
                 A(action="Review the level of earmarked reserves and agree a minimum General Fund balance with Cabinet.",
                   lead_cell="Director of Finance and Procurement", lead=["Director of Finance and Procurement"],
                   end_cell=D(2025, 9, 30), end="2025-09",
                   upd="Reserves review reported to Cabinet 15 September 2025; minimum balance set at £3.5m.", st="Complete"),
             ]),
        dict(code="CR02", head="CR02 – Temporary accommodation demand", titl="Temporary accommodation demand",
             desc=("There is a risk that the number of households in temporary accommodation continues to rise, "
                   "increasing reliance on costly nightly-paid placements outside the district."),
             owner="Director of People and Place", inh="20 (L5 x I4)", cur="20 (L5 x I4)", tgt="12",
             trend="↑ Increased",
             acts=[
                 A(action="Acquire 40 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.",
                   lead_cell="Head of Housing and Head of Property", lead=["Head of Housing", "Head of Property"],
                   end_cell="Q4 2025/26", end="2026-03",
                   upd="22 units purchased; competition for suitable stock is slowing completions.", st="At risk"),
                 A(action="Launch the homelessness prevention fund and landlord incentive scheme.",
                   lead_cell="Housing Options Manager", lead=["Housing Options Manager"],
                   end_cell=D(2025, 7, 31), end="2025-07",
                   upd="Scheme launched 1 July 2025; 31 tenancies secured to date.", st="Complete"),
             ]),
        dict(code="CR03", head="CR03 – Cyber security and ICT resilience", titl="Cyber security and ICT resilience",
             desc=("There is a risk of a successful cyber attack or major ICT failure which prevents the council "
                   "delivering critical services or results in loss of personal data."),
             owner="Director of Corporate Services", inh="20 (L4 x I5)", cur="15 (L3 x I5)", tgt="10",
             trend="↔ No change",
             acts=[
                 A(action="Complete the migration of the remaining on-premise servers to the cloud and decommission the legacy data centre.",
                   lead_cell="Head of ICT", lead=["Head of ICT"], end_cell=D(2025, 12, 31), end="2025-12",
                   upd="Supplier resourcing has delayed the final migration wave; contingency plan agreed.", st="At risk"),
                 A(action="Achieve PSN compliance following the 2025 IT health check and remediate all critical vulnerabilities.",
                   lead_cell="Head of ICT / Information Governance Manager",
                   lead=["Head of ICT", "Information Governance Manager"],
                   end_cell=D(2025, 11, 30), end="2025-11",
                   upd="All critical and high vulnerabilities remediated; submission being prepared.", st="On track"),
                 A(action="Run a cyber incident exercise with the Corporate Management Team.",
                   lead_cell="Emergency Planning and Resilience Officer", lead=["Emergency Planning and Resilience Officer"],
                   end_cell="Sept 2025", end="2025-09",
                   upd="Exercise postponed because of LGR workload; to be rearranged.", st="Overdue"),
             ]),
        dict(code="CR04", head="CR04 – Local government reorganisation", titl="Local government reorganisation",
             desc=("There is a risk that the reorganisation of local government in Kent diverts capacity from "
                   "service delivery and that the council’s interests are not reflected in the final proposal."),
             owner="Chief Executive", inh="16 (L4 x I4)", cur="12 (L3 x I4)", tgt="8", trend="↓ Reduced",
             acts=[
                 A(action="Work with the other Kent councils to submit a final proposal for reorganisation to government.",
                   lead_cell="Chief Executive", lead=["Chief Executive"], end_cell=D(2025, 11, 28), end="2025-11",
                   upd="Options appraisal completed; Council to agree the preferred option on 20 November.", st="On track"),
                 A(action="Establish an LGR programme board and a cross-party member working group.",
                   lead_cell="Director of Corporate Services", lead=["Director of Corporate Services"],
                   end_cell="July 2025", end="2025-07",
                   upd="Programme board meets fortnightly; member working group established.", st="Complete"),
                 A(action="Maintain a staff engagement and communications plan throughout the reorganisation process.",
                   lead_cell="Head of Communications and Head of HR", lead=["Head of Communications", "Head of HR"],
                   end_cell="Ongoing", end=None, end_text="Ongoing",
                   upd="Monthly staff briefings and an LGR intranet page in place.", st="On track"),
             ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    for col, w in zip("ABCDEFG", [10, 38, 44, 16, 16, 14, 18]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Canterbury City Council", bold=True, border=False, size=12)
    put(ws, 2, 1, title, bold=True, border=False, size=16)
    put(ws, 3, 1, "Position at 30 September 2025 – reported to Governance Committee, 19 November 2025", border=False)
    for i, h in enumerate(["Risk ref", "Risk title", "Risk owner", "Inherent score", "Current score",
                           "Target score", "Direction of travel"], start=1):
        put(ws, 5, i, h, bold=True, bg="1F4E78", color="FFFFFF")
    r = 6
    for rk in risks:
        for i, v in enumerate([rk["code"], rk["titl"], rk["owner"], rk["inh"], rk["cur"], rk["tgt"], rk["trend"]], start=1):
            put(ws, r, i, v)
        r += 1
    r += 1
    put(ws, r, 1, "Risk scores: 15–25 High; 8–12 Medium; 1–6 Low. Scores are Likelihood x Impact on a 5 x 5 matrix.", border=False)
    r += 2
    put(ws, r, 1, "Action status key", bold=True, border=False)
    r += 1
    for k, txt in [("Complete", "Action delivered"), ("On track", "Expected to be delivered by the target date"),
                   ("At risk", "Some slippage; may miss the target date"), ("Overdue", "Target date passed; not delivered")]:
        put(ws, r, 1, k, bg=ST[k], bold=True)
        put(ws, r, 2, txt)
        r += 1

    ws = wb.create_sheet("Risk detail")
    for col, w in zip("ABCDEF", [58, 34, 14, 55, 12, 12]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Corporate Risk Register – risk detail and further mitigating actions (Q2 2025/26)", bold=True, border=False, size=13)
    r = 3
    actions = []
    for rk in risks:
        put(ws, r, 1, rk["head"], bold=True, bg="1F4E78", color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        put(ws, r, 1, "Risk description", bold=True, bg="DDEBF7")
        put(ws, r, 2, rk["desc"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.row_dimensions[r].height = 45
        r += 1
        put(ws, r, 1, "Risk owner: " + rk["owner"], bg="DDEBF7")
        put(ws, r, 2, "Current score: " + rk["cur"], bg="DDEBF7")
        put(ws, r, 3, "Target: " + rk["tgt"], bg="DDEBF7")
        put(ws, r, 4, "Direction of travel: " + rk["trend"], bg="DDEBF7")
        r += 1
        for i, h in enumerate(["Further mitigating action", "Action owner", "Target date", "Q2 update", "Status"], start=1):
            put(ws, r, i, h, bold=True, bg="BDD7EE")
        r += 1
        for a in rk["acts"]:
            put(ws, r, 1, a["action"])
            put(ws, r, 2, a["lead_cell"])
            if isinstance(a["end_cell"], dt.datetime):
                put(ws, r, 3, a["end_cell"], fmt=a.get("fmt", "dd/mm/yyyy"))
            else:
                put(ws, r, 3, a["end_cell"])
            put(ws, r, 4, a["upd"])
            put(ws, r, 5, a["st"], bg=ST[a["st"]])
            a["ref"] = None
            a["under"] = [rk["head"]]
            a["status"] = SS[a["st"]]
            actions.append(a)
            r += 1
        r += 1
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a district council corporate risk register quarterly report to the audit/governance "
                "committee (Canterbury City Council, Q2 2025/26), in the report-style export that JCAD/Pentana-type "
                "risk systems produce. Copied features: summary sheet with title block, a risk summary table "
                "(inherent/current/target scores, direction of travel), scoring note and an action-status key with "
                "fill colours; a detail sheet with one block per risk (merged coloured risk heading, description, "
                "owner/score line, repeated sub-header) and its further mitigating actions with action owner, "
                "target date (dates, mmm-yy, text month, financial quarter, Ongoing), Q2 update and a coloured status word."),
        reads=("Four corporate risks, each with a block of further mitigating actions; eleven actions in all, none "
               "numbered. Each action is read under its risk heading with its action owner, target date and status "
               "(Complete, On track, At risk, Overdue as the key colours them). The summary table of risks is not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ========================================================================================
# 5. Wakefield Council - transformation programme highlight report (xlsx)
# ========================================================================================

def wakefield():
    name = "jv2-wakefield-council-transformation-programme-highlight-report.xlsx"
    title = "Transformation Programme – Highlight Report"
    ST = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Off Track": RED}
    SS = {"Complete": "blue", "On Track": "green", "At Risk": "amber", "Off Track": "red"}
    A = lambda **k: k
    projects = [
        dict(sheet="P1 Customer & Digital", head="Project 1: Customer Access and Digital",
             sro="Director of Corporate Services", pm="Digital Programme Lead", rag="Amber",
             summary=("Customer portal is live and take-up is ahead of forecast (31% of council tax contacts now self-serve). "
                      "Web chat launch slipped because of integration testing with the waste round system."),
             risks=[("R1", "Integration with the waste round system is more complex than planned", "Additional supplier days agreed; testing extended by 4 weeks", "12"),
                    ("R2", "Staff capacity in Customer Services during annual billing", "Go-live dates avoid February–March", "8")],
             ms=[
                 A(ref="1.1", action="Go live with the new customer portal for council tax and benefits self-service",
                   lead_cell="Head of Customer Services", lead=["Head of Customer Services"],
                   base=D(2025, 6, 30), fc=D(2025, 7, 14), end="2025-07", st="Complete",
                   com="Live 14 July 2025."),
                 A(ref="1.2", action="Launch AI-assisted web chat for waste and recycling enquiries",
                   lead_cell="Digital Programme Lead", lead=["Digital Programme Lead"],
                   base=D(2025, 9, 30), fc=D(2025, 11, 30), end="2025-11", st="At Risk",
                   com="Integration testing extended – see R1."),
                 A(ref="1.3", action="Close the Castleford and Pontefract customer service points and move face-to-face help to the library hub model",
                   lead_cell="Head of Customer Services / Libraries Manager",
                   lead=["Head of Customer Services", "Libraries Manager"],
                   base=D(2026, 1, 31), fc=D(2026, 1, 31), end="2026-01", st="On Track",
                   com="Staff consultation closes 7 November."),
                 A(ref="1.4", action="Decommission the legacy CRM system",
                   lead_cell="Head of ICT", lead=["Head of ICT"],
                   base=D(2026, 3, 31), fc=D(2026, 6, 30), end="2026-06", st="Off Track",
                   com="Dependent on 1.2; data migration plan to be re-baselined at November board."),
             ]),
        dict(sheet="P2 ASC Demand", head="Project 2: Adult Social Care – Managing Demand",
             sro="Director of Adult Social Care", pm="Transformation Manager (Adults)", rag="Green",
             summary=("Reablement capacity target met in August. Three Conversations model live in four of six locality teams; "
                      "remaining two teams delayed by recruitment to team manager posts."),
             risks=[("R1", "Vacancies in two locality team manager posts", "Interim managers in place; recruitment under way", "9")],
             ms=[
                 A(ref="2.1", action="Expand the reablement service to 450 hours per week",
                   lead_cell="Reablement Service Manager", lead=["Reablement Service Manager"],
                   base=D(2025, 8, 31), fc=D(2025, 8, 31), end="2025-08", st="Complete",
                   com="462 hours per week delivered in September."),
                 A(ref="2.2", action="Implement the strengths-based Three Conversations model in all six locality teams",
                   lead_cell="Principal Social Worker", lead=["Principal Social Worker"],
                   base=D(2025, 10, 31), fc=D(2025, 12, 31), end="2025-12", st="At Risk",
                   com="4 of 6 teams live."),
                 A(ref="2.3", action="Deliver the Technology Enabled Care pilot with 200 users and evaluate the results",
                   lead_cell="Commissioning Manager (TEC)", lead=["Commissioning Manager (TEC)"],
                   base=D(2026, 3, 1), fc=D(2026, 3, 1), fmt="mmm-yy", end="2026-03", st="On Track",
                   com="137 users to date."),
             ]),
        dict(sheet="P3 Estates", head="Project 3: Estates Rationalisation",
             sro="Director of Regeneration and Economic Growth", pm="Corporate Property Manager", rag="Red",
             summary=("Sale of Newton Bar delayed after the preferred bidder withdrew; site being re-marketed. "
                      "Wakefield One desk ratio work is on track."),
             risks=[("R1", "Capital receipt from Newton Bar not achieved in 2025/26", "Re-marketing with two reserve bidders; MTFS assumption moved to 2026/27", "16")],
             ms=[
                 A(ref="3.1", action="Complete the disposal of the Newton Bar office site",
                   lead_cell="Corporate Property Manager", lead=["Corporate Property Manager"],
                   base=D(2025, 9, 30), fc=D(2026, 3, 31), end="2026-03", st="Off Track",
                   com="Preferred bidder withdrew in September."),
                 A(ref="3.2", action="Move Wakefield One teams to the agreed 6:10 desk ratio and release floors 2 and 3 for letting",
                   lead_cell="Head of Workplace Services", lead=["Head of Workplace Services"],
                   base=D(2025, 12, 31), fc=D(2025, 12, 31), end="2025-12", st="On Track",
                   com="Floor 3 vacated; floor 2 moves in November."),
                 A(ref="3.3", action="Agree the community asset transfer of three community centres",
                   lead_cell="Communities Manager / Legal Services", lead=["Communities Manager", "Legal Services"],
                   base=D(2025, 10, 31), fc="Nov 2025", end="2025-11", st="At Risk",
                   com="Heads of terms agreed for two of three centres."),
             ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Programme Overview"
    for col, w in zip("ABCDEFG", [44, 22, 36, 14, 14, 14, 14]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Wakefield Council", bold=True, border=False, size=12)
    put(ws, 2, 1, title, bold=True, border=False, size=16)
    put(ws, 3, 1, "Reporting period: Period 7 (October 2025)   |   Transformation Board: 12 November 2025", border=False)
    put(ws, 4, 1, "Programme SRO: Chief Executive   |   Programme Manager: Head of Transformation", border=False)
    heads = ["Project", "Project sheet", "SRO", "Overall RAG", "Last period", "Schedule", "Budget"]
    for i, h in enumerate(heads, start=1):
        put(ws, 6, i, h, bold=True, bg="203864", color="FFFFFF")
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    overview = [("Amber", "Amber", "Amber", "Green"), ("Green", "Amber", "Amber", "Green"), ("Red", "Amber", "Red", "Amber")]
    r = 7
    for p, ov in zip(projects, overview):
        put(ws, r, 1, p["head"])
        put(ws, r, 2, p["sheet"])
        put(ws, r, 3, p["sro"])
        for j, v in enumerate(ov, start=4):
            put(ws, r, j, v, bg=rag_fill[v])
        r += 1
    r += 1
    put(ws, r, 1, "Milestone status key", bold=True, border=False)
    r += 1
    for k, txt in [("Complete", "Milestone delivered"), ("On Track", "Forecast to be met"),
                   ("At Risk", "Forecast date later than baseline but recoverable"), ("Off Track", "Will not be met without Board intervention")]:
        put(ws, r, 1, k, bg=ST[k], bold=True)
        put(ws, r, 2, txt)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1

    actions = []
    for p in projects:
        ws = wb.create_sheet(p["sheet"])
        for col, w in zip("ABCDEFG", [8, 60, 34, 14, 16, 13, 42]):
            ws.column_dimensions[col].width = w
        put(ws, 1, 1, p["head"], bold=True, border=False, size=14)
        put(ws, 3, 1, "SRO", bold=True)
        put(ws, 3, 2, p["sro"])
        put(ws, 4, 1, "PM", bold=True)
        put(ws, 4, 2, p["pm"])
        put(ws, 5, 1, "Overall", bold=True)
        put(ws, 5, 2, p["rag"], bg=rag_fill[p["rag"]])
        put(ws, 7, 1, "Summary of progress this period", bold=True, border=False)
        put(ws, 8, 1, p["summary"])
        ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=7)
        ws.row_dimensions[8].height = 48
        put(ws, 10, 1, "Key milestones", bold=True, border=False)
        for i, h in enumerate(["No.", "Milestone", "Owner", "Baseline date", "Forecast / actual date", "Status", "Comment"], start=1):
            put(ws, 11, i, h, bold=True, bg="D9E1F2")
        r = 12
        for a in p["ms"]:
            put(ws, r, 1, a["ref"])
            put(ws, r, 2, a["action"])
            put(ws, r, 3, a["lead_cell"])
            put(ws, r, 4, a["base"], fmt=a.get("fmt", "dd/mm/yyyy"))
            if isinstance(a["fc"], dt.datetime):
                put(ws, r, 5, a["fc"], fmt=a.get("fmt", "dd/mm/yyyy"))
            else:
                put(ws, r, 5, a["fc"])
            put(ws, r, 6, a["st"], bg=ST[a["st"]])
            put(ws, r, 7, a["com"])
            a["under"] = [p["head"]]
            a["status"] = SS[a["st"]]
            actions.append(a)
            r += 1
        r += 1
        put(ws, r, 1, "Risks and issues (full RAID log held by the Transformation Team)", bold=True, border=False)
        r += 1
        for i, h in enumerate(["Ref", "Description", "Mitigation", "Score"], start=1):
            put(ws, r, i, h, bold=True, bg="FCE4D6")
        r += 1
        for rid, desc, mit, sc in p["risks"]:
            for i, v in enumerate([rid, desc, mit, sc], start=1):
                put(ws, r, i, v)
            r += 1
        r += 1
        put(ws, r, 1, "Decisions required from the Transformation Board: none this period.", border=False)
    wb.save(os.path.join(HERE, name))

    meta = dict(
        source=("Imitates a metropolitan council's transformation programme highlight report to its "
                "Transformation Board (Wakefield Council, period 7 2025/26), in the common PRINCE2-style highlight "
                "format. Copied features: overview sheet with title block, period line, SRO/programme manager line, "
                "project RAG summary (overall / last period / schedule / budget) and a milestone status key with "
                "fills; one sheet per project with SRO, PM and overall RAG, progress summary paragraph, key "
                "milestones table with baseline and forecast/actual dates and coloured status word, a risks and "
                "issues table with mitigations and scores, and a decisions-required line."),
        reads=("Three projects, one sheet each, with ten numbered key milestones between them; each milestone is "
               "read under its project heading with its owner, the forecast/actual date as the end (the baseline is "
               "the original) and its status (Complete, On Track, At Risk, Off Track). The overview RAG table and the "
               "risks and issues tables are not actions."),
        outcome="read", title=title)
    write_expected(name, meta, actions)
    return name, len(actions)


# ========================================================================================
# 6. Leeds Teaching Hospitals NHS Trust - public board action log (csv)
# ========================================================================================

def leeds():
    import csv
    name = "jv2-leeds-teaching-hospitals-nhs-trust-board-public-action-log.csv"
    title = "Board of Directors Meeting in Public – Action Log"
    RS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    A = lambda **k: k
    acts = [
        A(ref="BoD/25/041", meet="27/03/2025", minute="25/032",
          action="Provide a briefing on the impact of the national corporate cost reduction target on clinical support services.",
          lead_cell="Director of Finance", lead=["Director of Finance"], due="Jul-25", rev="Oct-25", end="2025-10",
          upd="Briefing taken to Finance and Performance Committee 23/10/2025; summary in CEO report to Board 30/10/2025. Propose closure.",
          rag="B"),
        A(ref="BoD/25/058", meet="29/05/2025", minute="25/061",
          action="Report back on the outcome of the neonatal unit capacity review and the plan to reduce out-of-area transfers.",
          lead_cell="Chief Nurse / Chief Medical Officer", lead=["Chief Nurse", "Chief Medical Officer"],
          due="Board Nov 2025", rev="", end="2025-11", upd="On the agenda for 27 November 2025.", rag="G"),
        A(ref="BoD/25/063", meet="29/05/2025", minute="25/066",
          action="Include an ethnicity and deprivation breakdown of elective waiting lists in the Integrated Performance Report.",
          lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"], due="30/09/2025", rev="31/01/2026",
          end="2026-01", upd="Data quality issues with deprivation coding; revised date agreed with the Chair.", rag="A"),
        A(ref="BoD/25/077", meet="31/07/2025", minute="25/089",
          action="Circulate the Freedom to Speak Up annual report benchmarking data to Board members.",
          lead_cell="Company Secretary", lead=["Company Secretary"], due="Aug-25", rev="", end="2025-08",
          upd="Circulated by email 12/08/2025. Propose closure.", rag="B"),
        A(ref="BoD/25/078", meet="31/07/2025", minute="25/093",
          action="Arrange a Board development session on the Hospitals of the Future programme and the new children’s hospital business case.",
          lead_cell="Director of Strategy", lead=["Director of Strategy"], due="December 2025", rev="", end="2025-12",
          upd="Session booked for 11 December 2025.", rag="G"),
        A(ref="BoD/25/079", meet="31/07/2025", minute="25/095",
          action="Provide an update on the sickness absence trajectory and the impact of the wellbeing offer for estates and facilities staff.",
          lead_cell="Director of HR & OD", lead=["Director of HR & OD"], due="Oct-25", rev="", end="2025-10",
          upd="Not received; to go to People Committee before coming back to Board.", rag="R"),
        A(ref="BoD/25/092", meet="30/10/2025", minute="25/118",
          action="Provide assurance on the winter plan, covering:\n- escalation bed capacity at St James’s and the LGI\n- ambulance handover performance against the 45-minute standard",
          lead_cell="Chief Operating Officer", lead=["Chief Operating Officer"], due="27/11/2025", rev="", end="2025-11",
          upd="", rag="G"),
        A(ref="BoD/25/093", meet="30/10/2025", minute="25/121",
          action="Share the revised Board Assurance Framework risk appetite statements with Non-Executive Directors for comment before approval.",
          lead_cell="Company Secretary / Director of Finance", lead=["Company Secretary", "Director of Finance"],
          due="Nov-25", rev="", end="2025-11", upd="", rag="G"),
        A(ref="BoD/25/094", meet="30/10/2025", minute="25/124",
          action="Confirm the timetable for the well-led preparation programme.",
          lead_cell="Chief Nurse", lead=["Chief Nurse"], due="TBC", rev="", end=None, end_text="TBC",
          upd="Awaiting confirmation of the CQC assessment schedule.", rag="G"),
    ]
    ncol = 9
    rows = [
        ["The Leeds Teaching Hospitals NHS Trust"] + [""] * (ncol - 1),
        [title] + [""] * (ncol - 1),
        ["Updated 19 November 2025, following the meeting held on 30 October 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["RAG key: B = complete, propose closure; G = on track; A = due date revised; R = overdue"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Action ref", "Meeting date", "Minute no.", "Action", "Lead", "Due date", "Revised due date",
         "Progress update", "RAG"],
    ]
    for a in acts:
        rows.append([a["ref"], a["meet"], a["minute"], a["action"], a["lead_cell"], a["due"], a["rev"],
                     a["upd"], a["rag"]])
        a["under"] = []
        a["status"] = RS[a["rag"]]
    rows.append([""] * ncol)
    rows.append(["Actions marked B are removed from the log once closure is agreed by the Board."] + [""] * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    meta = dict(
        source=("Imitates an NHS acute trust's public Board of Directors action log as exported from Excel to CSV "
                "(The Leeds Teaching Hospitals NHS Trust, 2025). Copied features: trust name, log title and "
                "'updated' line as leading rows padded with empty columns, a one-line RAG key in which B means "
                "complete/propose closure and A means due date revised, columns for action ref, meeting date, "
                "minute number, action, lead, due date and revised due date (mmm-yy text, dd/mm/yyyy, 'Board Nov "
                "2025', 'December 2025', 'TBC'), progress update and RAG letter, executive posts as leads (two split "
                "by '/'), one action with a multi-line quoted cell, and a closing note row."),
        reads=("A CSV action log: nine open and recently completed Board actions, each with its ref, meeting, "
               "action text, lead post(s), due date (revised where given) and a B/G/A/R letter read by the key at the top."),
        outcome="read", title=title)
    write_expected(name, meta, acts)
    return name, len(acts)


# ========================================================================================
# 7. Safer New Forest Partnership - partnership plan action plan (txt, refuse)
# ========================================================================================

def newforest():
    name = "jv2-safer-new-forest-partnership-plan-2025-26-action-plan-typo-month-refuse.txt"
    title = "Safer New Forest Partnership – Partnership Plan 2025/26: Action Plan"
    lines = [
        title,
        "Quarter 2 monitoring (July – September 2025)",
        "",
        "Ref\tAction\tLead agency / officer\tTarget date\tQ2 update\tRAG",
        "Priority 1: Drug and alcohol related harm",
        "1.1\tRun four multi-agency days of action targeting drug supply and cuckooing in Totton, Lymington and New Milton\tHampshire and Isle of Wight Constabulary (New Forest NPT)\tMarch 2026\tTwo days of action completed (July and September); 14 arrests\tG",
        "1.2\tCommission a substance misuse outreach worker to engage street drinkers in Ringwood and Fordingbridge\tNFDC Community Safety Team / Change Grow Live\tSeptember 2025\tOutreach worker in post from 1 August 2025\tB",
        "Priority 2: Domestic abuse",
        "2.1\tDeliver Domestic Abuse Champions training to 60 front-line staff across partner agencies\tHampshire County Council\tDecember 2025\t38 champions trained to date\tG",
        "2.2\tAchieve Domestic Abuse Housing Alliance (DAHA) accreditation for the council housing service\tNFDC Housing Services\tFebuary 2026\tSelf-assessment submitted; assessor visit booked for January\tA",
        "2.3\tPromote the Safe Spaces scheme in pharmacies and GP surgeries during the 16 Days of Action campaign\tNFDC Community Safety Team\tDec 2025\tCampaign materials ordered\tG",
        "Priority 3: Reducing risk to vulnerable people and property",
        "3.1\tDeliver rural crime and heritage crime prevention events with the Verderers and Forestry England\tHampshire and Isle of Wight Constabulary (Country Watch)\tOngoing\tThree events held at local agricultural shows\tG",
        "3.2\tUpgrade 10 CCTV cameras in town centres to digital high-definition units\tNFDC CCTV Manager\t31/03/2026\tContract awarded; installation to start November\tG",
        "3.3\tDeliver scams awareness sessions for older residents with Trading Standards and Age Concern groups\tHampshire Trading Standards\tJanuary 2026\tSix sessions delivered; further dates being arranged\tG",
        "",
        "RAG: B = complete; G = on track; A = some slippage; R = off track",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    refuse_line = next(i for i, l in enumerate(lines, start=1) if "Febuary 2026" in l)
    n_actions = sum(1 for l in lines if l[:1].isdigit())

    meta = dict(
        source=("Imitates a district community safety partnership's annual partnership plan action plan with "
                "quarterly monitoring (Safer New Forest Partnership, New Forest, Hampshire, 2025/26), whose plan "
                "priorities are drug and alcohol related harm, domestic abuse and reducing risk to vulnerable people "
                "and property. Copied features: title and monitoring-period lines, tab-separated export with a header "
                "row, priority heading lines between numbered actions, lead agencies and officers (two split by '/'), "
                "target dates as months, a date and 'Ongoing', Q2 update, RAG letter, and a RAG key line at the end."),
        reads=("Eight numbered actions under three priorities. Action 2.2's target date reads 'Febuary 2026', a "
               "mistyped month, so a careful reader stops at that line and asks before reading the plan."),
        outcome="refuse", refuse_at=refuse_line, title=title)
    write_expected(name, meta, [])
    return name, n_actions


if __name__ == "__main__":
    for fn in (renfrewshire, folkestone, dbth, canterbury, wakefield, leeds, newforest):
        n, k = fn()
        print(f"{n}: {k} actions")
