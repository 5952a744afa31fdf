# Generator for blind held-out set 6 ("o-" files). Run with /work/main/.venv/bin/python.
import json, os, datetime as dt
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"

def q(s):
    return json.dumps(s, ensure_ascii=False)

def write_yaml(name, source, reads, outcome, title=None, actions=None, refuse_at=None, accept_refusal=False):
    L = [f"source: {q(source)}", f"reads: {q(reads)}", f"outcome: {outcome}",
         f"accept_refusal: {'true' if accept_refusal else 'false'}"]
    if refuse_at is not None:
        L.append(f"refuse_at: {refuse_at}")
    if title is not None:
        L.append(f"title: {q(title)}")
    if actions is not None:
        L.append("actions:")
        for a in actions:
            L.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            L.append(f"    under: [{', '.join(q(u) for u in a['under'])}]")
            L.append(f"    action: {q(a['action'])}")
            L.append(f"    lead: [{', '.join(q(x) for x in a['lead'])}]")
            L.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get('end_text'):
                L.append(f"    end_text: {q(a['end_text'])}")
            L.append(f"    status: {a['status']}")
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=list(under), action=action, lead=list(lead), end=end, status=status)
    if end_text:
        d['end_text'] = end_text
    return d

# ---------------- docx helpers ----------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexfill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False, italic=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold; r.italic = italic

# =====================================================================
# 1. ILACS improvement plan (docx): headings per priority, recommendation in merged row,
#    RAG as fill colour only, version + contents tables, RAG key table.
# =====================================================================
def ilacs():
    name = "o-ilacs-improvement-plan.docx"
    title = "Children's Services Improvement Plan 2025–2027"
    P = [
      ("Priority 1: Strengthening the front door", [
        ("The timeliness and quality of management oversight of contacts and referrals in the Multi-Agency Safeguarding Hub (MASH).", [
          ("1.1", "Introduce a daily MASH management triage huddle chaired by a team manager, with decisions recorded on the child's record within 24 hours.", "Service Manager (MASH and Early Help)", ["Service Manager (MASH and Early Help)"], "March 2025", "2025-03", None, GREEN, "green"),
          ("1.2", "Revise the threshold document with partners and relaunch it through multi-agency briefings.", "Head of Service – Front Door / LSCP Business Manager", ["Head of Service – Front Door", "LSCP Business Manager"], "30/06/2025", "2025-06", None, BLUE, "blue"),
          ("1.3", "Undertake a monthly dip sample of 20 MASH contacts.\nFindings reported to the Quality Assurance Board.", "Principal Social Worker", ["Principal Social Worker"], "Monthly", None, "Monthly", AMBER, "amber"),
        ])]),
      ("Priority 2: Quality of plans for children in need of help and protection", [
        ("The quality and specificity of plans for children in need of help and protection, so that they are clear about what needs to change and by when.", [
          ("2.1", "Roll out the new SMART plan template across all Children in Need and Child Protection teams.", "AB / CK", ["AB", "CK"], "Sept 2025", "2025-09", None, GREEN, "green"),
          ("2.2", "Deliver plan-writing workshops for all social workers and team managers (two cohorts).", "Workforce Development Manager", ["Workforce Development Manager"], "Sept 2025 – Jan 2026", "2026-01", None, AMBER, "amber"),
          ("2.3", "Child protection chairs to use midpoint reviews to challenge drift and escalate through the practice alert process.", "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], "Q3 2025/26", "2025-12", None, GREEN, "green"),
          ("2.4", "Introduce a quarterly thematic audit of children in need plans.", "Quality Assurance Manager", ["Quality Assurance Manager"], "Ongoing", None, "Ongoing", None, "unrated"),
        ])]),
      ("Priority 3: Children in care and care leavers", [
        ("The range and suitability of accommodation for care leavers aged 18 to 21.", [
          ("3.1", "Commission 12 additional supported lodgings placements through the regional framework.", "Commissioning Manager (Children)", ["Commissioning Manager (Children)"], "By 31 March 2026", "2026-03", None, RED, "red"),
          ("3.2", "Agree a joint housing protocol for care leavers with the district councils.", "Jo Patel and Dev Mistry", ["Jo Patel", "Dev Mistry"], "Dec-25", "2025-12", None, AMBER, "amber"),
        ]),
        ("The timeliness of health assessments for children in care, particularly for those placed out of area.", [
          ("3.3", "Establish a weekly tracker of initial health assessments, jointly reviewed with the ICB designated nurse.", "Head of Children in Care", ["Head of Children in Care"], "April 2025", "2025-04", None, BLUE, "blue"),
          ("3.4", "Agree a reciprocal arrangement with neighbouring ICBs for health assessments of children placed out of area.", "Designated Nurse for Children in Care", ["Designated Nurse for Children in Care"], "TBC", None, "TBC", RED, "red"),
        ])]),
      ("Priority 4: Workforce stability and leadership", [
        ("The stability of the workforce, to reduce the number of changes of social worker experienced by children.", [
          ("4.1", "Implement the recruitment and retention strategy, including the market supplement for experienced social workers.", "Director of Children's Services", ["Director of Children's Services"], "Q4 2025/26", "2026-03", None, GREEN, "green"),
          ("4.2", "Expand the Social Work Academy to take two cohorts of newly qualified (ASYE) social workers each year.", "Principal Social Worker", ["Principal Social Worker"], "Oct 2025", "2025-10", None, GREEN, "green"),
        ])]),
    ]
    d = Document()
    d.add_paragraph("Thornbury Vale Council – Children's Services")
    d.add_heading(title, level=0)
    d.add_paragraph("Ofsted inspected Thornbury Vale's services for children in need of help and protection, children in care and care leavers (ILACS) between 13 and 24 January 2025. Overall effectiveness was judged to require improvement to be good.")
    d.add_paragraph("This plan sets out how we will respond to each of the inspectors' recommendations. It is overseen by the Children's Improvement Board and progress is reported to Scrutiny every quarter. Each action is rated using the RAG key at the end of this document.")
    d.add_heading("Version control", level=2)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [("0.1", "14/02/2025", "Improvement Lead", "First draft for Improvement Board"),
                ("1.0", "03/03/2025", "DCS", "Submitted to Ofsted"),
                ("1.2", "09/10/2025", "Improvement Lead", "Quarter 2 progress update")]:
        cs = t.add_row().cells
        for c, v in zip(cs, row): set_cell(c, v)
    d.add_heading("Contents", level=2)
    t = d.add_table(rows=0, cols=2)
    for i, (pt, _) in enumerate(P):
        cs = t.add_row().cells; set_cell(cs[0], pt); set_cell(cs[1], str(3 + i))
    cs = t.add_row().cells; set_cell(cs[0], "RAG key"); set_cell(cs[1], "7")
    actions = []
    for pt, recs in P:
        d.add_heading(pt, level=1)
        d.add_paragraph("Inspectors' recommendation(s) and our actions:")
        t = d.add_table(rows=0, cols=5); t.style = "Table Grid"
        first = True
        for rec, acts in recs:
            cs = t.add_row().cells
            m = cs[0].merge(cs[4]); set_cell(m, rec, bold=True, italic=True); shade(m, "DEEAF6")
            if first:
                hs = t.add_row().cells
                for c, h in zip(hs, ["Ref", "Action", "Lead officer", "Target date", "RAG"]):
                    set_cell(c, h, bold=True); shade(c, GREY)
                first = False
            for ref, act, leadtxt, leads, endtxt, end, et, fill, st in acts:
                cs = t.add_row().cells
                set_cell(cs[0], ref); set_cell(cs[1], act); set_cell(cs[2], leadtxt); set_cell(cs[3], endtxt)
                if fill: shade(cs[4], fill)
                actions.append(A(ref, [pt, rec], act, leads, end, st, et))
        d.add_paragraph("")
    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for fill, txt in [(RED, "Off track – action not progressing or at risk of not being delivered"),
                      (AMBER, "Some slippage – action progressing but behind timescale"),
                      (GREEN, "On track"), (BLUE, "Complete")]:
        cs = t.add_row().cells; shade(cs[0], fill); set_cell(cs[1], txt)
    d.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates an English council's post-ILACS children's services improvement plan as appended to a scrutiny/improvement board report (cf. the many 'Ofsted ILACS improvement plan' committee appendices). Copied features: cover paragraphs, version control table, contents table, Heading per priority, the inspectors' recommendation as a merged shaded row above the actions, RAG shown only as cell fill colour, a RAG key table at the end.",
      "A Word plan with four priorities; under each, one or two Ofsted recommendations in merged rows, each followed by numbered actions with lead officer, target date and a coloured RAG cell. Blue means complete per the key; one action has no colour.",
      "read", title=title, actions=actions)

# =====================================================================
# 2. SEND priority action plan (xlsx): cover + plan + key sheets, two-row merged header,
#    previous/current RAG, section rows, real dates with mmm-yy format, totals block.
# =====================================================================
def send():
    name = "o-send-priority-action-plan.xlsx"
    title = "Northmere Local Area Partnership – SEND Priority Action Plan"
    S = [
      ("Priority action 1: Leaders across education, health and care should urgently improve the timeliness of education, health and care (EHC) needs assessments so that children and young people receive the support they need without delay.", [
        ("PA1.1", "Recruit six additional EHC coordinators and two educational psychologists (fixed term).", "Head of SEND", ["Head of SEND"], dt.date(2024,9,1), dt.date(2025,1,31), "2025-01", None, "Green", "Complete", "blue", "Posts filled"),
        ("PA1.2", "Introduce a weekly EHC needs assessment performance clinic to track every assessment over 14 weeks.", "Head of SEND / SEND Performance Lead", ["Head of SEND", "SEND Performance Lead"], dt.date(2024,10,1), "Ongoing", None, "Ongoing", "Green", "Green", "green", "20-week timeliness at 62%"),
        ("PA1.3", "Agree a service level agreement with health providers so that health advice is returned within six weeks.", "Designated Clinical Officer (ICB)", ["Designated Clinical Officer (ICB)"], dt.date(2024,11,1), dt.date(2025,3,31), "2025-03", None, "Red", "Amber", "amber", "SLA signed"),
        ("PA1.4", "Clear the backlog of assessments over 20 weeks.", "Head of SEND", ["Head of SEND"], dt.date(2024,9,1), "By 31 July 2025", "2025-07", None, "Red", "Red", "red", "Backlog reduced to 0"),
      ]),
      ("Priority action 2: Leaders should ensure that the quality of EHC plans improves, so that plans accurately reflect children's needs and the outcomes they want to achieve.", [
        ("PA2.1", "Launch a multi-agency EHC plan quality assurance framework with monthly moderation panels.", "SEND Quality Assurance Lead", ["SEND Quality Assurance Lead"], dt.date(2025,1,6), dt.date(2025,4,30), "2025-04", None, "Amber", "Green", "green", "80% of audited plans good or better"),
        ("PA2.2", "Deliver outcomes-focused plan writing training to all EHC coordinators, SENCOs and health advice writers.", "Principal Educational Psychologist; Designated Clinical Officer (ICB)", ["Principal Educational Psychologist", "Designated Clinical Officer (ICB)"], dt.date(2025,1,6), "Summer term 2025", "2025-07", None, "Amber", "Amber", "amber", "Training attendance 90%"),
        ("PA2.3", "Review all EHC plans for children in year 5 and year 10 ahead of phase transfer.", "SEND Team Manager", ["SEND Team Manager"], dt.date(2025,4,22), "Autumn term 2025", "2025-12", None, "Not started", "Amber", "amber", "All phase transfer plans reviewed"),
        ("PA2.4", "Co-produce a 'what a good plan looks like' guide with the parent carer forum.", "Participation Lead and Chair of Parent Carer Forum", ["Participation Lead", "Chair of Parent Carer Forum"], dt.date(2024,11,1), dt.date(2025,2,28), "2025-02", None, "Green", "Complete", "blue", "Guide published"),
      ]),
      ("Area for improvement 1: Leaders should improve the accessibility and currency of the local offer so that families can find the information they need.", [
        ("AFI1.1", "Redesign the local offer website with parent carers, including an accessible front page for families.", "Communications Manager", ["Communications Manager"], dt.date(2025,1,6), dt.date(2025,6,30), "2025-06", None, "Amber", "Green", "green", "Parent survey satisfaction"),
        ("AFI1.2", "Publish a quarterly local offer newsletter.", "SENDIASS Manager", ["SENDIASS Manager"], dt.date(2025,4,1), "Quarterly", None, "Quarterly", None, "Green", "green", "Newsletter issued"),
      ]),
      ("Area for improvement 2: Leaders should strengthen the preparation for adulthood pathway for young people aged 14 to 25.", [
        ("AFI2.1", "Establish a transitions panel from age 14 with adult social care and health representation.", "Head of Service, Preparing for Adulthood", ["Head of Service, Preparing for Adulthood"], dt.date(2025,2,1), "Q2 2025/26", "2025-09", None, "Red", "Amber", "amber", "Panel terms of reference agreed"),
        ("AFI2.2", "Map supported internship places and agree a target of 40 places with further education colleges.", "Post-16 SEND Lead", ["Post-16 SEND Lead"], dt.date(2025,6,1), dt.date(2025,9,30), "2025-09", None, None, "Not started", "unrated", "40 places agreed"),
        ("AFI2.3", "Introduce a health transition checklist across the acute trust's paediatric services.", "Designated Clinical Officer (ICB)", ["Designated Clinical Officer (ICB)"], dt.date(2025,3,1), "March 2026", "2026-03", None, "Amber", "Amber", "amber", "Checklist in use"),
        ("AFI2.4", "Review the short breaks offer for young people aged 18 to 25.", "Commissioning Lead, All Age Disability", ["Commissioning Lead, All Age Disability"], None, "TBC", None, "TBC", "Amber", "Red", "red", "Review reported to Joint Commissioning Board"),
      ]),
    ]
    fills = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}
    wb = Workbook()
    cv = wb.active; cv.title = "Cover"
    cv["A1"] = title; cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Following the joint Ofsted and CQC area SEND inspection (published 2 July 2024), the local area partnership submitted this priority action plan."
    cv["A4"] = "The plan is monitored by the SEND Improvement Board. The 'Plan' sheet shows the previous and current RAG ratings for each action."
    cv["A6"] = "Version 2.1 – updated for SEND Improvement Board, 10 March 2025"
    ws = wb.create_sheet("Plan")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Area SEND inspection – priority actions and areas for improvement. Progress position at March 2025."
    hdr = Font(bold=True); gf = PatternFill("solid", fgColor=GREY)
    for col, h in [("A", "Ref"), ("B", "Action"), ("C", "Lead(s)"), ("D", "Timescale"), ("F", "Measure of success"), ("G", "RAG rating")]:
        ws[f"{col}4"] = h
    ws["D5"] = "Start"; ws["E5"] = "End"; ws["G5"] = "Previous (Dec 24)"; ws["H5"] = "Current (Mar 25)"
    for rng in ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:H4"]:
        ws.merge_cells(rng)
    for r in (4, 5):
        for c in "ABCDEFGH":
            ws[f"{c}{r}"].font = hdr; ws[f"{c}{r}"].fill = gf
    for c, w in zip("ABCDEFGH", [8, 60, 34, 11, 16, 30, 14, 14]):
        ws.column_dimensions[c].width = w
    r = 6; actions = []
    for sec, acts in S:
        ws.cell(r, 1, sec).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7"); ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        r += 1
        for ref, act, leadtxt, leads, start, endv, end, et, prev, cur, st, meas in acts:
            ws.cell(r, 1, ref); ws.cell(r, 2, act); ws.cell(r, 3, leadtxt)
            if start is not None:
                ws.cell(r, 4, start).number_format = "mmm-yy"
            c = ws.cell(r, 5, endv)
            if isinstance(endv, dt.date):
                c.number_format = "mmm-yy" if ref not in ("PA1.3", "AFI2.2") else "dd/mm/yyyy"
            ws.cell(r, 6, meas)
            if prev:
                ws.cell(r, 7, prev)
                if prev in fills: ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[prev])
            ws.cell(r, 8, cur)
            if cur in fills: ws.cell(r, 8).fill = PatternFill("solid", fgColor=fills[cur])
            actions.append(A(ref, [sec], act, leads, end, st, et))
            r += 1
    r += 1
    ws.cell(r, 2, "Summary of current RAG").font = hdr; r += 1
    for k, v in [("Complete", 2), ("Green", 4), ("Amber", 5), ("Red", 2), ("Not started", 1), ("Total", 14)]:
        ws.cell(r, 2, k); ws.cell(r, 3, v); r += 1
    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"; ky["A1"].font = hdr
    for i, (k, v) in enumerate([("Complete", "Action delivered and impact evidenced"), ("Green", "On track"),
                                ("Amber", "Some delay; mitigation in place"), ("Red", "Off track; escalate to Board"),
                                ("Not started", "Start date not yet reached")], start=2):
        ky.cell(i, 1, k); ky.cell(i, 2, v)
        if k in fills: ky.cell(i, 1).fill = PatternFill("solid", fgColor=fills[k])
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates a local area partnership's SEND priority action plan (PAP) after an Ofsted/CQC area SEND inspection with 'widespread and/or systemic failings', as published with SEND Improvement Board papers. Copied features: cover sheet, title rows, two-row merged header (Timescale over Start/End, RAG rating over Previous/Current), priority action and area-for-improvement text as merged full-width rows, end dates partly real Excel dates (mmm-yy and dd/mm/yyyy) and partly words/terms, a summary totals block and a separate Key sheet.",
      "The 'Plan' sheet lists 14 actions under two priority actions and two areas for improvement, each with leads, start and end, and previous and current RAG ratings; the current rating is the status. The cover and key sheets carry no actions.",
      "read", title=title, actions=actions)

# =====================================================================
# 3. CQC ASC action plan (csv, cp1252): title lines, padding columns, theme/QS only on first
#    row of group, quoted multi-line cells, RAG letters, key and totals lines.
# =====================================================================
def cqc():
    name = "o-cqc-asc-action-plan.csv"
    title = "Adult Social Care Improvement Plan – CQC Local Authority Assessment"
    T = [
      ("Theme 1: Working with people", [
        ("Assessing needs", [
          ("ASC01", "Reduce the number of people waiting for a Care Act assessment to under 200, using a dedicated review and assessment team.", "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"], "Dec-25", "2025-12", None, "A", "amber", "Waiting list 312 at end of January"),
          ("ASC02", "Introduce a waiting well policy with contact every 6 weeks for people waiting for assessment.\nRisk-rate everyone on the waiting list using the RAG tool.", "Principal Social Worker", ["Principal Social Worker"], "30/09/2025", "2025-09", None, "G", "green", "Policy agreed; contact compliance 88%"),
        ]),
        ("Equity in experience and outcomes", [
          ("ASC03", "Improve the recording of protected characteristics on the case management system so that equality data is complete for 95% of people.", "ASC Performance & Intelligence Manager", ["ASC Performance & Intelligence Manager"], "Q3 2025/26", "2025-12", None, "R", "red", "Completeness 71%; system change delayed"),
          ("ASC04", "Work with Polish and Romanian community groups to co-produce translated information about care and support (“Your guide to adult social care”).", "Engagement Officer", ["Engagement Officer"], "March 2026", "2026-03", None, "G", "green", "Drafts with community groups"),
        ]),
      ]),
      ("Theme 2: Providing support", [
        ("Care provision, integration and continuity", [
          ("ASC05", "Refresh the market position statement, including a home care fee review costed at £1.2m.", "Director of Commissioning", ["Director of Commissioning"], "31/01/2026", "2026-01", None, "B", "blue", "Published 27 January 2026"),
          ("ASC06", "Commission additional home care capacity in the rural north of the county.", "Commissioning Manager – Home Care", ["Commissioning Manager – Home Care"], "Apr-26", "2026-04", None, "A", "amber", "Tender evaluation under way"),
        ]),
        ("Partnerships and communities", [
          ("ASC07", "Develop a carers' strategy with unpaid carers and the Carers Centre, including a new carers' assessment offer.", "AK/ PM", ["AK", "PM"], "Ongoing", None, "Ongoing", "G", "green", "Carers' summit held"),
        ]),
      ]),
      ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding", [
          ("ASC08", "Reduce the number of safeguarding concerns awaiting triage for more than 5 working days to zero.", "Head of Safeguarding Adults", ["Head of Safeguarding Adults"], "Sept 2025 – March 2026", "2026-03", None, "A", "amber", "14 concerns over 5 days"),
          ("ASC09", "Implement a Making Safeguarding Personal audit tool and report the findings to the Safeguarding Adults Board.", "Safeguarding Adults Board Manager", ["Safeguarding Adults Board Manager"], "End of June 2025", "2025-06", None, "B", "blue", "Reported to SAB July 2025"),
        ]),
        ("Safe systems, pathways and transitions", [
          ("ASC10", "Agree a joint transitions protocol with children's services for young people from age 14.", "Head of Service – Transitions", ["Head of Service – Transitions"], "Q1 2026/27", "2026-06", None, "", "unrated", ""),
        ]),
      ]),
      ("Theme 4: Leadership", [
        ("Governance, management and sustainability", [
          ("ASC11", "Establish an ASC Improvement Board chaired by the Chief Executive, meeting monthly.\nTerms of reference to be agreed by Cabinet.", "Director of Adult Social Services (DASS)", ["Director of Adult Social Services (DASS)"], "Aug-25", "2025-08", None, "B", "blue", "Board meeting since August 2025"),
        ]),
        ("Learning, improvement and innovation", [
          ("ASC12", "Introduce a practice quality assurance framework with quarterly case file audits and feedback from people who draw on care.", "Principal Social Worker; Head of Quality Assurance", ["Principal Social Worker", "Head of Quality Assurance"], "Quarterly", None, "Quarterly", "G", "green", "Q3 audit completed"),
        ]),
      ]),
    ]
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    N = 11
    def row(*cells):
        cells = list(cells) + [""] * (N - len(cells)); w.writerow(cells)
    row(title)
    row("Hartwell County Council | Version 1.3 | Updated 12 February 2026")
    row("Overall CQC rating: Requires Improvement (published 18 April 2025)")
    row()
    row("", "Theme", "Quality statement", "Ref", "What we will do", "Lead", "Target date", "RAG", "Progress update", "", "")
    actions = []
    for th, qss in T:
        firstT = True
        for qs, acts in qss:
            firstQ = True
            for ref, act, leadtxt, leads, endtxt, end, et, rag, st, upd in acts:
                row("", th if firstT else "", qs if firstQ else "", ref, act, leadtxt, endtxt, rag, upd, "", "")
                firstT = firstQ = False
                actions.append(A(ref, [th, qs], act, leads, end, st, et))
    row()
    row("", "Key: R = off track, A = at risk, G = on track, B = complete")
    row("", "Total actions: 12 (B 3, G 4, A 3, R 1, not rated 1)")
    with open(os.path.join(OUT, name), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    write_yaml(name,
      "Imitates a CSV export of an English county council's adult social care improvement plan following its CQC local authority assessment (cf. B&NES 'CQC Local Authority Assessment – ASC Improvement Plan' cabinet papers), organised by the four CQC themes and nine quality statements. Copied export quirks: title and version lines above the header, an empty leading padding column and trailing empty columns, cp1252 encoding (en dashes, curly quotes, pound sign), theme and quality statement given only on the first row of each group (merged cells exported as blanks), quoted multi-line cells, RAG letters, a key line and a totals line after the table.",
      "A table of 12 actions grouped by CQC theme and then quality statement, with lead, target date, a one-letter RAG and a progress update; blank theme/quality statement cells continue the group above. The key and total lines below are not actions.",
      "read", title=title, actions=actions)

# =====================================================================
# 4. Internal audit follow-up (tab-separated .txt, UTF-8 BOM) -- REFUSE: revised target date
#    with a letter O in the month.
# =====================================================================
def audit():
    name = "o-internal-audit-follow-up.txt"
    rows = [
      ("Payroll 2024/25", "Limited", "1", "High", "Starters and leavers should only be processed on receipt of an authorised form.", "Introduce an e-form workflow requiring manager authorisation before payroll input.", "Payroll Manager", "31/03/2025", "", "B", "E-form live from 3 March 2025"),
      ("Payroll 2024/25", "Limited", "2", "Medium", "Overpayments should be identified and recovered promptly.", "Monthly overpayment report to be reviewed by the Payroll Manager and recovery letters issued within 10 days.", "Payroll Manager", "30/04/2025", "30/09/2025", "B", "Implemented; first report July"),
      ("Creditors 2024/25", "Reasonable", "1", "Medium", "Changes to supplier bank details should be independently verified.", "Call-back verification to a known contact for all bank detail changes, evidenced on the vendor file.", "Exchequer Manager", "Jun-25", "", "G", "Procedure drafted"),
      ("Creditors 2024/25", "Reasonable", "2", "Low", "Duplicate payment checks should be run before each payment run.", "Run the duplicate payment report before every BACS run and retain evidence.", "Exchequer Manager", "Dec-25", "", "A", "Awaiting system report"),
      ("Direct Payments 2024/25", "Limited", "1", "High", "Direct payment accounts should be audited at least annually.", "Establish a risk-based annual audit programme for direct payment accounts.", "Head of Adult Social Care / Finance Business Partner", "31/12/2024", "31/03/2025", "R", "Resourcing gap in finance team"),
      ("Direct Payments 2024/25", "Limited", "2", "High", "Unspent balances should be recovered in line with policy.", "Recover surplus balances over eight weeks' value and report recoveries quarterly.", "Finance Business Partner", "31/03/2025", "30/O6/2025", "A", "£48k recovered to date"),
      ("Direct Payments 2024/25", "Limited", "3", "Medium", "Support plans should state the agreed use of the direct payment.", "Update the support plan template and brief social work teams.", "Principal Social Worker", "Sept 2025", "", "G", ""),
      ("Fleet Management 2024/25", "Reasonable", "1", "Medium", "Fuel card transactions should be reconciled monthly.", "Monthly reconciliation of fuel card statements against vehicle mileage.", "Fleet Manager", "31/07/2025", "", "B", "Complete"),
      ("Fleet Management 2024/25", "Reasonable", "2", "Low", "Vehicle inspection records should be retained centrally.", "Move inspection records to the fleet system.", "Fleet Manager", "Q3 2025/26", "", "G", ""),
      ("Cyber Security 2024/25", "Limited", "1", "High", "Privileged accounts should be reviewed quarterly.", "Quarterly review of privileged accounts signed off by the Head of ICT.", "Head of ICT", "Quarterly", "", "G", "First review done"),
      ("Cyber Security 2024/25", "Limited", "2", "High", "Unsupported servers should be decommissioned or isolated.", "Decommission the four remaining Windows Server 2012 hosts.", "Infrastructure Manager", "31/10/2025", "31/01/2026", "A", "Two of four decommissioned"),
    ]
    lines = ["Internal Audit Follow-Up Report – Status of Agreed Management Actions",
             "Audit and Governance Committee, 22 January 2026",
             "RAG: B = implemented, G = on track, A = at risk of slipping, R = overdue",
             "",
             "\t".join(["Audit", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed management action", "Responsible officer", "Original target date", "Revised target date", "RAG", "Comments"])]
    bad = None
    for r in rows:
        lines.append("\t".join(r))
        if "O6" in r[8]:
            bad = len(lines)
    lines += ["", "Total recommendations followed up: 11"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_yaml(name,
      "Imitates a tab-separated export of an internal audit recommendations tracker appended to an Audit and Governance Committee follow-up report (audit, assurance opinion, recommendation, agreed management action, responsible officer, original and revised target dates, RAG). UTF-8 with BOM, title and RAG key lines above the header, a total line below.",
      f"Eleven agreed management actions from five audits, each with original and (sometimes) revised target dates and a B/G/A/R letter. The revised target date for Direct Payments recommendation 2 (line {bad}) is written '30/O6/2025' with a letter O in the month: it is a mistyped date, and since the revised date supersedes the original, the action's end cannot be read without asking.",
      "refuse", refuse_at=bad, title="Internal Audit Follow-Up Report – Status of Agreed Management Actions")
    return bad

# =====================================================================
# 5. JTAI partnership plan (docx): document control, two-row header with merged 'Lead' over
#    Agency / Lead officer, first column vertically merged per area for improvement, RAG words.
# =====================================================================
def jtai():
    name = "o-jtai-partnership-plan.docx"
    title = "Joint Targeted Area Inspection: Partnership Action Plan"
    G = [
      ("Information sharing between agencies when children go missing, so that return home interviews inform risk assessment and safety planning.", [
        ("1.1", "Agree a revised missing children protocol across police, children's social care and health.", "Police", "Detective Chief Inspector, Public Protection", ["Detective Chief Inspector, Public Protection"], "May 2025", "2025-05", None, "Complete", "blue"),
        ("1.2", "Return home interview summaries to be uploaded to the police system within 72 hours.", "Children's Social Care", "Missing and Exploitation Team Manager", ["Missing and Exploitation Team Manager"], "w/c 14/07/25", "2025-07", None, "On track", "green"),
        ("1.3", "Audit 30 missing episodes to test the impact of the revised protocol.", "KSCP", "KSCP Business Manager / Head of Quality Assurance", ["KSCP Business Manager", "Head of Quality Assurance"], "Sept 2025", "2025-09", None, "Amber", "amber"),
      ]),
      ("The consistency of multi-agency strategy discussions, including the attendance of health and education.", [
        ("2.1", "Introduce a strategy discussion attendance tracker reported monthly to the Partnership Executive.", "Children's Social Care", "Head of Service, Children's Safeguarding", ["Head of Service, Children's Safeguarding"], "Monthly", None, "Monthly", "Green", "green"),
        ("2.2", "Designated safeguarding leads to receive training on contributing to strategy discussions.", "Education", "Education Safeguarding Lead", ["Education Safeguarding Lead"], "Autumn term 2025", "2025-12", None, "On track", "green"),
        ("2.3", "Health to provide a named practitioner for every strategy discussion about a child open to community health services.", "ICB", "Designated Nurse Safeguarding Children", ["Designated Nurse Safeguarding Children"], "31/10/2025", "2025-10", None, "Red", "red"),
      ]),
      ("Management oversight and supervision of practitioners working with children at risk of exploitation, across all agencies.", [
        ("3.1", "Develop a multi-agency supervision standard for exploitation work.", "KSCP", "Harper, Lucy", ["Harper, Lucy"], "End of December 2025", "2025-12", None, "Not started", "unrated"),
        ("3.2", "Youth Justice Service to introduce reflective group supervision for case managers.\nMonthly sessions facilitated by the service's clinical psychologist.", "Youth Justice Service", "Head of Youth Justice Service", ["Head of Youth Justice Service"], "Jan 2026 – June 2026", "2026-06", None, "Amber", "amber"),
        ("3.3", "Police to include exploitation cases in supervisory reviews of child protection investigations.", "Police", "Detective Superintendent, Safeguarding", ["Detective Superintendent, Safeguarding"], "Q4 2025/26", "2026-03", None, "Green", "green"),
        ("3.4", "Report the findings of a multi-agency audit of supervision to the Partnership Executive.", "KSCP", "TH and MO", ["TH", "MO"], "July 2026", "2026-07", None, "", "unrated"),
      ]),
    ]
    ragfill = {"Complete": BLUE, "On track": GREEN, "Green": GREEN, "Amber": AMBER, "Red": RED}
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Kingsbridge Safeguarding Children Partnership")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Document owner", "KSCP Partnership Executive"), ("Version", "v3 (October 2025 update)"),
                 ("Approved", "Partnership Executive, 21 May 2025"), ("Next review", "January 2026")]:
        cs = t.add_row().cells; set_cell(cs[0], k, bold=True); set_cell(cs[1], v)
    d.add_heading("1. Introduction", level=1)
    d.add_paragraph("Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue Services and HM Inspectorate of Probation carried out a joint targeted area inspection of the multi-agency response to children at risk of criminal exploitation in Kingsbridge in March 2025.")
    d.add_paragraph("The inspection letter identified three areas for improvement. This plan sets out the partnership's response. Progress is rated: Complete; On track / Green; Amber; Red; Not started.")
    d.add_heading("2. Action plan", level=1)
    t = d.add_table(rows=2, cols=6); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in [(0, "Area for improvement"), (1, "Action"), (4, "Timescale"), (5, "Progress (RAG)")]:
        m = h0[i].merge(h1[i]); set_cell(m, h, bold=True); shade(m, GREY)
    m = h0[2].merge(h0[3]); set_cell(m, "Lead", bold=True); shade(m, GREY)
    set_cell(t.rows[1].cells[2], "Agency", bold=True); shade(t.rows[1].cells[2], GREY)
    set_cell(t.rows[1].cells[3], "Lead officer", bold=True); shade(t.rows[1].cells[3], GREY)
    actions = []
    for afi, acts in G:
        start = len(t.rows)
        for ref, act, agency, leadtxt, leads, endtxt, end, et, rag, st in acts:
            cs = t.add_row().cells
            set_cell(cs[1], f"{ref} {act}" if False else act)
            set_cell(cs[2], agency); set_cell(cs[3], leadtxt); set_cell(cs[4], endtxt); set_cell(cs[5], rag)
            if rag in ragfill: shade(cs[5], ragfill[rag])
            actions.append(A(None, [afi], act, leads, end, st, et))
        top = t.cell(start, 0); set_cell(top, afi, bold=True)
        top.merge(t.cell(len(t.rows) - 1, 0))
    d.add_heading("3. Glossary", level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("ICB", "Integrated Care Board"), ("JTAI", "Joint targeted area inspection"),
                 ("KSCP", "Kingsbridge Safeguarding Children Partnership"), ("RHI", "Return home interview")]:
        cs = t.add_row().cells; set_cell(cs[0], k); set_cell(cs[1], v)
    d.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates a local safeguarding children partnership's multi-agency action plan after a JTAI (Ofsted/CQC/HMICFRS/HMIP) on child criminal exploitation, as published with partnership executive papers. Copied features: document control table, introduction with the RAG wording, one large table whose first column holds each area for improvement vertically merged down its actions, a two-row header with 'Lead' merged over Agency and Lead officer, RAG as words with matching fill, and a glossary table after.",
      "Ten unnumbered actions under three areas for improvement, each with the agency, the lead officer, a timescale and a progress word. The lead is the named officer/post; the agency column only says which organisation.",
      "read", title=title, actions=actions)

# =====================================================================
# 6. CIW (Wales) improvement plan (xlsx): bilingual headers, key redefining colours
#    (green = completed), RAG as fill only, principle rows + AFI merged rows, revised date column.
# =====================================================================
def ciw():
    name = "o-ciw-improvement-plan.xlsx"
    title = "Cynllun Gwella Gwasanaethau Plant / Children's Services Improvement Plan"
    P = [
      ("Pobl – Llais a Rheolaeth / People – Voice and Control", [
        ("Children's views and wishes must be consistently recorded and inform their care and support plans.", [
          ("1.1", "Update the assessment template so that 'What matters to me' conversations are recorded in the child's own words.", "Service Manager – Assessment", ["Service Manager – Assessment"], dt.date(2025,1,31), None, "2025-01", None, GREEN, "blue"),
          ("1.2", "Commission an independent advocacy 'active offer' for all children subject to child protection enquiries.", "Commissioning Officer", ["Commissioning Officer"], dt.date(2025,3,31), dt.date(2025,6,30), "2025-06", None, AMBER, "amber"),
        ]),
        ("Families must receive timely information, advice and assistance (IAA) at the first point of contact.", [
          ("1.3", "Recruit two additional IAA officers to the Information, Advice and Assistance hub.", "Team Manager IAA", ["Team Manager IAA"], dt.date(2025,3,1), None, "2025-03", None, GREEN, "blue"),
        ]),
      ]),
      ("Atal / Prevention", [
        ("The range of early help and preventative services must be sufficient to meet demand, including in rural areas.", [
          ("2.1", "Map early help provision by locality and identify gaps in rural areas.", "Head of Early Intervention and Prevention", ["Head of Early Intervention and Prevention"], dt.date(2025,4,30), None, "2025-04", None, GREEN, "blue"),
          ("2.2", "Extend the Team Around the Family service to the north of the county.", "Head of Early Intervention and Prevention", ["Head of Early Intervention and Prevention"], "Q2 2025/26", None, "2025-09", None, AMBER, "amber"),
          ("2.3", "Develop a parenting support offer in partnership with Flying Start.", "Flying Start Manager / Families First Coordinator", ["Flying Start Manager", "Families First Coordinator"], dt.date(2025,9,30), "Q4 2025/26", "2026-03", None, RED, "red"),
        ]),
      ]),
      ("Llesiant / Well-being", [
        ("Supervision must be regular, recorded and include reflective discussion, in line with the local authority's supervision policy.", [
          ("3.1", "Audit supervision records quarterly and report compliance to the Senior Management Team.", "Principal Officer, Quality Assurance", ["Principal Officer, Quality Assurance"], "Quarterly", None, None, "Quarterly", AMBER, "amber"),
          ("3.2", "Refresh the supervision policy with staff and trade union input.", "RH / GW", ["RH", "GW"], dt.date(2024,12,31), None, "2024-12", None, GREEN, "blue"),
          ("3.3", "Introduce reflective group supervision in all teams, facilitated by the Consultant Social Worker.", "Consultant Social Worker", ["Consultant Social Worker"], "Ongoing", None, None, "Ongoing", None, "unrated"),
        ]),
      ]),
      ("Partneriaethau / Partnerships", [
        ("Partners must take part in timely multi-agency strategy discussions, with police and health present.", [
          ("4.1", "Agree a regional protocol for strategy discussions with Dyfed-Powys Police and Hywel Dda University Health Board.", "Head of Children's Services", ["Head of Children's Services"], "Sept 2025", None, "2025-09", None, RED, "red"),
          ("4.2", "Monitor attendance at strategy discussions monthly through the Regional Safeguarding Board dashboard.", "Safeguarding Manager", ["Safeguarding Manager"], "Monthly", None, None, "Monthly", AMBER, "amber"),
        ]),
      ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Cynllun - Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cyngor Sir Bro Teifi / Bro Teifi County Council – response to the Care Inspectorate Wales (CIW) performance evaluation inspection of children's services, October 2024"
    ws["A3"] = "Allwedd / Key:"; ws["A3"].font = Font(bold=True)
    for col, fill, txt in [("B", GREEN, "Cwblhawyd / Completed"), ("C", AMBER, "Ar waith / In progress"), ("D", RED, "Heb ddechrau neu'n hwyr / Not started or overdue")]:
        ws[f"{col}3"] = txt; ws[f"{col}3"].fill = PatternFill("solid", fgColor=fill)
    heads = ["Cyf / Ref", "Cam gweithredu / Action", "Swyddog arweiniol / Lead officer", "Dyddiad targed / Target date", "Dyddiad diwygiedig / Revised date", "Cynnydd / Progress", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor=GREY); c.alignment = Alignment(wrap_text=True)
    for c, w in zip("ABCDEFG", [9, 60, 36, 16, 16, 30, 8]):
        ws.column_dimensions[c].width = w
    r = 6; actions = []
    for pr, afis in P:
        ws.cell(r, 1, pr).font = Font(bold=True, color="FFFFFF"); ws.cell(r, 1).fill = PatternFill("solid", fgColor="1F4E78")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for afi, acts in afis:
            ws.cell(r, 1, afi).font = Font(italic=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True); r += 1
            for ref, act, leadtxt, leads, tgt, rev, end, et, fill, st in acts:
                ws.cell(r, 1, ref); ws.cell(r, 2, act); ws.cell(r, 3, leadtxt)
                c = ws.cell(r, 4, tgt)
                if isinstance(tgt, dt.date): c.number_format = "dd/mm/yyyy" if ref != "1.3" else "mmm-yy"
                if rev is not None:
                    c = ws.cell(r, 5, rev)
                    if isinstance(rev, dt.date): c.number_format = "dd/mm/yyyy"
                ws.cell(r, 6, {GREEN: "Wedi'i gwblhau / Done", AMBER: "Progressing", RED: "Delayed", None: ""}[fill] if ref not in ("3.3",) else "")
                if fill: ws.cell(r, 7).fill = PatternFill("solid", fgColor=fill)
                actions.append(A(ref, [pr, afi], act, leads, end, st, et))
                r += 1
    r += 1
    ws.cell(r, 1, "Cyfanswm / Total").font = Font(bold=True); ws.cell(r, 2, "11 actions: 4 completed, 4 in progress, 2 not started/overdue, 1 not rated")
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates a Welsh council's children's services improvement plan responding to a Care Inspectorate Wales (CIW) performance evaluation inspection, structured by the Social Services and Well-being (Wales) Act principles (People – voice and control; Prevention; Well-being; Partnerships). Copied features: bilingual Welsh/English title and column headers, a colour key above the table that defines green as completed, principle rows and area-for-improvement rows merged across the sheet, a revised target date column, RAG given only as fill colour in an empty cell, and a total row.",
      "Eleven numbered actions under four principles, each with the CIW area for improvement it answers, a lead officer, a target date and sometimes a revised date, and a coloured RAG cell read through the key (green = completed, amber = in progress, red = not started or overdue). The revised date, where given, is the end.",
      "read", title=title, actions=actions)

if __name__ == "__main__":
    ilacs(); send(); cqc(); b = audit(); jtai(); ciw()
    print("audit bad line", b)
