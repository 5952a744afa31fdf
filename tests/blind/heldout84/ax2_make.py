"""Make the ax2- documents of heldout84 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python ax2_make.py (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "00B0F0"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def D(y, m, d):
    return dt.datetime(y, m, d)


def put(ws, row, values, fmt=None, bold=False, box=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if box:
            c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            c.number_format = (fmt or {}).get(i, "dd/mm/yyyy")


# ---------------------------------------------------------------- 1
def nca_board_action_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Northern Care Alliance NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public) \u2013 Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 26 March 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Action Ref", "Meeting Date", "Minute Ref", "Action", "Lead",
           "Due Date", "Revised Due Date", "Update", "Status"]
    put(ws, 5, hdr, bold=True)
    for i in range(1, 10):
        ws.cell(row=5, column=i).fill = fill(NAVY)
        ws.cell(row=5, column=i).font = Font(bold=True, color="FFFFFF")
    rows = [
        ("BoD/24/081", D(2024, 10, 3), "24/168",
         "Provide the Board with a breakdown of 12-hour waits in ED by site, with narrative on the "
         "actions being taken at Salford Royal and Royal Oldham.",
         "Chief Operating Officer", D(2024, 12, 5), None,
         "Breakdown included in the December IPR (section 3.2). Propose closure.", "Complete", BLUE),
        ("BoD/24/094", D(2024, 10, 3), "24/173",
         "Circulate the refreshed Freedom to Speak Up strategy to Board members for comment ahead of "
         "formal approval.",
         "KH", D(2024, 12, 31), D(2025, 4, 30),
         "Strategy delayed to reflect the outcome of the National Guardian's Office reflection tool. "
         "Now scheduled for the April Board.", "Green", GREEN),
        ("BoD/24/117", D(2024, 12, 5), "24/211",
         "Bring a paper to the Board setting out the options for the future configuration of stroke "
         "services across the Oldham, Rochdale and Bury care organisations.",
         "Chief Medical Officer / Chief Strategy Officer", D(2025, 3, 6), D(2025, 5, 1),
         "Options appraisal being finalised with GM ICB colleagues; paper deferred to the May Board.",
         "Amber", AMBER),
        ("BoD/24/121", D(2024, 12, 5), "24/214",
         "Review the format of the Integrated Performance Report so that exceptions are reported "
         "against agreed tolerances rather than national standards alone.",
         "SM, RH", "March 2025", None,
         "Draft format discussed at Finance & Performance Committee in February; to be adopted from "
         "the April 2025 IPR.", "Green", GREEN),
        ("BoD/25/009", D(2025, 2, 6), "25/014",
         "Provide assurance to the Board on compliance with level 3 safeguarding training in the "
         "Diagnostics & Pharmacy care group.",
         "Chief Nursing Officer", D(2025, 4, 3), None,
         "Compliance at 81% against a 90% target. Recovery trajectory agreed with the care group but "
         "February position was below trajectory.", "Red", RED),
        ("BoD/25/012", D(2025, 2, 6), "25/019",
         "Arrange a Board development session on the digital strategy and EPR procurement.",
         "Director of Corporate Affairs", "TBC", None,
         "Date to be confirmed once the EPR full business case timetable is agreed.", None, None),
        ("BoD/25/015", D(2025, 2, 6), "25/022",
         "Update Board Assurance Framework risk 4 (workforce) to reflect the results of the 2024 NHS "
         "Staff Survey.",
         "Chief People Officer", D(2025, 4, 3), None,
         "Revised BAF risk 4 presented to People Committee on 18 March 2025.", "Complete", BLUE),
        ("BoD/25/018", D(2025, 2, 6), "25/027",
         "Share the Saving Babies' Lives Care Bundle v3 compliance position for each maternity unit "
         "with the Board.",
         "EB", D(2025, 5, 1), None, "Not yet due.", "Green", GREEN),
    ]
    r = 6
    for ref, meet, minute, action, lead, due, rev, upd, status, colour in rows:
        put(ws, r, [ref, meet, minute, action, lead, due, rev, upd, status])
        if colour:
            ws.cell(row=r, column=9).fill = fill(colour)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "Action completed \u2013 proposed for closure", BLUE),
           ("Green", "On track to be delivered by the due date", GREEN),
           ("Amber", "At risk of not being delivered by the due date / revised date agreed", AMBER),
           ("Red", "Overdue or not delivered", RED)]
    for word, meaning, colour in key:
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = fill(colour)
        ws.cell(row=r, column=2, value=meaning)
    widths = [13, 12, 10, 55, 24, 12, 12, 50, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ax2-northern-care-alliance-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2
def gateshead_cqc():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Gateshead Health NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("CQC Inspection Report (published 14 June 2023) \u2013 Must Do and Should Do "
                "Action Plan")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Monitored by: Quality Governance Committee    Last updated: 31/10/2023"
    hdr = ["Ref", "CQC Requirement", "Action", "Lead", "Target Date",
           "Evidence / Progress", "RAG"]
    put(ws, 5, hdr, bold=True)
    for i in range(1, 8):
        ws.cell(row=5, column=i).fill = fill(GREY)

    def band(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")

    band(6, "MUST DO ACTIONS \u2013 URGENT AND EMERGENCY CARE")
    md1 = ("The trust must ensure that patients in the emergency department receive a timely "
           "assessment of risk, including sepsis screening, in line with national guidance. "
           "(Regulation 12)")
    md2 = ("The trust must ensure that there are sufficient numbers of suitably qualified paediatric "
           "nurses in the emergency department at all times. (Regulation 18)")
    md3 = ("The trust must ensure that mental capacity assessments are completed and recorded where "
           "patients may lack capacity to consent to care and treatment. (Regulation 11)")
    sd1 = ("The trust should ensure that fridge temperatures for medicines storage are recorded "
           "daily on all medical wards.")
    sd2 = ("The trust should ensure that staff in the emergency department complete mandatory "
           "training in line with trust targets.")
    sd3 = ("The trust should ensure that complaints are responded to within the timescales set out "
           "in the trust's complaints policy.")
    mmmyy = {5: "mmm-yy"}
    put(ws, 7, ["MD1.1", md1,
                "Introduce an electronic sepsis screening prompt within the ED triage module of the "
                "EPR.", "Clinical Director ED", D(2023, 9, 30),
                "Prompt went live on 4 September 2023. Screening within 1 hour was 92% in September.",
                "Complete"], fmt=mmmyy)
    ws.cell(row=7, column=7).fill = fill(BLUE)
    put(ws, 8, ["MD1.2", None,
                "Audit sepsis screening compliance monthly and report results to the Urgent Care "
                "Business Unit governance meeting.", "Matron ED", "Ongoing",
                "August and September audits completed and reported to the Business Unit "
                "governance meeting.", "On track"], fmt=mmmyy)
    ws.cell(row=8, column=7).fill = fill(GREEN)
    ws.merge_cells("B7:B8")
    put(ws, 9, ["MD2.1", md2,
                "Recruit to the 4.6 WTE paediatric registered nurse vacancies in ED.",
                "Head of Nursing (Urgent Care)", D(2023, 12, 31),
                "3.0 WTE appointed with start dates in November 2023; remaining posts out to advert.",
                "At risk"], fmt=mmmyy)
    ws.cell(row=9, column=7).fill = fill(AMBER)
    put(ws, 10, ["MD2.2", None,
                 "Provide paediatric immediate life support training to all adult-trained ED nurses "
                 "while recruitment is completed.", "ED Practice Educator", D(2024, 1, 31),
                 "62% trained; additional sessions booked for November to January.", None],
        fmt=mmmyy)
    ws.cell(row=10, column=7).fill = fill(GREEN)
    ws.merge_cells("B9:B10")
    band(11, "MUST DO ACTIONS \u2013 MEDICAL CARE (INCLUDING OLDER PEOPLE'S CARE)")
    put(ws, 12, ["MD3.1", md3,
                 "Deliver targeted Mental Capacity Act training to ward managers and deputies on the "
                 "medical wards, followed by spot-check audits of records.",
                 "Named Nurse Safeguarding Adults / Ward Managers", D(2023, 12, 1),
                 "Training delivered to 24 of 28 ward managers and deputies. Spot-check audit "
                 "scheduled for December.", "At risk"], fmt=mmmyy)
    ws.cell(row=12, column=7).fill = fill(AMBER)
    # row 13 left blank
    band(14, "SHOULD DO ACTIONS")
    put(ws, 15, ["SD1.1", sd1,
                 "Replace paper fridge temperature logs with the electronic temperature monitoring "
                 "system on all medical wards.", "Chief Pharmacist", D(2023, 11, 30),
                 "System installed on 11 of 14 wards.", "On track"], fmt=mmmyy)
    ws.cell(row=15, column=7).fill = fill(GREEN)
    put(ws, 16, ["SD2.1", sd2,
                 "Issue monthly compliance reports to ED team leaders naming staff who are out of "
                 "date, with protected time to complete training.", "ED Operational Manager",
                 "Monthly", "Reports issued July to October; overall compliance 88% (target 90%).",
                 "On track"], fmt=mmmyy)
    ws.cell(row=16, column=7).fill = fill(GREEN)
    put(ws, 17, ["SD3.1", sd3,
                 "Introduce a 10-day escalation point to the Business Unit Director for complaints "
                 "at risk of breaching the response timescale.", "Head of Patient Experience",
                 D(2023, 8, 31),
                 "Escalation process in place from August 2023; 78% of responses within timescale "
                 "in Q2.", "Complete"], fmt=mmmyy)
    ws.cell(row=17, column=7).fill = fill(BLUE)
    ws.cell(row=19, column=1, value="RAG key").font = Font(bold=True)
    for i, (w, m, c) in enumerate([("Complete", "Action complete and evidence provided", BLUE),
                                   ("On track", "Action on track for target date", GREEN),
                                   ("At risk", "Action at risk of missing target date", AMBER),
                                   ("Off track", "Action has missed target date", RED)]):
        a = ws.cell(row=20 + i, column=1, value=w)
        a.fill = fill(c)
        ws.cell(row=20 + i, column=2, value=m)
    for col, w in zip("ABCDEFG", [8, 48, 52, 26, 12, 48, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ax2-gateshead-health-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 3
def tmbc_risk_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2"
    ws["A1"] = "Tonbridge and Malling Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register \u2013 Mitigating Actions Update, Quarter 2 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit Committee, November 2025"
    hdr = ["Risk", "Risk Owner", "Residual Score", "Ref", "Mitigating Action", "Action Owner",
           "Target Date", "Q2 Progress Update", "Status"]
    put(ws, 5, hdr, bold=True)
    for i in range(1, 10):
        ws.cell(row=5, column=i).fill = fill(GREY)
    dfo = "Director of Finance and Transformation"
    rows = [
        (6, "SR1 Medium Term Financial Strategy \u2013 failure to set a balanced budget over the "
            "MTFS period", dfo, 16, "SR1a",
         "Deliver the savings and transformation targets set for 2026/27 through the Savings and "
         "Transformation Strategy.", dfo, D(2026, 2, 28),
         "Savings of \u00a3412k identified against the \u00a3600k target; further proposals to "
         "Cabinet in December.", "On track"),
        (7, None, None, None, "SR1b",
         "Review fees and charges to ensure full cost recovery where permitted.",
         "Head of Finance", D(2025, 12, 31),
         "Review under way with service managers; report to Finance, Regeneration & Property "
         "Scrutiny Select Committee in January.", "On track"),
        (8, None, None, None, "SR1c",
         "Respond to the Fair Funding Review consultation and model the impact on the MTFS.",
         "Head of Finance", D(2025, 8, 15),
         "Consultation response submitted 13 August 2025. Modelling included in the updated MTFS.",
         "Complete"),
        (9, "SR2 Housing and homelessness \u2013 rising demand for temporary accommodation",
         "Director of Planning, Housing and Environmental Health", 20, "SR2a",
         "Acquire additional units of council-owned temporary accommodation to reduce the use of "
         "nightly-paid placements.", "Head of Housing", D(2026, 3, 31),
         "Eight units purchased to date; two further purchases going through conveyancing.",
         "On track"),
        (10, None, None, None, "SR2b",
         "Refresh the Homelessness Prevention Strategy with an emphasis on early intervention in "
         "the private rented sector.", "Housing Services Manager", "Feburary 2026",
         "Evidence review complete; consultation with partners planned for December.",
         "On track"),
        (11, "SR3 Cyber security \u2013 loss of systems or data following a cyber attack",
         "Director of Central Services", 15, "SR3a",
         "Complete the PSN health check remediation plan and achieve Cyber Essentials Plus.",
         "IT Manager", D(2025, 11, 30),
         "Remediation of high-risk findings complete; Cyber Essentials Plus assessment booked.",
         "Behind schedule"),
        (12, "SR4 Local Plan \u2013 failure to progress the Local Plan to adoption",
         "Director of Planning, Housing and Environmental Health", 12, "SR4a",
         "Submit the Regulation 19 Local Plan for examination in line with the Local Development "
         "Scheme.", "Planning Policy Manager", D(2026, 6, 30),
         "Regulation 18 consultation closed; responses being analysed.", "On track"),
    ]
    for r, risk, owner, score, ref, act, aown, tgt, prog, status in rows:
        put(ws, r, [risk, owner, score, ref, act, aown, tgt, prog, status])
        if score is not None:
            ws.cell(row=r, column=3).fill = fill(RED if score >= 15 else AMBER)
    ws.merge_cells("A6:A8")
    ws.merge_cells("B6:B8")
    ws.merge_cells("C6:C8")
    ws.merge_cells("A9:A10")
    ws.merge_cells("B9:B10")
    ws.merge_cells("C9:C10")
    ws["A14"] = ("Residual score = likelihood x impact (1\u20135 each). Scores of 15 or above are "
                 "red; 8\u201314 amber; below 8 green.")
    ws["A14"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [34, 24, 9, 7, 50, 24, 13, 48, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "ax2-tonbridge-malling-strategic-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def header_row(table, labels):
    for i, lab in enumerate(labels):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(lab)
        run.bold = True
        shade(cell, "D9E2F3")


# ---------------------------------------------------------------- 4
def north_lincs_sar():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("SAR Adult R \u2013 Multi-Agency Action Plan", level=1)
    p = doc.add_paragraph("North Lincolnshire Safeguarding Adults Board")
    p.runs[0].bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for i, row in enumerate([
            ("v0.3", "12/08/2024", "SAB Business Manager", "Draft following SAR panel"),
            ("v1.0", "23/09/2024", "SAB Business Manager", "Agreed by SAB Executive Group"),
            ("v1.4", "20/01/2025", "SAB Business Manager",
             "Progress update for Quality & Performance Subgroup")], start=1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "Adult R was a 58-year-old man who lived alone and died at home in 2023 following a long "
        "period of self-neglect. The Safeguarding Adults Review was published in July 2024 and made "
        "four recommendations to the Board. This plan records the multi-agency response and is "
        "monitored by the Quality & Performance Subgroup, which reports to the Board each quarter.")
    recs = [
        ("1. The Board should seek assurance that partner agencies understand and apply the "
         "multi-agency Self-Neglect and Hoarding Policy, including the escalation route to a "
         "multi-agency risk management meeting.", [
             ("1.1", "Relaunch the Self-Neglect and Hoarding Policy through a 7-minute briefing and a "
              "practitioner webinar.", "SAB Business Manager", "October 2024",
              "Briefing published 14 October 2024; webinar attended by 112 practitioners from 9 "
              "agencies.", "Complete", BLUE),
             ("1.2", "Carry out a multi-agency audit of self-neglect cases referred in the last 12 "
              "months to test use of the escalation route.", "Quality & Performance Subgroup Chair",
              "Q4 2024/25", "Audit tool agreed and case sample identified. Audit scheduled for "
              "February 2025.", "Green", GREEN)]),
        ("2. Adult social care and health partners should ensure that mental capacity assessments "
         "consider executive functioning where a person repeatedly declines care.", [
             ("2.1", "Develop practice guidance on assessing executive capacity and build it into the "
              "MCA training offer.", "Principal Social Worker (Adults)", "31/03/2025",
              "Draft guidance out for consultation. Training content under review with the MCA "
              "Lead.", "Amber", AMBER),
             ("2.2", "Include executive functioning in the NLaG mental capacity audit tool.",
              "Named Nurse Safeguarding Adults (NLaG)", "By 30 June 2025",
              "Not yet started; to go to the Trust Safeguarding Committee in April.",
              "Not started", None)]),
        ("3. Humberside Police and North Lincolnshire Council should review how repeated welfare "
         "concerns about the same adult are identified and shared.", [
             ("3.1", "Establish a flagging process for three or more welfare concerns about an adult "
              "within 90 days, with referral to the Safeguarding Adults Team.",
              "DI Public Protection / Head of Safeguarding (Adults)", "Nov 2024 \u2013 Mar 2025",
              "Flag live on the police system from December 2024. Joint monitoring meeting now in "
              "place.", "Green", GREEN)]),
        ("4. The Board should seek assurance that the learning from this review is embedded in "
         "practice.", [
             ("4.1", "Disseminate the SAR learning briefing across all partner agencies and report "
              "reach to the Board.", "All partner agencies", "Ongoing",
              "Returns received from 7 of 10 partner agencies.", "Green", GREEN),
             ("4.2", "Evaluate the impact of the learning through a practitioner survey twelve "
              "months after publication.", "SAB Business Manager", "July 2025",
              "Survey to be issued in June 2025.", "", None)]),
    ]
    n = sum(len(a) for _, a in recs)
    t = doc.add_table(rows=n + 1, cols=7)
    t.style = "Table Grid"
    header_row(t, ["SAR Recommendation", "Ref", "Action", "Lead", "Timescale",
                   "Progress update (January 2025)", "RAG"])
    r = 1
    for rec, acts in recs:
        first = r
        for ref, act, lead, when, prog, rag, colour in acts:
            cells = t.rows[r].cells
            for j, v in enumerate([ref, act, lead, when, prog, rag], start=1):
                cells[j].text = v
            if colour:
                shade(cells[6], colour)
            r += 1
        top = t.cell(first, 0)
        if r - 1 > first:
            top = top.merge(t.cell(r - 1, 0))
        top.text = rec
    doc.add_paragraph()
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, m, c) in enumerate([("Complete", "Action completed and evidence received", BLUE),
                                   ("Green", "On track", GREEN),
                                   ("Amber", "Some slippage \u2013 remedial action in hand", AMBER),
                                   ("Red", "Not on track / overdue", RED)]):
        k.rows[i].cells[0].text = w
        shade(k.rows[i].cells[0], c)
        k.rows[i].cells[1].text = m
    doc.save(os.path.join(HERE, "ax2-north-lincs-sab-sar-adult-r-action-plan.docx"))


# ---------------------------------------------------------------- 5
def selby_cpc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Selby District Council")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Corporate Peer Challenge 2019 \u2013 Action Plan", level=1)
    doc.add_paragraph(
        "The LGA Corporate Peer Challenge took place from 8 to 11 October 2019. The peer team's "
        "feedback report made a number of recommendations, and this plan sets out the council's "
        "response to each. Progress is reported to the Executive and to the Policy Review "
        "Committee.")
    recs = [
        ("Recommendation 1: Develop a clear, shared narrative for the district's growth ambitions", [
            ("1a", "Refresh the Council Plan for 2020\u20132030, setting out the council's priorities "
             "for growth.", "Chief Executive", "March 2020",
             "Draft Council Plan considered by the Executive on 6 February 2020; to Council on 20 "
             "February.", "On track"),
            ("1b", "Launch the narrative with partners at a district growth summit.",
             "Director of Economic Regeneration & Place", "June 2020", "", "Not started")]),
        ("Recommendation 2: Strengthen the approach to performance management", [
            ("2a", "Introduce quarterly corporate performance reports to the Executive, with "
             "exception reporting against Council Plan targets.", "Head of Business Development",
             "Q4 2019/20", "Q3 report presented to the Executive on 9 January 2020 in the new "
             "format.", "Complete"),
            ("2b", "Develop service plans for all service areas, aligned to the new Council Plan.",
             "Heads of Service", "April 2020",
             "Template agreed by Leadership Team; drafts due by end of March.", "On track")]),
        ("Recommendation 3: Invest in organisational development to support the council's "
         "ambitions", [
            ("3a", "Deliver a leadership development programme for the Leadership Team and service "
             "managers.", "KI/SD", "Jan 2020 \u2013 July 2020",
             "Provider appointed; first module delivered 28 January 2020.", "Green"),
            ("3b", "Carry out a staff survey and publish an action plan in response.", "HR Lead",
             "31/12/2019", "Survey closed 13 December 2019. Results shared at all-staff briefings "
             "in January.", "Complete")]),
        ("Recommendation 4: Review the Member/Officer Protocol", [
            ("4a", "Review and update the Member/Officer Protocol with the Constitution Working "
             "Party.", "Solicitor to the Council", "Ongoing",
             "Working Party meeting postponed from January; new date to be set.", "Amber")]),
    ]
    colours = {"Complete": BLUE, "On track": GREEN, "Green": GREEN, "Amber": AMBER}
    for rec, acts in recs:
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=len(acts) + 1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead Officer", "Timescale", "Progress (February 2020)",
                       "Status"])
        for i, row in enumerate(acts, start=1):
            for j, v in enumerate(row):
                t.rows[i].cells[j].text = v
            if row[5] in colours:
                shade(t.rows[i].cells[5], colours[row[5]])
        doc.add_paragraph()
    doc.add_paragraph("Status: Complete (blue) / On track (green) / Some slippage (amber) / Not on "
                      "track (red) / Not started (no colour)").runs[0].italic = True
    doc.save(os.path.join(HERE, "ax2-selby-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6
def dorset_psii_export():
    rows = [
        ["Dorset HealthCare University NHS Foundation Trust", "", "", "", "", "", ""],
        ["PSII 2024/003 \u2013 Safety Actions Report", "", "", "", "", "", ""],
        ["Report run: 14/01/2025 09:12   User: Patient Safety Team", "", "", "", "", "", ""],
        [],
        ["Action ID", "Safety Action", "Action Owner", "Due Date", "Revised Due Date", "RAG",
         "Latest Update"],
        ["SA-0312", "Introduce a NEWS2 escalation prompt within the SystmOne template used on "
         "community hospital wards.", "Deteriorating Patient Lead", "30/09/2024", "", "Complete",
         "Template change live from 16 September 2024."],
        ["SA-0313", "Deliver simulation training on recognising and escalating the deteriorating "
         "patient to registered nurses at all community hospitals.", "Clinical Skills Lead",
         "31/12/2024", "31/03/2025", "Amber",
         "Training paused in December because of operational pressures; 58% of registered nurses "
         "trained. Revised date agreed at Patient Safety Group."],
        ["SA-0314", "Audit compliance with NEWS2 observation frequency monthly for six months.",
         "Community Hospitals Matron", "31/03/2025", "", "Green",
         "October to December audits show 89%, 91% and 94% compliance."],
        ["SA-0315", "Review out-of-hours medical cover for community hospitals with the GP "
         "out-of-hours provider.", "Deputy Medical Director", "28/02/2025", "", "Green",
         "Meeting with the provider held on 8 January 2025; draft revised service level agreement "
         "under discussion."],
        ["SA-0316", "Share the learning from this investigation through a patient safety bulletin "
         "and team briefings.", "Patient Safety Partner / Head of Patient Safety", "31/10/2024", "",
         "Complete", "Bulletin issued 24 October 2024."],
        ["SA-0317", "Update the Deteriorating Patient Policy to reflect the escalation pathway for "
         "community hospitals.", "Deteriorating Patient Lead", "30/11/2024", "28/02/2025", "Red",
         "Policy review delayed; awaiting sign-off from the Clinical Policy Group, which did not "
         "meet in December."],
        ["SA-0318", "Provide the family with a copy of the final report and offer a meeting to "
         "discuss the safety actions.", "Family Liaison Officer (Patient Safety)", "15/11/2024", "",
         "Complete", "Meeting held with the family on 12 November 2024."],
        ["SA-0319", "Evaluate the impact of the safety actions through a thematic review of "
         "deterioration incidents at six months.", "Head of Patient Safety", "30/06/2025", "",
         "Not started", ""],
    ]
    with open(os.path.join(HERE, "ax2-dorset-healthcare-psii-safety-actions-export.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------- 7
def burnley_dhr_txt():
    hdr = ["Ref", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones",
           "Target date", "Completion date and outcome", "RAG"]
    r1 = ("1. Lancashire Constabulary should ensure that officers attending domestic abuse "
          "incidents complete the DASH risk assessment with the victim away from the alleged "
          "perpetrator.")
    r2 = "2. GP practices in Burnley should be supported to ask routinely about domestic abuse."
    r3 = ("3. Burnley Borough Council should review how housing options staff identify and respond "
          "to disclosures of domestic abuse.")
    r4 = "4. The CSP should seek assurance that the learning from this review has been shared."
    rows = [
        ["1.1", r1, "Local", "Issue a force-wide briefing reminding response officers that DASH is "
         "to be completed away from the alleged perpetrator.", "Lancashire Constabulary",
         "Briefing drafted and agreed", "Dec-24",
         "Briefing issued 2 December 2024 via the force intranet and shift briefings.", "B"],
        ["1.2", "", "Local", "Dip-sample 50 domestic abuse incidents each quarter to test "
         "compliance.", "Lancashire Constabulary", "Quarterly dip sample", "Ongoing",
         "Q3 dip sample: 86% compliant.", "G"],
        ["2.1", r2, "Local", "Roll out the IRIS programme to Burnley GP practices.",
         "ICB Safeguarding Team", "Practices trained in IRIS", "31/05/2025",
         "11 of 15 practices trained; remaining practices booked for April.", "G"],
        ["2.2", "", "Local", "Deliver a domestic abuse awareness session at the Burnley PCN "
         "protected learning time event.", "ICB Safeguarding Team", "Session delivered",
         "March 2025", "Session postponed from February; new date awaited.", "A"],
        ["3.1", r3, "Local", "Provide domestic abuse training, including use of the DASH risk "
         "checklist, to all Housing Needs officers.", "Burnley Borough Council",
         "Training commissioned; all officers trained", "Q1 2025/26",
         "Training commissioned from the local specialist domestic abuse service.", "G"],
        ["3.2", "", "Local", "Add a routine enquiry question about domestic abuse to the housing "
         "options triage form.", "Burnley Borough Council", "Form updated", "Jan-25",
         "Not yet implemented; awaiting system change from the supplier.", "R"],
        ["4.1", r4, "Local", "Publish a 7-minute learning briefing and hold a multi-agency learning "
         "event.", "Burnley CSP", "Briefing published; event held", "Sept 2024 \u2013 April 2025",
         "Learning event held 28 January 2025 with 64 attendees.", "B"],
    ]
    lines = [
        "Burnley Community Safety Partnership",
        "Domestic Homicide Review \u2013 \u2018Kelly\u2019 \u2013 Action Plan",
        "Updated for the CSP Board, 11 March 2025",
        "",
        "\t".join(hdr),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["",
              "RAG key: B \u2013 completed; G \u2013 on track; A \u2013 partially on track / risk of "
              "slippage; R \u2013 not on track"]
    with open(os.path.join(HERE, "ax2-burnley-csp-dhr-kelly-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    nca_board_action_log()
    gateshead_cqc()
    tmbc_risk_register()
    north_lincs_sar()
    selby_cpc()
    dorset_psii_export()
    burnley_dhr_txt()
