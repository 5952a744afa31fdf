"""Generator for blind set heldout25, files p2-*. Expected readings are hand-written per action
(the E(...) fields), not derived from the cell text."""
import csv, datetime as dt, os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"

def write_yaml(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text: d["end_text"] = end_text
    d["status"] = status
    return d

# ---------------------------------------------------------------- 1 Herefordshire xlsx
def herefordshire():
    name = "p2-herefordshire-ilacs-plan.xlsx"
    P1 = "Priority 1: Leadership and management oversight"
    R1 = "Ofsted recommendation: The effectiveness of management oversight and supervision of social work practice"
    P2 = "Priority 2: Help and protection"
    R2 = "Ofsted recommendation: The timeliness and quality of responses to children at risk of exploitation"
    P3 = "Priority 3: Children in care and care leavers"
    R3 = "Ofsted recommendation: The sufficiency and stability of placements for children in care"
    # rows: (kind, ...)  action rows: ref, action, lead cell, timescale cell, measure, fill, expected
    rows = [
        ("P", P1), ("R", R1),
        ("A", "1.1", "Introduce a revised supervision policy and recording template, with monthly audit of compliance.",
         "Head of Service – Quality Assurance", D(2023,1,31), "All supervision recorded on template; 90% compliance", GRN,
         (["Head of Service – Quality Assurance"], "2023-01", None, "green")),
        ("A", "1.2", "Deliver management oversight training to all team managers and practice supervisors.",
         "Principal Social Worker / Workforce Development Manager", "March 2023", "100% of managers trained", AMB,
         (["Principal Social Worker", "Workforce Development Manager"], "2023-03", None, "amber")),
        ("A", "1.3", "Weekly performance clinics chaired by the Director of Children's Services.",
         "DCS", "Ongoing", "Clinic actions tracked to completion", GRN,
         (["DCS"], None, "Ongoing", "green")),
        ("P", P2), ("R", R2),
        ("A", "2.1", "Review the multi-agency exploitation pathway with West Mercia Police and health partners.",
         "Service Manager (MASH/Exploitation)", D(2023,2,28), "Revised pathway agreed by HSCP", BLU,
         (["Service Manager (MASH/Exploitation)"], "2023-02", None, "blue")),
        ("A", "2.2", "Ensure all strategy meetings for exploitation concerns include police and education representation.",
         "Head of Safeguarding and Review", "Apr-23", "Attendance audit shows 95% multi-agency attendance", RED,
         (["Head of Safeguarding and Review"], "2023-04", None, "red")),
        ("A", "2.3", "Embed return home interviews within 72 hours, reported to the Exploitation Sub-group.",
         "Service Manager (MASH/Exploitation)", "Q1 2023/24", "85% of RHIs within 72 hours", None,
         (["Service Manager (MASH/Exploitation)"], "2023-06", None, "unrated")),
        ("P", P3), ("R", R3),
        ("A", "3.1", "Refresh the Sufficiency Strategy 2023-2026 and present to Cabinet.",
         "Head of Commissioning", D(2023,6,30), "Strategy approved by Cabinet", GRN,
         (["Head of Commissioning"], "2023-06", None, "green")),
        ("A", "3.2", "Recruit 20 additional in-house foster carers through the fostering recruitment campaign.",
         "Fostering Team Manager", "Sept 2022 – March 2024", "Net gain of 20 fostering households", AMB,
         (["Fostering Team Manager"], "2024-03", None, "amber")),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Herefordshire Council – Children's Services Improvement Plan 2022-2024"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the Ofsted ILACS inspection, July 2022. Version 1.3 – December 2022"
    hdr = ["Ref", "Action", "Lead", "Timescale", "Measure of success", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F3864")
    r = 5; cur_p = cur_r = None; exp = []
    for row in rows:
        if row[0] in "PR":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=row[0] == "P", italic=row[0] == "R")
            if row[0] == "P": ws.cell(row=r, column=1).fill = fill("D9E1F2"); cur_p = row[1]
            else: cur_r = row[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            _, ref, act, lead, ts, meas, f, e = row
            for i, v in enumerate([ref, act, lead, ts, meas], 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(ts, D): ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            if f: ws.cell(row=r, column=6).fill = fill(f)
            exp.append(A(ref, [cur_p, cur_r], act, e[0], e[1], e[3], e[2]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for col, txt in [(RED, "Off track / significant risk"), (AMB, "Some slippage, recoverable"),
                     (GRN, "On track"), (BLU, "Complete")]:
        ws.cell(row=r, column=1).fill = fill(col); ws.cell(row=r, column=2, value=txt); r += 1
    for col, w in zip("ABCDEF", [7, 60, 34, 22, 40, 8]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Herefordshire Council Children's Services Improvement Action Plan after the July 2022 ILACS "
                  "inspection (Cabinet 15/12/2022, councillors.herefordshire.gov.uk ieIssueDetails IId=50043387). "
                  "Copied: title block, priority rows merged across the table with the Ofsted recommendation as an "
                  "italic merged row beneath, Ref/Action/Lead/Timescale/Measure/RAG columns, RAG shown by cell colour "
                  "only, RAG key below the plan.",
        "reads": "A single-sheet children's services improvement plan with three priorities, each with one Ofsted "
                 "recommendation and numbered actions. The RAG column has no words, only coloured cells, explained "
                 "by the key under the table; one action has no colour yet.",
        "outcome": "read", "accept_refusal": False,
        "title": "Herefordshire Council – Children's Services Improvement Plan 2022-2024"}, exp)

# ---------------------------------------------------------------- 2 Darlington WSoA xlsx
def darlington():
    name = "p2-darlington-send-wsoa-tracker.xlsx"
    W1 = "Area of weakness 1: The timeliness and quality of Education, Health and Care plans"
    W2 = "Area of weakness 2: Co-production with parents and carers at a strategic level"
    rows = [
        ("H", W1),
        ("A", "1a", "Introduce a weekly EHCP tracking panel to monitor 20-week timeliness.", "Head of SEND",
         D(2022,12,31), None, "A", "G", "Panel in place since Oct 22; timeliness 64% (from 38%)",
         (["Head of SEND"], "2022-12", None, "green")),
        ("A", "1b", "Quality assure all new EHC plans using the multi-agency audit tool.",
         "Head of SEND; Designated Clinical Officer (ICB)", D(2023,3,31), D(2023,9,30), "R", "A",
         "Audit tool agreed; health advice audits started May 23",
         (["Head of SEND", "Designated Clinical Officer (ICB)"], "2023-09", None, "amber")),
        ("A", "1c", "Train SENCOs and health practitioners in writing outcomes-focused advice.",
         "SEND Training Coordinator", "Spring term 2023", "Spring term 2024", "A", "B",
         "Final cohort trained March 2024",
         (["SEND Training Coordinator"], "2024-03", None, "blue")),
        ("A", "1d", "Recruit two additional EHC coordinators.", "Assistant Director Education and Inclusion",
         D(2022,11,30), None, "G", "B", "Both posts filled",
         (["Assistant Director Education and Inclusion"], "2022-11", None, "blue")),
        ("H", W2),
        ("A", "2a", "Establish the SEND Partnership Board with Darlington Parent Carer Forum as co-chair.",
         "Kay Marsh and Tom Elliott", "Oct-22", None, "G", "G", "Board meets bi-monthly",
         (["Kay Marsh", "Tom Elliott"], "2022-10", None, "green")),
        ("A", "2b", "Co-produce and publish a revised Local Offer website.", "Local Offer Officer / DPCF Chair",
         D(2023,7,31), D(2024,1,31), "A", "R", "Supplier delay; new launch date under review",
         (["Local Offer Officer", "DPCF Chair"], "2024-01", None, "red")),
        ("A", "2c", "Hold termly 'You said, we did' events with families.", "Head of SEND",
         "Termly", None, "", "A", "Two events held; summer event postponed",
         (["Head of SEND"], None, "Termly", "amber")),
    ]
    wb = Workbook()
    cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Darlington Local Area SEND Written Statement of Action – Progress Tracker"; cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Owner:"; cov["B3"] = "SEND Assurance Executive"
    cov["A4"] = "Reporting period:"; cov["B4"] = "Quarter 4 2023/24"
    cov["A6"] = "RAG definitions"; cov["A6"].font = Font(bold=True)
    for i, (k, v) in enumerate([("R", "Not on track"), ("A", "Partially on track"), ("G", "On track"), ("B", "Complete")]):
        cov.cell(row=7+i, column=1, value=k); cov.cell(row=7+i, column=2, value=v)
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Written Statement of Action – action plan and progress"; ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Action", "Lead(s)", "Original deadline", "Revised deadline", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True)
    cm = {"R": RED, "A": AMB, "G": GRN, "B": BLU}
    r = 4; cur = None; exp = []
    for row in rows:
        if row[0] == "H":
            cur = row[1]; c = ws.cell(row=r, column=1, value=cur); c.font = Font(bold=True); c.fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, ref, act, lead, o, rv, prev, now, upd, e = row
            for i, v in enumerate([ref, act, lead, o, rv, prev or None, now, upd], 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, D): c.number_format = "dd/mm/yyyy"
            if prev: ws.cell(row=r, column=6).fill = fill(cm[prev])
            ws.cell(row=r, column=7).fill = fill(cm[now])
            exp.append(A(ref, [cur], act, e[0], e[1], e[3], e[2]))
        r += 1
    for col, w in zip("ABCDEFGH", [6, 55, 36, 16, 16, 10, 10, 40]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Darlington local area SEND Written Statement of Action (Ofsted/CQC inspection Jan-Feb 2022; "
                  "WSoA approved Sept 2022; report at democracy.darlington.gov.uk mgAi.aspx?ID=9385) and the "
                  "quarterly DfE/NHSE monitoring trackers such WSoAs are reported through. Copied: cover sheet "
                  "with RAG definitions, area-of-weakness rows over lettered refs, original and revised deadline "
                  "columns, previous and current RAG columns.",
        "reads": "A two-sheet workbook: a cover sheet with owner, period and RAG definitions, then the action plan "
                 "with seven actions under two areas of weakness. Some deadlines have been revised, and each action "
                 "has a previous and current RAG letter; the current one is its status.",
        "outcome": "read", "accept_refusal": False,
        "title": "Darlington Local Area SEND Written Statement of Action – Progress Tracker"}, exp)

# ---------------------------------------------------------------- docx helpers
def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs: run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row): cells[i].text = v
    return t

# ---------------------------------------------------------------- 3 Vale of Glamorgan PIAP docx
def vale():
    name = "p2-vale-glamorgan-estyn-piap.docx"
    recs = [
        ("Recommendation 1: Raise standards in schools, particularly in key stage 2 and key stage 3", [
            ("R1.1", "Set challenging targets for each school at key stage 2 and key stage 3, informed by FFT estimates.",
             "Head of School Improvement", "Autumn term 2013", "Green", (["Head of School Improvement"], "2013-12", None, "green")),
            ("R1.2", "Target support for the eight secondary departments with the lowest value added.",
             "Senior Challenge Adviser (Secondary)", "Summer term 2014", "Amber", (["Senior Challenge Adviser (Secondary)"], "2014-07", None, "amber")),
            ("R1.3", "Analyse key stage 3 teacher assessment moderation outcomes with the consortium.",
             "JM, PB", "July 2014", "Green", (["JM", "PB"], "2014-07", None, "green")),
        ]),
        ("Recommendation 2: Improve the rigour and the level of challenge provided to schools about their performance and quality of leadership", [
            ("R2.1", "Revise the school categorisation process and share it with all headteachers.",
             "Head of School Improvement", "31 January 2014", "Completed", (["Head of School Improvement"], "2014-01", None, "blue")),
            ("R2.2", "Hold challenge meetings with headteachers and chairs of governors of schools causing concern.",
             "Chief Learning and Skills Officer", "Termly", "Green", (["Chief Learning and Skills Officer"], None, "Termly", "green")),
            ("R2.3", "Quality assure a sample of challenge adviser reports each half term.",
             "Head of School Improvement / Central South Consortium", "By end of March 2014", "Red",
             (["Head of School Improvement", "Central South Consortium"], "2014-03", None, "red")),
        ]),
        ("Recommendation 3: Make sure that planning for improvement is thorough and consistent throughout all services", [
            ("R3.1", "Introduce a common service plan template with measurable targets.",
             "Operational Manager, Strategy and Resources", "Dec 2013", "Complete",
             (["Operational Manager, Strategy and Resources"], "2013-12", None, "blue")),
            ("R3.2", "Align team plans to service plans and review them at quarterly performance meetings.",
             "All Heads of Service", "Ongoing", "Amber", (["All Heads of Service"], None, "Ongoing", "amber")),
        ]),
    ]
    doc = Document()
    doc.add_paragraph("The Vale of Glamorgan Council – Learning and Skills Directorate")
    doc.add_heading("Post Inspection Action Plan: Local Authority Education Services for Children and Young People", 1)
    doc.add_paragraph("Document control")
    table(doc, ["Version", "Date", "Author", "Changes"],
          [["0.3", "14/10/2013", "JM", "Draft for Scrutiny (Lifelong Learning)"],
           ["1.0", "18/11/2013", "JM", "Approved by Cabinet"],
           ["1.2", "12/05/2014", "PB", "Progress update"]])
    doc.add_paragraph("")
    doc.add_paragraph("Estyn inspected the authority's education services in May 2013 and made six recommendations. "
                      "This plan sets out the actions for recommendations 1 to 3; recommendations 4 to 6 are reported "
                      "in the Directorate Service Plan.")
    exp = []
    for head, acts in recs:
        doc.add_heading(head, 2)
        table(doc, ["Ref", "Actions", "Lead officer", "Timescale", "Progress (RAG)"],
              [[a[0], a[1], a[2], a[3], a[4]] for a in acts])
        for a in acts:
            e = a[5]; exp.append(A(a[0], [head], a[1], e[0], e[1], e[3], e[2]))
        doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    table(doc, ["Rating", "Meaning"], [["Red", "Not on track"], ["Amber", "Minor slippage"],
                                       ["Green", "On track"], ["Complete", "Action completed"]])
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Vale of Glamorgan Council Post Inspection Action Plan after Estyn's May 2013 inspection of local "
                  "authority education services (Cabinet reports 21/10/2013 and 1/6/2015 'Third Progress Report', "
                  "valeofglamorgan.gov.uk); recommendation wording R1-R3 follows the published list. Copied: document "
                  "control table first, a heading per Estyn recommendation with its own action table "
                  "(Ref/Actions/Lead officer/Timescale/Progress), RAG key table at the end.",
        "reads": "A Welsh post-inspection action plan: after a document control table and a short note, each of three "
                 "Estyn recommendations is a heading followed by a table of its actions R1.1 to R3.2. Timescales mix "
                 "school terms, months and 'Termly'/'Ongoing'; progress is a RAG word or Complete(d).",
        "outcome": "read", "accept_refusal": False,
        "title": "Post Inspection Action Plan: Local Authority Education Services for Children and Young People"}, exp)

# ---------------------------------------------------------------- 4 Cheshire East ILACS docx
def cheshire():
    name = "p2-cheshire-east-ilacs-action-plan.docx"
    recs = [
        ("Recommendation 1: The quality and consistency of plans for children in need and children subject to child protection plans", [
            ("1.1", "Relaunch the Signs of Safety planning template across all CIN and CP teams.", "KC/DW", "Mar-20", "B",
             (["KC", "DW"], "2020-03", None, "blue")),
            ("1.2", "Monthly thematic audits of plans, with findings reported to the Quality Assurance Board.", "HG", "Monthly", "G",
             (["HG"], None, "Monthly", "green")),
            ("1.3", "Practice workshops for team managers on SMART planning.", "HG", "31/07/2020", "B",
             (["HG"], "2020-07", None, "blue")),
        ]),
        ("Recommendation 2: Management oversight of the progress of children's plans in the Children with Disabilities team", [
            ("2.1", "Introduce a CWD case tracker reviewed fortnightly by the Service Manager.", "AP", "Sept 2020", "A",
             (["AP"], "2020-09", None, "amber")),
            ("2.2", "Transfer ownership of short breaks assessments to the CWD social work team.", "AP & KC", "Q3 2020/21", "G",
             (["AP", "KC"], "2020-12", None, "green")),
        ]),
        ("Recommendation 3: The timeliness of pathway plans for care leavers aged 18 to 21", [
            ("3.1", "Complete reviews for all care leavers whose pathway plans are out of date.", "Leaving Care Team Manager",
             "End of December 2020", "R", (["Leaving Care Team Manager"], "2020-12", None, "red")),
            ("3.2", "Co-produce a new pathway plan format with the Care Leavers' Forum.", "Leaving Care Team Manager",
             "TBC", "", (["Leaving Care Team Manager"], None, "TBC", "unrated")),
        ]),
    ]
    doc = Document()
    doc.add_heading("Cheshire East Council – Ofsted ILACS Action Plan", 1)
    doc.add_paragraph("Inspection of Local Authority Children's Services, November 2019. Progress update for "
                      "Children and Families Committee, May 2022.")
    doc.add_paragraph("Key: B = completed; G = on track; A = at risk of slipping; R = off track. "
                      "Leads: KC – Director of Children's Social Care; DW – Head of Service, Child in Need and Child "
                      "Protection; HG – Head of Quality Assurance; AP – Service Manager, Children with Disabilities.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Recommendation / Action", "Lead", "By when", "RAG"]):
        t.rows[0].cells[i].text = h
    exp = []
    for head, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4]); m.text = head
        for run in m.paragraphs[0].runs: run.bold = True
        for a in acts:
            c = t.add_row().cells
            for i, v in enumerate(a[:5]): c[i].text = v
            e = a[5]; exp.append(A(a[0], [head], a[1], e[0], e[1], e[3], e[2]))
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Cheshire East Council Ofsted Action Plan and Progress Update on the November 2019 ILACS "
                  "recommendations, Children and Families Committee 23/05/2022 item 14 "
                  "(moderngov.cheshireeast.gov.uk ieIssueDetails IId=69513). Copied: one continuous table with "
                  "each recommendation as a bold row merged across all columns, leads given as initials explained "
                  "in a key paragraph, single-letter RAG with B for completed.",
        "reads": "A short ILACS action plan in one table: three recommendation rows spanning the table, each followed "
                 "by its numbered actions with initials as leads, a 'By when' date and a RAG letter. The key above the "
                 "table says B means completed; one action has no RAG yet.",
        "outcome": "read", "accept_refusal": False,
        "title": "Cheshire East Council – Ofsted ILACS Action Plan"}, exp)

# ---------------------------------------------------------------- 5 Scottish ASP docx (vertically merged area cell)
def borders():
    name = "p2-borders-asp-joint-inspection-plan.docx"
    areas = [
        ("1. Chronologies for adults at risk of harm were not consistently completed or used to inform risk assessment.", [
            ("Issue revised chronology guidance to all council officers and health staff.", "Fraser, Ailsa",
             "December 2022", "Complete", (["Fraser, Ailsa"], "2022-12", None, "blue")),
            ("Audit 50 case files for chronology quality and report the findings to the Adult Protection Committee.",
             "Moira Scott and Alan Reid", "31/03/2023", "On track", (["Moira Scott", "Alan Reid"], "2023-03", None, "green")),
        ]),
        ("2. Health involvement in inquiries and case conferences was limited.", [
            ("Agree a protocol for GP and community health attendance at adult protection case conferences.",
             "Chief Nurse (Health and Social Care Partnership)", "June 2023", "Amber",
             (["Chief Nurse (Health and Social Care Partnership)"], "2023-06", None, "amber")),
            ("Include health representatives in the Initial Referral Discussion pilot.",
             "Chief Nurse (Health and Social Care Partnership)", "Ongoing", "On track",
             (["Chief Nurse (Health and Social Care Partnership)"], None, "Ongoing", "green")),
            ("Deliver multi-agency training on the three-point criteria.", "Learning and Development Officer",
             "Aug 2023", "Not started", (["Learning and Development Officer"], "2023-08", None, "unrated")),
        ]),
        ("3. Strategic leaders should make better use of performance data to drive improvement.", [
            ("Develop a quarterly adult support and protection performance dataset for the Chief Officers Group.",
             "Adult Protection Coordinator", "September 2023", "Not started",
             (["Adult Protection Coordinator"], "2023-09", None, "unrated")),
        ]),
    ]
    doc = Document()
    doc.add_heading("Adult Support and Protection Joint Inspection – Improvement Plan", 1)
    doc.add_paragraph("Scottish Borders Public Protection Committee. Prepared following the joint inspection of adult "
                      "support and protection by the Care Inspectorate, HM Inspectorate of Constabulary in Scotland and "
                      "Healthcare Improvement Scotland. Version 2, February 2023.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Area for improvement", "Action", "Owner", "Timescale", "Status"]):
        t.rows[0].cells[i].text = h
    exp = []
    for area, acts in areas:
        first = None
        for j, a in enumerate(acts):
            c = t.add_row().cells
            if j == 0:
                c[0].text = area; first = c[0]
            for i, v in enumerate(a[:4], 1): c[i].text = v
            e = a[4]; exp.append(A(None, [area], a[0], e[0], e[1], e[3], e[2]))
        if len(acts) > 1:
            last = t.rows[len(t.rows) - 1].cells[0]
            first.merge(last)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Chief Officers Group.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Scottish adult support and protection partnership improvement plans drawn up after the Care "
                  "Inspectorate / HMICS / HIS joint inspections of adult support and protection (Phase 1, 2020-23; "
                  "careinspectorate.com 'Joint inspections of adult support and protection'), as published by "
                  "partnerships such as Scottish Borders. Copied: the inspection's areas for improvement in a first "
                  "column merged down over their actions, no action numbers, named owners, status words.",
        "reads": "A one-table improvement plan: three numbered areas for improvement from the joint inspection, each in "
                 "a tall merged cell beside the actions that answer it. Actions are unnumbered; owners are named "
                 "people or posts, and status is Complete, On track, Amber or Not started.",
        "outcome": "read", "accept_refusal": False,
        "title": "Adult Support and Protection Joint Inspection – Improvement Plan"}, exp)

# ---------------------------------------------------------------- 6 Kirklees CSV
def kirklees():
    name = "p2-kirklees-childrens-improvement-plan.csv"
    T1 = "Theme 1: Leadership and governance"; T2 = "Theme 2: Help and protection"
    T3 = "Theme 3: Children looked after and care leavers"
    RA = "Strengthen the impact of the Corporate Parenting Board on outcomes for children looked after"
    RB = "Ensure that senior leaders have an accurate understanding of frontline practice"
    RC = "Improve the timeliness and quality of assessments"
    RD = "Ensure that strategy discussions involve all relevant agencies"
    RE = "Improve the quality of pathway plans for care leavers"
    rows = [
        ("1.1", T1, RA, "Refresh the Corporate Parenting Board terms of reference and membership", "Smith, Julie", "Apr-17", "Green",
         (["Smith, Julie"], "2017-04", None, "green")),
        ("1.2", T1, RA, "Introduce a corporate parenting annual report to Cabinet, including the views of children", "Smith, Julie", "Jul-17", "Amber",
         (["Smith, Julie"], "2017-07", None, "amber")),
        ("1.3", T1, RB, "Monthly practice observation visits by senior leaders, with learning shared at Leadership Team", "Director of Children's Services", "Monthly", "Green",
         (["Director of Children's Services"], None, "Monthly", "green")),
        ("2.1", T2, RC, "Implement a single assessment tracker in the Duty and Assessment Team", "Brown, Peter", "31/05/2017", "Complete",
         (["Brown, Peter"], "2017-05", None, "blue")),
        ("2.2", T2, RC, "Reduce caseloads in assessment teams to an average of 18", "Brown, Peter; Khan, Aisha", "Sep-17", "Red",
         (["Brown, Peter", "Khan, Aisha"], "2017-09", None, "red")),
        ("2.3", T2, RD, "Agree a multi-agency strategy discussion protocol with West Yorkshire Police and health", "Khan, Aisha", "Jun-17", "Amber",
         (["Khan, Aisha"], "2017-06", None, "amber")),
        ("3.1", T3, RE, "Audit all pathway plans, and set improvement actions for each", "Leaving Care Service Manager", "Dec-17", "",
         (["Leaving Care Service Manager"], "2017-12", None, "unrated")),
        ("3.2", T3, RE, "Increase the number of care leavers in education, employment or training through council apprenticeships", "Leaving Care Service Manager", "Mar-18", "Not started",
         (["Leaving Care Service Manager"], "2018-03", None, "unrated")),
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Kirklees Council Children's Improvement Plan - March 2017"])
        w.writerow(["Ref", "Theme", "Ofsted Recommendation", "Action", "Lead Officer", "Target Date", "RAG"])
        exp = []
        for r in rows:
            w.writerow(r[:7]); e = r[7]
            exp.append(A(r[0], [r[1], r[2]], r[3], e[0], e[1], e[3], e[2]))
    write_yaml(name, {
        "source": "Kirklees Council Children's Improvement Plan submitted to the Secretary of State and HMCI in March "
                  "2017 after the Ofsted SIF inspection (decision at democracy.kirklees.gov.uk mgDecisionDetails "
                  "IId=10698), as exported flat from a tracking spreadsheet. Copied: theme and Ofsted recommendation "
                  "repeated on every row, numbered refs, leads written 'Surname, Forename', Mmm-yy target dates.",
        "reads": "A flat CSV export with a title line, a header, and eight actions; each row repeats its theme and the "
                 "Ofsted recommendation it answers. Leads are named surname-first (one row has two people separated "
                 "by a semicolon), dates are Mmm-yy, and RAG is a word, blank or Not started.",
        "outcome": "read", "accept_refusal": False,
        "title": "Kirklees Council Children's Improvement Plan - March 2017"}, exp)

# ---------------------------------------------------------------- 7 Powys CSV (refuse)
def powys():
    name = "p2-powys-estyn-piap.csv"
    R1 = "R1 Improve outcomes for learners in secondary schools"
    R2 = "R2 Ensure the strategic review of schools is implemented at pace"
    R3 = "R3 Strengthen financial management of school budgets"
    lines = [
        ["Powys County Council – Post Inspection Action Plan 2020 (Estyn inspection of local government education services)"],
        ["Recommendation", "Ref", "Action", "Responsible Officer", "Timescale", "RAG"],
        [R1, "1.1", "Agree a secondary improvement strategy with all secondary headteachers", "Chief Education Officer", "March 2020", "Green"],
        ["", "1.2", "Deploy ERW challenge advisers to the five secondary schools in Estyn follow-up", "Head of Schools Service", "July 2020", "Amber"],
        ["", "1.3", "Review curriculum provision in the sixth form across the county", "Head of Schools Service / ERW", "Summer term 2020", "Green"],
        [R2, "2.1", "Publish the revised Strategy for Transforming Education in Powys", "Cabinet Member for Education", "April 2020", "Green"],
        ["", "2.2", "Establish a programme board for school reorganisation proposals", "Head of Transformation", "Jnue 2020", "Red"],
        ["", "2.3", "Complete statutory consultations for the first tranche of proposals", "Head of Transformation", "December 2020", "Amber"],
        [R3, "3.1", "Issue termly budget monitoring reports to all schools in deficit", "Head of Finance (Schools)", "Ongoing", "Green"],
        ["", "3.2", "Agree licensed deficit recovery plans with each school in deficit", "Head of Finance (Schools)", "September 2020", "Amber"],
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for l in lines: w.writerow(l)
    # line 7 of the file is action 2.2 with timescale "Jnue 2020"
    write_yaml(name, {
        "source": "Powys County Council Post Inspection Action Plan after Estyn's 2019 inspection of local government "
                  "education services, approved by Estyn January 2020 (County Times, 'Estyn happy with plans to "
                  "improve Powys education service'). Copied: recommendations R1-R3 written only on the first row of "
                  "each group, numbered actions, Responsible Officer and month-name timescales.",
        "reads": "A short Estyn PIAP export: a title line, a header, and eight actions grouped under three "
                 "recommendations. Action 2.2's timescale reads 'Jnue 2020', a mistyped month (probably June, but the "
                 "file says neither), so a careful reader would stop and ask before recording an end month.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": 7,
        "title": "Powys County Council – Post Inspection Action Plan 2020 (Estyn inspection of local government education services)"},
        None)

for fn in (herefordshire, darlington, vale, cheshire, borders, kirklees, powys):
    fn()
print("done")
