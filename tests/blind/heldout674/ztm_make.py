"""Build the seven ztm- cases (data files and expected readings) for heldout674."""
import datetime as dt, os, yaml
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
def fill(c): return PatternFill("solid", start_color=c, end_color=c)
RED, AMB, GRN, BLU = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"

def write_yaml(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=1000)

def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None: a["end_text"] = end_text
    a["status"] = status
    return a

# ---------------------------------------------------------------- 1. HMYOI Brinsford (docx)
def brinsford():
    name = "ztm-hmyoi-brinsford-hmip-inspection-action-plan.docx"
    title = "HMYOI Brinsford – HMIP Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Report on an unannounced inspection of HMYOI Brinsford by HM Chief Inspector of Prisons, 3–14 June 2024. "
                      "This action plan sets out the establishment's response to each recommendation.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Owner", "Governing Governor"), ("Date agreed", "18 October 2024"), ("Next review", "Quarterly at SMT")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    sections = [
      ("Priority concerns", [
        ("1", "Leaders should urgently reduce the levels of violence, particularly against staff, and make sure that the use of force is proportionate and properly scrutinised.", [
          ("1.1", "Relaunch the safer custody strategy with a violence reduction action plan reviewed at the monthly safety meeting.", "Head of Safety", "30/11/2024", "Green"),
          ("1.2", "Review 100% of use of force incidents involving batons, PAVA or special accommodation at the weekly use of force committee.", "Head of Safety / Deputy Governor", "31/12/2024", "Amber"),
          ("1.3", "Deliver refresher training in de-escalation to all band 3–5 officers.\nTrack completion through the training planner.", "Head of Learning and Development", "31/03/2025", "Red")]),
        ("2", "Young adults should be unlocked for at least eight hours a day and have sufficient access to education, skills and work.", [
          ("2.1", "Introduce a revised regime profile which increases time unlocked on weekdays.", "Head of Residence", "31/01/2025", "Amber"),
          ("2.2", "Increase the number of activity places so that every prisoner has a full- or part-time allocation.", "Head of Education, Skills and Work", "31/03/2025", "Amber")])]),
      ("Key concerns", [
        ("3", "Prisoners should receive timely and effective support to resolve complaints and applications.", [
          ("3.1", "Introduce a digital applications tracker on every wing and audit response times monthly.", "Business Hub Manager", "31/10/2024", "Complete")]),
        ("4", "Resettlement planning should begin early enough to secure accommodation on release.", [
          ("4.1", "Hold a pre-release board 12 weeks before release for every prisoner.", "Head of Reducing Reoffending; Senior Probation Officer", "28/02/2025", "Green")])]),
    ]
    acts = []
    for sec, recs in sections:
        doc.add_heading(sec, 1)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Responsible", "Target date", "Status"]):
            t.rows[0].cells[i].text = h
        for rn, rtext, rows in recs:
            r = t.add_row().cells
            m = r[0].merge(r[4]); m.text = f"Recommendation {rn}: {rtext}"
            for ref, act, lead, date, st in rows:
                r = t.add_row().cells
                for i, v in enumerate([ref, act, lead, date, st]): r[i].text = v
                d, mth, y = date.split("/")
                leads = [x.strip() for x in lead.replace(";", "/").split("/")]
                acts.append(A(ref, [sec, f"Recommendation {rn}: {rtext}"], act, leads, f"{y}-{mth}",
                              {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}[st]))
    doc.add_paragraph("Progress against this plan is reported to the Prison Group Director each quarter.")
    doc.save(P(name))
    write_yaml(name, {
      "source": "Imitates the HMPPS action plans published after HMIP inspection reports of young offender institutions (2023-24 style, e.g. HMYOI Feltham/Brinsford): title, document-control table, one table per section (priority concerns, key concerns) with a merged recommendation row above its actions, Ref/Action/Responsible/Target date/Status columns.",
      "reads": "A prison action plan answering an HMIP inspection: two section headings each followed by a table; in each table a merged row states the recommendation and the numbered actions under it follow with owner, dd/mm/yyyy target date and RAG status word. A small version table at the top is not part of the plan.",
      "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 2. St Albans School ISI (docx)
def stalbans():
    name = "ztm-st-albans-school-isi-inspection-action-plan.docx"
    title = "St Albans School – Action Plan following ISI Inspection"
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Inspection dates: 5–7 March 2024. Prepared for the Governors' Education Committee, June 2024.")
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some slippage; R = not on track.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Lead(s)", "Timescale", "RAG"]): t.rows[0].cells[i].text = h
    themes = [
      ("Area 1: Leadership and management, and governance", [
        ("1a", "Extend the governors' monitoring visit programme so that each committee visits one department each term.", "Chair of Governors", "Autumn term 2024", "G", "2024-12", None),
        ("1b", "Review the risk assessment policy and train heads of department in the revised templates.", "Bursar and Deputy Head (Operations)", "Summer term 2024", "B", "2024-07", None)]),
      ("Area 2: Quality of education, training and recreation", [
        ("2a", "Develop consistent use of assessment information in Years 7–9 to plan lessons that stretch the most able pupils.", "Deputy Head (Academic)", "Summer term 2025", "A", "2025-07", None),
        ("2b", "Embed the revised co-curricular programme and monitor participation by year group.", "Director of Co-curricular", "Ongoing", "G", None, "Ongoing")]),
      ("Area 3: Pupils' physical and mental health and emotional wellbeing", [
        ("3a", "Introduce a wellbeing survey for all pupils twice a year and report the findings to governors.", "Deputy Head (Pastoral); Head of Wellbeing", "December 2024", "G", "2024-12", None)]),
    ]
    acts = []
    for th, rows in themes:
        r = t.add_row().cells; m = r[0].merge(r[4]); m.text = th
        for ref, act, lead, ts, rag, end, et in rows:
            r = t.add_row().cells
            for i, v in enumerate([ref, act, lead, ts, rag]): r[i].text = v
            if lead == "Bursar and Deputy Head (Operations)": leads = ["Bursar", "Deputy Head (Operations)"]
            elif ";" in lead: leads = [x.strip() for x in lead.split(";")]
            else: leads = [lead]
            acts.append(A(ref, [th], act, leads, end, {"G": "green", "A": "amber", "B": "blue", "R": "red"}[rag], et))
    doc.add_paragraph("Signed: Head, on behalf of the Senior Leadership Team")
    doc.save(P(name))
    write_yaml(name, {
      "source": "Imitates the post-ISI inspection action plans independent schools present to governors (2024 ISI framework, areas of the report as themes): title, inspection-dates line, RAG key paragraph, one table with merged theme rows, lettered actions, leads, term timescales and RAG letters.",
      "reads": "An independent school's plan after its ISI inspection, grouped under three report areas in merged rows; each lettered action has lead(s), a timescale (terms, a month, Ongoing) and a RAG letter where B means complete.",
      "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 3. Cornwall FRS cause of concern (xlsx)
def cornwall():
    name = "ztm-cornwall-fire-rescue-service-hmicfrs-cause-of-concern-improvement-plan.xlsx"
    title = "Cornwall Fire and Rescue Service – HMICFRS Cause of Concern Improvement Plan"
    wb = Workbook(); s = wb.active; s.title = "Summary"
    s["A1"] = title; s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Position at 31 December 2024"
    for i, (k, v) in enumerate([("Total actions", 6), ("Complete", 1), ("Green", 2), ("Amber", 2), ("Red", 1)], start=4):
        s.cell(i, 1, k); s.cell(i, 2, v)
    w = wb.create_sheet("Action Plan")
    w["A1"] = title; w["A1"].font = Font(bold=True, size=14); w.merge_cells("A1:I1")
    w["A2"] = "Owner: Chief Fire Officer    Reported to: Fire and Public Safety Policy Committee"
    hdr = ["Ref", "Action", "Action owner", "Original due date", "Revised due date", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(hdr, 1): w.cell(4, i, h).font = Font(bold=True)
    blocks = [
      ("Cause of concern 1: Prevention", "The service should make sure it allocates enough resources to a prioritised and risk-based prevention programme.", [
        ("CoC1.1", "Recruit four additional prevention advocates and agree a targeting model for home fire safety visits.", "Head of Prevention", dt.date(2024, 9, 30), dt.date(2025, 1, 31), "A", "G", "Three of four posts appointed; model agreed at SLT."),
        ("CoC1.2", "Clear the backlog of high-risk home fire safety visits.", "Head of Prevention / Station Managers", dt.date(2024, 12, 31), None, "R", "A", "Backlog reduced from 412 to 140.")]),
      ("Cause of concern 2: Protection", "The service should make sure its risk-based inspection programme targets its highest-risk premises.", [
        ("CoC2.1", "Review the risk-based inspection programme using the national methodology.", "Area Manager Protection", dt.date(2024, 10, 31), None, "G", "B", "Complete – approved by SLT 21/10/2024."),
        ("CoC2.2", "Train wholetime crews to carry out fire safety checks in lower-risk premises.", "Area Manager Protection", dt.date(2025, 3, 31), dt.date(2025, 6, 30), "G", "A", "Training package in development with Devon & Somerset FRS.")]),
      ("Cause of concern 3: Managing performance", "The service should make sure it has effective systems to manage and monitor performance.", [
        ("CoC3.1", "Introduce a monthly performance dashboard for the senior leadership team.", "Head of Performance and Assurance", dt.date(2024, 11, 30), None, "G", "G", "Dashboard live; data quality checks continuing."),
        ("CoC3.2", "Refresh the station plan template and quarterly performance conversations.", "Deputy Chief Fire Officer", dt.date(2025, 3, 31), None, "A", "R", "Delayed by industrial relations consultation.")]),
    ]
    rowi = 5; acts = []
    rag = {"R": RED, "A": AMB, "G": GRN, "B": BLU}
    for head, coc, rows in blocks:
        w.cell(rowi, 1, head).font = Font(bold=True); w.merge_cells(start_row=rowi, start_column=1, end_row=rowi, end_column=8); rowi += 1
        w.cell(rowi, 1, coc).font = Font(italic=True); w.merge_cells(start_row=rowi, start_column=1, end_row=rowi, end_column=8); rowi += 1
        for ref, act, lead, od, rd, prev, cur, prog in rows:
            vals = [ref, act, lead, od, rd, prev, cur, prog]
            for i, v in enumerate(vals, 1):
                c = w.cell(rowi, i, v)
                if isinstance(v, dt.date): c.number_format = "dd/mm/yyyy"
            w.cell(rowi, 6).fill = fill(rag[prev]); w.cell(rowi, 7).fill = fill(rag[cur])
            e = rd or od
            acts.append(A(ref, [head, coc], act, [x.strip() for x in lead.split("/")], e.strftime("%Y-%m"),
                          {"R": "red", "A": "amber", "G": "green", "B": "blue"}[cur]))
            rowi += 1
    w.cell(rowi + 1, 1, "RAG key: B = complete, G = on track, A = at risk, R = off track. Revised dates agreed by SLT.")
    wb.save(P(name))
    write_yaml(name, {
      "source": "Imitates fire and rescue service improvement plans responding to an HMICFRS cause of concern (2023-25 round, as reported to fire authority committees): a Summary sheet with totals, then an Action Plan sheet with merged cause-of-concern headings, the inspectorate's text in italics, original and revised due dates, previous and current RAG letters on fill colour, and progress updates.",
      "reads": "Three causes of concern, each with two actions; each action has an owner, an original and sometimes a revised due date, and a previous and current RAG letter. The summary sheet and the key line are not actions.",
      "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 4. West Mercia CDI (xlsx, refuse)
def westmercia():
    name = "ztm-west-mercia-police-hmicfrs-crime-data-integrity-action-plan-typo-month-refuse.xlsx"
    title = "West Mercia Police – Crime Data Integrity Inspection Action Plan"
    wb = Workbook(); w = wb.active; w.title = "CDI Action Plan"
    w["A1"] = title; w["A1"].font = Font(bold=True, size=14)
    w["A2"] = "HMICFRS inspection published September 2024 – Force Crime Registrar"
    hdr = ["Rec / AFI", "Action", "Lead", "Due", "Status", "Update"]
    for i, h in enumerate(hdr, 1): w.cell(4, i, h).font = Font(bold=True)
    rows = [
      ("R1", "By March 2025, the force should make sure that reports of violent crime are recorded within 24 hours.", None, None, None, None, None),
      ("1.1", "Introduce a daily crime recording check of incidents closed without a crime in the control room.", "Ch Insp Contact Management", "Jan-2025", "Green", "Daily check in place since 4 November."),
      ("1.2", "Deliver briefing on the Home Office Counting Rules to all response sergeants.", "Force Crime Registrar", "Mar-2025", "Amber", "68% briefed."),
      ("R2", "The force should improve how it records crimes involving behavioural offences such as stalking and harassment.", None, None, None, None, None),
      ("2.1", "Add stalking and harassment prompts to the incident closing codes.", "Head of Contact; Force Crime Registrar", "Novmber 2025", "Amber", "Change request raised with Niche team."),
      ("2.2", "Audit 100 domestic abuse crimes each quarter for additional crimes not recorded.", "Crime Data Integrity Manager", "Jun-2025", "Green", "Q3 audit complete."),
      ("AFI1", "The force should make sure that cancelled crimes are supported by additional verifiable information.", None, None, None, None, None),
      ("3.1", "Require Designated Decision Maker authority for every cancellation and audit a sample monthly.", "Force Crime Registrar", "Feb-2025", "Complete", "Completed."),
    ]
    r = 5
    for row in rows:
        if row[2] is None:
            w.cell(r, 1, row[0]).font = Font(bold=True); w.cell(r, 2, row[1]).font = Font(bold=True)
            w.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row[:6], 1): w.cell(r, i, v)
        r += 1
    wb.save(P(name))
    write_yaml(name, {
      "source": "Imitates police force action plans following an HMICFRS crime data integrity inspection (2023-25 programme, as published to the PCC's accountability board): title, subtitle line, recommendation/AFI rows in bold above numbered actions, Lead, Due (Mmm-yyyy text), Status words and update column.",
      "reads": "A crime data integrity action plan with two recommendations and an area for improvement, each followed by its actions. The due cell of action 2.1 on sheet row 9 reads 'Novmber 2025', a mistyped month, so a careful reader stops there.",
      "outcome": "refuse", "accept_refusal": False, "refuse_at": 9, "title": title}, None)

# ---------------------------------------------------------------- 5. Kingsbridge SDP (xlsx, fill RAG, sheet per priority)
def kingsbridge():
    name = "ztm-kingsbridge-community-college-school-development-plan-2025-26.xlsx"
    title = "Kingsbridge Community College – School Development Plan 2025-26"
    wb = Workbook(); k = wb.active; k.title = "Key"
    k["A1"] = title; k["A1"].font = Font(bold=True, size=14)
    k["A3"] = "RAG key (colour in the RAG column)"
    for i, (c, t) in enumerate([(GRN, "Achieved"), (AMB, "On track"), (RED, "Not on track / at risk"), ("FFFFFFFF", "Not yet started")], start=4):
        k.cell(i, 1).fill = fill(c); k.cell(i, 2, t)
    pri = [
      ("Priority 1 – Quality of Education", [
        ("Objective 1: Improve the consistency of adaptive teaching for pupils with SEND", [
          ("1a", "Deliver a CPD cycle on adaptive teaching strategies for all teaching staff.", "Deputy Headteacher (T&L)", "Autumn term 2025", GRN),
          ("1b", "Update pupil passports and share them through the MIS with every class teacher.", "SENDCo", "31/10/2025", AMB),
          ("1c", "Learning walks focused on SEND provision, with feedback to heads of faculty.", "SLT link / Heads of Faculty", "Termly", AMB)]),
        ("Objective 2: Raise attainment in KS4 mathematics", [
          ("2a", "Introduce weekly retrieval practice in Year 10 and Year 11 maths lessons.", "Head of Maths", "Summer term 2026", None)])]),
      ("Priority 2 – Behaviour and Attendance", [
        ("Objective 3: Reduce persistent absence to below 18%", [
          ("3a", "Weekly attendance panel with the Education Welfare Officer for pupils below 90%.", "Assistant Headteacher (Attendance)", "July 2026", AMB),
          ("3b", "Launch a rewards scheme for improved attendance in each year group.", "Heads of Year", "Dec-25", RED)])]),
    ]
    colmap = {GRN: "blue", AMB: "green", RED: "red", None: "unrated"}
    acts = []
    for sheetname, (ptitle, objs) in zip(["Priority 1", "Priority 2"], pri):
        w = wb.create_sheet(sheetname)
        w["A1"] = ptitle; w["A1"].font = Font(bold=True, size=13); w.merge_cells("A1:F1")
        for i, h in enumerate(["Objective", "Ref", "Actions", "Lead", "Timescale", "RAG"], 1): w.cell(3, i, h).font = Font(bold=True)
        r = 4
        for obj, rows in objs:
            start = r
            for ref, act, lead, ts, col in rows:
                w.cell(r, 2, ref); w.cell(r, 3, act); w.cell(r, 4, lead); w.cell(r, 5, ts)
                if col: w.cell(r, 6).fill = fill(col)
                end, et = {"Autumn term 2025": ("2025-12", None), "31/10/2025": ("2025-10", None), "Termly": (None, "Termly"),
                           "Summer term 2026": ("2026-07", None), "July 2026": ("2026-07", None), "Dec-25": ("2025-12", None)}[ts]
                leads = [x.strip() for x in lead.split("/")]
                acts.append(A(ref, [ptitle, obj], act, leads, end, colmap[col], et))
                r += 1
            w.cell(start, 1, obj)
            if r - 1 > start: w.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            w.cell(start, 1).alignment = Alignment(vertical="top", wrap_text=True)
        w.cell(r + 1, 1, "Reviewed by the Local Governing Committee each term.")
    wb.save(P(name))
    write_yaml(name, {
      "source": "Imitates a secondary school development plan of a multi-academy trust school (2025-26): a Key sheet defining fill colours (green = achieved, amber = on track), then one sheet per priority with the objective merged down the first column, lettered actions, lead posts, term or date timescales and an uncoloured-text RAG cell.",
      "reads": "Two priorities on two sheets, each with objectives merged down over their actions. Status is only the fill colour of the RAG cell, read by the school's own key (green means achieved, amber on track); a white/empty cell is not started.",
      "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 6. Yeovil College QIP (csv)
def yeovil():
    name = "ztm-yeovil-college-quality-improvement-plan-2025-26.csv"
    title = "Yeovil College – Quality Improvement Plan 2025-26"
    lines = [
      f"{title},,,,,,",
      "Approved by the Quality and Standards Committee 14 October 2025,,,,,,",
      ",,,,,,",
      "Ref,Area for improvement,Action,Lead,Success measure,Target date,RAG",
      "QIP1,Improve achievement rates on level 3 vocational programmes,Introduce fortnightly progress reviews for learners at risk of not achieving.,Head of Faculty (Technical),Achievement rate at or above 88%,31/01/2026,Green",
      ",,Moderate assessment decisions across all level 3 BTEC courses before external claims.,Quality Manager,No moderation actions at standards verification,31/03/2026,Amber",
      "QIP2,Increase attendance in English and maths GCSE resit lessons,\"Publish weekly attendance by group; tutors contact learners after any missed lesson.\",Head of English and Maths / Curriculum Team Leaders,Attendance at 85% or above,30/11/2025,Red",
      ",,Timetable English and maths on the same days as vocational lessons.,Director of MIS and Timetabling,Timetable changes in place for January,31/03/2026,Amber",
      "QIP3,Strengthen employer involvement in apprenticeship reviews,Train skills coaches to plan three-way progress reviews with employers.,Assistant Principal (Apprenticeships and Skills),All reviews include employer input,28/02/2026,Complete",
      ",,,,,,",
      "RAG: Green = on track; Amber = some risk; Red = off track; Complete = achieved,,,,,,",
    ]
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    acts = [
      A("QIP1", ["Improve achievement rates on level 3 vocational programmes"], "Introduce fortnightly progress reviews for learners at risk of not achieving.", ["Head of Faculty (Technical)"], "2026-01", "green"),
      A(None, ["Improve achievement rates on level 3 vocational programmes"], "Moderate assessment decisions across all level 3 BTEC courses before external claims.", ["Quality Manager"], "2026-03", "amber"),
      A("QIP2", ["Increase attendance in English and maths GCSE resit lessons"], "Publish weekly attendance by group; tutors contact learners after any missed lesson.", ["Head of English and Maths", "Curriculum Team Leaders"], "2025-11", "red"),
      A(None, ["Increase attendance in English and maths GCSE resit lessons"], "Timetable English and maths on the same days as vocational lessons.", ["Director of MIS and Timetabling"], "2026-03", "amber"),
      A("QIP3", ["Strengthen employer involvement in apprenticeship reviews"], "Train skills coaches to plan three-way progress reviews with employers.", ["Assistant Principal (Apprenticeships and Skills)"], "2026-02", "blue"),
    ]
    write_yaml(name, {
      "source": "Imitates further education college quality improvement plans (QIP 2025-26, as taken to a college quality and standards committee): title and approval line, Ref/Area for improvement/Action/Lead/Success measure/Target date/RAG columns, continuation rows that leave Ref and area blank for a second action, and a RAG key line at the foot.",
      "reads": "Three areas for improvement, the first two with a second action on a continuation row (blank ref and area), so those actions sit under the area above.",
      "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 7. North Wales PDU (txt)
def northwales():
    name = "ztm-probation-service-north-wales-pdu-hmip-inspection-action-plan.txt"
    title = "Probation Service – North Wales PDU: HM Inspectorate of Probation Inspection Action Plan"
    L = [
      title,
      "Inspection fieldwork: February 2025   Report published: May 2025",
      "Exported from the Wales Probation Region tracker, 02/07/2025",
      "",
      "Ref\tAction\tOwner\tTarget date\tRAG",
      "Head of PDU recommendations",
      "1. Improve the quality of assessment and planning to keep other people safe",
      "1.1\tDeliver risk of serious harm practice workshops to all Probation Officers and PSOs\tHead of PDU / Senior Probation Officers\tSep-25\tG",
      "1.2\tIntroduce monthly case audits using the HMIP standards with feedback to each practitioner\tPerformance and Quality Lead\tOct-25\tA",
      "2. Make sure that domestic abuse and child safeguarding enquiries are completed and used in every case",
      "2.1\tAgree a service level agreement with North Wales Police for domestic abuse call-out information\tHead of PDU\t31 August 2025\tA",
      "2.2\tEmbed the safeguarding enquiry check in the court team's pre-sentence process",
      "\tand report compliance to the PDU leadership meeting\tCourt Team Manager\tJul-25\tB",
      "Regional Probation Director recommendations",
      "3. Reduce staff vacancy rates and caseloads in the PDU",
      "3.1\tRun a targeted recruitment campaign for Probation Services Officers in Wrexham and Caernarfon\tRegional Head of HR; Head of PDU\tDec-25\tR",
      "3.2\tReview workload weighting across the three North Wales offices\tDeputy Regional Probation Director\tTBC\tA",
      "",
      "Key: G on track, A at risk, R off track, B complete",
    ]
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")
    H1, H2 = "Head of PDU recommendations", "Regional Probation Director recommendations"
    r1 = "1. Improve the quality of assessment and planning to keep other people safe"
    r2 = "2. Make sure that domestic abuse and child safeguarding enquiries are completed and used in every case"
    r3 = "3. Reduce staff vacancy rates and caseloads in the PDU"
    acts = [
      A("1.1", [H1, r1], "Deliver risk of serious harm practice workshops to all Probation Officers and PSOs", ["Head of PDU", "Senior Probation Officers"], "2025-09", "green"),
      A("1.2", [H1, r1], "Introduce monthly case audits using the HMIP standards with feedback to each practitioner", ["Performance and Quality Lead"], "2025-10", "amber"),
      A("2.1", [H1, r2], "Agree a service level agreement with North Wales Police for domestic abuse call-out information", ["Head of PDU"], "2025-08", "amber"),
      A("2.2", [H1, r2], "Embed the safeguarding enquiry check in the court team's pre-sentence process\nand report compliance to the PDU leadership meeting", ["Court Team Manager"], "2025-07", "blue"),
      A("3.1", [H2, r3], "Run a targeted recruitment campaign for Probation Services Officers in Wrexham and Caernarfon", ["Regional Head of HR", "Head of PDU"], "2025-12", "red"),
      A("3.2", [H2, r3], "Review workload weighting across the three North Wales offices", ["Deputy Regional Probation Director"], None, "amber", "TBC"),
    ]
    write_yaml(name, {
      "source": "Imitates HMPPS probation delivery unit action plans responding to HMIP probation inspections (2024-25 style), as a tab-separated export from a regional tracker: title and publication lines, heading lines for whom the recommendations address, numbered recommendation lines above numbered actions, a wrapped action continued on the next line, and a key line.",
      "reads": "Three recommendations grouped under the Head of PDU and the Regional Probation Director, each followed by tab-separated actions with owner, target date and RAG letter. Action 2.2 runs over two lines; the second line carries the owner, date and RAG.",
      "outcome": "read", "accept_refusal": False, "title": title}, acts)

if __name__ == "__main__":
    for f in (brinsford, stalbans, cornwall, westmercia, kingsbridge, yeovil, northwales):
        f()
    print("done")
