"""Generate cn2- blind cases (partnership, NHS and corporate plans)."""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

FILL = {"red": "FF0000", "amber": "FFC000", "green": "92D050", "blue": "00B0F0",
        "grey": "D9D9D9", "hdr": "1F4E79", "band": "DDEBF7"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def hdr_row(table, names):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(n)
        r.bold = True
        shade(c, "D9E2F3")


# ---------------------------------------------------------------- 1 SAR docx
def sar_docx():
    doc = Document()
    landscape(doc)
    doc.add_heading("Leicestershire and Rutland Safeguarding Adults Board – "
                    "Safeguarding Adults Review Adult D: Action Plan", level=1)
    doc.add_paragraph(
        "Adult D was a 67-year-old man who lived alone in Hinckley and died in March 2023 following a "
        "prolonged period of self-neglect. The Safeguarding Adults Review was commissioned by the LRSAB "
        "SAR Subgroup in June 2023 and the overview report was published in May 2024. This action plan "
        "sets out the partnership response to the four recommendations and is monitored by the SAR "
        "Subgroup on a quarterly basis.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "v1.6"), ("Date", "April 2025"),
                                ("Author", "LRSAB Business Office"),
                                ("Approved by", "SAR Subgroup, 10 April 2025")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
    doc.add_paragraph("")
    cols = ["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date",
            "Progress update (April 2025)", "RAG"]
    recs = [
        ("1. LRSAB should seek assurance that partner agencies apply the LLR self-neglect procedures "
         "consistently, including the use of multi-agency risk management (MARM) meetings.", [
            ("1.1", "Refresh the LLR self-neglect and hoarding procedures to strengthen guidance on "
                    "escalation where an adult declines engagement.",
             "LRSAB Procedures Subgroup Chair", "September 2024",
             "Revised procedures published on the LLR website in September 2024 and launched at the "
             "practitioner forum.", "Complete", "blue"),
            ("1.2", "Audit a sample of self-neglect cases where a MARM meeting was held to test "
                    "consistency of application across agencies.",
             "LRSAB Audit Subgroup", "31/03/2025",
             "Audit of 12 cases completed; draft report to be presented to the May Audit Subgroup. "
             "Early findings show inconsistent attendance by housing providers.", "Amber", "amber"),
        ]),
        ("2. Partner agencies should ensure that practitioners consider and record mental capacity "
         "assessments for specific decisions where there is reason to doubt capacity, including "
         "executive functioning.", [
            ("2.1", "Deliver multi-agency Mental Capacity Act briefings on executive capacity, with a "
                    "focus on repeated decisions about accepting care and support.",
             "LRSAB Training Subgroup / Leicestershire County Council Principal Social Worker",
             "Jan-25", "Four briefings delivered to 236 practitioners between October 2024 and "
                       "January 2025.", "Complete", "blue"),
            ("2.2", "Each agency to include MCA recording standards in its single-agency audit "
                    "programme and report findings to the Performance Subgroup.",
             "All partner agencies", "Quarterly",
             "Q3 returns received from seven of nine agencies.", "Green", "green"),
        ]),
        ("3. LRSAB should seek assurance that hospital discharge arrangements for adults known to be "
         "self-neglecting include a multi-agency discharge planning meeting.", [
            ("3.1", "Review the UHL discharge policy to include a trigger for a multi-agency discharge "
                    "planning meeting where self-neglect is identified.",
             "UHL Head of Safeguarding", "June 2025",
             "Draft policy prepared and out for consultation with ward managers.", "Amber", "amber"),
            ("3.2", "Seek assurance from community health providers that discharge summaries are shared "
                    "with the GP and Adult Social Care within 48 hours.",
             "LLR ICB Designated Nurse for Safeguarding Adults", "Sept 2025",
             "Assurance request issued to LPT and UHL; responses due July.", "Green", "green"),
        ]),
        ("4. LRSAB should share the learning from this review across the partnership.", [
            ("4.1", "Publish a seven-minute briefing and hold two practitioner learning events.",
             "SAB Business Manager", "December 2024",
             "Briefing published June 2024; learning events held 18 September and 3 December 2024.",
             "Complete", "blue"),
            ("4.2", "Evaluate the impact of the learning through a practitioner survey six months after "
                    "the learning events.",
             "SAB Business Manager", "July 2025", "Not yet due.", "", None),
        ]),
    ]
    nrows = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    hdr_row(t, cols)
    r = 1
    for rec, acts in recs:
        top = r
        for ref, act, lead, due, prog, rag, col in acts:
            cells = t.rows[r].cells
            cells[1].text = ref
            cells[2].text = act
            cells[3].text = lead
            cells[4].text = due
            cells[5].text = prog
            cells[6].text = rag
            if col:
                shade(cells[6], FILL[col])
            r += 1
        m = t.cell(top, 0).merge(t.cell(r - 1, 0))
        m.text = rec
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, c) in enumerate([
            ("Red", "Off track – significant risk that the action will not be delivered", "red"),
            ("Amber", "Some slippage – action may not be delivered by the target date", "amber"),
            ("Green", "On track to be delivered by the target date", "green"),
            ("Complete", "Action delivered and evidence received by the SAR Subgroup", "blue")]):
        key.cell(i, 0).text = k
        shade(key.cell(i, 0), FILL[c])
        key.cell(i, 1).text = v
    doc.save(os.path.join(OUT, "cn2-leicestershire-rutland-sab-sar-adult-d-action-plan.docx"))


# ------------------------------------------------------- 2 NUH highlight docx
def nuh_docx():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Nottingham University Hospitals NHS Trust"
    doc.add_heading("Maternity Improvement Programme Highlight Report – May 2025", level=1)
    doc.add_paragraph("Report to: Maternity and Neonatal Safety Champions / Quality Assurance Committee")
    doc.add_paragraph("Executive summary").runs[0].bold = True
    doc.add_paragraph(
        "The programme remains on track overall. Triage improvements at City Hospital are embedded and "
        "the Birthrate Plus reassessment was presented to Trust Board in March. The main risk to delivery "
        "is midwifery recruitment, where international cohort 4 has been delayed by visa processing. "
        "Milestones due in the period are shown below by workstream.")
    s = doc.add_table(rows=5, cols=4)
    s.style = "Table Grid"
    hdr_row(s, ["Workstream", "Executive SRO", "Overall RAG", "Trend"])
    for i, (w, sro, rag, c, tr) in enumerate([
            ("Safety and Learning", "Medical Director", "Green", "green", "↔"),
            ("Listening to Women and Families", "Chief Nurse", "Amber", "amber", "↑"),
            ("Workforce", "Chief People Officer", "Red", "red", "↓"),
            ("Culture and Leadership", "Chief Nurse", "Green", "green", "↔")], start=1):
        cells = s.rows[i].cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = w, sro, rag, tr
        shade(cells[2], FILL[c])
    ws = [
        ("Workstream 1: Safety and Learning", [
            ("Complete the PSIRF thematic review of fetal monitoring incidents and share findings at the "
             "Maternity Safety Champions meeting", "Consultant Midwife (Fetal Wellbeing)", "30/06/2025",
             "Green", "green", "Review of 23 incidents completed; findings to June Safety Champions."),
            ("Fetal monitoring training compliance to reach 90% for midwives and obstetricians",
             "Practice Development Midwife Lead", "Aug-25", "Amber", "amber",
             "Midwives 92%, obstetric staff 78%. Additional sessions booked for rotating doctors."),
            ("Roll out the Birmingham Symptom-specific Obstetric Triage System (BSOTS) at the City "
             "Hospital site", "Inpatient Matron, City Hospital", "April 2025", "Complete", "blue",
             "Live since 7 April; 15-minute triage standard met in 91% of attendances."),
        ]),
        ("Workstream 2: Listening to Women and Families", [
            ("Launch the interpreting booking pathway on BadgerNet so that interpreter need is flagged "
             "at booking", "Digital Midwife / Head of Patient Experience", "Q2 2025/26", "Amber", "amber",
             "System change approved; testing delayed by supplier release schedule."),
            ("Co-produce the revised Maternity and Neonatal Voices Partnership workplan with the MNVP "
             "chair", "Director of Midwifery", "July 2025", "Green", "green",
             "Two co-production workshops held; draft workplan circulated."),
        ]),
        ("Workstream 3: Workforce", [
            ("Recruit to 28 WTE midwifery vacancies through international recruitment cohort 4",
             "Head of Midwifery (Workforce)", "Sept 2025", "Red", "red",
             "12 of 28 in post. Remaining candidates delayed by visa processing; escalated to the "
             "People Committee."),
            ("Complete the Birthrate Plus reassessment and present to Trust Board",
             "Director of Midwifery", "31 March 2025", "Complete", "blue",
             "Presented to Trust Board on 6 March 2025; funded establishment agreed."),
        ]),
        ("Workstream 4: Culture and Leadership", [
            ("Deliver the Perinatal Culture and Leadership Programme (PCLP) quad development sessions",
             "Perinatal Quad", "Ongoing", "Green", "green", "Sessions 3 and 4 completed."),
            ("Undertake the SCORE culture survey follow-up and publish team action plans",
             "Head of OD (Family Health Division)", "October 2025", "Not started", None,
             "Survey to open in September."),
        ]),
    ]
    for head, rows in ws:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=len(rows) + 1, cols=5)
        t.style = "Table Grid"
        hdr_row(t, ["Milestone", "Lead", "Due", "RAG", "Update / mitigation"])
        for i, (m, lead, due, rag, col, upd) in enumerate(rows, start=1):
            cells = t.rows[i].cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text, cells[4].text = \
                m, lead, due, rag, upd
            if col:
                shade(cells[3], FILL[col])
    doc.add_paragraph("")
    doc.add_paragraph("Key: Red – milestone will not be met without intervention; Amber – at risk; "
                      "Green – on track; Complete (blue) – delivered and evidenced.")
    doc.add_paragraph("Risks and issues for escalation").runs[0].bold = True
    doc.add_paragraph("Midwifery recruitment (risk ID 3104, score 16) – escalated to People Committee.")
    doc.save(os.path.join(OUT, "cn2-nuh-maternity-improvement-programme-highlight-report.docx"))


# ---------------------------------------------------------- 3 ICB action log csv
def icb_csv():
    import csv
    rows = [
        ["QPC-25-031", "08/01/2025", "Maternity and Neonatal Safety",
         "Provide assurance on the trajectory for closing the midwifery vacancy gap at Royal Surrey, "
         "including use of bank and agency", "Chief Nursing Officer", "05/03/2025", "", "Closed", "B",
         "Trajectory presented at March meeting. Committee agreed to close."],
        ["QPC-25-034", "08/01/2025", "Infection Prevention and Control",
         "Circulate the system C. difficile deep-dive findings to committee members",
         "Director of IPC", "12/02/2025", "", "Closed", "B", "Circulated 29/01/2025."],
        ["QPC-25-038", "05/03/2025", "Patient Safety (PSIRF)",
         "Bring a paper on the thematic learning from PSIIs across acute providers, including common "
         "safety actions", "Associate Director of Patient Safety", "07/05/2025", "02/07/2025", "Open",
         "G", "Deferred from May at Chair's agreement; on the agenda for July."],
        ["QPC-25-040", "05/03/2025", "Continuing Healthcare",
         "Confirm the recovery plan for CHC 28-day assessment performance and report compliance by place",
         "Director of All-Age Continuing Care", "07/05/2025", "03/09/2025", "Open", "A",
         "Recovery plan agreed; compliance 61% against 80% standard. Revised date agreed."],
        ["QPC-25-044", "07/05/2025", "Learning Disability and Autism",
         "Provide an update on LeDeR review completion rates and the backlog of reviews over six months",
         "LeDeR Local Area Contact / Head of Quality (LD&A)", "02/07/2025", "", "Open", "R",
         "Backlog has increased to 41 reviews; additional reviewers being sourced."],
        ["QPC-25-045", "07/05/2025", "Primary Care Quality",
         "Share the list of GP practices rated Requires Improvement by CQC and the support offer in place",
         "Head of Primary Care Quality", "02/07/2025", "", "Closed", "B", "Shared in reading room."],
        ["QPC-25-049", "02/07/2025", "Quality Risk Register",
         "Review the scoring of risk QR17 (ambulance handover delays) in light of the June harm review",
         "Deputy Chief Nursing Officer", "03/09/2025", "", "Open", "G", ""],
        ["QPC-25-050", "02/07/2025", "Safeguarding",
         "Circulate the SAR learning briefing to committee members once published by the Surrey SAB",
         "Designated Nurse Safeguarding Adults", "TBC", "", "Open", "",
         "Publication date not yet confirmed by the SAB."],
        ["QPC-25-051", "02/07/2025", "Mental Health",
         "Provide assurance on the out of area placement reduction plan with Surrey and Borders "
         "Partnership", "Director of Mental Health Commissioning", "05/11/2025", "", "Open", "G", ""],
    ]
    with open(os.path.join(OUT, "cn2-surrey-heartlands-icb-quality-committee-action-log-export.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Surrey Heartlands ICB - Quality and Performance Committee - Action Log"])
        w.writerow(["Exported 14/07/2025 09:12"])
        w.writerow([])
        w.writerow(["Action No", "Meeting Date", "Agenda Item", "Action", "Owner", "Due Date",
                    "Revised Due Date", "Open/Closed", "RAG", "Update"])
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fillc(col):
    return PatternFill("solid", start_color=FILL[col], end_color=FILL[col])


def put_row(ws, r, vals):
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.alignment = WRAP
        cell.border = BOX
    return r


# --------------------------------------------------- 4 UHL board action log xlsx
def uhl_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "University Hospitals of Leicester NHS Trust – Public Trust Board Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 12 June 2025"
    hdr = ["No.", "Meeting date", "Item", "Action", "Lead", "Due date", "Revised due date",
           "Status", "Comments"]
    put_row(ws, 4, hdr)
    for c in range(1, 10):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF")
        ws.cell(4, c).fill = fillc("hdr")
    D = dt.datetime
    rows = [
        ("61", D(2024, 10, 3), "Paper H – Electronic Patient Record Programme",
         "Provide a timeline for go-live of the electronic observations module at the Glenfield site",
         "CIO", D(2024, 12, 5), D(2025, 3, 6), "Complete", "blue",
         "Timeline presented 6 March 2025. Propose closure."),
        ("64", D(2024, 12, 5), "Paper K – Integrated Performance Report",
         "Include benchmarking of 12-hour ED waits against peer trusts in the integrated performance "
         "report", "COO", D(2025, 2, 6), None, "Complete", "blue",
         "Included from the February IPR onwards."),
        ("67", D(2025, 2, 6), "Minute 12/25 – Patient Story",
         "Invite the family to return to Board in six months to hear what has changed",
         "CN", D(2025, 8, 1), None, "On track", "green", "Family have agreed to attend in August."),
        ("68", D(2025, 2, 6), "Paper D – Maternity Safety Report",
         "Report progress against the Ockenden immediate and essential actions in the quarterly "
         "maternity update", "CN / Director of Midwifery", "Quarterly", None, "On track", "green",
         "Standing item; next report August."),
        ("72", D(2025, 4, 3), "Paper F – Financial Plan 2025/26",
         "Circulate the breakdown of the CIP schemes rated high risk", "CFO", D(2025, 5, 1),
         D(2025, 6, 12), "Overdue", "red",
         "Breakdown being refreshed following month 2 position; to be circulated with July papers."),
        ("73", D(2025, 4, 3), "Paper G – People Plan update",
         "Present the Freedom to Speak Up annual report with themes by staff group",
         "Chief People Officer", D(2025, 8, 7), None, None, "green",
         "Scheduled for the August Board."),
        ("77", D(2025, 6, 12), "Paper C – Chief Executive's Briefing",
         "Share the outcome of the GIRFT visit to urology", "CMO", D(2025, 8, 7), None, "On track",
         "green", ""),
        ("78", D(2025, 6, 12), "Paper J – Board Assurance Framework",
         "Review the risk appetite statement for principal risk PR4 (estates) with the Audit Committee",
         "Director of Estates & Facilities", D(2025, 10, 1), None, "Not started", None,
         "To go to October Audit Committee."),
    ]
    r = 5
    for no, md, item, act, lead, due, rev, st, col, com in rows:
        put_row(ws, r, [no, md, item, act, lead, due, rev, st, com])
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).number_format = "mmm-yy" if due in (D(2025, 8, 1), D(2025, 10, 1)) else "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
        if col:
            ws.cell(r, 8).fill = fillc(col)
        r += 1
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for i, (txt, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("At risk", "amber"), ("Overdue", "red")]):
        ws.cell(r, 2 + i, txt).fill = fillc(col)
    ws.cell(r + 1, 1, "CIO – Chief Information Officer; COO – Chief Operating Officer; CN – Chief Nurse; "
                      "CFO – Chief Financial Officer; CMO – Chief Medical Officer")
    for c, wdt in zip("ABCDEFGHI", [6, 12, 30, 50, 22, 12, 14, 12, 45]):
        ws.column_dimensions[c].width = wdt
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "cn2-uhl-nhs-trust-board-public-action-log.xlsx"))


# ------------------------------------------ 5 Newark & Sherwood risk register xlsx
def nsdc_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Newark & Sherwood District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (position at 30 September 2025)"
    hdr = ["Risk", "Risk owner", "Current controls", "Residual score (L x I)", "Action ref",
           "Further actions required", "Action owner", "Target date", "Action status",
           "Q2 update"]
    put_row(ws, 4, hdr)
    for c in range(1, 11):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF")
        ws.cell(4, c).fill = fillc("hdr")
    D = dt.datetime
    risks = [
        ("SR01 – Medium-term financial sustainability", "Section 151 Officer",
         "MTFP reviewed annually; budget monitoring to Cabinet quarterly; general fund reserves policy.",
         "3 x 4 = 12", [
            ("SR01.1", "Deliver the 2025/26 savings and efficiency programme and report progress "
                       "quarterly to Cabinet", "Business Manager – Financial Services",
             D(2026, 3, 31), "dd/mm/yyyy", "On track", "green", "£1.1m of £1.4m target delivered or secured."),
            ("SR01.2", "Refresh the Medium Term Financial Plan following the outcome of the Fair Funding "
                       "Review consultation", "Section 151 Officer", D(2026, 2, 1), "mmm-yy",
             "Behind schedule", "amber", "Consultation outcome delayed by government; modelling of "
                                         "scenarios under way."),
        ]),
        ("SR02 – Local Government Reorganisation in Nottinghamshire", "Chief Executive",
         "Joint officer working group with Nottinghamshire councils; Member briefings.", "4 x 4 = 16", [
            ("SR02.1", "Submit the final proposal for a unitary structure to government with partner "
                       "Nottinghamshire councils", "Chief Executive", D(2025, 11, 28), "dd/mm/yyyy",
             "On track", "green", "Options appraisal completed; public engagement closed 14 September."),
            ("SR02.2", "Establish an LGR programme board and staff communication plan",
             "Director – Customer Services & Organisational Development", D(2025, 6, 30), "dd/mm/yyyy",
             "Complete", "blue", "Programme board meets monthly; staff FAQs published."),
        ]),
        ("SR03 – Cyber security", "Director – Customer Services & Organisational Development",
         "Firewalls, MFA, immutable backups, annual penetration testing, staff e-learning.",
         "3 x 5 = 15", [
            ("SR03.1", "Complete the Cyber Assessment Framework self-assessment and address the findings",
             "ICT & Digital Services Business Manager", "Q4 2025/26", None, "On track", "green",
             "Self-assessment 70% complete."),
            ("SR03.2", "Run a cyber incident exercise with the Extended Leadership Team",
             "ICT & Digital Services Business Manager", D(2025, 9, 17), "dd/mm/yyyy", "Complete", "blue",
             "Exercise held 17 September with the LGA; lessons log produced."),
        ]),
        ("SR04 – Compliance with the Regulator of Social Housing consumer standards",
         "Director – Housing, Health & Wellbeing",
         "Compliance dashboard; Tenant Engagement Board; annual TSM survey.", "3 x 4 = 12", [
            ("SR04.1", "Complete stock condition surveys on 100% of council homes",
             "Business Manager – Housing Maintenance & Asset Management", D(2025, 12, 31), "dd/mm/yyyy",
             "Behind schedule", "amber", "4,210 of 5,480 homes surveyed (77%). Contractor capacity "
                                         "increased from October."),
            ("SR04.2", "Embed the damp and mould case management system and report monthly to the "
                       "Tenant Engagement Board", "Business Manager – Tenancy & Estates", "Ongoing", None,
             "On track", "green", "Monthly reporting in place since July."),
        ]),
        ("SR05 – Workforce capacity and resilience",
         "Director – Customer Services & Organisational Development",
         "Workforce strategy; agile working policy; apprenticeship programme.", "3 x 3 = 9", [
            ("SR05.1", "Implement the recruitment and retention action plan, including market "
                       "supplements for hard-to-fill posts", "HR & Training Business Manager",
             D(2025, 12, 1), "mmm-yy", "Significantly delayed", "red",
             "Market supplement policy paused pending LGR decisions; three planning posts remain vacant."),
        ]),
    ]
    r = 5
    for risk, owner, ctl, score, acts in risks:
        top = r
        for ref, act, aown, due, fmt, st, col, upd in acts:
            put_row(ws, r, [risk if r == top else None, owner if r == top else None,
                            ctl if r == top else None, score if r == top else None,
                            ref, act, aown, due, st, upd])
            if fmt:
                ws.cell(r, 8).number_format = fmt
            ws.cell(r, 9).fill = fillc(col)
            r += 1
        if r - 1 > top:
            for c in range(1, 5):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Action status key").font = Font(bold=True)
    for i, (txt, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("Behind schedule", "amber"), ("Significantly delayed", "red")]):
        ws.cell(r + 1 + i, 1, txt).fill = fillc(col)
    ws.cell(r + 6, 1, "Residual score: Likelihood (1-5) x Impact (1-5). Scores of 15 and above are "
                      "reported to Audit & Governance Committee by exception.")
    for c, wdt in zip("ABCDEFGHIJ", [32, 24, 36, 12, 9, 48, 28, 12, 16, 45]):
        ws.column_dimensions[c].width = wdt
    wb.save(os.path.join(OUT, "cn2-newark-sherwood-dc-strategic-risk-register-q2-2025-26.xlsx"))


# ------------------------------------------- 6 Newcastle SCP CSPR xlsx (refuse)
def nscp_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Child F action plan"
    ws["A1"] = ("Newcastle Safeguarding Children Partnership: Child Safeguarding Practice Review "
                "(Child F) – Multi-Agency Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Published March 2025 | Plan owner: NSCP Learning and Improvement Group"
    hdr = ["Ref", "Action", "Agency", "Lead officer", "Timescale", "Evidence of impact / progress",
           "RAG"]
    put_row(ws, 4, hdr)
    for c in range(1, 8):
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).fill = fillc("grey")
    rows = [
        ("F", "Finding 1: Professionals did not consistently see Child F or hear his voice during home "
              "visits"),
        ("1.1", "Refresh the NSCP guidance on seeing children alone and recording their wishes and "
                "feelings, and relaunch it through a practitioner briefing", "NSCP", "NSCP Business Manager",
         "June 2025", "Guidance refreshed and approved at L&I Group in May.", "Complete", "blue"),
        ("1.2", "Audit 20 child in need plans for evidence of the child's voice and lived experience",
         "Newcastle City Council Children's Social Care", "Head of Quality Assurance", "Sept 2025",
         "Audit tool agreed; audit scheduled for August.", "Green", "green"),
        ("F", "Finding 2: Information about the father's history of violence was held by agencies but not "
              "shared at the point of the strategy discussion"),
        ("2.1", "Ensure Northumbria Police attend all strategy discussions in person or virtually and bring "
                "relevant intelligence", "Northumbria Police", "DCI Safeguarding",
         "June 2025", "Attendance monitored weekly; 96% in Q1.", "Green", "green"),
        ("2.2", "Health agencies to check GP and midwifery records for parental risk before strategy "
                "discussions", "North East and North Cumbria ICB", "Designated Nurse Safeguarding Children",
         "Sept 2025", "Protocol drafted with the Named GP.", "Amber", "amber"),
        ("2.3", "Undertake a multi-agency audit of strategy discussions held in Q2 to test information "
                "sharing", "NSCP", "Chair, NSCP Audit Subgroup", "Decmeber 2025",
         "Audit to be scheduled.", "", None),
        ("F", "Finding 3: Escalation was not used when professionals disagreed about the threshold for "
              "child protection"),
        ("3.1", "Relaunch the NSCP escalation policy with a seven-minute briefing and case example",
         "NSCP", "NSCP Business Manager", "April 2025", "Briefing published 9 April 2025.",
         "Complete", "blue"),
        ("3.2", "Include use of escalation in the partnership performance dataset reported to the "
                "Executive", "NSCP", "NSCP Performance Lead", "Quarterly",
         "First report to the June Executive.", "Green", "green"),
    ]
    r = 5
    for row in rows:
        if row[0] == "F":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fillc("band")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, act, ag, lead, ts, prog, rag, col = row
            put_row(ws, r, [ref, act, ag, lead, ts, prog, rag])
            if col:
                ws.cell(r, 7).fill = fillc(col)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: Red – not progressing; Amber – progressing with delays; Green – on track; "
                  "Complete (blue) – achieved and evidenced")
    for c, wdt in zip("ABCDEFG", [8, 55, 28, 30, 14, 40, 11]):
        ws.column_dimensions[c].width = wdt
    wb.save(os.path.join(OUT, "cn2-newcastle-scp-cspr-child-f-action-plan-typo-month-refuse.xlsx"))


# ------------------------------------------------ 7 Blaby CSP DHR tab export txt
def blaby_txt():
    r1 = ("1. Leicestershire Police and partners should ensure that DASH risk assessments completed for "
          "male victims consider the full range of abuse, including economic abuse and coercive control.")
    r2 = ("2. GP practices should routinely ask about domestic abuse where patients present with alcohol "
          "misuse and low mood.")
    r3 = ("3. Blaby District Council Housing Options should ensure that applicants disclosing domestic "
          "abuse are referred to specialist support, including where the applicant is male.")
    r4 = "4. The CSP should raise awareness of domestic abuse experienced by men across the district."
    rows = [
        ("1a", r1, "Deliver refresher DASH training for response officers, including a case study on male "
                   "victims", "Leicestershire Police", "DCI Public Protection", "31/03/2025", "14/03/2025",
         "Completed", "Training delivered to 412 officers; evaluation positive."),
        ("1b", r1, "Dip-sample 50 DASH forms for male victims and report the findings to the CSP",
         "Leicestershire Police", "Domestic Abuse Lead, Leicestershire Police", "30/06/2025", "",
         "Delayed", "32 forms sampled; remainder to be completed in October."),
        ("2a", r2, "Circulate a domestic abuse routine enquiry prompt and template to all Blaby GP practices",
         "LLR ICB", "Named GP for Safeguarding Adults", "Sept 2025", "", "On track",
         "Template agreed with the LMC."),
        ("2b", r2, "Include domestic abuse routine enquiry in the primary care safeguarding audit tool",
         "LLR ICB", "Designated Nurse Safeguarding Adults", "Q4 2025/26", "", "On track", ""),
        ("3a", r3, "Update the Housing Options domestic abuse procedure and referral pathway to specialist "
                   "services", "Blaby District Council", "Housing Options Manager", "31/12/2024",
         "02/12/2024", "Completed", "Procedure updated and published on the intranet."),
        ("3b", r3, "Train Housing Options staff on the revised pathway", "Blaby District Council",
         "Housing Options Manager / Community Safety Manager", "Jan-25", "20/01/2025", "Completed",
         "All 14 officers trained."),
        ("4a", r4, "Run a targeted communications campaign during Men's Health Week", "Blaby CSP",
         "Community Safety Manager", "June 2025", "17/06/2025", "Completed",
         "Campaign reached 18,500 people on social media."),
        ("4b", r4, "Share the DHR learning briefing with all CSP partners and the LLR Domestic Abuse "
                   "Partnership Board", "Blaby CSP", "Community Safety Manager", "Ongoing", "", "On track",
         "Briefing shared with the Board in July; further sessions planned."),
    ]
    lines = ["Blaby District Community Safety Partnership – Domestic Homicide Review Paul – Action Plan "
             "Monitoring", "Exported from Safer Communities tracker 22/09/2025", "",
             "\t".join(["Ref", "Recommendation", "Action", "Agency", "Lead Officer", "Target Date",
                        "Date Completed", "Status", "Update"])]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Status key: Completed = action closed; On track = progressing within timescale (green); "
                  "Delayed = behind timescale (amber); Off track = will not be met (red)"]
    with open(os.path.join(OUT, "cn2-blaby-csp-dhr-paul-action-plan-export.txt"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sar_docx()
    nuh_docx()
    icb_csv()
    uhl_xlsx()
    nsdc_xlsx()
    nscp_xlsx()
    blaby_txt()
    print("done")
