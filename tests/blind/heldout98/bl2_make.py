"""Generator for bl2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in dict(
    red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9", hdr="1F4E79", lt="DDEBF7").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def hdr_row(ws, r, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(r, i, n); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["hdr"]
        c.alignment = WRAP; c.border = BOX


# ---------------------------------------------------------------- 1 HWHCT CQC
def hwhct():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "CQC Action Plan – Community Mental Health Services for Adults of Working Age"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Herefordshire and Worcestershire Health and Care NHS Trust  |  Inspection report published 14 March 2024  |  Position at 30 September 2024"
    ws["A2"].font = Font(italic=True)
    cols = ["CQC requirement", "Ref", "Action", "Lead", "Original completion date",
            "Revised completion date", "Progress update", "RAG"]
    hdr_row(ws, 4, cols)
    rows = [
        ("MD1 The trust must ensure that caseloads in community mental health teams are manageable and safe (Regulation 18).", [
            ("1.1", "Complete a caseload weighting review across all community mental health teams using the agreed tool and agree safe caseload thresholds with team managers.",
             "Associate Director of Mental Health Services", D(2024, 5, 31), None,
             "Weighting review completed in all six teams. Thresholds agreed at Mental Health Governance Group on 21 May 2024.", "Complete", "blue"),
            ("1.2", "Recruit to vacant band 6 care coordinator posts and report caseload numbers monthly through the divisional performance report.",
             "Head of Nursing / Service Manager CMHT", D(2024, 6, 30), D(2024, 12, 31),
             "9 of 14 posts filled; remaining posts re-advertised in August. Caseloads above threshold in two teams.", "Amber", "amber"),
        ]),
        ("MD2 The trust must ensure that risk assessments are completed and updated for all patients (Regulation 12).", [
            ("2.1", "Audit a sample of 20 care records per team each month for completed and updated risk assessments and share the results with teams.",
             "Clinical Audit Lead", "Monthly", None,
             "Audits running since April. Compliance has risen from 71% to 89%.", "Green", "green"),
            ("2.2", "Deliver refresher training on the trust's clinical risk assessment and safety planning tool to all community staff.",
             "Head of Learning and Development", D(2024, 9, 1), None,
             "82% of staff trained to date; further sessions booked for September.", "On track", "green"),
        ]),
        ("SD1 The trust should ensure that patients know how to contact the service out of hours and in a crisis.", [
            ("3.1", "Update the patient information leaflet to include the crisis line and out-of-hours numbers, and give a copy at every first appointment.",
             "Patient Experience Lead", D(2024, 7, 31), None,
             "New leaflet in use from July. Spot checks show leaflet given in 18 of 20 first appointments.", "Complete", "blue"),
        ]),
        ("SD2 The trust should ensure that carers are offered an assessment of their own needs.", [
            ("4.1", "Offer every identified carer a carer's assessment and record the offer on the electronic patient record.",
             "Carers Lead", D(2024, 12, 31), None,
             "Not yet started – waiting for the new carer field on the patient record (due November).", "Not started", None),
            ("4.2", "Set up a carers' forum for the community teams with Herefordshire and Worcestershire carers' organisations.",
             "Carers Lead", D(2024, 10, 31), D(2025, 1, 31),
             "First meeting moved to January 2025 to fit with the carers' organisations.", "Amber", "amber"),
        ]),
    ]
    r = 5
    for req, acts in rows:
        start = r
        for ref, act, lead, orig, rev, prog, rag, fill in acts:
            vals = [req if r == start else None, ref, act, lead, orig, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if i == 5 and v.day == 1 else "dd/mm/yyyy"
            if fill:
                ws.cell(r, 8).fill = FILL[fill]
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for txt, f in [("Blue – complete and evidenced", "blue"), ("Green – on track to deliver by the date", "green"),
                   ("Amber – at risk of delay / revised date agreed", "amber"), ("Red – off track or overdue", "red")]:
        ws.cell(r, 1, txt).fill = FILL[f]; r += 1
    for col, w in zip("ABCDEFGH", [40, 6, 55, 28, 14, 14, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bl2-hwhct-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Hillingdon board action log CSV
def hillingdon():
    rows = [
        ["Trust Board (Part 1 – Public) Action Log"],
        ["The Hillingdon Hospitals NHS Foundation Trust – updated following the meeting held on 04/09/2025"],
        [],
        ["Ref", "Meeting Date", "Action", "Owner", "Due Date", "Progress Update", "RAG Status"],
        ["TB/25/031", "05/06/2025", "Bring a deep dive on 52-week waits in trauma and orthopaedics to the Board, including the recovery trajectory by specialty.",
         "Chief Operating Officer", "04/09/2025", "Deep dive presented at the September Board (item 9). Propose closure.", "Complete"],
        ["TB/25/034", "05/06/2025", "Include ward-level fill rates for registered nurses in the safe staffing section of the Integrated Performance Report.",
         "Chief Nurse", "06/11/2025", "Ward-level data now available from the e-rostering system; first report to the November Board.", "Green"],
        ["TB/25/038", "03/07/2025", "Circulate the revised Freedom to Speak Up strategy to Board members before it goes to the People Committee.",
         "Director of Corporate Affairs", "31/07/2025", "Strategy circulated 28/07/2025.", "Complete"],
        ["TB/25/041", "03/07/2025", "Provide an update on the business case for the new electronic patient record, including the revised capital profile.",
         "Chief Finance Officer / Chief Digital Information Officer", "06/11/2025", "Business case delayed pending national capital confirmation; update now expected at the January Board.", "Amber"],
        ["TB/25/044", "04/09/2025", "Report on the actions taken following the patient story on discharge delays for patients with learning disabilities.",
         "Chief Nurse", "Jan-26", "", "Green"],
        ["TB/25/045", "04/09/2025", "Confirm the timetable for the Board's well-led self-assessment and share it with the Council of Governors.",
         "JG/PS", "30/09/2025", "Timetable not yet agreed with the external reviewer.", "Red"],
        ["TB/25/047", "04/09/2025", "Add the estates risk on the Hillingdon Hospital redevelopment decant to the Board Assurance Framework.",
         "Director of Strategy", "Nov 2025", "Risk drafted and reviewed at Finance and Performance Committee in October.", "Green"],
        [],
        ["Key: Complete = action completed and proposed for closure; Green = on track; Amber = delayed but with a new date; Red = overdue"],
    ]
    with open(os.path.join(OUT, "bl2-hillingdon-hospitals-nhsft-trust-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (7 - len(row)) if row else [""] * 7)


# ---------------------------------------------------------------- 3 Plymouth SAB SAR docx
def plymouth():
    doc = Document()
    doc.add_heading("Safeguarding Adults Review – Adult X: Multi-agency Action Plan", level=1)
    doc.add_paragraph("Plymouth Safeguarding Adults Board").runs[0].bold = True
    doc.add_paragraph(
        "This action plan responds to the six recommendations of the Safeguarding Adults Review concerning Adult X, "
        "a 67-year-old man who died at home in January 2024 in circumstances of severe self-neglect. The plan is "
        "monitored by the SAR Subgroup and progress is reported to the Board each quarter.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "14 October 2024"),
                                ("Owner", "PSAB Business Manager"), ("Status", "Approved by SAR Subgroup")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("")
    recs = [
        ("Recommendation 1: The Board should seek assurance that partner agencies use the multi-agency self-neglect and hoarding protocol when a person declines care.", [
            ("1.1", "Relaunch the self-neglect and hoarding protocol through a practitioner briefing and a 7-minute briefing on Adult X.", "PSAB Business Manager", "March 2025",
             "Briefing drafted and agreed by the Subgroup; launch event booked for 12 February 2025.", "Green", None),
            ("1.2", "Audit a sample of self-neglect cases across partner agencies to test use of the protocol.", "Head of Adult Social Care (PCC) / Named Nurse Safeguarding Adults (UHP)",
             "Sept 2024 – March 2025", "Audit tool agreed; 12 of 20 cases reviewed so far.", "Amber", None),
        ]),
        ("Recommendation 2: Agencies should ensure that mental capacity is assessed and recorded where a person repeatedly refuses support.", [
            ("2.1", "Include executive functioning and repeated refusals in the multi-agency Mental Capacity Act training.", "MCA Lead (Livewell Southwest)", "31/12/2024",
             "Training content updated and delivered to 140 staff.", "Complete", None),
            ("2.2", "Add a prompt to record capacity assessments to the adult social care assessment form.", "Principal Social Worker", "End of June 2025",
             "Form change requested through the systems team.", "Green", None),
        ]),
        ("Recommendation 3: The Board should ensure that fire risk is considered in all self-neglect cases.", [
            ("3.1", "Agree a referral pathway to Devon and Somerset Fire and Rescue Service for Home Fire Safety Visits for people who self-neglect.", "Station Manager Prevention (DSFRS)", "Nov-24",
             "Pathway agreed and circulated to all partners.", "", "0070C0"),
        ]),
        ("Recommendation 4: Partners should share learning from this review across the workforce.", [
            ("4.1", "Share the learning through partner agency newsletters, team meetings and the PSAB website.", "SAR Subgroup Chair", "Ongoing",
             "Learning shared in five partner newsletters; website page live.", "Green", None),
        ]),
    ]
    for rec, acts in recs:
        p = doc.add_paragraph(); run = p.add_run(rec); run.bold = True
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead agency / officer", "Timescale", "Evidence of progress", "RAG"]):
            tb.rows[0].cells[i].text = h; shade(tb.rows[0].cells[i], "D9D9D9")
        for ref, act, lead, when, prog, rag, fill in acts:
            cells = tb.add_row().cells
            for i, v in enumerate([ref, act, lead, when, prog, rag]):
                cells[i].text = v
            col = fill or {"Green": "00B050", "Amber": "FFC000", "Complete": "0070C0"}.get(rag)
            if col:
                shade(cells[5], col)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – some delay; Red – not on track.")
    doc.save(os.path.join(OUT, "bl2-plymouth-sab-sar-adult-x-action-plan.docx"))


# ---------------------------------------------------------------- 4 Eastbourne DHR txt
def eastbourne():
    lines = [
        "Domestic Homicide Review – 'Beth' – Action Plan",
        "Safer Eastbourne Partnership",
        "Updated for the Safer Eastbourne Partnership Board, 21 May 2025",
        "",
        "\t".join(["No.", "Recommendation", "Scope", "Action", "Lead Agency", "Target Date", "Progress / Outcome", "RAG"]),
        "\t".join(["1.1", "1. Agencies to ensure routine enquiry about domestic abuse is made with older people accessing health services.", "Local",
                   "Add routine enquiry questions to the community nursing initial assessment template.", "East Sussex Healthcare NHS Trust", "Mar-25",
                   "Template updated and live since March 2025.", "B"]),
        "\t".join(["1.2", "", "Local",
                   "Deliver domestic abuse and older people training to community nursing and GP practice staff.", "Sussex ICB / East Sussex Healthcare NHS Trust", "30/09/2025",
                   "Two of four sessions delivered; remaining sessions booked for July and September.", "G"]),
        "\t".join(["2.1", "2. The housing service to strengthen how it identifies domestic abuse when a tenant reports anti-social behaviour.", "Local",
                   "Review the ASB case management procedure to include a domestic abuse screening question.", "Eastbourne Borough Council (Housing)", "31/07/2025",
                   "Procedure in draft; consultation with tenants' panel delayed.", "A"]),
        "\t".join(["3.1", "3. Sussex Police to review the use of DASH risk assessments where the suspect is an adult child of the victim.", "Local",
                   "Issue guidance to response officers on completing DASH where the suspect is a family member other than a partner.", "Sussex Police", "Dec-24",
                   "Guidance issued December 2024 and included in response officer training.", "B"]),
        "\t".join(["3.2", "", "Local",
                   "Dip-sample 30 familial abuse DASH assessments to test the guidance is being followed.", "Sussex Police", "June 2025",
                   "Dip sample not yet started due to staff vacancies in the Public Protection team.", "R"]),
        "\t".join(["4.1", "4. The Partnership to raise awareness of adult family violence in the community.", "Local",
                   "Run a public awareness campaign on adult family violence during the 16 Days of Action.", "Safer Eastbourne Partnership", "Ongoing",
                   "Campaign planned for November 2025 with the Domestic Abuse Partnership.", "G"]),
        "",
        "RAG: B = Complete, G = on track, A = some slippage, R = not on track",
    ]
    with open(os.path.join(OUT, "bl2-eastbourne-csp-dhr-beth-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5 Tendring risk register (refuse)
def tendring():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q2 2025-26"
    ws["A1"] = "Tendring District Council – Strategic Risk Register: Further Actions"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 – reported to Audit Committee, November 2025"
    hdr_row(ws, 4, ["Ref", "Further action required", "Action owner", "Target date", "Progress at Q2", "Status"])
    data = [
        ("SR1 – Financial sustainability: failure to deliver a balanced budget across the Medium Term Financial Strategy", [
            ("SR1.1", "Agree the savings and income programme for 2026/27 with Cabinet and add the proposals to the budget.", "Assistant Director (Finance and IT)", D(2026, 2, 1),
             "Savings proposals drafted; Cabinet workshop held in October.", "Amber"),
            ("SR1.2", "Refresh the MTFS forecast using the provisional local government finance settlement.", "Section 151 Officer", D(2026, 1, 1),
             "Awaiting the provisional settlement in December.", "Green"),
        ]),
        ("SR2 – Cyber security: loss of systems or data following a cyber attack", [
            ("SR2.1", "Complete the annual IT health check and fix all critical vulnerabilities found.", "Head of IT and Digital", D(2025, 12, 1),
             "Health check completed in September; 3 of 5 critical items fixed.", "Green"),
            ("SR2.2", "Run a cyber incident exercise with the Management Team.", "Head of IT and Digital", "Novmeber 2025",
             "Exercise scenario agreed with the Local Resilience Forum.", "Green"),
        ]),
        ("SR3 – Local government reorganisation: disruption to services and staff during the move to a new unitary council", [
            ("SR3.1", "Set up an LGR programme board and agree the council's programme management arrangements.", "Chief Executive", D(2025, 9, 1),
             "Programme board meeting monthly since September.", "Complete"),
            ("SR3.2", "Develop a staff communication and wellbeing plan for the reorganisation period.", "Head of People", D(2026, 3, 1),
             "", "Not started"),
        ]),
    ]
    r = 5
    for risk, acts in data:
        ws.cell(r, 1, risk).font = Font(bold=True); ws.cell(r, 1).fill = FILL["lt"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            r += 1
    for col, w in zip("ABCDEF", [8, 60, 32, 14, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bl2-tendring-dc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6 Lewisham & Greenwich maternity highlight
def lgt():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    doc.add_paragraph("Lewisham and Greenwich NHS Trust – Quality and Safety Committee, October 2025")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Senior Responsible Owner", "Chief Nursing Officer"), ("Reporting period", "August – September 2025"),
                                ("Prepared by", "Maternity Programme Manager"), ("Overall programme RAG", "Amber")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    shade(t.cell(3, 1), "FFC000")
    doc.add_heading("Key achievements this period", level=2)
    for b in ["Birthrate Plus workforce review received and shared with the Board.",
              "CTG training compliance at 92% across both sites.",
              "Maternity triage now using BSOTS at Queen Elizabeth Hospital."]:
        doc.add_paragraph(b, style="List Bullet")
    ws = [
        ("Workstream 1: Safe staffing", [
            ("1.1", "Agree the midwifery establishment uplift recommended by the Birthrate Plus review and start recruitment.", "Director of Midwifery", "31/12/2025", "Amber",
             "Uplift agreed in principle by Executive Committee; funding decision in November."),
            ("1.2", "Introduce a twice-daily staffing huddle across labour ward, triage and postnatal ward.", "Director of Midwifery", "Aug-25", "Complete",
             "Huddles in place at both sites since 4 August."),
        ]),
        ("Workstream 2: Triage and assessment", [
            ("2.1", "Roll out the Birmingham Symptom-Specific Obstetric Triage System at University Hospital Lewisham.", "Clinical Director Obstetrics", "November 2025", "Green",
             "Training underway; go-live planned for 10 November."),
            ("2.2", "Audit triage waiting times monthly and report to the Maternity Safety Group.", "Maternity Quality and Safety Lead", "Monthly", "Green",
             "August audit: 81% of women seen within 15 minutes."),
        ]),
        ("Workstream 3: Neonatal care", [
            ("3.1", "Review neonatal nurse staffing against BAPM standards and present the gap analysis.", "Neonatal Matron / Lead Nurse Neonatal Services", "30/09/2025", "Red",
             "Gap analysis not completed due to long-term sickness in the team; new date to be agreed."),
            ("3.2", "Implement the perinatal optimisation pathway for babies born before 34 weeks.", "Neonatal Clinical Lead", "March 2026", "Green",
             "Pathway approved; data collection started in September."),
        ]),
    ]
    for wsn, acts in ws:
        doc.add_heading(wsn, level=2)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Owner", "Due", "RAG", "Update"]):
            tb.rows[0].cells[i].text = h; shade(tb.rows[0].cells[i], "D9D9D9")
        for ref, act, own, due, rag, upd in acts:
            c = tb.add_row().cells
            for i, v in enumerate([ref, act, own, due, rag, upd]):
                c[i].text = v
            shade(c[4], {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}[rag])
    doc.add_heading("Key risks", level=2)
    tr = doc.add_table(rows=3, cols=3); tr.style = "Table Grid"
    for i, row in enumerate([("Risk", "Mitigation", "Score"),
                             ("Midwifery vacancy rate remains above 10%", "International recruitment cohort starting January 2026", "16"),
                             ("Estates work on labour ward delayed", "Escalated to Capital Programme Board", "12")]):
        for j, v in enumerate(row):
            tr.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete (blue) – delivered; Green – on track; Amber – risk to delivery; Red – off track.")
    doc.save(os.path.join(OUT, "bl2-lewisham-greenwich-nhs-trust-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 7 Telford & Wrekin LCSPR xlsx
def telford():
    wb = Workbook(); ws = wb.active; ws.title = "Child T action plan"
    ws["A1"] = "Telford & Wrekin Safeguarding Partnership – LCSPR Child T: Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Review published June 2024. Plan monitored by the Learning and Improvement Group; last updated 18 March 2025."
    ws.merge_cells("A2:G2")
    hdr_row(ws, 4, ["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"])
    data = [
        ("Learning Point 1: Professional curiosity about the adults in the household", [
            ("R1. All agencies should ensure practitioners ask about and record who lives in and visits the home.", [
                ("1.1", "Add a 'household members and visitors' section to the multi-agency referral form.", "TWSP Business Manager", D(2024, 9, 1),
                 "New referral form in use from 2 September 2024.", "green"),
                ("1.2", "Deliver professional curiosity workshops using the Child T case for frontline staff in all partner agencies.", "Head of Safeguarding / Principal Social Worker", D(2025, 3, 1),
                 "Four workshops held (96 staff); two more planned for April.", "amber"),
            ]),
        ]),
        ("Learning Point 2: Information sharing between health and children's social care", [
            ("R2. Health partners should share information about missed health appointments for children open to children's social care.", [
                ("2.1", "Agree a process for health visitors and school nurses to notify the allocated social worker of two or more missed appointments.", "Designated Nurse Safeguarding Children (ICB)", "Dec 2024",
                 "Process agreed and included in the health safeguarding policy.", "green"),
                ("2.2", "Audit compliance with the missed appointments process six months after launch.", "Designated Nurse Safeguarding Children (ICB)", D(2025, 6, 30),
                 "", "red"),
            ]),
            ("R3. West Mercia Police should share domestic abuse incident notifications with schools before the start of the next school day.", [
                ("3.1", "Extend Operation Encompass notifications to cover weekend incidents.", "DI Public Protection (West Mercia Police)", "Ongoing",
                 "Weekend notifications started in January; coverage being checked monthly.", "amber"),
            ]),
        ]),
    ]
    r = 5
    for lp, recs in data:
        ws.cell(r, 1, lp).font = Font(bold=True); ws.cell(r, 1).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for rec, acts in recs:
            start = r
            for ref, act, lead, when, prog, fill in acts:
                vals = [rec if r == start else None, ref, act, lead, when, prog or None, None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
                ws.cell(r, 7).fill = FILL[fill]
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Key:").font = Font(bold=True); r += 1
    for txt, f in [("Red – not started / off track", "red"), ("Amber – in progress", "amber"), ("Green – completed", "green")]:
        ws.cell(r, 1, txt).fill = FILL[f]; r += 1
    for col, w in zip("ABCDEFG", [45, 6, 55, 32, 12, 50, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bl2-telford-wrekin-scp-lcspr-child-t-action-plan.xlsx"))


if __name__ == "__main__":
    hwhct(); hillingdon(); plymouth(); eastbourne(); tendring(); lgt(); telford()
