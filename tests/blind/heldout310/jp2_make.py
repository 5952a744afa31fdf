#!/usr/bin/env python3
"""Build the seven jp2- blind cases (data files + NAME.expected.yaml) for set heldout310.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {  # fill colours used for RAG cells
    "blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
}


class QStr(str):
    """A string always written double-quoted (months, refs)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(QStr, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_yaml(name, doc):
    for a in doc.get("actions", []):
        if a["end"] is not None:
            a["end"] = QStr(a["end"])
        if a["ref"] is not None:
            a["ref"] = QStr(a["ref"])
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


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


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; inner '\n' become separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


# ============================================================ 1. Gwent APR docx
def gwent_apr():
    name = "jp2-gwent-safeguarding-board-adult-practice-review-action-plan.docx"
    title = "Adult Practice Review GWASB 3/2023 – Multi-Agency Action Plan"
    T1 = "Learning Theme 1: Professional curiosity and self-neglect"
    T2 = "Learning Theme 2: Information sharing and hospital discharge"
    T3 = "Learning Theme 3: Working with families and carers"
    R1 = ("Recommendation 1: All partner agencies should ensure that practitioners working with adults "
          "who self-neglect apply professional curiosity and escalate concerns where engagement is declined.")
    R2 = ("Recommendation 2: The Board should seek assurance that mental capacity assessments are completed "
          "and recorded when an adult’s decisions place them at risk of serious harm.")
    R3 = ("Recommendation 3: Aneurin Bevan University Health Board and the five local authorities should ensure "
          "that safeguarding concerns identified during an inpatient stay are shared before discharge.")
    R4 = ("Recommendation 4: Agencies should involve family members and unpaid carers in assessment and "
          "safety planning, with the adult’s consent.")
    # theme -> list of (recommendation, [rows]); row = (ref, action, lead cell, target cell, progress, rag word, expected)
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Refresh and relaunch the Gwent Self-Neglect Protocol, including a clear escalation route "
                        "for cases where an adult repeatedly declines support.",
                 "GSB Business Unit", "September 2024",
                 "Revised protocol approved by the Board on 12/09/2024 and launched during National Safeguarding Week.",
                 "Blue", (["GSB Business Unit"], "2024-09", None, "blue")),
                ("1.2", "Deliver multi-agency professional curiosity training to frontline staff in adult services, "
                        "housing and primary care.",
                 "Regional Safeguarding Training Officer / ABUHB Named Nurse Safeguarding Adults",
                 "31/03/2025\n(revised 30/09/2025)",
                 "312 staff trained to date; further cohorts booked for June and July 2025. Primary care uptake low.",
                 "Amber", (["Regional Safeguarding Training Officer", "ABUHB Named Nurse Safeguarding Adults"],
                           "2025-09", None, "amber")),
                ("1.3", "Audit a sample of self-neglect cases in each local authority to test the application of "
                        "the protocol.",
                 "Quality Assurance Sub-Group", "Q2 2025/26",
                 "Audit tool agreed; case selection under way.",
                 "Green", (["Quality Assurance Sub-Group"], "2025-09", None, "green")),
            ]),
            (R2, [
                ("2.1", "Develop a multi-agency MCA practice guide with examples of executive capacity and "
                        "fluctuating capacity.",
                 "Gwent MCA Lead", "December 2024",
                 "Guide published on the GSB website, December 2024.",
                 "Blue", (["Gwent MCA Lead"], "2024-12", None, "blue")),
                ("2.2", "Include MCA recording in the annual multi-agency safeguarding self-assessment audit.",
                 "GSB Business Unit; Quality Assurance Sub-Group", "July 2025",
                 "Returns received from 9 of 11 agencies; analysis to be reported to the July 2025 Board.",
                 "Green", (["GSB Business Unit", "Quality Assurance Sub-Group"], "2025-07", None, "green")),
            ]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Amend the ABUHB discharge checklist to include a mandatory prompt on open safeguarding "
                        "concerns and referrals.",
                 "ABUHB Head of Safeguarding", "30/11/2024",
                 "Checklist amended in the Welsh Patient Administration System; compliance audit showed 88%.",
                 "Blue", (["ABUHB Head of Safeguarding"], "2024-11", None, "blue")),
                ("3.2", "Agree a joint protocol between hospital social work teams and ward staff for the discharge "
                        "of adults with care and support needs who have been the subject of a safeguarding report.",
                 "ABUHB / Local Authority Adult Services", "Ongoing",
                 "Draft protocol stalled pending the regional discharge review; escalated to the Board on 14/05/2025.",
                 "Red", (["ABUHB", "Local Authority Adult Services"], None, "Ongoing", "red")),
            ]),
        ]),
        (T3, [
            (R4, [
                ("4.1", "Issue a 7-minute briefing on carer involvement and the right to a carer’s assessment.",
                 "Carers Lead, Torfaen County Borough Council", "31 August 2024",
                 "Briefing issued 20/08/2024 and used in team meetings across the region.",
                 "Blue", (["Carers Lead, Torfaen County Borough Council"], "2024-08", None, "blue")),
                ("4.2", "Add a prompt on family and carer views to the adult safeguarding strategy meeting template.",
                 "Regional Adult Safeguarding Leads Group", "June 2025",
                 "Template revised; to go live with the WCCIS replacement.",
                 "Green", (["Regional Adult Safeguarding Leads Group"], "2025-06", None, "green")),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Gwent Safeguarding Board | Bwrdd Diogelu Gwent"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Status: progress update for the Practice Review Sub-Group meeting of 14 May 2025. "
                      "This plan responds to the recommendations of the concise Adult Practice Review published "
                      "by Gwent Safeguarding Board in February 2024.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "4.0"), ("Date", "06/05/2025"), ("Author", "GSB Business Unit"),
                 ("Approved by", "Chair, Practice Review Sub-Group"), ("Next review", "August 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning in [("Blue", "Action complete and evidence of impact provided"),
                          ("Green", "On track to meet target date"),
                          ("Amber", "Some slippage – revised date agreed by the Sub-Group"),
                          ("Red", "Not progressing / significant risk to delivery")]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], FILL[word.lower()])
        set_cell(r[1], meaning)

    expected = []
    heads = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (May 2025)", "RAG"]
    for theme, recs in plan:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for rec, rows in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for ref, action, lead, target, prog, rag, (elead, eend, etext, estat) in rows:
                c = t.add_row().cells
                for i, v in enumerate([ref, action, lead, target, prog, rag]):
                    set_cell(c[i], v)
                shade(c[5], FILL[rag.lower()])
                expected.append(act(ref, [theme, rec], action, elead, eend, estat, etext))
        doc.add_paragraph()
    doc.add_paragraph("The Practice Review Sub-Group will recommend closure of this plan to the Board when all "
                      "actions are rated Blue and the agreed impact measures have been reported.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a Gwent Safeguarding Board (gwentsafeguarding.org.uk; formerly GwASB) multi-agency action "
                   "plan for a concise Adult Practice Review under the Social Services and Well-being (Wales) Act 2014, "
                   "2024-25 progress update. Copied features: bilingual board name in the page header, title heading, "
                   "status line, document-control table and a RAG key table (not the plan), one table per learning "
                   "theme with the theme as a Word heading above it, each recommendation as a full-width merged "
                   "shaded row above its numbered actions, lead agency/officer column with joint leads, original and "
                   "revised date in one cell, progress column and RAG words with matching cell fill."),
        "reads": ("A Welsh regional safeguarding board's action plan for an adult practice review: three learning "
                  "themes, each with its own table; across them four recommendations (merged rows) head nine "
                  "numbered actions with leads, target dates, progress and a Blue/Green/Amber/Red rating. The document-control and RAG key tables and the "
                  "closing note are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ========================================================= 2. Bolsover DHR docx
def bolsover_dhr():
    name = "jp2-bolsover-csp-domestic-homicide-review-action-plan.docx"
    title = "Bolsover Community Safety Partnership – Domestic Homicide Review ‘Lisa’ Action Plan"
    PA = "Part A: Overview Report Recommendations"
    PB = "Part B: Single Agency (IMR) Recommendations"
    RA1 = ("Bolsover CSP to seek assurance that all partner agencies routinely ask about domestic abuse when an "
           "older person presents with unexplained injuries or a change in presentation.")
    RA2 = ("Derbyshire Constabulary to ensure that officers attending domestic abuse incidents involving older "
           "victims complete the DASH risk assessment in full and consider the victim’s care and support needs.")
    RA3 = ("Joined Up Care Derbyshire to ensure that GP practices record and share information about domestic "
           "abuse disclosed by patients who are also carers.")
    RA4 = ("Bolsover CSP to share the learning from this review with the Derbyshire Domestic Abuse and Sexual "
           "Violence Partnership Board.")
    # recommendation, scope, [ (no, action, lead, milestones, target, status, expected-lead, end, end_text) ]
    part_a = [
        (RA1, "Local", [
            ("1.1", "Circulate a 7-minute briefing on domestic abuse in later life to all CSP partner agencies.",
             "Bolsover District Council (Community Safety Team)",
             "Briefing issued 04/12/2023 and published on the CSP web page.", "December 2023", "blue",
             ["Bolsover District Council (Community Safety Team)"], "2023-12", None),
            ("1.2", "Each agency to confirm in writing that routine enquiry is included in its domestic abuse policy.",
             "All CSP partner agencies",
             "Returns received from 7 of 9 agencies; two outstanding, chased by the Chair on 10/03/2025.",
             "31/03/2024\nRevised: 30/06/2025", "amber", ["All CSP partner agencies"], "2025-06", None),
        ]),
        (RA2, "Regional (Derbyshire-wide)", [
            ("2.1", "Issue guidance to response officers on completing DASH with older victims, including where the "
                    "perpetrator is also their carer.",
             "Derbyshire Constabulary", "Guidance issued via the force intranet and briefed at shift handovers.",
             "Q4 2023/24", "blue", ["Derbyshire Constabulary"], "2024-03", None),
            ("2.2", "Dip-sample 50 DASH forms for victims aged 60 and over to test compliance with the guidance.",
             "Derbyshire Constabulary (Public Protection Unit)", "Dip sample under way; 32 of 50 forms reviewed.",
             "March 2025", "green", ["Derbyshire Constabulary (Public Protection Unit)"], "2025-03", None),
        ]),
        (RA3, "Local", [
            ("3.1", "Roll out the IRIS domestic abuse training and referral programme to GP practices in the "
                    "Bolsover locality.",
             "NHS Derby and Derbyshire ICB / IRIS Programme Lead",
             "8 of 11 practices trained. Funding for the remaining practices not yet confirmed; escalated to the "
             "ICB Designated Nurse for Safeguarding Adults.",
             "31/03/2025", "red", ["NHS Derby and Derbyshire ICB", "IRIS Programme Lead"], "2025-03", None),
        ]),
        (RA4, "Regional", [
            ("4.1", "Present the review findings to the Derbyshire DASV Partnership Board and agree any countywide "
                    "actions.",
             "Chair, Bolsover CSP", "Presented 25/01/2024; learning added to the countywide DHR learning log.",
             "January 2024", "blue", ["Chair, Bolsover CSP"], "2024-01", None),
        ]),
    ]
    part_b = [
        ("B1", "Derbyshire County Council Adult Social Care and Health",
         "ASC&H to ensure carer’s assessments consider the risk of domestic abuse within the caring relationship.",
         "Update the carer’s assessment template to include a domestic abuse prompt and guidance for assessors.",
         "Service Manager, Carers Services", "New template live in Mosaic from 02/09/2024.", "30/09/2024", "blue",
         ["Service Manager, Carers Services"], "2024-09", None),
        ("B2", "Derbyshire Healthcare NHS Foundation Trust",
         "DHCFT to improve the recording of safeguarding discussions in older adult community mental health teams.",
         "Audit safeguarding recording in older adult CMHT records and share the findings with team managers.",
         "Named Nurse Safeguarding Adults / Head of Safeguarding",
         "Audit completed November 2024; re-audit planned for 2025/26.", "June 2024\nRevised: December 2024", "blue",
         ["Named Nurse Safeguarding Adults", "Head of Safeguarding"], "2024-12", None),
        ("B3", "Bolsover District Council Housing Services",
         "Housing Services to ensure tenancy visits to older tenants include an opportunity for a private "
         "conversation with each tenant.",
         "Revise the tenancy visit procedure and brief all Tenancy Management Officers.",
         "Tenancy Management Team Leader", "Procedure revised; briefings scheduled for April team meetings.",
         "Apr-25", "green", ["Tenancy Management Team Leader"], "2025-04", None),
    ]

    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Review reference: BCSP DHR 01/2022    |    Home Office Quality Assurance Panel letter "
                      "received: 11 October 2023    |    Plan last updated: 21 March 2025")
    doc.add_paragraph("This action plan is monitored by the Bolsover CSP DHR Sub-Group. Completed actions remain on "
                      "the plan until the Sub-Group has confirmed the evidence and notified the Home Office.")
    doc.add_paragraph("Status key (shading in the final column): blue – complete; green – on track; amber – at risk "
                      "of missing the target date; red – overdue.")

    expected = []
    doc.add_heading(PA, level=1)
    heads = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
             "Key milestones achieved in enacting recommendation", "Target date", "Status"]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], "BDD7EE")
    for rec, scope, rows in part_a:
        first = len(t.rows)
        for (no, action, lead, miles, target, status, elead, eend, etext) in rows:
            c = t.add_row().cells
            for i, v in ((0, no), (3, action), (4, lead), (5, miles), (6, target)):
                set_cell(c[i], v, size=8)
            shade(c[7], FILL[status])
            expected.append(act(no, [PA, rec], action, elead, eend, status, etext))
        last = len(t.rows) - 1
        rc = t.cell(first, 1)
        sc = t.cell(first, 2)
        if last > first:
            rc = rc.merge(t.cell(last, 1))
            sc = sc.merge(t.cell(last, 2))
        set_cell(rc, rec, size=8)
        set_cell(sc, scope, size=8)

    doc.add_paragraph()
    doc.add_heading(PB, level=1)
    heads_b = ["No.", "Agency", "Recommendation", "Action to take", "Lead officer",
               "Key milestones achieved in enacting recommendation", "Target date", "Status"]
    t2 = doc.add_table(rows=1, cols=8)
    t2.style = "Table Grid"
    for i, h in enumerate(heads_b):
        set_cell(t2.rows[0].cells[i], h, bold=True, size=8)
        shade(t2.rows[0].cells[i], "BDD7EE")
    for (no, agency, rec, action, lead, miles, target, status, elead, eend, etext) in part_b:
        c = t2.add_row().cells
        for i, v in enumerate([no, agency, rec, action, lead, miles, target]):
            set_cell(c[i], v, size=8)
        shade(c[7], FILL[status])
        expected.append(act(no, [PB, rec], action, elead, eend, status, etext))
    doc.add_paragraph()
    doc.add_paragraph("Signed off on behalf of Bolsover Community Safety Partnership by the Chair of the DHR "
                      "Sub-Group. Queries to the Community Safety Team, Bolsover District Council.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a district community safety partnership's domestic homicide review action plan "
                   "(Bolsover CSP, Derbyshire; Home Office DHR action plan template as adapted locally, 2023-25). "
                   "Copied features: title heading, review reference/QA letter/last-updated line, monitoring note, "
                   "status key in a paragraph, two landscape tables (overview report recommendations with the Home "
                   "Office columns Recommendation / Scope / Action to take / Lead agency / Key milestones achieved / "
                   "Target date, and single-agency IMR recommendations with an Agency column), each under its Part "
                   "heading; the recommendation and scope cells merged down over two actions; original and revised "
                   "dates in one cell; status shown only by cell shading; sign-off line."),
        "reads": ("A DHR action plan in two parts: four overview-report recommendations answered by six numbered "
                  "actions, then three single-agency recommendations each with one action (B1-B3). Each action has a "
                  "lead, milestones, a target date and a shaded status cell read through the key (blue complete, "
                  "green, amber, red)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ===================================================== 3. West Suffolk board log csv
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        v = '"' + v.replace('"', '""') + '"'
    return v


def west_suffolk_csv():
    name = "jp2-west-suffolk-nhsft-board-of-directors-public-action-log.csv"
    title = "West Suffolk NHS Foundation Trust – Board of Directors (in public) action log"
    S1 = "Actions outstanding from previous meetings"
    S2 = "Actions from the meeting held on 1 August 2025"
    S3 = "Actions from the meeting held on 3 October 2025"
    ncol = 9
    header = ["Ref", "Meeting date", "Agenda item", "Action", "Owner", "Original due date", "Revised due date",
              "Progress update", "RAG"]
    # (ref, date, item, action, owner, orig, revised, progress, rag, expected-lead, end, status)
    sections = [
        (S1, [
            ("2391", "07/02/2025", "Integrated quality and performance report (IQPR)",
             "Provide a breakdown of 52-week waiters by specialty, showing those patients who have been offered "
             "treatment at another provider.", "Chief Operating Officer", "04/04/2025", "05/12/2025",
             "Data validation delayed by the EPR upgrade; breakdown to be included in the December IQPR.", "A",
             ["Chief Operating Officer"], "2025-12", "amber"),
            ("2398", "04/04/2025", "Freedom to Speak Up guardian report",
             "Report back on the themes from speaking-up cases raised by resident doctors and how these compare "
             "with regional peers.", "Director of Workforce and Communications / FTSU Guardian", "06/06/2025",
             "03/10/2025", "Included in the FTSU report to the October Board (item 9).", "B",
             ["Director of Workforce and Communications", "FTSU Guardian"], "2025-10", "blue"),
            ("2404", "06/06/2025", "Maternity and neonatal services update",
             "Confirm the date for the Board walk-round of the maternity unit and the neonatal unit.",
             "Company Secretary", "01/08/2025", "", "Walk-round held on 18 September 2025.", "B",
             ["Company Secretary"], "2025-08", "blue"),
        ]),
        (S2, [
            ("2417", "01/08/2025", "Board assurance framework",
             "Review the target risk score for BAF risk 3 (financial sustainability) in light of the month 3 "
             "position.", "Chief Finance Officer", "Oct-25", "",
             "To Audit Committee on 20 October, then to the December Board.", "G",
             ["Chief Finance Officer"], "2025-10", "green"),
            ("2418", "01/08/2025", "Patient story",
             "Share the learning from the patient story with the Patient Experience Group and report back on the "
             "actions taken.", "Chief Nurse", "05/12/2025", "", "Discussed at PEG on 11 September.", "G",
             ["Chief Nurse"], "2025-12", "green"),
            ("2420", "01/08/2025", "Community services update",
             "Circulate the updated community paediatrics waiting list recovery trajectory to Board members.",
             "Chief Operating Officer; Medical Director", "29/08/2025", "03/10/2025",
             "Circulated to members on 26 September.", "B",
             ["Chief Operating Officer", "Medical Director"], "2025-10", "blue"),
        ]),
        (S3, [
            ("2431", "03/10/2025", "Green plan annual report",
             "Bring a costed proposal for replacing the West Suffolk Hospital heat network to a future Board "
             "development session.", "Director of Estates and Facilities", "Jan-26", "", "", "",
             ["Director of Estates and Facilities"], "2026-01", "unrated"),
            ("2432", "03/10/2025", "Future system (new hospital) programme",
             "Provide an update on the enabling works timetable following the national New Hospital Programme "
             "review.", "Chief Executive", "05/12/2025", "", "", "",
             ["Chief Executive"], "2025-12", "unrated"),
            ("2433", "03/10/2025", "Audit Committee report",
             "Circulate the internal audit report on Data Security and Protection Toolkit compliance to all Board "
             "members.", "Chief Information Officer", "31/10/2025", "", "", "",
             ["Chief Information Officer"], "2025-10", "unrated"),
        ]),
    ]
    lines = []

    def row(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))

    row([title])
    row(["Updated following the meeting held on 3 October 2025. RAG: B = complete (removed after the next "
         "meeting); G = on track; A = at risk of delay; R = overdue. New actions are rated at the next update."])
    row([])
    row(header)
    expected = []
    counts = {}
    for sec, items in sections:
        row([sec])
        for (ref, date, item, action, owner, orig, rev, prog, rag, elead, eend, estat) in items:
            row([ref, date, item, action, owner, orig, rev, prog, rag])
            counts[rag or "none"] = counts.get(rag or "none", 0) + 1
            expected.append(act(ref, [sec], action, elead, eend, estat))
    row([])
    row(["Total actions on log: %d (B %d / G %d / A %d / R %d / not yet rated %d)" % (
        len(expected), counts.get("B", 0), counts.get("G", 0), counts.get("A", 0), counts.get("R", 0),
        counts.get("none", 0))])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": ("Imitates an NHS foundation trust's public board action log (West Suffolk NHS Foundation Trust, "
                   "Board of Directors in public, 2025) saved as CSV from the Excel log. Copied features from trust "
                   "board 'summary of actions' logs: title line, update note carrying the RAG key (B/G/A/R), "
                   "numeric action refs, meeting date and agenda item columns, job-title owners (two owners in one "
                   "cell joined by '/' or ';'), original and revised due dates, progress column, section rows "
                   "grouping actions held over from previous meetings and actions from each meeting, new actions "
                   "with no RAG yet, and a totals line at the end."),
        "reads": ("A board action log of nine actions in three groups (held over; from the 1 August 2025 meeting; "
                  "from the 3 October 2025 meeting). Each has a ref, owner(s), an original and sometimes a revised "
                  "due date (the revised one is the due date) and a B/G/A/R rating, except the three newest, which "
                  "are not yet rated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ========================================================= xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexc):
    return PatternFill(start_color=hexc, end_color=hexc, fill_type="solid")


def put(ws, r, c, v, bold=False, fill=None, fmt=None, border=True, size=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    if bold or size:
        cell.font = Font(bold=bold, size=size or 11)
    if fill:
        cell.fill = solid(fill)
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    return cell


# ============================================= 4. NWAFT maternity improvement xlsx
def nwaft_maternity():
    name = "jp2-north-west-anglia-nhsft-maternity-neonatal-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    D = dt.datetime
    TH1 = "Theme 1: Listening to and working with women and families with compassion"
    TH2 = "Theme 2: Growing, retaining and supporting our workforce"
    TH3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    TH4 = "Theme 4: Standards and structures that underpin safer, more personalised care"
    plan = [
        (TH1, [
            ("CQC Should Do 3: The service should ensure that information for women and birthing people is "
             "available in languages other than English.", [
                ("1.1", "Translate the 20 most-used maternity patient information leaflets into the five most "
                        "common first languages in Peterborough.", "Patient Experience Midwife",
                 D(2024, 12, 31), D(2025, 3, 31), "All 20 leaflets translated and on the trust website.",
                 "Website audit March 2025", "G", "B", ["Patient Experience Midwife"], "2025-03", None, "blue"),
                ("1.2", "Introduce a QR-code link to translated information on the BadgerNotes app and in antenatal "
                        "clinic areas.", "Digital Midwife / Head of Patient Experience",
                 D(2025, 3, 31), D(2025, 11, 30), "App change request raised with supplier; posters printed.",
                 "", "A", "A", ["Digital Midwife", "Head of Patient Experience"], "2025-11", None, "amber"),
            ]),
            ("Three Year Delivery Plan – Objective 2: Work with service users to improve care", [
                ("1.3", "Agree a funded MNVP workplan with the ICB and report MNVP feedback to the Quality and Safety "
                        "Committee each quarter.", "Director of Midwifery", "Quarterly", None,
                 "Workplan agreed June 2025; Q1 feedback reported in August.", "QSC minutes Aug-25", "G", "G",
                 ["Director of Midwifery"], None, "Quarterly", "green"),
            ]),
        ]),
        (TH2, [
            ("CQC Must Do 1: The trust must ensure that staff complete mandatory training, including PROMPT and "
             "fetal monitoring training, to meet the trust target.", [
                ("2.1", "Release midwives and obstetricians to attend PROMPT training through a protected rota, with "
                        "compliance reported monthly to the divisional board.",
                 "Practice Development Midwife; Clinical Director for Obstetrics",
                 D(2024, 9, 30), D(2025, 3, 31), "PROMPT compliance 93% (midwives) and 91% (obstetricians) at "
                 "31/03/2025, sustained since.", "Training dashboard", "A", "B",
                 ["Practice Development Midwife", "Clinical Director for Obstetrics"], "2025-03", None, "blue"),
                ("2.2", "Achieve and sustain 90% compliance with fetal monitoring training for all staff groups "
                        "(CNST Safety Action 8).", "Fetal Monitoring Lead Midwife",
                 D(2025, 3, 31), D(2025, 12, 31), "Compliance 84% (obstetric registrars 71%); recovery plan agreed "
                 "with the Clinical Director.", "", "A", "R", ["Fetal Monitoring Lead Midwife"], "2025-12", None, "red"),
            ]),
            ("CQC Must Do 2: The trust must ensure there are sufficient numbers of suitably qualified midwifery "
             "staff on each shift.", [
                ("2.3", "Complete a Birthrate Plus® workforce review and present the funded establishment to Trust "
                        "Board.", "Director of Midwifery", D(2024, 10, 31), None,
                 "Presented to Trust Board October 2024; 14.6 WTE investment agreed.", "Board paper Oct-24", "B", "B",
                 ["Director of Midwifery"], "2024-10", None, "blue"),
                ("2.4", "Implement the midwifery retention plan, including preceptorship and a legacy mentor scheme.",
                 "Retention Midwife", D(2026, 3, 31), None, "Legacy mentors in post at both sites; turnover down to "
                 "9.8%.", "", "G", "G", ["Retention Midwife"], "2026-03", None, "green"),
            ]),
        ]),
        (TH3, [
            ("CQC Must Do 4: The trust must ensure that women attending the maternity assessment unit are triaged "
             "within 15 minutes of arrival.", [
                ("3.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the Maternity "
                        "Assessment Unit at Peterborough City Hospital.", "Inpatient Matron, Maternity",
                 D(2024, 12, 31), None, "BSOTS live from 02/12/2024.", "Go-live report", "B", "B",
                 ["Inpatient Matron, Maternity"], "2024-12", None, "blue"),
                ("3.2", "Audit triage times monthly and report compliance through the maternity dashboard.",
                 "Maternity Governance Lead", "Monthly", None, "September 2025: 89% triaged within 15 minutes.",
                 "Maternity dashboard", "G", "G", ["Maternity Governance Lead"], None, "Monthly", "green"),
            ]),
            ("MNSI recommendation MI-0321: The trust should ensure that escalation of an abnormal CTG follows the "
             "fresh-eyes review process.", [
                ("3.3", "Relaunch the fresh-eyes CTG review process with a prompt sticker in the maternity record and "
                        "a monthly spot-check audit.",
                 "Fetal Monitoring Lead Midwife / Consultant Obstetrician (Fetal Monitoring Lead)",
                 D(2025, 6, 30), D(2025, 10, 31), "Relaunched July 2025; first two spot-checks 92% and 95%.", "",
                 "A", "G", ["Fetal Monitoring Lead Midwife", "Consultant Obstetrician (Fetal Monitoring Lead)"],
                 "2025-10", None, "green"),
            ]),
        ]),
        (TH4, [
            ("CQC Should Do 6: The service should ensure that emergency equipment is checked daily in line with "
             "trust policy.", [
                ("4.1", "Introduce an electronic daily checklist for resuscitaires and emergency trolleys across all "
                        "maternity areas, with weekly matron review.", "Ward Managers", D(2025, 1, 31), None,
                 "Electronic checklist in use since January 2025; compliance 98%.", "Perfect Ward reports", "G", "B",
                 ["Ward Managers"], "2025-01", None, "blue"),
            ]),
        ]),
    ]
    BRAG = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "North West Anglia NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = ("Brings together the must-do and should-do actions from the CQC maternity inspection of "
                 "Peterborough City Hospital (report published March 2024), the NHS England Three Year Delivery Plan "
                 "for Maternity and Neonatal Services and MNSI safety recommendations.")
    cov["A4"].alignment = WRAP
    cov.merge_cells("A4:E4")
    cov.row_dimensions[4].height = 60
    cov["A6"] = "Version control"
    cov["A6"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Change", "Author"], 1):
        put(cov, 7, c, h, bold=True, fill="D9E1F2")
    for i, (v, d, ch, a) in enumerate([
            ("1.0", "15/04/2024", "First version approved by Trust Board", "Director of Midwifery"),
            ("2.3", "30/06/2025", "Q1 2025/26 update", "Maternity Governance Lead"),
            ("2.4", "30/09/2025", "Q2 2025/26 update; action 2.2 rated red", "Maternity Governance Lead")], 8):
        for c, v2 in enumerate([v, d, ch, a], 1):
            put(cov, i, c, v2)
    cov["A12"] = "BRAG key"
    cov["A12"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete and evidenced"), ("G", "On track to deliver by the target date"),
                                ("A", "At risk of not meeting the target date – mitigation in place"),
                                ("R", "Target date missed or will be missed – escalation required")], 13):
        put(cov, i, 1, k, bold=True, fill=BRAG[k])
        put(cov, i, 2, m)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 26

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current BRAG ratings by theme – September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(["Theme", "B", "G", "A", "R", "Total"], 1):
        put(summ, 3, c, h, bold=True, fill=BRAG.get(h, "D9E1F2"))
    r = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, finds in plan:
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for _, rows in finds:
            for row_ in rows:
                cnt[row_[8]] += 1
        put(summ, r, 1, theme)
        for c, k in enumerate("BGAR", 2):
            put(summ, r, c, cnt[k])
            tot[k] += cnt[k]
        put(summ, r, 6, sum(cnt.values()))
        r += 1
    put(summ, r, 1, "Total", bold=True)
    for c, k in enumerate("BGAR", 2):
        put(summ, r, c, tot[k], bold=True)
    put(summ, r, 6, sum(tot.values()), bold=True)
    summ.column_dimensions["A"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 September 2025 – reported to the Quality and Safety Committee, November 2025"
    ws.merge_cells("A2:J2")
    # two-row header
    hdr_fill = "1F3864"
    for c, h in [(1, "Ref"), (2, "Finding / requirement"), (3, "Action"), (4, "Lead(s)"), (5, "Target date"),
                 (7, "Progress update"), (8, "Evidence of completion"), (9, "BRAG")]:
        cell = put(ws, 4, c, h, bold=True, fill=hdr_fill)
        cell.font = Font(bold=True, color="FFFFFF")
    for c, h in [(5, "Original"), (6, "Revised"), (9, "Previous (Jun-25)"), (10, "Current (Sep-25)")]:
        cell = put(ws, 5, c, h, bold=True, fill=hdr_fill)
        cell.font = Font(bold=True, color="FFFFFF")
    for c in (1, 2, 3, 4, 7, 8):
        put(ws, 5, c, None, fill=hdr_fill)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    put(ws, 4, 6, None, fill=hdr_fill)
    put(ws, 4, 10, None, fill=hdr_fill)
    ws.merge_cells("E4:F4")
    ws.merge_cells("I4:J4")

    expected = []
    r = 6
    for theme, finds in plan:
        put(ws, r, 1, theme, bold=True, fill="C6E0B4")
        for c in range(2, 11):
            put(ws, r, c, None, fill="C6E0B4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for finding, rows in finds:
            top = r
            for (ref, action, lead, orig, rev, prog, evid, prev, cur, elead, eend, etext, estat) in rows:
                put(ws, r, 1, ref)
                put(ws, r, 3, action)
                put(ws, r, 4, lead)
                put(ws, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
                put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
                put(ws, r, 7, prog)
                put(ws, r, 8, evid or None)
                put(ws, r, 9, prev, fill=BRAG[prev])
                put(ws, r, 10, cur, fill=BRAG[cur], bold=True)
                expected.append(act(ref, [theme, finding], action, elead, eend, estat, etext))
                r += 1
            put(ws, top, 2, finding)
            if r - 1 > top:
                for rr in range(top + 1, r):
                    put(ws, rr, 2, None)
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: the revised target date is the date agreed by the Maternity and Neonatal "
                                   "Safety Champions; the original date is kept for audit trail.")
    for col, w in zip("ABCDEFGHIJ", [7, 38, 48, 26, 12, 12, 40, 22, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an acute trust's combined maternity and neonatal improvement plan (North West Anglia NHS "
                   "Foundation Trust, 2024-26: CQC national maternity inspection must/should-dos, NHS England Three "
                   "Year Delivery Plan themes, MNSI recommendations; cf. SaTH Ockenden/LAFL plan layout with original "
                   "and evidenced dates, and trust BRAG keys). Copied features: Cover sheet with version-control and "
                   "BRAG key tables, Summary sheet of BRAG counts per theme with totals, plan sheet with a two-row "
                   "merged header (Original/Revised target date, Previous/Current BRAG), theme rows merged across and "
                   "filled, the finding/requirement merged down over its actions, joint leads as job titles, "
                   "'Quarterly'/'Monthly' in the date column, BRAG letters with fill, and a note line."),
        "reads": ("A maternity and neonatal improvement plan of eleven numbered actions under four Three Year Delivery "
                  "Plan themes, each answering a CQC must-do/should-do, delivery-plan objective or MNSI finding. "
                  "The due month is the revised target date where one is given, else the original; status is the "
                  "current (Sep-25) BRAG. The Cover and Summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================= 5. Colchester strategic risk register xlsx
def colchester_srr():
    name = "jp2-colchester-city-council-strategic-risk-register-q2-2025-26.xlsx"
    title = "Colchester City Council – Strategic Risk Register"
    risks = [
        ("SR1: Financial resilience", "Chief Executive",
         "Rising demand for temporary accommodation and uncertainty over local government funding reform lead to a "
         "budget gap that cannot be closed, resulting in unplanned service reductions or a section 114 notice.",
         "5 x 5 = 25", "Medium Term Financial Strategy refreshed annually; monthly budget monitoring to the Senior "
         "Leadership Team; Fit for the Future savings programme; reserves policy.", "4 x 4 = 16", "↔", [
            ("Deliver the 2026/27 budget savings of £2.1m identified in the Fit for the Future programme.",
             "Head of Finance (Section 151 Officer)", "31/03/2026", "On track",
             ["Head of Finance (Section 151 Officer)"], "2026-03", None, "green"),
            ("Complete a review of earmarked reserves and report the outcome to Cabinet.",
             "Head of Finance (Section 151 Officer)", "Dec-25", "Amber – slipped",
             ["Head of Finance (Section 151 Officer)"], "2025-12", None, "amber"),
         ]),
        ("SR2: Temporary accommodation demand", "Strategic Director – Place",
         "Continued growth in homelessness presentations and the use of nightly-paid accommodation leads to "
         "families in unsuitable accommodation and an unsustainable cost to the General Fund.",
         "5 x 4 = 20", "Homelessness prevention team; temporary accommodation strategy; weekly placement "
         "monitoring; Local Authority Housing Fund acquisitions.", "4 x 4 = 16", "↑", [
            ("Acquire 40 additional units of council-owned temporary accommodation through the Local Authority "
             "Housing Fund.", "Head of Housing; Head of Property", "Q4 2025/26", "On track",
             ["Head of Housing", "Head of Property"], "2026-03", None, "green"),
            ("Launch the private rented sector landlord incentive scheme.", "Housing Options Manager",
             "30/06/2025", "Complete", ["Housing Options Manager"], "2025-06", None, "blue"),
         ]),
        ("SR3: Cyber security", "Strategic Director – Corporate",
         "A successful cyber attack or ransomware incident causes loss of systems and data, preventing the council "
         "from delivering services and leading to regulatory action.",
         "4 x 5 = 20", "Firewalls and endpoint protection; immutable back-ups; PSN compliance; mandatory "
         "information security training.", "3 x 4 = 12", "↔", [
            ("Achieve Cyber Essentials Plus re-accreditation.", "ICT Service Manager", "November 2025", "On track",
             ["ICT Service Manager"], "2025-11", None, "green"),
            ("Run a cyber incident exercise with the Corporate Leadership Team.",
             "ICT Service Manager & Emergency Planning Officer", "Jan-26", "Not started",
             ["ICT Service Manager", "Emergency Planning Officer"], "2026-01", None, "unrated"),
            ("Complete phishing awareness training for all staff and councillors.", "Head of People", "Ongoing",
             "On track", ["Head of People"], None, "Ongoing", "green"),
         ]),
        ("SR4: Local government reorganisation in Essex", "Chief Executive",
         "Reorganisation into new unitary authorities diverts capacity from service delivery and creates "
         "uncertainty for staff, leading to loss of key people and delays to council priorities.",
         "4 x 4 = 16", "LGR working group of Essex chief executives; member briefings; staff communications plan.",
         "4 x 3 = 12", "↑", [
            ("Submit the council’s final proposal for unitary local government in Essex to government.",
             "Chief Executive", "26/09/2025", "Complete", ["Chief Executive"], "2025-09", None, "blue"),
            ("Establish a programme board and resourcing plan for transition to the new authority.",
             "Strategic Director – Corporate", "Mar-26", "Amber – slipped",
             ["Strategic Director – Corporate"], "2026-03", None, "amber"),
         ]),
        ("SR5: Workforce capacity and recruitment", "Strategic Director – Corporate",
         "Difficulty recruiting and retaining staff in specialist roles leads to reliance on agency staff and "
         "delays in statutory services such as planning and legal.",
         "4 x 3 = 12", "Workforce strategy; apprenticeship programme; agency spend controls.", "3 x 3 = 9", "↓", [
            ("Implement the market supplement policy for hard-to-fill planning and legal posts.", "Head of People",
             "September 2025", "Complete", ["Head of People"], "2025-09", None, "blue"),
         ]),
    ]

    def score_fill(s):
        n = int(s.split("=")[1])
        return "FF0000" if n >= 15 else ("FFC000" if n >= 8 else "92D050")

    STAT_FILL = {"Complete": "00B0F0", "On track": "00B050", "Amber – slipped": "FFC000", "Not started": None}

    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 2025/26 (position at 30 September 2025) – Governance and Audit Committee, "
                "18 November 2025")
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk owner", "Cause, event and consequence", "Inherent score (L x I)", "Current controls",
             "Further actions required", "Action owner", "Target date", "Action status", "Residual score (L x I)",
             "Direction of travel"]
    for c, h in enumerate(heads, 1):
        cell = put(ws, 4, c, h, bold=True, fill="305496")
        cell.font = Font(bold=True, color="FFFFFF")
    expected = []
    r = 5
    for (risk, owner, cause, inh, controls, resid, dot, acts) in risks:
        top = r
        for (action, aowner, target, status, elead, eend, etext, estat) in acts:
            put(ws, r, 6, action)
            put(ws, r, 7, aowner)
            put(ws, r, 8, target)
            put(ws, r, 9, status, fill=STAT_FILL[status])
            expected.append(act(None, [risk], action, elead, eend, estat, etext))
            r += 1
        bottom = r - 1
        for c, v in [(1, risk), (2, owner), (3, cause), (4, inh), (5, controls), (10, resid), (11, dot)]:
            fill = score_fill(v) if c in (4, 10) else None
            put(ws, top, c, v, bold=(c == 1), fill=fill)
            for rr in range(top + 1, bottom + 1):
                put(ws, rr, c, None)
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=c, end_row=bottom, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ risk increasing  ↔ no change  ↓ risk decreasing "
                                   "(compared with Quarter 1 2025/26)")
    ws.cell(row=r + 1, column=1, value="Scores: L = likelihood (1-5), I = impact (1-5). Red 15-25, amber 8-12, "
                                       "green 1-6. See the Risk Scoring Matrix sheet.")
    for col, w in zip("ABCDEFGHIJK", [24, 18, 42, 11, 38, 46, 26, 14, 16, 11, 10]):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Risk Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True, size=12)
    put(mx, 3, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(mx, 3, i + 1, i, bold=True)
    for L in range(5, 0, -1):
        rr = 3 + (6 - L)
        put(mx, rr, 1, L, bold=True)
        for I in range(1, 6):
            put(mx, rr, I + 1, L * I, fill=score_fill("x = %d" % (L * I)))
    mx["A10"] = "Action status key"
    mx["A10"].font = Font(bold=True)
    for i, (k, m) in enumerate([("Complete", "Action delivered"), ("On track", "Expected to be delivered by the "
                                 "target date"), ("Amber – slipped", "Target date at risk or moved"),
                                ("Not started", "Action not yet begun")], 11):
        put(mx, i, 1, k, fill=STAT_FILL[k])
        put(mx, i, 2, m)
    mx.column_dimensions["A"].width = 22
    mx.column_dimensions["B"].width = 44

    ch = wb.create_sheet("Changes since Q1")
    ch["A1"] = "Changes to the register since Quarter 1 2025/26"
    ch["A1"].font = Font(bold=True, size=12)
    for i, (k, m) in enumerate([
            ("SR2", "Residual score increased from 12 to 16: nightly-paid placements rose to 118 households."),
            ("SR4", "Residual score increased from 9 to 12 following the government’s invitation to submit proposals."),
            ("SR5", "Residual score reduced from 12 to 9: planning vacancies filled."),
            ("Closed", "Former SR6 (Elections Act implementation) closed and moved to the Governance risk register.")],
            3):
        put(ch, i, 1, k, bold=True)
        put(ch, i, 2, m)
    ch.column_dimensions["A"].width = 10
    ch.column_dimensions["B"].width = 100
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a district/city council strategic risk register reported quarterly to an audit committee "
                   "(Colchester City Council, Q2 2025/26; cf. Reading, West Oxfordshire and Neath Port Talbot "
                   "committee reports describing inherent/residual scores, controls, specific actions with target "
                   "dates and direction of travel). Copied features: title and committee line, one row block per "
                   "risk with the risk title, owner, cause/event/consequence, inherent score, current controls, "
                   "residual score and direction arrow merged down over its further actions, action owner job titles "
                   "(two joined by ';' or '&'), target dates in mixed forms (dd/mm/yyyy, Mmm-yy, month name, "
                   "Q4 2025/26, Ongoing), action status words with fill, notes lines, and separate scoring-matrix/key "
                   "and changes sheets."),
        "reads": ("A strategic risk register of five risks (SR1-SR5); the plan's actions are the ten 'further actions "
                  "required', each with an action owner, target date and status, read under its risk. The actions "
                  "carry no refs; risk owners, scores and controls describe the risk, not the action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================= 6. Ipswich transformation highlight report txt
def ipswich_txt():
    name = "jp2-ipswich-bc-transformation-programme-highlight-report.txt"
    title = "Ipswich Borough Council – Transformation Programme Highlight Report"
    projects = [
        ("1. DIGITAL CUSTOMER ACCESS", "Sponsor: Director of Resources", "Project RAG: Green", [
            ("1.1", "Launch the MyIpswich resident account for council tax and benefits", "Digital Services Manager",
             "30/09/2025", "30/09/2025", "C", "Live 29 September; 2,140 accounts created in October.",
             ["Digital Services Manager"], "2025-09", "blue"),
            ("1.2", "Move missed bin and bulky waste reporting onto the new online forms",
             "Digital Services Manager / Waste Operations Manager", "31/10/2025", "28/11/2025", "A",
             "Integration with the in-cab system needs further testing.",
             ["Digital Services Manager", "Waste Operations Manager"], "2025-11", "amber"),
            ("1.3", "Close the telephone payment line and redirect callers to automated payments",
             "Customer Services Manager", "31/01/2026", "31/01/2026", "G", "Equality impact assessment completed.",
             ["Customer Services Manager"], "2026-01", "green"),
        ]),
        ("2. ASSET REVIEW AND ACCOMMODATION", "Sponsor: Director of Property and Regeneration", "Project RAG: Amber", [
            ("2.1", "Report options for consolidating office accommodation at Grafton House to the Executive",
             "Head of Property Services", "04/11/2025", "06/01/2026", "A",
             "Deferred to the January Executive to reflect the implications of reorganisation.",
             ["Head of Property Services"], "2026-01", "amber"),
            ("2.2", "Complete condition surveys of the 12 community centres in the asset review",
             "Head of Property Services", "31/08/2025", "31/08/2025", "C", "Surveys complete; summary to Board.",
             ["Head of Property Services"], "2025-08", "blue"),
            ("2.3", "Dispose of two surplus garage sites for affordable housing",
             "Head of Property Services; Head of Housing Development", "31/03/2026", "30/06/2026", "R",
             "Title issue on the Nacton Road site; Board asked to agree the revised date.",
             ["Head of Property Services", "Head of Housing Development"], "2026-06", "red"),
        ]),
        ("3. WORKFORCE AND WAYS OF WORKING", "Sponsor: Director of People", "Project RAG: Green", [
            ("3.1", "Run a Microsoft 365 Copilot pilot with 50 users and evaluate the benefits", "ICT Manager",
             "31/12/2025", "31/12/2025", "G", "41 licences issued; evaluation survey drafted.",
             ["ICT Manager"], "2025-12", "green"),
            ("3.2", "Deliver cohort 1 of the new manager development programme",
             "Head of HR and Organisational Development", "30/10/2025", "30/10/2025", "C",
             "22 managers completed the programme.", ["Head of HR and Organisational Development"], "2025-10", "blue"),
            ("3.3", "Agree the hybrid working policy with the recognised trade unions",
             "Head of HR and Organisational Development", "30/09/2025", "31/12/2025", "A",
             "Further consultation meeting arranged for 19 November.",
             ["Head of HR and Organisational Development"], "2025-12", "amber"),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Reporting period:\tOctober 2025")
    L.append("Programme Board:\t12 November 2025")
    L.append("Prepared by:\tCorporate Programme Office")
    L.append("Overall programme status:\tAmber (previous report: Amber)")
    L.append("")
    L.append("RAG key:\tG = on track\tA = at risk, recovery in hand\tR = off track, Board decision required\tC = complete")
    L.append("")
    expected = []
    for head, sponsor, prag, rows in projects:
        L.append(head)
        L.append(sponsor + "\t" + prag)
        L.append("\t".join(["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]))
        for (ref, ms, lead, base, fc, rag, comm, elead, eend, estat) in rows:
            L.append("\t".join([ref, ms, lead, base, fc, rag, comm]))
            expected.append(act(ref, [head], ms, elead, eend, estat))
        L.append("")
    L.append("KEY RISKS AND ISSUES")
    L.append("- Capacity in the Digital team while the CRM contract is re-procured (owner: Director of Resources).")
    L.append("- Local government reorganisation in Suffolk may change the scope of the asset review.")
    L.append("")
    L.append("DECISIONS REQUIRED FROM PROGRAMME BOARD")
    L.append("The Board is asked to agree the revised forecast date for milestone 2.3.")
    L.append("")
    L.append("Next highlight report: December 2025 Programme Board")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")

    write_yaml(name, {
        "source": ("Imitates a council transformation programme highlight report as a tab-separated text export "
                   "(Ipswich Borough Council, programme board, October 2025; cf. Epping Forest and Wiltshire "
                   "transformation monitoring reports with time/cost RAG and planned actions). Copied features: "
                   "title line, reporting-period/board/author/overall-status lines, RAG key with C = complete, a "
                   "numbered project heading with sponsor and project RAG line above each milestone table, "
                   "milestones with lead (two leads joined by '/' or ';'), baseline and forecast dates, RAG letter "
                   "and commentary, then risks/issues bullets, a decision request and a next-report line."),
        "reads": ("A programme highlight report of three projects, each with three numbered milestones giving a lead, "
                  "a baseline and a forecast date (the forecast is the current due date) and a G/A/R/C rating, C "
                  "being complete per the key. The risks, decision request and status lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================= 7. Safer South Derbyshire plan xlsx (refuse)
def south_derbyshire_refuse():
    name = "jp2-safer-south-derbyshire-partnership-plan-2025-26-action-plan-typo-month-refuse.xlsx"
    title = "Safer South Derbyshire Partnership – Partnership Plan 2025-26: Action Plan"
    pri = [
        ("Priority 1: Anti-social behaviour and neighbourhood crime",
         "Outcome sought: fewer repeat victims of ASB and increased public confidence in Swadlincote town centre", [
            ("1.1", "Run a problem-solving partnership for Swadlincote town centre, meeting monthly, with an "
                    "action log reviewed by the Partnership Board.", "SDDC Community Safety Officer; Derbyshire "
             "Constabulary (Swadlincote SNT)", "Monthly", "Meetings held April to June.", "Meetings continuing; "
             "night-time economy plan agreed.", "Green"),
            ("1.2", "Introduce ASB case reviews for repeat victims using the ECINS case management system.",
             "SDDC Community Safety Officer", "Sept 2025", "Training for partners booked.",
             "All high-risk cases now on ECINS.", "Complete"),
            ("1.3", "Deliver a summer diversionary activity programme for young people in Church Gresley and "
                    "Woodville.", "SDDC Active Communities Team", "Aug-25", "Programme published.",
             "312 attendances; evaluation to Board in October.", "Complete"),
        ]),
        ("Priority 2: Domestic abuse and violence against women and girls",
         "Outcome sought: victims identified earlier and supported to be safe", [
            ("2.1", "Achieve White Ribbon accreditation for South Derbyshire District Council.",
             "SDDC Head of Communities", "Nov-25", "Application submitted.", "Action plan drafted for "
             "White Ribbon Day events.", "Green"),
            ("2.2", "Train 40 frontline staff across partner agencies as domestic abuse champions.",
             "Derbyshire County Council Domestic Abuse Team", "31/03/2026", "12 champions trained.",
             "19 champions trained; venue issue for the September course.", "Amber"),
        ]),
        ("Priority 3: Serious violence and exploitation",
         "Outcome sought: fewer young people drawn into violence, county lines and exploitation", [
            ("3.1", "Deliver the Serious Violence Duty local action plan in line with the Derbyshire strategic "
                    "needs assessment.", "Derbyshire Constabulary / Derbyshire County Council Public Health",
             "Mar-26", "Local plan agreed.", "Hot-spot patrol funding allocated for Q3.", "Green"),
            ("3.2", "Provide exploitation awareness sessions for licensed premises and taxi drivers.",
             "SDDC Licensing Manager", "Febuary 2026", "Session content agreed with Police.",
             "First two sessions held with taxi drivers.", "Green"),
            ("3.3", "Map knife crime incidents and share quarterly hot-spot analysis with partners.",
             "Derbyshire Constabulary Partnership Analyst", "Quarterly", "Q1 analysis shared.",
             "Q2 analysis shared 14/10/2025.", "Green"),
        ]),
        ("Priority 4: Drugs and alcohol",
         "Outcome sought: more people in treatment and less drug-related harm", [
            ("4.1", "Promote the Derbyshire Recovery Partnership referral pathway to housing and homelessness teams.",
             "Derbyshire Recovery Partnership", "Dec-25", "Not started – awaiting new provider contract.",
             "Briefing booked for November team meeting.", "Amber"),
            ("4.2", "Hold two joint licensing and police test-purchase operations for underage alcohol sales.",
             "SDDC Licensing Manager; Trading Standards", "Q4 2025/26", "", "", "Not started"),
        ]),
    ]
    STAT = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0", "Not started": None}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Safer South Derbyshire Partnership"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Partnership Plan 2025-26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A4"] = ("The Partnership Plan sets out how South Derbyshire District Council, Derbyshire Constabulary, "
                 "Derbyshire County Council, Derbyshire Fire and Rescue Service, the Probation Service and NHS Derby "
                 "and Derbyshire ICB will work together on the four priorities agreed from the 2024 strategic "
                 "assessment.")
    cov["A4"].alignment = WRAP
    cov.merge_cells("A4:F4")
    cov.row_dimensions[4].height = 75
    cov["A6"] = "Status key"
    cov["A6"].font = Font(bold=True)
    for i, (k, m) in enumerate([("Complete", "Action delivered"), ("Green", "On track"),
                                ("Amber", "Some delay – within the year"), ("Red", "Significant delay or at risk"),
                                ("Not started", "Scheduled for later in the year")], 7):
        put(cov, i, 1, k, fill=STAT[k])
        put(cov, i, 2, m)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action Plan 2025-26")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Monitored by the Safer South Derbyshire Partnership Board – updated for the Q2 meeting, October 2025"
    ws.merge_cells("A2:G2")
    heads = ["No.", "Action", "Lead partner(s)", "Timescale", "Q1 update", "Q2 update", "Status"]
    for c, h in enumerate(heads, 1):
        cell = put(ws, 4, c, h, bold=True, fill="7030A0")
        cell.font = Font(bold=True, color="FFFFFF")
    r = 5
    refuse_row = None
    n_actions = 0
    for head, outcome, rows in pri:
        put(ws, r, 1, head, bold=True, fill="E4DFEC")
        for c in range(2, 8):
            put(ws, r, c, None, fill="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        c0 = ws.cell(row=r, column=1, value=outcome)
        c0.font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (no, action, lead, when, q1, q2, st) in rows:
            for c, v in enumerate([no, action, lead, when, q1 or None, q2 or None], 1):
                put(ws, r, c, v)
            put(ws, r, 7, st, fill=STAT[st])
            if when.startswith("Febuary"):
                refuse_row = r
            n_actions += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Performance measures for each priority are reported separately in the "
                                   "quarterly Partnership Board dashboard.")
    for col, w in zip("ABCDEFG", [8, 52, 34, 13, 30, 34, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert refuse_row is not None

    write_yaml(name, {
        "source": ("Imitates a district community safety partnership's annual partnership plan action plan (Safer "
                   "South Derbyshire Partnership, 2025-26; cf. Medway and Derbyshire Safer Communities partnership "
                   "action plans reported to the partnership board). Copied features: Cover sheet with purpose text "
                   "and status key, action-plan sheet with title and monitoring line, four priority rows merged "
                   "across with an italic 'Outcome sought' line beneath, numbered actions with lead partner(s), "
                   "timescales in mixed forms (Monthly, Sept 2025, Aug-25, 31/03/2026, Q4 2025/26), Q1 and Q2 update "
                   "columns, status words with fill, and a closing note."),
        "reads": ("A community safety partnership action plan of ten numbered actions under four priorities. On the "
                  "'Action Plan 2025-26' sheet, action 3.2 (exploitation awareness sessions for licensed premises "
                  "and taxi drivers) has the timescale 'Febuary 2026', a mistyped month in the due-date cell; a "
                  "careful reader stops there and asks before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, n_actions


if __name__ == "__main__":
    for fn in (gwent_apr, bolsover_dhr, west_suffolk_csv, nwaft_maternity, colchester_srr, ipswich_txt,
               south_derbyshire_refuse):
        n, k = fn()
        print("%-95s %2d actions" % (n, k))
