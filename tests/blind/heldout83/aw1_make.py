"""Generate the aw1- blind cases (children's services plans). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "theme": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def xl_header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[chr(64 + i)].width = w


def xl_row(ws, row, values, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = datefmt


def rag_cell(ws, row, col, colour):
    if colour:
        ws.cell(row=row, column=col).fill = fill(colour)


# ---------------------------------------------------------------- 1 Slough ILACS xlsx
def slough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Slough Children First – ILACS Improvement Plan 2023-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Version 3.2 – updated 14/02/2024 for Improvement Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    xl_header(ws, 4, ["Ref", "Action", "Lead", "Target date", "Revised date", "RAG",
                      "Progress update"], [7, 48, 26, 12, 12, 12, 50])
    rows = [
        ("rec", "Recommendation 1: The quality and timeliness of assessments and plans for children in need and those subject to child protection plans."),
        ("1.1", "Introduce a revised assessment and plan template with SMART outcomes, co-produced with practitioners.",
         "Head of Service, Children in Need and Child Protection", D(2023, 9, 30), None, "Complete", "blue",
         "New template live in Liquidlogic from 18 September 2023. Practitioner feedback positive."),
        ("1.2", "Deliver practice workshops on writing plans with children and families for all social workers in the Assessment and CIN teams.",
         "PSW", D(2023, 12, 31), D(2024, 3, 31), "Amber", "amber",
         "Four of six workshops delivered. Remaining two moved to March because of staff vacancies in the Assessment team."),
        ("1.3", "Monthly audit of child protection plans by team managers, with findings reported to the Practice Improvement Board.",
         "Service Manager (CP) / QA Manager", "Monthly", None, "Green", "green",
         "Audits completed October to January; 68% of plans graded good or better in January."),
        ("rec", "Recommendation 2: Management oversight and supervision that is regular, reflective and recorded on children's records."),
        ("2.1", "Refresh the supervision policy and the case supervision recording template in Liquidlogic.",
         "J. Okafor", D(2023, 10, 31), None, "Complete", "blue",
         "Policy signed off by SLT on 24 October 2023 and briefed to all managers."),
        ("2.2", "Review supervision compliance dashboard at the weekly performance meeting and follow up exceptions with team managers.",
         "Director of Operations", D(2024, 1, 31), None, None, "green",
         "Compliance at 87% in January, up from 61% at inspection."),
        ("blank",),
        ("rec", "Recommendation 3: The response to children who go missing from home and care, including return home interviews being offered and completed in a timely way."),
        ("3.1", "Recommission the return home interview service with a 72-hour timescale built into the contract.",
         "Commissioning Manager", D(2024, 4, 30), None, "On track", "green",
         "Tender evaluation complete; new provider starts 1 April 2024."),
        ("3.2", "Introduce tracking of missing episodes in the daily MASH meeting.",
         "MASH Manager & Thames Valley Police DI", D(2023, 11, 30), None, "Complete", "blue",
         "Standing agenda item since November 2023."),
        ("3.3", "Thematic multi-agency audit of children missing from care, reported to the Slough Safeguarding Partnership.",
         "QA Manager", "Q1 2024/25", None, "Not started", None,
         "Audit scope agreed with partners; fieldwork to start in April."),
    ]
    r = 5
    for row in rows:
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("theme")
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
        elif row[0] == "blank":
            pass
        else:
            ref, act, lead, tgt, rev, rag, col, upd = row
            xl_row(ws, r, [ref, act, lead, tgt, rev, rag, upd], datefmt="mmm-yy")
            rag_cell(ws, r, 6, col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "blue", "Action completed and evidenced"),
           ("Green", "green", "On track to meet target date"),
           ("Amber", "amber", "Some slippage; revised date agreed"),
           ("Red", "red", "Off track; escalated to Improvement Board")]
    for word, col, meaning in key:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = fill(col)
        ws.cell(row=r, column=2, value=meaning)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "aw1-slough-childrens-first-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------------- 2 Exeter College PIAP docx
def exeter():
    doc = Document()
    landscape(doc)
    doc.add_heading("Exeter College – Post-Inspection Action Plan 2024/25", level=1)
    doc.add_paragraph(
        "This plan sets out how the college will respond to the areas for improvement identified "
        "in the Ofsted further education and skills inspection. Progress is reported termly to the "
        "Quality and Standards Committee of the Corporation.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Deputy Principal (Quality)"),
                                ("Version", "1.3"),
                                ("Last updated", "21 January 2025"),
                                ("Approved by", "Quality and Standards Committee")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    hdr = ["Action", "Responsibility", "Timescale", "Success measure", "Progress", "RAG"]
    afis = [
        ("Area for improvement 1: Leaders and managers should ensure that all apprentices receive their full entitlement to off-the-job training.",
         [("Introduce a monthly off-the-job hours report for each apprenticeship standard and review it at curriculum performance reviews.",
           "Head of Apprenticeships", "October 2024", "All apprentices on track with OTJ hours by February 2025",
           "Report in place since October; 91% of apprentices now on track.", "Complete", "0070C0"),
          ("Train employer liaison officers to agree off-the-job training schedules with employers at sign-up.",
           "Apprenticeship Quality Manager", "Autumn term 2024", "Schedules in place for all new starters",
           "Training delivered to 7 of 8 officers; schedules checked on sample of new starts.", "Green", "00B050")]),
        ("Area for improvement 2: Leaders should make sure that teachers on level 3 programmes give learners feedback that helps them to improve their work.",
         [("Run CPD sessions on effective feedback for all level 3 teaching staff during the January staff development week.",
           "Director of Teaching, Learning and Assessment", "January 2025", "Improved feedback seen in learning walks",
           "Sessions delivered to 80% of staff; a catch-up session is booked for those absent.", "Amber", "FFC000"),
          ("Sample marked work through learning walks each half term and share findings with curriculum heads.",
           "Quality Team / Heads of Faculty", "Termly", "Sampling shows consistent, developmental feedback",
           "First sample completed in November; findings shared at December curriculum meeting.", "Green", "00B050")]),
        ("Area for improvement 3: Governors should hold leaders to account more closely for the quality of provision for learners with high needs.",
         [("Add a standing high-needs report to the Quality and Standards Committee agenda.",
           "Clerk to the Corporation", "December 2024", "Report received at every meeting",
           "First report considered at the December meeting.", "Complete", "0070C0"),
          ("Appoint a link governor for SEND and high needs and agree a programme of visits.",
           "Chair of Governors", "Summer term 2025", "Link governor visits recorded and reported",
           "", "Not started", None)]),
    ]
    for afi, acts in afis:
        doc.add_heading(afi, level=2)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a[:6]):
                set_cell(cells[i], v)
            if a[6]:
                shade(cells[5], a[6])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) – action completed; Green – on track; "
                      "Amber – at risk of slipping; Red – not on track; Not started – action not yet due to start.")
    doc.save(os.path.join(HERE, "aw1-exeter-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3 Eilean Siar joint inspection xlsx
def eilean_siar():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("Joint Inspection of Services for Children and Young People at Risk of Harm in the "
                "Western Isles – Improvement Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Outer Hebrides Child Protection Committee  |  Progress as at November 2024"
    ws.merge_cells("A2:G2")
    xl_header(ws, 4, ["No.", "Area for improvement", "Improvement action", "Lead officer(s)",
                      "Timescale", "Progress update", "Status"], [6, 40, 48, 28, 13, 50, 12])
    groups = [
        ("1. The partnership should ensure that chronologies are used consistently and are of a good enough quality to inform the assessment of risk.",
         [("1.1", "Issue revised multi-agency chronology guidance and template.", "CPC Lead Officer",
           D(2024, 8, 31), "Guidance approved by CPC in August and published on the CPC website.", "Complete", "blue"),
          ("1.2", "Deliver chronology training to social work, health visiting and school staff.",
           "Learning and Development Officer; Named Nurse Child Protection", D(2024, 12, 31),
           "Three sessions held (Stornoway, Benbecula, online); one further session planned for December.", "On track", "green"),
          ("1.3", "Single-agency audits of chronologies reported quarterly to the CPC.",
           "Chief Social Work Officer", "Ongoing",
           "First audit reported in September; 14 of 20 chronologies met the standard.", "On track", "green")]),
        ("2. Children and young people should be more involved in decisions that affect them, including at child protection planning meetings.",
         [("2.1", "Roll out the Mind Of My Own app for children aged 8 and over subject to child protection planning.",
           "Service Manager, Children's Services", D(2025, 3, 31),
           "Licence purchased; roll-out delayed by connectivity issues in the southern isles.", "Amber", "amber"),
          ("2.2", "Offer independent advocacy to all children aged 10 and over before their initial child protection planning meeting.",
           "Children's Rights Officer", D(2025, 6, 30), "", "Not started", None)]),
        ("3. Leaders should develop a more robust approach to quality assurance and self-evaluation.",
         [("3.1", "Agree a multi-agency self-evaluation calendar for 2024-25.", "CPC Chair",
           D(2024, 9, 30), "Calendar agreed at CPC development day.", "Complete", "blue"),
          ("3.2", "Produce a quarterly performance dataset for the Chief Officers Group.", "Performance Officer",
           D(2024, 10, 31), "Dataset drafted; Police Scotland and NHS Western Isles data now included.", "Green", "green")]),
    ]
    r = 5
    for afi, acts in groups:
        first = r
        for ref, act, lead, when, upd, st, col in acts:
            xl_row(ws, r, [ref, afi if r == first else None, act, lead, when, upd, st])
            rag_cell(ws, r, 7, col)
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for word, col, meaning in [("Complete", "blue", "action finished"),
                               ("On track / Green", "green", "progressing as planned"),
                               ("Amber", "amber", "minor slippage"),
                               ("Red", "red", "significant slippage")]:
        r += 1
        ws.cell(row=r, column=2, value=word).fill = fill(col)
        ws.cell(row=r, column=3, value=meaning)
    wb.save(os.path.join(HERE, "aw1-eilean-siar-children-at-risk-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 4 Bridgend YJS HMIP docx
def bridgend():
    doc = Document()
    landscape(doc)
    doc.add_heading("Bridgend Youth Justice Service – HM Inspectorate of Probation Inspection Improvement Plan 2022-23", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Probation inspected Bridgend Youth Justice Service in 2022 and made four "
        "recommendations. This plan is monitored by the Youth Justice Service Management Board at each meeting.")
    hdr = ["No.", "Recommendation", "Action", "Lead", "Timescale", "RAG", "Update"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    plan = [
        ("The Bridgend Youth Justice Service Management Board should:", [
            ("1. ensure that board members understand the needs of children known to the service and use this to drive service delivery", [
                ("1.1", "Board induction pack and development session for all members, including case presentations by practitioners.",
                 "YJS Manager", "Jan-23", "B", "Development session held 19 January 2023."),
                ("1.2", "Board to receive a quarterly disproportionality and needs analysis report.",
                 "Performance and Information Officer", "Quarterly", "G", "Second report presented in April.")]),
            ("2. make sure that partner agencies provide the resources agreed, including education and health staff", [
                ("2.1", "Review partner contributions against the grant conditions and agree a revised partnership agreement.",
                 "Chair of the Management Board", "March 2023", "A", "Draft agreement circulated; health contribution still to be confirmed."),
                ("2.2", "Secure a seconded CAMHS practitioner for two days per week.",
                 "Head of Children's Services (Cwm Taf Morgannwg UHB)", "Q1 2023/24", "R",
                 "Post advertised twice without success. Escalated to the health board.")]),
        ]),
        ("The Bridgend Youth Justice Service should:", [
            ("3. improve the quality of assessment and planning to keep other people safe", [
                ("3.1", "Deliver AssetPlus risk of serious harm training to all case managers.",
                 "Operational Manager", "Dec-22", "B", "All case managers trained."),
                ("3.2", "Introduce a risk and safety panel for all children assessed as high or very high risk of harm.",
                 "Operational Manager / Team Manager", "Feb-23", "G", "Panel meets fortnightly; terms of reference agreed."),
                ("3.3", "Monthly case audit by managers using the HMI Probation framework.",
                 "Quality Assurance Officer", "Monthly", "G", "Audits completed each month since November.")]),
            ("4. review out-of-court disposal policy and provision with partners", [
                ("4.1", "Revise the joint decision-making panel protocol with South Wales Police.",
                 "YJS Manager and South Wales Police Inspector", "31/05/2023", "A",
                 "Protocol drafted; awaiting sign-off by South Wales Police.")]),
        ]),
    ]
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for addressee, recs in plan:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        set_cell(merged, addressee, bold=True)
        shade(merged, "F2F2F2")
        for rec, acts in recs:
            start = None
            for ref, act, lead, when, rag, upd in acts:
                row = t.add_row()
                c = row.cells
                if start is None:
                    start = row
                    set_cell(c[1], rec)
                for i, v in ((0, ref), (2, act), (3, lead), (4, when), (5, rag), (6, upd)):
                    set_cell(c[i], v)
                shade(c[5], colours[rag])
            if len(acts) > 1:
                start.cells[1].merge(t.rows[-1].cells[1])
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (l, m) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                ("R", "Not on track")]):
        set_cell(k.cell(i, 0), l, bold=True)
        shade(k.cell(i, 0), colours[l])
        set_cell(k.cell(i, 1), m)
    doc.save(os.path.join(HERE, "aw1-bridgend-yjs-hmip-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Salford SEND WSOA csv
def salford():
    rows = [
        ["Salford Local Area SEND - Written Statement of Action progress tracker", "", "", "", "", "", ""],
        ["Updated 12/02/2021", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area of weakness", "Ref", "Action", "Lead", "End date", "RAG", "Progress"],
        ["1. The inconsistent quality of EHC plans and the weak contribution of health and social care to them",
         "1a", "Establish a multi-agency EHC plan quality assurance panel meeting monthly.",
         "SEND Quality Assurance Lead", "31/01/2021", "Complete", "Panel has met monthly since November 2020."],
        ["", "1b", "Revise the advice templates for health and social care contributions to EHC needs assessments.",
         "Designated Clinical Officer; Principal Social Worker", "30/04/2021", "Green",
         "Draft templates tested with two social work teams; health template agreed."],
        ["", "1c", "Audit 10% of new EHC plans each term and report the findings to the SEND Partnership Board.",
         "Head of SEND", "Termly", "Green", "Autumn audit reported to Board in December: 55% of plans good or better."],
        ["", "", "", "", "", "", ""],
        ["2. Weak joint commissioning arrangements, including for speech and language therapy",
         "2a", "Agree a joint commissioning strategy for SEND between the council and the CCG.",
         "Director of Commissioning", "31/03/2021", "Amber", "Strategy drafted; consultation with parent carers extended to February."],
        ["", "2b", "Reduce waiting times for speech and language therapy assessments to 18 weeks.",
         "SLT Service Lead, Salford Royal", "Sept 2021", "Red",
         "Waiting times rose to 31 weeks during lockdown. Recovery plan agreed with the CCG."],
        ["", "", "", "", "", "", ""],
        ["3. The lack of co-production with parents and carers", "3a",
         "Co-produce a revised Local Offer website with the Parent Carer Forum.",
         "Local Offer Officer and Parent Carer Forum Chair", "July 2021", "Not started", ""],
    ]
    with open(os.path.join(HERE, "aw1-salford-send-wsoa-progress-tracker.csv"), "w", newline="",
              encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 6 Southern HSCT RQIA QIP txt
def southern():
    lines = [
        "Southern Health and Social Care Trust",
        "Quality Improvement Plan tracker - Glenmore Children's Home (RQIA unannounced care inspection 14 June 2023)",
        "",
        "\t".join(["No.", "Area for improvement", "Standard", "Action taken / planned",
                   "Responsible person", "To be completed by", "Status", "Comments"]),
        "\t".join(["1a", "The registered person shall ensure that care plans are reviewed and updated following any significant event, including missing episodes.",
                   "Minimum Standard 5.2", "Key workers to review each young person's care plan within 72 hours of a missing episode and record the review on PARIS.",
                   "Registered Manager", "31/07/2023", "Completed", "Checked at July team meeting."]),
        "\t".join(["1b", "", "", "Senior social worker to sample care plan reviews monthly and feed back in supervision.",
                   "Senior Social Worker", "Monthly", "On track", "Sampling started August 2023."]),
        "\t".join(["2", "The registered person shall ensure that all staff complete mandatory MAPA training within required timescales.",
                   "Minimum Standard 17.4", "Book outstanding MAPA refresher training for four staff members.",
                   "Deputy Manager", "30/09/2023", "Completed", "All four staff trained by 12/09/2023."]),
        "\t".join(["3", "The registered person shall ensure that the environment is maintained to a good standard, with specific reference to the kitchen and two bedrooms.",
                   "Minimum Standard 11.1", "Submit estates request for kitchen refurbishment and redecoration of bedrooms 2 and 4.",
                   "Registered Manager / Estates Officer", "December 2023", "Amber",
                   "Bedroom works complete. Kitchen refurbishment scheduled for w/c 20/11/23."]),
        "\t".join(["4", "The registered person shall ensure that monthly monitoring reports include the views of young people and their families.",
                   "Regulation 29", "Monitoring officer to meet young people and contact at least one parent for each monthly report.",
                   "Principal Social Worker (Residential)", "31/10/2023", "Green", "September and October reports include views of young people."]),
    ]
    with open(os.path.join(HERE, "aw1-southern-hsct-rqia-childrens-home-qip-tracker.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 Cambs & Peterborough JTAI xlsx (refuse)
def cambs():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    ws["A1"] = ("Cambridgeshire and Peterborough Safeguarding Children Partnership – "
                "JTAI Action Plan (Children at risk of exploitation)")
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Inspection: March 2023  |  Letter published: May 2023  |  Plan owner: Partnership Business Manager"
    ws.merge_cells("A2:F2")
    xl_header(ws, 4, ["Ref", "Action", "Lead", "Due date", "RAG", "Progress update"],
              [7, 50, 30, 14, 10, 50])
    rows = [
        ("theme", "Theme 1: Identification of children at risk of exploitation"),
        ("1.1", "Refresh the multi-agency exploitation screening tool and embed it in the MASH.",
         "Head of MASH (Cambridgeshire) / Head of Early Help (Peterborough)", D(2023, 7, 31), "Complete", "blue",
         "Revised tool live from 3 July 2023."),
        ("1.2", "Briefings for schools' designated safeguarding leads on indicators of criminal exploitation.",
         "Education Safeguarding Lead", D(2023, 9, 30), "Green", "green",
         "Two of three briefings delivered; final session booked for September."),
        ("theme", "Theme 2: Information sharing and disruption"),
        ("2.1", "Establish a fortnightly multi-agency exploitation (MACE) panel with police, health and children's services.",
         "DCI Public Protection, Cambridgeshire Constabulary", D(2023, 6, 30), "Complete", "blue",
         "Panel operating since June; attendance from all three statutory partners."),
        ("2.2", "Agree an information-sharing protocol with community safety partnerships on locations of concern.",
         "Community Safety Manager", "Sepetmber 2023", "Amber", "amber",
         "Draft protocol with legal services for comment."),
        ("2.3", "Develop a disruption toolkit for practitioners, including use of child abduction warning notices.",
         "Child Exploitation Coordinator", D(2023, 12, 31), "Green", "green", "Toolkit drafted."),
        ("theme", "Theme 3: Health involvement in strategy meetings"),
        ("3.1", "Ensure health representation at all strategy meetings for children at risk of exploitation.",
         "Designated Nurse Safeguarding Children", D(2023, 10, 31), "Amber", "amber",
         "Attendance at 64% in August; rota with provider trusts being agreed."),
        ("3.2", "Audit of health information shared at strategy meetings, reported to the Partnership Board.",
         "Designated Nurse Safeguarding Children", D(2024, 1, 31), "Not started", None, ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            ref, act, lead, due, rag, col, upd = row
            xl_row(ws, r, [ref, act, lead, due, rag, upd])
            rag_cell(ws, r, 5, col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete (blue) | Green – on track | Amber – at risk | Red – off track")
    wb.save(os.path.join(HERE, "aw1-cambridgeshire-peterborough-scp-jtai-action-plan.xlsx"))


if __name__ == "__main__":
    slough()
    exeter()
    eilean_siar()
    bridgend()
    salford()
    southern()
    cambs()
    print("done")
