"""Generate the bn1- blind cases (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in dict(
    R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", S="BFBFBF").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
D = lambda y, m, d: dt.datetime(y, m, d)


def grid(ws, r1, r2, ncol):
    for r in range(r1, r2 + 1):
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------- 1 Barlinnie
def barlinnie():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "HMP Barlinnie – Action Plan in response to HMIPS Full Inspection Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Establishment: HMP Barlinnie    Owner: Governor in Charge    Date updated: 30/09/2024"
    hdr = ["Ref", "HMIPS Recommendation", "Action", "Responsible Manager", "Target Date",
           "Revised Date", "Progress Update (Sept 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["H"]
    recA = ("The SPS should ensure that all cells used for double occupancy meet the minimum space "
            "standards and have adequate privacy screening for toilets.")
    recD = ("The SPS should increase the number of purposeful activity places so that all prisoners "
            "who want to work or attend education can do so.")
    rows = [
        ("band", "Standard 2 – Decency"),
        ("2.1", recA, "Complete a cell-by-cell survey of A, B, C and E Halls to identify cells that do not "
         "meet the space standard for double occupancy.", "Head of Operations", D(2024, 6, 30), None,
         "Survey completed June 2024; 212 cells identified and reported to SPS Estates.", "Complete", "B"),
        ("2.2", recA, "Install modesty screens in all cells identified as lacking toilet privacy, "
         "prioritising E Hall.", "Estates Manager", D(2024, 12, 31), None,
         "Screens fitted in E Hall (64 cells). A and B Halls scheduled for Q3; contractor availability has delayed the start.",
         "Amber", "A"),
        ("band", "Standard 3 – Personal Safety"),
        ("3.1", "HMP Barlinnie should ensure that Talk to Me case conferences are held within the required "
         "timescales and that prisoners are involved in their care plans.",
         "Audit a monthly sample of 20 TTM case files and report compliance with case conference "
         "timescales to the Safer Custody Meeting.", "Safer Custody Manager", "Monthly", None,
         "Audits in place since May 2024. Compliance 85% in August.", "Green", "G"),
        ("3.2", "Violence reduction data should be analysed to identify patterns and inform targeted interventions.",
         "Introduce a monthly violence reduction dashboard analysed by hall, time of day and prisoner group, "
         "and agree actions at the Violence Reduction Group.", "Head of Strategy / Business Improvement Manager",
         D(2024, 10, 31), None, "Dashboard in test; first full report to October VRG.", "Green", "G"),
        ("band", "Standard 6 – Purposeful Activity"),
        ("6.1", recD, "Reopen the second joinery workshop and the textiles party following recruitment of two instructors.",
         "Head of Offender Outcomes", D(2024, 8, 31), D(2025, 1, 31),
         "One instructor appointed; second post re-advertised. Revised date agreed at SMT.", "Amber", "A"),
        ("6.2", recD, "Work with the learning provider to extend the Learning Centre timetable to include "
         "evening sessions on two nights a week.", "Learning Centre Manager", D(2025, 3, 31), None,
         "Not yet possible due to staffing detail; to be revisited at the Regime Review Group.", "Red", "R"),
        ("band", "Standard 9 – Health and Wellbeing"),
        ("9.1", "NHS Greater Glasgow and Clyde and the SPS should ensure that prisoners have timely access to "
         "mental health assessment following referral.",
         "Agree a joint referral pathway and 10 working-day target for routine mental health assessment; "
         "monitor through the Prison Health Care Partnership Group.", "Health Centre Manager (NHSGGC)",
         D(2024, 9, 30), None, "Pathway signed off 12/09/2024.", "Complete", "B"),
        ("9.2", "Arrangements for the supervised administration of medication should be reviewed to reduce "
         "queuing and the risk of diversion.",
         "Pilot in-hall medication administration in D Hall with dedicated officer supervision and evaluate "
         "before wider roll-out.", "Lead Nurse & Residential Manager (D Hall)", D(2025, 2, 28), None,
         "", "Not started", None),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["S"]
        else:
            ref, rec, act, lead, tgt, rev, prog, rag, fill = row
            for c, v in enumerate([ref, rec, act, lead, tgt, rev, prog, rag], 1):
                ws.cell(r, c, v)
            for c in (5, 6):
                if isinstance(ws.cell(r, c).value, dt.datetime):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(r, 8).fill = FILL[fill]
        r += 1
    grid(ws, 4, r - 1, 8)
    # merge the repeated recommendations (2.1/2.2 and 6.1/6.2)
    ws.cell(7, 2).value = None; ws.merge_cells("B6:B7")
    ws.cell(13, 2).value = None; ws.merge_cells("B12:B13")
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True)
    for i, (t, f) in enumerate([("Red – significant risk / off track", "R"), ("Amber – some slippage", "A"),
                                ("Green – on track", "G"), ("Blue – complete", "B")], 1):
        ws.cell(r + i, 1).fill = FILL[f]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFGH", [7, 45, 50, 24, 12, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(P("bn1-sps-hmp-barlinnie-hmips-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Erskine
def erskine():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Erskine Edinburgh Home – Care Inspectorate Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Unannounced inspection 14–16 May 2024. Plan reviewed at monthly quality meeting."
    hdr = ["No.", "Requirement / Area for Improvement", "Action", "Person Responsible", "Timescale",
           "Progress", "Status (RAG)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["H"]
    req1 = ("By 31 July 2024, the provider must ensure that people's health and wellbeing benefits from "
            "safe management of medication, including 'as required' protocols and accurate medication "
            "administration records.")
    req2 = ("By 30 September 2024, the provider must ensure that personal plans reflect people's current "
            "needs and outcomes and are reviewed at least every six months with the person and their representatives.")
    rows = [
        ("band", "Requirements"),
        ("1a", req1, "Review all 'as required' (PRN) protocols with the GP practice and pharmacist; each "
         "resident's protocol to be signed off.", "Deputy Manager", "31/07/24",
         "All 40 protocols reviewed and signed off 26/07/24.", "G"),
        ("1b", req1, "Weekly MAR chart audit by nurse in charge, with monthly audit by Home Manager; errors "
         "discussed at supervision.", "Nurse in Charge / Home Manager", "Weekly – ongoing",
         "Weekly audits happening on all units. Two recording errors in August, both followed up.", "A"),
        ("2a", req2, "Audit all 40 personal plans against the new template and update any that do not "
         "reflect current needs.", "Clinical Lead", "End of August 2024", "Completed.", "G"),
        ("2b", req2, "Schedule six-monthly reviews for every resident, inviting family/representatives, and "
         "record outcomes in the plan.", "Unit Managers", "30/09/2024",
         "26 of 40 reviews held; remainder booked for September.", "A"),
        ("band", "Areas for Improvement"),
        ("AFI 1", "To support people's wellbeing, the service should ensure that people have regular "
         "opportunities to take part in meaningful activities, including outside the home.",
         "Recruit a second Activities Coordinator and publish a weekly activities programme including at "
         "least two community outings.", "Home Manager", "October 2024",
         "Post advertised twice with no suitable applicants.", "R"),
        ("AFI 2", "The provider should ensure that staff receive regular supervision in line with the "
         "organisation's policy.", "Produce a supervision matrix for all staff and complete bimonthly "
         "supervision sessions; compliance reported to the Erskine quality team.",
         "Home Manager & Deputy Manager", D(2024, 11, 1), "Matrix in place. 68% of staff supervised in period.", "A"),
        ("AFI 3", "The service should improve the dining experience so that people can choose where and when they eat.",
         "Carry out a dining experience observation on each unit using the Care Inspectorate's tool and act on findings.",
         "Catering Manager", "31.10.2024", "", None),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(row[:6], 1):
                ws.cell(r, c, v)
            if isinstance(row[4], dt.datetime):
                ws.cell(r, 5).number_format = "mmm-yy"
            if row[6]:
                ws.cell(r, 7).fill = FILL[row[6]]
        r += 1
    grid(ws, 4, r - 1, 7)
    ws.cell(7, 2).value = None; ws.merge_cells("B6:B7")
    ws.cell(9, 2).value = None; ws.merge_cells("B8:B9")
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (t, f) in enumerate([("Green = complete", "G"), ("Amber = in progress", "A"),
                                ("Red = not started / overdue", "R")], 1):
        ws.cell(r + i, 1).fill = FILL[f]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFG", [7, 50, 50, 22, 18, 40, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("bn1-erskine-edinburgh-home-care-inspectorate-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3 ARU (refuse)
def aru():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Anglia Ruskin University – Apprenticeships Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted inspection of apprenticeship provision, 2022 – overall effectiveness: Requires Improvement. "
                "Plan owner: Pro Vice Chancellor (Education). Last updated 14 November 2022.")
    hdr = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead", "Start date", "Target completion",
           "Measure of impact", "Progress update (Nov 2022)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["H"]
    a1 = ("Leaders should ensure that apprentices complete their programmes within the planned timescales "
          "and that those on breaks in learning are supported to return.")
    a2 = ("Leaders should plan programmes so that apprentices' job roles give them the opportunity to develop "
          "and evidence the knowledge, skills and behaviours they need for their final assessment.")
    a3 = ("Leaders should ensure that registered nurse and healthcare assistant practitioner apprentices have "
          "sufficient protected time for off-the-job training.")
    a4 = "Governors should receive sufficient information about the quality of apprenticeships to hold leaders to account."
    rows = [
        ("1.1", a1, "Introduce monthly progress review panels in each faculty to identify apprentices at risk of not completing on time.",
         "Head of Apprenticeships", D(2022, 9, 1), D(2022, 10, 31), "Fewer apprentices past planned end date",
         "Panels running in all four faculties since October.", "Complete", "B"),
        ("1.2", a1, "Contact every apprentice on a break in learning and agree a return or withdrawal plan with them and their employer.",
         "Apprenticeship Progress Coaches", D(2022, 9, 1), D(2023, 1, 31), "All BiL apprentices have an agreed plan",
         "61 of 96 apprentices contacted; 38 plans agreed.", "On track", "G"),
        ("1.3", a1, "Report achievement and timely completion rates by standard to the Apprenticeship Board each quarter.",
         "Director of Apprenticeships", D(2022, 10, 1), "Quarterly", "Board minutes show challenge on data",
         "First report to November Board.", "On track", "G"),
        ("2.1", a2, "Review the chartered surveyor programme with employers to map client-facing activities to the end-point assessment requirements.",
         "Course Leader (Chartered Surveying)", D(2022, 9, 15), D(2022, 12, 31), "Mapping agreed with all employers",
         "Meetings held with 9 of 14 employers; some employers slow to respond.", "Amber", "A"),
        ("2.2", a2, "Include a job-role suitability check in the employer sign-up process for all new starts.",
         "Employer Partnerships Manager", D(2022, 11, 1), "Jnue 2023", "Check completed for 100% of new starts",
         "Draft check agreed with faculties.", "On track", "G"),
        ("3.1", a3, "Agree protected study time commitments with each NHS employer partner through the commitment statement and monitor through tripartite reviews.",
         "Head of School of Nursing & Midwifery / Head of Apprenticeships", D(2022, 9, 1), D(2023, 3, 31),
         "Apprentices report protected time in reviews", "Agreed with 5 of 8 trusts.", "Amber", "A"),
        ("3.2", a3, "Provide additional workload planning workshops for healthcare assistant practitioner apprentices in their first term.",
         "HAP Course Leader", D(2023, 1, 9), D(2023, 2, 28), "Workshop attendance and feedback", "", "Not started", None),
        ("4.1", a4, "Produce a termly apprenticeship quality report for the Board of Governors' Academic Assurance Committee.",
         "PVC Education", D(2022, 10, 1), D(2022, 12, 31), "Governors' minutes record scrutiny",
         "Report template approved; first report to December committee.", "On track", "G"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        if row[9]:
            ws.cell(r, 9).fill = FILL[row[9]]
        r += 1
    grid(ws, 4, r - 1, 9)
    for a, b in [(5, 7), (8, 9), (10, 11)]:
        for rr in range(a + 1, b + 1):
            ws.cell(rr, 2).value = None
        ws.merge_cells(f"B{a}:B{b}")
    r += 1
    ws.cell(r, 1, "RAG key: Complete (blue) | On track (green) | Amber – at risk | Red – off track | Not started")
    for col, w in zip("ABCDEFGHI", [6, 45, 50, 26, 12, 14, 30, 40, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("bn1-anglia-ruskin-university-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Spire Cardiff (HIW)
def spire():
    doc = Document()
    doc.add_heading("Spire Cardiff Hospital – Improvement Plan", level=1)
    doc.add_paragraph("Service: Spire Cardiff Hospital")
    doc.add_paragraph("Date of inspection: 8 and 9 October 2024")
    doc.add_paragraph("Appendix B – Immediate improvement plan")
    doc.add_paragraph("No immediate concerns were identified on this inspection.")
    doc.add_paragraph("Appendix C – Improvement plan")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                       "Responsible officer", "Timescale"]):
        c.text = h
    bold_row(t.rows[0])
    resus = ("The registered manager must ensure that all resuscitation trolleys are checked daily and that "
             "checks are recorded.")
    rows = [
        ("band", "Quality of the patient experience"),
        ("The registered manager must ensure that patient information leaflets are available in Welsh and in other formats on request.",
         "Regulation 9", "Translate the top 20 patient information leaflets into Welsh and add an 'alternative formats' notice to all leaflets.",
         "Hospital Director", "31 March 2025"),
        ("The service must ensure that patients' dignity is maintained in the day case unit, including curtains being fully closed during examinations.",
         "Regulation 15", "Remind all day case staff of dignity expectations at safety huddles and carry out monthly dignity audits.",
         "Day Case Unit Ward Manager", "Immediate and ongoing"),
        ("band", "Delivery of safe and effective care"),
        (resus, "Regulation 15(1)(b)", "Introduce a standardised daily resuscitation trolley checklist across all clinical areas.",
         "Resuscitation Officer", "November 2024"),
        (resus, "Regulation 15(1)(b)", "Include resuscitation trolley checks in the monthly ward-to-board quality audit, with results reported to the Clinical Governance Committee.",
         "Director of Clinical Services", "By end of January 2025"),
        ("The service must ensure that all staff complete mandatory training, in particular safeguarding level 3 for relevant staff.",
         "Regulation 20", "Book all outstanding staff onto safeguarding level 3 training and track compliance through the monthly training dashboard.",
         "Education Lead", "28 February 2025"),
        ("band", "Quality of management and leadership"),
        ("The registered manager must ensure that the outcomes of staff and patient feedback are shared with staff and used to make improvements.",
         "Regulation 19", "Publish a quarterly 'You said, we did' summary for staff and on patient noticeboards.",
         "Quality and Risk Manager", "April 2025"),
        ("The service should ensure that Medical Advisory Committee minutes record decisions on practising privileges reviews.",
         "Regulation 13", "Use a standard agenda and minute template for MAC meetings with a decision log for practising privileges.",
         "Hospital Director and MAC Chair", "December 2024"),
    ]
    merge_from = None
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "band":
            m = cells[0].merge(cells[4]); m.text = row[1]
            m.paragraphs[0].runs[0].bold = True; shade(m, "D9D9D9")
            continue
        for c, v in zip(cells, row):
            c.text = v
        if row[0] == resus:
            if merge_from is None:
                merge_from = len(t.rows) - 1
            else:
                a = t.rows[merge_from].cells; b = t.rows[len(t.rows) - 1].cells
                b[0].text = ""; b[1].text = ""
                a[0].merge(b[0]); a[1].merge(b[1])
                # merge leaves an empty paragraph from the lower cell; remove it
                for col in (0, 1):
                    cc = t.rows[merge_from].cells[col]
                    for p in cc.paragraphs[1:]:
                        if not p.text:
                            p._p.getparent().remove(p._p)
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=3, cols=2); s.style = "Table Grid"
    for r, (k, v) in enumerate([("Name (print):", "C. Morgan"), ("Job role:", "Hospital Director"),
                                ("Date:", "12/12/2024")]):
        s.cell(r, 0).text = k; s.cell(r, 1).text = v
    doc.save(P("bn1-spire-cardiff-hospital-hiw-independent-hospital-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Ysgol Dyffryn Aman (Estyn)
def dyffryn():
    doc = Document()
    doc.add_heading("Ysgol Dyffryn Aman Post-Inspection Action Plan (PIAP) 2024-2025", level=1)
    doc.add_paragraph("Following the Estyn inspection in February 2024, the governing body and the local "
                      "authority have agreed this plan to address the four recommendations in the report. "
                      "Progress is reviewed by the Standards Committee each half term.")
    dc = doc.add_table(rows=1, cols=4); dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    bold_row(dc.rows[0])
    for v in [("1.0", "05/06/2024", "Headteacher", "Draft for governors"),
              ("1.1", "20/06/2024", "Headteacher", "Approved by Governing Body"),
              ("1.2", "17/03/2025", "Deputy Headteacher", "Spring term progress update")]:
        for c, x in zip(dc.add_row().cells, v):
            c.text = x
    doc.add_paragraph("RAG key: R – not on track; A – some progress, needs attention; G – on track; B – complete")
    recs = [
        ("R1: Strengthen the quality of teaching so that it consistently challenges pupils of all abilities", [
            ("1.1", "Deliver a programme of professional learning on questioning and challenge for all teaching staff, led by the teaching and learning group.",
             "Deputy Headteacher (Teaching & Learning)", "Autumn term 2024", "All teachers attend; learning walks show improved questioning", "SLT learning walks", "B"),
            ("1.2", "Introduce fortnightly learning walks focused on challenge, with feedback to individual teachers and follow-up coaching.",
             "Senior Leadership Team", "From September 2024 – ongoing", "Most lessons judged to provide appropriate challenge", "Standards Committee", "G"),
            ("1.3", "Revise the more able and talented (MAT) register and ensure departmental schemes of learning identify extension tasks.",
             "MAT Co-ordinator / Heads of Department", "Spring term 2025", "Schemes of learning show planned challenge", "Work scrutiny", "A"),
        ]),
        ("R2: Improve pupils' Welsh language skills and their use of Welsh outside lessons", [
            ("2.1", "Appoint a Siarter Iaith co-ordinator and re-establish the Criw Cymraeg pupil group.",
             "Head of Welsh", "October 2024", "Criw Cymraeg meeting weekly", "Pupil voice", "B"),
            ("2.2", "Plan a programme of Welsh-medium extra-curricular activities with the Urdd and Menter Iaith Sir Gâr.",
             "Head of Welsh", "Summer term 2025", "Increased participation in Welsh activities", "Attendance registers", "G"),
        ]),
        ("R3: Improve attendance, particularly of pupils eligible for free school meals", [
            ("3.1", "Implement a tiered attendance response with weekly tracking meetings between heads of year and the Education Welfare Officer.",
             "Assistant Headteacher (Wellbeing)", "September 2024", "Attendance rises to 90%; gap for eFSM pupils narrows", "Weekly attendance data", "G"),
            ("3.2", "Launch family engagement sessions for families of eFSM pupils with persistent absence, with support from the Team Around the Family.",
             "Family Engagement Officer", "Spring term 2025", "Persistent absence of eFSM pupils reduced", "Termly report to governors", "R"),
        ]),
        ("R4: Ensure that self-evaluation and improvement planning focus precisely on the impact of provision on pupils' progress", [
            ("4.1", "Revise the self-evaluation calendar so that departmental reviews include book scrutiny and pupil voice and feed into the school development plan.",
             "Headteacher", "July 2025", "SDP priorities clearly linked to evidence of pupils' progress", "LA challenge adviser visits", "G"),
            ("4.2", "Provide training for governors on interpreting school performance information, delivered by the local authority's challenge adviser.",
             "Chair of Governors / LA Challenge Adviser", "Termly", "Governors challenge leaders on progress", "Governing body minutes", ""),
        ]),
    ]
    colour = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    for head, acts in recs:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Actions", "Lead", "Timescale", "Success criteria",
                                          "Monitoring & evaluation", "RAG"]):
            c.text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            if a[6]:
                shade(cells[6], colour[a[6]])
    doc.save(P("bn1-ysgol-dyffryn-aman-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 FLS internal audit (csv)
def fls():
    rows = [
        ["Forestry and Land Scotland - Internal Audit Recommendations Tracker"],
        ["Position at 31 January 2025 - Audit and Risk Committee, 18 February 2025"],
        [],
        ["Audit Report", "Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Action Owner",
         "Original Due Date", "Revised Due Date", "RAG", "Progress Update"],
        ["Fleet Management (2023/24)", "1", "High",
         "Vehicle allocation should be reviewed against business need and underused vehicles returned or reallocated.",
         "Undertake a utilisation review of the 1,200-vehicle fleet using telematics data and reallocate or dispose of vehicles below 60% utilisation.",
         "Head of Fleet", "31/08/2024", "31/03/2025", "A",
         "Telematics data analysed for Central and South regions; North and West regions to follow by end February."],
        ["Fleet Management (2023/24)", "2", "Medium",
         "Fuel card transactions should be reconciled monthly and exceptions investigated.",
         "Introduce a monthly fuel card exception report reviewed by regional business managers, with findings reported to the Fleet Steering Group.",
         "Fleet Manager; Regional Business Managers", "30/09/2024", "", "B",
         "Exception reporting in place since September 2024. Closed."],
        ["Timber Sales Contracts (2023/24)", "1", "High",
         "Contract variations should be approved in line with the Scheme of Delegation and recorded in the contracts system.",
         "Update the timber sales procedure to set out approval limits for variations and require upload of approval evidence before invoicing.",
         "Head of Timber Sales", "31/03/2025", "", "G",
         "Revised procedure drafted and with Legal for review; on target for sign-off in March."],
        ["Timber Sales Contracts (2023/24)", "2", "Medium",
         "Credit checks should be refreshed annually for all customers with open contracts.",
         "Introduce an annual credit check schedule in the finance system, with a report to the Finance Business Partner of any customers exceeding credit limits.",
         "Finance Business Partner", "June 2025", "", "G", "Schedule set up; first run due April 2025."],
        ["Health and Safety - Contractor Management (2024/25)", "1", "High",
         "Contractor competence checks should be completed and recorded before work starts on site.",
         "Make completion of the contractor competence checklist a mandatory step in the Work Planning System before a job can be issued.",
         "Head of Health & Safety / Digital Services Manager", "31/01/2025", "31/05/2025", "R",
         "System change not yet scheduled by supplier; interim manual check in place."],
        ["Health and Safety - Contractor Management (2024/25)", "2", "Low",
         "Site inspection records should be retained centrally.",
         "Store all site inspection forms in the H&S SharePoint library, with quarterly spot checks by the H&S team.",
         "H&S Business Partner", "Mar-25", "", "G", "Library set up; regions uploading records."],
        ["Payroll (2024/25)", "1", "Medium",
         "Leavers should be removed from payroll promptly, with line manager notifications monitored.",
         "Introduce a weekly leavers report from the HR system, reconciled to payroll by the Payroll Team Leader before each pay run.",
         "Payroll Team Leader", "31/10/2024", "", "B", "Complete - weekly reconciliation in place since October 2024."],
        ["Payroll (2024/25)", "2", "Low",
         "Overtime claims should be authorised before submission to payroll.",
         "Remind all line managers of overtime authorisation requirements and add an approval field to the online claim form.",
         "Head of HR", "30/11/2024", "28/02/2025", "A",
         "Reminder issued November 2024. Form change delayed by system upgrade."],
        [],
        ["Key: B = complete; G = on track; A = some delay / revised date agreed; R = significant delay or at risk"],
    ]
    with open(P("bn1-forestry-land-scotland-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 City of London Police (txt)
def colp():
    afi4 = "The force should improve how it records and reviews its compliance with the Code of Practice for Victims of Crime."
    lines = [
        "City of London Police",
        "HMICFRS PEEL 2023–25 Inspection – Areas for Improvement Action Plan",
        "Appendix 1 – Position as at March 2025",
        "",
        "Traffic Light Colour – Definition of target achievement",
        "GREEN\tThe area for improvement has been implemented",
        "AMBER\tWork is ongoing and it is anticipated the area for improvement will be implemented by the due date",
        "RED\tThe area for improvement is beyond its due date or cannot be implemented (rationale required)",
        "",
        "No.\tArea for Improvement\tForce Action\tOwner\tDue Date\tStatus\tComment",
        "Responding to the public",
        "1\tThe force should make sure it answers emergency and non-emergency calls within the national standards.\t"
        "Introduce a daily demand and resourcing review in the Force Control Room and recruit four additional call handlers.\t"
        "Head of Force Control Room\tSep-24\tGREEN\tFour call handlers in post from August 2024. 999 calls answered within 10 seconds now 93%.",
        "2\tThe force should make sure that repeat and vulnerable callers are identified at the first point of contact.\t"
        "Deliver THRIVE+ refresher training for all call handlers and add a repeat caller flag to the command and control system.\t"
        "Supt Local Policing\t31/03/2025\tAMBER\tTraining 78% complete. System change tested; go-live planned April 2025.",
        "Investigating crime",
        "3\tThe force should make sure investigations are allocated to officers with the right skills and supervised effectively.\t"
        "Review the crime allocation policy and introduce supervisory reviews at 7 and 28 days, recorded on the crime system.\t"
        "D/Supt Crime\tNo deadline set by HMICFRS – June 2025 set to align with next inspection\tAMBER\t"
        "Policy revised. Dip sampling shows 7-day reviews completed in 71% of cases.",
        f"4a\t{afi4}\tAdd mandatory victim needs assessment and Victims' Code fields to the crime record.\t"
        "Head of Crime Standards\tDec-24\tGREEN\tFields live since 2 December 2024.",
        f"4b\t{afi4}\tCarry out a quarterly audit of 50 crime records for Victims' Code compliance and report to the Strategic Performance Board.\t"
        "Force Crime Registrar / Head of Performance\tQuarterly\tAMBER\tFirst audit completed January 2025: 82% compliant.",
        "Protecting vulnerable people",
        "5\tThe force should make sure it is consistently using all available powers, including DVPNs and DVPOs, to protect victims of domestic abuse.\t"
        "Produce DVPN/DVPO guidance for response officers and monitor use monthly at the Public Protection Delivery Group.\t"
        "DCI Public Protection\t31/01/2025\tRED\tGuidance drafted but delayed by legal review; escalated to Chief Officer Team.",
        "Building, supporting and protecting the workforce",
        "6\tThe force should make sure its workforce receives regular, meaningful wellbeing conversations.\t"
        "Embed wellbeing conversations in the annual PDR process and report completion rates by directorate.\t"
        "Director of HR\tApr-25\tAMBER\tPDR template updated; completion reporting starts with the 2025 cycle.",
        "7\tThe force should improve how it vets its workforce in line with the Vetting Code of Practice.\t"
        "Clear the backlog of Management Vetting renewals and record all decisions on the vetting system.\t"
        "Head of Professional Standards\t30/11/2024\tGREEN\tBacklog cleared November 2024.",
        "",
        "Total: 8 actions – 3 Green, 4 Amber, 1 Red",
    ]
    with open(P("bn1-city-of-london-police-peel-afi-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    barlinnie(); erskine(); aru(); spire(); dyffryn(); fls(); colp()
    print("done")
