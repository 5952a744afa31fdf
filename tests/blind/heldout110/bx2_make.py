"""Generator for the bx2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "hdr": "D9E1F2"}.items()}
D = dt.datetime
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, cols):
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=row, column=i, value=c)
        cell.font = Font(bold=True); cell.fill = FILL["hdr"]; cell.alignment = WRAP


# 1. Imperial trust board action log (xlsx)
def imperial():
    wb = Workbook(); ws = wb.active; ws.title = "Action log"
    ws["A1"] = "Trust Board (public session) – action log"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Imperial College Healthcare NHS Trust | Updated following the meeting held on 15 January 2025"
    hdr(ws, 4, ["Ref", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Revised due date", "Status", "Update"])
    rows = [
        ("TB/24/058", D(2024, 9, 18), "Integrated performance report", "Provide the board with a breakdown of 52-week waiters by specialty, with trajectories for ENT and ophthalmology.", "Chief operating officer", D(2024, 11, 13), None, "Complete", "Included as an appendix to the November IPR. Proposed for closure."),
        ("TB/24/061", D(2024, 9, 18), "Freedom to speak up report", "Bring back an analysis of speaking-up cases by staff group and ethnicity, benchmarked against National Guardian's Office data.", "Director of people", D(2025, 1, 15), D(2025, 3, 19), "Amber", "National data for 2023/24 published later than expected. Analysis will come to the March board via the people committee."),
        ("TB/24/067", D(2024, 11, 13), "Maternity and neonatal safety report", "Confirm the timetable for recruitment to the additional consultant obstetrician posts at St Mary's and report progress to the quality committee.", "Chief nurse / Medical director", D(2025, 1, 15), None, "Green", "Two posts advertised in December; interviews set for 4 February."),
        ("TB/24/070", D(2024, 11, 13), "Finance report (month 6)", "Set out the risks to delivery of the cost improvement programme in the second half of the year, including mitigations for unidentified schemes.", "Chief financial officer", D(2025, 1, 15), None, "Complete", "Covered in the month 8 finance report to this meeting."),
        ("TB/24/072", D(2024, 11, 13), "Board assurance framework", "Refresh the BAF risk on estates and infrastructure to reflect the outcome of the New Hospital Programme review.", "Director of estates", D(2025, 3, 19), D(2025, 5, 21), "Red", "Awaiting confirmation of the national programme timetable; risk wording cannot be finalised until then."),
        None,
        ("TB/25/003", D(2025, 1, 15), "Patient story", "Share the learning from the patient story with the outpatients transformation programme board and feed back to the board on the changes made.", "Chief nurse", D(2025, 3, 19), None, "Green", "On the February programme board agenda."),
        ("TB/25/005", D(2025, 1, 15), "Winter plan update", "Provide an update on virtual ward bed occupancy and its impact on non-elective length of stay.", "Chief operating officer", D(2025, 3, 19), None, "Green", "Data being collated with the North West London virtual ward hub."),
        ("TB/25/008", D(2025, 1, 15), "Green plan annual report", "Circulate the decarbonisation trajectory to board members outside the meeting.", "Director of estates", D(2025, 2, 28), None, "Complete", "Circulated by email on 24 January 2025."),
    ]
    r = 5
    for row in rows:
        if row:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP
                if i in (2, 6, 7) and v is not None:
                    c.number_format = "dd/mm/yyyy" if i == 2 else "mmm-yy"
            ws.cell(row=r, column=8).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[row[7]]]
        r += 1
    ws.cell(row=r + 1, column=1, value="Status key: Complete – action closed and can be removed from the log; Green – on track for the due date; Amber – at risk of slipping; Red – overdue or not on track.")
    for col, w in zip("ABCDEFGHI", (11, 12, 24, 55, 22, 10, 12, 10, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bx2-imperial-college-healthcare-nhst-trust-board-action-log.xlsx"))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


# 2. North Cumbria maternity highlight report (docx)
def north_cumbria():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Safety Highlight Report – Quarter 3 2024/25", 0)
    doc.add_paragraph("North Cumbria Integrated Care NHS Foundation Trust")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Report to", "Quality and Safety Committee"), ("Date", "20 February 2025"),
                 ("Author", "Director of Midwifery"), ("Purpose", "Assurance")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
    doc.add_heading("Summary", 1)
    doc.add_paragraph("This report sets out progress in quarter 3 against the key actions in the maternity and neonatal "
                      "improvement programme. Of the nine actions below, two are complete, four are on track, two are "
                      "amber and one is red. The red action relates to neonatal nurse staffing at the Cumberland Infirmary "
                      "and is escalated to the Committee.")
    cols = ["No.", "Action", "Owner", "Due", "RAG", "Update"]
    rag = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0"}
    ws = [
        ("Workstream 1: Maternity Incentive Scheme (Year 6)", [
            ("1.1", "Complete the Perinatal Mortality Review Tool (PMRT) review for all eligible deaths within the MIS timescales and report the findings to Trust Board.", "LH", "March 2025", "G", "All Q3 cases started within 2 months; two reviews awaiting external panel member."),
            ("1.2", "Achieve 90% compliance with PROMPT multi-professional emergency training for each staff group.", "Practice Development Midwife", "31/12/2024", "B", "Compliance at 31 December: midwives 95%, obstetricians 92%, anaesthetists 91%, MSWs 93%."),
            ("1.3", "Submit the Saving Babies' Lives Care Bundle v3 quarterly assurance to the LMNS.", "DoM / Clinical Director", "Quarterly", "G", "Q3 submission made 17 January; 5 of 6 elements fully implemented."),
        ]),
        ("Workstream 2: Listening to and working with women and families", [
            ("2.1", "Establish a Maternity and Neonatal Voices Partnership (MNVP) for the West Cumberland Hospital site with a funded lead.", "Head of Midwifery", "Jan-25 revised to Apr-25", "A", "Funding agreed with the ICB; recruitment of the MNVP lead under way."),
            ("2.2", "Publish the results of the 2024 CQC maternity survey with the Trust's response and a 'you said, we did' summary.", "SB", "Feb-25", "B", "Published on the Trust website and shared on social media on 6 February."),
        ]),
        ("Workstream 3: Growing, retaining and supporting our workforce", [
            ("3.1", "Complete the Birthrate Plus workforce review and present the midwifery staffing paper to Trust Board.", "Director of Midwifery", "Mar-25", "G", "Final report received; paper scheduled for the March Board."),
            ("3.2", "Recruit to the vacant neonatal nursing posts to meet BAPM standards at the Cumberland Infirmary.", "Neonatal Matron", "Jun-25", "R", "Three of seven posts recruited. Shifts covered by bank and agency; escalated via the divisional risk register."),
            ("3.3", "Offer 'stay conversations' to all midwives in their first two years after qualification.", "Practice Development Midwife", "Ongoing", "G", "18 of 21 preceptee midwives have had a stay conversation."),
        ]),
        ("Workstream 4: Developing and sustaining a culture of safety", [
            ("4.1", "Embed PSIRF learning responses in maternity governance, with monthly themes shared at the safety huddle.", "Maternity Governance Lead", "End of April 2025", "A", "Thematic review of PPH cases started; huddle themes shared since December. Capacity in the governance team remains a risk."),
        ]),
    ]
    for head, acts in ws:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, c in enumerate(cols):
            t.rows[0].cells[i].text = c
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], rag[a[4]])
    doc.add_heading("RAG key", 2)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On track"), ("A", "At risk of delay"), ("R", "Off track – escalated")]:
        c = t.add_row().cells; c[0].text = k; c[1].text = v; shade(c[0], rag[k])
    doc.add_heading("Escalations to the Committee", 2)
    doc.add_paragraph("The Committee is asked to note the neonatal nurse staffing position (action 3.2) and the mitigation in place.")
    doc.save(os.path.join(OUT, "bx2-north-cumbria-integrated-care-nhsft-maternity-neonatal-highlight-report.docx"))


# 3. Cheshire and Merseyside ICB action log export (csv)
def cheshire_merseyside():
    rows = [
        ["NHS Cheshire and Merseyside ICB – System Quality Group: Action Log"],
        ["Exported 03/03/2025"],
        [],
        ["Action ID", "Date raised", "Meeting", "Agenda item", "Action", "Action owner", "Due date", "RAG", "Update"],
        ["SQG/24/031", "12/09/2024", "SQG September 2024", "Urgent and emergency care – corridor care", "Obtain assurance from each acute provider that corridor care standard operating procedures include escalation to the director on call and are audited monthly.", "Helen Brierley", "31/10/2024", "Complete", "All acute providers submitted SOPs; audit summary received at the November SQG. Closed."],
        ["SQG/24/034", "12/09/2024", "SQG September 2024", "Learning from lives and deaths (LeDeR)", "Share the annual LeDeR report themes with place quality leads and agree two system-wide priorities for 2025/26.", "Dr Ian Moss; Karen Dwyer", "31/01/2025", "Green", "Themes shared at the place quality leads forum in December. Priorities to be confirmed at the March meeting."],
        ["SQG/24/040", "14/11/2024", "SQG November 2024", "Maternity – LMNS update", "Present the LMNS review of postpartum haemorrhage rates across the maternity units, including actions for outlier trusts.", "LMNS Director of Midwifery", "28/02/2025", "Amber", "Data validation outstanding from one trust; escalated to the LMNS board."],
        ["SQG/24/043", "14/11/2024", "SQG November 2024", "Infection prevention and control", "Develop a system C. difficile reduction plan with trajectories for each acute trust.", "Lisa Crawford", "31/03/2025", "Green", "Draft plan shared with trust DIPCs for comment."],
        ["SQG/24/047", "14/11/2024", "SQG November 2024", "Mental health out of area placements", "Provide a breakdown of inappropriate out of area placements by place and length of stay.", "Mark Ellis", "16/01/2025", "Complete", "Presented at the January meeting."],
        ["SQG/25/002", "16/01/2025", "SQG January 2025", "Primary care access – quality impact", "Complete a quality impact assessment on the proposed changes to extended access hub opening hours before the decision at Primary Care Committee.", "Karen Dwyer", "13/03/2025", "Not started", ""],
        ["SQG/25/005", "16/01/2025", "SQG January 2025", "Care homes – safeguarding themes", "Arrange a deep dive into pressure ulcer safeguarding referrals from care homes in Wirral and Sefton.", "Helen Brierley", "TBC", "Amber", "Date to be agreed with the two place safeguarding leads."],
    ]
    with open(os.path.join(OUT, "bx2-cheshire-merseyside-icb-system-quality-group-action-log-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 4. Walsall Safeguarding Partnership CSPR action plan (xlsx)
def walsall():
    wb = Workbook(); ws = wb.active; ws.title = "Child S action plan"
    ws["A1"] = "Child Safeguarding Practice Review: Child S – Multi-agency Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Walsall Safeguarding Partnership | Plan owner: Learning and Development Sub-Group | Last updated: 21/01/2025"
    hdr(ws, 4, ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date", "Measure of impact / evidence", "Progress update", "RAG"])
    recs = [
        ("1", "Partners should ensure that the voice and lived experience of pre-verbal children is recorded and informs assessment and planning.", [
            ("1.1", "Relaunch the Partnership's 'Day in the life of the baby' practice guidance and include it in the single assessment template.", "Head of Service – Assessment (Children's Services)", D(2025, 3, 31), "Audit shows the baby's daily experience evidenced in at least 80% of sampled assessments.", "Guidance relaunched in November; template change with the Mosaic team for testing.", "green"),
            ("1.2", "Health visitors to record observations of parent–infant interaction at every universal contact and share concerns with the allocated social worker.", "Named Nurse Safeguarding Children (Walsall Healthcare)", D(2024, 12, 31), "Record audit of 30 health visiting records.", "Audit completed December 2024: 27 of 30 records compliant.", "blue"),
            ("1.3", "Undertake a multi-agency audit of 15 cases of children under one on a child protection plan.", "WSP Business Manager", "Q1 2025/26", "Audit report to the Quality Assurance Sub-Group.", "Audit tool agreed; case selection in April.", "amber"),
        ]),
        ("2", "Agencies should strengthen the response to domestic abuse where a parent is pregnant, including routine enquiry and referral to MARAC.", [
            ("2.1", "Review the maternity routine enquiry policy and audit compliance at booking and at 28 weeks.", "Safeguarding Midwife", D(2025, 2, 28), "Routine enquiry recorded in 95% of bookings.", "Policy reviewed; audit under way.", "green"),
            ("2.2", "Deliver the Safe and Together briefing to children's social care, police and health visiting staff.", "DA Strategic Lead / Detective Inspector, Public Protection Unit", "Sept 2024 – June 2025", "Number of staff trained by agency; practitioner feedback.", "Three of six sessions delivered; police attendance low and raised with the PPU.", "amber"),
        ]),
        ("3", "The Partnership should seek assurance that safe sleep advice is given and recorded consistently by all agencies in contact with the family.", [
            ("3.1", "Embed the safe sleep assessment tool in early help and children's social care recording.", "Head of Early Help", D(2025, 4, 30), "Safe sleep assessment recorded for all under-ones open to early help.", "Not yet started: system change not prioritised by the case management team.", "red"),
            ("3.2", "Circulate the 7-minute briefing on Child S to all partner agencies and record uptake.", "WSP Business Manager", D(2024, 11, 30), "Uptake returns from each agency.", "Circulated 4 November 2024; returns received from all statutory partners.", "blue"),
        ]),
    ]
    r = 5
    for no, text, acts in recs:
        start = r
        for ref, act, lead, due, meas, prog, rag in acts:
            for col, v in zip((3, 4, 5, 6, 7, 8), (ref, act, lead, due, meas, prog)):
                c = ws.cell(row=r, column=col, value=v); c.alignment = WRAP
                if col == 6 and isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=9).fill = FILL[rag]
            r += 1
        ws.cell(row=start, column=1, value=no).alignment = WRAP
        ws.cell(row=start, column=2, value=text).alignment = WRAP
        ws.merge_cells(start_row=start, end_row=r - 1, start_column=1, end_column=1)
        ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for col, txt in [("blue", "Complete"), ("green", "On track"), ("amber", "Some delay – remedial action agreed"), ("red", "Off track – escalate to the Executive Group")]:
        ws.cell(row=r, column=1).fill = FILL[col]; ws.cell(row=r, column=2, value=txt); r += 1
    for col, w in zip("ABCDEFGHI", (6, 40, 6, 50, 28, 12, 35, 40, 8)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bx2-walsall-safeguarding-partnership-cspr-child-s-action-plan.xlsx"))


def span_row(table, text):
    cells = table.add_row().cells
    m = cells[0].merge(cells[-1]); m.text = text
    m.paragraphs[0].runs[0].bold = True
    shade(m, "D9E1F2")


# 5. Tameside Adult Safeguarding Partnership Board SAR action plan (docx)
def tameside():
    doc = Document()
    doc.add_heading("Safeguarding Adults Review – Mr W: Action Plan", 0)
    doc.add_paragraph("Tameside Adult Safeguarding Partnership Board")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, c in enumerate(["Version", "Date", "Author", "Comments"]):
        t.rows[0].cells[i].text = c
    for row in [("0.3", "04/11/2024", "TASPB Business Manager", "Draft for SAR sub-group"),
                ("1.0", "10/12/2024", "TASPB Business Manager", "Agreed at Board"),
                ("1.2", "18/03/2025", "TASPB Business Manager", "Q4 progress update")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Mr W was a 67-year-old man who lived alone and died following a house fire in 2023. He had a long history "
                      "of self-neglect and hoarding, and had disengaged from health and social care services in the months before "
                      "his death. The review was commissioned under section 44 of the Care Act 2014. This plan sets out how partners "
                      "will respond to the four recommendations and is monitored by the SAR sub-group.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, c in enumerate(["No.", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
        t.rows[0].cells[i].text = c
    data = [
        ("Recommendation 1: TASPB partners should assure the Board that professionals understand and apply the legal framework for self-neglect, including when to use the multi-agency risk management (MARM) process.", [
            ("1.1", "Refresh the self-neglect and hoarding guidance to include clear escalation routes into MARM, and relaunch it through a 7-minute briefing.", "TASPB Business Manager", "March 2025", "Guidance approved by the Policy and Procedures sub-group in February; 7-minute briefing circulated to all partners.", "Complete"),
            ("1.2", "Audit a sample of 20 MARM referrals to test whether risk was reviewed at the agreed intervals and the person's views were recorded.", "Principal Social Worker (TMBC)", "Sept 2025", "Audit tool agreed; sample to be drawn in April.", "On track"),
        ]),
        ("Recommendation 2: Partners should ensure that mental capacity assessments are completed and recorded where there are concerns about a person's executive functioning.", [
            ("2.1", "Deliver multi-agency training on executive capacity and the Mental Capacity Act, prioritising adult social care, GP practices and the community mental health team.", "Named Nurse Safeguarding Adults (ICFT) / Principal Social Worker (TMBC)", "Sept 2024 – March 2025", "Four sessions delivered (112 staff). GP uptake low; an additional session is booked through the primary care safeguarding forum.", "Amber"),
            ("2.2", "Add a prompt on executive functioning to the adult social care assessment template in the case management system.", "Head of Adult Safeguarding", "By 30 June 2025", "Change request submitted to the systems team.", "On track"),
        ]),
        ("Recommendation 3: The Board should seek assurance that agencies share information when a person repeatedly disengages from services, including missed health appointments.", [
            ("3.1", "Agree a 'was not brought / did not attend' protocol for adults with care and support needs across primary and secondary care.", "Designated Nurse Adult Safeguarding (ICB)", "December 2024", "Protocol agreed by the Board in December 2024 and published on the TASPB website.", "Complete"),
            ("3.2", "Include disengagement as a standing theme in the MARM quarterly report to the Quality and Performance sub-group.", "TASPB Business Manager", "Quarterly", "First report received in January 2025.", "On track"),
        ]),
        ("Recommendation 4: Greater Manchester Fire and Rescue Service and housing providers should strengthen joint working where fire risk is linked to self-neglect.", [
            ("4.1", "Extend the Safe and Well referral pathway to all registered housing providers in Tameside and monitor referral numbers.", "GMFRS Borough Manager", "Ongoing", "Five of seven providers signed up; referrals reported quarterly.", "On track"),
            ("4.2", "Deliver a joint fire risk and hoarding briefing to housing officers and tenancy support staff.", "GMFRS Prevention Lead and Jigsaw Homes Tenancy Services Manager", "May 2025", "Briefing postponed from February due to GMFRS staffing; new date being agreed.", "Amber"),
        ]),
    ]
    for rec, acts in data:
        span_row(t, rec)
        for a in acts:
            c = t.add_row().cells
            for i, v in enumerate(a):
                c[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and evidenced; On track – progressing within timescale; "
                      "Amber – some slippage, remedial action in place; Red – off track, requires escalation to the Board.")
    doc.save(os.path.join(OUT, "bx2-tameside-asp-board-sar-mr-w-action-plan.docx"))


# 6. Gosport CSP DHR action plan (tab-separated text)
def gosport():
    lines = [
        ["Gosport Community Safety Partnership – DHR 'Sarah' Action Plan"],
        ["Status as at 14 March 2025"],
        [],
        ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones", "Target date", "Completion date and outcome", "Status"],
        ["1", "Hampshire Constabulary to ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the perpetrator.", "Local", "Issue a force-wide briefing and update the domestic abuse attendance checklist on mobile devices.", "Hampshire Constabulary", "Briefing issued Oct 2024; checklist live Jan 2025", "31/01/2025", "Completed 27/01/2025 – checklist live; compliance dip-sampled monthly by Public Protection.", "Complete"],
        ["2a", "Gosport Borough Council housing services should routinely ask about domestic abuse at homelessness assessment and record the response.", "Local", "Add a mandatory routine enquiry question to the housing options assessment form.", "Gosport Borough Council", "Form change requested from the IT supplier", "June 2025", "", "Green"],
        ["2b", "", "Local", "Train housing options officers in routine enquiry and the DAHA accreditation standards.", "Gosport Borough Council", "6 of 9 officers trained", "Sept 2025", "", "Amber"],
        ["3", "The ICB should seek assurance that GP practices record and code domestic abuse disclosures and share them with the named GP for safeguarding.", "Regional", "Audit the coding of domestic abuse disclosures in the Gosport PCN practices.", "HIOW ICB", "Audit tool agreed", "31/03/2025", "", "Amber"],
        ["4a", "Southern Health NHS Foundation Trust should ensure that carers' assessments consider the risk of abuse from the person cared for.", "Local", "Revise the carers' assessment template to include a domestic abuse and risk question.", "Southern Health NHSFT", "Template drafted", "May 2025", "", "Green"],
        ["4b", "", "Local", "Review compliance through the Trust's quarterly safeguarding audit.", "Southern Health NHSFT", "", "Quarterly", "", "Green"],
        ["5", "Gosport CSP to share the learning from this review with partners and the public, including on abuse of older people by family members.", "Local", "Hold a learning event, publish a 7-minute briefing and run a campaign on domestic abuse in later life.", "Gosport CSP / Hampshire County Council", "Learning event held 12/11/2024", "31/12/2024", "Completed – 64 attendees; briefing published on the CSP website.", "Complete"],
        [],
        ["Status key: Complete; Green – on track; Amber – delayed but within tolerance; Red – off track"],
    ]
    with open(os.path.join(OUT, "bx2-gosport-csp-dhr-sarah-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


# 7. Fareham BC strategic risk register with a mistyped month (xlsx, refuse)
def fareham():
    wb = Workbook(); ws = wb.active; ws.title = "Q2 2025-26"
    ws["A1"] = "Strategic Risk Register – Quarter 2 2025/26"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fareham Borough Council | Position at 30 September 2025 | Reported to Audit and Governance Committee, November 2025"
    hdr(ws, 4, ["Risk ref", "Risk", "Risk owner", "Residual score (L x I)", "Mitigating action", "Action owner", "Target date", "Progress update", "Status"])
    rows = [
        ("SR01", "Medium-term financial position", "Director of Finance and Resources", 16, "Deliver the savings in the Opportunities Plan and report progress to Executive Leadership Team monthly.", "Head of Finance", "March 2026", "£0.7m of £1.2m delivered or secured at Q2.", "Amber"),
        (None, None, None, None, "Review fees and charges as part of the 2026/27 budget.", "Head of Finance", "January 2026", "Service reviews started.", "Green"),
        ("SR02", "Housing delivery at Welborne", "Director of Planning and Regeneration", 12, "Agree the infrastructure funding package for the M27 Junction 10 works with partners.", "Director of Planning and Regeneration", "December 2025", "Funding agreement in final draft.", "Amber"),
        ("SR03", "Cyber security", "Head of ICT", 15, "Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.", "ICT Security Officer", "November 2025", "Self-assessment 70% complete.", "Green"),
        (None, None, None, None, "Run phishing simulation exercises for all staff.", "ICT Security Officer", "Monthly", "September click rate 4%, down from 9%.", "Green"),
        ("SR04", "Temporary accommodation demand", "Head of Housing", 16, "Bring into use additional council-owned temporary accommodation units to reduce bed and breakfast use.", "Housing Options Manager", "Febuary 2026", "Two units ready; four in refurbishment.", "Amber"),
        ("SR05", "Workforce recruitment and retention", "Head of HR", 9, "Implement the outcome of the pay and grading review.", "Head of HR", "April 2026", "Job evaluation under way.", "Green"),
        (None, None, None, None, "Launch the second apprenticeship cohort.", "HR Manager", "September 2025", "Eight apprentices started 1 September.", "Complete"),
    ]
    colour = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            if v is not None:
                ws.cell(row=r, column=i, value=v).alignment = WRAP
        ws.cell(row=r, column=9).fill = FILL[colour[row[8]]]
        r += 1
    for a, b in ((5, 6), (8, 9), (11, 12)):
        for col in (1, 2, 3, 4):
            ws.merge_cells(start_row=a, end_row=b, start_column=col, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (1–5) x Impact (1–5). Status: Green – on track; Amber – some slippage; Red – off track; Complete – action finished.")
    for col, w in zip("ABCDEFGHI", (8, 28, 26, 10, 50, 24, 14, 36, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bx2-fareham-bc-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    imperial(); north_cumbria(); cheshire_merseyside(); walsall(); tameside(); gosport(); fareham()
