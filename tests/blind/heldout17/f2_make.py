"""Generator for blind set heldout17, files f2-*.

Every expected value (ref, under, lead, end, end_text, status) is written by hand in the
data below, next to the text that goes into the file; nothing is derived by parsing.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, title, actions, outcome="read",
                   accept_refusal=False, refuse_at=None):
    d = {"source": source, "reads": reads, "outcome": outcome,
         "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. Audit Wales organisational response (s96 LG&E (Wales) Act 2021), docx,
#    recommendation / management response cells merged down over 2 action rows.
# ---------------------------------------------------------------------------
def f_audit_wales():
    name = "f2-audit-wales-org-response-merged-rec.docx"
    title = "Audit Wales – Digital Strategy Review: Organisational Response"
    R1 = ("The Council should set out how its digital strategy will be resourced over the medium "
          "term, including the revenue costs of new systems.")
    R2 = ("The Council should strengthen how it involves residents and service users in the design "
          "of digital services.")
    R3 = ("The Council should assess the impact of digital change on people who are digitally "
          "excluded.")
    R4 = ("The Council should put in place arrangements to measure whether its digital projects "
          "deliver the intended benefits.")
    R5 = ("The Council should review its governance arrangements so that the Digital Board has "
          "clear decision-making authority.")
    recs = [
        ("R1", R1, "Accepted. The Medium Term Financial Plan will include a digital investment line "
                   "from 2024/25.", [
            ("Produce a costed digital investment plan aligned to the Medium Term Financial Plan.",
             "31 December 2023", "Head of Finance and Digital Services", "Green",
             act("R1", [R1], "Produce a costed digital investment plan aligned to the Medium Term "
                 "Financial Plan.", ["Head of Finance and Digital Services"], "2023-12", "green")),
            ("Report the digital investment plan to Cabinet as part of the 2024/25 budget setting.",
             "February 2024", "Chief Finance Officer", "Green",
             act("R1", [R1], "Report the digital investment plan to Cabinet as part of the 2024/25 "
                 "budget setting.", ["Chief Finance Officer"], "2024-02", "green")),
        ]),
        ("R2", R2, "Accepted.", [
            ("Establish a digital citizens' panel drawn from the Council's engagement database.",
             "March 2024", "Engagement Manager / Digital Services Manager", "Amber",
             act("R2", [R2], "Establish a digital citizens' panel drawn from the Council's "
                 "engagement database.", ["Engagement Manager", "Digital Services Manager"],
                 "2024-03", "amber")),
            ("Carry out user research with at least three service areas before procuring new "
             "customer-facing systems.",
             "Sept 2023 – June 2024", "Digital Services Manager", "Amber",
             act("R2", [R2], "Carry out user research with at least three service areas before "
                 "procuring new customer-facing systems.", ["Digital Services Manager"],
                 "2024-06", "amber", end_text="Sept 2023 – June 2024")),
        ]),
        ("R3", R3, "Accepted in part. An integrated impact assessment is already required for all "
                   "changes; we will strengthen the guidance rather than introduce a separate "
                   "assessment.", [
            ("Update the Integrated Impact Assessment guidance to include a digital inclusion "
             "section.", "July 2023", "Policy and Performance Manager", "Complete",
             act("R3", [R3], "Update the Integrated Impact Assessment guidance to include a "
                 "digital inclusion section.", ["Policy and Performance Manager"], "2023-07",
                 "blue")),
            ("Deliver digital skills sessions in libraries and community hubs.", "Ongoing",
             "Libraries and Community Hubs Manager", "Green",
             act("R3", [R3], "Deliver digital skills sessions in libraries and community hubs.",
                 ["Libraries and Community Hubs Manager"], None, "green", end_text="Ongoing")),
        ]),
        ("R4", R4, "Accepted.", [
            ("Introduce a benefits realisation framework for all digital projects over £50,000, "
             "reported quarterly to the Digital Board.", "31/03/2024",
             "Programme Manager (Transformation)", "Red",
             act("R4", [R4], "Introduce a benefits realisation framework for all digital projects "
                 "over £50,000, reported quarterly to the Digital Board.",
                 ["Programme Manager (Transformation)"], "2024-03", "red")),
        ]),
        ("R5", R5, "Accepted.", [
            ("Revise the Digital Board terms of reference and report them to Cabinet for approval.",
             "October 2023", "Monitoring Officer and Head of Finance and Digital Services",
             "Complete",
             act("R5", [R5], "Revise the Digital Board terms of reference and report them to "
                 "Cabinet for approval.", ["Monitoring Officer",
                                           "Head of Finance and Digital Services"],
                 "2023-10", "blue")),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_heading(title, 0)
    doc.add_paragraph("Dyffryn Teifi County Council")
    doc.add_paragraph("Report to Governance and Audit Committee – 14 September 2023")
    doc.add_heading("1. Purpose of the report", 1)
    doc.add_paragraph(
        "1.1 Audit Wales published its review of the Council's digital strategy in June 2023. "
        "Under section 96 of the Local Government and Elections (Wales) Act 2021 the Council must "
        "prepare a response to the Auditor General's recommendations and make a draft available "
        "to this Committee.")
    doc.add_paragraph(
        "1.2 The draft response is set out in Appendix A. It shows, for each recommendation, the "
        "Council's management response, the actions planned, the completion date and the "
        "responsible officer. Progress is reported using the RAG rating explained below the table.")
    doc.add_heading("2. Recommendation", 1)
    doc.add_paragraph("2.1 That the Committee reviews the draft response and makes any "
                      "recommendations for changes.")
    doc.add_page_break()
    doc.add_heading("Appendix A – Organisational response form", 1)
    hdr = ["Ref", "Recommendation", "Management response", "Planned action",
           "Completion date", "Responsible officer (title)", "Progress (RAG)"]
    nrows = 1 + sum(len(r[3]) for r in recs)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "1F3864")
    bold_row(t.rows[0])
    expected = []
    r = 1
    for ref, rec, resp, acts in recs:
        first = r
        for (a, date, officer, rag, exp) in acts:
            row = t.rows[r].cells
            row[3].text = a
            row[4].text = date
            row[5].text = officer
            row[6].text = rag
            expected.append(exp)
            r += 1
        last = r - 1
        top = t.rows[first].cells
        top[0].text = ref
        top[1].text = rec
        top[2].text = resp
        if last > first:
            for col in (0, 1, 2):
                t.cell(first, col).merge(t.cell(last, col))
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: Red – not on track; Amber – some slippage against the "
                      "completion date; Green – on track; Complete – action finished and "
                      "evidence held.")
    doc.add_paragraph("Response approved by: Chief Executive, 5 September 2023")
    doc.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates a Welsh principal council's response to an Audit Wales local report, "
                "made under s96 Local Government and Elections (Wales) Act 2021 (duty to respond "
                "and put the draft to the governance and audit committee; legislation.gov.uk "
                "asc/2021/1/section/96) and Audit Wales's 'organisational response form' layout "
                "(Ref / Recommendation / commentary on planned actions / completion date / "
                "responsible officer (title)). Copied: committee covering report with numbered "
                "paragraphs, appendix table with a Management response column, the recommendation "
                "and response cells merged down over two action rows, RAG words and a key "
                "paragraph below the table."),
        reads=("A committee report on a fictional Welsh council's response to an Audit Wales "
               "digital strategy review. Appendix A is one table of five recommendations (R1-R5); "
               "R1, R2 and R3 each have two planned actions whose Ref, Recommendation and "
               "Management response cells are merged down, so both actions carry that "
               "recommendation's ref. Progress is Red/Amber/Green/Complete per the key."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. HIW improvement plan, docx, numbered headings, one table per heading,
#    bullet-point service actions inside one cell, no refs, no status.
# ---------------------------------------------------------------------------
def f_hiw():
    name = "f2-hiw-ward-improvement-plan-bullets-in-cell.docx"
    title = "Appendix C – Improvement plan"
    H1 = "1. Quality of the patient experience"
    H2 = "2. Delivery of safe and effective care"
    H3 = "3. Quality of management and leadership"
    sections = [
        (H1, [
            ("The health board must ensure that patients' dignity is maintained when curtains are "
             "drawn around bed spaces.", "4.1 Dignified Care",
             ["Dignity clips have been purchased for all bed curtains on the ward.",
              "Compliance will be checked as part of the monthly ward manager audit."],
             "Ward Manager", "30 April 2019", ["Ward Manager"], "2019-04", None),
            ("The health board must ensure that information about how to raise a concern (Putting "
             "Things Right) is displayed on the ward.", "6.3 Listening and Learning from Feedback",
             ["Putting Things Right posters and leaflets are now displayed at the ward entrance "
              "and in the day room."],
             "Ward Manager", "April 2019", ["Ward Manager"], "2019-04", None),
        ]),
        (H2, [
            ("The health board must ensure that the resuscitation trolley is checked daily and "
             "that checks are recorded.", "2.9 Medical Devices, Equipment and Diagnostic Systems",
             ["A daily checking rota has been introduced and is displayed at the nurses' station.",
              "The Senior Nurse will spot check the records weekly for three months, then "
              "monthly.",
              "Findings will be reported to the Directorate Quality and Safety meeting."],
             "Ward Manager / Senior Nurse", "Immediate and ongoing",
             ["Ward Manager", "Senior Nurse"], None, "Immediate and ongoing"),
            ("The health board must ensure that medication fridge temperatures are recorded daily "
             "and that action is taken when they are outside the safe range.",
             "2.6 Medicines Management",
             ["The fridge temperature log has been replaced with a form that prompts staff on the "
              "action to take.",
              "The ward pharmacist will audit the records monthly."],
             "Ward Manager and Ward Pharmacist", "31/05/2019",
             ["Ward Manager", "Ward Pharmacist"], "2019-05", None),
            ("The health board must ensure that falls risk assessments are reviewed in line with "
             "its policy.", "2.3 Falls Prevention",
             ["Falls risk assessments added to the weekly documentation audit.",
              "Falls prevention training arranged for all registered nurses and healthcare "
              "support workers."],
             "Falls Lead Nurse", "End of June 2019", ["Falls Lead Nurse"], "2019-06", None),
        ]),
        (H3, [
            ("The health board must ensure that staff compliance with mandatory training "
             "improves, in particular for safeguarding and fire safety.",
             "7.1 Workforce",
             ["Training compliance is reviewed at each monthly staff meeting.",
              "Protected time is allocated on the off-duty rota for e-learning."],
             "Head of Nursing, Medicine Directorate", "September 2019",
             ["Head of Nursing, Medicine Directorate"], "2019-09", None),
            ("The health board must ensure that all staff receive an annual appraisal (PADR).",
             "7.1 Workforce",
             ["An appraisal schedule has been agreed for all ward staff for 2019/20."],
             "Ward Manager", "Q3 2019/20", ["Ward Manager"], "2019-12", None),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hospital: Ysbyty Glan Hafren")
    doc.add_paragraph("Ward/department: Ward 7 (Care of the Elderly)")
    doc.add_paragraph("Date of inspection: 12 and 13 March 2019")
    doc.add_heading(title, 1)
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where "
        "we require the service to complete an improvement plan telling us about the actions "
        "they are taking to address these areas.")
    expected = []
    for heading, rows in sections:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Improvement needed", "Standard", "Service action",
                               "Responsible officer", "Timescale"]):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "D9D9D9")
        bold_row(t.rows[0])
        for (imp, std, bullets, officer, timescale, lead, end, end_text) in rows:
            c = t.add_row().cells
            c[0].text = imp
            c[1].text = std
            p = c[2].paragraphs[0]
            p.text = bullets[0]
            p.style = doc.styles["List Bullet"]
            for b in bullets[1:]:
                c[2].add_paragraph(b, style="List Bullet")
            c[3].text = officer
            c[4].text = timescale
            expected.append(act(None, [heading, imp], "\n".join(bullets), lead, end,
                                "unrated", end_text=end_text))
        doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "health board with overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print)", "Gwen Pritchard"),
                                ("Job role", "Director of Nursing, Medicine"),
                                ("Date", "24 April 2019")]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
    doc.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates the Healthcare Inspectorate Wales improvement plan appendix attached to "
                "HIW NHS hospital inspection reports (e.g. HIW follow-up inspection, Wrexham Maelor "
                "Hospital Emergency Department, published 7 November 2019: report themes 'Quality "
                "of patient experience', 'Delivery of safe and effective care', 'Quality of "
                "management and leadership'). Copied: columns Improvement needed / Standard / "
                "Service action / Responsible officer / Timescale, the three HIW themes as "
                "headings, several bullet-point service actions in one cell, no refs and no "
                "status, and the 'service representative' sign-off block at the end."),
        reads=("A fictional health board's improvement plan after an HIW ward inspection in March "
               "2019: three numbered theme headings, each followed by its own table of "
               "improvements needed. Each row is one improvement with its service action written "
               "as one to three bullet points in a single cell, one responsible officer entry and "
               "one timescale; there is no RAG or status column. The closing two-column table is "
               "a sign-off block, not part of the plan."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. HMPPS response to HM Inspectorate of Probation PDU inspection, docx:
#    categorisation table first, recommendation text only on first action row,
#    separate action number column, RAG letters with B = complete.
# ---------------------------------------------------------------------------
def f_probation():
    name = "f2-hmip-probation-pdu-agreed-column-rag-letters.docx"
    title = ("Action Plan: North Tamar Probation Delivery Unit – A Response to the HM Inspectorate "
             "of Probation Inspection Report")
    REC1 = ("Improve the quality of risk of serious harm assessments, so that they draw on all "
            "available information, including domestic abuse and safeguarding enquiries.")
    REC2 = ("Ensure that there are enough qualified probation officers to manage the caseload "
            "safely.")
    REC3 = ("Improve the delivery of accredited programmes and structured interventions, so that "
            "people on probation start them promptly.")
    REC4 = ("Strengthen partnership work with the local authority's children's services so that "
            "information about child safeguarding is shared promptly.")
    recs = [
        ("1", REC1, "Agreed", [
            ("1.1", "Deliver risk of serious harm refresher workshops to all practitioners, "
                    "prioritising PQiPs and newly qualified officers.",
             "Senior Probation Officers", "30/11/2022", "B",
             ["Senior Probation Officers"], "2022-11", None, "blue"),
            ("1.2", "Introduce a monthly quality assurance sample of five RoSH assessments per "
                    "team, reviewed by the SPO.",
             "Head of PDU", "Dec 2022", "G", ["Head of PDU"], "2022-12", None, "green"),
            ("1.3", "Ensure domestic abuse and safeguarding enquiries are requested and recorded "
                    "at court for all relevant cases.",
             "Court Team Manager", "Jan 2023", "A", ["Court Team Manager"], "2023-01", None,
             "amber"),
        ]),
        ("2", REC2, "Partly agreed", [
            ("2.1", "Submit a PDU workforce plan to the Regional Probation Director setting out "
                    "vacancy and caseload pressures.",
             "Head of PDU", "October 2022", "B", ["Head of PDU"], "2022-10", None, "blue"),
            ("2.2", "Agree a caseload weighting protocol with trade union representatives.",
             "Head of PDU & Deputy Head of PDU", "March 2023", "A",
             ["Head of PDU", "Deputy Head of PDU"], "2023-03", None, "amber"),
        ]),
        ("3", REC3, "Agreed", [
            ("3.1", "Review the waiting list for Building Better Relationships and agree a plan "
                    "to reduce it.",
             "Interventions Manager", "Q3 2022/23", "R", ["Interventions Manager"], "2022-12",
             None, "red"),
            ("3.2", "Train two additional facilitators for the Thinking Skills Programme.",
             "Interventions Manager", "31 March 2023", "G", ["Interventions Manager"], "2023-03",
             None, "green"),
        ]),
        ("4", REC4, "Agreed", [
            ("4.1", "Agree an information-sharing protocol with the Multi-Agency Safeguarding "
                    "Hub.",
             "Deputy Head of PDU", "January 2023", "G", ["Deputy Head of PDU"], "2023-01", None,
             "green"),
            ("4.2", "Place a probation officer in the MASH for two days each week.",
             "Deputy Head of PDU", "TBC", "A", ["Deputy Head of PDU"], None, "TBC", "amber"),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.add_heading(title, 0)
    doc.add_paragraph("Inspection report published: 9 August 2022")
    doc.add_paragraph("Action plan submitted: 20 September 2022")
    doc.add_paragraph(
        "HM Inspectorate of Probation is the independent inspectorate of probation and youth "
        "justice services in England and Wales. In response to the report, the PDU is required "
        "to draft an action plan to address the recommendations. The plan confirms whether each "
        "recommendation is agreed, partly agreed or not agreed, using the categories below. "
        "Where a recommendation is agreed or partly agreed, the plan sets out the specific "
        "actions, the owner and the target date for each.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([
            ("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the recommendation is agreed with, can be achieved and is "
                       "affordable.", "The response should explain how the recommendation will "
                                      "be achieved, with timescales."),
            ("Partly agreed", "Only part of the recommendation is agreed with, is achievable, "
                              "affordable and will be implemented.",
             "The response must state which part will be implemented."),
            ("Not agreed", "The recommendation is not agreed and will not be implemented.",
             "The response must explain why.")]):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    bold_row(t.rows[0])
    doc.add_paragraph("")
    doc.add_heading("Recommendations and actions", 1)
    hdr = ["Rec", "Recommendation", "Agreed / Partly agreed / Not agreed", "No.", "Action",
           "Action owner", "Target date", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "BFBFBF")
    bold_row(t.rows[0])
    expected = []
    for rno, rec, agreed, acts in recs:
        for k, (no, a, owner, date, rag, lead, end, end_text, status) in enumerate(acts):
            c = t.add_row().cells
            if k == 0:
                c[0].text = rno
                c[1].text = rec
                c[2].text = agreed
            c[3].text = no
            c[4].text = a
            c[5].text = owner
            c[6].text = date
            c[7].text = rag
            expected.append(act(no, [rec], a, lead, end, status, end_text=end_text))
    doc.add_paragraph("")
    doc.add_paragraph("RAG: B = complete; G = on track; A = at risk of missing the target date; "
                      "R = off track.")
    doc.add_heading("Sign-off", 2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, v in enumerate(["Role", "Name", "Date"]):
        t.rows[0].cells[j].text = v
    for j, v in enumerate(["Head of PDU", "M. Okafor", "20/09/2022"]):
        t.rows[1].cells[j].text = v
    doc.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates the HMPPS template 'Action Plan: [name of CRC or NPS Division] – A "
                "Response to the HMI Probation Inspection Report' (docsbay.net/action-plan-name-"
                "of-crc-or-nps-division), with its Term / Definition / Additional comment table "
                "for Agreed, Partly agreed and Not agreed, and actions with owner and timescale. "
                "Copied: the categorisation table before the plan, an Agreed/Partly agreed column, "
                "recommendation text written only on the first of its action rows, a separate "
                "action number column, RAG letters with B for complete, and a sign-off table."),
        reads=("A fictional probation delivery unit's response to an HM Inspectorate of Probation "
               "inspection (2022). After a definitions table, one table lists four "
               "recommendations with nine numbered actions (1.1-4.2); the recommendation text "
               "appears only on each recommendation's first row and the rows below belong to it. "
               "RAG letters follow the key under the table (B complete, G, A, R)."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 4. HMICS (Scotland) local policing inspection tracker, xlsx: Status drop-down
#    with words defined by an on-sheet key, fills, separate Date Completed.
# ---------------------------------------------------------------------------
def f_hmics():
    name = "f2-hmics-police-tracker-status-dropdown-date-completed.xlsx"
    title = "HMICS Inspection of Local Policing in North East Division – Improvement Plan"
    R1 = ("Police Scotland should ensure that North East Division has a clear plan for reducing "
          "the backlog of outstanding enquiries.")
    R2 = ("Police Scotland should review the resourcing of response policing in rural areas to "
          "ensure that attendance times are consistent across the division.")
    R3 = ("Police Scotland should ensure that all officers in North East Division complete "
          "domestic abuse training.")
    R4 = ("Police Scotland should improve the recording and supervision of vulnerable person "
          "reports on the Interim Vulnerable Persons Database (iVPD).")
    R5 = ("Police Scotland should ensure that the division's community engagement reflects the "
          "priorities in its local police plans.")
    D = dt.date
    recs = [
        ("1", R1, [
            ("1a", "Review outstanding enquiries daily at the divisional tasking meeting.",
             "Ch Insp Operations", D(2024, 3, 31), "Complete", D(2024, 2, 20),
             "Standing agenda item since February.", ["Ch Insp Operations"], "2024-03", "blue"),
            ("1b", "Introduce a weekly performance report on enquiry backlogs by local area "
                   "command.", "Divisional Analyst", D(2024, 4, 30), "Complete", D(2024, 5, 14),
             "First report issued 14/05/2024.", ["Divisional Analyst"], "2024-04", "blue"),
        ]),
        ("2", R2, [
            ("2a", "Complete a demand and resource analysis for rural response teams.",
             "Supt Jane Kerr", D(2024, 6, 30), "On track", None,
             "Data gathering complete; analysis under way.", ["Supt Jane Kerr"], "2024-06",
             "green"),
            ("2b", "Consult local authority partners and community councils on attendance "
                   "priorities.", "Area Commanders", D(2024, 9, 30), "At risk", None,
             "Two of five community council meetings held.", ["Area Commanders"], "2024-09",
             "amber"),
        ]),
        ("3", R3, [
            ("3a", "Identify officers who have not completed DA Matters training and book them "
                   "onto courses.", "Training Coordinator", D(2024, 5, 31), "Complete",
             D(2024, 5, 28), "", ["Training Coordinator"], "2024-05", "blue"),
            ("3b", "Report training compliance to the Divisional Senior Leadership Team each "
                   "month until all officers are trained.",
             "Ch Insp Partnerships / Training Coordinator", D(2024, 12, 31), "On track", None,
             "Compliance 87% at June SLT.", ["Ch Insp Partnerships", "Training Coordinator"],
             "2024-12", "green"),
        ]),
        ("4", R4, [
            ("4a", "Introduce supervisor checks of iVPD entries within 24 hours of submission.",
             "Response Inspectors", D(2024, 4, 30), "Off track", None,
             "Checks not yet consistent across shifts; escalated to SLT.",
             ["Response Inspectors"], "2024-04", "red"),
            ("4b", "Carry out a dip sample audit of 100 iVPD records and report the findings.",
             "Risk and Concern Hub Manager", D(2024, 8, 31), "Not started", None, "",
             ["Risk and Concern Hub Manager"], "2024-08", "unrated"),
        ]),
        ("5", R5, [
            ("5a", "Publish quarterly ward-level engagement reports on the Police Scotland "
                   "website.", "Area Commanders", D(2024, 10, 31), "On track", None, "",
             ["Area Commanders"], "2024-10", "green"),
        ]),
    ]
    fills = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000",
             "Off track": "FF0000", "Not started": "FFFFFF"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 3 – updated 15/07/2024 – owner: Divisional Commander"
    hdr = ["Rec No.", "HMICS Recommendation", "Action Ref", "Action", "Action Owner",
           "Target Date", "Status", "Date Completed", "Update / Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    dv = DataValidation(type="list",
                        formula1='"Not started,On track,At risk,Off track,Complete"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    expected = []
    r = 5
    for rno, rec, acts in recs:
        first = r
        for (aref, a, owner, target, status, done, upd, lead, end, st) in acts:
            ws.cell(row=r, column=3, value=aref)
            ws.cell(row=r, column=4, value=a)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=target)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=status)
            c.fill = PatternFill("solid", fgColor=fills[status])
            dv.add(c)
            c = ws.cell(row=r, column=8, value=done)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9, value=upd or None)
            expected.append(act(aref, [rec], a, lead, end, st))
            r += 1
        ws.cell(row=first, column=1, value=rno)
        ws.cell(row=first, column=2, value=rec)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=5, max_row=r - 1):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    # status key to the right of the table
    ws["K4"] = "Status key"
    ws["K4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Not started", "Action not yet begun"),
                                ("On track", "Green – progressing to target date"),
                                ("At risk", "Amber – target date may be missed"),
                                ("Off track", "Red – target date missed or will be missed"),
                                ("Complete", "Blue – action complete, evidence held")]):
        ws.cell(row=5 + i, column=11, value=k).fill = PatternFill("solid", fgColor=fills[k])
        ws.cell(row=5 + i, column=12, value=v)
    ws.cell(row=r + 1, column=1, value="Actions complete: 3 of 9")
    widths = {"A": 8, "B": 45, "C": 10, "D": 50, "E": 26, "F": 13, "G": 13, "H": 15, "I": 40,
              "K": 14, "L": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:I{r - 1}"
    wb.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates a Police Scotland divisional improvement plan tracking HM Inspectorate "
                "of Constabulary in Scotland (HMICS) local policing inspection recommendations "
                "('Police Scotland should ...'), kept in Excel as divisions do for HMICS "
                "follow-up. Copied: title and version rows above a frozen, filtered header, "
                "recommendation number and text merged down over their lettered actions, a Status "
                "column with a drop-down list (Not started / On track / At risk / Off track / "
                "Complete) coloured by a status key beside the table, and a separate Date "
                "Completed column."),
        reads=("A fictional police division's tracker of five HMICS recommendations with nine "
               "lettered actions (1a-5a). Each action has an owner, a target date, a Status "
               "chosen from a drop-down whose meaning the key to the right gives (On track = "
               "green, At risk = amber, Off track = red, Complete = blue), and, for completed "
               "ones, a separate Date Completed that is not the target date. The line under the "
               "table is a count, not an action."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Accounts Commission Best Value Assurance Report improvement plan (Scotland),
#    xlsx: grouped (outline) action rows under bold recommendation rows,
#    financial-year quarters, 'Surname, Forename' leads.
# ---------------------------------------------------------------------------
def f_bvar():
    name = "f2-bvar-outline-groups-quarters-surname-leads.xlsx"
    title = "Ardmuir Council – Best Value Assurance Report (2023): Improvement Plan"
    H = [
        "Recommendation 1: The council should agree a medium-term financial strategy that sets "
        "out how the projected budget gap will be closed.",
        "Recommendation 2: The council should strengthen its approach to performance management "
        "so that elected members receive clear information on outcomes.",
        "Recommendation 3: The council should work with its community planning partners to set "
        "out clear actions for reducing child poverty.",
        "Recommendation 4: The council should ensure that its transformation programme has the "
        "capacity to deliver the changes needed.",
    ]
    rows = [
        (H[0], [
            ("1.1", "Refresh the Medium Term Financial Strategy to cover 2024/25 to 2028/29.",
             "Morrison, Fiona", "Q4 2023/24", "Complete", ["Morrison, Fiona"], "2024-03", None,
             "blue"),
            ("1.2", "Develop savings proposals covering the full budget gap for members' "
                    "consideration.", "Morrison, Fiona", "Q3 2024/25", "Amber",
             ["Morrison, Fiona"], "2024-12", None, "amber"),
        ]),
        (H[1], [
            ("2.1", "Review the Performance Management Framework and agree a smaller set of "
                    "outcome measures.", "Grant, Alasdair", "Q1 2024/25", "Green",
             ["Grant, Alasdair"], "2024-06", None, "green"),
            ("2.2", "Introduce a six-monthly performance report to each service committee.",
             "Grant, Alasdair / Reid, Kirsty", "Q2 2024/25", "Green",
             ["Grant, Alasdair", "Reid, Kirsty"], "2024-09", None, "green"),
        ]),
        (H[2], [
            ("3.1", "Publish a joint Local Child Poverty Action Report with the health board.",
             "McLeod, Donald", "June 2024", "Red", ["McLeod, Donald"], "2024-06", None, "red"),
            ("3.2", "Map income maximisation services across partners and close gaps in rural "
                    "areas.", "McLeod, Donald", "Q4 2024/25", "Not started", ["McLeod, Donald"],
             "2025-03", None, "unrated"),
        ]),
        (H[3], [
            ("4.1", "Appoint a Programme Management Office lead.", "Chief Executive",
             "Q4 2023/24", "Complete", ["Chief Executive"], "2024-03", None, "blue"),
            ("4.2", "Report transformation progress to full council twice a year.",
             "Chief Executive", "Ongoing", "Green", ["Chief Executive"], None, "Ongoing",
             "green"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "BVAR Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Presented to Audit and Scrutiny Committee, 21 November 2023 (updated May 2024)"
    for i, h in enumerate(["Ref", "Recommendation / Action", "Lead Officer", "Due", "Status"],
                          1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    grey = PatternFill("solid", fgColor="D9D9D9")
    r = 5
    expected = []
    for head, acts in rows:
        ws.cell(row=r, column=2, value=head).font = Font(bold=True)
        for col in range(1, 6):
            ws.cell(row=r, column=col).fill = grey
        r += 1
        for (ref, a, lead_txt, due, status, lead, end, end_text, st) in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=a)
            ws.cell(row=r, column=3, value=lead_txt)
            ws.cell(row=r, column=4, value=due)
            ws.cell(row=r, column=5, value=status)
            ws.row_dimensions[r].outline_level = 1
            expected.append(act(ref, [head], a, lead, end, st, end_text=end_text))
            r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    for row in ws.iter_rows(min_row=5, max_row=r - 1):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for k, v in {"A": 7, "B": 70, "C": 30, "D": 13, "E": 13}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Notes")
    ws2["A1"] = "Notes"
    ws2["A1"].font = Font(bold=True)
    notes = [("Due", "Quarters are financial-year quarters (Q1 = April to June)."),
             ("Status", "Red / Amber / Green against the due date; Complete when evidence is "
                        "held; Not started where work has not begun."),
             ("BVAR", "Best Value Assurance Report, published by the Accounts Commission"),
             ("LCPAR", "Local Child Poverty Action Report")]
    for i, (k, v) in enumerate(notes, 3):
        ws2.cell(row=i, column=1, value=k)
        ws2.cell(row=i, column=2, value=v)
    ws2.column_dimensions["B"].width = 90
    wb.save(os.path.join(OUT, name))
    write_expected(
        name,
        source=("Imitates a Scottish council's improvement plan responding to an Accounts "
                "Commission / Audit Scotland Best Value Assurance Report, as reported to an audit "
                "and scrutiny committee. Copied: bold grey recommendation rows written as "
                "'Recommendation N: The council should ...' with numbered actions grouped under "
                "them (Excel outline level 1), due dates as financial-year quarters, lead officers "
                "written 'Surname, Forename' as council staff lists give them, and a Notes sheet "
                "explaining the quarters and status words."),
        reads=("A fictional Scottish council's BVAR improvement plan: four recommendation rows, "
               "each followed by two numbered actions (1.1-4.2) with a lead officer in "
               "'Surname, Forename' form (one joint lead 'Grant, Alasdair / Reid, Kirsty'), a due "
               "quarter or month, and a status word. The Notes sheet is a glossary, not plan."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 6. Education Scotland CLD progress visit action plan, tab-separated text export.
# ---------------------------------------------------------------------------
def f_cld_txt():
    name = "f2-edscot-cld-progress-visit-tabs.txt"
    title = ("Inverbrae CLD Partnership – Action Plan in response to HM Inspectors' Progress "
             "Visit (March 2024)")
    A1 = ("Area for development 1: Community organisations should be more fully involved in CLD "
          "planning and decision-making.")
    A2 = ("Area for development 2: Volunteers, adult learners and young people should have a "
          "stronger role in strategic decisions.")
    A3 = ("Area for development 3: Partners should improve how they gather and use data to show "
          "the impact of CLD.")
    lines = [title,
             "Exported from the CLD Partnership SharePoint site, 02/09/2024",
             "",
             "Ref\tAction\tLead partner\tBy when\tRAG"]
    expected = []
    blocks = [
        (A1, [
            ("1.1", "Hold two CLD Plan engagement events for community organisations in each "
                    "locality.", "CLD Manager", "June 2024", "Complete",
             ["CLD Manager"], "2024-06", None, "blue"),
            ("1.2", "Add two community organisation representatives to the CLD Strategic "
                    "Partnership.", "CLD Manager & Third Sector Interface Chief Officer",
             "Sept 2024", "G", ["CLD Manager", "Third Sector Interface Chief Officer"],
             "2024-09", None, "green"),
            ("1.3", "Publish a plain-English summary of the CLD Plan and of progress each year.",
             "Communications Officer", "Ongoing", "G", ["Communications Officer"], None,
             "Ongoing", "green"),
        ]),
        (A2, [
            ("2.1", "Establish a learner voice forum with places for adult learners and young "
                    "people.", "Adult Learning Coordinator; Youth Work Coordinator", "Dec 2024",
             "A", ["Adult Learning Coordinator", "Youth Work Coordinator"], "2024-12", None,
             "amber"),
            ("2.2", "Offer governance training to volunteers joining the Strategic Partnership.",
             "Volunteer Centre Manager", "March 2025", "A", ["Volunteer Centre Manager"],
             "2025-03", None, "amber"),
            ("2.3", "Involve young people in the review of the Youth Work Strategy.",
             "Youth Work Coordinator", "by 31 January 2025", "R", ["Youth Work Coordinator"],
             "2025-01", None, "red"),
        ]),
        (A3, [
            ("3.1", "Agree a shared set of outcome measures for the CLD Plan 2024-27.",
             "CLD Manager", "End of September 2024", "G", ["CLD Manager"], "2024-09", None,
             "green"),
            ("3.2", "Introduce a shared learner tracking spreadsheet across adult learning "
                    "providers.", "Adult Learning Coordinator", "TBC", "",
             ["Adult Learning Coordinator"], None, "TBC", "unrated"),
        ]),
    ]
    for head, acts in blocks:
        lines.append(head)
        for (ref, a, lead_txt, when, rag, lead, end, end_text, st) in acts:
            lines.append("\t".join([ref, a, lead_txt, when, rag]))
            expected.append(act(ref, [head], a, lead, end, st, end_text=end_text))
        lines.append("")
    lines.append("RAG key: G = on track, A = some slippage, R = significant delay, "
                 "Complete = action completed")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(
        name,
        source=("Imitates a Scottish CLD partnership's action plan after an Education Scotland "
                "HM Inspectors' CLD progress visit (progress visits from September 2023; areas "
                "for development such as community organisations not fully engaged in CLD "
                "planning and the strategic role of volunteers, adult learners and young people, "
                "as in Shetland's 2024 report), exported from SharePoint as tab-separated text. "
                "Copied: areas for development as lines without tabs between rows of a single "
                "header, numbered actions, lead partners joined with '&' and ';', mixed 'By "
                "when' wording, RAG letters with 'Complete', and a key line at the end."),
        reads=("A tab-separated export of a fictional CLD partnership plan: one header line, then "
               "three 'Area for development' lines each followed by two or three numbered "
               "actions (eight in all) with lead partner, a by-when and a RAG letter or "
               "'Complete'; action 3.2 has no RAG. The last line is the RAG key."),
        title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Welsh council performance-system CSV export of a CIW performance evaluation
#    inspection plan with codes and target quarters; one quarter is 'Q5' -> refuse.
# ---------------------------------------------------------------------------
def f_ciw_csv():
    name = "f2-ciw-pei-perf-system-codes-q5-refuse.csv"
    P1 = ("CIW-PEI-01", "Area for improvement: Consistency of decision-making at the Information, "
                        "Advice and Assistance (IAA) service")
    P2 = ("CIW-PEI-02", "Area for improvement: Quality of care and support plans")
    P3 = ("CIW-PEI-03", "Area for improvement: Workforce stability")
    header = ["Action Code", "Action Title", "Parent Code", "Parent Description", "Assigned To",
              "Target Quarter", "Status", "% Complete", "Last Updated"]
    data = [
        ("CIW-PEI-01.01", "Review the front door threshold document with partner agencies.", P1,
         "Jones, Rhian", "Q1 2024/25", "Complete", "100", "03/07/2024"),
        ("CIW-PEI-01.02", "Audit 20 IAA contacts each month and report findings to the Quality "
                          "Assurance Panel.", P1, "Jones, Rhian", "Q2 2024/25", "On track", "60",
         "03/07/2024"),
        ("CIW-PEI-01.03", "Provide threshold training for IAA staff and partner agencies.", P1,
         "Evans, Carys", "Q3 2024/25", "On track", "40", "28/06/2024"),
        ("CIW-PEI-02.01", "Update the care and support plan template so that plans are "
                          "outcome-focused.", P2, "Price, Owain", "Q2 2024/25", "Complete",
         "100", "01/07/2024"),
        ("CIW-PEI-02.02", "Deliver practice workshops on writing outcome-focused plans with "
                          "children and families.", P2, "Price, Owain", "Q3 2024/25", "At risk",
         "30", "01/07/2024"),
        # line 7 of the file: no fifth quarter exists
        ("CIW-PEI-02.03", "Include children's views in every care and support plan review.", P2,
         "Price, Owain", "Q5 2024/25", "On track", "20", "01/07/2024"),
        ("CIW-PEI-03.01", "Recruit to vacant social worker posts in the Disabled Children's "
                          "Team.", P3, "Morgan, Siân", "Q4 2024/25", "At risk", "50",
         "02/07/2024"),
        ("CIW-PEI-03.02", "Launch a 'grow your own' social work trainee scheme.", P3,
         "Morgan, Siân", "Q1 2025/26", "Not started", "0", "02/07/2024"),
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for code, title_, (pc, pd), who, q, st, pct, upd in data:
            w.writerow([code, title_, pc, pd, who, q, st, pct, upd])
    write_expected(
        name,
        source=("Imitates a Welsh council's performance management system export (quarterly "
                "action tracking with action codes under parent codes, as Welsh councils use for "
                "plans answering Care Inspectorate Wales performance evaluation inspections of "
                "children's services). Copied: hierarchical codes, parent description repeated "
                "on each row, 'Surname, Forename' assignees, target as a financial-year quarter, "
                "status words and % complete, UTF-8 with BOM as Excel saves it."),
        reads=("A CSV export of eight coded actions under three CIW areas for improvement, each "
               "with an assignee, a target quarter and a status. On line 7 (action "
               "CIW-PEI-02.03) the target is 'Q5 2024/25': a financial year has no fifth "
               "quarter, and it could be a slip for Q3 or Q4 or mean Q1 2025/26, so a careful "
               "person would ask before reading the plan."),
        title=None, actions=None, outcome="refuse", refuse_at=7)


if __name__ == "__main__":
    f_audit_wales()
    f_hiw()
    f_probation()
    f_hmics()
    f_bvar()
    f_cld_txt()
    f_ciw_csv()
    print("done")
