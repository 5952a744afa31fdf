"""Generator for blind set c2-* (heldout14). Expected readings are written by hand in the
row data below (lead lists, end months, statuses are hand-reasoned, not computed)."""
import os, datetime as dt, yaml
from docx import Document
from docx.shared import RGBColor, Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def write_yaml(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)

def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text:
        a["end_text"] = end_text
    a["status"] = status
    return a

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)

# ---------------------------------------------------------------- 1 virtual school SIP (docx)
def virtual_school():
    name = "c2-virtual-school-sip.docx"
    title = "Riverside Virtual School Improvement Plan 2024-25"
    # priority -> [(objective, [(ref, action, lead_text, timescale, impact, aut, spr, sumr, exp_lead, exp_end, exp_end_text, exp_status)])]
    P = [
     ("Priority 1: Effectiveness of Leadership & Management", [
      ("Provide strategic leadership and co-ordinate all stakeholder involvement for children in care", [
        ("1a", "Refresh the Virtual School Governing Body terms of reference and governor roles", "VSH", "Autumn term 2024",
         "Governors able to challenge the VSH on outcomes; ToR agreed at December meeting.", "A", "G", "", ["VSH"], "2024-12", None, "green"),
        ("1b", "Agree accountability protocol with the commissioned education provider, with termly contract review meetings", "VSH / Commissioning Manager", "Termly",
         "Contract KPIs reported to Governing Body each term.", "G", "G", "", ["VSH", "Commissioning Manager"], None, "Termly", "green"),
      ]),
      ("Improve the quality of Personal Education Plans (PEPs)", [
        ("1c", "Launch the new ePEP template and train designated teachers in its use", "Deputy Headteacher (VS)", "Sept 2024 – Jan 2025",
         "92% of designated teachers trained; new template live from 6 January.", "G", "B", "", ["Deputy Headteacher (VS)"], "2025-01", None, "blue"),
        ("1d", "Quality assure 20% of PEPs each term using the agreed audit tool, reporting findings to the Governing Body", "Education Advisers", "Ongoing",
         "Autumn audit: 61% good or better (target 80%).", "A", "A", "", ["Education Advisers"], None, "Ongoing", "amber"),
      ]),
     ]),
     ("Priority 2: Raise attainment and progress for all children in care", [
      ("Narrow the attainment gap at KS2 and KS4", [
        ("2a", "Allocate Pupil Premium Plus to schools against PEP targets, with impact reviewed at each PEP meeting", "VSH", "Summer term 2025",
         "PP+ allocations linked to SMART PEP targets in all schools sampled.", "G", "G", "", ["VSH"], "2025-07", None, "green"),
        ("2b", "Commission one-to-one tuition for Year 11 children in care not on track in English and maths", "Education Adviser (KS4)", "By 28 February 2025",
         "Tutor capacity short; 14 of 31 children started tuition.", "A", "R", "", ["Education Adviser (KS4)"], "2025-02", None, "red"),
        ("2c", "Deliver a reading programme for children in care in KS2 placed with foster carers", "JM/ Fostering Team Manager", "Autumn term 2024",
         "48 children enrolled; carers' feedback positive.", "G", "B", "", ["JM", "Fostering Team Manager"], "2024-12", None, "blue"),
      ]),
      ("Reduce exclusions and improve attendance", [
        ("2d", "Attend every suspension meeting for a child in care and challenge any proposed permanent exclusion", "Inclusion Officer", "Ongoing",
         "No permanent exclusions of children in care this academic year.", "G", "G", "", ["Inclusion Officer"], None, "Ongoing", "green"),
        ("2e", "Introduce daily attendance monitoring through the commissioned attendance service for all children in care placed out of county", "VSH and Business Support Manager", "Jan-25",
         "New action added January 2025. Data-sharing agreement with 3 of 5 neighbouring authorities signed.", "", "A", "", ["VSH", "Business Support Manager"], "2025-01", None, "amber"),
      ]),
     ]),
     ("Priority 3: Post-16 and care leavers", [
      ("Increase the proportion of care leavers in education, employment or training", [
        ("3a", "Appoint a post-16 adviser to track all Year 12 and 13 children in care", "VSH", "31/10/2024",
         "Adviser in post from 1 October.", "B", "B", "", ["VSH"], "2024-10", None, "blue"),
        ("3b", "Work with the Leaving Care Service to hold an annual EET celebration and careers fair", "Post-16 Adviser / Leaving Care Team Manager", "Summer term 2025",
         "Venue not yet confirmed.", "G", "A", "", ["Post-16 Adviser", "Leaving Care Team Manager"], "2025-07", None, "amber"),
      ]),
     ]),
    ]
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("This plan is monitored termly by the Virtual School Governing Body. RAG ratings are given at each "
                      "termly review (Autumn, Spring, Summer); this version was updated after the Spring review, March 2025.")
    actions = []
    hdr = ["Key Objectives", "Ref", "Key Actions: How will this be achieved?", "Lead", "Timescale", "Impact / Outcomes / Progress"]
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}
    for prio, objs in P:
        doc.add_heading(prio, 1)
        nrows = 2 + sum(len(a) for _, a in objs)
        t = doc.add_table(rows=nrows, cols=9); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h
            t.cell(0, i).merge(t.cell(1, i))
        t.cell(0, 6).text = "RAG"
        t.cell(0, 6).merge(t.cell(0, 8))
        for i, h in enumerate(["Autumn", "Spring", "Summer"]):
            t.cell(1, 6 + i).text = h
        r = 2
        for obj, rows in objs:
            top = r
            for (ref, action, lead, ts, imp, au, sp, su, el, ee, et, es) in rows:
                vals = [ref, action, lead, ts, imp, au, sp, su]
                for i, v in enumerate(vals):
                    t.cell(r, 1 + i).text = v
                for i, v in enumerate([au, sp, su]):
                    if v:
                        shade(t.cell(r, 6 + i), fills[v])
                actions.append(act(ref, [prio, obj], action, el, ee, es, et))
                r += 1
            t.cell(top, 0).text = obj
            if r - 1 > top:
                t.cell(top, 0).merge(t.cell(r - 1, 0))
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: R = not on track; A = some slippage; G = on track; B = complete.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the Worcestershire Virtual School Improvement Plan (Priority 1: Effectiveness of Leadership & Management; "
                  "columns Key Objectives / Key Actions / Lead / Impact-Outcomes-Progress / RAG by term Summer-Autumn-Spring), seen at "
                  "https://pdfslide.us/documents/virtual-school-improvement-plan-civica-virtual-school-improvement-plan-priority.html . "
                  "Copied: one table per priority, the key objective cell merged down over its actions, a RAG column split into three "
                  "termly sub-columns under a two-row header, RAG shown as letter plus fill.",
        "reads": "A virtual school improvement plan in three priority tables. Each key objective sits in a merged first-column cell over "
                 "its actions; RAG is recorded for Autumn and Spring (Summer not yet reviewed), so the current status is the Spring rating. "
                 "Action 2e was added in January and has no Autumn rating.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 2 SCP business plan (docx, coloured-text RAG)
def scp_plan():
    name = "c2-scp-business-plan.docx"
    title = "Ashdown Safeguarding Children Partnership Business Plan 2024–2026"
    col = {"On track": RGBColor(0x00, 0x80, 0x00), "Slipping": RGBColor(0xE3, 0x9B, 0x00), "Off track": RGBColor(0xC0, 0x00, 0x00),
           "Complete": RGBColor(0x00, 0x70, 0xC0), "Not started": RGBColor(0x80, 0x80, 0x80)}
    P = [
     ("Priority 1: Neglect",
      "Neglect remains the most common category for child protection plans in Ashdown (46% at March 2024). Partners told us tools are used inconsistently.",
      [("N1", "Relaunch the Graded Care Profile 2 (GCP2) tool with multi-agency training for 300 practitioners", "SCP Business Manager", "March 2025",
        "Number trained; GCP2 use evidenced in case audits.", "212 practitioners trained across 14 sessions.", "On track", ["SCP Business Manager"], "2025-03", None, "green"),
       ("N2", "Audit 30 multi-agency cases where neglect is the primary concern and report learning to the Quality Assurance sub-group", "Chair of QA Sub-group", "Q3 2024/25",
        "Audit report and action log.", "Audit completed and reported to QA sub-group on 4 December.", "Complete", ["Chair of QA Sub-group"], "2024-12", None, "blue"),
       ("N3", "Publish a neglect practice guide for schools and early years settings", "Education Safeguarding Lead & Early Years Manager", "End of June 2025",
        "Guide published; feedback from DSL network.", "Drafting delayed by staff absence; first draft due April.", "Slipping", ["Education Safeguarding Lead", "Early Years Manager"], "2025-06", None, "amber")]),
     ("Priority 2: Child exploitation",
      "Reviews in 2023 found that risk outside the home was not always shared between agencies quickly enough.",
      [("E1", "Establish a single multi-agency child exploitation panel across the two police districts", "DCI Public Protection / Head of Service, Adolescents", "Sept 2024",
        "Panel terms of reference; attendance data.", "Panel has met monthly since September.", "Complete", ["DCI Public Protection", "Head of Service, Adolescents"], "2024-09", None, "blue"),
       ("E2", "Map contextual safeguarding hotspots with Community Safety Partnership colleagues and agree a disruption plan for each", "Community Safety Manager", "Dec 2024 – June 2025",
        "Hotspot map; number of disruption plans.", "Data-sharing issue with the transport operator not yet resolved.", "Off track", ["Community Safety Manager"], "2025-06", None, "red"),
       ("E3", "Ensure return home interviews are offered within 72 hours for every child reported missing", "Missing Coordinator", "Monthly",
        "% of RHIs offered in 72 hours (target 95%).", "96% in Q3.", "On track", ["Missing Coordinator"], None, "Monthly", "green")]),
     ("Priority 3: Voice of the child and learning from reviews",
      "Children and young people want a direct say in the partnership's priorities.",
      [("V1", "Set up a young people's safeguarding reference group that meets each half term", "Participation Officer", "31/01/2025",
        "Group membership; changes made as a result.", "Not yet started; recruitment of members planned for spring.", "Not started", ["Participation Officer"], "2025-01", None, "unrated"),
       ("V2", "Disseminate learning from the Child K rapid review through 7-minute briefings and a practitioner event", "SCP Learning and Development Officer", "By 30 November 2024",
        "Briefing downloads; event evaluations.", "Event held 19 November, 140 attended.", "Complete", ["SCP Learning and Development Officer"], "2024-11", None, "blue"),
       ("V3", "Evaluate the impact of the multi-agency training offer through a 3-month follow-up survey", "SCP Business Manager", "TBC",
        "Survey response rate; reported change in practice.", "Survey platform being procured.", "Slipping", ["SCP Business Manager"], None, "TBC", "amber")]),
    ]
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=3, cols=4); dc.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Changes"], ["1.0", "22/03/2024", "SCP Business Manager", "Approved by Executive"],
                             ["1.3", "14/01/2025", "SCP Business Manager", "Q3 progress added"]]):
        for j, v in enumerate(row):
            dc.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph("The three Safeguarding Partners (Ashdown Council, Ashdown and Fenwick ICB and Southshire Police) agreed the following "
                      "priorities. Progress is reported to the Executive each quarter.")
    hdr = ["Ref", "What we will do", "Lead agency / officer", "By when", "Impact / evidence", "Progress this quarter", "RAG"]
    actions = []
    for prio, rationale, rows in P:
        doc.add_heading(prio, 1)
        p = doc.add_paragraph(); p.add_run("Why this is a priority: ").bold = True; p.add_run(rationale)
        t = doc.add_table(rows=1 + len(rows), cols=7); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h
            shade(t.cell(0, i), "D9D9D9")
        for r, (ref, a, lead, when, imp, prog, rag, el, ee, et, es) in enumerate(rows, 1):
            for i, v in enumerate([ref, a, lead, when, imp, prog]):
                t.cell(r, i).text = v
            run = t.cell(r, 6).paragraphs[0].add_run(rag)
            run.font.color.rgb = col[rag]; run.bold = True
            actions.append(act(ref, [prio], a, el, ee, es, et))
        doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=1, cols=5); k.style = "Table Grid"
    for i, w in enumerate(["On track", "Slipping", "Off track", "Complete", "Not started"]):
        run = k.cell(0, i).paragraphs[0].add_run(w); run.font.color.rgb = col[w]; run.bold = True
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates safeguarding children partnership business plans such as the LLR Safeguarding Children Partnerships "
                  "Business Plan April 2021 to March 2022 (https://www.readkong.com/page/llr-safeguarding-children-partnerships-business-plan-april-8547391) "
                  "and Cheshire West and Chester SCP Business Plan 2019-2021: a priority heading with a rationale paragraph, then a table of "
                  "what we will do / lead / by when / impact / progress. Copied the per-priority tables and added a document control table, "
                  "an 'Impact / evidence' and a 'Progress this quarter' column and a RAG given as coloured words with a RAG key table.",
        "reads": "An SCP business plan with a document control table, then three priority sections each with a short rationale and an "
                 "action table. The RAG column holds coloured words (On track green, Slipping amber, Off track red, Complete blue, "
                 "Not started grey) as the key table at the end shows.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 3 YJS delivery plan (xlsx, title block, frozen row 6, hidden cols)
def yjs_plan():
    name = "c2-yjs-delivery-plan.xlsx"
    title = "Northbrook Youth Justice Plan 2024/25: Delivery Plan"
    rows = [
     ("YJ01", "Prevention", "Extend the Turnaround programme to all secondary schools in the borough", "Prevention Team Manager",
      D(2024,4,1), D(2025,3,31), None, "G", "11 of 14 schools signed up.", ["Prevention Team Manager"], "2025-03", None, "green"),
     ("YJ02", "Prevention", "Agree a joint referral pathway with Early Help for children at risk of first-time entry", "Prevention Team Manager / Early Help Service Manager",
      D(2024,5,1), D(2024,9,30), D(2024,12,31), "C", "Pathway live from 2 December.", ["Prevention Team Manager", "Early Help Service Manager"], "2024-12", None, "blue"),
     ("YJ03", "Diversion", "Review the Out of Court Disposal panel terms of reference in line with the YJB OOCD guidance", "Head of Youth Justice",
      D(2024,4,1), D(2024,7,31), None, "C", "Signed off by Management Board July 2024.", ["Head of Youth Justice"], "2024-07", None, "blue"),
     ("YJ04", "Diversion", "Carry out a disproportionality audit of OOCD outcomes by ethnicity", "Performance & Information Officer",
      D(2024,6,1), D(2024,11,30), D(2025,3,31), "A", "Data extract delayed by case management system upgrade.", ["Performance & Information Officer"], "2025-03", None, "amber"),
     ("YJ05", "Education, training and employment", "Secure a named EHCP caseworker link for all children open to the YJS with an EHCP", "SEND Service Manager",
      D(2024,4,1), D(2024,10,31), None, "R", "SEND service vacancies; escalated to Board.", ["SEND Service Manager"], "2024-10", None, "red"),
     ("YJ06", "Education, training and employment", "Ensure a speech and language screening is completed for every child within 20 working days of allocation", "YJS Speech and Language Therapist",
      D(2024,4,1), "Ongoing", None, "G", "88% screened in time (Q3).", ["YJS Speech and Language Therapist"], None, "Ongoing", "green"),
     ("YJ07", "Serious youth violence", "Deliver the serious violence duty actions owned by the YJS, reporting quarterly to the Community Safety Partnership", "Head of Youth Justice",
      D(2024,4,1), D(2025,3,31), None, "A", "Two of five actions behind schedule.", ["Head of Youth Justice"], "2025-03", None, "amber"),
     ("YJ08", "Over-represented children", "Introduce a review of every remand decision for children in care, with the Virtual School and the child's social worker", "Court Officer",
      D(2024,9,1), D(2025,1,31), None, "G", "Review template agreed; first reviews held.", ["Court Officer"], "2025-01", None, "green"),
     ("YJ09", "Constructive resettlement", "Embed the constructive resettlement policy, with a resettlement plan agreed 10 days before release", "Operations Manager",
      D(2024,4,1), D(2024,6,30), D(2024,9,30), "C", "Policy embedded; audit in October showed 100% compliance.", ["Operations Manager"], "2024-09", None, "blue"),
     ("YJ10", "Constructive resettlement", "Secure suitable accommodation pathways for 16–17 year olds leaving custody with Housing", "Operations Manager and Housing Options Manager",
      D(2024,10,1), D(2025,3,31), None, None, "", ["Operations Manager", "Housing Options Manager"], "2025-03", None, "unrated"),
    ]
    wb = Workbook()
    ins = wb.active; ins.title = "How to use"
    for i, line in enumerate(["How to use the Action Planning Tool",
                              "1. Choose the theme from the drop-down list in column B.",
                              "2. Give each action an owner, a start date and a target date. If a target date moves, enter it under Revised target date and leave the original.",
                              "3. Update the status and progress column before each Management Board meeting.",
                              "Status key: R – Not on track | A – At risk | G – On track | C – Complete"], 1):
        ins.cell(i, 1, line)
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "[Northbrook Council logo]"; ws["A1"].font = Font(italic=True, color="808080")
    ws["C1"] = title; ws["C1"].font = Font(bold=True, size=16)
    ws["C2"] = "Northbrook Youth Justice Service Management Board"
    ws["C3"] = "Version: Youth Justice Plan      Last updated: 14/02/2025"
    ws["C4"] = "Status key: R – Not on track | A – At risk | G – On track | C – Complete"
    hdr = ["Ref", "Theme", "Source", "Action", "Owner", "Owner email", "Start date", "Target date", "Revised target date", "Status", "Progress update", "Last updated by"]
    band = PatternFill("solid", fgColor="1F4E78")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = band
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "C": "5B9BD5"}
    actions = []
    for r, (ref, theme, a, owner, st, tg, rv, status, prog, el, ee, et, es) in enumerate(rows, 7):
        email = owner.split(" / ")[0].split(" and ")[0].lower().replace(" ", ".").replace("&", "and") + "@northbrook.gov.uk"
        vals = [ref, theme, "Youth Justice Plan 2024/25", a, owner, email, st, tg, rv, status, prog, "JT"]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if status:
            ws.cell(r, 10).fill = PatternFill("solid", fgColor=fills[status])
        actions.append(act(ref, [theme], a, el, ee, es, et))
    for colL, w in zip("ABCDEFGHIJKL", [7, 22, 22, 55, 30, 30, 12, 12, 12, 8, 40, 10]):
        ws.column_dimensions[colL].width = w
    for colL in ("C", "F", "L"):
        ws.column_dimensions[colL].hidden = True
    ws.freeze_panes = "A7"
    wb.active = 1
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the YJB Action Planning Tool for youth offending teams (North Somerset Council's copy, "
                  "http://www.docstoc.com/docs/83758292/doc12641xls---North-Somerset-Council): an instructions sheet, then an action sheet "
                  "with theme drop-downs, a version field ('Youth Justice Plan'), owner, dates and status. Copied the instructions sheet, "
                  "a logo/title block above a header on row 6 with panes frozen below it, hidden helper columns (source, owner email, last "
                  "updated by) and separate Target and Revised target date columns.",
        "reads": "A two-sheet workbook: 'How to use' has instructions only; 'Action Plan' has a title block, the header on row 6 and ten "
                 "actions YJ01-YJ10 grouped by theme. Where a revised target date is given it replaces the target date; YJ10 has no status yet.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 4 delivery plan milestones (fixed-width txt)
def cypp_txt():
    name = "c2-cypp-delivery-plan.txt"
    title = "Children and Young People's Plan - Annual Delivery Plan 2024/25"
    T = [
     ("CYP1", "Children are safe and protected from harm", "CSC", "Karen Blake", [
       ("CYP1.1", "Strengthening the front door", "CSC", "Karen Blake", [
         ("C1.1.1", "Relaunch the multi-agency threshold document by June 2024", "CSC", "Karen Blake", "C",
          "Relaunched at the SCP conference on 12 June 2024; 400 practitioners attended.", ["Karen Blake"], "2024-06", "blue"),
         ("C1.1.2", "Complete the move of the MASH to the police hub by September 2024", "CSC", "Karen Blake", "A",
          "Building works delayed; contractor recovery plan agreed with the police estates team.", ["Karen Blake"], "2024-09", "amber"),
         ("C1.1.3", "Reduce re-referrals within 12 months to below 20% by March 2025", "CSC", "Tom Price", "G",
          "Quarter 3 rate 19.4%.", ["Tom Price"], "2025-03", "green")]),
       ("CYP1.2", "Tackling child exploitation", "CSC", "Tom Price", [
         ("C1.2.1", "Agree a child exploitation strategy with the police by July 2024", "CSC", "Tom Price", "C",
          "Strategy signed off by the SCP Executive.", ["Tom Price"], "2024-07", "blue"),
         ("C1.2.2", "Train all school designated safeguarding leads in exploitation by December 2024", "EDU", "Aisha Khan/Tom Price", "R",
          "41% of DSLs trained; extra sessions being booked for the spring term.", ["Aisha Khan", "Tom Price"], "2024-12", "red")])]),
     ("CYP2", "Children achieve their potential in education", "EDU", "Aisha Khan", [
       ("CYP2.1", "Improving attendance", "EDU", "Aisha Khan", [
         ("C2.1.1", "Publish the attendance support offer to all schools by May 2024", "EDU", "Aisha Khan", "C",
          "Published 20 May 2024.", ["Aisha Khan"], "2024-05", "blue"),
         ("C2.1.2", "Hold termly targeting meetings with every secondary school by October 2024", "EDU", "Sam Okafor", "G",
          "First round completed with 17 of 18 schools.", ["Sam Okafor"], "2024-10", "green")]),
       ("CYP2.2", "Inclusion and SEND", "EDU", "Lena Novak", [
         ("C2.2.1", "Issue 60% of new EHC plans within 20 weeks by March 2025", "EDU", "Lena Novak", "A",
          "Year to date 52%; improving each month since additional EHC coordinators started.", ["Lena Novak"], "2025-03", "amber"),
         ("C2.2.2", "Open two new resourced provisions for autism by September 2024", "EDU", "Lena Novak", "A",
          "First base open; second site opening after the February half term.", ["Lena Novak"], "2024-09", "amber")])]),
     ("CYP3", "Families get the right help at the right time", "EH", "Dev Patel", [
       ("CYP3.1", "Family Hubs and Start for Life", "EH", "Dev Patel", [
         ("C3.1.1", "Launch three Family Hubs in the north locality by January 2025", "EH", "Dev Patel", "G",
          "Two hubs open; third opens 27 January.", ["Dev Patel"], "2025-01", "green"),
         ("C3.1.2", "Recruit 120 volunteers to the Start for Life offer by March 2025", "EH", "Dev Patel", "",
          "Recruitment campaign to start in February.", ["Dev Patel"], "2025-03", "unrated")])]),
    ]
    import textwrap
    W = (9, 80, 13, 22, 9, 44)
    def line(a, b, c, d, e, f):
        return (a.ljust(W[0]) + b.ljust(W[1]) + c.ljust(W[2]) + d.ljust(W[3]) + e.ljust(W[4]) + f).rstrip()
    out = [title, "Corporate Commitments: Children and Young People", ""]
    out.append(line("", "Milestone", "Directorate", "Owner", "Current", "Current Commentary"))
    out.append(line("", "", "", "", "Status", ""))
    out.append("-" * 150)
    actions = []
    for tref, ttxt, tdir, town, subs in T:
        out.append(line(tref, ttxt, tdir, town, "", ""))
        for sref, stxt, sdir, sown, rows in subs:
            out.append(line(sref, stxt, sdir, sown, "", ""))
            for ref, m, d_, o, st, comm, el, ee, es in rows:
                wrapped = textwrap.wrap(comm, W[5])
                out.append(line(ref, m, d_, o, st, wrapped[0]))
                for w in wrapped[1:]:
                    out.append(" " * sum(W[:5]) + w)
                actions.append(act(ref, [f"{tref} {ttxt}", f"{sref} {stxt}"], m, el, ee, es))
            out.append("")
    out.append("-" * 150)
    out.append("Status key: G = on track   A = at risk   R = will not be met   C = complete   (blank = not yet started)")
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    write_yaml(name, {
        "source": "Imitates Lancashire County Council's Annual Delivery Plan 2008/09 (Corporate Commitments) as pasted text, "
                  "http://www.docstoc.com/docs/61891318/Report-on-Teachers-and-Corporate-Trainers-Assessments : a fixed-width layout "
                  "with three-level refs (CC1 commitment, CC1.1 heading with owner, C1.1.1 milestone), the due date written inside the "
                  "milestone text ('... by June 2008'), Directorate and Owner columns, a one-letter Current Status column and a commentary "
                  "that wraps onto continuation lines.",
        "reads": "A fixed-width delivery plan: lines CYP1/CYP2/CYP3 are commitments and CYP1.1 etc. are headings (each with a directorate "
                 "and owner), and the C-numbered lines are the milestones. Each milestone's due month is the 'by <month year>' in its text; "
                 "status is the letter per the key at the foot, and C3.1.2 has no status yet.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 5 early help CSV with Date completed
def early_help_csv():
    import csv, io
    name = "c2-early-help-date-completed.csv"
    title = "Southfield Early Help Partnership Action Plan 2024-25"
    A1 = "The quality and consistency of early help assessments"
    A2 = "Step-up and step-down between early help and children's social care"
    A3 = "Partner agency lead professional role"
    A4 = "Management oversight in early help"
    rows = [
     ("EH1", A1, "Introduce a single early help assessment form on the EHM case system for all partners", "SW / Head of Early Help", "31/12/2024", "18/12/2024", "", "Went live 2 December.",
      ["SW", "Head of Early Help"], "2024-12", None, "blue"),
     ("EH2", "", "Audit 40 early help assessments each quarter using the partnership audit tool", "Early Help Quality Assurance Manager", "Quarterly", "", "G", "Q3 audit done; 65% good or better.",
      ["Early Help Quality Assurance Manager"], None, "Quarterly", "green"),
     ("EH3", "", "Deliver assessment and SMART planning training to school pastoral leads", "Priya Shah", "Mar-25", "", "A", "3 of 5 sessions delivered; low take-up in primary.",
      ["Priya Shah"], "2025-03", None, "amber"),
     ("EH4", A2, "Agree a written step-down protocol with a joint review meeting for every child", "JB, KT", "30/11/2024", "29/11/2024", "", "Protocol signed by both heads of service.",
      ["JB", "KT"], "2024-11", None, "blue"),
     ("EH5", "", "Track step-down cases for 3 months to check that families engage with the early help offer", "Early Help Locality Manager (North)", "31/03/2025", "", "R", "Tracking report not yet built.",
      ["Early Help Locality Manager (North)"], "2025-03", None, "red"),
     ("EH6", A3, "Increase the number of early help assessments led by schools and health partners to 40% of the total", "Shah, Priya", "Sept 2025", "", "A", "Currently 28%.",
      ["Shah, Priya"], "2025-09", None, "amber"),
     ("EH7", "", "Launch a lead professional support network with termly meetings", "Partnership Development Officer", "Jan 2025", "14/01/2025", "", "First meeting held 14 January.",
      ["Partnership Development Officer"], "2025-01", None, "blue"),
     ("EH8", "", "Publish a partner guide to the early help offer on the partnership website", "Partnership Development Officer and Comms Officer", "Dec-24", "", "", "Not started - awaiting web team capacity.",
      ["Partnership Development Officer", "Comms Officer"], "2024-12", None, "unrated"),
     ("EH9", A4, "Team managers audit two supervision records per practitioner and record findings on the QA log", "Head of Early Help", "Monthly", "", "G", "Completed every month since October.",
      ["Head of Early Help"], None, "Monthly", "green"),
     ("EH10", "", "Report early help performance to the Improvement Board using the new dashboard", "Performance Manager / Head of Early Help", "28/02/2025", "", "G", "Dashboard in test.",
      ["Performance Manager", "Head of Early Help"], "2025-02", None, "green"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    w.writerow([title] + [""] * (n - 1))
    w.writerow(["Following the Ofsted focused visit (front door and early help), October 2024"] + [""] * (n - 1))
    w.writerow(["Note: the RAG column is left blank once an action is complete - see Date completed."] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Area for improvement", "Action", "Lead", "Target date", "Date completed", "RAG", "Update"])
    actions = []
    cur = None
    for (ref, area, a, lead, tgt, done, rag, upd, el, ee, et, es) in rows:
        w.writerow([ref, area, a, lead, tgt, done, rag, upd])
        if area:
            cur = area
        actions.append(act(ref, [cur], a, el, ee, es, et))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_yaml(name, {
        "source": "Imitates early help action plans reported to improvement boards after focused visits, e.g. the Windhill Children's "
                  "Centres Network Service Development Plan (https://studylib.net/doc/9061058/service-development-plan-2013-2014) with "
                  "leads given as initials and names, saved from Excel as CSV. Copied: title and note rows above the header, the area for "
                  "improvement only on the first row of each group (merged cells exported), a 'Date completed' column with the RAG left "
                  "blank for completed actions, and leads that mix initials, job titles and names (including 'Surname, Forename').",
        "reads": "A CSV with three lines of title/notes, a blank line and then the header. The area for improvement is written once and "
                 "applies to the rows below it. The note says RAG is left blank once an action is complete, so rows with a Date completed "
                 "are complete; EH8 has neither RAG nor completion date and is not started.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 6 SEND PAP with shaded band rows and A1/B1 refs (xlsx)
def send_pap():
    name = "c2-send-pap-banded.xlsx"
    title = "Westmere Local Area Partnership – SEND Priority Action Plan"
    G = [
     ("A. Priority action 1 – Timeliness and quality of EHC plans",
      "Leaders across the partnership should ensure that EHC needs assessments are completed within 20 weeks and that plans are of good quality.",
      [("A1", "Recruit four additional EHC coordinators and two educational psychologists", "Head of SEND", "HR", D(2024,4,1), D(2024,9,30), "B",
        "All posts filled by September 2024.", ["Head of SEND"], "2024-09", None, "blue"),
       ("A2", "Introduce weekly EHC needs assessment tracking meetings with health and social care advice givers", "SEND Service Manager / Designated Clinical Officer", "ICB, CSC", D(2024,4,1), D(2024,6,30), "B",
        "Meetings running weekly since May 2024.", ["SEND Service Manager", "Designated Clinical Officer"], "2024-06", None, "blue"),
       ("A3", "Quality assure 10% of new EHC plans each month through the multi-agency QA panel, with findings fed back to plan writers", "SEND QA Lead", "Health, Social Care, Parent Carer Forum", D(2024,5,1), "Ongoing", "G",
        "74% of plans audited rated good (Dec).", ["SEND QA Lead"], None, "Ongoing", "green")]),
     ("B. Priority action 2 – Waiting times for neurodevelopmental assessment",
      "Health leaders should reduce waiting times for autism and ADHD assessments and provide support to children and families while they wait.",
      [("B1", "Commission additional autism assessment capacity from an independent provider", "ICB Head of Children's Commissioning", "Community Paediatrics", D(2024,6,1), D(2025,3,31), "A",
        "Contract awarded; provider mobilising.", ["ICB Head of Children's Commissioning"], "2025-03", None, "amber"),
       ("B2", "Launch a 'waiting well' support offer for families on the neurodevelopmental pathway", "Designated Clinical Officer", "Parent Carer Forum", D(2024,7,1), D(2024,12,31), "G",
        "Offer launched; 210 families registered.", ["Designated Clinical Officer"], "2024-12", None, "green"),
       ("B3", "Publish monthly waiting list data on the Local Offer", "DCO and ICB Performance Lead", "Comms", D(2024,9,1), D(2025,1,31), "R",
        "Data quality issues with the community provider; not yet published.", ["DCO", "ICB Performance Lead"], "2025-01", None, "red")]),
     ("C. Area for improvement – Preparation for adulthood",
      "Leaders should ensure that young people with SEND are well prepared for adulthood, including through transition planning from Year 9.",
      [("C1", "Embed preparing for adulthood outcomes in all Year 9 annual reviews", "PfA Lead", "Schools, Careers service", D(2024,9,1), "Summer term 2025", "A",
        "Sample audit: 58% of Year 9 reviews include PfA outcomes.", ["PfA Lead"], "2025-07", None, "amber"),
       ("C2", "Develop a supported internship programme with 25 places across three employers", "Post-16 SEND Manager", "FE College, Economic Development", D(2024,9,1), D(2025,7,31), "A",
        "14 places secured with two employers.", ["Post-16 SEND Manager"], "2025-07", None, "amber"),
       ("C3", "Agree a joint transitions protocol between children's and adults' social care", "Head of Disabled Children's Service & Head of Adult Social Care", "Adult Social Care", D(2024,10,1), D(2025,2,28), "G",
        "Draft protocol out for consultation.", ["Head of Disabled Children's Service", "Head of Adult Social Care"], "2025-02", None, "green")]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "PAP"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the Ofsted/CQC area SEND inspection, report published 12 March 2024. Progress at 31 January 2025."
    ws["A3"] = "RAG: R = off track   A = at risk   G = on track   B = complete"
    hdr = ["Ref", "Action", "Lead(s)", "Partner(s)", "Start", "Completion date", "RAG", "Evidence of impact"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
    fills = {"R": "FF0000", "A": "FFC000", "G": "92D050", "B": "00B0F0"}
    r = 6
    actions = []
    for band, rec, rows in G:
        ws.cell(r, 1, band).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="2F5597")
        r += 1
        ws.cell(r, 1, rec).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DEEAF6")
        r += 1
        for (ref, a, lead, partners, st, en, rag, ev, el, ee, et, es) in rows:
            for i, v in enumerate([ref, a, lead, partners, st, en, rag, ev], 1):
                c = ws.cell(r, i, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[rag])
            actions.append(act(ref, [band, rec], a, el, ee, es, et))
            r += 1
    r += 1
    ws.cell(r, 2, "Summary of RAG ratings").font = Font(bold=True); r += 1
    for k, v in [("R", 1), ("A", 3), ("G", 3), ("B", 2), ("Total", 9)]:
        ws.cell(r, 2, k); ws.cell(r, 3, v); r += 1
    for colL, w in zip("ABCDEFGH", [8, 60, 32, 28, 10, 16, 6, 40]):
        ws.column_dimensions[colL].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates local area SEND priority action plans published after Ofsted/CQC area SEND inspections (2023 framework: "
                  "priority actions and areas for improvement), laid out like the Herefordshire SCB business plan's 'DEVELOPMENT AREA 1/2/3' "
                  "sections (https://vdocuments.site/herefordshire-safeguarding-children-board-business-plan-herefordshire-safeguarding.html). "
                  "Copied: letter-and-number refs (A1, A2, B1), each theme as a shaded merged band row with the inspectors' wording in a "
                  "lighter merged row beneath, separate Lead(s) and Partner(s) columns, Excel dates shown as mmm-yy, and a RAG summary block.",
        "reads": "One sheet with a title block, a header on row 5, and three themes A, B and C each shown as a dark band row followed by "
                 "the inspectors' priority action / area for improvement text and then its actions. Partners are supporting agencies, not "
                 "leads. A RAG summary (1 R, 3 A, 3 G, 2 B) sits below the plan.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 7 ILACS plan, end before start (refuse, docx)
def ilacs_refuse():
    name = "c2-ilacs-duplicate-ref-refuse.docx"
    title = "Kingsmead Children's Services Improvement Plan following the ILACS inspection, January 2025"
    R = [
     ("Recommendation 1: The quality and impact of management oversight and supervision of social workers.", [
       ("1.1", "Introduce a revised supervision policy and recording template with reflective discussion of the child's plan", "Principal Social Worker", "01/02/2025", "30/04/2025", "G"),
       ("1.2", "Deliver a supervision skills programme for all team managers and advanced practitioners", "Head of Workforce Development", "01/03/2025", "31/07/2025", "A"),
       ("1.3", "Monthly dip-sample of supervision records by service managers, reported to the Quality Assurance Board", "Service Managers", "01/03/2025", "Monthly", "G")]),
     ("Recommendation 2: Timeliness of initial child protection conferences and the quality of child protection plans.", [
       ("2.1", "Set up a weekly tracker of strategy discussions leading to ICPCs, reviewed by the Head of Safeguarding", "Head of Safeguarding", "03/02/2025", "28/02/2025", "B"),
       ("2.2", "Recruit two additional child protection chairs to reduce conference waiting times", "Head of Safeguarding", "01/03/2025", "31/05/2025", "A"),
       ("2.2", "Introduce a SMART child protection plan template agreed with partners through the SCP", "CP Chair Team Manager", "01/04/2025", "30/06/2025", ""),
       ("2.3", "Audit 25 child protection plans for SMART outcomes and the child's voice, reporting to the SCP Quality Assurance sub-group", "Head of Quality Assurance", "01/07/2025", "30/09/2025", "")]),
     ("Recommendation 3: Sufficiency of local placements for children in care.", [
       ("3.1", "Refresh the sufficiency strategy with a costed plan to open two small children's homes", "Head of Commissioning", "01/02/2025", "30/09/2025", "A"),
       ("3.2", "Launch a foster carer recruitment campaign with an improved fees and allowances offer", "Fostering Service Manager", "01/04/2025", "31/03/2026", "G")]),
    ]
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Ofsted inspected Kingsmead's services for children in need of help and protection, children in care and care "
                      "leavers in November 2024. This plan sets out our response to the three recommendations. RAG: R = off track, "
                      "A = at risk, G = on track, B = complete.")
    n = 1 + sum(len(x[1]) for x in R)
    t = doc.add_table(rows=n, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Ref", "Action", "Lead", "Start", "End", "RAG"]):
        t.cell(0, i).text = h; shade(t.cell(0, i), "BFBFBF")
    r = 1
    for rec, rows in R:
        top = r
        for row in rows:
            for i, v in enumerate(row):
                t.cell(r, 1 + i).text = v
            r += 1
        t.cell(top, 0).text = rec
        t.cell(top, 0).merge(t.cell(r - 1, 0))
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates ILACS improvement plans appended to council cabinet/scrutiny reports (recommendation in a first-column cell "
                  "merged down over its numbered actions, Lead / Start / End / RAG columns), as described in committee papers such as "
                  "the Rotherham Year Ahead Delivery Plan trackers (https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=96914).",
        "reads": "A single plan table with three recommendations each merged down over its actions. Under recommendation 2 the ref 2.2 "
                 "is used for two different actions (recruit two CP chairs; a SMART CP plan template), followed by 2.3, so it is unclear "
                 "which action is 2.2 and whether an action or a ref is missing; a careful person stops and asks. The second 2.2 is on "
                 "table row 7 counting the header as row 1.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": 7, "title": title}, None)

if __name__ == "__main__":
    virtual_school(); scp_plan(); yjs_plan(); cypp_txt(); early_help_csv(); send_pap(); ilacs_refuse()
    print("done")
