"""Generator for the x2- cases of heldout33 (blind corpus). Run with /work/main/.venv/bin/python.

Seven adult / corporate improvement plans imitating published layouts:
  x2-durham-asc-cqc-service-improvement-plan.xlsx
  x2-blackpool-sab-sar-adult-v-action-plan.docx
  x2-cardiff-csp-dhr-action-plan.txt
  x2-east-suffolk-housing-rsh-improvement-plan.csv      (data error: refuse)
  x2-scottish-borders-ia-recommendations.xlsx
  x2-shropshire-fire-hmicfrs-tracker.xlsx
  x2-north-northants-cpc-action-plan.docx
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def out(name):
    return os.path.join(HERE, name)


# =============================================================== 1. Durham ASC CQC service improvement plan
def durham():
    wb = Workbook()
    ws = wb.active
    ws.title = "SIP 2024-26"
    widths = {"A": 6, "B": 36, "C": 52, "D": 28, "E": 13, "F": 13, "G": 12, "H": 58}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Durham County Council – Adult Social Care Service Improvement Plan 2024–26"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the areas for development in the CQC Local Authority Assessment report (published "
                "August 2024, overall rating: Good). Progress position at 30 September 2025 (end of Q2 2025/26).")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:H2")
    ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Area for development", "Action", "Lead officer", "Target date", "Revised date", "RAG",
           "Progress update (Q2 2025/26)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    ws.freeze_panes = "A5"

    def theme(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True, size=11)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")

    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def act(r, ref, action, lead, target, tfmt, revised, rag, update):
        vals = [ref, None, action, lead, target, revised, rag, update]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if tfmt:
            ws.cell(row=r, column=5).number_format = tfmt
        if isinstance(revised, dt.datetime):
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        if rag in ragfill:
            ws.cell(row=r, column=7).fill = fill(ragfill[rag])
            if rag in ("Complete", "Red"):
                ws.cell(row=r, column=7).font = Font(color="FFFFFF", bold=True)

    def afd(r1, r2, text):
        ws.cell(row=r1, column=2, value=text).alignment = WRAP
        for r in range(r1, r2 + 1):
            ws.cell(row=r, column=2).border = BORDER
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    theme(5, "Theme 1: Working with people")
    act(6, "1.1", "Introduce waiting-list triage and a 'waiting well' contact for everyone awaiting a Care Act "
        "assessment, with a monthly waiting list report to the Adult Social Care Leadership Team.",
        "Head of Adult Care", D(2025, 3, 31), "dd/mm/yyyy", None, "Complete",
        "Triage in place in all locality teams since February 2025. Waiting list down from 412 to 187; monthly "
        "report now standing item at ASC Leadership Team.")
    act(7, "1.2", "Recruit two additional Approved Mental Health Professionals and review the mental health social "
        "work pathway with Tees, Esk and Wear Valleys NHS Foundation Trust.",
        "Strategic Manager (Mental Health) / TEWV Locality Manager", D(2025, 9, 1), "mmm-yy", None, "Amber",
        "One AMHP appointed in July; second post re-advertised. Pathway review workshops held in June and August.")
    act(8, "1.3", "Refresh the Carers Strategy with Durham County Carers Support and increase the number of carers' "
        "assessments completed.",
        "Strategic Commissioning Manager", "March 2026", None, None, "Green",
        "Draft strategy co-produced with carers' reference group; consultation closes November 2025.")
    afd(6, 8, "Assessing needs: reduce waiting times for Care Act assessments, including mental health social work "
        "assessments, and improve support for unpaid carers.")
    act(9, "1.4", "Complete an inequalities analysis of adult social care data (access, waiting times and outcomes by "
        "protected characteristic) and publish the findings.",
        "Performance and Intelligence Manager", "Q4 2024/25", None, None, "Complete",
        "Analysis reported to Adults, Wellbeing and Health Overview and Scrutiny Committee in March 2025 and "
        "published on the council website.")
    act(10, "1.5", "Agree equality, diversity and inclusion objectives for adult social care and embed them in team "
        "plans.",
        "Head of Adult Care", D(2025, 6, 30), "dd/mm/yyyy", D(2025, 12, 31), "Amber",
        "Objectives drafted; engagement with LGBTQ+ and Gypsy, Roma and Traveller community groups extended to "
        "October so the revised date has been agreed.")
    act(11, "1.6", "Make information and advice more inclusive and easier to access: review the Durham Care and "
        "Support website and leaflets with people with lived experience, including Easy Read and community "
        "language versions.",
        "Customer Services Manager; Co-production Lead", D(2025, 12, 1), "mmm-yy", None, "Green",
        "Website review 60% complete with the Lived Experience Panel; Easy Read versions of the top ten "
        "leaflets commissioned.")
    afd(9, 11, "Equity in experience and outcomes: better understand and respond to the needs of people whose "
        "identity and characteristics differ, including LGBTQ+ people and Gypsy, Roma and Traveller communities.")

    theme(12, "Theme 2: Providing support")
    act(13, "2.1", "Commission a flexible respite framework covering emergency and planned short breaks, including "
        "breaks provided in the person's own home.",
        "Strategic Commissioning Manager", D(2025, 3, 31), "dd/mm/yyyy", D(2025, 9, 30), "Red",
        "Tender returned no compliant bids for Lot 2 (rural west Durham). Options paper to Corporate Management "
        "Team in October; re-tender likely.")
    act(14, "2.2", "Increase support for people at risk of homelessness through a joint housing and adult social "
        "care protocol and a named link worker in each locality.",
        "Housing Solutions Manager", "Ongoing", None, None, "Green",
        "Protocol signed off in May 2025; link workers in place in four of five localities.")
    afd(13, 14, "Care provision, integration and continuity: flexible respite is hard to source, particularly in "
        "rural areas, and some people at risk of homelessness wait too long for support.")

    theme(15, "Theme 3: Ensuring safety")
    act(16, "3.1", "Introduce a safeguarding quality assurance audit programme and report the findings quarterly to "
        "the Safeguarding Adults Partnership.",
        "Safeguarding Adults Manager", "Quarterly", None, None, "Green",
        "Q1 and Q2 audits complete (48 cases). Findings on Making Safeguarding Personal shared at practice forum.")
    act(17, "3.2", "Reduce the number of Section 42 enquiries awaiting allocation to fewer than 20.",
        "Principal Social Worker", D(2024, 12, 31), "dd/mm/yyyy", None, "Complete",
        "Achieved in December 2024 and sustained since (14 at end of September).")
    afd(16, 17, "Safeguarding: improve the timeliness of safeguarding enquiries and the consistency of Making "
        "Safeguarding Personal.")
    act(18, "3.3", "Re-commission the independent advocacy service with a response standard of five working days.",
        "Strategic Commissioning Manager", D(2026, 4, 1), "mmm-yy", None, "Not started",
        "Current contract extended to March 2026; procurement to begin in January.")
    afd(18, 18, "Safe systems: people do not always get timely access to independent advocacy.")

    theme(19, "Theme 4: Leadership")
    act(20, "4.1", "Establish a Lived Experience Panel to co-produce, and review every six months, this improvement "
        "plan.",
        "Co-production Lead", D(2025, 1, 1), "mmm-yy", None, "Complete",
        "Panel of 14 members meeting monthly since January 2025; first six-monthly review held in July.")
    afd(20, 20, "Learning, improvement and innovation: make more systematic use of feedback from people and carers "
        "to shape improvement.")

    ws["A22"] = "RAG key"
    ws["A22"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action complete"), ("Green", GREEN, "On track to meet target date"),
           ("Amber", AMBER, "Some slippage – revised date agreed or at risk"),
           ("Red", RED, "Off track – escalated to ASC Leadership Team"), ("Not started", None, "Not yet due to start")]
    for i, (w, col, txt) in enumerate(key):
        r = 23 + i
        ws.cell(row=r, column=2, value=w)
        if col:
            ws.cell(row=r, column=2).fill = fill(col)
        ws.cell(row=r, column=3, value=txt)
    ws.page_setup.orientation = "landscape"
    wb.save(out("x2-durham-asc-cqc-service-improvement-plan.xlsx"))


# =============================================================== docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# =============================================================== 2. Blackpool SAB SAR Adult V
def blackpool():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Blackpool Safeguarding Adults Board – Safeguarding Adult Review 'Adult V': Action Plan", level=1)

    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        set_text(vt.rows[0].cells[i], h, bold=True)
        shade(vt.rows[0].cells[i], GREY)
    for v in [("0.1", "12/04/2023", "SAR Sub-group", "First draft following publication of overview report"),
              ("1.0", "23/05/2023", "BSAB Business Manager", "Approved by the Board"),
              ("1.3", "31/01/2024", "BSAB Business Manager", "Progress updates from partner agencies")]:
        cells = vt.add_row().cells
        for i, t in enumerate(v):
            set_text(cells[i], t)

    doc.add_paragraph()
    doc.add_paragraph(
        "Adult V was a 58-year-old man who lived alone in Blackpool. He misused alcohol, had several long-term "
        "health conditions and often declined offers of care and support. He died at home in 2021. The overview "
        "report, published on 4 April 2023, made five recommendations. This action plan is monitored by the SAR "
        "Sub-group and reported to the Board; progress is shown at 31 January 2024.")

    hdr = ["Ref", "Recommendation", "Action", "Lead agency / officer", "Timescale", "Progress update", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F4E79")
    repeat_header(t.rows[0])

    ragcol = {"G": GREEN, "A": AMBER, "R": RED, None: None}
    recs = [
        ("1. The Board should seek assurance that partner agencies understand and apply the Pan-Lancashire "
         "Self-Neglect Framework, including convening multi-agency risk management meetings when a person "
         "repeatedly declines care and support.", [
             ("1.1", "Re-launch the Self-Neglect Framework with a 7-minute briefing and a practitioner webinar.",
              "BSAB Business Manager", "June 2023",
              "Webinar held 14/06/23 (112 attendees). Briefing published on the partnership website.", "G"),
             ("1.2", "Carry out a multi-agency audit of 20 self-neglect cases to test whether risk management "
              "meetings were considered and held.",
              "Chair of the Quality Assurance Sub-group", "March 2024",
              "Audit tool agreed; 14 of 20 cases reviewed. Findings report due to the Board in April.", "A"),
         ]),
        ("2. Blackpool Teaching Hospitals NHS Foundation Trust should review how the discharge of patients who "
         "self-neglect and misuse alcohol is planned, so that community services are informed before discharge.", [
             ("2.1", "Amend the discharge policy to require a referral to the Integrated Discharge Team for any "
              "patient with a self-neglect concern.",
              "Head of Safeguarding (BTH)", "30/09/2023",
              "Revised policy ratified by the Trust Policy Group on 21/09/23.", "G"),
             ("2.2", "Add a self-neglect alert to the electronic patient record that is visible to ward and "
              "emergency department staff.",
              "Head of Safeguarding (BTH) / Digital Services Lead (BTH)", "Jan 2024",
              "Delayed by the EPR upgrade. Escalated to the Trust Safeguarding Committee.", "R"),
         ]),
        ("3. Blackpool Council Adult Social Care should ensure that mental capacity assessments consider executive "
         "functioning where a person's decisions and their actions do not match.", [
             ("3.1", "Deliver executive functioning training to all adult social work teams.",
              "Principal Social Worker", "Oct-23",
              "Six sessions delivered; 87% of social workers attended.", "G"),
             ("3.2", "Update the mental capacity assessment template to include a prompt on executive functioning.",
              "Principal Social Worker", "Q4 2023/24",
              "Draft template being tested in two teams.", "A"),
         ]),
        ("4. Lancashire Constabulary and Blackpool Council should review how welfare concerns raised by neighbours "
         "are shared, so that repeated calls about the same adult are recognised as a pattern.", [
             ("4.1", "Introduce a repeat-caller flag for welfare concerns and share flagged cases with the Adult "
              "Social Care front door each week.",
              "Lancashire Constabulary PPU Inspector", "March 2024",
              "Flag created on the command and control system; weekly sharing to start in February.", "A"),
             ("4.2", "Agree an information-sharing protocol for welfare concerns between the Police, Blackpool "
              "Coastal Housing and Adult Social Care.",
              "Head of Safeguarding Adults (Blackpool Council)", "TBC",
              "Not yet progressed; lead post vacant until December 2023.", "R"),
         ]),
        ("5. The Board should share the learning from this review across the partnership and evaluate its "
         "impact.", [
             ("5.1", "Publish a learning brief and hold two 'learning from SARs' events.",
              "BSAB Business Manager", "July 2023",
              "Learning brief published 04/04/23; events held 18 May and 6 July 2023.", "G"),
             ("5.2", "Re-audit practice after 12 months to evaluate the impact of the actions in this plan.",
              "SAR Sub-group", "April 2024",
              "Not yet due.", None),
         ]),
    ]
    for rec, acts in recs:
        first = None
        for ref, action, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            set_text(cells[0], ref)
            set_text(cells[2], action)
            set_text(cells[3], lead)
            set_text(cells[4], when)
            set_text(cells[5], prog)
            set_text(cells[6], "")
            if ragcol[rag]:
                shade(cells[6], ragcol[rag])
            if first is None:
                first = cells[1]
                set_text(first, rec)
            else:
                set_text(cells[1], "")
                first.merge(cells[1])
                set_text(first, rec)
    widths = [Cm(1.2), Cm(6.5), Cm(6.0), Cm(3.6), Cm(2.2), Cm(5.2), Cm(1.3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = doc.add_table(rows=3, cols=2)
    kt.style = "Table Grid"
    for i, (col, txt) in enumerate([(RED, "Not progressed or overdue"),
                                     (AMBER, "In progress, within timescale"),
                                     (GREEN, "Completed and evidenced")]):
        set_text(kt.rows[i].cells[0], "")
        shade(kt.rows[i].cells[0], col)
        set_text(kt.rows[i].cells[1], txt)
    doc.save(out("x2-blackpool-sab-sar-adult-v-action-plan.docx"))


# =============================================================== 3. Cardiff CSP DHR action plan (tab text)
def cardiff():
    L = []
    L.append("Cardiff Community Safety Partnership – Domestic Homicide Review (published September 2023): Action Plan")
    L.append("Progress at 30 June 2024")
    L.append("")
    L.append("\t".join(["Recommendation No.", "Recommendation", "Scope of recommendation", "Action to take",
                        "Lead agency", "Key milestones achieved", "Target date", "Date of completion and outcome",
                        "Status"]))
    L.append("Overview Report recommendations")
    rows = [
        ("17.1", "Cardiff Community Safety Partnership should receive assurance from all agencies that the learning "
         "in relation to use and recording of different names in this review has been disseminated to and "
         "understood by staff.", "Local",
         "Each agency to confirm in writing that the learning brief on recording alternative names and spellings "
         "has been shared with frontline staff, with evidence of briefing attendance.",
         "Cardiff CSP", "Learning brief issued October 2023; returns received from 9 of 11 agencies.",
         "31/03/2024", "", "Amber"),
        ("17.2", "Cardiff Community Safety Partnership should review and if necessary, enhance the information and "
         "support available to its diverse communities to promote healthy relationships and deny abusers the cover "
         "of cultural acceptance.", "Local",
         "Commission specialist 'by and for' organisations to deliver healthy relationships sessions in community "
         "languages.",
         "Cardiff Council VAWDASV Team", "Two providers commissioned; first sessions held in May.",
         "Sept 2024", "", "On track"),
        ("17.3", "Cardiff Community Safety Partnership should receive assurance from all agencies that family members "
         "are not used as interpreters as this prevents the disclosure of domestic abuse.", "Local",
         "Audit agency interpreting policies against the all-Wales standard and report any exceptions to the CSP "
         "Board.",
         "Cardiff and Vale UHB / South Wales Police", "Policy audit completed.",
         "Dec-23", "19/12/2023 – all policies compliant; reminder issued to staff.", "Complete"),
        ("17.4", "Cardiff Community Safety Partnership and its partners to consider the need for face to face victim "
         "engagement when requiring translation services.", "Regional",
         "Agree a protocol with the Wales Interpretation and Translation Service for face-to-face interpreters "
         "when a DASH risk assessment is completed.",
         "South Wales Police", "Protocol agreed with WITS.",
         "Q4 2023/24", "March 2024 – protocol in force.", "Complete"),
        ("17.5", "Agencies should ensure that routine enquiry about domestic abuse is made when a person presents "
         "with injuries, including in primary care.", "Local",
         "Roll out IRIS training to the GP practices in the two Cardiff clusters not yet trained.",
         "Cardiff and Vale UHB Primary Care", "11 of 19 practices trained.",
         "March 2025", "", "On track"),
        ("17.6", "Cardiff Community Safety Partnership should seek assurance that young people who are not in school "
         "are able to access information and support about domestic abuse.", "Local",
         "Deliver a healthy relationships programme with Cardiff Youth Service to young people educated other than "
         "at school.",
         "Cardiff Youth Service", "Programme adapted; pilot group started in June.",
         "July 2024", "", "On track"),
        ("17.7", "The learning from this review should be shared with Welsh Government and the Home Office to inform "
         "the national response to abuse affecting people with insecure immigration status.", "National",
         "CSP Chair to write to the Welsh Government VAWDASV National Advisers and the Home Office setting out the "
         "learning.",
         "CSP Chair", "", "TBC", "", "Not started"),
    ]
    for r in rows:
        L.append("\t".join(r))
    L.append("Single agency recommendations")
    rows2 = [
        ("SWP1", "South Wales Police to ensure that historic domestic abuse records held under different spellings of "
         "a name are linked on Niche.", "Single agency",
         "Run a data quality exercise to identify and merge duplicate nominal records linked to domestic abuse "
         "occurrences.",
         "South Wales Police", "Exercise scoped; 2,300 possible duplicates identified.",
         "30/06/2024", "", "Amber"),
        ("CAV1", "Cardiff and Vale University Health Board to strengthen the recording of who accompanies a patient "
         "to appointments.", "Single agency",
         "Add a mandatory 'accompanied by' field to outpatient and emergency department records.",
         "Cardiff and Vale UHB", "Change request approved by Digital Health.",
         "Oct 2024", "", "Green"),
    ]
    for r in rows2:
        L.append("\t".join(r))
    L.append("")
    L.append("Status key: Complete; On track / Green; Amber = some slippage; Red = off track; Not started")
    with open(out("x2-cardiff-csp-dhr-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# =============================================================== 4. East Suffolk housing (CSV, refuse)
def east_suffolk():
    n = 8
    rows = [
        ["East Suffolk Council - Housing Improvement Plan (Regulator of Social Housing C3 judgement, July 2025)"]
        + [""] * (n - 1),
        ["Progress at 30 September 2025 - Housing Performance Board"] + [""] * (n - 1),
        [""] * n,
        ["Workstream", "Ref", "Issue identified", "Action", "Owner", "Due date", "Status", "Update"],
        ["Stock condition", "SC1", "Around 50% of homes do not meet the Decent Homes Standard",
         "Complete stock condition surveys of 100% of homes", "Head of Housing Assets", "31/03/2026", "On track",
         "82% of homes surveyed at end of September"],
        ["Stock condition", "SC2", "", "Produce a costed five-year Decent Homes programme from the survey results",
         "Head of Housing Assets", "Dec-25", "On track", "Costing model agreed with consultants"],
        ["Stock condition", "SC3", "",
         "Revise the HRA 30-year business plan to reflect the investment need", "Chief Finance Officer",
         "Febuary 2026", "Not started", "To follow the costed programme"],
        ["Damp and mould", "DM1", "Resolution of damp and mould cases is not fully tracked",
         "Set up a damp and mould case tracker in the housing management system with timescales by risk category",
         "Repairs Manager", "31/10/2025", "Green", "Tracker live in test; 146 open cases loaded"],
        ["Damp and mould", "DM2", "",
         "Inspect proactively every home with two or more damp and mould reports in the last 24 months",
         "Repairs Manager", "Ongoing", "Green", "212 inspections completed since April"],
        ["Damp and mould", "DM3", "", "Update the Damp and Mould Policy and response times for Awaab's Law",
         "Housing Policy Officer", "30/09/2025", "Complete", "Policy approved by Cabinet 2 September 2025"],
        ["Hazards", "HZ1", "HHSRS hazards found in surveys are not tracked to resolution",
         "Log every Category 1 and 2 hazard as a repair with a target date and report weekly",
         "Compliance Manager", "Weekly", "Amber", "Backlog of 320 hazards being loaded"],
        ["Hazards", "HZ2", "", "Train surveyors and repairs supervisors in HHSRS assessment",
         "Compliance Manager", "Jan-26", "Amber", "First cohort booked for November"],
        ["Tenant engagement", "TE1", "Tenants need to be told about the judgement and the plan",
         "Write to all tenants and hold tenant panel sessions on the improvement plan",
         "Tenant Engagement Manager", "Aug-25", "Complete", "Letters sent 8 August; three sessions held"],
        ["Governance", "GV1", "Members need assurance on progress",
         "Report progress monthly to the Cabinet Member for Housing and to the Regulator",
         "Head of Housing", "Monthly", "Green", ""],
        [""] * n,
        ["Status key: Complete / Green (On track) / Amber (at risk) / Red (off track) / Not started"] + [""] * (n - 1),
    ]
    with open(out("x2-east-suffolk-housing-rsh-improvement-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =============================================================== 5. Scottish Borders internal audit recs
def scottish_borders():
    wb = Workbook()
    ws = wb.active
    ws.title = "Appendix 1"
    widths = {"A": 7, "B": 44, "C": 9, "D": 48, "E": 26, "F": 13, "G": 13, "H": 11, "I": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Appendix 1 – Internal Audit Recommendations Not Yet Fully Implemented"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Scottish Borders Council | Audit Committee 24 November 2025 | Position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Rec No.", "Recommendation", "Rating", "Management action agreed", "Responsible owner",
           "Original target date", "Revised target date", "Status", "Management comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BORDER

    stfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def audit(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("F2F2F2")

    def rec(r, no, recommendation, rating, action, owner, orig, ofmt, rev, status, comment):
        vals = [no, recommendation, rating, action, owner, orig, rev, status, comment]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if ofmt:
            ws.cell(row=r, column=6).number_format = ofmt
        if isinstance(rev, dt.datetime):
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = fill(stfill[status])

    audit(5, "Business Continuity Framework (final report issued March 2022)")
    rec(6, 1, "Business Impact Analyses should be refreshed for all critical services and approved by the relevant "
        "Director.", "Medium",
        "Service BIAs to be refreshed using the revised template and approved at Directorate Management Teams.",
        "Emergency Planning Officer", D(2023, 3, 31), "dd/mm/yyyy", D(2025, 12, 31), "Amber",
        "21 of 26 critical service BIAs approved. The remaining five sit with Infrastructure & Environment.")
    rec(7, 2, "A programme of business continuity exercises should be established, with lessons learned reported to "
        "the Corporate Management Team.", "Medium",
        "Agree an annual exercise programme and report lessons learned to CMT after each exercise.",
        "Emergency Planning Officer / Director Resilient Communities", D(2023, 9, 30), "dd/mm/yyyy",
        D(2025, 6, 30), "Complete",
        "Exercise programme approved; first exercise held May 2025 and lessons reported to CMT in June. Evidence "
        "seen by Internal Audit.")
    audit(8, "Learning Disability Service – Financial Management (final report issued March 2021)")
    rec(9, 1, "Budget monitoring for learning disability care packages should be reconciled monthly between the "
        "service and Finance.", "High",
        "Introduce a monthly reconciliation of care package commitments recorded in Mosaic to the ledger, signed "
        "off by the Service Manager and the Finance Business Partner.",
        "Service Manager LD; Finance Business Partner", D(2021, 12, 31), "dd/mm/yyyy", D(2026, 3, 31), "Red",
        "Dependent on the Mosaic finance module, whose go-live has moved to February 2026. Interim spreadsheet "
        "reconciliation in place.")
    audit(10, "Business World ERP – Key Controls (2024/25)")
    rec(11, 1, "User access rights should be reviewed at least annually and leavers' access removed promptly.",
        "Medium",
        "Use the monthly HR leavers report to remove Business World access within five working days, and review "
        "privileged access annually.",
        "ERP Systems Manager", D(2025, 9, 1), "mmm-yy", None, "Green",
        "Leavers process in place from August. Annual privileged access review scheduled for November.")
    rec(12, 2, "Changes to supplier bank details should be independently verified before they are processed.",
        "High",
        "Introduce call-back verification to a known contact for every change of supplier bank details.",
        "Exchequer Manager", D(2025, 6, 30), "dd/mm/yyyy", None, "Complete",
        "Call-back procedure in operation since May 2025; tested by Internal Audit in September.")
    audit(13, "Information Governance (2024/25)")
    rec(14, 1, "The Information Asset Register should be completed and kept up to date by Information Asset Owners.",
        "Medium",
        "Information Asset Owners to complete and review their entries annually, with completion monitored by the "
        "Information Governance Group.",
        "Information Governance Lead", D(2025, 3, 31), "dd/mm/yyyy", D(2026, 1, 31), "Amber",
        "78% of assets now recorded. Revised date agreed with Chief Officer Audit & Risk.")
    rec(15, 2, "Completion of mandatory data protection training should be monitored and reported.", "Low",
        "Report monthly training completion to Directors, with a target of 95%.",
        "Information Governance Lead", D(2025, 12, 31), "dd/mm/yyyy", None, "Green",
        "Monthly reporting started in October; current completion 88%.")
    audit(16, "Corporate Debt Recovery (2025/26)")
    rec(17, 1, "Write-offs should be approved in line with Financial Regulations and reported to the Executive.",
        "Medium",
        "Report write-offs above £5,000 to Executive in the quarterly revenue monitoring report.",
        "Chief Financial Officer", "Q3 2025/26", None, None, "Green",
        "First report to be included in the Q3 monitoring report to Executive in February.")

    ws["A19"] = "Status: Complete = implemented and evidenced to Internal Audit; Green = on track to meet target date; " \
                "Amber = revised date agreed or at risk; Red = overdue."
    ws["A19"].font = Font(italic=True, size=9)
    ws.merge_cells("A19:I19")
    ws["A21"] = "Summary"
    ws["A21"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 1), ("Total", 8)]):
        ws.cell(row=22 + i, column=2, value=k)
        ws.cell(row=22 + i, column=3, value=v)
    wb.save(out("x2-scottish-borders-ia-recommendations.xlsx"))


# =============================================================== 6. Shropshire FRS HMICFRS tracker
def shropshire():
    wb = Workbook()
    title = "Shropshire Fire and Rescue Service – HMICFRS Improvement Plan 2024–26"
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A3"] = "Summary of progress at 30 September 2025"
    sm["A3"].font = Font(bold=True)
    sh = ["Inspection area", "Grade (2024)", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for i, h in enumerate(sh, 1):
        c = sm.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BORDER
    summ = [("Making best use of resources", "Inadequate", 4, 2, 1, 1, 0, 0),
            ("Promoting the right values and culture", "Requires improvement", 2, 1, 0, 1, 0, 0),
            ("Ensuring fairness and promoting diversity", "Requires improvement", 1, 0, 0, 0, 1, 0),
            ("Protecting the public through fire regulation", "Requires improvement", 2, 0, 2, 0, 0, 0),
            ("Managing performance and developing leaders", "Requires improvement", 1, 0, 0, 0, 0, 1),
            ("Total", "", 10, 3, 3, 2, 1, 1)]
    for j, row in enumerate(summ):
        for i, v in enumerate(row, 1):
            c = sm.cell(row=5 + j, column=i, value=v)
            c.border = BORDER
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 22

    ws = wb.create_sheet("Action Tracker")
    widths = {"A": 8, "B": 24, "C": 44, "D": 50, "E": 28, "F": 12, "G": 12, "H": 9, "I": 9, "J": 52}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Action tracker – position at 30 September 2025 (report to Standards, Audit and Performance Committee)"
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Inspection area", "Cause of concern / area for improvement", "Action", "Action owner",
           "Target date", "Revised target date", "Previous RAG", "Current RAG", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BORDER
    ws.freeze_panes = "D5"
    lf = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def act(r, ref, action, owner, target, tfmt, revised, prev, cur, update):
        vals = [ref, None, None, action, owner, target, revised, prev, cur, update]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if tfmt:
            ws.cell(row=r, column=6).number_format = tfmt
        if isinstance(revised, dt.datetime):
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        for col, v in ((8, prev), (9, cur)):
            if v:
                ws.cell(row=r, column=col).fill = fill(lf[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")

    def merged(col, r1, r2, text):
        ws.cell(row=r1, column=col, value=text).alignment = WRAP
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)

    act(5, "CC1.1", "Establish a Capital Programme Board with Fire Authority member representation and publish the "
        "funding source of each capital scheme.",
        "Treasurer / Head of Finance", D(2025, 3, 31), "dd/mm/yyyy", D(2025, 6, 30), "A", "B",
        "Board met for the first time in May 2025. Capital strategy with funding sources approved by the Fire "
        "Authority in June.")
    act(6, "CC1.2", "Introduce a corporate performance framework with quarterly performance reports to the Standards, "
        "Audit and Performance Committee.",
        "Area Manager – Service Improvement", "Q2 2025/26", None, None, "A", "G",
        "Framework approved; first quarterly report presented in September.")
    act(7, "CC1.3", "Commission an independent review of financial governance and implement its recommendations.",
        "Chief Fire Officer", D(2024, 12, 1), "mmm-yy", None, "G", "B",
        "Review by a neighbouring authority's s151 officer completed in December 2024; all six recommendations "
        "implemented.")
    act(8, "AFI1.1", "Review the corporate risk register monthly at Service Leadership Team and record mitigating "
        "actions with owners and dates.",
        "Risk and Assurance Manager", "Monthly", None, None, "R", "A",
        "Monthly review in place since July; mitigating actions not yet recorded for all risks.")
    merged(2, 5, 8, "Making best use of resources")
    merged(3, 5, 7, "Cause of concern: The service doesn't have effective arrangements for scrutinising financial "
           "decisions, making the funding of capital projects transparent, or managing performance.")
    merged(3, 8, 8, "The service should make sure the corporate risk register is actively used to mitigate and "
           "manage known risks.")
    act(9, "AFI2.1", "Deliver a values and behaviours programme to every wholetime watch and on-call station, led by "
        "members of the Service Leadership Team.",
        "Head of People and Organisational Development", D(2025, 12, 31), "dd/mm/yyyy", None, "A", "A",
        "Delivered at 14 of 22 stations. On-call sessions being rearranged for evenings.")
    act(10, "AFI2.2", "Introduce an independent confidential reporting line for staff to raise concerns about "
        "bullying, harassment and discrimination.",
        "Head of People and Organisational Development", D(2025, 4, 1), "mmm-yy", None, "G", "B",
        "Line launched 1 April 2025; 11 contacts in the first quarter.")
    merged(2, 9, 10, "Promoting the right values and culture")
    merged(3, 9, 10, "The service should make sure its values and behaviours are understood and demonstrated by all "
           "staff, and that it deals effectively with bullying and misogyny.")
    act(11, "AFI3.1", "Review the grievance and discipline procedures with the representative bodies and publish "
        "anonymised outcome data each year.",
        "HR Manager", D(2025, 9, 30), "dd/mm/yyyy", D(2026, 3, 31), "A", "R",
        "Negotiations with representative bodies paused over the summer; revised date set.")
    merged(2, 11, 11, "Ensuring fairness and promoting diversity")
    merged(3, 11, 11, "The service should improve staff confidence in how it handles grievances and discipline.")
    act(12, "AFI4.1", "Recruit and train three additional fire safety inspectors to Level 4 Diploma.",
        "Group Manager – Protection", D(2026, 3, 1), "mmm-yy", None, "G", "G",
        "Three inspectors appointed in June; diploma course under way.")
    act(13, "AFI4.2", "Report completion of the risk-based inspection programme quarterly to the Service Leadership "
        "Team.",
        "Group Manager – Protection", "Quarterly", None, None, None, "G",
        "Q1 report presented: 74% of planned audits completed.")
    merged(2, 12, 13, "Protecting the public through fire regulation")
    merged(3, 12, 13, "The service should make sure its risk-based inspection programme is delivered as planned, with "
           "enough competent protection staff.")
    act(14, "AFI5.1", "Launch a new appraisal process ('My Conversation') and report completion rates to the Service "
        "Leadership Team.",
        "Learning and Development Manager", "TBC", None, None, None, None,
        "Awaiting the new HR system; start date to be confirmed.")
    merged(2, 14, 14, "Managing performance and developing leaders")
    merged(3, 14, 14, "The service should make sure all staff have regular and meaningful performance and development "
           "conversations.")
    ws["A16"] = "RAG key:  B = Complete   G = On track   A = At risk   R = Off track   (blank) = Not started"
    ws["A16"].font = Font(italic=True)
    ws.merge_cells("A16:J16")
    wb.save(out("x2-shropshire-fire-hmicfrs-tracker.xlsx"))


# =============================================================== 7. North Northamptonshire CPC action plan
def north_northants():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("North Northamptonshire Council – Corporate Peer Challenge Action Plan", level=0)

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", "LGA Corporate Peer Challenge (17–20 September 2024) – council action plan"),
                 ("Version", "1.3"), ("Owner", "Chief Executive's Office"), ("Last updated", "16 June 2025"),
                 ("Reported to", "Executive, 17 July 2025")]:
        cells = dc.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], GREY)
        set_text(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The peer team's feedback report was accepted by Council in December 2024. This plan sets out what the "
        "council will do in response to each of the peer team's recommendations, who is responsible and by when. "
        "It will be reviewed by the peer team at the progress review in summer 2025.")

    recs = [
        ("Recommendation 1 – Prioritisation and delivery plans",
         "Urgently prioritise the council's ambitions and put detailed delivery plans behind the BIG50 vision and "
         "supporting strategies, so that staff and partners are clear about what matters most.", [
             ("1.1", "Agree a small number of corporate priorities for 2025/26 with the Executive and set them out in "
              "the refreshed Corporate Plan.", "Leader of the Council / Chief Executive", "February 2025",
              "Corporate Plan refresh approved by Council on 27 February 2025 with six priorities.", "Complete"),
             ("1.2", "Produce a delivery plan for each priority with milestones, measures and named owners, reported "
              "quarterly to the Executive.", "Head of Performance and Insight", "Q1 2025/26",
              "Four of six delivery plans signed off; the first quarterly report goes to Executive in July.",
              "Green"),
             ("1.3", "Review all strategies and plans in development and stop or pause those that do not support the "
              "agreed priorities.", "Corporate Leadership Team", "31/03/2025",
              "Review completed: 9 strategies paused and 3 merged.", "Complete"),
         ]),
        ("Recommendation 2 – Financial governance and the MTFP",
         "Strengthen the financial governance framework: consolidate the transformation and project workstreams, "
         "quantify them and demonstrably link them to the Medium-Term Financial Plan.", [
             ("2.1", "Bring all transformation and change projects into a single programme overseen by a "
              "Transformation Board chaired by the Chief Executive.", "Chief Executive", "Dec 2024",
              "Transformation Board established; 38 projects in a single programme.", "Complete"),
             ("2.2", "Quantify the savings and costs of every project and show them as a separate line in the "
              "2025/26 budget and MTFP.", "Executive Director of Finance and Performance (s151)", "February 2025",
              "Savings quantified for 31 of 38 projects; the remaining seven will be costed for the 2026/27 budget.",
              "Amber"),
             ("2.3", "Publish a quarterly transformation and savings tracker alongside the budget monitoring report to "
              "the Executive.", "Executive Director of Finance and Performance (s151)", "Quarterly",
              "Q4 2024/25 tracker published with the outturn report.", "Green"),
         ]),
        ("Recommendation 3 – Our workforce",
         "Build on the commitment of staff by improving internal communication, workload planning and the capacity "
         "of key teams, so that staff remain engaged and positive.", [
             ("3.1", "Run an all-staff survey and publish the action plan arising from it.",
              "Assistant Director – People and Organisational Development", "June 2025",
              "Survey closed in May with a 58% response rate; action plan being drafted with staff networks.",
              "Green"),
             ("3.2", "Hold quarterly 'Meet the CLT' staff sessions in each of the main offices and online.",
              "Chief Executive; Head of Communications", "Ongoing",
              "Sessions held in Corby, Kettering, Wellingborough and Thrapston and online.", "Green"),
             ("3.3", "Develop a workforce strategy and capacity plan for hard-to-recruit roles, including planning, "
              "legal and social work.", "Assistant Director – People and Organisational Development",
              "Sept 2025 – March 2026", "Scoping to start in September.", "Not started"),
         ]),
        ("Recommendation 4 – Place leadership and partnerships",
         "Use the council's strong role in place leadership to agree shared priorities with partners across "
         "North Northamptonshire.", [
             ("4.1", "Establish a North Northamptonshire Place Board with health, police, education and business "
              "partners.", "Leader of the Council", "April 2025",
              "Place Board first met on 9 April 2025.", "Complete"),
             ("4.2", "Agree three shared place priorities with partners and report progress to Council each year.",
              "Chief Executive", "End of October 2025",
              "Two priorities agreed; the third (economic growth) is under discussion with partners.", "Amber"),
         ]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    hdr = ["Ref", "What we will do", "Lead", "By when", "Progress (June 2025)", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.5), Cm(3.0), Cm(7.0), Cm(2.0)]
    for heading, text, acts in recs:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "DDEBF7")
        for ref, what, lead, when, prog, rag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, what, lead, when, prog, rag]):
                set_text(cells[i], v)
            if rag in ragfill:
                shade(cells[5], ragfill[rag])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action delivered; Green – on track; Amber – some slippage; Red – significant "
                      "risk to delivery; Not started – not yet due to start.")
    doc.save(out("x2-north-northants-cpc-action-plan.docx"))


if __name__ == "__main__":
    durham()
    blackpool()
    cardiff()
    east_suffolk()
    scottish_borders()
    shropshire()
    north_northants()
    print("done")
