"""Generator for the t2- cases of heldout29. Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "head": "1F4E78", "prio": "D9E1F2", "grey": "EDEDED"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.border = BOX; c.alignment = WRAP
        ws.column_dimensions[c.column_letter].width = w


def band(ws, row, text, ncols):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=True); c.fill = FILL["prio"]


def put(ws, row, vals, datefmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX; c.alignment = WRAP
        if isinstance(v, dt.datetime) and datefmt:
            c.number_format = datefmt


# ---------------------------------------------------------------- 1. B&NES ASC (xlsx)
def bathnes():
    wb = Workbook(); ws = wb.active; ws.title = "ASC Improvement Plan"
    ws["A1"] = "Bath & North East Somerset Council"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Adult Social Care Improvement Plan 2025/26 – Progress Update"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Following the CQC Local Authority Assessment (report published 30 January 2025, rating: Requires "
                "Improvement). Position as at 30 June 2025.")
    cols = ["Ref", "CQC area for improvement", "Action", "Lead", "Target date", "RAG", "Progress update"]
    header(ws, 5, cols, [6, 38, 46, 26, 12, 11, 55])
    M = "mmm-yy"
    r = 6
    band(ws, r, "Priority 1: Assessing needs and reducing waiting times", 7); r += 1
    afi1 = "People waited too long for Care Act assessments and annual reviews."
    put(ws, r, ["1.1", afi1, "Introduce a waiting list triage and risk-rating protocol across all adult social care teams.",
                "Head of Operations (Adults)", D(2025, 3, 31), "Complete",
                "Protocol in place in all locality teams since March. Waiting list reviewed weekly at the operational huddle."], M)
    put(ws, r + 1, [None, None, "Reduce overdue annual reviews to below 15% of people with an open care and support plan.",
                    "Head of Operations (Adults)", D(2025, 12, 31), "Amber",
                    "Overdue reviews down from 31% to 24%. Additional reviewing officers recruited on fixed-term contracts from July."], M)
    ws.cell(row=r + 1, column=1, value="1.2")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    r += 2
    band(ws, r, "Priority 2: Support for unpaid carers", 7); r += 1
    afi2 = "Unpaid carers were not always identified or offered a carer's assessment."
    put(ws, r, ["2.1", afi2, "Recommission the carers' support service, with carers' assessments delegated to the provider.",
                "Commissioning Manager / Carers Lead", D(2025, 10, 1), "Green",
                "Tender evaluation completed. Contract award report to Cabinet in August; mobilisation from 1 October."], M)
    put(ws, r + 1, ["2.2", None, "Launch a carers' emergency plan scheme and promote it through GP practices and pharmacies.",
                    "JM", "Q3 2025/26", "Green",
                    "Scheme design agreed with the Carers' Centre. Publicity materials being co-produced with carers."], M)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    r += 2
    r += 1  # blank row
    band(ws, r, "Priority 3: Safeguarding", 7); r += 1
    put(ws, r, ["3.1", "Safeguarding concerns were not always screened within the local timescale.",
                "Establish a Safeguarding Adults Hub with daily screening of all new concerns by a senior practitioner.",
                "Principal Social Worker", D(2025, 9, 30), "Amber",
                "Hub went live in May. 78% of concerns screened within 2 working days against a 90% target; staffing gaps on Mondays."], M)
    put(ws, r + 1, ["3.2", "Learning from Safeguarding Adults Reviews was not consistently embedded in practice.",
                    "Deliver SAR learning briefings to all front-line teams and audit their use in supervision.",
                    "Safeguarding Adults Manager", "Ongoing", "Green",
                    "Two briefings delivered this quarter. Supervision audit scheduled for September."], M)
    r += 2
    band(ws, r, "Priority 4: Transitions to adulthood", 7); r += 1
    afi4 = "Young people moving into adult services experienced delays and a lack of planning."
    put(ws, r, ["4.1", afi4, "Agree a joint Preparing for Adulthood protocol with Children's Services, starting planning at age 14.",
                "DASS / DCS", D(2026, 3, 31), "Red",
                "Draft protocol not yet agreed; dependent on the children's services restructure. Escalated to the Improvement Board."], M)
    put(ws, r + 1, ["4.2", None, "Transfer all open transitions cases to the new dedicated Transitions Team.",
                    "Head of Operations (Adults)", D(2025, 6, 30), "Complete",
                    "All 46 cases transferred by 27 June. Team manager in post."], M)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    r += 3
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, t, f) in enumerate([("Complete", "Action delivered", "blue"), ("Green", "On track", "green"),
                                   ("Amber", "Some slippage – recoverable", "amber"), ("Red", "Off track / at risk", "red")], 1):
        ws.cell(row=r + i, column=1, value=k).fill = FILL[f]
        ws.cell(row=r + i, column=2, value=t)
    # colour the RAG cells
    for row in ws.iter_rows(min_row=6, max_row=r - 1, min_col=6, max_col=6):
        c = row[0]
        m = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}.get(c.value)
        if m: c.fill = FILL[m]
    wb.save(os.path.join(OUT, "t2-bathnes-asc-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. Wirral milestones (xlsx, colour-only RAGB)
def wirral():
    wb = Workbook(); ws = wb.active; ws.title = "Milestones"
    ws["A1"] = "Wirral Council Improvement Plan – Milestone Report"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Appendix 1 to Cabinet report, 17 January 2013"
    cols = ["No.", "Milestone", "Lead Officer", "Due Date", "Revised Due Date", "RAGB", "Progress Commentary"]
    header(ws, 4, cols, [6, 55, 30, 12, 12, 8, 60])
    F = "dd/mm/yyyy"
    rows = [
        ("Objective 1: Strong political and managerial leadership", None),
        (["1.1", "Agree and deliver a Member Development Programme, including mandatory Code of Conduct training for all Members.",
          "Head of Legal and Member Services", D(2012, 10, 31), None, None,
          "Programme agreed by Council in October. 62 of 66 Members have attended the Code of Conduct session."], "blue"),
        (["1.2", "Implement a revised senior management structure following staff consultation.",
          "Chief Executive", D(2012, 12, 31), D(2013, 3, 31), None,
          "Consultation closed in December. Appointments to strategic director posts will now be made by the end of March."], "amber"),
        (["1.3", "Establish a cross-party Improvement Board, meeting monthly, with LGA and peer representation.",
          "Chief Executive", D(2012, 9, 30), None, None, "Board established and meeting monthly since September."], "blue"),
        ("Objective 2: Effective corporate governance", None),
        (["2.1", "Review the Constitution, Scheme of Delegation and Contract Procedure Rules.",
          "Head of Legal and Member Services", D(2013, 1, 31), D(2013, 4, 30), None,
          "Review has taken longer than planned owing to the scale of changes required. Revised Constitution to Council in April."], "red"),
        (["2.2", "Introduce quarterly complaints and whistleblowing monitoring reports to the Audit and Risk Management Committee.",
          "Chief Internal Auditor", D(2012, 11, 30), D(2013, 2, 28), None,
          "Format agreed with the Chair. First report to the February meeting."], "green"),
        ("Objective 3: Performance management and financial control", None),
        (["3.1", "Roll out the Corporate Performance Management Framework, with quarterly performance reports to Cabinet.",
          "Head of Policy and Performance", D(2013, 3, 31), None, None,
          "Framework approved. Quarter 3 report being produced in the new format."], "green"),
        (["3.2", "Set a balanced 2013/14 budget and a three-year Medium Term Financial Strategy approved by Council.",
          "Interim Director of Finance", D(2013, 3, 31), None, None,
          "Budget options out to consultation. Council budget meeting 5 March 2013."], "green"),
        (["3.3", "Implement a new appraisal (PDR) process for all staff, achieving 90% completion.",
          "Head of HR and Organisational Development", D(2013, 6, 30), None, None,
          "Not due to start until April 2013."], None),
    ]
    r = 5
    for vals, f in rows:
        if f is None and isinstance(vals, str):
            band(ws, r, vals, 7)
        else:
            put(ws, r, vals, F)
            if f: ws.cell(row=r, column=6).fill = FILL[f]
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Key").font = Font(bold=True)
    for i, (f, t) in enumerate([("red", "Red – milestone missed or at serious risk"),
                                ("amber", "Amber – slippage against milestone, action in hand"),
                                ("green", "Green – on track"), ("blue", "Blue – milestone complete")], 1):
        ws.cell(row=r + i, column=1).fill = FILL[f]
        ws.cell(row=r + i, column=2, value=t)
    wb.save(os.path.join(OUT, "t2-wirral-improvement-plan-milestones.xlsx"))


# ---------------------------------------------------------------- 3. Warwick housing (xlsx, refuse)
def warwick():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Warwick District Council – Housing Services Improvement Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Regulator of Social Housing regulatory judgement (C3). Last updated 14 July 2025."
    cols = ["Ref", "Consumer Standard", "Issue identified", "Action", "Owner", "Target date", "Status", "Update"]
    header(ws, 4, cols, [6, 18, 34, 48, 28, 12, 11, 55])
    rows = [
        ["SQ1", "Safety and Quality", "More than 1,600 overdue fire safety actions.",
         "Complete all high-risk fire risk assessment actions, prioritising blocks with a sleeping risk.",
         "Head of Housing Assets", "Sept 2025", "On track",
         "412 high-risk actions outstanding at the end of June, down from 958. Weekly reporting to the Housing Improvement Board."],
        ["SQ2", "Safety and Quality", "More than 1,600 overdue fire safety actions.",
         "Appoint a second contractor to carry out medium and low-risk remedial works.",
         "Procurement Manager; Head of Housing Assets", "Aug 2025", "Complete",
         "Contractor appointed through framework call-off and on site from 7 July."],
        ["SQ3", "Safety and Quality", "Cannot evidence compliance with carbon monoxide alarm requirements.",
         "Fit CO alarms in all homes with a fixed combustion appliance and record installation on the asset database.",
         "Compliance Manager", "Dec 2O25", "On track",
         "Programme started in June with gas servicing visits. 1,230 alarms fitted to date."],
        ["SQ4", "Safety and Quality", "No full stock condition survey since 2016; inaccuracies in new survey data.",
         "Commission an independent validation of the 2024/25 stock condition survey sample.",
         "Head of Housing Assets", "Oct 2025", "Amber",
         "Brief agreed. Procurement delayed by four weeks; validation now expected to start in August."],
        ["TIA1", "Transparency, Influence and Accountability", "Tenants not told about the regulatory judgement and plan.",
         "Publish the improvement plan and quarterly progress on the council website and in the tenants' newsletter.",
         "Tenant Engagement Manager", "Quarterly", "On track",
         "Plan published in May. July newsletter article agreed with the Tenants' Panel."],
    ]
    for i, v in enumerate(rows):
        put(ws, 5 + i, v)
    ws.cell(row=11, column=1, value="Status: Complete / On track / Amber (at risk) / Red (off track)").font = Font(italic=True)
    wb.save(os.path.join(OUT, "t2-warwick-housing-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 4. Buckinghamshire SAB (docx)
def bucks():
    doc = Document()
    doc.add_paragraph("V1 March 2018")
    doc.add_heading("Buckinghamshire Safeguarding Adults Board", 0)
    doc.add_heading("Business Plan 2018 - 2020", 1)
    doc.add_heading("Document Control", 2)
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Ratified by", "Buckinghamshire Safeguarding Adults Board: March 2018"),
                                ("Author", "Safeguarding Board Manager"), ("Date revision due", "March 2019")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_heading("Abbreviations", 2)
    for s in ["BBO – Board Business Office", "MS – Chair of BSAB", "NB – BSAB Manager",
              "SAFE – Safeguarding Adults for Everyone Forum", "SAR – Safeguarding Adults Review",
              "SAT – Safeguarding Adults Team"]:
        doc.add_paragraph(s)
    doc.add_paragraph("This Business Plan delivers the Board's refreshed Strategic Plan. It is organised under the "
                      "six safeguarding principles and is reviewed at each Board meeting. Updates below are as at April 2019.")
    cols = ["Ref", "Objective", "Action", "Lead", "Timescale", "RAG", "Update (April 2019)"]

    def section(title, groups):
        doc.add_heading(title, 2)
        n = sum(len(g[1]) for g in groups)
        t = doc.add_table(rows=1 + n, cols=len(cols)); t.style = "Table Grid"
        for i, c in enumerate(cols):
            t.cell(0, i).text = c
            t.cell(0, i).paragraphs[0].runs[0].bold = True
        r = 1
        for obj, acts in groups:
            t.cell(r, 1).text = obj
            if len(acts) > 1:
                t.cell(r, 1).merge(t.cell(r + len(acts) - 1, 1))
            for a in acts:
                for j, v in zip([0, 2, 3, 4, 5, 6], a):
                    t.cell(r, j).text = v
                r += 1

    section("1. Empowerment", [
        ("Ensure Making Safeguarding Personal (MSP) is embedded across partner agencies", [
            ("1.1", "Undertake a multi-agency audit of MSP outcomes recorded at the close of section 42 enquiries.",
             "Quality and Performance Subgroup", "September 2018", "Complete",
             "Audit reported to the Board in October 2018; 71% of cases recorded the adult's desired outcomes."),
            ("1.2", "Co-produce an easy-read leaflet explaining the safeguarding process with the SAFE Forum.",
             "NB / SAFE", "December 2018", "Amber",
             "Draft agreed by SAFE in March. Printing delayed until the new Board logo is confirmed."),
        ]),
        ("Hear the voice of adults who have been through safeguarding", [
            ("1.3", "Introduce a feedback questionnaire for adults following a section 42 enquiry.",
             "SAT", "March 2019", "Amber",
             "Questionnaire piloted in two teams; low return rate so telephone follow-up being tested."),
        ]),
    ])
    section("2. Prevention", [
        ("Raise awareness of scams and financial abuse", [
            ("2.1", "Run a joint campaign with Trading Standards during Scams Awareness Fortnight.",
             "BBO", "June 2018", "Complete", "Campaign ran 11-24 June 2018 with radio and social media coverage."),
            ("2.2", "Deliver training on recognising financial abuse to bank staff and community groups.",
             "Training Subgroup", "Ongoing", "Green", "Six sessions delivered to date, reaching 140 people."),
        ]),
        ("Reduce the risks from self-neglect and hoarding", [
            ("2.3", "Publish multi-agency self-neglect and hoarding guidance.",
             "Policy Subgroup", "Jan 2019", "Red",
             "Guidance not yet published; awaiting comments from the fire service. Now expected June 2019."),
        ]),
    ])
    section("3. Partnership", [
        ("Learn from Safeguarding Adults Reviews", [
            ("3.1", "Publish a learning briefing for each SAR within three months of Board sign-off.",
             "SAR Subgroup", "Within 3 months of each SAR", "Green",
             "Briefings for SAR 'Ms B' and SAR 'Mr K' published on the Board website."),
            ("3.2", "Hold a joint learning event with the Buckinghamshire Safeguarding Children Board.",
             "MS, NB", "Feb 2019", "Complete", "Event held 7 February 2019, attended by 120 practitioners."),
        ]),
    ])
    doc.add_heading("RAG key", 2)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Red", "Not on track"), ("Amber", "Some delay"),
                                ("Green", "On track"), ("Complete", "Action completed")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.save(os.path.join(OUT, "t2-buckinghamshire-sab-business-plan.docx"))


# ---------------------------------------------------------------- 5. Medway CSP (csv)
def medway():
    rows = [
        ["Medway Community Safety Partnership: Community Safety Plan Action Plan 2015/16 - Q2 update", "", "", "", "", "", ""],
        ["Progress to 30 September 2015", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Priority", "Ref", "Action", "Lead Agency", "Timescale", "Q2 Progress", "RAG"],
        ["Tackle substance and alcohol abuse", "SA1",
         "Deliver targeted alcohol and drug awareness sessions in secondary schools and youth settings",
         "Medway Council Public Health", "Mar-16",
         "14 sessions delivered to 1,100 pupils. Further sessions booked for the spring term.", "Green"],
        ["Tackle substance and alcohol abuse", "SA2",
         "Review the Chatham town centre Designated Public Place Order ahead of its conversion to a PSPO",
         "Kent Police / Medway Council Community Safety", "Sep-15",
         "Review completed in August. PSPO consultation launched 21 September.", "Complete"],
        ["Tackle anti-social behaviour and envirocrime", "ASB1",
         "Hold monthly tasking meetings to agree joint partnership responses to ASB hotspots",
         "Kent Police / Medway Council", "Ongoing",
         "Meetings held monthly. Hotspot patrols in Gillingham High Street have reduced reported ASB by 18%.", "Green"],
        ["Tackle anti-social behaviour and envirocrime", "ASB2",
         "Increase the number of fixed penalty notices issued for fly-tipping and littering",
         "Medway Council Environmental Enforcement", "Q4 2015/16",
         "87 FPNs issued in Q1-Q2 against 120 for the same period last year. Two vacant enforcement posts being recruited.", "Amber"],
        ["Reduce re-offending", "RO1",
         "Extend the Integrated Offender Management cohort to include domestic abuse perpetrators",
         "Kent Police / National Probation Service / KSS CRC", "Mar-16",
         "Selection criteria agreed. First 12 perpetrators adopted onto the cohort in September.", "Green"],
        ["Tackle domestic abuse", "DA1",
         "Commission an Independent Domestic Violence Advisor service for high-risk victims",
         "Medway Council", "Oct-15",
         "Tender delayed by legal review; contract award now expected December 2015. Existing service extended.", "Amber"],
        ["Tackle domestic abuse", "DA2",
         "Deliver domestic abuse awareness training to 200 front-line practitioners",
         "Medway Domestic Abuse Forum", "Mar-16",
         "Only 35 practitioners trained to date due to loss of trainer. Forum to agree recovery plan in October.", "Red"],
        ["Reduce the number of people killed or seriously injured in road traffic collisions", "RS1",
         "Deliver Safer Routes to School schemes at three priority sites", "Medway Council Road Safety Team", "Dec-15",
         "Two schemes complete; third scheme (Strood) on site in November.", "Green"],
        ["", "", "", "", "", "", ""],
        ["RAG: Green = on track; Amber = some concerns; Red = not on track; Complete = action completed", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "t2-medway-csp-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 6. Bromsgrove audit tracker (txt, refuse)
def bromsgrove():
    lines = [
        "Bromsgrove District Council - Internal Audit Recommendation Tracker",
        "Audit Board 28 September 2009 - Appendix A",
        "",
        "\t".join(["Audit", "Rec No", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
                   "Target Completion Date", "Revised Target Completion Date", "Status"]),
        "\t".join(["Main Accounting 2008/09", "1", "1 - Fundamental",
                   "Bank reconciliations should be completed monthly and independently reviewed.",
                   "Reconciliations to be completed within 10 working days of month end and signed off by the Financial Services Manager.",
                   "Financial Services Manager", "30/06/2009", "", "Implemented"]),
        "\t".join(["Main Accounting 2008/09", "2", "2 - Important",
                   "Journals above GBP 10,000 should be authorised by a second officer.",
                   "Ledger system to be configured to require second authorisation for journals over GBP 10,000.",
                   "Head of Financial Services", "31/07/2009", "30/11/2009", "Partially implemented"]),
        "\t".join(["Housing Benefits 2008/09", "1", "2 - Important",
                   "A sample of benefit assessments should be checked each month by a senior officer.",
                   "Monthly 4% quality check to be introduced and results reported to the Revenues and Benefits Manager.",
                   "Revenues and Benefits Manager", "31/08/2009", "", "Implemented"]),
        "\t".join(["Housing Benefits 2008/09", "2", "2 - Important",
                   "Overpayment recovery action should be started within 14 days of the overpayment being identified.",
                   "Recovery procedure to be revised and staff trained on the new timescale.",
                   "Revenues and Benefits Manager", "30/09/2009", "31/03/1010", "Outstanding"]),
        "\t".join(["Procurement 2008/09", "1", "1 - Fundamental",
                   "Contracts over GBP 50,000 should be entered on the contracts register before the order is raised.",
                   "Contracts register to be reconciled to creditor payments quarterly.",
                   "Procurement Manager", "31/10/2009", "", "Outstanding"]),
        "",
        "Priority 1 - Fundamental; Priority 2 - Important; Priority 3 - Desirable",
    ]
    with open(os.path.join(OUT, "t2-bromsgrove-audit-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7. Ashfield CSP DHR action plan (docx)
def ashfield():
    doc = Document()
    doc.add_heading("Ashfield Community Safety Partnership", 1)
    doc.add_heading("Domestic Homicide Review – 'Adult A' – Action Plan", 1)
    doc.add_paragraph("This action plan sets out how partner agencies will respond to the recommendations of the "
                      "overview report. Progress is monitored by the Ashfield CSP Domestic Abuse Delivery Group. "
                      "Updated: November 2024.")
    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "Status"]
    data = [
        ("1. Ashfield CSP to seek assurance that partner agencies' domestic abuse training addresses coercive and "
         "controlling behaviour in the relationships of older people.", "Local", [
            ("Review the multi-agency domestic abuse training offer against the findings of this review.",
             "Ashfield District Council (Community Safety)", "Training content reviewed by the DA Forum",
             "31/03/2024", "Completed 12/03/2024 – revised course launched", "Complete"),
            ("Add a module on older victims to the Domestic Abuse Champions programme.",
             "Nottinghamshire County Council / Equation", "Module drafted", "September 2024",
             "", "Amber"),
        ]),
        ("2. Nottinghamshire Police to ensure that officers attending domestic incidents complete a DASH risk "
         "assessment with each adult present.", "Local", [
            ("Issue a briefing to all response officers on completing DASH with each adult at an incident.",
             "Nottinghamshire Police", "Briefing issued via force intranet", "30/06/2024",
             "Completed June 2024", "Complete"),
            ("Dip-sample domestic incidents to check compliance and report findings to the Delivery Group.",
             "Nottinghamshire Police", "First dip sample of 50 incidents reported in October", "Quarterly",
             "", "Green"),
        ]),
        ("3. GP practices should be supported to make routine enquiry about domestic abuse with older patients.",
         "Regional", [
            ("Circulate the findings of this review to all GP practices and offer IRIS training.",
             "ICB Safeguarding Team", "Learning brief circulated", "December 2024", "", "Green"),
        ]),
        ("4. Ashfield District Council Housing to identify domestic abuse risk during routine tenancy contact.",
         "Local", [
            ("Add a domestic abuse screening question to annual tenancy visits and train housing officers to use it.",
             "Ashfield District Council Housing", "Question agreed; training dates set",
             "January 2025 (revised April 2025)", "", "Amber"),
        ]),
    ]
    n = sum(len(a) for _, _, a in data)
    t = doc.add_table(rows=1 + n, cols=len(cols)); t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.cell(0, i).text = c
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    r = 1
    for rec, scope, acts in data:
        t.cell(r, 0).text = rec; t.cell(r, 1).text = scope
        if len(acts) > 1:
            t.cell(r, 0).merge(t.cell(r + len(acts) - 1, 0))
            t.cell(r, 1).merge(t.cell(r + len(acts) - 1, 1))
        for a in acts:
            for j, v in zip(range(2, 8), a):
                t.cell(r, j).text = v
            r += 1
    doc.add_paragraph("Status: Complete / Green – on track / Amber – some delay / Red – not on track")
    doc.save(os.path.join(OUT, "t2-ashfield-csp-dhr-action-plan.docx"))


if __name__ == "__main__":
    bathnes(); wirral(); warwick(); bucks(); medway(); bromsgrove(); ashfield()
    print("done")
