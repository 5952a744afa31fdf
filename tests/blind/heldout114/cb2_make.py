"""Generator for the cb2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0",
             grey="D9D9D9", hdr="1F4E79", theme="DDEBF7").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


def hdr_row(ws, r, vals):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["hdr"]
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------- 1. MSE board action log
def mse():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Board of Directors (Part I) – Action Log"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Mid and South Essex NHS Foundation Trust – open and recently closed actions as at 28 November 2024"
    ws.merge_cells("A2:J2")
    hdr_row(ws, 4, ["Action No.", "Date of Meeting", "Minute Ref", "Action", "Action Owner",
                    "Due Date", "Revised Due Date", "Progress Update", "Status"])
    rows = [
        ("BoD/24/167", D(2024, 7, 4), "BoD/24/112", "Provide the Board with a breakdown of 12-hour waits in the emergency departments by site and by age group, including patients with mental health needs.", "Chief Operating Officer", D(2024, 9, 5), D(2024, 11, 7), "Breakdown included in the IPR appendix presented to the November Board. Propose closure.", "Complete"),
        ("BoD/24/171", D(2024, 7, 4), "BoD/24/118", "Circulate the Freedom to Speak Up annual report benchmarking data to Board members outside the meeting.", "Director of People & Culture", D(2024, 7, 31), None, "Circulated by the Company Secretary on 19 July 2024.", "Complete"),
        ("BoD/24/184", D(2024, 9, 5), "BoD/24/131", "Review the Perinatal Quality Surveillance Model dashboard so that staffing red flags are reported by site from the October report onwards.", "Chief Nursing Officer / Director of Midwifery", D(2024, 10, 3), D(2024, 12, 5), "Site-level red flags added for Basildon and Southend; Broomfield data feed being rebuilt. Revised date agreed by the Chair.", "On track"),
        ("BoD/24/189", D(2024, 9, 5), "BoD/24/136", "Bring a paper to the Finance and Performance Committee setting out the recovery trajectory for patients waiting over 65 weeks for elective treatment.", "Chief Operating Officer", D(2024, 12, 12), None, "Trajectory drafted; validation of the waiting list at Southend still under way. May move to the January committee.", "At risk"),
        ("BoD/24/195", D(2024, 10, 3), "BoD/24/149", "Arrange a Board development session on the Green Plan and the Trust's net zero commitments.", "Director of Strategy", D(2025, 2, 6), None, "Session pencilled in for the February development day.", "Not started"),
        ("BoD/24/196", D(2024, 10, 3), "BoD/24/152", "Update the Board Assurance Framework so that the digital infrastructure risk (BAF 7) reflects the outcome of the EPR business case.", "Company Secretary", D(2024, 11, 7), None, "EPR business case decision deferred to December; BAF 7 will be updated once the decision is made.", "Overdue"),
        None,
        ("BoD/24/203", D(2024, 11, 7), "BoD/24/164", "Report the number of patients with no criteria to reside at each site, and the length of their delay, in the next Integrated Performance Report.", "Chief Operating Officer", D(2024, 12, 5), None, "Data agreed with the ICB discharge team; will be in the December IPR.", "On track"),
        ("BoD/24/207", D(2024, 11, 7), "BoD/24/160", "Share the patient story presented to the Board with the Patient Experience Committee and follow up the learning through the Quality Governance Committee.", "Chief Nursing Officer", "Ongoing", None, "Standing arrangement agreed; first report to QGC in December.", "On track"),
        ("BoD/24/209", D(2024, 11, 7), "BoD/24/166", "Confirm with the ICB the opening timetable for the Community Diagnostic Centre at Thurrock and report back to the Board.", "Director of Strategy", "Jan-25", None, "", "On track"),
    ]
    colour = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        st = row[-1]
        if st in colour:
            ws.cell(r, 9).fill = FILL[colour[st]]
            if st in ("Complete", "Overdue"):
                ws.cell(r, 9).font = Font(color="FFFFFF", bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True)
    for i, (w, t) in enumerate([("Complete", "Action completed – propose closure (blue)"),
                               ("On track", "In progress and expected by the due date (green)"),
                               ("At risk", "May miss the due date (amber)"),
                               ("Overdue", "Past the due date (red)"),
                               ("Not started", "Not yet started")], 1):
        ws.cell(r + i, 1, w); ws.cell(r + i, 2, t); ws.merge_cells(start_row=r + i, start_column=2, end_row=r + i, end_column=5)
        if w in colour:
            ws.cell(r + i, 1).fill = FILL[colour[w]]
    for col, w in zip("ABCDEFGHI", [12, 12, 11, 55, 26, 12, 12, 50, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(p("cb2-mid-and-south-essex-nhsft-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(ln); run.bold = bold; run.font.size = Pt(9)


# ---------------------------------------------------------------- 2. Barnsley SAB SAR Adult L
def barnsley():
    doc = Document()
    doc.add_heading("Safeguarding Adults Review (Adult L) – Action Plan", 0)
    doc.add_paragraph("Barnsley Safeguarding Adults Board")
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of the Safeguarding "
        "Adults Review concerning Adult L, a 67-year-old man who died at home in March 2023 following a period of "
        "self-neglect. Progress is monitored by the SAR Sub-group and reported to each meeting of the Board.")
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "January 2025"),
                                ("Author", "BSAB Business Unit"), ("Approved by", "SAR Sub-group, 14 January 2025")]):
        set_text(dc.cell(i, 0), k, True); set_text(dc.cell(i, 1), v)
    doc.add_paragraph("")
    cols = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update", "RAG"]
    recs = [
        ("1. The Board should seek assurance that practitioners across partner agencies understand and apply the Mental Capacity Act 2005 where a person's executive functioning is in question, including recording capacity assessments for specific decisions.", [
            ("1.1", "Deliver multi-agency briefing sessions on the MCA and executive functioning for frontline practitioners and managers.", "BSAB Learning and Development Sub-group Chair", "31/03/2025", "Four sessions delivered October to December 2024 (126 attendees). Two further sessions booked for February.", "Green"),
            ("1.2", "Undertake a multi-agency audit of capacity assessments for people who repeatedly decline care and support, and report the findings to the Quality and Performance Sub-group.", "Head of Safeguarding and Quality Assurance (BMBC)", "June 2025", "Audit tool agreed. Selection of the sample delayed by access to health records.", "Amber"),
        ]),
        ("2. Partners should ensure that self-neglect concerns are managed through the multi-agency Self-Neglect and Hoarding Protocol, with a named lead professional.", [
            ("2.1", "Revise the Self-Neglect and Hoarding Protocol to include escalation routes and the role of the lead professional.", "SAB Business Manager", "30/09/2024", "Revised protocol ratified by the Board on 17 September 2024 and published on the BSAB website.", "Blue"),
            ("2.2", "Launch the revised protocol with a 7-minute briefing and a practitioner podcast.", "SAB Business Manager / Communications Lead", "Oct-24", "7-minute briefing issued 8 October 2024; podcast recorded and available on the website.", "Blue"),
        ]),
        ("3. The ICB should seek assurance that GP practices follow up missed appointments for housebound adults with care and support needs.", [
            ("3.1", "Issue guidance to Barnsley GP practices on following up non-attendance for adults with care and support needs.", "Designated Professional for Safeguarding Adults (SY ICB Barnsley Place)", "Q4 2024/25", "Guidance drafted and shared with the LMC for comment.", "Green"),
            ("3.2", "Include a question on follow-up of missed appointments for housebound patients in the annual GP safeguarding self-assessment.", "Named GP for Safeguarding", "Annually", "Question added to the 2024/25 self-assessment template.", "Green"),
        ]),
        ("4. Housing and fire services should share information where a tenant's self-neglect creates a fire risk.", [
            ("4.1", "Add a safeguarding alert to the housing management system for tenants where there are concerns about self-neglect or fire risk.", "Housing Services Manager", "March 2025", "Change request raised with the system supplier; testing planned for February.", "Amber"),
            ("4.2", "Agree a referral pathway with South Yorkshire Fire and Rescue for Safe and Well visits where hoarding or smoking risks are identified.", "SYFR Station Manager (Prevention) and Housing Services Manager", "31 January 2025", "Pathway agreed and in use from 20 January 2025.", "Blue"),
        ]),
        ("5. The Board should evaluate the impact of the learning from this review within 12 months of publication.", [
            ("5.1", "Carry out a practitioner survey and a case file audit to test whether learning from the Adult L review has changed practice.", "Quality and Performance Sub-group", "November 2025", "Not yet due.", ""),
        ]),
    ]
    n = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n, cols=len(cols)); t.style = "Table Grid"
    for c, h in enumerate(cols):
        set_text(t.cell(0, c), h, True); shade(t.cell(0, c), "D9E2F3")
    fills = {"Green": "00B050", "Amber": "FFC000", "Blue": "0070C0", "Red": "FF0000"}
    r = 1
    for rec, acts in recs:
        first = r
        for a in acts:
            ref, act, lead, tgt, prog, rag = a
            set_text(t.cell(r, 0), ref); set_text(t.cell(r, 2), act); set_text(t.cell(r, 3), lead)
            set_text(t.cell(r, 4), tgt); set_text(t.cell(r, 5), prog); set_text(t.cell(r, 6), rag)
            if rag:
                shade(t.cell(r, 6), fills[rag])
            r += 1
        m = t.cell(first, 1).merge(t.cell(r - 1, 1)) if r - 1 > first else t.cell(first, 1)
        set_text(m, rec)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue = complete; Green = on track; Amber = some slippage against the target date; "
                      "Red = off track or not started when due.")
    doc.save(p("cb2-barnsley-sab-sar-adult-l-action-plan.docx"))


# ---------------------------------------------------------------- 3. HNY ICB quality committee action log export
def hny():
    rows = [
        ["ID", "Date Raised", "Action", "Owner", "Due Date", "RAG", "Status", "Latest Update", "Date Closed"],
        ["QC-24-031", "11/07/2024", "Provide assurance on the backlog of Continuing Healthcare assessments in North Yorkshire Place, including the trajectory to clear cases waiting over 28 days.", "Hargreaves, Claire", "12/09/2024", "B", "Closed", "Trajectory presented in September; backlog reduced from 214 to 96 cases.", "12/09/2024"],
        ["QC-24-036", "11/07/2024", "Circulate the LeDeR annual report to committee members and confirm the date it will go to the Board.", "Okafor, Daniel", "31/07/2024", "B", "Closed", "Circulated 24/07/2024. Board date confirmed as 25 September.", "24/07/2024"],
        ["QC-24-044", "12/09/2024", "Bring a deep dive on pressure ulcer incidents reported by care homes in Hull and East Riding to the November meeting.", "Hargreaves, Claire; Patel, Anita", "14/11/2024", "A", "Open", "Data received from two of the three community providers. Deep dive deferred to the January meeting.", ""],
        ["QC-24-047", "12/09/2024", "Seek assurance from Northern Lincolnshire and Goole NHS FT on progress with the actions following the CQC maternity inspection.", "Whitworth, James", "14/11/2024", "G", "Open", "Trust attended the October Quality Surveillance Group; written assurance expected early December.", ""],
        ["QC-24-052", "14/11/2024", "Review the ICB's PSIRF oversight arrangements against the national oversight roles and responsibilities specification and report any gaps.", "Patient Safety Specialist", "16/01/2025", "G", "Open", "Gap analysis started.", ""],
        ["QC-24-055", "14/11/2024", "Add the risk on the sustainability of community paediatric audiology services to the Quality and Safety risk register.", "Okafor, Daniel", "30/11/2024", "R", "Open", "Not yet added; awaiting risk scoring by the Place Quality Lead.", ""],
        ["QC-24-058", "14/11/2024", "Report on children and young people's mental health waiting times by Place.", "Mental Health Quality Lead", "Quarterly", "G", "Open", "First quarterly report scheduled for the January meeting.", ""],
        ["QC-24-059", "14/11/2024", "Confirm arrangements for committee oversight of the Infection Prevention and Control winter plan.", "Whitworth, James", "16/01/2025", "", "Open", "", ""],
    ]
    with open(p("cb2-humber-north-yorkshire-icb-quality-committee-action-log-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, quoting=csv.QUOTE_MINIMAL).writerows(rows)


# ---------------------------------------------------------------- 4. North Worcestershire CSP DHR 'Karen' (tab-separated text)
def nworcs():
    lines = [
        "North Worcestershire Community Safety Partnership – DHR 'Karen' Action Plan",
        "Domestic Homicide Review: action plan agreed by the DHR Panel. Updated January 2025.",
        "",
        "\t".join(["Rec No.", "Recommendation", "Action", "Lead", "Target Date", "Progress", "RAG"]),
        "\t".join(["1.1", "1. Agencies should routinely ask about domestic abuse when a patient or client presents with injuries or with anxiety linked to a partner.", "Refresh routine enquiry training for GP practice staff in Wyre Forest, Bromsgrove and Redditch.", "Named GP for Safeguarding", "31/03/2025", "Training slides updated; three practice sessions held.", "Green"]),
        "\t".join(["1.2", "", "Audit the recording of routine enquiry in maternity and emergency department records.", "KM/RT", "Jun-25", "Audit planned for April 2025.", "Amber"]),
        "\t".join(["2.1", "2. West Mercia Police should ensure that DASH risk assessments are reviewed by a supervisor when the victim declines to answer.", "Issue a briefing to response officers and supervisors on the review of incomplete DASH forms.", "DCI Public Protection", "End of December 2024", "Briefing issued 2 December 2024 and added to the supervisors' checklist.", "Complete"]),
        "\t".join(["2.2", "", "Dip-sample incomplete DASH forms each quarter and report findings to the DA Operational Group.", "DCI Public Protection", "Quarterly", "First dip sample (Q3) found 8 of 20 forms reviewed by a supervisor.", "Amber"]),
        "",
        "\t".join(["3.1", "3. Housing providers should have a domestic abuse policy that covers joint tenancies and the use of management moves.", "Review the domestic abuse policy to include joint tenancies and management moves.", "Head of Housing (Bromsgrove and Redditch)", "Q1 2025/26", "Draft policy out to consultation with tenants.", "Green"]),
        "\t".join(["3.2", "", "Seek Domestic Abuse Housing Alliance (DAHA) accreditation.", "Housing Strategy Manager", "March 2026", "Registration with DAHA complete; self-assessment under way.", "Green"]),
        "\t".join(["4.1", "4. The CSP should raise awareness of economic abuse among local employers.", "Run an awareness campaign on economic abuse with local employers and the Chamber of Commerce.", "Community Safety Manager", "Nov-24", "Campaign ran 25 November to 10 December 2024 (16 Days of Action).", "Complete"]),
        "\t".join(["5.1", "5. The CSP should seek assurance that the learning from this review has been shared.", "Publish a 7-minute briefing and hold a learning event for practitioners.", "DHR Coordinator", "30/04/2025", "", "Red"]),
        "",
        "RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of slipping; Red = not started / overdue.",
    ]
    with open(p("cb2-north-worcestershire-csp-dhr-karen-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5. Brentwood strategic risk register (refuse)
def brentwood():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q3"
    ws["A1"] = "Brentwood Borough Council – Strategic Risk Register"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Quarter 3 2024/25 (position at 31 December 2024) – Audit and Scrutiny Committee"
    ws.merge_cells("A2:K2")
    hdr_row(ws, 4, ["Risk Ref", "Risk Title", "Risk Description", "Risk Owner", "Inherent Score",
                    "Existing Controls", "Residual Score", "Further Action Required", "Action Owner", "Target Date", "Progress RAG"])
    rows = [
        ("SR01", "Financial sustainability", "Failure to deliver a balanced Medium Term Financial Plan due to inflation and uncertainty over government funding.", "Director of Resources", 20, "MTFP reviewed quarterly; savings programme monitored by CLT.", 16, "Deliver the 2025/26 savings programme and refresh the MTFP following the provisional settlement.", "Director of Resources", D(2025, 2, 28), "Amber"),
        ("SR02", "Local Plan delivery", "Delay in implementing Local Plan site allocations leads to speculative development and loss of housing land supply.", "Director of Place", 16, "Local Plan adopted March 2022; monitoring of housing trajectory.", 12, "Publish the Annual Monitoring Report and five-year housing land supply statement.", "Planning Policy Manager", D(2025, 1, 31), "Green"),
        ("SR03", "Cyber security", "A cyber attack results in loss of systems and data, disrupting services to residents.", "Chief Executive", 20, "Firewall and endpoint protection; annual penetration test; staff e-learning.", 12, "Complete the actions from the 2024 penetration test and achieve PSN compliance.", "ICT Manager", D(2025, 3, 31), "Green"),
        ("SR04", "Workforce", "Inability to recruit and retain staff in key professional roles affects service delivery.", "Director of People and Governance", 16, "Workforce strategy; market supplements for planning and legal roles.", 12, "Launch the apprenticeship and 'grow our own' scheme for planning officers.", "HR Manager", "Octber 2025", "Amber"),
        ("SR05", "Housing repairs and compliance", "Failure to meet landlord compliance and consumer standards for council homes.", "Director of Housing", 20, "Compliance dashboard; monthly contract meetings; stock condition survey.", 15, "Complete the stock condition survey and load the data to the asset management system.", "Asset Manager", D(2025, 6, 30), "Amber"),
        ("SR06", "Partnership governance", "Weaknesses in governance of the shared service arrangements expose the council to financial or reputational risk.", "Chief Executive", 12, "Shared service agreements; joint committee.", 8, "Review the shared service agreements and report to Policy, Resources and Economic Development Committee.", "Monitoring Officer", D(2025, 3, 31), "Red"),
        ("SR07", "Climate change", "The council does not meet its commitment to net zero for its own operations by 2030.", "Director of Place", 12, "Climate Action Plan; carbon reporting.", 9, "Commission a decarbonisation plan for the Brentwood Centre and town hall.", "Sustainability Officer", D(2025, 9, 30), "Green"),
    ]
    fills = {"Green": "green", "Amber": "amber", "Red": "red"}
    for i, row in enumerate(rows):
        r = 5 + i
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        for c in (5, 7):
            s = ws.cell(r, c).value
            ws.cell(r, c).fill = FILL["red" if s >= 15 else "amber" if s >= 8 else "green"]
        ws.cell(r, 11).fill = FILL[fills[row[-1]]]
    ws.cell(13, 1, "Scores = Likelihood x Impact (1–5 each). 15–25 High (red); 8–14 Medium (amber); 1–7 Low (green).")
    for col, w in zip("ABCDEFGHIJK", [8, 20, 40, 20, 9, 35, 9, 45, 20, 12, 10]):
        ws.column_dimensions[col].width = w
    wb.save(p("cb2-brentwood-bc-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6. MK Together CSPR Child D
def mkt():
    wb = Workbook(); ws = wb.active; ws.title = "Child D action plan"
    ws["A1"] = "MK Together – Child Safeguarding Practice Review: Child D"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Multi-agency action plan – progress update for the Safeguarding Partnership Board, February 2025"
    ws.merge_cells("A2:G2")
    hdr_row(ws, 4, ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Update", "RAG"])
    themes = [
        ("Learning Theme 1: Hearing the voice of the child", [
            ("Partners should ensure that practitioners record what children say and how they present, and that this informs assessments and plans.", [
                ("1.1", "Refresh the partnership 'Voice of the Child' practice guidance and circulate to all agencies.", "MKT Business Manager", D(2024, 11, 30), "Guidance refreshed and circulated 21 November 2024.", "green"),
                ("1.2", "Include the voice of the child as a standing theme in the multi-agency audit programme for 2025.", "Quality Assurance Sub-group Chair", D(2025, 6, 30), "Audit programme agreed; first audit in April.", "amber"),
            ]),
        ]),
        ("Learning Theme 2: Neglect and missed health appointments", [
            ("Health partners should have a consistent 'was not brought' approach for children who miss appointments.", [
                ("2.1", "Implement the 'Was Not Brought' policy across MKUH paediatric outpatients and the community dental service.", "Named Nurse (MKUH) & Named GP", D(2025, 3, 31), "Policy approved by MKUH safeguarding committee; rollout to community dental under way.", "amber"),
                ("2.2", "Add missed health appointments to the neglect screening tool used by the MASH.", "Head of Children's Social Care (MKCC)", D(2024, 12, 31), "Screening tool updated.", "green"),
            ]),
            ("Schools should identify and escalate persistent absence where neglect is a concern.", [
                ("2.3", "Deliver briefings for Designated Safeguarding Leads on absence and neglect, including the escalation route to the MASH.", "Education Safeguarding Lead", "Spring term 2025", "Briefing delivered at the January DSL network; second session booked.", "amber"),
            ]),
        ]),
        ("Learning Theme 3: Professional curiosity and escalation", [
            ("Partners should be assured that practitioners use the escalation policy when they disagree with decisions.", [
                ("3.1", "Relaunch the multi-agency escalation policy with a 7-minute briefing and practitioner webinars.", "MKT Business Manager", "Sept 2024 – March 2025", "Briefing issued; two of three webinars delivered.", "amber"),
                ("3.2", "Report the number and outcome of escalations to the Partnership Board each quarter.", "MKT Business Manager", "Quarterly", "Q3 report presented in January 2025.", "amber"),
                ("3.3", "Evaluate the impact of the review's learning through a practitioner survey.", "Learning and Development Sub-group", D(2025, 9, 30), "Not yet started.", "red"),
            ]),
        ]),
    ]
    r = 5
    for theme, recs in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = FILL["theme"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            first = r
            for ref, act, lead, tgt, upd, col in acts:
                for c, v in zip((1, 3, 4, 5, 6), (ref, act, lead, tgt, upd)):
                    cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                ws.cell(r, 7).fill = FILL[col]; ws.cell(r, 7).border = BOX
                r += 1
            ws.cell(first, 2, rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (col, t) in enumerate([("green", "Completed"), ("amber", "In progress"), ("red", "Not started / overdue")], 1):
        ws.cell(r + i, 1).fill = FILL[col]; ws.cell(r + i, 2, t)
    for col, w in zip("ABCDEFG", [6, 40, 50, 28, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(p("cb2-mk-together-cspr-child-d-action-plan.xlsx"))


# ---------------------------------------------------------------- 7. Frimley maternity highlight report
def frimley():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", 0)
    doc.add_paragraph("Frimley Health NHS Foundation Trust – Frimley Park and Wexham Park Hospitals")
    s = doc.add_table(rows=4, cols=2); s.style = "Table Grid"
    for i, (k, v) in enumerate([("Reporting period", "December 2024"), ("Reporting to", "Quality Assurance Committee"),
                                ("Senior Responsible Officer", "Chief Nursing Officer"), ("Overall programme status", "Amber")]):
        set_text(s.cell(i, 0), k, True); set_text(s.cell(i, 1), v)
    shade(s.cell(3, 1), "FFC000")
    doc.add_heading("Key achievements this period", 1)
    for b in ["Fetal monitoring competency compliance reached 92% at Frimley Park and 89% at Wexham Park.",
              "Maternity triage (BSOTS) now in place at both sites.",
              "Year 6 Maternity Incentive Scheme evidence submitted to the Board."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Risks and issues", 1)
    doc.add_paragraph("Midwifery vacancy rate at Wexham Park remains at 11%; international recruitment cohort due to start in February. "
                      "Delays to the maternity information system upgrade may affect the digital workstream.")
    doc.add_heading("Action tracker", 1)
    doc.add_paragraph("Status key: Complete (blue) | On track (green) | At risk (amber) | Off track (red)")
    cols = ["Ref", "Action", "Owner", "Due", "Status", "Comments"]
    fills = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    ws = [
        ("Workstream 1: Safety and learning", [
            ("1.1", "Embed the PSIRF learning response process in maternity, with a monthly learning bulletin to all staff.", "Maternity Governance Lead", "Oct-24", "Complete", "Bulletin issued monthly since August."),
            ("1.2", "Complete the fetal monitoring training needs analysis and achieve 90% competency compliance at both sites.", "Consultant Midwife / Fetal Monitoring Lead", "31/03/2025", "On track", "Wexham Park at 89%; catch-up sessions booked in January."),
            ("1.3", "Review the PMRT action log and close actions overdue by more than three months.", "Clinical Director – Obstetrics", "January 2025", "At risk", "Six actions remain overdue; owners contacted."),
        ]),
        ("Workstream 2: Workforce", [
            ("2.1", "Recruit to the midwifery establishment set by the Birthrate Plus review at Wexham Park.", "Director of Midwifery", "Jun-25", "At risk", "International cohort of 14 midwives starts February; vacancy rate still 11%."),
            ("2.2", "Introduce a preceptorship and retention programme for newly qualified midwives.", "Sarah Kendall and Priya Raman", "30/11/2024", "Complete", "Programme launched with the September cohort."),
            ("2.3", "Meet the BAPM neonatal nursing standards for qualified in speciality nurses.", "Neonatal Matron", "March 2026", "On track", ""),
        ]),
        ("Workstream 3: Listening to families", [
            ("3.1", "Co-produce the personalised care and support plan with the Maternity and Neonatal Voices Partnership.", "Head of Midwifery (Frimley Park)", "Q4 2024/25", "On track", "Draft reviewed at the December MNVP meeting."),
            ("3.2", "Respond to the findings of the CQC maternity survey 2024 with a published 'You said, we did' plan.", "Patient Experience Lead", "Ongoing", "On track", "Plan published on the Trust website; updated quarterly."),
            ("3.3", "Translate key maternity information leaflets into the five most spoken community languages.", "MNVP Lead / Patient Experience Lead", "28/02/2025", "Off track", "Translation contract not yet in place."),
        ]),
    ]
    for head, acts in ws:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1 + len(acts), cols=len(cols)); t.style = "Table Grid"
        for c, h in enumerate(cols):
            set_text(t.cell(0, c), h, True); shade(t.cell(0, c), "D9E2F3")
        for i, a in enumerate(acts, 1):
            for c, v in enumerate(a):
                set_text(t.cell(i, c), v)
            shade(t.cell(i, 4), fills[a[4]])
    doc.add_heading("Decisions / support required", 1)
    doc.add_paragraph("The Committee is asked to note the report and the amber status of the workforce workstream.")
    doc.save(p("cb2-frimley-health-nhsft-maternity-neonatal-highlight-report.docx"))


if __name__ == "__main__":
    mse(); barnsley(); hny(); nworcs(); brentwood(); mkt(); frimley()
