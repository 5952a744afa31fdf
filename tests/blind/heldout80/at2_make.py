"""at2: partnership, NHS and corporate plans for heldout80. Run with /work/main/.venv/bin/python.
Makes the seven document files; with --yaml also (re)writes the expected readings beside them."""
import csv, datetime as dt, json, os, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
EXPECT = {}


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def hdr_row(table, names):
    for c, n in zip(table.rows[0].cells, names):
        c.text = ""
        r = c.paragraphs[0].add_run(n); r.bold = True
        shade(c, "D9E2F3")


# ---------------------------------------------------------------- 1 board action log
def mytt():
    name = "at2-mid-yorkshire-teaching-nhs-trust-board-action-log.xlsx"
    rows = [
        ("TB24/112", D(2024, 11, 28), "TB/24/187", "Provide the Board with a breakdown of the 12-hour waits in the emergency departments by site and by age band, including patients with mental health needs.", "Chief Operating Officer", D(2025, 1, 30), D(2025, 3, 27), "Breakdown included in the Integrated Performance Report presented to the March meeting. Propose to close.", "B",
         ["Chief Operating Officer"], "2025-03", None, "blue"),
        ("TB25/018", D(2025, 1, 30), "TB/25/009", "Bring the refreshed Freedom to Speak Up strategy to the Board for approval.", "Director of Workforce and OD", D(2025, 7, 31), "November 2025", "Strategy deferred to allow wider staff consultation. Draft goes to the People Committee in October and will come to the Board in November.", "A",
         ["Director of Workforce and OD"], "2025-11", None, "amber"),
        ("TB25/033", D(2025, 3, 27), "TB/25/052", "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the learning responses completed in its first year.", "Chief Nurse / Medical Director", D(2025, 6, 26), None, "Session held on 12 June 2025, facilitated by the Patient Safety Specialists.", "B",
         ["Chief Nurse", "Medical Director"], "2025-06", None, "blue"),
        ("TB25/047", D(2025, 5, 29), "TB/25/081", "Change the reporting of the cancer 62-day standard so that the Board sees performance by tumour site against the operational plan trajectory.", "DB", D(2025, 9, 25), None, "Tumour-site breakdown added to the IPR from the September report.", "B",
         ["DB"], "2025-09", None, "blue"),
        ("TB25/051", D(2025, 5, 29), "TB/25/090", "Share the outcome of the external review of maternity triage at Pinderfields Hospital with Board members once the report is received.", "Chief Nurse", "TBC", None, "Final report from the external reviewer is still awaited; a date will be confirmed when it has been received.", "A",
         ["Chief Nurse"], None, "TBC", "amber"),
        ("TB25/064", D(2025, 7, 31), "TB/25/118", "Confirm the timetable for closing the remaining escalation beds at Dewsbury and District Hospital and the associated nurse staffing plan.", "Chief Operating Officer and Director of Finance", D(2025, 9, 25), None, "Timetable agreed by the Executive Team on 16 September; first ward to close on 3 November 2025.", "G",
         ["Chief Operating Officer", "Director of Finance"], "2025-09", None, "green"),
        ("TB25/066", D(2025, 7, 31), "TB/25/121", "Circulate the Green Plan annual progress report to Board members outside the meeting.", "Director of Estates and Facilities", D(2025, 8, 29), None, "Circulated by email on 22 August 2025.", "B",
         ["Director of Estates and Facilities"], "2025-08", None, "blue"),
        ("TB25/072", D(2025, 7, 31), "TB/25/130", "Include the waiting list validation position for community paediatrics in the next Quality Committee chair's report.", "KW / JS", D(2025, 10, 30), None, "Validation under way: 68% of the list validated at 19 September.", "G",
         ["KW", "JS"], "2025-10", None, "green"),
        ("TB25/080", D(2025, 9, 25), "TB/25/144", "Provide the Board with a summary of the actions agreed at the staff survey 'Big Conversation' events.", "Director of Workforce and OD", "Jan 2026", None, "New action.", None,
         ["Director of Workforce and OD"], "2026-01", None, "unrated"),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Mid Yorkshire Teaching NHS Trust – Trust Board (Meeting in Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 25 September 2025. Actions marked B will be removed from the log once reported to one meeting as complete."
    ws["A2"].font = Font(italic=True)
    heads = ["Action No", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Revised Due Date", "Progress Update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center"); c.border = BOX
    r = 5
    exp = []
    for row in rows:
        vals = row[:9]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if i == 2 else "dd-mmm-yy"
        if vals[8]:
            ws.cell(row=r, column=9).fill = fill(FILL[vals[8]])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        exp.append(dict(ref=vals[0], under=[], action=vals[3], lead=row[9], end=row[10], end_text=row[11], status=row[12]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for j, (k, t) in enumerate([("B", "Complete – to be closed"), ("G", "On track to be delivered by the due date"), ("A", "Due date at risk or revised"), ("R", "Overdue")]):
        c = ws.cell(row=r + 1 + j, column=1, value=k); c.fill = fill(FILL[k]); c.alignment = Alignment(horizontal="center")
        ws.cell(row=r + 1 + j, column=2, value=t)
    for col, w in zip("ABCDEFGHI", [11, 13, 12, 60, 26, 12, 16, 55, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))
    EXPECT[name] = dict(
        source="Modelled on NHS trust public board 'action log' papers (e.g. Mid Yorkshire Teaching NHS Trust and other trusts' Board packs, 2024-25: 'Action Log' appendix to the public Board agenda). Copied: single title cell, an 'as at' note, columns Action No / Meeting Date / Minute Ref / Action / Lead / Due Date / Revised Due Date / Progress Update / RAG, RAG as letters B/G/A/R in coloured cells, a key under the table; no themes. Not a copy of one specific published file.",
        reads="A flat board action log of nine actions raised at Trust Board meetings between November 2024 and September 2025, each with a lead (mostly executive posts, some initials), a due date and sometimes a revised due date, a progress update and a B/G/A/R letter whose meaning is given in the key under the table. The newest action has no RAG yet.",
        outcome="read", title="Mid Yorkshire Teaching NHS Trust – Trust Board (Meeting in Public) Action Log", actions=exp)


# ---------------------------------------------------------------- 2 SAR action plan docx
def ddsab():
    name = "at2-derby-derbyshire-sab-sar-adult-g-action-plan.docx"
    recs = [
        ("Recommendation 1: The SABs should seek assurance that agencies apply the principles of the Mental Capacity Act 2005 where a person repeatedly declines care, and that capacity assessments are time and decision specific.", [
            ("1.1", "Deliver a multi-agency briefing on the Mental Capacity Act and executive functioning, recorded and made available on both Boards' websites.", "SAB Learning and Development Sub-Group Chair", "Sept 2025", "Briefing delivered on 9 July 2025 to 140 practitioners; recording available on both websites.", "Complete", ["SAB Learning and Development Sub-Group Chair"], "2025-09", None, "blue"),
            ("1.2", "Undertake a multi-agency audit of capacity assessments for adults who self-neglect and report the findings to the Quality Assurance Sub-Group.", "Head of Adult Safeguarding (DCC) / Head of Adult Safeguarding (Derby City)", "December 2025", "Audit tool agreed. Case selection is under way in both local authorities.", "Green", ["Head of Adult Safeguarding (DCC)", "Head of Adult Safeguarding (Derby City)"], "2025-12", None, "green"),
        ]),
        ("Recommendation 2: Agencies should ensure that the self-neglect and hoarding guidance is understood and used, including escalation to a multi-agency risk management meeting.", [
            ("2.1", "Refresh the Derby and Derbyshire self-neglect and hoarding practice guidance to include the risk management meeting pathway.", "SAB Business Manager", "31/10/2025", "Draft circulated to the Policy and Procedures Sub-Group for comment; sign-off planned for the October meeting.", "Green", ["SAB Business Manager"], "2025-10", None, "green"),
            ("2.2", "Report the number of risk management meetings held and their outcomes through the quarterly SAB performance dashboard.", "Performance and Intelligence Lead", "Quarterly", "Numbers included from Q1 2025/26. Reporting of outcomes still to be developed with the local authorities.", "Amber", ["Performance and Intelligence Lead"], None, "Quarterly", "amber"),
        ]),
        ("Recommendation 3: Health partners should ensure that missed appointments for adults with care and support needs are followed up, and that 'was not brought' approaches are applied to adults who depend on others to attend.", [
            ("3.1", "Revise the UHDB missed appointments policy to include adults with care and support needs who depend on others to attend.", "Named Nurse Safeguarding Adults UHDB", "Jan-26", "Policy review delayed by changes to the outpatient booking system; revised timescale agreed with the SAR Sub-Group.", "Amber", ["Named Nurse Safeguarding Adults UHDB"], "2026-01", None, "amber"),
            ("3.2", "Issue a learning brief on 'was not brought' for adults to GP practices and discuss it at the primary care safeguarding leads forum.", "DDICB Designated Nurse Safeguarding Adults", "Aug 2025", "Learning brief issued on 28 August 2025 and discussed at the September forum.", "Complete", ["DDICB Designated Nurse Safeguarding Adults"], "2025-08", None, "blue"),
        ]),
        ("Recommendation 4: The SABs should seek assurance that information about fire risk is shared with Derbyshire Fire and Rescue Service when an adult who smokes has limited mobility.", [
            ("4.1", "Promote the Safe and Well visit referral pathway to adult social care, housing and community nursing teams.", "DFRS Prevention Manager", "March 2026", "Referral numbers are being monitored monthly. Briefings are booked for community nursing teams in November.", "Green", ["DFRS Prevention Manager"], "2026-03", None, "green"),
        ]),
    ]
    doc = Document(); landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("Derby and Derbyshire Safeguarding Adults Boards: SAR ‘Adult G’ Multi-Agency Action Plan", level=0)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    hdr_row(t, ["Version", "Date", "Author", "Changes"])
    for v in [("0.2", "14/04/2025", "SAB Business Manager", "Actions agreed by the SAR Sub-Group"), ("0.3", "22/09/2025", "SAB Business Manager", "Progress updates from agencies added")]:
        cs = t.add_row().cells
        for c, x in zip(cs, v): c.text = x
    doc.add_paragraph()
    doc.add_paragraph("This action plan responds to the four recommendations made in the Safeguarding Adults Review concerning Adult G, published jointly by Derby Safeguarding Adults Board and Derbyshire Safeguarding Adults Board in March 2025. Progress is monitored by the joint SAR Sub-Group, which reports to both Boards each quarter. The RAG key is at the end of the plan.")
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    hdr_row(t, ["Recommendation", "Ref", "Action", "Lead Agency / Officer", "Target Date", "Progress Update", "RAG"])
    exp = []
    colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in recs:
        first = None
        for a in acts:
            cs = t.add_row().cells
            if first is None:
                first = cs[0]; cs[0].text = rec
            else:
                first = first.merge(cs[0])
            for c, x in zip(cs[1:], a[:6]): c.text = x
            shade(cs[6], colour[a[5]])
            exp.append(dict(ref=a[0], under=[rec], action=a[1], lead=a[6], end=a[7], end_text=a[8], status=a[9]))
    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, txt in [("Red", "Action not progressing or overdue"), ("Amber", "Some delay – revised timescale agreed"), ("Green", "On track to meet the target date"), ("Complete", "Action completed and evidence received by the SAR Sub-Group")]:
        cs = t.add_row().cells; cs[0].text = k; cs[1].text = txt; shade(cs[0], colour[k])
    doc.save(os.path.join(OUT, name))
    EXPECT[name] = dict(
        source="Modelled on Safeguarding Adults Board SAR action plans as published by Derby and Derbyshire SABs and other English SABs (2024-25; e.g. SAR action plans on safeguardingadults boards' websites, such as Derbyshire SAB 'SAR action plan' documents). Copied: title, version/document-control table, an introductory paragraph, one landscape table with the recommendation merged down over its numbered actions, columns Ref / Action / Lead Agency / Officer / Target Date / Progress Update / RAG, RAG words in shaded cells, a RAG key table after the plan. Invented content.",
        reads="A joint SAB action plan for the review of 'Adult G': four recommendations, each merged down over one or two numbered actions with a lead post, a target date (months written several ways, one 'Quarterly'), a progress update and a RAG word. The document-control and RAG key tables are not part of the plan.",
        outcome="read", title="Derby and Derbyshire Safeguarding Adults Boards: SAR ‘Adult G’ Multi-Agency Action Plan", actions=exp)


# ---------------------------------------------------------------- 3 CQC export csv
def rdash():
    name = "at2-rdash-cqc-must-should-do-action-plan-export.csv"
    AC = "Acute wards for adults of working age and psychiatric intensive care units"
    CM = "Community-based mental health services for adults of working age"
    CR = "Mental health crisis services and health-based places of safety"
    md1 = "MD1: The trust must ensure that staff complete and record physical health observations following rapid tranquillisation."
    md2 = "MD2: The trust must ensure that ligature risk assessments are reviewed and updated following environmental changes."
    md3 = "MD3: The trust must ensure that people waiting for treatment are regularly reviewed and risk assessed."
    sd1 = "SD1: The trust should ensure that care plans reflect the views of the people using the service."
    sd2 = "SD2: The trust should ensure that the health-based place of safety has a clock visible to patients."
    sd3 = "SD3: The trust should ensure that staff receive regular supervision in line with trust policy."
    rows = [
        ("RD-01", AC, "Must Do", md1, "Introduce an electronic post-rapid tranquillisation observation form in SystmOne with automated prompts.", "Associate Director of Nursing (Inpatients)", "30/06/2025", "", "Complete", "Form live on all acute wards from 2 June 2025. Compliance audited monthly (92% in October).", ["Associate Director of Nursing (Inpatients)"], "2025-06", None, "blue"),
        ("RD-02", AC, "Must Do", md1, "Deliver refresher training on monitoring after rapid tranquillisation to all registered nurses on the acute wards.", "Clinical Nurse Educator", "31/08/2025", "31/12/2025", "Amber - At Risk", "Training 74% complete. Extra sessions added in November and December to reach night staff.", ["Clinical Nurse Educator"], "2025-12", None, "amber"),
        ("RD-03", AC, "Must Do", md2, "Complete a ligature audit of all acute and PICU wards and update the environmental risk assessments.", "Head of Estates Compliance", "31/07/2025", "", "Complete", "Audit completed in July 2025; risk assessments updated and signed off by ward managers.", ["Head of Estates Compliance"], "2025-07", None, "blue"),
        ("RD-04", CM, "Must Do", md3, "Implement a waiting list contact and risk review protocol across the community mental health teams in Doncaster, Rotherham and North Lincolnshire.", "Care Group Director / Head of Community Services", "31/01/2026", "", "Green - On Track", "Protocol approved in August. Monthly waiting list reviews now taking place in all three localities.", ["Care Group Director", "Head of Community Services"], "2026-01", None, "green"),
        ("RD-05", CM, "Should Do", sd1, "Relaunch the co-produced care planning standard and audit a sample of care plans in each team every quarter.", "Lead Nurse for Community Mental Health", "31/03/2026", "", "Green - On Track", "First quarterly audit completed in October: 81% of care plans recorded the person's own views.", ["Lead Nurse for Community Mental Health"], "2026-03", None, "green"),
        ("RD-06", CR, "Should Do", sd2, "Install clocks visible to patients in both section 136 suites.", "Estates Manager", "31/05/2025", "", "Blue - Complete", "Clocks installed in May 2025.", ["Estates Manager"], "2025-05", None, "blue"),
        ("RD-07", CR, "Should Do", sd3, "Introduce a supervision tracker for the crisis teams and report compliance to the Care Group quality meeting.", "Service Manager (Crisis)", "31/10/2025", "28/02/2026", "Red - Off Track", "Compliance 61% against the 85% target because of vacancies. Recovery plan agreed with the Care Group.", ["Service Manager (Crisis)"], "2026-02", None, "red"),
        ("RD-08", CR, "Should Do", sd3, "Recruit to the two vacant band 7 team leader posts in the crisis teams.", "Service Manager (Crisis)", "30/11/2025", "", "Not Started", "Recruitment will start once the vacancy control panel has approved the posts.", ["Service Manager (Crisis)"], "2025-11", None, "unrated"),
    ]
    heads = ["Action ID", "Core Service", "Requirement Type", "Requirement", "Action", "Action Owner", "Due Date", "Revised Due Date", "Status", "Latest Update"]
    n = len(heads)
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["Rotherham Doncaster and South Humber NHS Foundation Trust - CQC Improvement Plan (Must Do / Should Do actions)"] + [""] * (n - 1))
        w.writerow(["Report run: 14/11/2025 09:32"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(heads)
        for r in rows:
            w.writerow(r[:10])
        w.writerow([""] * n)
        w.writerow(["Total records: 8"] + [""] * (n - 1))
    exp = [dict(ref=r[0], under=[r[1], r[3]], action=r[4], lead=r[10], end=r[11], end_text=r[12], status=r[13]) for r in rows]
    EXPECT[name] = dict(
        source="Modelled on NHS mental health trust CQC 'must do / should do' improvement plans exported from a performance system (e.g. RDaSH and other NHS FTs' CQC action plans in Board/Quality Committee papers, 2024-25). Copied: title and 'report run' lines above the header, one row per action with core service and the MD/SD requirement repeated on each row, Due Date and Revised Due Date columns, system status values like 'Green - On Track', a record count line at the foot. Invented content.",
        reads="A system export of eight actions answering six CQC requirements (MD1-MD3, SD1-SD3) across three core services; each row repeats its core service and requirement, has an owner post, a due date (some revised), a status such as 'Amber - At Risk' or 'Complete', and an update. The last line is a record count.",
        outcome="read", title="Rotherham Doncaster and South Humber NHS Foundation Trust - CQC Improvement Plan (Must Do / Should Do actions)", actions=exp)


# ---------------------------------------------------------------- 4 DHR tab text
def norfolk():
    name = "at2-norfolk-ccsp-dhr-ruth-action-plan.txt"
    r1 = "1. Norfolk County CSP to seek assurance that agencies use the DASH risk identification checklist when domestic abuse is disclosed to health professionals."
    r2 = "2. Norfolk Constabulary and the commissioned domestic abuse service to ensure that victims who withdraw from support are contacted again within an agreed timescale."
    r3 = "3. Adult Social Services to ensure that carers' assessments consider the risk of domestic abuse within the caring relationship."
    r4 = "4. The Home Office to consider including domestic abuse of older people by family carers in the refreshed statutory guidance."
    r5 = "5. All agencies to ensure that the learning from this review is shared with frontline staff."
    rows = [
        ("1.1", r1, "Local", "Audit the use of DASH in the Emergency Department at the Norfolk and Norwich University Hospital.", "NNUH", "Audit completed June 2025: 64% compliance. Improvement plan agreed with ED leads.", "Jun-25", "Complete", ["NNUH"], "2025-06", None, "blue"),
        ("1.2", "", "", "Deliver DASH training to GP practice safeguarding leads across Norfolk and Waveney.", "NHS Norfolk and Waveney ICB", "Three sessions delivered; a further session is planned for January.", "March 2026", "Green", ["NHS Norfolk and Waveney ICB"], "2026-03", None, "green"),
        ("2.1", r2, "Local", "Agree a re-engagement protocol for victims who decline or withdraw from support.", "Norfolk Constabulary / Leeway", "Draft protocol under discussion. The data-sharing agreement needs to be updated first.", "31/12/2025", "Amber", ["Norfolk Constabulary", "Leeway"], "2025-12", None, "amber"),
        ("3.1", r3, "Local", "Add domestic abuse prompts to the carer's assessment form in Liquidlogic.", "Norfolk County Council Adult Social Services", "Form change requested and in the system release schedule.", "Q4 2025/26", "Green", ["Norfolk County Council Adult Social Services"], "2026-03", None, "green"),
        ("3.2", "", "", "Brief practitioners on domestic abuse of older people and carers at the Safeguarding Adults Board learning event.", "NSAB Business Manager", "Learning event held on 18 September 2025 with 95 attendees.", "September 2025", "Complete", ["NSAB Business Manager"], "2025-09", None, "blue"),
        ("4.1", r4, "National", "Write to the Home Office setting out the learning from this review on domestic abuse of older people.", "Norfolk County CSP Chair", "Letter sent with the final report.", "On publication", "Complete", ["Norfolk County CSP Chair"], None, "On publication", "blue"),
        ("5.1", r5, "Local", "Produce a 7-minute briefing and share it with all partner agencies.", "DHR Coordinator", "", "Within 3 months of publication", "", ["DHR Coordinator"], None, "Within 3 months of publication", "unrated"),
    ]
    lines = [
        "Norfolk County Community Safety Partnership – Domestic Homicide Review ‘Ruth’ – Action Plan",
        "Progress as at 30 September 2025",
        "",
        "\t".join(["No.", "Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones achieved", "Target Date", "Status"]),
    ]
    for r in rows:
        lines.append("\t".join([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]]))
    lines += ["", "Status key: Complete = action completed; Green = on track; Amber = some slippage; Red = not on track"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    cur = None; exp = []
    for r in rows:
        if r[1]: cur = r[1]
        exp.append(dict(ref=r[0], under=[cur], action=r[3], lead=r[8], end=r[9], end_text=r[10], status=r[11]))
    EXPECT[name] = dict(
        source="Modelled on the Home Office DHR action plan template as used by Norfolk County Community Safety Partnership and other CSPs (published DHR action plans, 2023-25; template columns Recommendation / Scope of recommendation / Action to take / Lead Agency / Key milestones achieved / Target Date). Copied: the template's columns, the recommendation written only on its first action row, local/national scope, plus a Status column and a status key line as CSPs add when tracking; saved as tab-separated text with title lines. Invented content.",
        reads="A DHR action plan as tab-separated text: five numbered recommendations, each with one or two actions numbered 1.1, 1.2 ...; the recommendation and scope appear only on the first row of each. Each action has a lead agency, a target date (some as words such as 'On publication') and a status word; a key follows.",
        outcome="read", title="Norfolk County Community Safety Partnership – Domestic Homicide Review ‘Ruth’ – Action Plan", actions=exp)


# ---------------------------------------------------------------- 5 LCSPR xlsx (refuse)
def nottingham():
    name = "at2-nottingham-city-scp-lcspr-child-k-action-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Child K action plan"
    ws["A1"] = "Nottingham City Safeguarding Children Partnership"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Local Child Safeguarding Practice Review – Child K: Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 4 – updated for the Case Review Group, October 2025"; ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress / Evidence", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("BDD7EE"); c.border = BOX
    body = [
        ("Learning point 1: Recognising the impact of neglect on adolescents",),
        ("1.1", "Develop an adolescent neglect practice guide and add it to the partnership procedures.", "Partnership Business Manager", "Sept 2025", "Guide published on the NCSCP website on 15 September 2025.", "B"),
        ("1.2", "Deliver a multi-agency workshop on adolescent neglect for early help and social care teams.", "Head of Service, Early Help", "December 2025", "Two workshops booked for November; 60 places taken so far.", "G"),
        ("Learning point 2: Information sharing between schools and health at transition to secondary school",),
        ("2.1", "Add a prompt to the school nursing transfer process to share concerns with the receiving school's DSL.", "School Nursing Service Lead", "Nov 2025", "Prompt added to the SystmOne template; staff briefing due in October.", "G"),
        ("2.2", "Audit transition information sharing for children open to early help in the 2025 Year 7 cohort.", "Education Safeguarding Lead", "Janaury 2026", "Audit scope agreed with the Education Sub-Group.", "G"),
        ("Learning point 3: Hearing the voice of the child when parents do not engage",),
        ("3.1", "Refresh the 'think family' and disguised compliance briefing and relaunch it through the learning programme.", "Named Nurse Safeguarding Children", "March 2026", "Briefing under review with the Learning and Development Group.", "A"),
        ("3.2", "Monitor the recording of the child's voice through the multi-agency case audit programme.", "Quality Assurance Sub-Group", "Ongoing", "Included as a standard question in all audits from April 2025.", "G"),
    ]
    r = 6
    for b in body:
        if len(b) == 1:
            ws.cell(row=r, column=1, value=b[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = fill("F2F2F2")
        else:
            for i, v in enumerate(b[:5], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            c = ws.cell(row=r, column=6); c.fill = fill(FILL[b[5]]); c.border = BOX
        r += 1
    assert ws.cell(row=11, column=4).value == "Janaury 2026"
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for j, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Delayed – revised date needed"), ("R", "Not on track")]):
        ws.cell(row=r + 1 + j, column=1).fill = fill(FILL[k]); ws.cell(row=r + 1 + j, column=2, value=t)
    for col, w in zip("ABCDEF", [8, 60, 30, 15, 55, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    EXPECT[name] = dict(
        source="Modelled on safeguarding children partnership LCSPR action plans (e.g. Nottingham City Safeguarding Children Partnership and other partnerships' published LCSPR action plans, 2024-25). Copied: partnership name, review title and version line, merged grey 'Learning point' rows over numbered actions, columns Ref / Action / Lead / Timescale / Progress / Evidence / RAG, RAG shown by cell colour only, a RAG key under the table. Invented content.",
        reads="An LCSPR action plan for Child K with three learning points and six actions, RAG shown only as fill colour. The timescale of action 2.2 reads 'Janaury 2026', a mistyped month that a careful reader would query before recording the due month.",
        outcome="refuse", refuse_at=11, title="Local Child Safeguarding Practice Review – Child K: Action Plan", actions=None)


# ---------------------------------------------------------------- 6 maternity highlight report docx
def uhdb():
    name = "at2-uhdb-maternity-neonatal-improvement-highlight-report.docx"
    ws_ = [
        ("Workstream 1: Safe and effective staffing", [
            ("WS1.1", "Complete the Birthrate Plus midwifery workforce review and present the findings to the Trust Board.", "Director of Midwifery", "Nov 2025", "On track", "Draft report received; Board date confirmed for November.", ["Director of Midwifery"], "2025-11", None, "green"),
            ("WS1.2", "Recruit to the 12 WTE newly qualified midwife posts and start a preceptorship cohort in October.", "Deputy Director of Midwifery", "Oct 2025", "Complete", "All 12 midwives started on 6 October 2025.", ["Deputy Director of Midwifery"], "2025-10", None, "blue"),
            ("WS1.3", "Achieve 90% compliance with PROMPT multidisciplinary training across both sites.", "Practice Development Midwife / Consultant Obstetrician Lead for Training", "Q3 2025/26", "Amber", "Compliance is 84% at Royal Derby and 79% at Queen's Hospital Burton; additional dates added in November.", ["Practice Development Midwife", "Consultant Obstetrician Lead for Training"], "2025-12", None, "amber"),
        ]),
        ("Workstream 2: Listening to women and families", [
            ("WS2.1", "Carry out a Maternity and Neonatal Voices Partnership 15 Steps review at Queen's Hospital Burton.", "Head of Patient Experience", "Dec-25", "On track", "Walkaround booked for 4 December with MNVP volunteers.", ["Head of Patient Experience"], "2025-12", None, "green"),
            ("WS2.2", "Reduce the number of maternity complaint responses over 40 working days to zero.", "Divisional Director of Nursing and Midwifery", "31/01/2026", "Red", "Backlog now 23 (from 31). Two complaints investigators seconded from October; trajectory shared with the Division.", ["Divisional Director of Nursing and Midwifery"], "2026-01", None, "red"),
        ]),
        ("Workstream 3: Fetal monitoring and escalation", [
            ("WS3.1", "Appoint a fetal monitoring lead midwife and obstetrician at each site with protected time in job plans.", "Clinical Director for Obstetrics", "Sept 2025", "Complete", "Both leads in post at each site with 0.4 WTE protected time.", ["Clinical Director for Obstetrics"], "2025-09", None, "blue"),
            ("WS3.2", "Audit CTG reviews against the 'fresh eyes' standard every month and report to the Maternity Governance Group.", "Fetal Monitoring Midwife", "Monthly", "On track", "August audit 96%; September 97%.", ["Fetal Monitoring Midwife"], None, "Monthly", "green"),
            ("WS3.3", "Introduce computerised CTG on the Antenatal Day Unit at Royal Derby Hospital.", "JM & RH", "End of March 2026", "Not started", "Business case approved in September; equipment on order.", ["JM", "RH"], "2026-03", None, "unrated"),
        ]),
    ]
    colour = {"On track": "00B050", "Complete": "0070C0", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}
    doc = Document(); landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    doc.add_heading("UHDB Maternity and Neonatal Improvement Programme – Highlight Report", level=0)
    t = doc.add_table(rows=2, cols=4); t.style = "Table Grid"
    hdr_row(t, ["Reporting period", "Report to", "Senior Responsible Officer", "Overall programme RAG"])
    for c, x in zip(t.rows[1].cells, ["September 2025", "Quality Committee, 21 October 2025", "Chief Nurse", "Amber"]): c.text = x
    shade(t.rows[1].cells[3], "FFC000")
    doc.add_paragraph()
    doc.add_heading("Summary", level=1)
    doc.add_paragraph("Good progress has been made on recruitment and on the fetal monitoring leads, and both are now complete. The main concern this period is the maternity complaints backlog, which remains above trajectory; PROMPT training compliance is also below target at Queen's Hospital Burton. Actions for each workstream are set out below.")
    exp = []
    for head, acts in ws_:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        hdr_row(t, ["Ref", "Action", "Owner", "Due", "Status", "Update"])
        for a in acts:
            cs = t.add_row().cells
            for c, x in zip(cs, [a[0], a[1], a[2], a[3], a[4], a[5]]): c.text = x
            if a[4] != "Not started": shade(cs[4], colour[a[4]])
            exp.append(dict(ref=a[0], under=[head], action=a[1], lead=a[6], end=a[7], end_text=a[8], status=a[9]))
        doc.add_paragraph()
    doc.add_heading("Decisions required from the Committee", level=1)
    doc.add_paragraph("None this period. The Committee is asked to note the report.")
    p = doc.add_paragraph(); p.add_run("Status key: ").bold = True
    p.add_run("Complete – delivered; On track – expected by the due date; Amber – at risk of missing the due date; Red – due date will be missed; Not started.")
    doc.save(os.path.join(OUT, name))
    EXPECT[name] = dict(
        source="Modelled on NHS trust maternity improvement programme highlight reports to Quality Committee/Board (e.g. University Hospitals of Derby and Burton and other trusts' 'Maternity Improvement Programme highlight report' papers, 2024-25). Copied: report title, a summary box (period, committee, SRO, overall RAG), a narrative summary, one heading and table per workstream with Ref / Action / Owner / Due / Status / Update, status words in shaded cells, a 'decisions required' section and a status key paragraph. Invented content.",
        reads="A highlight report whose plan is three workstream tables of eight actions (WS1.1 to WS3.3), each with an owner, a due date written in several ways (month, Q3 2025/26, a day date, 'Monthly', 'End of March 2026') and a status word. The summary box at the top is report metadata, not an action.",
        outcome="read", title="UHDB Maternity and Neonatal Improvement Programme – Highlight Report", actions=exp)


# ---------------------------------------------------------------- 7 strategic risk register xlsx
def eastlindsey():
    name = "at2-east-lindsey-dc-strategic-risk-register-q2-2025-26.xlsx"
    risks = [
        ("SR1 Financial sustainability – failure to deliver a balanced budget over the medium term", [
            ("SR1.1", "Deliver the 2026/27 budget savings programme agreed by the Executive Board.", "Section 151 Officer", D(2026, 2, 28), None, "Savings of £1.2m identified against the £1.5m target; remaining proposals to be brought to the December Executive Board.", "G", ["Section 151 Officer"], "2026-02", None, "green"),
            ("SR1.2", "Review fees and charges against neighbouring councils and the cost of providing each service.", "Assistant Director – Finance", D(2025, 9, 30), D(2025, 12, 31), "Benchmarking complete. Recommendations delayed to align with the budget timetable.", "A", ["Assistant Director – Finance"], "2025-12", None, "amber"),
        ]),
        ("SR2 Cyber security – loss of systems or data through a cyber attack", [
            ("SR2.1", "Complete the PSN compliance health check and remediate any critical findings.", "ICT Manager (PSP)", D(2025, 8, 31), None, "Health check completed in July; both critical findings remediated in August.", "B", ["ICT Manager (PSP)"], "2025-08", None, "blue"),
            ("SR2.2", "Run a cyber incident exercise with the Corporate Leadership Team.", "Head of ICT / Emergency Planning Officer", D(2025, 11, 30), None, "Exercise scenario drafted with the Local Resilience Forum; date set for 20 November.", "G", ["Head of ICT", "Emergency Planning Officer"], "2025-11", None, "green"),
            ("SR2.3", "Deliver mandatory cyber awareness training to all staff and members.", "Head of ICT", "Annual", None, "Staff completion 91%; member sessions arranged for October.", "G", ["Head of ICT"], None, "Annual", "green"),
        ]),
        ("SR3 Partnership – the South and East Lincolnshire Councils Partnership does not deliver the expected benefits", [
            ("SR3.1", "Agree the refreshed Partnership business plan and savings targets with the three councils.", "Deputy Chief Executive (Programme Delivery)", D(2025, 7, 31), None, "Business plan approved by all three councils in July 2025.", "B", ["Deputy Chief Executive (Programme Delivery)"], "2025-07", None, "blue"),
            ("SR3.2", "Bring the options for a shared waste service to the Partnership Joint Committee.", "Assistant Director – Waste and Street Scene", D(2026, 1, 31), None, "Review paused pending the national Simpler Recycling guidance; a revised timetable is to be agreed.", "R", ["Assistant Director – Waste and Street Scene"], "2026-01", None, "red"),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q2"
    ws["A1"] = "East Lindsey District Council – Strategic Risk Register"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (July – September 2025). Reported to the Audit and Governance Committee, 19 November 2025."
    heads = ["Ref", "Mitigating action", "Action owner", "Target date", "Revised date", "Progress this quarter", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E78"); c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 5; exp = []
    for head, acts in risks:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill("D9D9D9")
        r += 1
        for a in acts:
            for i, v in enumerate(a[:6], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7); c.fill = fill(FILL[a[6]]); c.border = BOX
            exp.append(dict(ref=a[0], under=[head], action=a[1], lead=a[7], end=a[8], end_text=a[9], status=a[10]))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for j, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Behind schedule – revised date set"), ("R", "Off track")]):
        ws.cell(row=r + 1 + j, column=1).fill = fill(FILL[k]); ws.cell(row=r + 1 + j, column=2, value=t)
    for col, w in zip("ABCDEFG", [8, 55, 32, 12, 12, 55, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    EXPECT[name] = dict(
        source="Modelled on district council strategic risk registers reported quarterly to audit committees (e.g. the South and East Lincolnshire Councils Partnership / East Lindsey DC Strategic Risk Register, and Reading BC's SRR whose actions carry a target date and status, https://democracy.reading.gov.uk/mgAi.aspx?ID=13423, 2024-25). Copied: title and quarter line, each risk as a merged grey band row over its numbered mitigating actions, columns Action owner / Target date (Excel dates shown mmm-yy) / Revised date / Progress this quarter / Status, status shown only by cell colour with a colour key underneath. Invented content.",
        reads="A strategic risk register showing three risks, each a grey band over two or three mitigating actions (SR1.1 to SR3.2). Each action has an owner post, a target date (one revised, one 'Annual'), a progress note and a status cell coloured blue, green, amber or red as explained in the key.",
        outcome="read", title="East Lindsey District Council – Strategic Risk Register", actions=exp)


# ---------------------------------------------------------------- yaml
def q(s):
    return "null" if s is None else json.dumps(s, ensure_ascii=False)


def write_yaml(name, e):
    L = ["source: >-", "  " + e["source"], "reads: >-", "  " + e["reads"], "outcome: " + e["outcome"], "accept_refusal: false"]
    if e.get("refuse_at"): L.append("refuse_at: %d" % e["refuse_at"])
    if e.get("title"): L.append("title: " + q(e["title"]))
    if e["actions"]:
        L.append("actions:")
        for a in e["actions"]:
            L.append("  - ref: " + q(a["ref"]))
            L.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            L.append("    action: " + q(a["action"]))
            L.append("    lead: [" + ", ".join(q(u) for u in a["lead"]) + "]")
            L.append("    end: " + q(a["end"]))
            if a["end_text"]: L.append("    end_text: " + q(a["end_text"]))
            L.append("    status: " + a["status"])
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    for fn in (mytt, ddsab, rdash, norfolk, nottingham, uhdb, eastlindsey):
        fn()
    if "--yaml" in sys.argv:
        for n, e in EXPECT.items():
            write_yaml(n, e)
    print("\n".join(sorted(EXPECT)))
