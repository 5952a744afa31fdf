#!/usr/bin/env python3
"""Build the seven lz2- blind cases of set heldout372 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python lz2_make.py ; it writes the seven data files and their
NAME.expected.yaml beside them, in the folder this script lives in.

Each action below carries both what is written in the file (the *_cell values) and the reading a
person makes of it (lead list, end month, status), written out by hand.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"red": "FFC7241E", "amber": "FFFFC000", "green": "FF00B050", "blue": "FF0070C0",
        "grey": "FFD9D9D9", "head": "FF1F3864", "pale": "FFDEEAF6"}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, meta, actions):
    doc = {"source": meta["source"], "reads": meta["reads"], "outcome": meta["outcome"],
           "accept_refusal": meta.get("accept_refusal", False)}
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill[-6:])
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ==============================================================================================
# 1. Bury SAB – SAR Mr T action plan (docx, one table per recommendation, fill-colour RAG)
# ==============================================================================================
def bury_sar():
    name = "lz2-bury-safeguarding-adults-board-sar-mr-t-action-plan.docx"
    title = "Safeguarding Adults Review ‘Mr T’ – Multi-Agency Action Plan"
    T1 = "Learning Theme 1: Self-neglect and hoarding"
    T2 = "Learning Theme 2: Working with family and carers"
    R1 = ("Recommendation 1: Bury Safeguarding Adults Board should seek assurance that partner agencies "
          "apply the Greater Manchester Self-Neglect Guidance consistently, including escalation to a "
          "multi-agency risk management meeting when an adult declines support.")
    R2 = ("Recommendation 2: Partner agencies should ensure that when an adult’s mental capacity to make "
          "decisions about self-care is in doubt, the assessment is time and decision specific, recorded, "
          "and revisited when circumstances change.")
    R3 = ("Recommendation 3: Agencies should ensure carers are offered a carer’s assessment and that the "
          "views of family members are sought and recorded when planning support.")
    R4 = ("Recommendation 4: The Board should seek assurance that GP practices record and act on information "
          "from other agencies about adults who repeatedly do not attend appointments.")
    # (theme, recommendation, rows); row = (no, action, lead cell, target cell, progress, fill or None, expected)
    blocks = [
        (T1, R1, [
            ("1.1", "Deliver a refreshed self-neglect and hoarding briefing to frontline staff in Adult Social "
                    "Care, housing and primary care.",
             "BSAB Learning and Development Coordinator", "31/01/2025",
             "Briefing delivered on 4 and 18 December 2024 (112 attendees). Recording available on the BSAB website.",
             "blue", (["BSAB Learning and Development Coordinator"], "2025-01", None, "blue")),
            ("1.2", "Audit a sample of 20 self-neglect cases to test whether a multi-agency risk management "
                    "meeting was considered where the adult declined support.",
             "Head of Adult Safeguarding (Bury Council); Designated Nurse Safeguarding Adults (NHS GM – Bury)",
             "Q1 2025/26",
             "Audit tool agreed at QA Sub-group in February 2025. Case sample being drawn.",
             "amber", (["Head of Adult Safeguarding (Bury Council)",
                        "Designated Nurse Safeguarding Adults (NHS GM – Bury)"], "2025-06", None, "amber")),
            ("1.3", "Add hoarding and fire risk to the housing tenancy visit checklist and agree a referral route "
                    "to Greater Manchester Fire and Rescue Service Safe and Well visits.",
             "Bury Council Housing Services / GMFRS", "March 2025",
             "Checklist amended. Referral pathway to GMFRS live from 1 February 2025.",
             "green", (["Bury Council Housing Services", "GMFRS"], "2025-03", None, "green")),
        ]),
        (T1, R2, [
            ("2.1", "Review the multi-agency Mental Capacity Act practice guidance and add a section on executive "
                    "functioning.",
             "BSAB Policy and Procedures Sub-group", "30/06/2025",
             "Draft circulated to partners for comment; due at Sub-group in May.",
             "green", (["BSAB Policy and Procedures Sub-group"], "2025-06", None, "green")),
            ("2.2", "Include capacity assessments of self-care decisions in the annual MCA audit across NCA Bury "
                    "Care Organisation and Pennine Care NHS Foundation Trust.",
             "Named Nurse Adult Safeguarding (NCA) and Safeguarding Lead (Pennine Care NHS FT)", "September 2025",
             "Audit cycle begins in July 2025.",
             None, (["Named Nurse Adult Safeguarding (NCA)", "Safeguarding Lead (Pennine Care NHS FT)"],
                    "2025-09", None, "unrated")),
        ]),
        (T2, R3, [
            ("3.1", "Issue a practice reminder on carers’ rights to an assessment under section 10 of the Care Act "
                    "2014.",
             "Principal Social Worker (Adults)", "December 2024",
             "Practice reminder issued 29/11/2024 in the Adult Social Care bulletin.",
             "blue", (["Principal Social Worker (Adults)"], "2024-12", None, "blue")),
            ("3.2", "Work with Bury Carers’ Centre to develop a joint referral form for carers’ assessments.",
             "Strategic Lead for Carers (Bury Council)", "31 July 2025",
             "Initial meeting held; draft form expected June 2025.",
             "green", (["Strategic Lead for Carers (Bury Council)"], "2025-07", None, "green")),
        ]),
        (T2, R4, [
            ("4.1", "Develop a ‘was not brought / did not attend’ protocol for adults for use across Bury GP "
                    "practices.",
             "Named GP for Adult Safeguarding (NHS GM – Bury)", "Sept 2025",
             "Drafting delayed by vacancies in the safeguarding team; escalated to the Board Chair.",
             "red", (["Named GP for Adult Safeguarding (NHS GM – Bury)"], "2025-09", None, "red")),
            ("4.2", "Report compliance with the protocol to the BSAB Quality Assurance Sub-group.",
             "Designated Nurse Safeguarding Adults (NHS GM – Bury)", "Quarterly",
             "", None, (["Designated Nurse Safeguarding Adults (NHS GM – Bury)"], None, "Quarterly", "unrated")),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Bury Safeguarding Adults Board")
    doc.add_paragraph("Progress update for the SAR and Learning Sub-group – March 2025")

    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Document owner", "BSAB Business Unit"), ("Version", "0.4"), ("Date", "14 March 2025"),
                 ("Status", "Draft for SAR and Learning Sub-group"), ("SAR published", "9 October 2024"),
                 ("Review author", "Independent reviewer commissioned by BSAB")]:
        r = ctl.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
        shade(r[0], FILL["grey"])

    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [("blue", "Complete – evidence of completion received by the Business Unit"),
                     ("green", "On track"), ("amber", "Some slippage – at risk of missing target date"),
                     ("red", "Off track – escalation to the Board required"),
                     (None, "No colour – not yet started")]:
        r = key.add_row().cells
        if col:
            shade(r[0], FILL[col])
        set_cell(r[1], txt)

    expected = []
    last_theme = None
    for theme, rec, rows in blocks:
        if theme != last_theme:
            doc.add_paragraph(theme, style="Heading 2")
            last_theme = theme
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(m, rec, bold=True)
        shade(m, FILL["pale"])
        for c, h in zip(t.rows[1].cells, ["No.", "Action", "Lead agency / officer", "Target date",
                                           "Progress update (March 2025)", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for no, act, lead, tgt, prog, fill, (lead_l, end, end_text, status) in rows:
            c = t.add_row().cells
            for cell, v in zip(c[:5], [no, act, lead, tgt, prog]):
                set_cell(cell, v)
            if fill:
                shade(c[5], FILL[fill])
            expected.append(A(no, [theme, rec], act, lead_l, end, status, end_text))
        doc.add_paragraph("")

    doc.add_paragraph("Actions rated Blue will be closed at the next Sub-group once the evidence has been "
                      "reviewed. Please send updates to the BSAB Business Unit by 25 April 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a multi-agency Safeguarding Adults Review action plan of the kind Bury "
                   "Safeguarding Adults Board (Bury Integrated Safeguarding Partnership, "
                   "burysafeguardingpartnership.bury.gov.uk) publishes alongside a SAR, 2024-25 progress "
                   "update. Copied features: title paragraphs, a document-control table, a colour-only RAG key "
                   "table, learning-theme headings in Word, one table per recommendation with the "
                   "recommendation in a merged shaded first row above its actions, several leads in one cell "
                   "(semicolon, slash, 'and'), job titles as leads, day-first/quarter/month dates and a RAG "
                   "column shown only by cell fill colour."),
        "reads": ("A SAR action plan for 'Mr T' with two learning themes and four recommendations, each in its "
                  "own Word table with the recommendation written in a merged row above 1-3 numbered actions. "
                  "The RAG is the fill colour of the last cell per the key (blue complete, green, amber, red; "
                  "no colour = not started). The document-control and key tables are not the plan."),
        "outcome": "read", "title": title}, expected)


# ==============================================================================================
# 2. Maldon District CSP – DHR 'Irene' action plan (docx, Home Office template, one landscape table)
# ==============================================================================================
def maldon_dhr():
    name = "lz2-maldon-district-csp-dhr-irene-action-plan.docx"
    title = "Domestic Homicide Review ‘Irene’ – Action Plan"
    S1 = "Overview Report recommendations"
    S2 = "Single agency recommendations – Essex Police"
    S3 = "Single agency recommendations – Mid and South Essex NHS Foundation Trust"
    S4 = "Single agency recommendations – NHS Mid and South Essex Integrated Care Board"
    R1 = ("1. Maldon District Community Safety Partnership to seek assurance that all partner agencies have a "
          "domestic abuse policy that covers older victims and abuse by adult family members.")
    R2 = ("2. Essex County Council and partners to raise awareness of economic abuse and coercive control "
          "among carers and services for older people.")
    R3 = ("3. Essex Police to ensure that officers attending domestic incidents involving older victims "
          "complete the DASH risk assessment with the victim on their own.")
    R4 = ("4. Mid and South Essex NHS Foundation Trust to ensure routine enquiry about domestic abuse is made "
          "when an older patient attends with unexplained injuries.")
    R5 = ("5. NHS Mid and South Essex ICB to remind GP practices to record and share concerns about carers who "
          "may pose a risk to the person they care for.")
    # section, rec, scope, [ (action, lead cell, milestones, target, completion, rag, expected) ]
    blocks = [
        (S1, R1, "Local", [
            ("Survey partner agencies on whether their domestic abuse policies address abuse of older people "
             "and abuse by adult children.", "Maldon District CSP",
             "Survey issued 03/03/2025; 11 of 13 agencies responded.", "April 2025",
             "Completed 30/04/2025 – findings reported to CSP Board June 2025.", "Complete",
             (["Maldon District CSP"], "2025-04", None, "blue")),
            ("Agencies without such provision to update their policy and confirm this in writing to the CSP.",
             "All partner agencies", "Two agencies updating policies.", "Sept 2025 (revised to Dec 2025)",
             "", "Amber", (["All partner agencies"], "2025-12", None, "amber")),
        ]),
        (S1, R2, "Local / Regional", [
            ("Deliver a short awareness campaign with Age UK Essex during the 16 Days of Action 2025.",
             "Maldon DC Community Safety Team; Age UK Essex", "Campaign materials agreed October 2025.",
             "December 2025", "", "Green",
             (["Maldon DC Community Safety Team", "Age UK Essex"], "2025-12", None, "green")),
            ("Include economic abuse in the SET Domestic Abuse Board core training offer for adult social care "
             "staff.", "Essex County Council Adult Social Care", "Training module in development.",
             "31/03/2026", "", "Green", (["Essex County Council Adult Social Care"], "2026-03", None, "green")),
        ]),
        (S2, R3, "Local", [
            ("Issue a briefing to response officers on speaking to older victims away from the suspected "
             "perpetrator.", "Essex Police – Maldon Community Policing Team", "Briefing written and approved.",
             "Feb 2025", "Completed – briefing delivered to all shifts February 2025.", "Complete",
             (["Essex Police – Maldon Community Policing Team"], "2025-02", None, "blue")),
            ("Dip-sample 30 domestic abuse incidents with victims aged 60 and over to check DASH completion.",
             "Essex Police Domestic Abuse Problem Solving Team", "", "Q4 2025/26", "", "Not started",
             (["Essex Police Domestic Abuse Problem Solving Team"], "2026-03", None, "unrated")),
        ]),
        (S3, R4, "Local", [
            ("Add a routine enquiry prompt to the emergency department frailty assessment in the electronic "
             "patient record.", "Head of Safeguarding (MSEFT)", "Prompt designed with the digital team.",
             "June 2025", "Completed 12/06/2025 – prompt live at Broomfield Hospital.", "Complete",
             (["Head of Safeguarding (MSEFT)"], "2025-06", None, "blue")),
            ("Audit use of the prompt after six months and report findings to the Trust Safeguarding "
             "Committee.", "Head of Safeguarding (MSEFT)", "", "January 2026", "", "Green",
             (["Head of Safeguarding (MSEFT)"], "2026-01", None, "green")),
        ]),
        (S4, R5, "Local", [
            ("Circulate a 7-minute briefing on carer-perpetrated abuse to all GP practices in the Maldon and "
             "Dengie Primary Care Network.", "Designated Nurse Adult Safeguarding (MSE ICB)",
             "Briefing drafted.", "Within 3 months of publication", "", "Green",
             (["Designated Nurse Adult Safeguarding (MSE ICB)"], None, "Within 3 months of publication",
              "green")),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Maldon District Community Safety Partnership")
    doc.add_paragraph("Overview report published: 14 January 2025")
    doc.add_paragraph("Action plan updated: 7 November 2025")
    doc.add_paragraph("This action plan follows the Home Office template. Progress is monitored by the "
                      "Maldon District CSP Board; completed actions are retained for one year.")

    heads = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date",
             "Date of completion and outcome", "RAG"]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True, size=8)
        shade(c, FILL["grey"])
    expected = []
    last_sec = None
    for sec, rec, scope, rows in blocks:
        if sec != last_sec:
            r = t.add_row().cells
            m = r[0].merge(r[7])
            set_cell(m, sec, bold=True)
            shade(m, FILL["pale"])
            last_sec = sec
        first = None
        for act, lead, miles, tgt, done, rag, (lead_l, end, end_text, status) in rows:
            c = t.add_row().cells
            if first is None:
                set_cell(c[0], rec, size=8)
                set_cell(c[1], scope, size=8)
                first = (c[0], c[1])
            else:
                first[0].merge(c[0])
                first[1].merge(c[1])
            for cell, v in zip(c[2:], [act, lead, miles, tgt, done, rag]):
                set_cell(cell, v, size=8)
            expected.append(A(None, [sec, rec], act, lead_l, end, status, end_text))

    doc.add_paragraph("")
    doc.add_paragraph("Glossary", style="Heading 3")
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in [("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk checklist"),
                 ("MSEFT", "Mid and South Essex NHS Foundation Trust"),
                 ("MSE ICB", "NHS Mid and South Essex Integrated Care Board"),
                 ("SET", "Southend, Essex and Thurrock")]:
        r = g.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a community safety partnership's published Domestic Homicide Review action plan "
                   "on the Home Office DHR action plan template (Recommendation / Scope of recommendation / "
                   "Action to take / Lead agency / Key milestones achieved / Target date / Date of completion "
                   "and outcome), as Essex district CSPs publish after the overview report, 2025 update. "
                   "Copied features: title paragraphs, one landscape Word table with merged full-width "
                   "section rows (overview vs single-agency recommendations), the recommendation and scope "
                   "cells merged down over their actions, no action refs, a RAG word column added by the CSP, "
                   "an original date with a revised date in the same cell, a relative date ('Within 3 months "
                   "of publication') and a glossary table after the plan."),
        "reads": ("A DHR action plan for 'Irene' with five numbered recommendations grouped under overview and "
                  "single-agency section rows; each recommendation is merged down beside one or two actions "
                  "with their lead agency, target date and a RAG word (Complete, Green, Amber, Not started). "
                  "The glossary is not the plan."),
        "outcome": "read", "title": title}, expected)


# ==============================================================================================
# 3. Safer Rother Partnership – community safety action plan 2025/26 (csv export)
# ==============================================================================================
def rother_csp():
    name = "lz2-safer-rother-partnership-community-safety-action-plan-2025-26.csv"
    title = "Safer Rother Partnership – Community Safety Action Plan 2025/26"
    P1 = "Priority 1: Anti-social behaviour (ASB) and youth crime"
    P2 = "Priority 2: Drug related harm (including county lines and cuckooing)"
    P3 = "Priority 3: Rural crime"
    P4 = "Cross-cutting: Domestic abuse"
    rows = [
        (P1, "1.1", "Hold monthly ASB case review meetings for high and medium risk victims and agree a named "
                    "lead for each case.", "Community Safety Coordinator (RDC)", "Sussex Police; Orbit; Southern "
         "Housing", "Monthly", "3 meetings held, 14 cases reviewed.", "3 meetings held, 17 cases reviewed; 6 closed.",
         "G", (["Community Safety Coordinator (RDC)"], None, "Monthly", "green")),
        (P1, "1.2", "Run diversionary youth sessions in Bexhill town centre and Sidley on Friday evenings during "
                    "the summer holidays.", "RDC Community Safety Coordinator / East Sussex Youth Service",
         "Sussex Police; The Pelham", "Jul-25 – Sep-25", "Venues booked.",
         "Ten sessions delivered; average 22 young people per session.", "Complete",
         (["RDC Community Safety Coordinator", "East Sussex Youth Service"], "2025-09", None, "blue")),
        (P1, "1.3", "Issue Community Protection Warnings and Notices where informal ASB interventions have "
                    "failed, and record outcomes on ECINS.", "Environmental Health and Licensing Manager",
         "Sussex Police", "Mar-26", "7 CPWs issued.", "9 CPWs and 2 CPNs issued in Q2.", "G",
         (["Environmental Health and Licensing Manager"], "2026-03", None, "green")),
        (P2, "2.1", "Carry out joint visits with Sussex Police to properties at risk of cuckooing identified "
                    "through the Partnership Tasking meeting.", "Sussex Police Rother Prevention Team",
         "RDC Housing; Change Grow Live", "Ongoing", "11 joint visits.", "8 joint visits; 2 closure orders.", "G",
         (["Sussex Police Rother Prevention Team"], None, "Ongoing", "green")),
        (P2, "2.2", "Deliver county lines awareness training to:\n- licensed taxi and private hire drivers\n"
                    "- hotel and holiday park staff in Camber and Bexhill", "Licensing Manager (RDC)",
         "Sussex Police; Crimestoppers", "Q3 2025/26", "Taxi driver sessions delivered (46 drivers).",
         "Holiday park sessions postponed to November due to trainer availability.", "A",
         (["Licensing Manager (RDC)"], "2025-12", None, "amber")),
        (P2, "2.3", "Promote the naloxone offer through the Rother rough sleeping outreach service.",
         "Change Grow Live (East Sussex STAR)", "Seaview", "Dec-25", "Leaflets reprinted.",
         "14 naloxone kits issued via outreach.", "G",
         (["Change Grow Live (East Sussex STAR)"], "2025-12", None, "green")),
        (P3, "3.1", "Hold two rural crime engagement events with farmers and landowners, one in the north and one "
                    "in the east of the district.", "Sussex Police Rural Crime Team", "NFU; CLA; Parish councils",
         "Nov-25", "Venue for first event confirmed.",
         "First event held at Robertsbridge on 11 September 2025 (35 attendees). Second event date TBC.", "A",
         (["Sussex Police Rural Crime Team"], "2025-11", None, "amber")),
        (P3, "3.2", "Extend the Rural Watch messaging scheme to parishes not yet signed up.",
         "Sussex Police Rural Crime Team; Community Safety Coordinator (RDC)", "Parish councils", "31/03/2026",
         "Scheme promoted at Parish Clerks forum.", "No progress – Rural Watch administrator post vacant since July.",
         "R", (["Sussex Police Rural Crime Team", "Community Safety Coordinator (RDC)"], "2026-03", None, "red")),
        (P4, "4.1", "Deliver White Ribbon Day activity and renew Rother District Council’s White Ribbon "
                    "accreditation.", "Community Safety Coordinator (RDC)", "Sussex Police; Survivors’ Network",
         "25-Nov-25", "", "Planning to start in October.", "",
         (["Community Safety Coordinator (RDC)"], "2025-11", None, "unrated")),
    ]
    head = ["Priority", "Ref", "Action", "Lead", "Supporting partners", "Timescale", "Q1 update", "Q2 update", "RAG"]
    n = len(head)
    pad = lambda first: [first] + [""] * (n - 1)
    out = [pad(title),
           pad("Quarter 2 progress update (July to September 2025)"),
           pad("Delivery overseen by the Rother Joint Action Group (JAG); reported to the Hastings and Rother "
               "Community Safety Partnership Board."),
           [""] * n, head]
    expected = []
    last = None
    for pr, ref, act, lead, partners, tsc, q1, q2, rag, (lead_l, end, end_text, status) in rows:
        out.append([pr if pr != last else "", ref, act, lead, partners, tsc, q1, q2, rag])
        last = pr
        expected.append(A(ref, [pr], act, lead_l, end, status, end_text))
    out += [[""] * n,
            pad("RAG key: G = on track; A = some delay, recoverable; R = off track; Complete = action delivered"),
            pad("RDC = Rother District Council; ECINS = Empowering Communities Inclusion and Neighbourhood "
                "management System; CPW/CPN = Community Protection Warning/Notice"),
            pad("Next update to JAG: January 2026")]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(out)

    write_expected(name, {
        "source": ("Imitates the Safer Rother Partnership (Rother community safety partnership, delivery "
                   "overseen by the Rother Joint Action Group and the joint Hastings and Rother CSP Board; "
                   "priorities ASB and youth crime, drug related harm, rural crime as reported to Rother DC "
                   "Overview and Scrutiny, rother.moderngov.co.uk) community safety action plan 2025/26, as a "
                   "spreadsheet saved to CSV. Copied features: title lines padded with empty fields, a priority "
                   "column filled only on the first row of each group, Q1 and Q2 update columns, a supporting "
                   "partners column that is not the lead, a cell with inner line breaks (bulleted list), "
                   "slash and semicolon double leads, period/quarter/Monthly/Ongoing timescales, RAG letters "
                   "plus 'Complete' and one blank, and key/glossary notes lines below the table."),
        "reads": ("A CSP action plan with nine numbered actions under three priorities and a cross-cutting "
                  "domestic abuse theme; the priority is written once and applies to the rows below it. Each "
                  "action has a lead, timescale, two quarterly updates and a RAG (G/A/R, Complete, or blank). "
                  "The title lines and the key/glossary lines at the bottom are not actions."),
        "outcome": "read", "title": title}, expected)


# ----------------------------------------------------------------------------------------------
# xlsx helpers
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(c, key):
    c.fill = PatternFill(fill_type="solid", start_color=FILL[key], end_color=FILL[key])


def wrap(ws, rng_rows, ncols):
    for r in rng_rows:
        for col in range(1, ncols + 1):
            c = ws.cell(row=r, column=col)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX


# ==============================================================================================
# 4. North Tees and Hartlepool NHSFT – MIS Year 6 action plan (xlsx, several sheets)
# ==============================================================================================
def ntees_mis():
    name = "lz2-north-tees-hartlepool-nhsft-maternity-incentive-scheme-year-6-action-plan.xlsx"
    title = "Maternity Incentive Scheme (MIS) Year 6 – Safety Actions Action Plan"
    SA1 = ("Safety Action 1: Are you using the National Perinatal Mortality Review Tool to review and report "
           "perinatal deaths to the required standard?")
    SA6 = ("Safety Action 6: Can you demonstrate that you are on track to compliance with all elements of the "
           "Saving Babies’ Lives Care Bundle Version Three?")
    SA8 = ("Safety Action 8: Can you evidence the following 3 elements of local training plans and ‘in-house’, "
           "one day multi professional training?")
    SA9 = ("Safety Action 9: Can you demonstrate that there are robust processes in place to provide assurance "
           "to the Board on maternity and neonatal safety and quality issues?")
    Q1a = ("Parents told that a review of their baby’s death will take place and their perspectives and "
           "questions sought, for 95% of eligible deaths.")
    Q6a = ("Implementation of at least 70% of interventions across all six elements of SBLCB v3, agreed with "
           "the LMNS.")
    Q8a = ("90% of each relevant maternity unit staff group attended fetal monitoring training in the 12 months "
           "to the end of the reporting period.")
    Q8b = "90% of each relevant staff group attended PROMPT (or equivalent) multi-professional emergency training."
    Q9a = ("Board level safety champions present a quarterly update to the Board, including the Perinatal "
           "Quality Surveillance Model.")
    d = dt.datetime
    # sa heading, [ (requirement, [ (ref, action, owner, orig, revised, progress, prev, cur, expected) ]) ]
    plan = [
        (SA1, [(Q1a, [
            ("1.1", "Add the PMRT parent-engagement letter to the bereavement checklist so it is sent within 10 "
                    "working days of every eligible death.", "Bereavement Lead Midwife", d(2024, 9, 30), None,
             "Checklist updated; 100% of letters sent since October 2024.", "G", "B",
             (["Bereavement Lead Midwife"], "2024-09", None, "blue")),
            ("1.2", "Audit parent engagement for all eligible deaths from 8 December 2023 and close any gaps with "
                    "the MBRRACE-UK PMRT team.", "PMRT Lead Midwife; Consultant Obstetrician (PMRT Chair)",
             d(2024, 11, 30), d(2025, 1, 31), "Audit complete; 2 cases awaiting MBRRACE-UK update.", "A", "G",
             (["PMRT Lead Midwife", "Consultant Obstetrician (PMRT Chair)"], "2025-01", None, "green")),
        ])]),
        (SA6, [(Q6a, [
            ("6.1", "Complete the element 2 (fetal growth restriction) audit of uterine artery Doppler referrals "
                    "and share the results with the LMNS.", "Consultant Obstetrician – Fetal Medicine",
             d(2024, 10, 31), d(2025, 2, 28), "Data collection complete; analysis under way.", "A", "A",
             (["Consultant Obstetrician – Fetal Medicine"], "2025-02", None, "amber")),
            ("6.2", "Agree the quarterly SBLCB v3 progress template with the North East and North Cumbria LMNS "
                    "and hold the Q3 review meeting.", "Quality and Safety Midwife", d(2024, 12, 31), None,
             "Q3 review held 12/12/2024; minutes received.", "G", "B",
             (["Quality and Safety Midwife"], "2024-12", None, "blue")),
        ])]),
        (SA8, [(Q8a, [
            ("8.1", "Book all obstetric registrars below the 90% threshold onto fetal monitoring training dates in "
                    "November.", "Clinical Director Obstetrics & Gynaecology", d(2024, 11, 30), None,
             "All registrars booked and attended; compliance 96%.", "A", "B",
             (["Clinical Director Obstetrics & Gynaecology"], "2024-11", None, "blue")),
            ("8.2", "Provide weekly compliance reports by staff group to the Maternity Governance Group until 90% "
                    "is reached.", "Practice Development Midwife", "Weekly", None,
             "Reports provided weekly since September 2024.", "G", "G",
             (["Practice Development Midwife"], None, "Weekly", "green")),
        ]), (Q8b, [
            ("8.3", "Run two additional PROMPT days in January 2025, prioritising anaesthetic staff.",
             "Obstetric Anaesthetic Lead / PROMPT Faculty Lead", d(2025, 1, 31), None,
             "Anaesthetic compliance 81%; rota gaps have prevented release of staff. Escalated to Chief Nurse.",
             "A", "R", (["Obstetric Anaesthetic Lead", "PROMPT Faculty Lead"], "2025-01", None, "red")),
        ])]),
        (SA9, [(Q9a, [
            ("9.1", "Add the Perinatal Quality Surveillance Model dashboard to the public Board of Directors "
                    "agenda every quarter.", "Director of Midwifery", "Q3 2024/25", None,
             "Presented to Board of Directors November 2024.", "G", "B",
             (["Director of Midwifery"], "2024-12", None, "blue")),
            ("9.2", "Hold bi-monthly feedback sessions between the Board safety champions and frontline staff, "
                    "and record actions on the safety champion log.",
             "Chief Nurse; Non-Executive Director Maternity Safety Champion", "Ongoing", None,
             "Sessions held July, September and November 2024.", "G", "G",
             (["Chief Nurse", "Non-Executive Director Maternity Safety Champion"], None, "Ongoing", "green")),
        ])]),
    ]
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "North Tees and Hartlepool NHS Foundation Trust – Maternity and Neonatal Services"
    for i, (k, v) in enumerate([("Prepared for", "Maternity and Neonatal Safety Champions / Quality Assurance Committee"),
                                ("Version", "v3.2"), ("Date", "17/01/2025"),
                                ("Executive lead", "Chief Nurse (Board Maternity Safety Champion)"),
                                ("Scheme submission deadline", "3 March 2025")], start=4):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("v3.0", "15/11/2024", "Re-baselined after LMNS review"),
                             ("v3.1", "13/12/2024", "December RAG update"),
                             ("v3.2", "17/01/2025", "January RAG update; revised dates added")], start=12):
        for j, v in enumerate(row, start=1):
            cov.cell(row=i, column=j, value=v)
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 40

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Compliance summary by safety action – position at 17/01/2025"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Safety action", "Self-assessed position", "Open actions"),
             ("SA1 Perinatal Mortality Review Tool", "On track", 1), ("SA2 MSDS", "Compliant", 0),
             ("SA3 Transitional care / ATAIN", "Compliant", 0), ("SA4 Clinical workforce planning", "Compliant", 0),
             ("SA5 Midwifery workforce planning", "Compliant", 0), ("SA6 SBLCB v3", "At risk", 1),
             ("SA7 Listening to women and families (MNVP)", "Compliant", 0), ("SA8 Training", "At risk", 2),
             ("SA9 Board assurance", "On track", 1), ("SA10 MNSI / Early Notification", "Compliant", 0),
             ("Total open actions", "", 5)]
    for i, row in enumerate(srows, start=3):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 3 or row[0].startswith("Total"):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 45
    sm.column_dimensions["B"].width = 24
    sm.column_dimensions["C"].width = 14

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "MIS Year 6 – Action Plan for requirements not yet fully evidenced"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("RAG key: B = Complete and evidence signed off by MIS Assurance Group; G = On track to complete "
                "before submission; A = At risk – mitigation in place; R = Will not be met by submission")
    heads = ["Ref", "Requirement not yet met", "Action", "Action owner", "Original due date", "Revised due date",
             "Progress / evidence", "Previous RAG (Dec-24)", "Current RAG (Jan-25)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        fill(c, "head")
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    expected = []
    for sa, reqs in plan:
        ws.cell(row=r, column=1, value=sa).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        fill(ws.cell(row=r, column=1), "pale")
        r += 1
        for req, acts in reqs:
            top = r
            ws.cell(row=r, column=2, value=req)
            for ref, act, owner, orig, rev, prog, prev, cur, (lead_l, end, end_text, status) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=owner)
                for col, v in ((5, orig), (6, rev)):
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=prog)
                for col, v in ((8, prev), (9, cur)):
                    c = ws.cell(row=r, column=col, value=v)
                    fill(c, rag_fill[v])
                    c.alignment = Alignment(horizontal="center")
                expected.append(A(ref, [sa, req], act, lead_l, end, status, end_text))
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    wrap(ws, range(4, r), 9)
    for col in (8, 9):
        for rr in range(5, r):
            ws.cell(row=rr, column=col).alignment = Alignment(horizontal="center", vertical="top")
    r += 1
    ws.cell(row=r, column=1, value="Actions closed at the MIS Assurance Group on 15/01/2025 are shown as B and "
                                   "will be removed from the next version.")
    for col, w in zip("ABCDEFGHI", (7, 38, 55, 30, 14, 14, 45, 12, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates an NHS trust maternity service's Maternity (and Perinatal) Incentive Scheme Year 6 "
                   "action plan against the ten NHS Resolution safety actions (MIS Year 6 guidance and audit "
                   "tool published by NHS Resolution, April 2024), as reported to the Board maternity safety "
                   "champions and quality committee in January 2025. Copied features: a cover sheet with "
                   "document control and version history, a summary sheet with a totals row, an action plan "
                   "sheet whose safety-action question is a merged full-width row, the unmet requirement merged "
                   "down beside its actions, original and revised due dates as real Excel dates (plus "
                   "'Weekly', 'Q3 2024/25', 'Ongoing'), previous and current RAG letters with fill colours and a "
                   "key where B means complete, job titles as owners and several owners in one cell "
                   "('; ' and ' / ')."),
        "reads": ("Three sheets: a cover, a summary table and the action plan. The plan lists nine numbered "
                  "actions under four MIS safety actions, each action answering the requirement written in the "
                  "merged cell beside it; the end is the revised due date where one is given, and the status "
                  "is the Current RAG (Jan-25) letter (B = complete)."),
        "outcome": "read", "title": title}, expected)


# ==============================================================================================
# 5. George Eliot Hospital NHS Trust – Trust Board (Public) action log (xlsx) – REFUSE
# ==============================================================================================
def geh_board_log_refuse():
    name = "lz2-george-eliot-hospital-nhst-board-public-action-log-typo-month-refuse.xlsx"
    title = "George Eliot Hospital NHS Trust – Trust Board (Public) Action Log"
    d = dt.datetime
    open_rows = [
        ("TB/25/041", d(2025, 6, 5), "TB 25/06/09", "Integrated Quality and Performance Report",
         "Provide a breakdown of 12-hour waits in the Emergency Department by age group, including patients over "
         "80.", "COO", d(2025, 10, 2), "Included in the October IQPR appendix. Propose closure.", "Blue"),
        ("TB/25/044", d(2025, 6, 5), "TB 25/06/12", "Freedom to Speak Up Annual Report",
         "Report themes from speaking-up concerns raised by temporary staffing to the People Committee.",
         "DPOD", "December 2025 Board", "Data being collated with the Bank Office.", "Green"),
        ("TB/25/052", d(2025, 8, 7), "TB 25/08/07", "Maternity and Neonatal Safety Report",
         "Confirm the date for the CQC maternity survey action plan to come to the Quality Committee.",
         "CN", d(2025, 10, 2), "Action plan received at Quality Committee 24 September 2025.", "Blue"),
        ("TB/25/055", d(2025, 8, 7), "TB 25/08/10", "Finance Report Month 4",
         "Bring a revised forecast of agency spend against the 2025/26 cap, with mitigations.",
         "CFO", "Novmber 2025", "Forecast being refreshed after Month 6 close.", "Amber"),
        ("TB/25/058", d(2025, 8, 7), "TB 25/08/14", "Patient Story",
         "Share the learning from the patient story on discharge medication with the Group Discharge "
         "Improvement Programme.", "MD/CN", d(2025, 9, 30), "Not yet shared; now scheduled for October "
         "programme board.", "Red"),
        ("TB/25/063", d(2025, 10, 2), "TB 25/10/08", "Board Assurance Framework",
         "Review the target risk score for BAF risk 4 (workforce) in light of the recruitment freeze.",
         "DPOD", "Feb-26", "", "Green"),
        ("TB/25/064", d(2025, 10, 2), "TB 25/10/11", "Learning from Deaths Q1",
         "Add a comparison with peer trusts for SHMI to the next quarterly report.", "MD", d(2025, 12, 4), "",
         "Green"),
    ]
    closed_rows = [
        ("TB/25/030", d(2025, 4, 3), "TB 25/04/10", "Annual Plan 2025/26",
         "Circulate the final operational plan submission to Board members.", "DoS", d(2025, 4, 30),
         "Circulated 28 April 2025.", "Closed"),
        ("TB/25/037", d(2025, 6, 5), "TB 25/06/05", "Chief Executive's Report",
         "Arrange a Board development session on the Group operating model.", "CEO", d(2025, 9, 4),
         "Session held 4 September 2025.", "Closed"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following the meeting held on 2 October 2025"
    ws["A3"] = ("Status key: Red = overdue; Amber = due at next meeting; Green = not yet due; "
                "Blue = complete, proposed for closure")
    heads = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead", "Due date",
             "Progress update", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        fill(c, "head")
    r = 6
    sfill = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue"}

    def put(row, r):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if row[8] in sfill:
            fill(ws.cell(row=r, column=9), sfill[row[8]])

    ws.cell(row=r, column=1, value="Open actions").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    fill(ws.cell(row=r, column=1), "pale")
    r += 1
    typo_row = None
    for row in open_rows:
        put(row, r)
        if row[6] == "Novmber 2025":
            typo_row = r
        r += 1
    ws.cell(row=r, column=1, value="Actions closed at the meeting on 2 October 2025").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    fill(ws.cell(row=r, column=1), "pale")
    r += 1
    for row in closed_rows:
        put(row, r)
        r += 1
    wrap(ws, range(5, r), 9)
    ws.cell(row=r + 1, column=1, value="Lead key: CEO Chief Executive; COO Chief Operating Officer; CFO Chief "
                                       "Finance Officer; CN Chief Nurse; MD Medical Director; DPOD Director of "
                                       "People and Organisational Development; DoS Director of Strategy")
    for col, w in zip("ABCDEFGHI", (12, 13, 13, 30, 55, 10, 18, 45, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 10, typo_row

    write_expected(name, {
        "source": ("Imitates an acute NHS trust's Trust Board (public) action log as published in board papers "
                   "(George Eliot Hospital NHS Trust, Nuneaton; 2025 meeting cycle), the matters-arising log "
                   "that every public board pack carries. Copied features: title and 'updated following the "
                   "meeting' lines, a status key by colour word, action numbers with meeting date and minute "
                   "reference, executive initials as leads ('MD/CN'), due dates that mix real dates with words "
                   "('December 2025 Board', 'Feb-26'), status words with matching fill, an 'Open actions' and a "
                   "'closed at the meeting' section row, and a lead-key note under the table."),
        "reads": ("A board action log with seven open and two closed actions. The due date of action "
                  "TB/25/055 (sheet row 10) reads 'Novmber 2025', a mistyped month; a careful reader stops "
                  "there and asks what was meant rather than guess the month."),
        "outcome": "refuse", "refuse_at": typo_row, "title": title}, [])


# ==============================================================================================
# 6. Folkestone & Hythe DC – corporate risk register Q3 2025/26 (xlsx, risk header rows)
# ==============================================================================================
def fhdc_crr():
    name = "lz2-folkestone-hythe-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Folkestone & Hythe District Council – Corporate Risk Register"
    risks = [
        ("CR1 – Financial resilience: failure to deliver a balanced budget across the Medium Term Financial "
         "Strategy period",
         "Risk owner: Chief Financial Officer | Current score 20 (L4 x I5) | Target score 12 | Direction: ↔",
         "red", [
             ("CR1.1", "Deliver the 2026/27 savings and income proposals agreed by Cabinet in December 2025.",
              "Chief Financial Officer", "Q1 2026/27", "Proposals built into draft 2026/27 budget.", "On track",
              (["Chief Financial Officer"], "2026-06", None, "green")),
             ("CR1.2", "Complete the review of earmarked reserves and present a revised reserves strategy to "
                       "Cabinet.", "Chief Financial Officer", "February 2026",
              "Review complete; report drafted for Cabinet 18 February 2026.", "On track",
              (["Chief Financial Officer"], "2026-02", None, "green")),
             ("CR1.3", "Bring forward options to reduce temporary accommodation costs, including purchase of "
                       "additional units.", "Director of Housing and Operations; Chief Financial Officer",
              "31/03/2026", "Two purchases completed; demand continues to exceed supply.", "At risk",
              (["Director of Housing and Operations", "Chief Financial Officer"], "2026-03", None, "amber")),
         ]),
        ("CR2 – Local government reorganisation: disruption to services and decision-making during the move to "
         "new unitary councils in Kent",
         "Risk owner: Chief Executive | Current score 16 (L4 x I4) | Target score 9 | Direction: ↑",
         "red", [
             ("CR2.1", "Submit the Council’s contribution to the Kent and Medway LGR proposal to government.",
              "Chief Executive", "28/11/2025", "Submitted 28 November 2025.", "Complete",
              (["Chief Executive"], "2025-11", None, "blue")),
             ("CR2.2", "Establish an internal LGR programme board and risk log, meeting monthly.",
              "Director of Corporate Services", "Jan 2026", "Board met 8 and 22 January 2026.", "Complete",
              (["Director of Corporate Services"], "2026-01", None, "blue")),
             ("CR2.3", "Prepare a staff retention and communications plan for the transition period.",
              "HR Manager", "Apr-26", "Staff survey on LGR closes February 2026.", "On track",
              (["HR Manager"], "2026-04", None, "green")),
         ]),
        ("CR3 – Cyber security: a successful cyber attack leads to loss of systems or data",
         "Risk owner: Director of Corporate Services | Current score 12 (L3 x I4) | Target score 8 | Direction: ↔",
         "amber", [
             ("CR3.1", "Achieve the Cyber Assessment Framework (CAF) for local government baseline profile.",
              "ICT Manager", "Sept 2026", "Self-assessment 60% complete.", "On track",
              (["ICT Manager"], "2026-09", None, "green")),
             ("CR3.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
              "ICT Manager / Emergency Planning Officer", "December 2025",
              "Exercise postponed twice due to diary clashes; new date being sought.", "Off track",
              (["ICT Manager", "Emergency Planning Officer"], "2025-12", None, "red")),
         ]),
        ("CR4 – Otterpool Park: delivery of the garden town does not progress as planned",
         "Risk owner: Director of Place | Current score 12 (L3 x I4) | Target score 8 | Direction: ↓",
         "amber", [
             ("CR4.1", "Agree the revised business plan for Otterpool Park LLP with the Council as shareholder.",
              "Chief Executive", "Ongoing", "Shareholder Committee considered draft plan in December.", "On track",
              (["Chief Executive"], None, "Ongoing", "green")),
             ("CR4.2", "Report progress on infrastructure funding bids to Cabinet.", "Director of Place",
              "Quarterly", "Q3 report to Cabinet 21 January 2026.", "On track",
              (["Director of Place"], None, "Quarterly", "green")),
         ]),
        ("CR5 – Housing compliance: failure to meet the Regulator of Social Housing consumer standards",
         "Risk owner: Director of Housing and Operations | Current score 12 (L3 x I4) | Target score 6 | Direction: ↓",
         "amber", [
             ("CR5.1", "Complete outstanding fire risk assessment actions in council-owned blocks.",
              "Assistant Director Housing", "31 Mar 2026", "214 of 260 high priority actions complete.", "At risk",
              (["Assistant Director Housing"], "2026-03", None, "amber")),
             ("CR5.2", "Introduce a damp and mould case tracker to meet Awaab’s Law timescales.",
              "Assistant Director Housing", "Oct 2025", "Tracker live from 27 October 2025.", "Complete",
              (["Assistant Director Housing"], "2025-10", None, "blue")),
         ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 3 2025/26 (position at 31 December 2025) – summary of corporate risks"
    sm["A3"] = "Reported to Audit and Governance Committee, 28 January 2026"
    for j, h in enumerate(["Ref", "Risk", "Current score", "Q2 score", "Direction"], start=1):
        c = sm.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summ = [("CR1", "Financial resilience", 20, 20, "↔", "red"), ("CR2", "Local government reorganisation", 16, 12, "↑", "red"),
            ("CR3", "Cyber security", 12, 12, "↔", "amber"), ("CR4", "Otterpool Park", 12, 16, "↓", "amber"),
            ("CR5", "Housing compliance", 12, 15, "↓", "amber")]
    for i, (a, b, c_, d_, e, col) in enumerate(summ, start=6):
        for j, v in enumerate((a, b, c_, d_, e), start=1):
            sm.cell(row=i, column=j, value=v).border = BOX
        fill(sm.cell(row=i, column=3), col)
    sm["A12"] = "Red risks (15 and above)"
    sm["C12"] = 2
    sm["A13"] = "Amber risks (8 to 14)"
    sm["C13"] = 3
    sm["A14"] = "Total corporate risks"
    sm["C14"] = 5
    for rr in (12, 13, 14):
        sm.cell(row=rr, column=1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 26
    sm.column_dimensions["B"].width = 36

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 (position at 31 December 2025)"
    ws["A3"] = "Action status key: On track = Green; At risk = Amber; Off track = Red; Complete = Blue"
    heads = ["Ref", "Further mitigating action", "Action owner", "Target date", "Q3 progress", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        fill(c, "head")
    sfill = {"On track": "green", "At risk": "amber", "Off track": "red", "Complete": "blue"}
    r = 6
    expected = []
    for rtitle, rinfo, rcol, acts in risks:
        ws.cell(row=r, column=1, value=rtitle).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        fill(ws.cell(row=r, column=1), "grey")
        r += 1
        c = ws.cell(row=r, column=1, value=rinfo)
        c.font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, act, owner, tgt, prog, st, (lead_l, end, end_text, status) in acts:
            for j, v in enumerate((ref, act, owner, tgt, prog, st), start=1):
                ws.cell(row=r, column=j, value=v)
            fill(ws.cell(row=r, column=6), sfill[st])
            expected.append(A(ref, [rtitle], act, lead_l, end, status, end_text))
            r += 1
    wrap(ws, range(5, r), 6)
    for col, w in zip("ABCDEF", (9, 60, 34, 14, 48, 14)):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring: Likelihood (1-5) x Impact (1-5)"
    mx["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("15-25", "Red – Corporate Leadership Team monthly review"),
                                ("8-14", "Amber – quarterly review by risk owner"),
                                ("1-7", "Green – managed within service")], start=3):
        mx.cell(row=i, column=1, value=k)
        mx.cell(row=i, column=2, value=v)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates a Kent district council's quarterly corporate risk register report to its Audit and "
                   "Governance Committee (Folkestone & Hythe District Council, Q3 2025/26; risks of the kind "
                   "such councils carried in 2025: MTFS gap, Kent local government reorganisation, cyber, "
                   "Otterpool Park garden town, RSH consumer standards). Copied features: a summary sheet with "
                   "current and previous scores, direction arrows and a totals block; a register sheet where "
                   "each risk is a merged grey header row followed by a merged italic owner/score line and then "
                   "its numbered further mitigating actions; an action-status key that maps words to colours "
                   "('At risk = Amber', 'Off track = Red', 'Complete = Blue'); a scoring-matrix sheet."),
        "reads": ("Three sheets; the actions are on 'Risk Register': twelve further mitigating actions (CR1.1 to "
                  "CR5.2) under five corporate risks, each with an owner, target date, Q3 progress and a status "
                  "word read through the sheet's key. The risk owner/score lines, the summary sheet and the "
                  "scoring matrix are not actions."),
        "outcome": "read", "title": title}, expected)


# ==============================================================================================
# 7. Thanet DC – transformation programme highlight report (plain text export, tab tables)
# ==============================================================================================
def thanet_highlight():
    name = "lz2-thanet-dc-transformation-programme-highlight-report.txt"
    title = "Thanet District Council – Transformation Programme Highlight Report"
    W1 = "Workstream 1: Customer Access and Digital"
    W2 = "Workstream 2: Property and Assets"
    W3 = "Workstream 3: Waste and Street Scene"
    W4 = "Workstream 4: Workforce and Ways of Working"
    ws = [
        (W1, "Head of Customer Services", [
            ("1.1", "Launch the new customer portal for council tax and waste services", "Digital Services Manager",
             "Sep 2025", "Jan 2026", "A", "Supplier testing overran; soft launch to staff planned for December.",
             (["Digital Services Manager"], "2026-01", None, "amber")),
            ("1.2", "Move garden waste subscriptions online with automated renewals", "Digital Services Manager",
             "Jul 2025", "Jul 2025", "C", "Live since 14 July 2025; 78% of renewals now online.",
             (["Digital Services Manager"], "2025-07", None, "blue")),
            ("1.3", "Change telephone opening hours in line with the Customer Access Strategy, following "
                    "consultation", "Head of Customer Services", "Mar 2026", "Mar 2026", "G",
             "Consultation closes 12 December 2025.", (["Head of Customer Services"], "2026-03", None, "green")),
        ]),
        (W2, "Director of Place", [
            ("2.1", "Complete the review of the operational property portfolio and identify surplus sites",
             "Estates Manager", "Oct 2025", "Feb 2026", "A", "Valuation reports for 4 of 9 sites outstanding.",
             (["Estates Manager"], "2026-02", None, "amber")),
            ("2.2", "Vacate the second floor of the Cecil Street offices and sublet the space",
             "Estates Manager / Facilities Manager", "Dec 2025", "Dec 2025", "G", "Heads of terms agreed with tenant.",
             (["Estates Manager", "Facilities Manager"], "2025-12", None, "green")),
        ]),
        (W3, "Director of Environment", [
            ("3.1", "Implement route optimisation software for refuse and recycling rounds",
             "Head of Operational Services", "Nov 2025", "May 2026", "R",
             "Procurement challenged by unsuccessful bidder; Cabinet decision needed on 18 December.",
             (["Head of Operational Services"], "2026-05", None, "red")),
            ("3.2", "Introduce weekly food waste collections for all households in line with Simpler Recycling",
             "Head of Operational Services", "31/03/2026", "31/03/2026", "G",
             "Vehicles delivered; caddy distribution from February 2026.",
             (["Head of Operational Services"], "2026-03", None, "green")),
        ]),
        (W4, "Head of HR", [
            ("4.1", "Launch the new performance and development review scheme", "HR Business Partner",
             "Apr 2025", "Jun 2025", "C", "Launched June 2025; 64% of reviews recorded.",
             (["HR Business Partner"], "2025-06", None, "blue")),
            ("4.2", "Agree a new hybrid working policy with the trade unions", "Head of HR", "TBC", "TBC", "G",
             "Draft shared with UNISON and GMB.", (["Head of HR"], None, "TBC", "green")),
        ]),
    ]
    L = [title,
         "Reporting period: 1 to 30 November 2025 (Period 8)",
         "Prepared by: Programme Management Office",
         "Programme sponsor: Chief Executive",
         "Overall programme status: AMBER",
         "",
         "Summary",
         "Six of nine milestones are on track or complete and two are amber. Route optimisation (3.1) is red "
         "following a procurement challenge and a Cabinet decision is needed in December. Savings delivered to date are "
         "£820k against a 2025/26 target of £1.45m.",
         "",
         "Savings position (£000)",
         "Target 2025/26\t1,450",
         "Delivered to date\t820",
         "Forecast outturn\t1,210",
         "Forecast gap\t240",
         "",
         "Key: G = on track; A = at risk, recovery plan in place; R = off track, decision needed; C = complete",
         ""]
    expected = []
    for wname, wlead, rows in ws:
        L.append(wname)
        L.append("Workstream lead: " + wlead)
        L.append("\t".join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]))
        for ref, ms, owner, base, fc, rag, com, (lead_l, end, end_text, status) in rows:
            L.append("\t".join([ref, ms, owner, base, fc, rag, com]))
            expected.append(A(ref, [wname], ms, lead_l, end, status, end_text))
        L.append("")
    L += ["Decisions required from the Transformation Board",
          "Note the red status of milestone 3.1 and support the recommendation to Cabinet on 18 December 2025.",
          "",
          "Next report: Period 9 (December 2025), to Transformation Board on 15 January 2026."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": ("Imitates a district council transformation programme highlight report produced by a "
                   "programme management office for its transformation board and cabinet (Thanet District "
                   "Council, period 8 2025/26), exported from Word to plain text so its tables became "
                   "tab-separated. Copied features: title line and report header lines (period, author, sponsor, "
                   "overall status), a summary paragraph, a savings totals block, a RAG key where C = complete, "
                   "one block per workstream with a 'Workstream lead' line and a repeated header row, baseline "
                   "and forecast dates, 'TBC', owners as job titles (one slash double owner), and a decisions "
                   "section after the tables."),
        "reads": ("A highlight report with nine numbered milestones in four workstream tables. Each milestone "
                  "has an owner, a baseline and a forecast date (the forecast is the revised end), a RAG letter "
                  "read through the key (C = complete) and commentary. The header lines, savings block and "
                  "decisions note are not actions."),
        "outcome": "read", "title": title}, expected)


def main():
    bury_sar()
    maldon_dhr()
    rother_csp()
    ntees_mis()
    geh_board_log_refuse()
    fhdc_crr()
    thanet_highlight()


if __name__ == "__main__":
    main()
