"""Generate the ed2- case documents (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "hdr": "1F3864", "sec": "D9E1F2", "grey": "E7E6E6"}.items()}


def put(ws, r, c, v, fmt=None, fill=None, bold=False, white=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    cell.border = BOX
    if fmt:
        cell.number_format = fmt
    if fill:
        cell.fill = FILL[fill]
    if bold or white:
        cell.font = Font(bold=bold, color="FFFFFF" if white else None)
    return cell


# ---------------------------------------------------------------- 1. MPFT CQC
def mpft():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = ("MPFT CQC Action Plan – Acute Wards for Adults of Working Age and "
                "Psychiatric Intensive Care Units")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Focused inspection November 2022, report published 19 May 2023. "
                "Position at 30 November 2023 for Quality and Safety Committee.")
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "CQC requirement", "Action", "Lead", "Target date",
           "Revised date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, fill="hdr", white=True, bold=True)
    r = 5
    def section(text):
        nonlocal r
        put(ws, r, 1, text, fill="sec", bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
    def group(req, rows):
        nonlocal r
        start = r
        for ref, act, lead, tgt, rev, prog, rag in rows:
            put(ws, r, 1, ref)
            put(ws, r, 2, req if r == start else None)
            put(ws, r, 3, act); put(ws, r, 4, lead)
            put(ws, r, 5, tgt, fmt=("mmm-yy" if tgt.day == 1 else "dd/mm/yyyy") if isinstance(tgt, D) else None)
            put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, D) else None)
            put(ws, r, 7, prog); put(ws, r, 8, rag, fill=rag)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    section("MUST DO ACTIONS")
    group("The trust must ensure that ligature risk assessments identify all potential "
          "ligature anchor points and set out the actions taken to reduce the risk. (Regulation 12)", [
        ("M1.1", "Complete a full re-audit of ligature risk assessments on all acute and PICU wards "
         "using the revised trust template.", "Head of Nursing – Adult Acute", D(2023, 6, 30), None,
         "All 9 ward assessments re-audited by 23/06/23. Findings reported to the Environmental "
         "Safety Group in July.", "B"),
        ("M1.2", "Fit door-top alarms to en-suite doors on all wards at The Redwoods Centre.",
         "Associate Director of Estates", D(2023, 9, 30), D(2024, 1, 31),
         "Works complete on 2 of 4 wards. Supplier delay on hardware for the remaining two wards; "
         "revised date agreed at QSC in October.", "A"),
    ])
    group("The trust must ensure that sufficient numbers of suitably qualified, competent and "
          "experienced staff are deployed on the wards. (Regulation 18)", [
        ("M2.1", "Undertake a six-monthly establishment review of all inpatient wards using the "
         "Mental Health Optimal Staffing Tool (MHOST).", "Deputy Director of Nursing", D(2023, 10, 31),
         None, "October census completed on all wards. Establishment paper to Board in January 2024.", "G"),
        ("M2.2", "Run a targeted recruitment campaign for registered mental health nurses at "
         "St George's Hospital, including international recruitment.",
         "Director of People / Head of Recruitment", D(2024, 3, 1), None,
         "14 RMNs appointed since June; a further cohort of 8 international nurses due in February.", "G"),
    ])
    group("The trust must review mixed sex accommodation arrangements on the acute wards to "
          "reduce sexual safety incidents. (Regulation 10)", [
        ("M3.1", "Review ward layouts against national mixed sex accommodation guidance and present "
         "options to the Executive Team.", "Associate Director of Operations (Inpatients)",
         D(2023, 8, 31), None,
         "Options paper approved by Executive Team on 22/08/23. Female-only corridor now in place "
         "on Brocton ward.", "B"),
    ])
    put(ws, r, 1, None); r += 1
    section("SHOULD DO ACTIONS")
    group("The trust should ensure that care plans are personalised and reflect the views of "
          "patients.", [
        ("S1.1", "Relaunch the 'About Me' section of the care record and add it to the monthly "
         "care record audit.", "Matrons (Acute)", D(2023, 11, 30), D(2024, 2, 29),
         "Compliance 71% in November against a 90% target. Matrons reviewing weekly with ward "
         "managers.", "A"),
    ])
    group("The trust should ensure that staff receive regular supervision and that it is "
          "recorded.", [
        ("S2.1", "Introduce a supervision tracker on each ward and report compliance to the "
         "divisional performance meeting.", "Ward Managers", "Ongoing", None,
         "Tracker in use on all wards since September. Compliance 84% in November.", "G"),
        ("S2.2", "Provide reflective practice sessions facilitated by psychology on each ward.",
         "Lead Psychologist – Acute", D(2023, 12, 31), None,
         "Fortnightly sessions running on 7 of 9 wards.", "G"),
    ])
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for k, t in [("B", "Complete and evidenced"), ("G", "On track"),
                 ("A", "At risk of slipping / revised date agreed"), ("R", "Off track")]:
        r += 1
        c = ws.cell(row=r, column=1, value=k); c.fill = FILL[k]
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFGH", [7, 38, 45, 26, 12, 12, 45, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ed2-mpft-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ------------------------------------------------------- 2. WYCA audit (refuse)
def wyca():
    wb = Workbook(); ws = wb.active; ws.title = "Recommendations"
    ws["A1"] = "West Yorkshire Combined Authority – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Governance, Audit and Risk Committee – outstanding recommendations at 31 July 2025"
    hdr = ["Audit", "Rec No.", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original target date", "Revised target date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, fill="hdr", white=True, bold=True)
    rows = [
        ("Bus Franchising Programme Governance 2024/25", "1", "High",
         "Programme risk registers should be reviewed monthly and escalated risks recorded at "
         "Programme Board.", "Monthly risk review added to the Programme Board forward plan; "
         "escalation log created.", "Head of Bus Reform", "31/03/2025", "", "Complete",
         "Risk review standing item since March Board."),
        ("Bus Franchising Programme Governance 2024/25", "2", "Medium",
         "Delegations for contract variations should be documented.",
         "Update the scheme of delegation for franchising contract variations and take to "
         "Finance, Resources and Corporate Committee.", "Director of Transport Operations",
         "30/06/2025", "31/10/2025", "In progress", "Draft delegation agreed by Directors; committee "
         "date October."),
        ("Creditors and Payments 2024/25", "1", "High",
         "Supplier bank detail changes should be independently verified before processing.",
         "Introduce call-back verification to a known contact for every bank detail change and "
         "retain evidence on the supplier file.", "Head of Finance (Transactional Services)",
         "31/01/2025", "", "Complete", "Procedure live from January; spot checks show full "
         "compliance."),
        ("Creditors and Payments 2024/25", "3", "Low",
         "Duplicate payment reports should be run before each payment run.",
         "Add the duplicate payment report to the weekly payment run checklist.",
         "Payments Manager", "28/02/2025", "Setpember 2025", "In progress",
         "Report built; testing delayed by finance system upgrade."),
        ("Adult Education Budget Funding Assurance 2024/25", "2", "Medium",
         "Subcontracting assurance visits should be scheduled on a risk basis.",
         "Produce a risk-based annual programme of provider assurance visits.",
         "Head of Skills Funding", "31/05/2025", "", "Complete",
         "Programme approved by Skills Leadership Team in May."),
        ("Information Governance 2024/25", "1", "Medium",
         "Retention schedules should be applied to shared drives.",
         "Roll out the retention schedule to all directorates and confirm disposal.",
         "Data Protection Officer", "31/12/2025", "", "In progress",
         "4 of 7 directorates complete."),
    ]
    for i, row in enumerate(rows, 5):
        for j, v in enumerate(row, 1):
            put(ws, i, j, v or None)
    for col, w in zip("ABCDEFGHIJ", [30, 8, 9, 40, 42, 28, 12, 12, 11, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ed2-wyca-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def setrow(row, vals, bold=False):
    for c, v in zip(row.cells, vals):
        c.text = v if v is not None else ""
        if bold:
            for p in c.paragraphs:
                for run in p.runs:
                    run.bold = True


# ----------------------------------------------- 3. NHSCT RQIA action plan docx
def nhsct():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Northern Health and Social Care Trust"
    doc.add_heading("Holywell Hospital, Tobernaveen Centre – RQIA Unannounced Inspection "
                    "12–14 March 2024: Quality Improvement Action Plan", level=1)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Version", "1.3"), ("Date", "22 July 2024"),
                                    ("Owner", "Divisional Director of Mental Health, Learning Disability and Community Wellbeing"),
                                    ("Reported to", "Trust Assurance Committee")]):
        setrow(row, [k, v])
    doc.add_paragraph("")
    doc.add_paragraph("RQIA identified nine areas for improvement following the inspection. The "
                      "actions below were agreed by the ward and divisional management team and are "
                      "reviewed monthly at the Mental Health Governance Forum.")
    cols = ["Area for improvement", "Action(s) to be taken", "Responsible person",
            "Timescale", "Progress", "RAG"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    setrow(t.rows[0], cols, bold=True)
    colours = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    def domain(text):
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = text
        m.paragraphs[0].runs[0].bold = True; shade(m, "D9D9D9")
    def area(no, text, acts):
        text = no + ". " + text
        first = None
        for k, (act, who, when, prog, rag) in enumerate(acts):
            row = t.add_row()
            setrow(row, [text if k == 0 else "", act, who, when, prog, ""])
            shade(row.cells[5], colours[rag])
            if k == 0:
                first = row
            else:
                first.cells[0].merge(row.cells[0])
        # clear duplicated text left by merge
        first.cells[0].text = text
    domain("Is care safe?")
    area("1", "The Trust should ensure that all patients have an up-to-date risk assessment and "
         "management plan reviewed following any incident.", [
        ("Ward manager to audit 10 care records a month for completion of risk assessment "
         "following incidents.", "Ward Manager", "30 April 2024",
         "Monthly audits in place since April. June audit 90% compliant.", "B"),
        ("Add risk assessment review to the post-incident debrief checklist.",
         "Lead Nurse – Acute Mental Health", "31 May 2024", "Checklist updated and circulated.", "B"),
    ])
    area("2", "The Trust should ensure that the ward environment is maintained in a good state "
         "of repair and that maintenance requests are completed in a timely manner.", [
        ("Agree a schedule of redecoration and repair with Estates for the Tobernaveen "
         "Centre.", "Service Manager", "September 2024",
         "Estates survey complete; flooring in lower ward ordered.", "G"),
    ])
    domain("Is care effective?")
    area("3", "The Trust should ensure that patients' physical health monitoring, including NEWS "
         "charts, is completed as prescribed.", [
        ("Provide refresher training on NEWS2 for all registered nurses and healthcare "
         "assistants.", "Clinical Education Lead", "30 June 2024",
         "78% of staff trained at end of June; further dates booked for July and August.", "A"),
        ("Weekly spot check of NEWS2 charts by nurse in charge.", "Nurse in Charge", "Ongoing",
         "Spot checks recorded in ward governance folder.", "G"),
    ])
    domain("Is care compassionate?")
    area("4", "The Trust should ensure that patients are involved in planning their care and "
         "that this is recorded.", [
        ("Introduce 'My Care Plan' patient-held summary and record patient views at each "
         "multidisciplinary team meeting.", "Ward Manager / Consultant Psychiatrist",
         "31 August 2024", "Patient-held summary piloted in July with positive feedback.", "G"),
    ])
    domain("Is the service well led?")
    area("5", "The Trust should ensure that staff receive supervision in line with Trust policy "
         "and that compliance is monitored.", [
        ("Produce a monthly supervision compliance report for the Service Manager.",
         "Ward Manager", "31 May 2024", "Report produced monthly; compliance 68% in June.", "A"),
        ("Escalate wards below 75% compliance to the Mental Health Governance Forum.",
         "Service Manager", "Quarterly", "First escalation report to the Forum in July.", "G"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – action completed and evidenced; Green – on track; "
                      "Amber – some slippage, remedial action in place; Red – not achieved / "
                      "significant risk.")
    doc.save(os.path.join(OUT, "ed2-nhsct-holywell-rqia-inspection-quality-improvement-action-plan.docx"))


# --------------------------------------------------- 4. TWFRS HMICFRS csv export
def twfrs():
    head = ["AFI Ref", "Inspection Area", "Area for Improvement", "Action Ref", "Action",
            "Action Owner", "Due Date", "RAG", "Latest Update", "Last Updated"]
    A1 = ("The service should make sure it effectively evaluates its prevention work so it "
          "understands the benefits it brings to the public.")
    A2 = ("The service should assure itself that its workforce has the right skills to carry out "
          "safe and well visits.")
    A3 = ("The service should make sure its risk-based inspection programme prioritises the "
          "highest risk premises.")
    A4 = ("The service should improve the diversity of its workforce.")
    rows = [
        ["AFI-01", "Preventing fires and other risks", A1, "AFI-01.1",
         "Adopt the NFCC prevention evaluation framework for all prevention campaigns.",
         "Area Manager Prevention and Education", "31/03/2025", "Blue",
         "Framework adopted; evaluation template in use for all campaigns since February.", "14/05/2025"],
        ["AFI-01", "Preventing fires and other risks", A1, "AFI-01.2",
         "Commission an external evaluation of the home safety check programme.",
         "Area Manager Prevention and Education", "30/09/2025", "Green",
         "Northumbria University engaged; fieldwork under way.", "14/05/2025"],
        ["AFI-02", "Preventing fires and other risks", A2, "AFI-02.1",
         "Deliver safe and well refresher training to all wholetime watches.",
         "Prevention Training Manager", "31/07/2025", "Amber",
         "62% of watches trained. Training paused in April due to operational demand.", "14/05/2025"],
        ["AFI-03", "Protecting the public through fire regulation", A3, "AFI-03.1",
         "Review the risk-based inspection programme methodology using updated premises risk data.",
         "Group Manager Fire Safety", "30/06/2025", "Green",
         "Draft methodology to Strategic Leadership Team in June.", "12/05/2025"],
        ["AFI-03", "Protecting the public through fire regulation", A3, "AFI-03.2",
         "Recruit two additional fire safety inspectors.",
         "Group Manager Fire Safety", "31/12/2025", "Green",
         "Posts advertised; interviews set for June.", "12/05/2025"],
        ["AFI-04", "Promoting fairness and diversity", A4, "AFI-04.1",
         "Run positive action taster days for under-represented groups ahead of the 2025 "
         "firefighter recruitment campaign.", "Head of People and Organisational Development",
         "30/04/2025", "Blue", "Four taster days held; 212 attendees.", "02/05/2025"],
        ["AFI-04", "Promoting fairness and diversity", A4, "AFI-04.2",
         "Publish a workforce diversity action plan with annual targets.",
         "Head of People and Organisational Development", "Q2 2025/26", "Amber",
         "Targets being agreed with representative bodies.", "02/05/2025"],
    ]
    with open(os.path.join(OUT, "ed2-twfrs-hmicfrs-afi-improvement-tracker-export.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(head); w.writerows(rows)


# ------------------------------------------- 5. King's Lynn CPC action plan txt
def klwn():
    lines = [
        "Borough Council of King's Lynn and West Norfolk – Corporate Peer Challenge Action Plan (progress update June 2024)",
        "",
        "The LGA Corporate Peer Challenge took place in October 2023. The peer team made eight "
        "recommendations; this plan sets out the council's response and was agreed by Cabinet.",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Lead officer", "Target date",
                   "Progress update", "RAG"]),
    ]
    R1 = "1. Develop a clear and shared vision and set of priorities for the borough"
    R2 = "2. Address the budget gap in the medium term financial plan"
    R3 = "3. Strengthen member-officer relationships"
    R4 = "4. Invest in organisational capacity and the workforce"
    rows = [
        ("1.1", R1, "Refresh the Corporate Strategy with members and partners.", "Chief Executive",
         "March 2024", "Corporate Strategy 2023-27 adopted at Council on 29 February.", "Complete"),
        ("1.2", "", "Align service plans and the performance framework to the new priorities.",
         "Assistant Director – Corporate Services", "September 2024",
         "Service plans template revised; quarterly KPIs under review.", "Green"),
        ("2.1", R2, "Agree a savings and income programme to close the gap over the MTFP period.",
         "Assistant Director – Resources (s151)", "Q3 2024/25",
         "Programme of 14 projects agreed by Cabinet; £1.2m identified to date.", "Amber"),
        ("2.2", "", "Review the council's property portfolio and identify disposals.",
         "Property Services Manager", "31/12/2024", "Portfolio review commissioned.", "Green"),
        ("", "", "", "", "", "", ""),
        ("3.1", R3, "Deliver a member development programme including a member-officer protocol "
         "refresh.", "Monitoring Officer", "By July 2024",
         "Protocol refreshed and adopted; induction sessions held.", "Complete"),
        ("3.2", "", "Hold regular Leader and Chief Executive briefings with group leaders.",
         "Chief Executive / Leader", "Ongoing", "Monthly meetings taking place.", "Green"),
        ("4.1", R4, "Carry out a workforce survey and develop a workforce strategy.",
         "HR Manager", "October 2024", "Survey closed with 61% response rate.", "Green"),
        ("4.2", "", "Create a corporate project management office to support the transformation "
         "programme.", "Assistant Director – Corporate Services", "April 2025",
         "Business case drafted; funding to be confirmed in budget.", "Not started"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete = action complete; Green = on track; Amber = some delay; "
              "Red = significant delay / off track; Not started"]
    with open(os.path.join(OUT, "ed2-kings-lynn-west-norfolk-bc-corporate-peer-challenge-action-plan.txt"),
              "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------- 6. South Glos DHR action plan docx
def sglos():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Safer and Stronger Communities Strategic Partnership – South Gloucestershire"
    doc.add_heading("Domestic Homicide Review 'Elaine' – Action Plan", level=1)
    doc.add_paragraph("Updated for the DHR Sub-Group, 9 April 2024. This action plan records the "
                      "agreed response to the recommendations of the Overview Report.")
    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date", "RAG"]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    setrow(t.rows[0], cols, bold=True)
    recs = [
        ("1. The Partnership should raise awareness of economic abuse among frontline "
         "practitioners in all agencies.", "Local", [
            ("Deliver a briefing on economic abuse to the Domestic Abuse Practitioners Forum.",
             "Community Safety Team", "Briefing delivered 14/11/2023 to 46 practitioners.",
             "November 2023", "Complete"),
            ("Include economic abuse in the multi-agency domestic abuse training offer.",
             "South Gloucestershire Council", "Module drafted; first course June 2024.",
             "June 2024", "Green"),
        ]),
        ("2. GP practices should ensure routine enquiry about domestic abuse is made where a "
         "patient presents with anxiety or low mood.", "Local", [
            ("Circulate a 7-minute briefing on routine enquiry to all GP practices via the ICB "
             "safeguarding newsletter.", "BNSSG ICB", "Newsletter circulated January 2024.",
             "January 2024", "Complete"),
            ("Audit a sample of records in two practices to test use of routine enquiry.",
             "BNSSG ICB", "Audit tool agreed; practices identified.", "30/09/2024", "Amber"),
        ]),
        ("3. Police should ensure DASH risk assessments are completed at every domestic abuse "
         "incident, including where the victim declines to answer.", "Local", [
            ("Refresh guidance to response officers and monitor DASH completion rates monthly.",
             "Avon & Somerset Constabulary", "Guidance reissued; completion rate 93% in March.",
             "Ongoing", "Green"),
        ]),
        ("4. The MARAC steering group should review the referral pathway for repeat victims.",
         "Local", [
            ("Review the repeat victim threshold and update the MARAC operating protocol.",
             "MARAC Chair", "Protocol review started February 2024.", "July 2024", "Green"),
        ]),
    ]
    for text, scope, acts in recs:
        first = None
        for k, (act, lead, mile, when, rag) in enumerate(acts):
            row = t.add_row()
            setrow(row, [text if k == 0 else "", scope if k == 0 else "", act, lead, mile, when, rag])
            if k == 0:
                first = row
            else:
                first.cells[0].merge(row.cells[0]); first.cells[1].merge(row.cells[1])
        first.cells[0].text = text; first.cells[1].text = scope
    doc.add_paragraph("")
    doc.add_paragraph("Complete – action completed and evidenced to the DHR Sub-Group. Green – on "
                      "track. Amber – behind target date. Red – not progressing.")
    doc.save(os.path.join(OUT, "ed2-south-gloucestershire-sscsp-dhr-elaine-action-plan.docx"))


# ---------------------------------------------- 7. LCHS board action log xlsx
def lchs():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Lincolnshire Community Health Services NHS Trust – Trust Board (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated for the meeting of 14 May 2024"
    hdr = ["Action No.", "Minute Ref", "Action", "Lead", "Due Date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, fill="hdr", white=True, bold=True)
    r = 6
    def meeting(text):
        nonlocal r
        put(ws, r, 1, text, fill="grey", bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
    def act(no, minute, text, lead, due, status, fill, upd):
        nonlocal r
        for j, v in enumerate([no, minute, text, lead, due, status, upd], 1):
            put(ws, r, j, v, fmt="mmm-yy" if isinstance(v, D) else None)
        ws.cell(row=r, column=6).fill = FILL[fill]
        r += 1
    meeting("Board meeting 9 January 2024")
    act("BP/24/001", "BP/23/112", "Integrated Performance Report: provide a deep dive into "
        "community nursing waiting times to a future Quality Committee.", "Chief Nurse",
        D(2024, 3, 1), "Complete", "B", "Deep dive presented to Quality Committee 19 March.")
    act("BP/24/002", "BP/23/115", "Freedom to Speak Up report: include themes by staff group "
        "in the next bi-annual report.", "Freedom to Speak Up Guardian", D(2024, 7, 1),
        "Not yet due", "G", "Will be included in July report.")
    meeting("Board meeting 12 March 2024")
    act("BP/24/009", "BP/24/031", "Board Assurance Framework: review the scoring of strategic "
        "risk SR3 (workforce) in light of the vacancy position.", "Director of People and Innovation",
        D(2024, 5, 1), "Due this meeting", "A", "Revised scoring on today's agenda (item 9).")
    act("BP/24/010", "BP/24/034", "Patient story: share learning on wheelchair service "
        "delays with the ICB contracting team.", "Chief Operating Officer", D(2024, 4, 1),
        "Overdue", "R", "Meeting with ICB rescheduled to 21 May.")
    act("BP/24/011", "BP/24/036", "Green plan: circulate the annual sustainability progress "
        "report to Board members.", "Company Secretary", D(2024, 4, 1), "Complete", "B",
        "Circulated by email 3 April.")
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, t in [("B", "Complete – propose closure"), ("G", "Not yet due"),
                 ("A", "Due at this meeting"), ("R", "Overdue")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFG", [12, 12, 55, 30, 10, 16, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "ed2-lchs-nhs-trust-board-public-action-log.xlsx"))


if __name__ == "__main__":
    mpft(); wyca(); nhsct(); twfrs(); klwn(); sglos(); lchs()
