"""Generate z3-* blind cases (6 files + expected YAML). Run with a python that has python-docx, openpyxl, PyYAML."""
import csv, datetime as dt, os, yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
RGB = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, source, reads, outcome, title, actions=None, refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if actions is not None:
        doc["actions"] = actions
    p = os.path.join(OUT, name + ".expected.yaml")
    with open(p, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)
    yaml.safe_load(open(p, encoding="utf-8"))


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def cell_paras(cell, text):
    """Write text into a cell, one paragraph per \\n-separated line."""
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


# ---------------------------------------------------------------- 1. CQC adult social care (docx)
def cqc():
    name = "z3-cqc-asc-plan.docx"
    title = "Adult Social Care CQC Assessment \u2013 Improvement Action Plan 2024-25"
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: How the local authority ensures safety within the system"
    T4 = "Theme 4: Leadership"
    a1 = "Waiting times for Care Act assessments are too long and people are not always kept informed while they wait."
    a2 = "Unpaid carers do not consistently receive a carer's assessment."
    a3 = "Too few people receive reablement after hospital discharge."
    a4 = "Safeguarding enquiries are not always completed in a timely way."
    a5 = "Co-production is not embedded in strategic planning."
    # rows: (theme, afi, ref, action, lead_text, end_text_cell, status_text, expected)
    rows = [
        (T1, a1, "1.1", "Introduce a single triage tool at the front door so that urgent assessments are allocated within 48 hours.",
         "Head of Prevention and Wellbeing", "Mar-25", "On track", (["Head of Prevention and Wellbeing"], "2025-03", None, "green")),
        (T1, a1, "1.2", "Contact every person on the waiting list at least every 8 weeks and record the contact on the case file.",
         "KM; RT", "31/12/2024", "Complete", (["KM", "RT"], "2024-12", None, "blue")),
        (T1, a1, "1.3", "Publish monthly waiting-list data on the council website.",
         "Performance and Intelligence Manager", "Monthly", "Not started", (["Performance and Intelligence Manager"], None, "Monthly", "unrated")),
        (T1, a2, "1.4", "Recommission the carers' support service with an assessment offer built in.\nInclude a 'carers' champion' in each locality team.",
         "AD Commissioning / Head of Brokerage", "Q2 2025/26", "Amber", (["AD Commissioning", "Head of Brokerage"], "2025-09", "Q2 2025/26", "amber")),
        (T1, a2, "1.5", "Review the carers' assessment form with the Carers' Partnership Board.",
         "Carers Lead", "June 2025", "Green", (["Carers Lead"], "2025-06", None, "green")),
        (T2, a3, "2.1", "Expand the reablement service by 20 additional hours per week of therapy capacity.",
         "Principal Occupational Therapist", "Sept 2024 \u2013 March 2025", "Red", (["Principal Occupational Therapist"], "2025-03", "Sept 2024 \u2013 March 2025", "red")),
        (T2, a3, "2.2", "Agree a joint discharge-to-assess pathway with the ICB.",
         "Director of Adult Social Care", "TBC", "Amber", (["Director of Adult Social Care"], None, "TBC", "amber")),
        (T3, a4, "3.1", "Audit 30 safeguarding enquiries each quarter and report findings to the Safeguarding Adults Board.",
         "Head of Safeguarding and Quality Assurance", "Ongoing", "On track", (["Head of Safeguarding and Quality Assurance"], None, "Ongoing", "green")),
        (T3, a4, "3.2", "Deliver Making Safeguarding Personal refresher training to all practitioners.",
         "Workforce Development Manager", "By 30 September 2024", "Completed", (["Workforce Development Manager"], "2024-09", None, "blue")),
        (T4, a5, "4.1", "Establish a co-production board with people who draw on care and support.",
         "Sam Okafor and Priya Nair", "Jan-25", "Green", (["Sam Okafor", "Priya Nair"], "2025-01", None, "green")),
        (T4, a5, "4.2", "Co-produce the refreshed Adult Social Care Strategy.",
         "Director of Adult Social Care", "Nov-25", "Not started", (["Director of Adult Social Care"], "2025-11", None, "unrated")),
    ]
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Northwick Council \u2013 response to the CQC local authority assessment of adult social care "
                    "(report published March 2024, overall rating: Requires improvement).")
    d.add_heading("Document control", level=2)
    t = d.add_table(rows=3, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        t.cell(0, i).text = h
    for i, v in enumerate(["0.3", "02/04/2024", "ASC Improvement Team", "Draft for DMT"]):
        t.cell(1, i).text = v
    for i, v in enumerate(["1.0", "18/04/2024", "Director of Adult Social Care", "Approved by Cabinet"]):
        t.cell(2, i).text = v
    exp = []
    themes = []
    for r in rows:
        if r[0] not in themes:
            themes.append(r[0])
    for th in themes:
        d.add_heading(th, level=1)
        trs = [r for r in rows if r[0] == th]
        t = d.add_table(rows=1 + len(trs), cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Area for improvement", "Action", "Lead", "Target date", "Status"]):
            t.cell(0, i).text = h
        # merge AFI vertically per group
        i = 0
        while i < len(trs):
            j = i
            while j + 1 < len(trs) and trs[j + 1][1] == trs[i][1]:
                j += 1
            c = t.cell(1 + i, 1)
            if j > i:
                c = c.merge(t.cell(1 + j, 1))
            c.text = trs[i][1]
            i = j + 1
        for k, r in enumerate(trs):
            t.cell(1 + k, 0).text = r[2]
            cell_paras(t.cell(1 + k, 2), r[3])
            t.cell(1 + k, 3).text = r[4]
            t.cell(1 + k, 4).text = r[5]
            t.cell(1 + k, 5).text = r[6]
            lead, end, et, st = r[7]
            exp.append(A(r[2], [r[0], r[1]], r[3], lead, end, st, et))
    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = "Approved by"; t.cell(0, 1).text = "Date"
    t.cell(1, 0).text = "Cabinet Member for Adult Social Care"; t.cell(1, 1).text = "18/04/2024"
    d.save(os.path.join(OUT, name))
    write_yaml(name,
               "Imitates an English council's post-CQC local authority assessment (adult social care) improvement plan, 2024; "
               "layout copied from typical published ASC plans: title, document-control table, one table per CQC assessment theme "
               "with Ref / Area for improvement / Action / Lead / Target date / Status, area-for-improvement cells merged vertically, "
               "sign-off table at the end.",
               "Four theme headings each followed by a table of numbered actions; each area for improvement spans the actions that answer it. "
               "Status is written as words (On track, Complete, Not started, Amber...). Document control and sign-off tables are not the plan.",
               "read", title, exp)


# ---------------------------------------------------------------- 2. RSH housing (xlsx, fill-only RAG, revised deadlines)
def rsh():
    name = "z3-rsh-housing-plan.xlsx"
    title = "Consumer Standards Improvement Plan \u2013 response to RSH regulatory judgement (C3), July 2024"
    S1 = "Safety and Quality Standard"
    S2 = "Transparency, Influence and Accountability Standard"
    S3 = "Neighbourhood and Community Standard"
    F1 = "The council does not have up-to-date fire risk assessments for 14 high-rise blocks."
    F2 = "Stock condition data is incomplete; fewer than 40% of homes have a survey within the last five years."
    F3 = "Damp and mould cases are not consistently resolved within target timescales."
    F4 = "Tenant satisfaction measures were not reported to tenants."
    F5 = "Complaints handling does not meet the Housing Ombudsman's Complaint Handling Code."
    F6 = "Communal area inspections are not recorded."
    D = dt.datetime
    rows = [
        (S1, F1, "SQ1", "Commission fire risk assessments for all 14 high-rise blocks.", "Head of Building Safety",
         D(2024, 9, 30), D(2024, 11, 30), "blue", "All 14 FRAs received 22/11/24.", ["Head of Building Safety"], "2024-11", None),
        (S1, F1, "SQ2", "Complete all high-risk remedial actions arising from the assessments.", "Head of Building Safety",
         D(2025, 3, 31), None, "green", "61 of 88 high-risk actions closed.", ["Head of Building Safety"], "2025-03", None),
        (S1, F2, "SQ3", "Procure a stock condition survey programme covering 100% of homes over three years.", "Asset Manager",
         D(2024, 12, 31), D(2025, 2, 28), "amber", "Tender evaluation delayed; award expected February.", ["Asset Manager"], "2025-02", None),
        (S1, F2, "SQ4", "Load survey data into the asset management system and reconcile against the housing register.", "Asset Manager / Systems Lead",
         D(2025, 6, 30), None, None, "", ["Asset Manager", "Systems Lead"], "2025-06", None),
        (S1, F3, "SQ5", "Introduce a damp and mould triage with a 10-working-day inspection target.", "Repairs Manager",
         D(2024, 8, 31), None, "blue", "Live from 1 August.", ["Repairs Manager"], "2024-08", None),
        (S1, F3, "SQ6", "Carry out a case review of all open damp and mould cases older than 3 months.", "Repairs Manager",
         D(2024, 10, 31), D(2025, 1, 31), "red", "Backlog of 212 cases; additional surveyors being recruited.", ["Repairs Manager"], "2025-01", None),
        (S2, F4, "TIA1", "Publish 2023/24 Tenant Satisfaction Measures on the website and in the tenants' newsletter.", "Customer Insight Manager",
         D(2024, 9, 30), None, "blue", "Published 16/09/24.", ["Customer Insight Manager"], "2024-09", None),
        (S2, F4, "TIA2", "Set up a Tenant Scrutiny Panel with terms of reference agreed by Cabinet.", "Tenant Engagement Lead",
         D(2025, 1, 31), None, "green", "Recruitment of panel members under way.", ["Tenant Engagement Lead"], "2025-01", None),
        (S2, F5, "TIA3", "Complete a self-assessment against the Complaint Handling Code and report it to the Housing Improvement Board.", "Complaints Manager",
         D(2024, 7, 31), None, "blue", "", ["Complaints Manager"], "2024-07", None),
        (S2, F5, "TIA4", "Retrain all housing officers on stage 1 complaint responses.", "Complaints Manager",
         D(2024, 12, 31), None, "amber", "70% trained.", ["Complaints Manager"], "2024-12", None),
        (S3, F6, "NC1", "Introduce a digital communal-area inspection checklist for all blocks.", "Estate Services Manager",
         D(2025, 4, 30), None, "green", "", ["Estate Services Manager"], "2025-04", None),
        (S3, F6, "NC2", "Report communal-area inspection results quarterly to the Tenant Scrutiny Panel.", "Estate Services Manager",
         "Quarterly", None, "green", "First report due after NC1 is live.", ["Estate Services Manager"], None, "Quarterly"),
    ]
    wb = Workbook()
    ws0 = wb.active; ws0.title = "Read me"
    ws0["A1"] = "About this workbook"
    ws0["A2"] = "This plan responds to the Regulator of Social Housing's regulatory judgement (grade C3) published July 2024."
    ws0["A3"] = "RAG ratings are shown by cell colour in the 'Improvement Plan' sheet. Where a revised deadline is shown it replaces the original."
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Director of Housing | Reported monthly to the Housing Improvement Board"
    hdr = ["Standard", "Ref", "Regulator finding", "Action", "Owner", "Original deadline", "Revised deadline", "RAG", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True)
    r = 5
    exp = []
    prev_s = prev_f = None
    for (s, f, ref, act, own, od, rd, rag, com, lead, end, et) in rows:
        if s != prev_s:
            ws.cell(row=r, column=1, value=s)
        if f != prev_f:
            ws.cell(row=r, column=3, value=f)
        prev_s, prev_f = s, f
        ws.cell(row=r, column=2, value=ref)
        ws.cell(row=r, column=4, value=act)
        ws.cell(row=r, column=5, value=own)
        c = ws.cell(row=r, column=6, value=od)
        if isinstance(od, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rd is not None:
            c = ws.cell(row=r, column=7, value=rd); c.number_format = "mmm-yy"
        if rag:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=RGB[rag])
        if com:
            ws.cell(row=r, column=9, value=com)
        for col in (3, 4, 9):
            ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        exp.append(A(ref, [s, f], act, lead, end, rag or "unrated", et))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total actions"); ws.cell(row=r, column=2, value=len(rows)); r += 1
    ws.cell(row=r, column=1, value="Complete"); ws.cell(row=r, column=2, value=sum(1 for x in rows if x[7] == "blue")); r += 2
    ws.cell(row=r, column=1, value="Key"); r += 1
    for col, word in (("blue", "Complete"), ("green", "On track"), ("amber", "At risk"), ("red", "Off track")):
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=RGB[col])
        ws.cell(row=r, column=2, value=word)
        r += 1
    ws.column_dimensions["C"].width = 40; ws.column_dimensions["D"].width = 50; ws.column_dimensions["I"].width = 40
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
               "Imitates a stock-holding council's housing improvement plan after a Regulator of Social Housing C3 consumer-standards "
               "judgement (2024); copied features: Standard / finding grouping, original and revised deadline columns, RAG shown only as "
               "cell fill with a colour key below, totals block.",
               "A cover sheet of notes, then one plan sheet: standards and findings written once on the first row of their group and "
               "left blank beneath, refs SQ1..NC2, RAG cells coloured with no text (one uncoloured), revised deadlines replacing the "
               "original where given. Totals and key rows follow the plan.",
               "read", title, exp)


# ---------------------------------------------------------------- 3. Health and wellbeing board (csv)
def hwb():
    name = "z3-hwb-public-health.csv"
    title = "Ashdown Health and Wellbeing Board \u2013 Joint Local Health and Wellbeing Strategy Action Plan 2024-2026"
    P1, P2, P3, P4 = "Start Well", "Live Well", "Age Well", "Cross-cutting"
    O1 = "Increase uptake of childhood immunisations"
    O2 = "Reduce smoking in pregnancy"
    O3 = "Reduce physical inactivity"
    O4 = "Reduce harm from alcohol"
    O5 = "Reduce social isolation and loneliness"
    O6 = "Prevent falls"
    O7 = "Use data to tackle inequalities"
    rows = [
        (P1, O1, "Run targeted MMR catch-up clinics in the three lowest-uptake wards.", "Director of Public Health / ICB Place Lead",
         "March 2025", "G", ["Director of Public Health", "ICB Place Lead"], "2025-03", None, "green"),
        (P1, O1, "Share practice-level uptake data with primary care networks every quarter.", "Health Protection Lead",
         "Quarterly", "G", ["Health Protection Lead"], None, "Quarterly", "green"),
        (P1, O2, "Commission an opt-out stop-smoking offer at the maternity booking appointment.", "Smith, Jane",
         "Sept 2024 \u2013 March 2025", "A", ["Smith, Jane"], "2025-03", "Sept 2024 \u2013 March 2025", "amber"),
        (P1, O2, "Train community midwives in very brief advice (VBA).", "Smith, Jane",
         "31/10/2024", "B", ["Smith, Jane"], "2024-10", None, "blue"),
        (P2, O3, "Launch a 'Move More Ashdown' campaign with leisure providers and the voluntary sector.\nTarget: 2,000 residents signed up in year one.",
         "Leisure Services Manager", "June 2025", "G", ["Leisure Services Manager"], "2025-06", None, "green"),
        (P2, O3, "Map and publish safe walking and cycling routes to every secondary school.", "Transport Planning Lead & Public Health Principal",
         "Dec 2025", "R", ["Transport Planning Lead", "Public Health Principal"], "2025-12", None, "red"),
        (P2, O4, "Extend the alcohol liaison nurse service to seven days a week.", "Commissioning Manager (Substance Misuse)",
         "End of June 2025", "A", ["Commissioning Manager (Substance Misuse)"], "2025-06", None, "amber"),
        (P2, O4, "Review licensing policy cumulative impact zones with Licensing Committee.", "Public Health Principal",
         "TBC", "", ["Public Health Principal"], None, "TBC", "unrated"),
        (P3, O5, "Fund a social prescribing link worker in each primary care network.", "ICB Place Lead",
         "Apr-25", "G", ["ICB Place Lead"], "2025-04", None, "green"),
        (P3, O5, "Create a single directory of community groups for older people.", "Community Development Officer",
         "Q3 2024/25", "B", ["Community Development Officer"], "2024-12", "Q3 2024/25", "blue"),
        (P3, O6, "Roll out strength and balance classes in all extra care schemes.", "Falls Prevention Coordinator",
         "Ongoing", "G", ["Falls Prevention Coordinator"], None, "Ongoing", "green"),
        (P3, O6, "Offer home hazard assessments to all people discharged after a fall.", "Occupational Therapy Lead",
         "Jan 2025", "R", ["Occupational Therapy Lead"], "2025-01", None, "red"),
        (P4, O7, "Publish a refreshed Joint Strategic Needs Assessment (JSNA) chapter on health inequalities.", "Head of Public Health Intelligence",
         "By 31 March 2025", "A", ["Head of Public Health Intelligence"], "2025-03", None, "amber"),
        (P4, O7, "Agree a shared outcomes framework with all Board partners.", "Director of Public Health",
         "Nov-24", "B", ["Director of Public Health"], "2024-11", None, "blue"),
    ]
    exp = []
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title, "", "", "", "", "", ""])
        w.writerow(["Progress update: September 2024", "", "", "", "", "", ""])
        w.writerow([])
        w.writerow(["Priority", "Objective", "No.", "Action", "Lead(s)", "By when", "RAG"])
        pp = po = None
        for n, (p, o, act, lt, when, rag, lead, end, et, st) in enumerate(rows, 1):
            w.writerow([p if p != pp else "", o if o != po else "", str(n), act, lt, when, rag])
            pp, po = p, o
            exp.append(A(str(n), [p, o], act, lead, end, st, et))
        w.writerow([])
        w.writerow(["Key: R = off track; A = some slippage; G = on track; B = complete", "", "", "", "", "", ""])
        w.writerow(["Total actions: %d" % len(rows), "", "", "", "", "", ""])
    write_yaml(name,
               "Imitates a health and wellbeing board's joint health and wellbeing strategy delivery action plan (Start Well / Live Well / "
               "Age Well priorities, as used by many English HWBs), exported to CSV; priority and objective written once per group, "
               "RAG as letters with B = complete, key and total lines at the foot.",
               "A title and progress-date line, then a table of 14 numbered actions grouped under four priorities and their objectives "
               "(written only on the first row of each group). Leads include a surname-first name and slash/ampersand pairs of posts.",
               "read", title, exp)


# ---------------------------------------------------------------- 4. LGA peer challenge (txt, refuse)
def peer():
    name = "z3-peer-challenge.txt"
    title = "Corporate Peer Challenge \u2013 Action Plan"
    lines = [
        "BRACKLEY DISTRICT COUNCIL",
        title,
        "Peer challenge on site: 4-7 November 2024. LGA feedback report published: January 2025.",
        "Status key: G = on track, A = some risk, R = off track, C = complete",
        "",
        "RECOMMENDATION 1: Develop a shared, long-term vision for Brackley with partners and residents",
        "1.1  Hold a partner summit to co-design the place vision.",
        "     Lead: Chief Executive | Due: May 2025 | Status: C",
        "1.2  Consult residents on the draft vision through the Citizens' Panel.",
        "     Lead: Head of Communications | Due: July 2025 | Status: G",
        "1.3  Adopt the vision at Full Council and align the Corporate Plan to it.",
        "     Lead: Leader of the Council / Chief Executive | Due: Novmber 2025 | Status: G",
        "",
        "RECOMMENDATION 2: Strengthen the medium-term financial strategy and close the budget gap",
        "2.1  Produce a three-year savings programme with named owners for each proposal.",
        "     Lead: Section 151 Officer | Due: Sept 2025 | Status: A",
        "2.2  Introduce monthly budget monitoring reports to Cabinet.",
        "     Lead: Finance Business Partner | Due: June 2025 | Status: C",
        "2.3  Review the capital programme and reprofile schemes not yet contracted.",
        "     Lead: Section 151 Officer | Due: Dec 2025 | Status: R",
        "",
        "RECOMMENDATION 3: Build capacity in the organisation to deliver transformation",
        "3.1  Establish a Programme Management Office.",
        "     Lead: Director of Transformation | Due: Aug 2025 | Status: G",
        "3.2  Launch a leadership development programme for the top 60 managers.",
        "     Lead: Head of HR and OD | Due: Ongoing | Status: G",
        "3.3  Refresh the workforce strategy, including a grow-our-own offer.",
        "     Lead: Head of HR and OD | Due: March 2026 | Status: A",
        "",
        "RECOMMENDATION 4: Improve member-officer relationships and scrutiny",
        "4.1  Agree a member-officer protocol and deliver joint training.",
        "     Lead: Monitoring Officer | Due: October 2025 | Status: G",
        "4.2  Invite the Centre for Governance and Scrutiny to review the scrutiny function.",
        "     Lead: Democratic Services Manager | Due: Jan 2026 | Status: A",
        "",
        "Progress will be reported to Cabinet in six months and the LGA progress review will take place in autumn 2025.",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    bad = next(i for i, ln in enumerate(lines, 1) if "Novmber" in ln)
    write_yaml(name,
               "Imitates a district council's LGA Corporate Peer Challenge action plan (2025) as plain text: recommendation headings "
               "in capitals, numbered actions each followed by an indented Lead | Due | Status line, status letters with C = complete.",
               "Four recommendations with ten numbered actions; each action's lead, due month and status letter are on the line "
               "below it. Action 1.3's due date reads 'Novmber 2025', a mistyped month a careful reader would query before recording.",
               "refuse", title, None, refuse_at=bad)


# ---------------------------------------------------------------- 5. CIW adults (xlsx, key redefines green, prev/current RAG)
def ciw():
    name = "z3-ciw-adults.xlsx"
    title = "Care Inspectorate Wales \u2013 Performance Evaluation Inspection of Adult Services: Improvement Plan"
    P1 = "Principle 1: People \u2013 voice and control"
    P2 = "Principle 2: Prevention"
    P3 = "Principle 3: Well-being"
    P4 = "Principle 4: Partnerships and integration"
    F1 = "People do not always have their 'what matters' conversation recorded in their own words."
    F2 = "The Welsh language 'active offer' is not consistently made."
    F3 = "Information, advice and assistance (IAA) does not consistently prevent escalation of need."
    F4 = "Waiting lists for domiciliary care packages remain high."
    F5 = "Carers' needs assessments are not always offered."
    F6 = "Hospital discharge arrangements with the health board are inconsistent."
    D = dt.datetime
    # (principle, afi, action, officer, timescale value, numfmt, prev, cur, update, lead, end, end_text)
    rows = [
        (P1, F1, "Revise the assessment template so that the 'what matters' section is recorded in the person's own words.",
         "Principal Social Worker", D(2024, 11, 30), "dd/mm/yyyy", "Amber", "Green", "New template live on WCCIS.",
         ["Principal Social Worker"], "2024-11", None),
        (P1, F1, "Audit 20 assessments per team each quarter for quality of 'what matters' recording.",
         "Principal Social Worker / Quality Assurance Officer", "Quarterly", None, "Amber", "Amber", "Q2 audit completed; Q3 in progress.",
         ["Principal Social Worker", "Quality Assurance Officer"], None, "Quarterly"),
        (P1, F2, "Record the language choice of every person at first contact and report compliance monthly.",
         "Welsh Language Officer", "March 2025", None, "Red", "Amber", "Field added to contact form; reporting not yet automated.",
         ["Welsh Language Officer"], "2025-03", None),
        (P2, F3, "Place a community connector in the IAA team five days a week.",
         "Head of Adult Services", "Dec-24", None, "Amber", "Green", "",
         ["Head of Adult Services"], "2024-12", None),
        (P2, F3, "Develop a directory of preventative services on DEWIS Cymru.",
         "IAA Team Manager", "Q4 2024/25", None, None, None, "Not yet started.",
         ["IAA Team Manager"], "2025-03", "Q4 2024/25"),
        (P3, F4, "Commission additional domiciliary care capacity in the rural north of the county.",
         "Commissioning Manager", "Sept 2024 \u2013 June 2025", None, "Red", "Red", "Market remains fragile; 146 hours unmet.",
         ["Commissioning Manager"], "2025-06", "Sept 2024 \u2013 June 2025"),
        (P3, F4, "Introduce a bridging reablement offer for people waiting for a package of care.",
         "Reablement Manager", D(2025, 1, 31), "mmm-yy", None, "Amber", "",
         ["Reablement Manager"], "2025-01", None),
        (P3, F5, "Re-launch the carers' needs assessment offer with the third sector carers' service.",
         "Carers Development Officer", "Ongoing", None, "Amber", "Amber", "",
         ["Carers Development Officer"], None, "Ongoing"),
        (P4, F6, "Agree a joint discharge protocol with the health board through the Regional Partnership Board.",
         "Director of Social Services", "30/06/2025", None, "Amber", "Red", "Health board sign-off delayed.",
         ["Director of Social Services"], "2025-06", None),
        (P4, F6, "Hold monthly joint delayed-discharge case reviews with hospital social work teams.",
         "Hospital Social Work Manager; Head of Adult Services", "Monthly", None, "Green", "Green", "Meeting monthly since October.",
         ["Hospital Social Work Manager", "Head of Adult Services"], None, "Monthly"),
    ]
    keymap = {"Green": "blue", "Amber": "amber", "Red": "red", None: "unrated"}
    wb = Workbook()
    ws0 = wb.active; ws0.title = "Key & notes"
    ws0["A1"] = "RAG key used in this plan"
    key = [("Green", "Action completed"), ("Amber", "In progress"), ("Red", "Behind schedule / at risk"), ("(blank)", "Not yet started")]
    for i, (k, v) in enumerate(key, 2):
        ws0.cell(row=i, column=1, value=k); ws0.cell(row=i, column=2, value=v)
        if k in ("Green", "Amber", "Red"):
            ws0.cell(row=i, column=1).fill = PatternFill("solid", fgColor=RGB[k.lower()])
    ws0["A7"] = "This plan is monitored by the Social Services Improvement Board and reported to Scrutiny quarterly."
    ws = wb.create_sheet("Improvement Plan")
    wb.active = 1
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Glanmor County Borough Council \u00b7 Version 3 \u00b7 updated 14/01/2025"
    hdr = ["No.", "Area for improvement (CIW)", "Action", "Responsible officer", "Timescale", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True)
    r = 5
    exp = []
    prev_p = None
    n = 0
    i = 0
    grey = PatternFill("solid", fgColor="D9D9D9")
    while i < len(rows):
        p = rows[i][0]
        if p != prev_p:
            ws.cell(row=r, column=1, value=p).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = grey
            r += 1
            prev_p = p
        j = i
        while j + 1 < len(rows) and rows[j + 1][1] == rows[i][1] and rows[j + 1][0] == p:
            j += 1
        start = r
        for k in range(i, j + 1):
            (pp, afi, act, off, ts, fmt, prev, cur, upd, lead, end, et) = rows[k]
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=3, value=act).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=4, value=off)
            c = ws.cell(row=r, column=5, value=ts)
            if fmt:
                c.number_format = fmt
            for col, v in ((6, prev), (7, cur)):
                if v:
                    c = ws.cell(row=r, column=col, value=v)
                    c.fill = PatternFill("solid", fgColor=RGB[v.lower()])
            if upd:
                ws.cell(row=r, column=8, value=upd)
            exp.append(A(str(n), [p, afi], act, lead, end, keymap[cur], et))
            r += 1
        ws.cell(row=start, column=2, value=rows[i][1]).alignment = Alignment(wrap_text=True, vertical="top")
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        i = j + 1
    ws.column_dimensions["B"].width = 40; ws.column_dimensions["C"].width = 55; ws.column_dimensions["H"].width = 40
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
               "Imitates a Welsh council's improvement plan after a Care Inspectorate Wales performance evaluation inspection of "
               "adult services (2024); copied features: areas for improvement grouped under the four Social Services and Well-being "
               "(Wales) Act principles as merged section rows, merged area-for-improvement cells, Previous and Current RAG columns, "
               "separate key sheet.",
               "The first sheet is a key: Green = action completed, Amber = in progress, Red = behind schedule, blank = not started (no blue). "
               "The plan sheet lists ten numbered actions under four principle rows; status is the Current RAG read through that key, so "
               "Green means complete.",
               "read", title, exp)


# ---------------------------------------------------------------- 6. Estyn PIAP (docx, terms, shading-only RAG, no refs)
def estyn():
    name = "z3-estyn-piap.docx"
    title = "Ysgol Gynradd Bryn Melyn \u2013 Post-Inspection Action Plan (PIAP)"
    R1 = "Recommendation 1: Improve pupils' extended writing skills across the curriculum"
    R2 = "Recommendation 2: Strengthen the quality of teaching and assessment"
    R3 = "Recommendation 3: Improve attendance, particularly of pupils eligible for free school meals"
    R4 = "Recommendation 4: Ensure that governors hold leaders to account robustly"
    # (rec, action, resp, timescale, success, monitoring, fill, lead, end, end_text)
    rows = [
        (R1, "Introduce a whole-school progression framework for writing genres.", "HT, DHT", "Autumn term 2024",
         "Framework in use in all classes; book scrutiny shows progression.", "Challenge adviser visit", "blue",
         ["HT", "DHT"], "2024-12", "Autumn term 2024"),
        (R1, "Provide weekly extended writing opportunities in every class, including in Welsh.", "Literacy Lead", "Spring term 2025",
         "Every pupil completes a weekly extended piece.", "Book scrutiny", "green",
         ["Literacy Lead"], "2025-04", "Spring term 2025"),
        (R1, "Moderate writing samples with cluster schools.", "Literacy Lead / Cluster Coordinator", "Termly",
         "Teacher assessments agreed at cluster moderation.", "Cluster minutes", "green",
         ["Literacy Lead", "Cluster Coordinator"], None, "Termly"),
        (R2, "Carry out a programme of lesson observations and book scrutinies with the local authority's challenge adviser.",
         "Headteacher / Challenge Adviser", "Autumn term 2024 \u2013 Summer term 2025",
         "At least 80% of lessons judged good or better.", "Governors' standards committee", "amber",
         ["Headteacher", "Challenge Adviser"], "2025-07", "Autumn term 2024 \u2013 Summer term 2025"),
        (R2, "Deliver professional learning on questioning and feedback to all teaching staff and learning support assistants.",
         "DHT", "Spring term 2025", "All staff trained; observations show improved questioning.", "Staff training log", "green",
         ["DHT"], "2025-04", "Spring term 2025"),
        (R2, "Introduce peer coaching triads for teachers.\nReview impact at the end of each half term.", "DHT", "Summer term 2025",
         "Triads meet at least twice a half term.", "SLT review", None,
         ["DHT"], "2025-07", "Summer term 2025"),
        (R3, "Appoint a family engagement officer funded through the Pupil Development Grant.", "Headteacher", "September 2024",
         "Officer in post.", "Governing body", "blue",
         ["Headteacher"], "2024-09", None),
        (R3, "Track attendance of eFSM pupils fortnightly and follow up absences with the Education Welfare Service.",
         "Family Engagement Officer", "Ongoing", "eFSM attendance rises to 90%.", "Attendance data", "green",
         ["Family Engagement Officer"], None, "Ongoing"),
        (R3, "Agree attendance targets with the governing body and report progress each term.", "Chair of Governors", "31/10/2024",
         "Targets agreed and minuted.", "Governing body minutes", "red",
         ["Chair of Governors"], "2024-10", None),
        (R4, "Governors to complete local authority training on challenge and self-evaluation.", "Clerk to Governors", "Dec 2024",
         "All governors trained.", "Training records", "amber",
         ["Clerk to Governors"], "2024-12", None),
        (R4, "Establish a standards committee that meets half-termly.", "Chair of Governors", "By 31 January 2025",
         "Committee meets and minutes show challenge.", "Local authority link officer", "blue",
         ["Chair of Governors"], "2025-01", None),
    ]
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Following the Estyn core inspection in May 2024 the school was judged to require significant improvement. "
                    "This plan was prepared by the governing body with the local authority and addresses the four recommendations in the report.")
    d.add_paragraph("Key to shading in the RAG column:")
    kt = d.add_table(rows=1, cols=4); kt.style = "Table Grid"
    for i, (col, word) in enumerate((("red", "Not on track"), ("amber", "Partially on track"), ("green", "On track"), ("blue", "Achieved"))):
        kt.cell(0, i).text = word
        shade(kt.cell(0, i), RGB[col])
    exp = []
    recs = []
    for r in rows:
        if r[0] not in recs:
            recs.append(r[0])
    for rec in recs:
        d.add_heading(rec, level=2)
        trs = [r for r in rows if r[0] == rec]
        t = d.add_table(rows=1 + len(trs), cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Actions", "Responsibility", "Timescale", "Success criteria", "Monitoring and evaluation", "RAG"]):
            t.cell(0, i).text = h
        for k, r in enumerate(trs, 1):
            cell_paras(t.cell(k, 0), r[1])
            t.cell(k, 1).text = r[2]
            t.cell(k, 2).text = r[3]
            t.cell(k, 3).text = r[4]
            t.cell(k, 4).text = r[5]
            if r[6]:
                shade(t.cell(k, 5), RGB[r[6]])
            exp.append(A(None, [rec], r[1], r[7], r[8], r[6] or "unrated", r[9]))
    d.add_paragraph("")
    st = d.add_table(rows=2, cols=3); st.style = "Table Grid"
    for i, h in enumerate(["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        st.cell(0, i).text = h
    st.cell(1, 2).text = "20/06/2024"
    d.save(os.path.join(OUT, name))
    write_yaml(name,
               "Imitates a Welsh primary school's Estyn post-inspection action plan (significant improvement category, 2024), prepared "
               "with the local authority per Estyn follow-up guidance (https://estyn.gov.wales/inspection-guidance-type/follow-up-en); "
               "copied features: one heading per recommendation, table of Actions / Responsibility / Timescale / Success criteria / "
               "Monitoring, timescales in school terms, RAG as shading only, a shading key table and a signature table.",
               "Four recommendation headings each followed by an unnumbered action table; timescales are mostly school terms, "
               "progress is shown only by cell shading (one unshaded). The key and signature tables hold no actions.",
               "read", title, exp)


if __name__ == "__main__":
    cqc(); rsh(); hwb(); peer(); ciw(); estyn()
    print("done")
