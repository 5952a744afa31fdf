"""Generator for the i1- blind cases (heldout20). Run with /work/main/.venv/bin/python."""
import csv, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc): return PatternFill("solid", start_color=hexc, end_color=hexc)
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"

# ---------------------------------------------------------------- 1. xlsx
def ilacs_strands():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Children's Services Improvement Plan – ILACS 2023"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Response to the Ofsted inspection of 27 February – 14 March 2023. Progress at 31 October 2023"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = fill("1F3864"); x.border = BOX
    strands = [
        ("Strand 1: Plans for children and care leavers",
         "The quality and effectiveness of plans for children and care leavers, including safety plans agreed with parents",
         [("1.1", "Relaunch the plan template so that every plan has SMART outcomes and contingency arrangements",
           "Head of Service – Children in Need", dt.datetime(2023, 9, 1), "New template live since August 2023", "Green"),
          ("1.2", "Monthly audit of 20 plans by team managers, with findings reported to the Good and Beyond Board",
           "Quality Assurance Manager", dt.datetime(2023, 12, 1), "Two audit cycles completed; themes being collated", "Amber"),
          ("1.3", "Safety plan training for all child protection social workers",
           "PSW", dt.datetime(2023, 7, 1), "94 staff trained", "Complete")]),
        ("Strand 2: Sufficiency of foster homes",
         "Sufficiency of suitable foster homes for children",
         [("2.1", "Launch a targeted foster carer recruitment campaign with a dedicated marketing officer",
           "Head of Provider Services", dt.datetime(2024, 3, 1), "Campaign launched; officer post out to advert", "Amber"),
          ("2.2", "Review the foster carer fee and allowance scheme",
           "Head of Provider Services / Finance Business Partner", dt.datetime(2023, 11, 1), "Options paper delayed to January Cabinet", "Red")]),
        ("Strand 3: Management oversight",
         "Frontline management oversight of the quality of assessments and plans and the impact of interventions",
         [("3.1", "Introduce a supervision standard and recording template",
           "Principal Social Worker", dt.datetime(2023, 6, 1), "Standard issued June 2023", "Complete"),
          ("3.2", "Deliver a management development programme for team managers and senior practitioners",
           "Workforce Development Manager", dt.datetime(2024, 1, 1), "Cohort 1 under way", "Green")]),
        ("Strand 4: Voice of children and care leavers",
         "Opportunities for more children and care leavers to have a voice and influence the development of services",
         [("4.1", "Establish a care leavers' forum that meets monthly with senior managers",
           "Participation Lead", "Ongoing", "Forum met in September and October", "Green"),
          ("4.2", "Children in care council to co-produce the refreshed pledge",
           "Participation Lead", dt.datetime(2024, 2, 1), "", "Not started")]),
    ]
    r = 5
    for strand, afi, acts in strands:
        ws.cell(r, 1, strand).font = Font(bold=True); ws.cell(r, 1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        first = r
        for i, (ref, act, lead, when, prog, rag) in enumerate(acts):
            ws.cell(r, 1, ref)
            if i == 0: ws.cell(r, 2, afi)
            ws.cell(r, 3, act); ws.cell(r, 4, lead)
            c = ws.cell(r, 5, when)
            if isinstance(when, dt.datetime): c.number_format = "mmm-yy"
            ws.cell(r, 6, prog or None); ws.cell(r, 7, rag)
            for cc in range(1, 8): ws.cell(r, cc).alignment = WRAP; ws.cell(r, cc).border = BOX
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k in ["Red – significant delay or risk to delivery", "Amber – some slippage, recovery plan in place",
              "Green – on track", "Complete – action delivered and evidenced"]:
        ws.cell(r, 1, k); r += 1
    for col, w in zip("ABCDEFG", [6, 40, 50, 28, 11, 36, 10]): ws.column_dimensions[col].width = w
    wb.save(P("i1-ilacs-plan-merged-strand-rows-afi-merged-down.xlsx"))

# ---------------------------------------------------------------- 2. xlsx
def focused_visit_fill():
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Focused Visit Action Plan – February 2019"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Focus of the visit: children in need and children subject to a child protection plan"
    hdr = ["No.", "Action", "Lead", "Target date", "Progress", "RAG"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(3, c, h); x.font = Font(bold=True); x.fill = fill("BFBFBF"); x.border = BOX
    recs = [
        ("Recommendation 1: The quality and timeliness of child in need plans and their review",
         [("1.1", "Child in need plans to be reviewed at least every three months, with reviews tracked on the performance dashboard",
           "JM", "30/06/2019", "Dashboard report built; 81% of reviews in timescale", GREEN),
          ("1.2", "Team managers to chair a sample of child in need reviews each month",
           "JM/SB", "31/05/2019", "Started in two of four teams", AMBER)]),
        ("Recommendation 2: Management oversight of step-down to early help",
         [("2.1", "Agree a step-down protocol with early help and publish it on the procedures site",
           "KT", "15/04/2019", "Published 9 April", BLUE),
          ("2.2", "Audit 30 step-down cases and report findings to the Continuous Improvement Executive Group",
           "KT, RB", "30/09/2019", "Auditor capacity not yet identified", RED)]),
        ("Recommendation 3: Recording of the child's lived experience",
         [("3.1", "Roll out the direct-work toolkit and 'child's voice' recording prompts in the case record",
           "Principal Social Worker", "31/07/2019", "Toolkit issued; case record change requested", GREEN),
          ("3.2", "Practice week focused on the child's lived experience",
           "PSW & Workforce Development Lead", "w/c 16/09/2019", "", None)]),
    ]
    r = 4
    for rec, acts in recs:
        ws.cell(r, 1, rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
        for ref, act, lead, when, prog, col in acts:
            for c, v in enumerate([ref, act, lead, when, prog or None, None], 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
            if col: ws.cell(r, 6).fill = fill(col)
            r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True); r += 1
    for col, txt in [(RED, "Off track – escalated to DCS"), (AMBER, "Some slippage"), (GREEN, "On track"), (BLUE, "Complete")]:
        ws.cell(r, 1).fill = fill(col); ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEF", [8, 60, 26, 14, 40, 8]): ws.column_dimensions[col].width = w
    wb.save(P("i1-focused-visit-plan-rag-fill-only-recommendation-rows.xlsx"))

# ---------------------------------------------------------------- 3. xlsx (refuse)
def monitoring_refuse():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Children's Improvement Action Plan – Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Update for the Improvement Board, 14 December 2023"
    hdr = ["No.", "Priority", "Action", "Lead officer", "Original deadline", "Revised deadline",
           "Previous RAG", "Current RAG", "Update"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.border = BOX; x.fill = fill("DDEBF7")
    rows = [
        (1, "Priority 1: Front door", "Daily MASH triage meeting with police and health for all domestic abuse notifications",
         "Head of MASH", "Sep-23", "", "Amber", "Green", "Meeting running daily since 4 September"),
        (2, "Priority 1: Front door", "Refresh the threshold document with partners and deliver briefings",
         "Head of MASH", "Oct-23", "Dec-23", "Amber", "Amber", "Draft with partners for comment"),
        (3, "Priority 2: Quality of practice", "Practice standards for assessments and plans launched to all staff",
         "Principal Social Worker", "Jul-23", "", "Green", "Blue", "Launched July 2023"),
        (4, "Priority 2: Quality of practice", "Monthly thematic audit programme with moderation",
         "Head of Quality Assurance", "Aug-23", "", "Green", "Green", "Audits of CIN and CP completed"),
        (5, "Priority 2: Quality of practice", "PLO tracker and legal gateway panel to review all children in pre-proceedings",
         "Head of Service, Court and Permanence", "Nov-23", "Febuary-24", "Red", "Amber", "Panel established; tracker in build"),
        (6, "Priority 3: Workforce", "Recruitment and retention offer for permanent social workers",
         "HR Business Partner", "Dec-23", "", "Amber", "Amber", "Offer agreed by Cabinet"),
        (7, "Priority 3: Workforce", "Reduce average caseloads in assessment teams to 20",
         "Head of Assessment", "Mar-24", "", "Red", "Red", "Average caseload currently 26"),
        (8, "Priority 4: Leadership", "Monthly performance clinics chaired by the Director of Children's Services",
         "DCS", "Sep-23", "", "Green", "Blue", "In place"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v if v != "" else None); x.alignment = WRAP; x.border = BOX
        r += 1
    for col, w in zip("ABCDEFGHI", [5, 26, 50, 26, 11, 11, 10, 10, 36]): ws.column_dimensions[col].width = w
    wb.save(P("i1-improvement-tracker-revised-deadline-febuary-refuse.xlsx"))

# ---------------------------------------------------------------- 4. docx
def jtai_docx():
    d = Document()
    d.add_heading("Joint Targeted Area Inspection – Multi-agency Action Plan", 0)
    d.add_paragraph("Response of the local safeguarding children partnership to the joint targeted area inspection "
                    "of the multi-agency response to children living with domestic abuse (October 2017).")
    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]): c.text = h
    for v in [("0.1", "20/11/2017", "LSCB Business Manager", "First draft"),
              ("1.0", "15/12/2017", "LSCB Business Manager", "Agreed by LSCB Executive")]:
        cs = t.add_row().cells
        for c, x in zip(cs, v): c.text = x
    d.add_heading("Action plan", 1)
    themes = [
        ("1. The multi-agency front door",
         "Domestic abuse notifications from the police are not screened jointly, which leads to delay for some children.",
         [("1.1", "Introduce a daily domestic abuse triage meeting in the MASH with police, health and children's social care",
           "DI Public Protection; MASH Team Manager", "By 31 January 2018", "G"),
          ("1.2", "Agree and publish a joint screening tool for police notifications",
           "MASH Team Manager", "December 2017", "B")]),
        ("2. Assessment and planning",
         "Assessments do not consistently consider the impact of domestic abuse on children, including unborn babies.",
         [("2.1", "Deliver domestic abuse and coercive control training to all social workers and health visitors",
           "Safeguarding Partnership Training Manager", "Summer term 2018", "A"),
          ("2.2", "Add a domestic abuse prompt to the single assessment form",
           "Head of Service, Assessment", "28/02/2018", "B"),
          ("2.3", "Midwives to make routine enquiry about domestic abuse as part of the pre-birth pathway",
           "Designated Nurse Safeguarding Children", "Q4 2017/18", "R")]),
        ("3. Leadership and governance",
         "The partnership does not have a shared picture of the impact of its domestic abuse services.",
         [("3.1", "Develop a multi-agency domestic abuse performance dataset reported quarterly to the LSCB",
           "LSCB Business Manager", "Ongoing", "G"),
          ("3.2", "Commission an independent review of perpetrator programmes",
           "Community Safety Partnership Manager and Head of Commissioning", "June 2018", "A")]),
    ]
    for head, finding, acts in themes:
        d.add_heading(head, 2)
        p = d.add_paragraph(); rr = p.add_run(finding); rr.bold = True; rr.italic = True
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "RAG"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for a in acts:
            cs = t.add_row().cells
            for c, x in zip(cs, a): c.text = x
    d.add_paragraph("RAG key: B – complete; G – on track; A – some slippage, recovery planned; "
                    "R – off track, escalated to the LSCB Executive.")
    d.save(P("i1-jtai-action-plan-theme-headings-finding-para-table-per-theme.docx"))

# ---------------------------------------------------------------- 5. docx
def ilacs_progress_docx():
    d = Document()
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    d.add_paragraph("Ofsted ILACS Action Plan – Progress Update May 2022", style="Title")
    d.add_paragraph("This update reports progress against the recommendations of the Ofsted inspection of local "
                    "authority children's services (ILACS) in November 2019.")
    d.add_paragraph("RAG rating key").runs[0].bold = True
    k = d.add_table(rows=1, cols=2); k.style = "Table Grid"
    k.rows[0].cells[0].text = "Rating"; k.rows[0].cells[1].text = "Meaning"
    for a, b in [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage against timescale"),
                 ("Red", "Off track")]:
        cs = k.add_row().cells; cs[0].text = a; cs[1].text = b
    d.add_paragraph("")
    recs = [
        ("1. The quality of supervision and management oversight of frontline practice",
         [("1.1", "Refresh the supervision policy and audit compliance quarterly",
           "Head of Service / Principal Social Worker", "Q3 2021/22", "Policy refreshed; two compliance audits done", "Blue"),
          ("1.2", "Team managers to record management decisions with a clear rationale on every case transfer",
           "Service Manager (CIN/CP)", "Q1 2022/23", "Dip sample shows 78% compliance", "Green")]),
        ("2. The timeliness of initial health assessments for children coming into care",
         [("2.1", "Joint weekly tracking meeting with the CCG looked after children health team",
           "Designated Nurse for Children in Care", "Jan 2022 – June 2022", "Meeting in place; timeliness 64%", "Amber"),
          ("2.2", "Notify health of every child entering care within two working days",
           "Service Manager (Children in Care)", "Monthly", "Monitored monthly", "Green")]),
        ("3. Pathway plans for care leavers, so that they are clear about their entitlements",
         [("3.1", "Co-produce a new pathway plan format with care leavers",
           "Lee, Sam", "End of March 2022", "New format in use", "Blue"),
          ("3.2", "Publish the local offer for care leavers on the council website",
           "Participation Officer and Service Manager (Care Leavers)", "31/12/2021", "Published December 2021", "Blue"),
          ("3.3", "All care leavers aged 17 and over to have a pathway plan reviewed every six months",
           "Service Manager (Care Leavers)", "Sept 2022", "58% reviewed within six months", "Red")]),
        ("4. The consistency of return home interviews for children who go missing",
         [("4.1", "Recommission the return home interview service with a 72-hour standard",
           "Head of Commissioning", "Q2 2022/23", "", "Not started"),
          ("4.2", "Report missing episodes and return interview timeliness to the Children and Families Committee",
           "Director of Children's Social Care", "Quarterly", "First report due July 2022", "Green")]),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ofsted recommendation", "Ref", "Action", "Responsible officer",
                                      "Timescale", "Progress to date", "RAG"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for rec, acts in recs:
        first = None
        for i, a in enumerate(acts):
            cs = t.add_row().cells
            if i == 0: cs[0].text = rec; first = cs[0]
            for c, x in zip(cs[1:], a): c.text = x
            last = cs[0]
        if len(acts) > 1: first.merge(last)
    d.save(P("i1-ilacs-progress-docx-rec-merged-down-key-table-first.docx"))

# ---------------------------------------------------------------- 6. csv
def ociap_csv():
    R1 = "Improve the consistency of strategy discussions so that all relevant agencies contribute"
    R2 = "Ensure child protection plans are specific and measurable"
    R3 = "Improve the timeliness of permanence planning"
    R4 = "Increase the proportion of care leavers in education, employment or training"
    R5 = "Strengthen the use of performance information by managers"
    rows = [
        ["Ofsted Continuous Improvement Action Plan 2017-2020 - Progress Tracker"],
        ["Exported 14/06/2018"],
        [],
        ["Theme", "Ref", "Ofsted recommendation", "Action", "Lead", "Target date", "Status", "Comments"],
        ["Help and protection", "1.1", R1, "Police and health to attend all strategy meetings in person or by phone",
         "Service Manager (First Response)", "31/03/2018", "Completed", "Attendance 97% in Q4"],
        ["Help and protection", "1.2", "", "Quarterly multi-agency audit of strategy discussions",
         "AB & CD", "30/06/2018", "On track", ""],
        ["Help and protection", "1.3", R2, "Plans to be rewritten using the revised template at each core group",
         "Lee, Sam", "30/09/2018", "Amber", "Template agreed; roll-out delayed"],
        ["Children looked after", "2.1", R3, "Permanence tracking panel to review every child in care at four months",
         "Head of Service (Children in Care)", "31/05/2018", "Green", ""],
        ["Children looked after", "2.2", "", "Track all children with a plan for adoption through a monthly adoption tracking meeting",
         "Adoption Manager", "30/04/2018", "Completed", ""],
        ["Care leavers", "3.1", R4, "Launch an apprenticeship scheme for care leavers within the council",
         "HR Manager / Virtual School Head", "01/09/2018", "Not started", "Scheme design in September"],
        ["Care leavers", "3.2", "", "Personal advisers to complete an EET action plan with every care leaver who is NEET",
         "Team Manager (Leaving Care)", "31/07/2018", "Red", "PA vacancies"],
        ["Leadership, management and governance", "4.1", R5, "Weekly performance clinics for team managers",
         "Head of Performance & Business Intelligence", "31/01/2018", "Completed", ""],
        ["Leadership, management and governance", "4.2", "", "Publish a monthly performance scorecard to the Corporate Parenting Board",
         "Head of Performance & Business Intelligence", "Monthly", "Green", ""],
        [],
        ["Status key: Completed; On track / Green; Amber = at risk; Red = off track; Not started"],
    ]
    with open(P("i1-ociap-export-title-lines-rec-blank-on-continuation.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 7. txt
def post_ofsted_txt():
    lines = [
        ["Children's Services Post Ofsted Action Plan"],
        ["Ofsted focused visit (front door), January 2020 - action plan tracker"],
        [],
        ["Ref", "Area for improvement", "Action", "Lead", "Due", "Progress", "RAG"],
        ["Theme 1: Contacts and referrals"],
        ["1.1", "Timeliness of decisions on contacts in the front door", "Introduce a 24-hour RAG-rated contact screening standard",
         "Head of Service (Front Door)", "Apr-20", "Standard in place; 94% within 24 hours", "B"],
        ["1.2", "", "Recruit two additional permanent MASH social workers",
         "Head of Service (Front Door)", "June 2020", "One appointed", "A"],
        ["1.3", "Consent to share information with partners is not always recorded", "Update consent guidance and brief MASH partners",
         "JK/PL", "w/c 11/05/20", "Briefings delivered", "B"],
        ["Theme 2: Strategy discussions and section 47 enquiries"],
        ["2.1", "Health are not consistently involved in strategy discussions", "Agree a health representation protocol with the CCG safeguarding team",
         "Designated Nurse", "Sept 2020", "", "G"],
        ["2.2", "", "Audit 25 strategy discussions for multi-agency attendance",
         "QA Manager", "Ongoing", "First audit complete; repeat quarterly", "G"],
        ["2.3", "Outcomes of section 47 enquiries are not clearly recorded", "Revise the s47 outcome template and train managers",
         "Head of Safeguarding", "31/07/2020", "Template in draft", "R"],
        ["Theme 3: Management oversight"],
        ["3.1", "Recorded management oversight does not always show the rationale for decisions",
         "Introduce management oversight recording standards and a monthly dip-sample",
         "Service Manager (Assessment)", "Oct 2020 - Dec 2020", "Not started", ""],
        ["3.2", "", "Team manager development sessions on analysis and decision-making",
         "Principal Social Worker and Workforce Lead", "Q3 2020/21", "", "A"],
        [],
        ["RAG key:", "B = Complete", "G = On track", "A = At risk", "R = Off track"],
    ]
    with open(P("i1-post-ofsted-tab-export-theme-lines-blank-afi-continuation.txt"), "w", encoding="utf-8") as f:
        for l in lines: f.write("\t".join(l) + "\n")

if __name__ == "__main__":
    ilacs_strands(); focused_visit_fill(); monitoring_refuse(); jtai_docx(); ilacs_progress_docx(); ociap_csv(); post_ofsted_txt()
