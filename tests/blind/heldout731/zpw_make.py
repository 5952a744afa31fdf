#!/usr/bin/env python3
"""Build the seven zpw- blind test files (set heldout731) and their expected readings.

Run with /work/main/.venv/bin/python zpw_make.py  (needs openpyxl, python-docx, pyyaml).
Writes only files whose names start with "zpw-" in this folder.
"""
import csv
import datetime as dt
import io
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def out(name):
    assert name.startswith("zpw-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=1000)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Rochdale Borough Council – scrutiny recommendations tracker (CSV)
# ---------------------------------------------------------------------------
def rochdale():
    name = "zpw-rochdale-borough-council-scrutiny-recommendations-tracker-2025-26.csv"
    C1 = "Corporate Overview and Scrutiny Committee"
    C2 = "Communities, Regeneration and Environment Overview and Scrutiny Committee"
    C3 = "Health, Schools and Care Overview and Scrutiny Committee"
    # (ref, meeting, recommendation, response, cabinet date, lead cell, target cell, update, rag,
    #  expected lead, end, end_text, status)
    recs = [
        (C1, [
            ("SR(25/26)01", "24/06/2025",
             "That Cabinet publishes a quarterly dashboard of Council Tax and Business Rates collection rates, including arrears recovered through the Fair Debt approach, on the Council's website.",
             "Accepted", "15/07/2025", "Head of Revenues and Benefits", "30/09/2025",
             "First dashboard published on 26 September 2025 and will be refreshed each quarter.", "Green",
             ["Head of Revenues and Benefits"], "2025-09", None, "blue"),
            ("SR(25/26)02", "24/06/2025",
             "That the Customer Access Strategy includes a commitment to keep face-to-face access at Number One Riverside and in each township, and that take-up of assisted digital support is reported to this Committee every six months.",
             "Partially accepted", "15/07/2025", "Assistant Director – Customer and Digital; Head of Customer Services", "Mar-26",
             "Face-to-face offer at Number One Riverside confirmed. Township access points are under review as part of the 2026/27 budget; first six-monthly report scheduled for January 2026.", "Amber",
             ["Assistant Director – Customer and Digital", "Head of Customer Services"], "2026-03", None, "amber"),
            ("SR(25/26)03", "16/09/2025",
             "That officers bring the Procurement Pipeline to the Committee before any contract over £500,000 is awarded, showing the social value commitments secured.",
             "Accepted", "14/10/2025", "Head of Procurement", "Ongoing",
             "Pipeline added to the Committee work programme as a standing item from December 2025.", "Amber",
             ["Head of Procurement"], None, "Ongoing", "amber"),
        ]),
        (C2, [
            ("SR(25/26)04", "03/07/2025",
             "That a review of gully cleansing frequencies on the principal road network is completed before winter, prioritising locations that flooded during Storm Babet and in January 2025.",
             "Accepted", "22/07/2025", "Assistant Director – Highways and Engineering", "31/10/2025",
             "Review complete and revised cleansing schedule in place from 1 October 2025. 312 priority gullies are now cleansed twice a year.", "Green",
             ["Assistant Director – Highways and Engineering"], "2025-10", None, "blue"),
            ("SR(25/26)05", "03/07/2025",
             "That the Council writes to Transport for Greater Manchester asking for a timetable for the Bee Network bus shelter replacement programme in Heywood and Middleton, and reports the reply to the Committee.",
             "Accepted", "22/07/2025", "Director of Economy & Head of Strategic Transport", "Dec-25",
             "Letter sent 4 August 2025. TfGM replied but gave no dates; a follow-up meeting has been requested.", "Red",
             ["Director of Economy", "Head of Strategic Transport"], "2025-12", None, "red"),
            ("SR(25/26)06", "11/09/2025",
             "That enforcement action against fly-tipping is reported by township, with the number of fixed penalty notices issued and prosecutions brought, in the Neighbourhoods quarterly performance report.",
             "Awaiting Cabinet response", "", "Head of Environmental Management", "TBC",
             "To be considered by Cabinet on 25 November 2025.", "",
             ["Head of Environmental Management"], None, "TBC", "unrated"),
        ]),
        (C3, [
            ("SR(25/26)07", "08/07/2025",
             "That the Director of Public Health and the Director of Adult Care jointly review the falls prevention offer for residents over 65 and report the findings, with proposals, to this Committee.",
             "Accepted", "22/07/2025", "Director of Public Health / Director of Adult Care", "31/01/2026",
             "Review under way through the Ageing Well Partnership. Draft findings to be shared with the Chair in December 2025.", "Amber",
             ["Director of Public Health", "Director of Adult Care"], "2026-01", None, "amber"),
            ("SR(25/26)08", "08/07/2025",
             "That the number of children missing education, and the time taken to find them a school place, is included in the annual report on Elective Home Education and Children Missing Education.",
             "Accepted", "22/07/2025", "Sarah Hartley (Head of Access and Inclusion)", "Q4 2025/26",
             "Data for the 2024/25 academic year is being collated. Report scheduled for March 2026.", "Amber",
             ["Sarah Hartley (Head of Access and Inclusion)"], "2026-03", "Q4 2025/26", "amber"),
            ("SR(25/26)09", "30/09/2025",
             "That the Council and the Rochdale locality team of NHS Greater Manchester set out how waiting times for children's autism and ADHD assessments will be reduced, with quarterly trajectories.",
             "Accepted", "14/10/2025", "Director of Children's Services; Deputy Place Lead (Rochdale)", "End of June 2026",
             "Initial trajectories shared with the Committee on 11 November 2025.", "Amber",
             ["Director of Children's Services", "Deputy Place Lead (Rochdale)"], "2026-06", None, "amber"),
        ]),
    ]
    ncol = 9
    rows = [
        ["Rochdale Borough Council"] + [""] * (ncol - 1),
        ["Overview and Scrutiny Recommendations Tracker 2025/26"] + [""] * (ncol - 1),
        ["Position at 31 October 2025 – report to Corporate Overview and Scrutiny Committee, 18 November 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Meeting date", "Recommendation", "Cabinet response", "Cabinet date", "Lead officer(s)",
         "Target date", "Update", "RAG"],
    ]
    actions = []
    for committee, items in recs:
        rows.append([committee] + [""] * (ncol - 1))
        for (ref, meet, rec, resp, cab, lead, target, upd, rag, elead, end, etext, status) in items:
            rows.append([ref, meet, rec, resp, cab, lead, target, upd, rag])
            actions.append(act(ref, [committee], rec, elead, end, status, etext))
    rows += [
        [""] * ncol,
        ["Summary"] + [""] * (ncol - 1),
        ["Recommendations tracked", "9"] + [""] * (ncol - 2),
        ["Green (achieved)", "2"] + [""] * (ncol - 2),
        ["Amber", "5"] + [""] * (ncol - 2),
        ["Red", "1"] + [""] * (ncol - 2),
        ["Awaiting Cabinet response", "1"] + [""] * (ncol - 2),
        [""] * ncol,
        ["RAG key"] + [""] * (ncol - 1),
        ["Green – recommendation achieved; monitoring no longer required"] + [""] * (ncol - 1),
        ["Amber – acceptable progress; continue monitoring"] + [""] * (ncol - 1),
        ["Red – progress not acceptable; lead officer to attend the Committee"] + [""] * (ncol - 1),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates a district/metropolitan council scrutiny recommendations tracker as presented to an overview and scrutiny committee (Rochdale Borough Council, 2025/26, Corporate, Communities/Regeneration/Environment and Health/Schools/Care O&S Committees; no single published URL copied). Layout copied from published trackers such as City of York's 'Scrutiny Recommendation Tracker' (Reference SR (25/26) nn, meeting date, recommendation, Executive date, lead officer, action taken, status) and Brent's recommendations tracker: committee section rows, cabinet response column, target date column with Ongoing/TBC/Q4 2025/26/'End of June 2026', a summary block and a RAG key in which Green means 'recommendation achieved – monitoring no longer required' (no blue).",
        "reads": "A CSV export of the council's scrutiny recommendations tracker: three committee section rows, each followed by the recommendations that committee made, with the cabinet response, lead officer(s), target date, update and a RAG word. Below the table a summary block and a RAG key say Green means the recommendation has been achieved, so the Green rows are complete; one recommendation is still awaiting a Cabinet response and has no RAG.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Overview and Scrutiny Recommendations Tracker 2025/26",
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Halton Borough Council – fostering service improvement plan (tab-separated text)
# ---------------------------------------------------------------------------
def halton():
    name = "zpw-halton-borough-council-fostering-service-improvement-plan-2025-26.txt"
    P1 = "Priority 1: Sufficiency – more Halton foster carers for Halton children"
    P2 = "Priority 2: Supporting and developing our foster carers"
    P3 = "Priority 3: Quality of practice and management oversight"
    P4 = "Priority 4: Listening to children and carers"
    # (priority, ref, action, lead cell, start, due, revised, progress, rag, elead, end, end_text, status)
    items = [
        (P1, "1.1", "Relaunch the Foster for Halton campaign with the Liverpool City Region fostering recruitment hub, targeting carers for teenagers and sibling groups.",
         "Recruitment and Assessment Team Manager", "01/04/2025", "30/09/2025", "",
         "Campaign launched 2 June 2025. 41 enquiries and 9 initial home visits to the end of October.", "Complete",
         ["Recruitment and Assessment Team Manager"], "2025-09", None, "blue"),
        (P1, "1.2", "Complete Form F assessments within six months of application for at least 80% of applicants.",
         "Recruitment and Assessment Team Manager", "01/04/2025", "31/03/2026", "",
         "5 of 7 assessments completed within six months so far this year (71%).", "A",
         ["Recruitment and Assessment Team Manager"], "2026-03", None, "amber"),
        (P1, "1.3", "Review fostering allowances and the skills fee scheme against neighbouring authorities and present options to the Executive Board.",
         "Fostering Service Manager / Finance Business Partner (Children's)", "01/05/2025", "31/10/2025", "31/01/2026",
         "Benchmarking complete. Executive Board report moved to January 2026 to align with budget setting.", "A",
         ["Fostering Service Manager", "Finance Business Partner (Children's)"], "2026-01", None, "amber"),
        (P2, "2.1", "Launch a Mockingbird constellation with one hub home carer and up to ten satellite fostering households.",
         "Head of Service – Children in Care", "01/06/2025", "31/03/2026", "",
         "Hub home carer approved at Fostering Panel on 16 October 2025.\nSatellite households are being matched; first constellation meeting planned for January.", "G",
         ["Head of Service – Children in Care"], "2026-03", None, "green"),
        (P2, "2.2", "Refresh the foster carer learning and development programme, with trauma-informed practice training for every carer within 12 months of approval.",
         "Training and Development Officer", "01/04/2025", "31/12/2025", "",
         "New programme published in September 2025. 64% of carers have completed trauma-informed training.", "G",
         ["Training and Development Officer"], "2025-12", None, "green"),
        (P2, "2.3", "Hold quarterly foster carer forums with the Halton Foster Carers Association and publish a 'You said, we did' update after each one.",
         "Fostering Service Manager", "01/04/2025", "Quarterly", "",
         "Forums held in June and September 2025; updates published on the carers' portal.", "G",
         ["Fostering Service Manager"], None, "Quarterly", "green"),
        (P3, "3.1", "Make sure every foster carer's annual review is presented to the Fostering Panel within 12 months of approval or of the previous review.",
         "Independent Reviewing Officer (Fostering)", "01/04/2025", "31/03/2026", "",
         "12 reviews out of timescale at the end of Q2 because of an IRO vacancy. An agency IRO starts on 17 November 2025.", "R",
         ["Independent Reviewing Officer (Fostering)"], "2026-03", None, "red"),
        (P3, "3.2", "Audit supervising social worker visits and recording every quarter.\nReport the findings to the Children's Services Quality Assurance Board.",
         "Principal Manager – Quality Assurance", "01/07/2025", "30/06/2026", "",
         "First audit of 15 households completed in September 2025; findings reported in October.", "G",
         ["Principal Manager – Quality Assurance"], "2026-06", None, "green"),
        (P3, "3.3", "Update the fostering Statement of Purpose and Children's Guide and send them to Ofsted.",
         "Fostering Service Manager", "01/04/2025", "31/07/2025", "",
         "Approved by the Executive Board and sent to Ofsted on 24 July 2025.", "Complete",
         ["Fostering Service Manager"], "2025-07", None, "blue"),
        (P4, "4.1", "Co-produce a new welcome pack for children coming into foster care with the Children in Care Council.",
         "Participation Officer & Fostering Team Manager", "01/01/2026", "30/04/2026", "",
         "", "Not started",
         ["Participation Officer", "Fostering Team Manager"], "2026-04", None, "unrated"),
    ]
    ncol = 9
    pad = lambda first: [first] + [""] * (ncol - 1)
    rows = [
        pad("Halton Borough Council – Children's Services"),
        pad("Fostering Service Improvement Plan 2025/26"),
        pad("Linked to: Halton Fostering Sufficiency Strategy 2024–27 and the Annual Fostering Service Report 2024/25"),
        pad("Last updated: 12/11/2025 by the Fostering Service Manager"),
        [""] * ncol,
        ["Priority", "Ref", "What we will do", "Lead", "Start", "Due", "Revised due", "Progress update", "RAG"],
    ]
    actions = []
    last = None
    for (pri, ref, text, lead, start, due, rev, prog, rag, elead, end, etext, status) in items:
        rows.append([pri if pri != last else "", ref, text, lead, start, due, rev, prog, rag])
        last = pri
        actions.append(act(ref, [pri], text, elead, end, status, etext))
    rows += [
        [""] * ncol,
        pad("RAG key: G = on track; A = some slippage but recoverable; R = off track – escalate to Head of Service; Complete = action delivered"),
        pad("Next review: Corporate Parenting Board, 22 January 2026"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    w.writerows(rows)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": "Imitates a local authority fostering service improvement/development plan of the kind English councils attach to the Annual Fostering Service Report for the Corporate Parenting Board (Halton Borough Council, 2025/26; comparable published plans: Sheffield, Dudley, Warrington and Walsall fostering service development plans). Copied features: four numbered priorities with the priority written only on the first row of each group (Excel column exported without fill-down), 'What we will do' actions, Start/Due/Revised due date columns, G/A/R letters plus Complete and Not started, a quoted multi-line cell in the tab-separated export, and a one-line RAG key and next-review note below the table.",
        "reads": "A tab-separated export of Halton's Fostering Service Improvement Plan 2025/26: ten numbered actions under four priorities, each with a lead, start and due dates, sometimes a revised due date, a progress update and a RAG. Where a revised due date is given it replaces the original; 'Quarterly' is a recurring date rather than a month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Fostering Service Improvement Plan 2025/26",
        "actions": actions,
    })
    return name, len(actions)


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = None
        shade(c, "D9E2F3")


# ---------------------------------------------------------------------------
# 3. Ceredigion – JICPA multi-agency improvement plan (docx, a table per theme)
# ---------------------------------------------------------------------------
def ceredigion():
    name = "zpw-ceredigion-cysur-jicpa-multi-agency-improvement-plan.docx"
    title = "Joint Inspection of Child Protection Arrangements (JICPA) Ceredigion: Multi-Agency Improvement Plan"
    T1 = "Theme 1: Multi-agency response to referrals and information sharing"
    T2 = "Theme 2: Assessment, planning and the voice of the child"
    T3 = "Theme 3: Leadership, quality assurance and workforce"
    themes = [
        (T1, [
            ("Referrers are not consistently told the outcome of their referral or the reasons for the decision.", [
                ("1.1", "Introduce a standard outcome notification to every professional referrer within 3 working days of the Porth Cynnal decision.",
                 "Corporate Lead Officer – Porth Cynnal", "31/07/2025",
                 "Template live from 1 July 2025; July–August audit found 88% of notifications sent within timescale.", "blue",
                 ["Corporate Lead Officer – Porth Cynnal"], "2025-07", None),
                ("1.2", "Audit 20 police and health referrals each quarter to check that feedback was received and understood by the referrer.",
                 "Safeguarding Manager (CCC) / Detective Inspector – Public Protection Unit (DPP)", "Quarterly from Q2 2025/26",
                 "First audit completed in September 2025; results to the CYSUR Delivery Group in November.", "green",
                 ["Safeguarding Manager (CCC)", "Detective Inspector – Public Protection Unit (DPP)"], None, "Quarterly from Q2 2025/26"),
            ]),
            ("Strategy discussions do not always include health and education colleagues who hold relevant information about the child.", [
                ("1.3", "Amend the local strategy discussion protocol so that the named nurse and the school's designated safeguarding person are invited to every strategy discussion about a school-age child.",
                 "Corporate Manager – Child and Family (CCC)", "September 2025",
                 "Protocol agreed by the Delivery Group. Health attendance has risen to 74%, but education attendance stays low in school holidays.", "amber",
                 ["Corporate Manager – Child and Family (CCC)"], "2025-09", None),
                ("1.4", "Provide a secure email route so that Hywel Dda safeguarding nurses can share information for strategy discussions out of hours.",
                 "Head of Safeguarding (HDdUHB)", "Q3 2025/26",
                 "Depends on renewal of the secure email licence; delayed.", "red",
                 ["Head of Safeguarding (HDdUHB)"], "2025-12", "Q3 2025/26"),
            ]),
        ]),
        (T2, [
            ("The child's lived experience is not consistently recorded in child protection assessments and care and support protection plans.", [
                ("2.1", "Deliver 'voice of the child' practice workshops for all social workers and senior practitioners in the Child and Family service.",
                 "Principal Officer – Workforce Development", "31/10/2025",
                 "Four workshops held; 46 of 52 practitioners attended.", "green",
                 ["Principal Officer – Workforce Development"], "2025-10", None),
                ("2.2", "Add a mandatory 'What the child has told us' section to the child protection conference report template in WCCIS.",
                 "WCCIS Systems Lead", "November 2025",
                 "Template change tested; go-live planned for 17 November 2025.", "green",
                 ["WCCIS Systems Lead"], "2025-11", None),
            ]),
            ("Children who are electively home educated are not always known to, or seen by, partner agencies.", [
                ("2.3", "Set up a monthly EHE information-sharing panel between Education, Porth Cynnal and the school nursing service.",
                 "Education Welfare Manager / School Nursing Team Lead", "30/06/2025",
                 "Panel meeting monthly since May 2025.", "blue",
                 ["Education Welfare Manager", "School Nursing Team Lead"], "2025-06", None),
                ("2.4", "Offer every EHE family an annual visit, in line with Welsh Government EHE guidance, and record when the offer is declined.",
                 "Education Welfare Manager", "Ongoing",
                 "78% of EHE families offered a visit in 2024/25; 61% accepted.", "green",
                 ["Education Welfare Manager"], None, "Ongoing"),
            ]),
        ]),
        (T3, [
            ("Multi-agency quality assurance does not yet give the Board a clear picture of the impact of child protection practice.", [
                ("3.1", "Develop a CYSUR multi-agency child protection dashboard for Ceredigion, reported to the Board each quarter.",
                 "CYSUR Business Manager", "31 March 2026",
                 "Data set agreed with the three agencies; first version due at the January 2026 Board.", "green",
                 ["CYSUR Business Manager"], "2026-03", None),
                ("3.2", "Hold two multi-agency practice audits a year on a child protection theme chosen by the Delivery Group, and share the findings with frontline staff.",
                 "Chair, CYSUR Quality Assurance Sub-group", "March 2026",
                 "First audit (neglect) postponed from September to December 2025 because of police staffing.", "amber",
                 ["Chair, CYSUR Quality Assurance Sub-group"], "2026-03", None),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Mid and West Wales Safeguarding Board (CYSUR)")
    r.bold = True
    doc.add_heading(title, level=0)
    p = doc.add_paragraph()
    r = p.add_run("Cynllun Gwella Amlasiantaethol – Arolygiad ar y Cyd o Drefniadau Amddiffyn Plant, Ceredigion")
    r.italic = True
    doc.add_paragraph("Partner agencies: Ceredigion County Council (CCC), Dyfed-Powys Police (DPP), "
                      "Hywel Dda University Health Board (HDdUHB)")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "30 September 2025"),
                 ("Inspection fieldwork", "10–14 February 2025"),
                 ("Plan approved by", "CYSUR Children's Safeguarding Board, 18 June 2025"),
                 ("Progress reported to", "CYSUR Delivery Group (quarterly)"),
                 ("Next review", "December 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [("Blue", "Complete"), ("Green", "On track"),
                            ("Amber", "Some delay – mitigation in place"), ("Red", "Off track – escalate to the Board")]:
        cells = key.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], FILL[colour.lower()])
        set_cell(cells[1], meaning)

    actions = []
    cols = ["Area for improvement", "Ref", "Action", "Lead", "Target date", "Progress update – September 2025", "RAG"]
    for theme, afis in themes:
        doc.add_heading(theme, level=1)
        n = sum(len(a[1]) for a in afis)
        t = doc.add_table(rows=1 + n, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for afi, acts in afis:
            top = t.rows[r].cells[0]
            set_cell(top, afi)
            if len(acts) > 1:
                top.merge(t.rows[r + len(acts) - 1].cells[0])
            for (ref, text, lead, target, prog, rag, elead, end, etext) in acts:
                cells = t.rows[r].cells
                set_cell(cells[1], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead)
                set_cell(cells[4], target)
                set_cell(cells[5], prog)
                set_cell(cells[6], "")
                shade(cells[6], FILL[rag])
                actions.append(act(ref, [theme, afi], text, elead, end, rag, etext))
                r += 1
        doc.add_paragraph("")

    doc.add_paragraph("Progress against this plan is reported to the CYSUR Children's Safeguarding Board each quarter "
                      "and shared with Care Inspectorate Wales on request.")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Agency", "Signed on behalf of", "Date"])
    for ag, who in [("Ceredigion County Council", "Corporate Director – Statutory Director of Social Services"),
                    ("Dyfed-Powys Police", "Assistant Chief Constable"),
                    ("Hywel Dda University Health Board", "Director of Nursing, Quality and Patient Experience")]:
        cells = so.add_row().cells
        set_cell(cells[0], ag)
        set_cell(cells[1], who)
        set_cell(cells[2], "18/06/2025")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a Welsh regional safeguarding board's multi-agency improvement plan after a Joint Inspection of Child Protection Arrangements (CIW, HMICFRS, HIW and Estyn), as published for Bridgend, Powys, Cardiff and Newport JICPAs 2019–2024; here the Mid and West Wales Safeguarding Board (CYSUR) for Ceredigion, 2025. Copied features: board name above the title, a Welsh-language subtitle, a document-control table, a RAG key table with shaded cells, one Word table per theme with the area for improvement in a vertically merged first column, partner agencies abbreviated in the lead column (CCC/DPP/HDdUHB), RAG shown only by cell fill colour, targets such as 'Q3 2025/26', 'Quarterly from Q2 2025/26' and 'Ongoing', a closing note and a sign-off table.",
        "reads": "A Word improvement plan responding to the Ceredigion JICPA: three themes, each a table in which an area for improvement (merged down the first column) is followed by numbered actions with a lead, target date, September 2025 progress update and a RAG shown by the cell's fill colour (blue complete, green, amber, red per the key). Document control, the RAG key and the sign-off table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# xlsx helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


def write_row(ws, r, values, bold=False, bg=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if bg:
            c.fill = fill(bg)


# ---------------------------------------------------------------------------
# 4. Knowsley – local area SEND priority action plan (xlsx, previous/current RAG)
# ---------------------------------------------------------------------------
def knowsley():
    name = "zpw-knowsley-local-area-send-priority-action-plan.xlsx"
    title = "Knowsley Local Area SEND Partnership: Priority Action Plan"
    A1 = ("Area for priority action 1: Leaders across education, health and care should urgently improve the timeliness "
          "and quality of education, health and care (EHC) needs assessments and plans, so that children and young "
          "people's needs are identified and met without delay.")
    A2 = ("Area for priority action 2: Leaders should make sure that children and young people with SEND who are not "
          "attending school full time, including those on reduced timetables and in alternative provision, are known, "
          "safe and receive a suitable education.")
    A3 = ("Area for improvement 1: Leaders should improve the Local Offer so that families can easily find information "
          "about the support available and how to get it.")
    D = lambda y, m: dt.datetime(y, m, 1)
    # (ref, action, lead cell, start, completion, prev, current, progress, evidence, elead, end, end_text, status)
    groups = [
        (A1, [
            ("1.1", "Clear the backlog of EHC needs assessments open for more than 20 weeks through a dedicated assessment recovery team.",
             "Head of SEND Statutory Services", D(2025, 6), D(2025, 12), "R", "amber",
             "Backlog down from 184 to 71 cases. Recovery team fully staffed from August.", "Weekly backlog report to SEND Partnership Board",
             ["Head of SEND Statutory Services"], "2025-12", None),
            ("1.2", "Introduce multi-agency quality assurance of all new EHC plans, with a monthly moderation panel that includes health and social care advisers and parent carer representatives.",
             "Head of SEND Statutory Services; Designated Clinical Officer", D(2025, 7), "Autumn term 2025", "A", "green",
             "Panel has met three times; 38 plans moderated, 61% judged good or better.", "Moderation panel minutes; QA framework v2",
             ["Head of SEND Statutory Services", "Designated Clinical Officer"], "2025-12", "Autumn term 2025"),
            ("1.3", "Make sure health advice for EHC needs assessments is returned within six weeks in at least 90% of cases.",
             "Designated Clinical Officer", D(2025, 6), D(2026, 3), "R", "red",
             "Compliance 58% in September. Community paediatrics capacity remains the main pressure.", "DCO monthly compliance report",
             ["Designated Clinical Officer"], "2026-03", None),
            ("1.4", "Review every EHC plan at the Year 9 annual review so that it includes preparation for adulthood outcomes.",
             "SEND Preparation for Adulthood Lead", D(2026, 1), "Summer term 2026", "", None,
             "Not yet started – scheduled to begin in January 2026.", "",
             ["SEND Preparation for Adulthood Lead"], "2026-07", "Summer term 2026"),
        ]),
        (A2, [
            ("2.1", "Create a single register of all children with SEND on reduced timetables, in alternative provision or missing education, shared weekly between Education, Children's Social Care and the 0–19 service.",
             "Head of Inclusion and Attendance; Head of Service – Children in Need", D(2025, 5), D(2025, 9), "A", "blue",
             "Register live since 1 September 2025 and shared every Monday.", "Register extract; information-sharing agreement",
             ["Head of Inclusion and Attendance", "Head of Service – Children in Need"], "2025-09", None),
            ("2.2", "Reduce the use of part-time timetables by requiring schools to agree every reduced timetable with the Inclusion Team, for no more than six weeks before review.",
             "Head of Inclusion and Attendance", D(2025, 6), D(2026, 3), "A", "amber",
             "Protocol issued to all schools. 23 of 31 notified timetables were agreed in advance.", "Reduced timetable protocol",
             ["Head of Inclusion and Attendance"], "2026-03", None),
            ("2.3", "Commission additional specialist alternative provision places for secondary-age pupils with social, emotional and mental health needs.",
             "Head of Commissioning (Children's)", D(2025, 9), D(2026, 9), "G", "green",
             "Market engagement event held in October 2025; tender to be issued in January.", "Commissioning plan",
             ["Head of Commissioning (Children's)"], "2026-09", None),
        ]),
        (A3, [
            ("AFI1.1", "Redesign the Local Offer website with the Knowsley Parent Carer Forum and test it with young people before launch.",
             "SEND Participation and Engagement Officer / Knowsley Parent Carer Forum", D(2025, 7), D(2026, 1), "G", "green",
             "Prototype tested with 12 families and a youth panel in October.", "Co-production log",
             ["SEND Participation and Engagement Officer", "Knowsley Parent Carer Forum"], "2026-01", None),
            ("AFI1.2", "Publish a 'SEND News' bulletin for families every term.",
             "SEND Participation and Engagement Officer", D(2025, 9), "Termly", "G", "green",
             "Autumn edition sent to 2,300 families.", "Bulletin archive",
             ["SEND Participation and Engagement Officer"], None, "Termly"),
        ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Response to the area SEND inspection of Knowsley, March 2025"
    info = [("Inspection dates", "17–21 March 2025"),
            ("Inspection outcome", "Widespread and/or systemic failings"),
            ("Outcome letter published", "13 May 2025"),
            ("Plan submitted to Ofsted", "24 June 2025"),
            ("This version", "Version 3 – progress update, 31 October 2025"),
            ("Owner", "Knowsley SEND Partnership Board"),
            ("Partners", "Knowsley Council; NHS Cheshire and Merseyside (Knowsley Place); Knowsley Parent Carer Forum")]
    for i, (k, v) in enumerate(info, start=4):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=2, value=v)
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Priority Action Plan")
    ncol = 9
    ws["A1"] = "Knowsley Local Area SEND Partnership – Priority Action Plan (progress update October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Partners: Knowsley Council | NHS Cheshire and Merseyside – Knowsley Place | Knowsley Parent Carer Forum"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    write_row(ws, 4, ["Ref", "Action", "Lead(s)", "Start", "Completion date", "Previous RAG (July 2025)",
                      "Current RAG (October 2025)", "Progress and impact", "Evidence"], bold=True, bg="D9E1F2")
    r = 5
    actions = []
    letter_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for heading, acts in groups:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, lead, start, comp, prev, cur, prog, evid, elead, end, etext) in acts:
            write_row(ws, r, [ref, text, lead, start, comp, prev, None, prog, evid])
            ws.cell(row=r, column=4).number_format = "mmm-yy"
            if isinstance(comp, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(letter_fill[prev])
            if cur:
                ws.cell(row=r, column=7).fill = fill(FILL[cur])
            actions.append(act(ref, [heading], text, elead, end, cur or "unrated", etext))
            r += 1
    for col, wdt in zip("ABCDEFGHI", [8, 60, 30, 10, 16, 12, 12, 50, 30]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (c, m) in enumerate([(BLUE, "Blue – complete and impact evidenced"),
                                (GREEN, "Green – on track"),
                                (AMBER, "Amber – at risk of delay; mitigation agreed"),
                                (RED, "Red – off track; escalated to SEND Partnership Board"),
                                (None, "No colour – not yet started")], start=2):
        if c:
            ky.cell(row=i, column=1).fill = fill(c)
        ky.cell(row=i, column=2, value=m)
    ky["A9"] = "Glossary"
    ky["A9"].font = Font(bold=True)
    for i, (k, v) in enumerate([("EHC", "Education, health and care"), ("DCO", "Designated Clinical Officer"),
                                ("AP", "Alternative provision"), ("AFI", "Area for improvement")], start=10):
        ky.cell(row=i, column=1, value=k)
        ky.cell(row=i, column=2, value=v)
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a local area partnership's Priority Action Plan following an Ofsted/CQC area SEND inspection with the outcome 'widespread and/or systemic failings' (framework from January 2023), here Knowsley, 2025. Copied features from published SEND action plans (e.g. Worcestershire and Northumberland WSOAs, Central Bedfordshire APP, Lancashire SEND plan): cover sheet with inspection dates and governance, areas for priority action and an area for improvement as full-width merged rows, several leads in one cell separated by ';' or '/', month-formatted date cells alongside school-term targets ('Autumn term 2025', 'Summer term 2026', 'Termly'), a Previous RAG column with letters and a Current RAG column shown only by fill colour, and a key/glossary sheet.",
        "reads": "An Excel workbook whose second sheet is the plan: two areas for priority action and one area for improvement, each a merged heading row followed by numbered actions with leads, start and completion dates, previous and current RAG, progress and evidence. The current RAG is read from the fill colour of the October 2025 column (blue complete per the key sheet); the one action with no colour has not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Sheffield City Council – Council Plan delivery tracker (xlsx, a sheet per outcome)
# ---------------------------------------------------------------------------
def sheffield():
    name = "zpw-sheffield-city-council-council-plan-delivery-tracker-q2-2025-26.xlsx"
    title = "Council Plan 2024–2028 Delivery Tracker – Quarter 2 2025/26"
    RAGW = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Not started": "D9D9D9"}
    sheets = [
        ("Thriving neighbourhoods", "Outcome: Thriving neighbourhoods and communities", [
            ("Commitment TN1: Improve the quality, safety and energy efficiency of council homes", [
                ("TN1.1", "Complete the Decent Homes programme for 1,200 council homes, including kitchens, bathrooms and electrical upgrades.",
                 "Director of Housing", "Housing Policy Committee", "Mar 2026", "", "Green", "Green",
                 "812 homes completed to the end of September; contractor performance on target.",
                 ["Director of Housing"], "2026-03", None, "green"),
                ("TN1.2", "Fit external wall insulation and solar PV to 400 homes through the Warm Homes: Social Housing Fund.",
                 "Director of Housing & Head of Climate and Energy", "Housing Policy Committee", "Dec 2025", "Jun 2026", "Amber", "Amber",
                 "Grant agreement signed in August, later than planned. End date revised with the funder's agreement.",
                 ["Director of Housing", "Head of Climate and Energy"], "2026-06", None, "amber"),
            ]),
            ("Commitment TN2: Make neighbourhoods cleaner, safer and more welcoming", [
                ("TN2.1", "Roll out the Local Area Committee community safety fund to all seven Local Area Committee areas.",
                 "Head of Communities", "Communities, Parks and Leisure Policy Committee", "Sept 2025", "", "Green", "Complete",
                 "All seven LACs have agreed their projects; 48 grants awarded.",
                 ["Head of Communities"], "2025-09", None, "blue"),
                ("TN2.2", "Deliver the street cleansing improvement plan, including weekend litter picking in district centres.",
                 "Director of Street Scene and Regulation", "Waste and Street Scene Policy Committee", "2025/26", "", "Amber", "Red",
                 "Weekend litter picking paused from August because of vehicle availability; recovery plan to November committee.",
                 ["Director of Street Scene and Regulation"], "2026-03", "2025/26", "red"),
            ]),
        ]),
        ("Healthy lives", "Outcome: Healthy lives and wellbeing for all", [
            ("Commitment HL1: Help people to live independently at home for longer", [
                ("HL1.1", "Expand the reablement service so that 85% of people are still at home 91 days after leaving hospital.",
                 "Director of Adult Care and Wellbeing", "Adult Health and Social Care Policy Committee", "Mar 2026", "", "Amber", "Green",
                 "Q2 figure 84.6%, up from 79% in Q1.",
                 ["Director of Adult Care and Wellbeing"], "2026-03", None, "green"),
                ("HL1.2", "Open two new extra care housing schemes with registered providers.",
                 "Director of Adult Care and Wellbeing / Director of Housing", "Adult Health and Social Care Policy Committee", "Mar 2027", "Sep 2027", "Red", "Red",
                 "Second site lost after the provider withdrew; alternative site being assessed.",
                 ["Director of Adult Care and Wellbeing", "Director of Housing"], "2027-09", None, "red"),
            ]),
            ("Commitment HL2: Reduce health inequalities across the city", [
                ("HL2.1", "Launch the Move More physical activity programme in the ten most deprived neighbourhoods.",
                 "Director of Public Health", "Adult Health and Social Care Policy Committee", "Jul 2025", "", "Green", "Complete",
                 "Launched in all ten neighbourhoods in July 2025.",
                 ["Director of Public Health"], "2025-07", None, "blue"),
                ("HL2.2", "Publish a Tobacco Control Action Plan with NHS and voluntary sector partners.",
                 "Director of Public Health", "Adult Health and Social Care Policy Committee", "Q3 2025/26", "", "Not started", "Green",
                 "Draft plan out for partner comment.",
                 ["Director of Public Health"], "2025-12", "Q3 2025/26", "green"),
            ]),
        ]),
        ("Strong economy", "Outcome: A strong and inclusive economy", [
            ("Commitment SE1: Regenerate the city centre and district centres", [
                ("SE1.1", "Complete the Castlegate public realm works and open the Castle site to the public.",
                 "Director of City Growth", "Economic Development and Skills Policy Committee", "Dec 2025", "", "Green", "Green",
                 "Works 85% complete; opening event planned for early December.",
                 ["Director of City Growth"], "2025-12", None, "green"),
                ("SE1.2", "Agree a delivery plan for the Attercliffe and Darnall regeneration area with Homes England.",
                 "Director of City Growth", "Economic Development and Skills Policy Committee", "Mar 2026", "", "Amber", "Amber",
                 "Memorandum of understanding drafted; Homes England board date not yet confirmed.",
                 ["Director of City Growth"], "2026-03", None, "amber"),
                ("SE1.3", "Provide 300 adult skills and employment support places through the Sheffield Works programme.",
                 "Head of Employment and Skills", "Economic Development and Skills Policy Committee", "Mar 2026", "", "Green", "Green",
                 "171 people supported to date; 64 into work.",
                 ["Head of Employment and Skills"], "2026-03", None, "green"),
            ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Sheffield City Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Reported to Strategy and Resources Policy Committee, 2 December 2025"
    write_row(sm, 5, ["Outcome", "Deliverables", "Complete", "Green", "Amber", "Red"], bold=True, bg="D9E1F2")
    totals = [0, 0, 0, 0, 0]
    rr = 6
    for _, outcome, commits in sheets:
        acts = [a for _, al in commits for a in al]
        q2 = [a[7] for a in acts]
        row = [len(acts), q2.count("Complete"), q2.count("Green"), q2.count("Amber"), q2.count("Red")]
        totals = [x + y for x, y in zip(totals, row)]
        write_row(sm, rr, [outcome.replace("Outcome: ", "")] + row)
        rr += 1
    write_row(sm, rr, ["Total"] + totals, bold=True)
    sm["A" + str(rr + 2)] = "RAG definitions: Complete = deliverable achieved; Green = on track; Amber = risk to delivery, being managed; Red = will not be delivered by the end date without intervention."
    sm.column_dimensions["A"].width = 48

    actions = []
    cols = ["Ref", "Deliverable", "Lead officer", "Policy committee", "Original end date", "Revised end date",
            "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for sheet_name, outcome, commits in sheets:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = "Sheffield City Council – " + title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = outcome
        ws["A2"].font = Font(bold=True, size=12, color="1F4E78")
        write_row(ws, 4, cols, bold=True, bg="D9E1F2")
        r = 5
        for commit, acts in commits:
            ws.cell(row=r, column=1, value=commit).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("EDEDED")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
            r += 1
            for (ref, text, lead, comm, orig, rev, q1, q2, comment, elead, end, etext, status) in acts:
                write_row(ws, r, [ref, text, lead, comm, orig, rev or None, q1, q2, comment])
                ws.cell(row=r, column=7).fill = fill(RAGW[q1])
                ws.cell(row=r, column=8).fill = fill(RAGW[q2])
                actions.append(act(ref, [outcome, commit], text, elead, end, status, etext))
                r += 1
        for col, wdt in zip("ABCDEFGHI", [8, 55, 30, 30, 12, 12, 10, 10, 50]):
            ws.column_dimensions[col].width = wdt
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an English unitary council's corporate plan delivery tracker reported quarterly to a policy committee (Sheffield City Council Council Plan 2024–2028, Q2 2025/26; committee system with policy committees). Copied features from published council plan performance reports: a Summary sheet with counts by outcome and a total row, one sheet per outcome with the outcome as a sheet heading, merged commitment rows above numbered deliverables, lead officer and policy committee columns, original and revised end dates, Q1 and Q2 RAG columns with text and fill, and commentary; end dates written as 'Mar 2026', 'Sept 2025', 'Q3 2025/26' and a financial year '2025/26'.",
        "reads": "A workbook tracking the council plan: after the summary sheet, three outcome sheets each list commitments (merged rows) with numbered deliverables beneath them, a lead officer, original and revised end dates and Q1 and Q2 RAGs. The latest (Q2) RAG is the status, a revised end date replaces the original, and 'Complete' is read as complete; the summary rows are counts, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Rutland – youth justice service HMI Probation improvement plan (docx)
# ---------------------------------------------------------------------------
def rutland():
    name = "zpw-rutland-youth-justice-service-hmip-inspection-improvement-plan.docx"
    title = "Rutland Youth Justice Service: HMI Probation Inspection Improvement Plan"
    S1 = "Recommendations to the Rutland Youth Justice Management Board"
    S2 = "Recommendations to the Head of Service"
    HOS = "Head of Service – Early Help and Youth Justice"
    sections = [
        (S1, [
            ("1. Make sure that board members understand the needs of the children known to the service, including their education, health and speech, language and communication needs, and use this to shape commissioning.", [
                ("1a", "Hold a board development session on the profile and needs of children open to the YJS.",
                 HOS, "November 2025", "Session booked for 18 November 2025.", "Green",
                 [HOS], "2025-11", None, "green"),
                ("1b", "Add a quarterly needs analysis (education, health, speech and language, exploitation) to the board performance report.",
                 "YJS Performance and Information Officer", "Quarterly from Jan 2026", "Data fields agreed; first report to the January 2026 board.", "Green",
                 ["YJS Performance and Information Officer"], None, "Quarterly from Jan 2026", "green"),
            ]),
            ("2. Secure speech and language therapy provision so that every child has their communication needs screened and met.", [
                ("2a", "Agree a service level agreement for 0.2 FTE speech and language therapist time in the YJS.",
                 "Director of Children's Services / ICB Designated Nurse for Children in Care", "31/03/2026",
                 "Funding not yet agreed between the council and the ICB; escalated to the October board.", "Red",
                 ["Director of Children's Services", "ICB Designated Nurse for Children in Care"], "2026-03", None, "red"),
            ]),
            ("3. Strengthen the partnership response to out-of-court disposals so that every decision is informed by a full assessment.", [
                ("3a", "Revise the Joint Decision-Making Panel terms of reference with Leicestershire Police so that an assessment is completed before every panel.",
                 "YJS Team Manager; Police Sergeant (Youth Justice)", "30/09/2025", "New terms of reference in use since 1 September 2025.", "Complete",
                 ["YJS Team Manager", "Police Sergeant (Youth Justice)"], "2025-09", None, "blue"),
                ("3b", "Audit ten out-of-court disposal decisions each quarter and report the findings to the Management Board.",
                 HOS, "March 2026", "First audit completed in October 2025.", "Green",
                 [HOS], "2026-03", None, "green"),
            ]),
        ]),
        (S2, [
            ("4. Improve the quality of assessment and planning to keep other people safe, including contingency planning.", [
                ("4a", "Deliver risk of harm and contingency planning training to all case managers.",
                 "YJS Team Manager", "31/12/2025", "Training commissioned; date confirmed for 4 December 2025.", "Green",
                 ["YJS Team Manager"], "2025-12", None, "green"),
                ("4b", "Introduce monthly management oversight audits using the HMI Probation case assessment standards.",
                 "YJS Team Manager", "Monthly", "Audits running since August 2025.", "Green",
                 ["YJS Team Manager"], None, "Monthly", "green"),
            ]),
            ("5. Make sure that victims are offered a restorative justice service and that their safety is considered in every case.", [
                ("5a", "Recruit a part-time Victim and Restorative Justice Worker.",
                 HOS, "Jan-26", "Post advertised twice; re-advertised with Leicestershire YJS as a shared post.", "Amber",
                 [HOS], "2026-01", None, "amber"),
                ("5b", "Update the victim contact procedure so that a victim safety plan is recorded in the case management system for every case with an identifiable victim.",
                 "YJS Team Manager", "End of February 2026", "", "Not started",
                 ["YJS Team Manager"], "2026-02", None, "unrated"),
            ]),
        ]),
    ]
    RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Not started": "FFFFFF"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Rutland County Council")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection of youth justice services in Rutland – fieldwork June 2025; report published 9 September 2025; "
                      "overall rating: Requires improvement")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Plan owner", HOS), ("Approved by", "Rutland Youth Justice Management Board, 21 October 2025"),
                 ("Version", "1.1"), ("Next review", "Management Board, January 2026")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The inspection made five recommendations. This plan sets out the actions the Management Board and the "
                      "service have agreed in response. Progress is reported at every board meeting.")

    cols = ["Recommendation", "Ref", "Action", "Lead", "By when", "Progress (October 2025)", "RAG"]
    actions = []
    for sec, recs in sections:
        doc.add_heading(sec, level=1)
        n = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + n, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for rec, acts in recs:
            top = t.rows[r].cells[0]
            set_cell(top, rec)
            if len(acts) > 1:
                top.merge(t.rows[r + len(acts) - 1].cells[0])
            for (ref, text, lead, when, prog, rag, elead, end, etext, status) in acts:
                cells = t.rows[r].cells
                for i, v in enumerate([ref, text, lead, when, prog, rag], start=1):
                    set_cell(cells[i], v)
                shade(cells[6], RAGFILL[rag])
                actions.append(act(ref, [sec, rec], text, elead, end, status, etext))
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Key: Complete – action delivered and evidenced; Green – on track; Amber – some delay, "
                      "mitigation in place; Red – off track, board decision needed; Not started – due to start later.")
    so = doc.add_table(rows=1, cols=2)
    so.style = "Table Grid"
    header_row(so, ["Signed", "Date"])
    cells = so.add_row().cells
    set_cell(cells[0], "Chair, Rutland Youth Justice Management Board")
    set_cell(cells[1], "21/10/2025")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a youth justice service post-inspection improvement plan following an HM Inspectorate of Probation inspection, with the inspectorate's recommendations split by who they are addressed to (management board / head of service), as in the Reading (2024), Tower Hamlets (2022) and Rotherham YOS improvement plans; here Rutland Youth Justice Service, 2025. Copied features: council name and title, inspection line, document-control table, a table per addressee section with the numbered recommendation in a vertically merged first column and lettered actions (1a, 1b) beside it, lead posts (two posts joined by '/' or ';'), 'By when' cells such as 'Quarterly from Jan 2026', 'Monthly', 'Jan-26' and 'End of February 2026', RAG words in shaded cells, a key line and a sign-off table.",
        "reads": "A Word plan answering five HMI Probation recommendations, grouped into recommendations to the Management Board and to the Head of Service; each recommendation (merged down the first column) has one or two lettered actions with a lead, a 'by when', an October 2025 progress note and a RAG word. Complete is read as complete and Not started as unrated; recurring dates (Monthly, Quarterly) have no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Warwickshire – SEND accelerated progress plan tracker with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def warwickshire():
    name = "zpw-warwickshire-local-area-send-accelerated-progress-plan-typo-month-refuse.xlsx"
    title = "Accelerated Progress Plan (APP) – progress tracker"
    W1 = "1. Timeliness and quality of EHC needs assessments and plans"
    W2 = "2. Co-production with parents and carers and the effectiveness of the Local Offer"
    W3 = "3. Waiting times for neurodevelopmental assessment"
    rows = [
        (W1, "1.1", "Recruit six additional EHC co-ordinators to the SEND Assessment Team.", "Head of SEND and Inclusion", "January 2023", "Completed",
         "All six posts filled by 9 January 2023."),
        (W1, "1.2", "Reduce the number of EHC needs assessments open for more than 20 weeks to fewer than 50.", "SEND Assessment Team Manager", "September 2023", "On track",
         "Down to 96 at the end of May 2023 (from 212 in November 2022)."),
        (W1, "1.3", "Implement the EHC plan quality assurance framework with monthly multi-agency audits.", "SEND Quality Assurance Lead", "April 2023", "Completed",
         "Framework signed off by the Partnership Board; audits running monthly since April."),
        (W2, "2.1", "Co-produce a communication charter with Warwickshire Parent Carer Voice.", "SEND Engagement Lead / Warwickshire Parent Carer Voice", "May 2023", "At risk",
         "Draft charter agreed; launch moved to July to fit the parent carer forum's conference."),
        (W2, "2.2", "Relaunch the Local Offer website with a new search function and an 'Ask SENDIAS' route.", "Local Offer Manager", "July 2023", "On track",
         "User testing completed with 40 families."),
        (W3, "3.1", "Commission additional autism assessment capacity for children and young people from an independent provider.", "Head of Children's Commissioning (ICB)", "Febuary 2023", "Completed",
         "Contract started; 120 additional assessments a quarter."),
        (W3, "3.2", "Publish waiting-time information for families on the Local Offer every month.", "Designated Clinical Officer", "Monthly", "On track",
         "Published monthly since March 2023."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "APP tracker"
    ws["A1"] = "Warwickshire Local Area SEND Partnership"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Following the Ofsted/CQC revisit of November 2022. Update for the SEND and Inclusion Partnership Board, 12 June 2023"
    write_row(ws, 5, ["Area of weakness", "Action no.", "Action", "Owner", "Due", "Status", "Progress commentary"],
              bold=True, bg="DDEBF7")
    status_fill = {"Completed": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    r = 6
    last = None
    typo_row = None
    for (area, ref, text, owner, due, status, prog) in rows:
        write_row(ws, r, [area if area != last else None, ref, text, owner, due, status, prog])
        ws.cell(row=r, column=6).fill = fill(status_fill[status])
        if "Febuary" in due:
            typo_row = r
        last = area
        r += 1
    for col, wdt in zip("ABCDEFG", [34, 9, 60, 34, 16, 12, 50]):
        ws.column_dimensions[col].width = wdt
    nt = wb.create_sheet("Notes")
    nt["A1"] = "Status key"
    nt["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate([("Completed", "Action delivered"), ("On track", "Expected to be delivered by the due date"),
                                ("At risk", "Delivery date at risk; mitigation in place"),
                                ("Off track", "Will not be delivered by the due date")], start=2):
        nt.cell(row=i, column=1, value=s).fill = fill(status_fill[s])
        nt.cell(row=i, column=2, value=m)
    nt["A7"] = "The APP was agreed with the Department for Education and NHS England in February 2023 and is reviewed every six months."
    wb.save(out(name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": "Imitates a local area SEND Accelerated Progress Plan tracker, the plan an area had to agree with the DfE and NHS England when an Ofsted/CQC revisit found insufficient progress against its written statement of action (2021–2023; cf. Central Bedfordshire's APP after its July 2022 revisit); here Warwickshire, update of June 2023. Copied features: partnership name, plan title and revisit line above the table, areas of weakness written only on the first row of each group, numbered actions, owner, a Due column written as month words, a coloured Status column (Completed/On track/At risk) and a Notes sheet with the status key.",
        "reads": "A one-sheet tracker of seven APP actions under three areas of weakness, each with an owner, a due month, a status and commentary. The due date of action 3.1 in sheet row 11 reads 'Febuary 2023', a mistyped month, so a careful reader would stop and ask what was meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, len(rows)


if __name__ == "__main__":
    for fn in (rochdale, halton, ceredigion, knowsley, sheffield, rutland, warwickshire):
        n, k = fn()
        print(f"{n}: {k} actions")
