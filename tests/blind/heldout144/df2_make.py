"""Generator for the df2- blind cases (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python df2_make.py (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY = "D9D9D9"


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------- 1 Coventry SAB SAR (docx)
def coventry_sab():
    d = Document()
    d.add_heading("Coventry Safeguarding Adults Board", level=1)
    d.add_heading("Safeguarding Adults Review ‘Adult W’ – Multi-agency Action Plan", level=2)
    d.add_paragraph(
        "This action plan has been developed by the SAR Sub-Group in response to the "
        "recommendations of the independent reviewer. Partner agencies are asked to provide "
        "updates ahead of each Sub-Group meeting. Progress is reported to the Board quarterly."
    )
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "v0.6"),
        ("Date of last update", "14 November 2024"),
        ("Owner", "SAR Sub-Group (Chair: Head of Safeguarding, Adult Services)"),
        ("Reported to", "Coventry Safeguarding Adults Board – December 2024"),
    ]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        shade(t.cell(i, 0), GREY)
    d.add_paragraph("")

    hdr = ["No.", "Recommendation", "Action", "Lead Agency / Officer", "Target Date",
           "Progress Update", "RAG"]
    recs = [
        ("Recommendation 1: The Board should seek assurance that the multi-agency self-neglect "
         "and hoarding guidance is understood and applied by front-line practitioners.", [
            ("1.1", "Re-launch the self-neglect and hoarding guidance through a 7-minute briefing "
                    "and practitioner webinar.",
             "Head of Adult Social Care Practice", "31/03/2024",
             "Webinar held 12 March 2024 (96 attendees). Briefing published on the SAB website.",
             "Complete", BLUE),
            ("1.2", "Undertake a multi-agency audit of self-neglect cases to test application of "
                    "the guidance.",
             "SAB Business Manager", "June 2024",
             "Audit of 12 cases completed; findings to Quality Assurance Sub-Group in July.",
             "G", GREEN),
        ]),
        ("Recommendation 2: Partners should ensure that mental capacity assessments are "
         "completed and recorded where there are concerns about executive functioning.", [
            ("2.1", "Deliver targeted MCA training on executive capacity to ward and community "
                    "nursing staff.",
             "UHCW Head of Safeguarding / CWPT Head of Safeguarding", "Sept 2024",
             "Training delivered at UHCW; CWPT sessions delayed by staffing and rescheduled.",
             "A", AMBER),
            ("2.2", "Include executive functioning in the MCA audit tool used by all partners.",
             "JB, KM", "Ongoing",
             "Draft audit tool shared with partners for comment; on track for sign-off.",
             "On track", GREEN),
        ]),
        ("Recommendation 3: The Board should seek assurance that fire risk is identified and "
         "referrals made for adults who self-neglect.", [
            ("3.1", "Embed the West Midlands Fire Service Safe and Well referral pathway in adult "
                    "social care and community health assessments.",
             "West Midlands Fire Service Prevention Manager", "Q3 2024/25",
             "Pathway not yet embedded in the community health record; escalated to the "
             "Sub-Group.",
             "R", RED),
            ("3.2", "Produce a fire safety leaflet for families and carers.",
             "Coventry & Warwickshire ICB Designated Professional for Safeguarding Adults",
             "30/09/2024", "", "Not started", None),
        ]),
        ("Recommendation 4: The Board should evaluate the impact of this review’s learning.", [
            ("4.1", "Report on the impact of the learning to the Board, including practitioner "
                    "feedback and audit findings.",
             "SAB Business Manager", "March 2025",
             "Practitioner survey issued October 2024.",
             "G", GREEN),
        ]),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], GREY)
    bold_row(t.rows[0])
    for rec, acts in recs:
        first = None
        for (no, act, lead, tgt, prog, rag, fill) in acts:
            row = t.add_row()
            vals = [no, rec if first is None else "", act, lead, tgt, prog, rag]
            for i, v in enumerate(vals):
                row.cells[i].text = v
            if fill:
                shade(row.cells[6], fill)
            if first is None:
                first = row.cells[1]
            last = row.cells[1]
        if first is not last:
            merged = first.merge(last)
            # drop the empty paragraph python-docx leaves from the merged cells
            for p in merged.paragraphs[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
    d.add_paragraph("")
    d.add_paragraph("RAG key: Red – not on track / overdue; Amber – some slippage; "
                    "Green – on track; Blue – complete.")
    d.save(os.path.join(HERE, "df2-coventry-sab-sar-adult-w-action-plan.docx"))


# ---------------------------------------------------------------- 2 West Sussex SCP CSPR (docx)
def west_sussex_scp():
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("West Sussex Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("Local Child Safeguarding Practice Review – Child Y: Multi-Agency Action Plan")
    r.bold = True
    r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(
        "The review was commissioned by the Safeguarding Partners following a serious incident "
        "notification in 2023. This plan sets out how partner agencies will respond to the five "
        "findings of the review. Status as at 31 October 2024.")

    hdr = ["Ref", "Action", "Lead (agency / officer)", "Timescale",
           "Update / evidence of impact", "Status"]
    findings = [
        ("Finding 1: Professionals did not recognise the cumulative impact of neglect on a "
         "pre-school child.", [
            ("1a", "Roll out the Graded Care Profile 2 to all health visiting and early years "
                   "teams, with a training trajectory reported to the Partnership.",
             "Head of Early Help; Head of Children's Social Care", "March 2025",
             "64% of health visitors trained; early years roll-out starts in January.", "Green"),
            ("1b", "Publish a neglect practice briefing using the learning from this review.",
             "WSSCP Business Manager", "w/c 14/10/24",
             "Briefing published and circulated to all partner agencies.", "Complete"),
        ]),
        ("Finding 2: Information about the father's history was held by agencies but not "
         "brought together.", [
            ("2a", "Review how information about men in the household is requested and recorded "
                   "at the MASH.",
             "MASH Service Manager", "December 2024",
             "Task and finish group has met twice; recording template in draft.", "Amber"),
            ("2b", "Ensure midwifery booking includes questions about the father or partner and "
                   "that responses are shared with the health visitor.",
             "University Hospitals Sussex – Named Midwife", "Ongoing",
             "Booking questions added; audit of sharing with health visiting to follow.", "Green"),
        ]),
        ("Finding 3: The child's voice and lived experience were not captured in assessments.", [
            ("3a", "Deliver a practice workshop on capturing the lived experience of non-verbal "
                   "children.",
             "Principal Social Worker", "Autumn term 2024",
             "Two workshops held; a third booked for schools' designated safeguarding leads.",
             "Green"),
            ("3b", "Include the child's lived experience as a standing question in the multi-agency "
                   "audit programme.",
             "Chair of the Quality Assurance Subgroup", "Termly",
             "Question included in the November audit.", "Green"),
        ]),
        ("Finding 4: Escalation was not used when professionals disagreed about thresholds.", [
            ("4a", "Relaunch the resolving professional differences (escalation) protocol and "
                   "monitor its use.",
             "WSSCP Business Manager", "Summer term 2025",
             "Relaunch delayed pending the Pan-Sussex procedures update.", "Red"),
        ]),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "1F3864")
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    fills = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for fnd, acts in findings:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[len(hdr) - 1])
        m.text = fnd
        for run in m.paragraphs[0].runs:
            run.bold = True
        shade(m, "DEEAF6")
        for vals in acts:
            row = t.add_row()
            for i, v in enumerate(vals):
                row.cells[i].text = v
            shade(row.cells[5], fills[vals[5]])
    d.add_paragraph("")
    d.add_paragraph("Status: Red – off track; Amber – at risk; Green – on track; "
                    "Complete – action completed and evidence received.")
    d.save(os.path.join(HERE, "df2-west-sussex-scp-lcspr-child-y-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


# ---------------------------------------------------------------- 3 UH Plymouth board action log (xlsx)
def plymouth_board():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws["A1"] = "University Hospitals Plymouth NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Trust Board (Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 6 February 2025"
    hdr = ["Ref", "Date of Meeting", "Minute", "Action", "Owner", "Due Date",
           "Revised Due Date", "Progress / Comments", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("A/24/41", dt.date(2024, 10, 3), "TB 24/118",
         "Provide a deep dive into ambulance handover delays, including the impact of the new "
         "ambulance receiving area.",
         "Chief Operating Officer", dt.date(2024, 12, 5), None,
         "Deep dive presented to the December Board. Action closed.", "B"),
        ("A/24/44", dt.date(2024, 10, 3), "TB 24/121",
         "Circulate the refreshed Freedom to Speak Up strategy to Board members for comment.",
         "Director of People", dt.date(2024, 11, 30), None,
         "Strategy circulated 22 November 2024.", "B"),
        ("A/24/52", dt.date(2024, 12, 5), "TB 24/140",
         "Bring a report on the financial recovery plan, setting out the risks to delivery of "
         "the year-end position.",
         "Chief Finance Officer", dt.date(2025, 2, 6), dt.date(2025, 4, 3),
         "Deferred to April Board to include month 11 position; agreed by the Chair.", "A"),
        ("A/24/55", dt.date(2024, 12, 5), "TB 24/143",
         "Review the approach to reporting never events so that learning is visible to the "
         "Board.",
         "Chief Medical Officer & Chief Nurse", dt.date(2025, 3, 6), None,
         "Revised format being tested at Quality and Safety Committee in February.", "G"),
        ("A/24/57", dt.date(2024, 12, 5), "TB 24/146",
         "Confirm the date of the Board development session on health inequalities.",
         "Company Secretary", dt.date(2025, 1, 31), None,
         "Date not yet confirmed with facilitator; now overdue.", "R"),
        ("A/25/03", dt.date(2025, 2, 6), "TB 25/012",
         "Provide an update on the Electronic Patient Record programme timeline and clinical "
         "safety case.",
         "Chief Digital Officer", dt.date(2025, 4, 3), None,
         "", "G"),
        ("A/25/06", dt.date(2025, 2, 6), "TB 25/019",
         "Share the outcome of the staff survey benchmarking with the People Committee and "
         "Board.",
         "Director of People/Chief Nurse", dt.date(2025, 5, 1), None,
         "Benchmarking results due from the survey provider in March.", "G"),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy" if i != 7 else "mmm-yy"
        ws.cell(r, 9).fill = fill(rag_fill[row[8]])
        ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for k, (lab, col) in enumerate([("R", "Overdue"), ("A", "Due date revised / at risk"),
                                    ("G", "On track, not yet due"), ("B", "Complete – "
                                                                     "propose to close")]):
        ws.cell(r + 1 + k, 1, lab).fill = fill(rag_fill[lab])
        ws.cell(r + 1 + k, 2, col)
    for col, w in zip("ABCDEFGHI", [10, 12, 11, 55, 24, 12, 12, 45, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "df2-uh-plymouth-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 4 Bradford THFT maternity highlight (xlsx, refuse)
def bradford_maternity():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Bradford Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maternity and Neonatal Improvement Plan – Highlight Report"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period: November 2024      Report to: Quality and Patient Safety Committee"
    # summary block (rows 5-6)
    ws["A5"] = "Summary"
    ws["A5"].font = Font(bold=True)
    for i, (lab, n, col) in enumerate([("Complete", 3, BLUE), ("On track", 4, GREEN),
                                       ("At risk", 2, AMBER), ("Off track", 1, RED)]):
        ws.cell(6, 1 + i * 2, lab).fill = fill(col)
        ws.cell(6, 2 + i * 2, n)
    hdr = ["Ref", "Action", "Executive / Operational Lead", "Due", "Progress this period",
           "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    data = [
        ("Workstream 1: Listening to and working with women and families", None),
        ("1.1", "Establish a Maternity and Neonatal Voices Partnership work plan co-produced with "
                "service users.", "Director of Midwifery", "Sep-24",
         "Work plan agreed at MNVP meeting in September.", "Complete"),
        ("1.2", "Introduce a family liaison role for families affected by serious incidents.",
         "Head of Midwifery / Patient Safety Lead", "Dec-24",
         "Job description approved; recruitment under way.", "On track"),
        ("1.3", "Translate the birth choices information into the five most spoken community "
                "languages.", "Consultant Midwife", "Octobr 2024",
         "Urdu and Polish versions complete; remaining three with translator.", "At risk"),
        ("Workstream 2: Growing, retaining and supporting our workforce", None),
        ("2.1", "Achieve 90% compliance with PROMPT multi-professional training.",
         "Clinical Director for Obstetrics", "Mar-25",
         "Compliance 84% (midwives 88%, obstetricians 76%).", "At risk"),
        ("2.2", "Implement the preceptorship programme for newly qualified midwives.",
         "Practice Development Midwife", "Jan-25",
         "Programme launched; first cohort of 14 started.", "On track"),
        ("Workstream 3: Developing and sustaining a culture of safety", None),
        ("3.1", "Complete the SCORE culture survey and share the results with staff.",
         "Director of Midwifery", "Nov-24",
         "Survey closed; results awaited from provider, two weeks later than planned.",
         "Off track"),
        ("3.2", "Embed PSIRF learning responses within the maternity governance framework.",
         "Maternity Governance Lead", "Feb-25",
         "Framework revised and approved at Maternity Safety Group.", "On track"),
    ]
    rag = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    r = 9
    for row in data:
        if row[1] is None:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = fill("E4DFEC")
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 6).fill = fill(rag[row[5]])
        r += 1
    for col, w in zip("ABCDEF", [8, 55, 28, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "df2-bradford-teaching-hospitals-maternity-neonatal-highlight-report-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5 Redditch BC strategic risk register (xlsx)
def redditch_risk():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2024-25"
    ws["A1"] = "Redditch Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2024/25: Mitigating Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reported to Audit, Governance and Standards Committee, February 2025. "
                "Risk scores are Likelihood x Impact (1-4).")
    hdr = ["Action Ref", "Mitigating Action", "Action Owner", "Target Date",
           "Q3 Update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    risks = [
        ("SR1 – Financial sustainability and the Medium Term Financial Plan", [
            ("SR1.1", "Deliver the savings programme agreed in the 2024/25 budget and report "
                      "progress monthly to the Executive.",
             "Executive Director Resources", dt.date(2025, 3, 31),
             "£0.9m of £1.2m savings delivered to date; remaining items profiled for Q4.",
             "Amber", "Amber"),
            ("SR1.2", "Complete the closure of the outstanding statements of accounts.",
             "Head of Financial and Customer Services", "Q4 2024/25",
             "2022/23 accounts signed; 2023/24 accounts with external audit.", "Red", "Amber"),
        ]),
        ("SR2 – Regeneration of the Town Centre", [
            ("SR2.1", "Agree the delivery plan for the Town Hall Hub with partners.",
             "Assistant Director Regeneration & Property", dt.date(2024, 12, 31),
             "Delivery plan approved by Executive Committee in December.", "Green", "Complete"),
            ("SR2.2", "Maintain the Town Deal programme risk log and report to the Town Deal "
                      "Board.",
             "Town Deal Programme Manager", "Ongoing",
             "Risk log reviewed at each Board meeting.", "Green", "Green"),
        ]),
        None,
        ("SR3 – Cyber security and information governance", [
            ("SR3.1", "Complete the PSN compliance health check and remediate critical findings.",
             "ICT Transformation Manager", dt.date(2025, 1, 31),
             "Health check complete; two critical findings open, remediation scheduled.",
             "Amber", "Red"),
            ("SR3.2", "Deliver mandatory cyber awareness training to all staff and members.",
             "Head of Legal, Democratic and Property Services", dt.date(2025, 3, 31),
             "Staff completion 81%; member sessions booked for March.", "Amber", "Green"),
        ]),
        ("SR4 – Housing: compliance with the Regulator of Social Housing consumer standards", [
            ("SR4.1", "Complete stock condition surveys for 100% of council homes.",
             "Assistant Director Community Services", dt.date(2025, 9, 30),
             "62% surveyed; contractor on programme.", "", "Green"),
        ]),
    ]
    colours = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    r = 6
    for risk in risks:
        if risk is None:
            r += 1  # blank spacer row
            continue
        head, acts = risk
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = fill(GREY)
        r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            for col in (6, 7):
                v = ws.cell(r, col).value
                if v:
                    ws.cell(r, col).fill = fill(colours[v])
            r += 1
    r += 1
    ws.cell(r, 1, "RAG: Red – action off track; Amber – some delay; Green – on track; "
                  "Complete – action delivered.")
    for col, w in zip("ABCDEFG", [10, 55, 32, 13, 50, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "df2-redditch-bc-strategic-risk-register-q3-2024-25.xlsx"))


# ---------------------------------------------------------------- 6 Safer Erewash DHR tracker export (csv)
def erewash_dhr():
    hdr = ["ID", "Action Ref", "Recommendation", "Action", "Agency", "Lead Officer",
           "Target Date", "Status", "Progress Notes", "Modified"]
    r1 = ("Recommendation 1: Safer Erewash Partnership to seek assurance that agencies "
          "routinely ask about domestic abuse where there are indicators of coercive control.")
    r2 = ("Recommendation 2: Derbyshire Constabulary to review how repeat incidents are "
          "identified when calls are made from different addresses.")
    r3 = ("Recommendation 3: GP practices in Erewash to ensure domestic abuse is coded and "
          "flagged on the records of both victim and perpetrator.")
    rows = [
        ("101", "1.1", r1, "Deliver coercive control training to frontline housing, health and "
                           "adult social care staff.", "Erewash Borough Council",
         "Community Safety Officer", "31/03/2024", "Complete",
         "Four sessions delivered; 112 staff trained.", "12/04/2024 09:14"),
        ("102", "1.2", r1, "Add routine enquiry prompts to the housing needs assessment.",
         "Erewash Borough Council", "Patel, Anita", "30/06/2024", "Complete",
         "Prompts live in the housing system from June.", "03/07/2024 15:40"),
        ("103", "1.3", r1, "Audit a sample of adult social care assessments for evidence of "
                           "routine enquiry.", "Derbyshire County Council",
         "Principal Social Worker (Adults)", "31/10/2024", "Amber",
         "Audit tool agreed; sample being drawn.", "28/10/2024 11:02"),
        ("104", "2.1", r2, "Review the repeat victim identification process in the control room "
                           "and Public Protection Unit.", "Derbyshire Constabulary",
         "DI Public Protection", "31/12/2024", "On track",
         "Review under way with the Force Control Room.", "02/12/2024 08:55"),
        ("105", "2.2", r2, "Brief call handlers on checking linked addresses and previous "
                           "victims.", "Derbyshire Constabulary",
         "Force Control Room Inspector", "", "Not started",
         "Awaiting outcome of action 2.1.", "02/12/2024 08:57"),
        ("106", "3.1", r3, "Issue guidance to Erewash practices on coding and flagging domestic "
                           "abuse.", "Derby and Derbyshire ICB",
         "Named GP for Safeguarding Adults", "Ongoing", "On track",
         "Guidance drafted with the IRIS team.", "19/11/2024 14:21"),
        ("107", "3.2", r3, "Audit compliance with coding in three practices and report to the "
                           "DHR Sub-Group.", "Derby and Derbyshire ICB",
         "SW; HC", "31/03/2025", "Red",
         "Practice capacity limited; audit not started.", "19/11/2024 14:25"),
    ]
    with open(os.path.join(HERE, "df2-safer-erewash-csp-dhr-action-tracker-export.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 High Peak BC CPC (txt, tab-separated)
def high_peak_cpc():
    lines = [
        "High Peak Borough Council",
        "LGA Corporate Peer Challenge – Action Plan",
        "Progress as at January 2025",
        "",
        "Ref\tAction\tLead\tTimescale\tProgress\tStatus",
        "Recommendation 1: Refresh the Corporate Plan so that priorities are clear and "
        "resourced\t\t\t\t\t",
        "1.1\tAgree refreshed Corporate Plan priorities with members through a series of "
        "workshops\tChief Executive\tMar-25\tTwo member workshops held; draft priorities to "
        "Executive in March\tGreen",
        "1.2\tAlign service plans and the performance framework to the refreshed priorities\t"
        "Head of Policy and Communications\tSept 2024 – March 2025\tService plan template "
        "revised\tGreen",
        "",
        "Recommendation 2: Strengthen the Council's approach to financial sustainability\t\t\t\t\t",
        "2.1\tDevelop a savings and income programme to close the budget gap in the Medium Term "
        "Financial Strategy\tExecutive Director (Resources)\tApril 2025\tProgramme of £1.1m "
        "identified; £300k gap remains\tAmber",
        "2.2\tReview the reserves strategy and report to Audit and Regulatory Committee\t"
        "Head of Finance\t31/12/2024\tReport considered in December\tComplete",
        "",
        "Recommendation 3: Build capacity to deliver the regeneration ambitions for Buxton and "
        "Glossop\t\t\t\t\t",
        "3.1\tRecruit a regeneration programme manager\tExecutive Director (Place)\tOct-24\t"
        "Recruitment unsuccessful twice; interim arrangements in place\tRed",
        "3.2\tReport progress on the regeneration programme to the Leader and Executive\t"
        "Leader / Chief Executive\tQuarterly\tFirst quarterly report in January\tGreen",
        "",
        "Recommendation 4: Continue to develop member and officer relationships\t\t\t\t\t",
        "4.1\tDeliver a member development programme and plan the induction for new "
        "members after the May 2027 elections\tHead of Democratic Services\tJune 2025\t\tNot started",
        "",
        "Key: Green = on track; Amber = some slippage; Red = off track; Complete = action "
        "completed",
    ]
    with open(os.path.join(HERE, "df2-high-peak-bc-corporate-peer-challenge-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    coventry_sab()
    west_sussex_scp()
    plymouth_board()
    bradford_maternity()
    redditch_risk()
    erewash_dhr()
    high_peak_cpc()
