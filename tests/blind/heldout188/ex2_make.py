"""Build the seven ex2- blind cases (data files + expected readings)."""
import os, csv, datetime as dt
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def fill(c):
    return PatternFill("solid", fgColor=c)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def write_expected(name, meta, actions):
    d = dict(meta)
    if d["outcome"] == "read":
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)


def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a

# ---------------------------------------------------------------- 1. QEH maternity (xlsx)
def qeh():
    name = "ex2-queen-elizabeth-hospital-kings-lynn-maternity-improvement-plan.xlsx"
    title = "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2024/25"
    wb = Workbook()
    cv = wb.active; cv.title = "Cover"
    cv["A1"] = title; cv["A1"].font = Font(bold=True, size=14)
    rows = [("Document owner", "Director of Midwifery"), ("Executive sponsor", "Chief Nurse and Maternity Safety Champion"),
            ("Version", "v3.2"), ("Date", "14/01/2025"), ("Reporting to", "Quality Committee / Trust Board (Part 1)"),
            ("Position as at", "31 December 2024 (Q3)")]
    for i, (k, v) in enumerate(rows, start=3):
        cv.cell(i, 1, k).font = Font(bold=True); cv.cell(i, 2, v)
    cv["A11"] = "Version history"; cv["A11"].font = Font(bold=True)
    for i, r in enumerate([("Version", "Date", "Change"), ("v3.0", "08/10/2024", "Q2 update to Quality Committee"),
                           ("v3.1", "12/11/2024", "Revised dates agreed for 2.2 and 3.1"), ("v3.2", "14/01/2025", "Q3 update")], start=12):
        for j, v in enumerate(r, start=1):
            cv.cell(i, j, v)
    ky = wb.create_sheet("RAG key")
    for i, (k, v, c) in enumerate([("B", "Complete – evidence of embedding provided", "B"), ("G", "On track to deliver by the agreed date", "G"),
                                   ("A", "At risk of slipping – mitigation in place", "A"), ("R", "Off track / revised date exceeded", "R")], start=1):
        ky.cell(i, 1, k).fill = fill(FILL[c]); ky.cell(i, 2, v)
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 31 December 2024 – for Quality Committee 23 January 2025"; ws.merge_cells("A2:J2")
    hdr = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date", "Progress update (Q3)",
           "Evidence", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F3864")
    data = [
        ("Theme 1: Listening to and working with women and families", [
            ("1.1", "Establish a Maternity and Neonatal Voices Partnership (MNVP) with a funded chair and publish a co-produced workplan.",
             "Director of Midwifery", dt.datetime(2024, 6, 30), None, "MNVP chair appointed July 2024; workplan published on Trust website.", "MNVP workplan v1", "G", "B", "blue", "2024-06"),
            ("1.2", "Introduce a 15 Steps for Maternity walkaround on each unit twice a year, with actions fed back through the MNVP.",
             "Head of Midwifery / MNVP Chair", dt.datetime(2024, 9, 30), "31/03/2025", "First walkaround completed on Waveney ward; Central Delivery Suite date agreed for February.", "", "A", "G", "green", "2025-03"),
            ("1.3", "Translate the birth options and induction of labour leaflets into the five most-spoken community languages and make them available online.",
             "Patient Experience Lead", dt.datetime(2024, 12, 31), None, "Translation complete for Polish, Lithuanian and Portuguese; Latvian and Romanian awaited from supplier.", "", "G", "A", "amber", "2024-12"),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Complete a Birthrate Plus workforce review and present the funded establishment to the Trust Board.",
             "Director of Midwifery", dt.datetime(2024, 10, 31), None, "Birthrate Plus report received; Board approved 6.4 WTE uplift on 5 November 2024.", "Board paper Nov 2024", "G", "B", "blue", "2024-10"),
            ("2.2", "Achieve 90% compliance with PROMPT multidisciplinary emergency skills training for midwives, obstetricians and anaesthetists.",
             "Practice Development Midwife; Clinical Director for Obstetrics", dt.datetime(2024, 9, 30), "28/02/2025", "Midwives 94%, obstetricians 86%, anaesthetists 71%. Additional anaesthetic sessions booked.", "Training dashboard", "R", "A", "amber", "2025-02"),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety", [
            ("3.1", "Embed the Perinatal Quality Surveillance Model with a monthly report to Board including staffing, incidents and PSIRF learning.",
             "Associate Director of Quality Governance", dt.datetime(2024, 7, 31), "30/04/2025", "Monthly report in place; neonatal data not yet included.", "", "A", None, "green", "2025-04"),
            ("3.2", "Implement the Saving Babies' Lives Care Bundle version 3 across all six elements and achieve full compliance at the LMNS assessment.",
             "Consultant Midwife / Obstetric Lead for Fetal Monitoring", dt.datetime(2025, 3, 31), None, "Elements 1, 2, 4 and 6 fully compliant. Element 3 (fetal growth) at 78%.", "LMNS assurance visit Dec 2024", "A", "A", "amber", "2025-03"),
            ("3.3", "Relocate the maternity triage to a dedicated area and introduce the Birmingham Symptom-specific Obstetric Triage System (BSOTS).",
             "Maternity Matron (Triage)", dt.datetime(2025, 6, 30), None, "Estates scheme approved; works start February 2025.", "", "", "R", "red", "2025-06"),
        ]),
    ]
    r = 5
    acts = []
    for theme, items in data:
        ws.cell(r, 1, theme).font = Font(bold=True); ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9); r += 1
        for (ref, act, lead, orig, rev, prog, ev, prev, cur, st, end) in items:
            vals = [ref, act, lead, orig, rev, prog, ev, prev or None, cur]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 4: c.number_format = "DD/MM/YYYY"
            if prev: ws.cell(r, 8).fill = fill(FILL[prev])
            if cur: ws.cell(r, 9).fill = fill(FILL[cur])
            else: ws.cell(r, 9).fill = fill(FILL["G"])   # fill-only current RAG
            leads = {"Head of Midwifery / MNVP Chair": ["Head of Midwifery", "MNVP Chair"],
                     "Practice Development Midwife; Clinical Director for Obstetrics": ["Practice Development Midwife", "Clinical Director for Obstetrics"],
                     "Consultant Midwife / Obstetric Lead for Fetal Monitoring": ["Consultant Midwife", "Obstetric Lead for Fetal Monitoring"]}.get(lead, [lead])
            acts.append(A(ref, [theme], act, leads, end, st)); r += 1
    r += 1
    ws.cell(r, 1, "Summary"); ws.cell(r, 1).font = Font(bold=True); r += 1
    for k, v in [("Complete (B)", 2), ("On track (G)", 2), ("At risk (A)", 3), ("Off track (R)", 1), ("Total actions", 8)]:
        ws.cell(r, 1, k); ws.cell(r, 2, v); r += 1
    for col, w in zip("ABCDEFGHI", [6, 60, 30, 14, 14, 50, 20, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates an acute trust maternity and neonatal improvement plan reported to Quality Committee and Board (e.g. QEH King's Lynn / Ockenden and three-year delivery plan style, 2024/25). Copies a cover sheet with document control and version history, a separate RAG key sheet with blue = complete, theme rows merged across the plan, original and revised completion dates, previous and current RAG as fill-coloured letters (one current RAG given only as fill), several leads in one cell and a summary block under the plan.",
        "reads": "A three-sheet workbook: cover, RAG key, and the improvement plan. The plan has three themes from the maternity delivery plan, each with numbered actions, leads as job titles, original and revised dates and a previous/current RAG, then a summary of counts.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 2. Somerset CRR (xlsx)
def somerset():
    name = "ex2-somerset-council-corporate-risk-register-q2-2025-26.xlsx"
    title = "Somerset Council – Corporate Risk Register"
    wb = Workbook()
    sm = wb.active; sm.title = "Summary"
    sm["A1"] = "Somerset Council – Corporate Risk Register: Quarter 2 2025/26 summary"; sm["A1"].font = Font(bold=True, size=13)
    sm["A3"] = "Risk"; sm["B3"] = "Title"; sm["C3"] = "Current score"; sm["D3"] = "Target score"; sm["E3"] = "Direction of travel"
    for i, r in enumerate([("SCC001", "Financial sustainability", 25, 12, "↔"), ("SCC014", "Adult social care demand and market sufficiency", 20, 12, "↓"),
                           ("SCC022", "Cyber security and resilience", 16, 8, "↔")], start=4):
        for j, v in enumerate(r, start=1):
            sm.cell(i, j, v)
    sm["A8"] = "Scores are likelihood x impact on a 5 x 5 matrix. 15–25 Very High; 10–14 High; 5–9 Medium; 1–4 Low."
    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – Audit and Governance Committee, 27 November 2025"
    hdr = ["Ref", "Further mitigating action", "Action owner", "Due date", "Q2 progress", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h); c.font = Font(bold=True); c.fill = fill("BDD7EE")
    risks = [
        ("SCC001 – Financial sustainability",
         "Risk owner: Executive Director of Resources and Corporate Services (S151)   |   Current score 25 (5x5)   |   Target score 12",
         [("SCC001.1", "Deliver the 2025/26 savings programme of £41.8m, with monthly tracking through the Budget Monitoring Board.",
           "Executive Director of Resources and Corporate Services (S151)", "31/03/2026", "£29.2m forecast to be delivered; £6.1m of undelivered savings mitigated by one-off measures.", "Amber", "amber", "2026-03", None),
          ("SCC001.2", "Submit the Exceptional Financial Support capitalisation request and business case to MHCLG.",
           "Chief Executive; Service Director – Finance and Procurement", "Aug-25", "Request submitted 8 August 2025; minded-to letter received.", "Complete", "blue", "2025-08", None),
          ("SCC001.3", "Refresh the Medium Term Financial Plan to 2029/30, aligned with the Fair Funding Review outcome.",
           "Service Director – Finance and Procurement", "Q3 2025/26", "Draft MTFP to Executive in December.", "Green", "green", "2025-12", None)]),
        ("SCC014 – Adult social care demand and market sufficiency",
         "Risk owner: Executive Director of Adult Social Care   |   Current score 20 (4x5)   |   Target score 12",
         [("SCC014.1", "Implement the home first discharge model with Somerset NHS Foundation Trust to reduce long-stay residential placements.",
           "Director of Adult Social Care Operations", "Ongoing", "Placements from hospital down 14% on the same quarter last year.", "Green", "green", None, "Ongoing"),
          ("SCC014.2", "Retender the domiciliary care framework on a locality (patch) basis.",
           "Service Director – Commissioning", "30/06/2026", "Market engagement complete; cabinet decision scheduled January 2026.", "Amber", "amber", "2026-06", None)]),
        ("SCC022 – Cyber security and resilience",
         "Risk owner: Director of ICT and Digital   |   Current score 16 (4x4)   |   Target score 8",
         [("SCC022.1", "Achieve Public Services Network (PSN) compliance certification for 2025/26.",
           "Head of ICT Security", "31/12/2025", "IT health check completed; remediation plan 60% complete.", "Amber", "amber", "2025-12", None),
          ("SCC022.2", "Run a council-wide cyber incident exercise with the Extended Leadership Team.",
           "Director of ICT and Digital / Emergency Planning Manager", "Oct 2025", "Exercise held 16 October 2025; lessons log produced.", "Complete", "blue", "2025-10", None),
          ("SCC022.3", "Migrate the remaining 42 legacy servers from the former district councils to the Azure tenancy.",
           "Head of ICT Infrastructure", "March 2026", "Migration paused pending resolution of licensing issue with supplier.", "Red", "red", "2026-03", None)]),
    ]
    rf = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0"}
    r = 5; acts = []
    for head, info, items in risks:
        ws.cell(r, 1, head).font = Font(bold=True, color="FFFFFF"); ws.cell(r, 1).fill = fill("44546A")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        ws.cell(r, 1, info).font = Font(italic=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for ref, act, lead, due, prog, st, status, end, et in items:
            for j, v in enumerate([ref, act, lead, due, prog, st], start=1):
                ws.cell(r, j, v).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 6).fill = fill(rf[st])
            leads = {"Chief Executive; Service Director – Finance and Procurement": ["Chief Executive", "Service Director – Finance and Procurement"],
                     "Director of ICT and Digital / Emergency Planning Manager": ["Director of ICT and Digital", "Emergency Planning Manager"]}.get(lead, [lead])
            acts.append(A(ref, [head], act, leads, end, status, et)); r += 1
        r += 1
    for col, w in zip("ABCDEF", [12, 60, 36, 12, 50, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a unitary council's quarterly corporate risk register reported to Audit and Governance Committee (Somerset Council style, Q2 2025/26). Copies a summary sheet of risks with current/target scores and direction of travel, and a register sheet where each risk is a merged banner row with an owner/score line under it, followed by its further mitigating actions with owner, due date, progress and a fill-coloured status word.",
        "reads": "A corporate risk register for Q2 2025/26 with three corporate risks; under each risk are its numbered mitigating actions, each with an action owner (job titles, sometimes two), a due date in varied forms and a RAG status. The summary sheet and the owner/score lines are not actions.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 3. NHS Sussex ICB board action log (xlsx, refuse)
def sussex():
    name = "ex2-nhs-sussex-icb-board-action-log-typo-month-refuse.xlsx"
    title = "NHS Sussex Integrated Care Board – Board Meeting in Public: Action Log"
    wb = Workbook(); ws = wb.active; ws.title = "Action log"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated following the meeting held on 4 September 2025. Closed actions are removed after being reported once."
    hdr = ["Action no.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Update", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h); c.font = Font(bold=True); c.fill = fill("D9D9D9")
    rows = [
        ("ICB25/041", "03/04/2025", "Urgent and emergency care winter plan", "Circulate the final winter plan including the mental health crisis pathway to Board members.", "Chief Delivery Officer", "May 2025", "Circulated 14 May 2025.", "Closed"),
        ("ICB25/047", "05/06/2025", "Quality report", "Provide a deep dive on ambulance handover delays at Royal Sussex County Hospital to the Quality Committee.", "Chief Nursing Officer / Chief Medical Officer", "Septmber 2025", "On agenda for Quality Committee 18 September.", "Open"),
        ("ICB25/052", "05/06/2025", "Finance report (Month 2)", "Set out the recurrent impact of the non-pay savings schemes in the Month 6 report.", "Chief Finance Officer", "Oct 2025", "", "Open"),
        ("ICB25/058", "04/09/2025", "Joint Forward Plan refresh", "Bring the refreshed Joint Forward Plan to the November Board for approval.", "Director of Strategy", "Nov 2025", "", "Open"),
        ("ICB25/059", "04/09/2025", "Primary care access recovery", "Share practice-level data on online consultation uptake with the Health and Wellbeing Boards.", "Director of Primary Care", "Dec 2025", "", "Open"),
    ]
    r = 5
    for row in rows:
        for j, v in enumerate(row, start=1):
            ws.cell(r, j, v).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for col, w in zip("ABCDEFGH", [11, 12, 30, 60, 30, 14, 40, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates an integrated care board's public Board action log (NHS Sussex ICB style, 2025): title, a note line on how closed actions are handled, and columns Action no. / Meeting date / Agenda item / Action / Lead / Due date / Update / Status (Open/Closed). One due date is mistyped ('Septmber 2025').",
        "reads": "A board action log of five actions from meetings April–September 2025. The due date of action ICB25/047 reads 'Septmber 2025', a mistyped month that a careful reader would query before recording the plan.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": 6, "title": title}, [])

# ---------------------------------------------------------------- 4. Lambeth SAB SAR (docx)
def lambeth():
    name = "ex2-lambeth-sab-sar-mr-k-action-plan.docx"
    title = "Safeguarding Adults Review: Mr K – Multi-agency Action Plan"
    doc = Document()
    doc.add_paragraph("Lambeth Safeguarding Adults Board")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Agreed by the SAR Subgroup on 12 March 2025. Progress updated for the Board meeting of 9 October 2025.")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Version", "2.1"), ("Owner", "SAB Business Manager"), ("Date of last update", "29/09/2025"), ("Status", "Live – monitored by SAR Subgroup")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    doc.add_paragraph("RAG key: Red – not started or significantly delayed; Amber – in progress, some delay; Green – in progress and on track; Blue – complete and evidence received.")
    themes = [
        ("Theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: The SAB should seek assurance that all partner agencies use the Lambeth Self-Neglect and Hoarding Protocol and escalate cases where engagement is declined.", [
                ("1.1", "Relaunch the self-neglect and hoarding protocol with a briefing and 7-minute guide for frontline staff across all partner agencies.", "SAB Business Manager", ["SAB Business Manager"], "June 2025", "Blue", "blue", "2025-06", None),
                ("1.2", "Audit 20 self-neglect referrals to test use of the protocol and the escalation route, and report findings to the Quality Assurance Subgroup.", "Head of Adult Safeguarding (Lambeth Council); Designated Nurse for Adult Safeguarding (SEL ICB)", ["Head of Adult Safeguarding (Lambeth Council)", "Designated Nurse for Adult Safeguarding (SEL ICB)"], "Q3 2025/26", "Amber", "amber", "2025-12", None),
            ]),
            ("Recommendation 2: Lambeth Council should ensure that mental capacity assessments for people who self-neglect consider executive functioning.", [
                ("2.1", "Deliver executive functioning training to adult social care and housing staff.", "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"], "31/07/2025", "Green", "green", "2025-07", None),
                ("2.2", "Update the Mental Capacity Act practice guidance and audit tool to include executive capacity.", "MCA Lead", ["MCA Lead"], "Sept 2025 – Jan 2026", None, "amber", "2026-01", "Sept 2025 – Jan 2026"),
            ]),
        ]),
        ("Theme 2: Multi-agency working and information sharing", [
            ("Recommendation 3: Partners should agree a clear lead agency and a named key worker when more than two agencies are working with an adult at risk.", [
                ("3.1", "Introduce a multi-agency risk management (MARM) meeting framework with a named lead professional.", "Assistant Director, Adult Social Care Operations / Metropolitan Police (Central South BCU) Safeguarding Lead", ["Assistant Director, Adult Social Care Operations", "Metropolitan Police (Central South BCU) Safeguarding Lead"], "Ongoing", "Green", "green", None, "Ongoing"),
                ("3.2", "Add a prompt about other agencies involved to the South London and Maudsley community mental health team referral form.", "SLaM Head of Safeguarding", ["SLaM Head of Safeguarding"], "March 2025", "Complete", "blue", "2025-03", None),
                ("3.3", "Hold a learning event on the findings of this review for practitioners from all partner agencies.", "Chair, Learning and Development Subgroup", ["Chair, Learning and Development Subgroup"], "TBC", "Red", "red", None, "TBC"),
            ]),
        ]),
    ]
    acts = []
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, items in recs:
            tb = doc.add_table(rows=2, cols=5); tb.style = "Table Grid"
            m = tb.rows[0].cells[0].merge(tb.rows[0].cells[4]); m.text = rec
            shade(m, "DEEAF6")
            for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG"]):
                tb.rows[1].cells[j].text = h
            for ref, act, leadtxt, leads, due, rag, st, end, et in items:
                c = tb.add_row().cells
                c[0].text = ref; c[1].text = act; c[2].text = leadtxt; c[3].text = due
                if rag:
                    c[4].text = rag
                    shade(c[4], {"Blue": "0070C0", "Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[rag])
                else:
                    shade(c[4], "FFC000")
                acts.append(A(ref, [theme, rec], act, leads, end, st, et))
            doc.add_paragraph("")
    doc.add_paragraph("Next review of this action plan: SAR Subgroup, January 2026.")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a London Safeguarding Adults Board SAR action plan (Lambeth SAB style, 2025). Copies a board name line and title, a document control table, a RAG key paragraph with blue = complete, learning themes as headings, one table per recommendation with the recommendation text in a merged shaded first row, then Ref/Action/Lead/Target date/RAG rows; leads are job titles with agency names in brackets, several posts in one cell; one RAG cell is shade-only.",
        "reads": "A SAR action plan for 'Mr K' under two learning themes with three recommendations; each recommendation's table lists numbered actions with a lead post, target date and RAG. The document-control table and the key are not actions.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 5. Safer Wirral DHR (docx)
def wirral():
    name = "ex2-safer-wirral-partnership-dhr-amy-action-plan.docx"
    title = "Domestic Homicide Review – ‘Amy’: Action Plan"
    doc = Document()
    doc.add_heading("Safer Wirral Partnership", level=1)
    doc.add_paragraph(title).runs[0].bold = True
    doc.add_paragraph("Overview report recommendations – action plan (Home Office template). Updated: 2 October 2025.")
    hdr = ["No.", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation", "Target date", "RAG"]
    recs = [
        ("1", "Wirral Council Adult Social Care to ensure that carers’ assessments consider the risk of domestic abuse from the cared-for person.", "Local", [
            ("1a", "Amend the carers’ assessment template to include routine enquiry about domestic abuse.", "Wirral Council Adult Social Care", "Template amended and live on Liquidlogic from 1 July 2025.", "July 2025", "Complete", "blue", "2025-07", None, ["Wirral Council Adult Social Care"]),
            ("1b", "Brief all carers’ assessors on the amended template and the referral route to the domestic abuse hub.", "Wirral Council Adult Social Care; Wirral Carers Service", "Two briefings held; third scheduled for November.", "30/11/2025", "Green", "green", "2025-11", None, ["Wirral Council Adult Social Care", "Wirral Carers Service"]),
        ]),
        ("2", "Merseyside Police to review how repeat calls from the same address are identified when the victim does not support a prosecution.", "Regional", [
            ("2a", "Test the repeat-address flag in the command and control system and report findings to the DHR Standing Panel.", "Merseyside Police", "", "Dec 2025", "Amber", "amber", "2025-12", None, ["Merseyside Police"]),
        ]),
        ("3", "Wirral University Teaching Hospital to strengthen routine enquiry for domestic abuse in the emergency department.", "Local", [
            ("3a", "Add a mandatory routine enquiry question to the ED triage record.", "Wirral University Teaching Hospital NHS FT", "Change request approved by the digital board.", "Q4 2025/26", "Amber", "amber", "2026-03", None, ["Wirral University Teaching Hospital NHS FT"]),
            ("3b", "Audit ED records quarterly for completion of routine enquiry and report to the Safeguarding Committee.", "Wirral University Teaching Hospital NHS FT", "", "Quarterly", "Green", "green", None, "Quarterly", ["Wirral University Teaching Hospital NHS FT"]),
        ]),
        ("4", "The Safer Wirral Partnership to promote awareness of economic abuse and coercive control among older people.", "Local", [
            ("4a", "Run a campaign on economic abuse with Age UK Wirral during the 16 Days of Action.", "Safer Wirral Partnership & Age UK Wirral", "", "25 Nov – 10 Dec 2025", None, "unrated", "2025-12", "25 Nov – 10 Dec 2025", ["Safer Wirral Partnership", "Age UK Wirral"]),
        ]),
    ]
    nrows = 1 + sum(len(x[3]) for x in recs)
    tb = doc.add_table(rows=nrows, cols=8); tb.style = "Table Grid"
    for j, h in enumerate(hdr):
        tb.rows[0].cells[j].text = h; shade(tb.rows[0].cells[j], "D9D9D9")
    r = 1; acts = []
    for no, rec, scope, items in recs:
        first = r
        for ref, act, lead, ms, due, rag, st, end, et, leads in items:
            c = tb.rows[r].cells
            c[3].text = act; c[4].text = lead; c[5].text = ms; c[6].text = due
            if rag:
                c[7].text = rag
            c[0].text = ref
            acts.append(A(ref, [rec], act, leads, end, st, et)); r += 1
        # recommendation and scope merged down over their actions
        for col, val in ((1, rec), (2, scope)):
            cell = tb.rows[first].cells[col]
            if r - 1 > first:
                cell = cell.merge(tb.rows[r - 1].cells[col])
            cell.text = val
    doc.add_paragraph("")
    doc.add_paragraph("The action plan is monitored by the DHR Standing Panel and reported to the Safer Wirral Partnership Board quarterly.")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a community safety partnership's Domestic Homicide Review action plan on the Home Office template (Safer Wirral Partnership style, 2025): partnership heading, bold title, a note line, then one table with columns No. / Recommendation / Scope of recommendation / Action to take / Lead agency / Key milestones achieved / Target date, plus a RAG column the partnership added. The recommendation and scope cells are vertically merged over their actions; leads are agencies, some two in one cell.",
        "reads": "A DHR action plan for 'Amy' with four recommendations and six actions (1a–4a). Each action answers the recommendation merged beside it; lead agencies, target dates (a month, a date, a quarter, 'Quarterly', a date range) and a RAG word, one blank.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 6. Swale CSP (csv)
def swale():
    name = "ex2-swale-csp-community-safety-partnership-plan-2024-25.csv"
    title = "Swale Community Safety Partnership – Community Safety Plan 2024-25 Action Plan"
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Quarter 3 update (October – December 2024)", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority", "Objective", "Ref", "Action", "Lead partner(s)", "Timescale", "Q3 update", "RAG"],
    ]
    P1 = "Priority 1: Serious violence and violence against women and girls"
    P2 = "Priority 2: Anti-social behaviour"
    P3 = "Priority 3: Substance misuse and the exploitation of vulnerable people"
    data = [
        (P1, "Reduce domestic abuse and repeat victimisation", "1.1", "Deliver the Domestic Abuse Champions network training to at least 40 new champions across statutory and voluntary partners.", "Swale BC Community Safety Unit", ["Swale BC Community Safety Unit"], "March 2025", "32 champions trained; two further sessions booked for February.", "G", "green", "2025-03", None),
        (P1, "Reduce domestic abuse and repeat victimisation", "1.2", "Review MARAC repeat referrals and present themes to the CSP Executive.", "Kent Police / Swale BC", ["Kent Police", "Swale BC"], "Q4 2024/25", "", "A", "amber", "2025-03", None),
        (P1, "Make public spaces safer for women and girls", "1.3", "Complete Walk and Talk safety audits in Sheerness and Sittingbourne town centres, with findings fed into the Safer Streets bid.", "Kent Police and Swale BC Community Safety Unit", ["Kent Police", "Swale BC Community Safety Unit"], "Sep-24", "Audits completed September 2024. Lighting improvements agreed for Sheerness High Street.", "C", "blue", "2024-09", None),
        (P2, "Respond to ASB hotspots", "2.1", "Use the Community Safety Partnership tasking group to agree a monthly hotspot patrol plan, including the Milton Creek and Faversham recreation grounds.", "Community Safety Manager", ["Community Safety Manager"], "Monthly", "Patrol plan in place; ASB reports down 11% on Q3 2023.", "G", "green", None, "Monthly"),
        (P2, "Respond to ASB hotspots", "2.2", "Introduce a Public Spaces Protection Order for vehicle nuisance on the Isle of Sheppey seafront, subject to consultation.", "Head of Housing and Community Services", ["Head of Housing and Community Services"], "31/05/2025", "Consultation closes 14 February 2025.", "A", "amber", "2025-05", None),
        (P3, "Reduce harm from drugs and alcohol", "3.1", "Commission a \"Cuckooing\" awareness session for housing providers and letting agents.", "Forward Trust, Swale BC Housing", ["Forward Trust", "Swale BC Housing"], "Ongoing", "Not yet started – awaiting Kent Police Op Signature input.", "R", "red", None, "Ongoing"),
        (P3, "Identify and safeguard young people at risk of exploitation", "3.2", "Establish a Swale Contextual Safeguarding Panel with Kent County Council Integrated Children's Services.", "KCC Integrated Children's Services; Swale BC Community Safety Unit", ["KCC Integrated Children's Services", "Swale BC Community Safety Unit"], "June 2025", "", "", "unrated", "2025-06", None),
    ]
    acts = []
    for (p, o, ref, act, leadtxt, leads, ts, upd, rag, st, end, et) in data:
        rows.append([p, o, ref, act, leadtxt, ts, upd, rag])
        acts.append(A(ref, [p, o], act, leads, end, st, et))
    rows.append(["", "", "", "", "", "", "", ""])
    rows.append(["RAG: G = on track, A = some slippage, R = off track, C = complete", "", "", "", "", "", "", ""])
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    write_expected(name, {
        "source": "Imitates a district community safety partnership's annual plan tracker saved as CSV (Swale CSP style, 2024-25): title and quarter lines above the header, priority and objective repeated on every row, refs 1.1–3.2, lead partners (several in a cell), timescales in mixed forms (month, quarter, Sep-24, Monthly, Ongoing, date), RAG letters with C = complete defined in a key line at the foot.",
        "reads": "The CSP's community safety plan actions for 2024-25 under three priorities and their objectives, with lead partners, timescales, Q3 updates and a RAG letter. The key line at the end defines C as complete.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 7. Kirklees transformation highlight (txt)
def kirklees():
    name = "ex2-kirklees-council-transformation-programme-highlight-report.txt"
    title = "Transformation Programme – Highlight Report"
    lines = [
        "Kirklees Council",
        title,
        "Reporting period: October 2025\tReport date: 07/11/2025\tSRO: Strategic Director – Corporate Strategy, Commissioning and Public Health",
        "Overall programme RAG: Amber (previous: Amber)",
        "",
        "Milestone summary\tTotal 9\tComplete 2\tOn track 4\tAt risk 2\tOff track 1",
        "",
        "Ref\tKey milestone\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    ]
    WS1 = "Workstream 1: Adults and Health – Promoting Independence"
    WS2 = "Workstream 2: Children's Services – Sufficiency and Placements"
    WS3 = "Workstream 3: Organisational Redesign and Digital"
    data = [
        (WS1, [
            ("T1.1", "Launch the strengths-based front door model in all four localities", "Service Director – Adults Social Care Operations", ["Service Director – Adults Social Care Operations"], "30/06/2025", "30/09/2025", "Complete", "blue", "2025-09", None, "Live in all localities from 22/09/2025"),
            ("T1.2", "Recommission reablement with a target of 65% of people needing no ongoing care", "Head of Commissioning, Adults", ["Head of Commissioning, Adults"], "31/01/2026", "31/01/2026", "G", "green", "2026-01", None, "Tender evaluation under way"),
            ("T1.3", "Roll out assistive technology offer to 500 additional homes", "AT Programme Manager", ["AT Programme Manager"], "Dec-25", "Mar-26", "A", "amber", "2026-03", None, "Installer capacity constrained; 212 homes to date"),
        ]),
        (WS2, [
            ("T2.1", "Open the second in-house children's home (Birkby)", "Head of Resources and Placements", ["Head of Resources and Placements"], "31/10/2025", "31/03/2026", "R", "red", "2026-03", None, "Ofsted registration delayed; Registered Manager recruitment re-advertised"),
            ("T2.2", "Recruit 25 additional mainstream foster carers through the Foster Kirklees campaign", "Fostering Service Manager", ["Fostering Service Manager"], "31/03/2026", "31/03/2026", "G", "green", "2026-03", None, "14 approved, 9 in assessment"),
            ("T2.3", "Step down 10 young people from residential to family-based care", "Service Director – Children's Social Care / Head of Resources and Placements", ["Service Director – Children's Social Care", "Head of Resources and Placements"], "Q3 2025/26", "Q4 2025/26", "A", "amber", "2026-03", None, "6 step-downs achieved"),
        ]),
        (WS3, [
            ("T3.1", "Go live with Microsoft Dynamics customer contact platform for Council Tax and Benefits", "Head of Digital Services", ["Head of Digital Services"], "01/09/2025", "01/09/2025", "Complete", "blue", "2025-09", None, "Went live 1 September; call volumes down 18%"),
            ("T3.2", "Consult on the new senior management structure", "Chief Executive and Head of People Services", ["Chief Executive", "Head of People Services"], "November 2025", "November 2025", "G", "green", "2025-11", None, "Consultation opened 3 November"),
            ("T3.3", "Complete the accommodation review and release Civic Centre 3", "Head of Corporate Landlord", ["Head of Corporate Landlord"], "June 2026", "June 2026", "G", "green", "2026-06", None, ""),
        ]),
    ]
    acts = []
    for ws, items in data:
        lines.append(ws)
        for (ref, ms, owner, leads, base, fc, rag, st, end, et, com) in items:
            lines.append("\t".join([ref, ms, owner, base, fc, rag, com]))
            acts.append(A(ref, [ws], ms, leads, end, st, et))
    lines += [
        "",
        "RAG key: G = on track to forecast date; A = at risk, recovery plan in place; R = off track, decision required; Complete = delivered.",
        "Decisions required from Transformation Board: agree revised forecast for T2.1 (March 2026).",
        "",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    write_expected(name, {
        "source": "Imitates a metropolitan council's monthly transformation programme highlight report exported to tab-separated text (Kirklees Council style, October 2025): body and report title lines, a reporting period/SRO line, overall RAG, a one-line milestone summary, a milestone table with workstream heading lines, baseline and forecast dates, RAG and commentary, then a RAG key and a decisions line.",
        "reads": "A highlight report for the council's transformation programme listing nine key milestones under three workstreams, each with an owner (job titles, two in some rows), a baseline and a forecast date, and a RAG. The forecast date is the revised end.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


if __name__ == "__main__":
    for fn in (qeh, somerset, sussex, lambeth, wirral, swale, kirklees):
        fn()
    print("done")
