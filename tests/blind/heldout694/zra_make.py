"""Build the seven zra- blind test files (set heldout694).

Run with /work/main/.venv/bin/python zra_make.py  (writes next to this script).
Each case's data also carries the reading a person makes of it (lead list, end month,
status) so that the expected files can be written from the same strings.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {  # RAG fills
    "B": "0070C0",
    "G": "00B050",
    "A": "FFC000",
    "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# A. Norfolk Constabulary - HMICFRS ASB spotlight recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NORFOLK_FILE = "zra-norfolk-constabulary-hmicfrs-antisocial-behaviour-spotlight-recommendations-tracker.xlsx"
NORFOLK_TITLE = "Antisocial Behaviour (HMICFRS PEEL Spotlight) – Recommendations Tracker"
NORFOLK_RECS = [
    ("1",
     "Chief constables should make sure that antisocial behaviour incidents are recorded in line with the "
     "National Standard for Incident Recording, and that incident closure codes accurately reflect the response given.",
     [
         ("1.1", "Deliver an NSIR refresher package to all Contact and Control Room call handlers and dispatchers, "
                 "with a focus on the correct opening and closing codes for ASB incidents.",
          "Head of Contact and Control Room", ["Head of Contact and Control Room"],
          d(2025, 3, 31), None, "G", "B",
          "Package delivered to 412 of 418 staff (98.6%). Remaining six on long-term absence; to complete on return."),
         ("1.2", "Introduce a monthly dip sample of 50 closed ASB incidents by the Force Crime and Incident Registrar, "
                 "with findings reported to the Local Policing Board.",
          "Force Crime and Incident Registrar", ["Force Crime and Incident Registrar"],
          d(2025, 4, 30), d(2025, 9, 30), "A", "G",
          "Dip sampling started June 2025 after FCIR vacancy filled. Compliance 81% (June), 86% (July)."),
     ]),
    ("2",
     "Chief constables should make sure their forces identify repeat and vulnerable victims of antisocial behaviour "
     "at the first point of contact, and that a risk assessment is completed and reviewed.",
     [
         ("2.1", "Embed the revised ASB risk assessment (ASB-RA) into the Athena incident workflow so that it is "
                 "mandatory before an ASB incident can be closed.",
          "Head of Information Management / Athena Business Lead",
          ["Head of Information Management", "Athena Business Lead"],
          d(2025, 6, 30), d(2025, 12, 31), "A", "A",
          "Change request accepted by the Athena consortium; release scheduled for November 2025."),
         ("2.2", "Neighbourhood Policing Teams to review all high-risk ASB victims weekly at the local Tasking and "
                 "Coordination meeting.",
          "Ch Insp S. Aldous; Ch Insp M. Chilvers", ["Ch Insp S. Aldous", "Ch Insp M. Chilvers"],
          d(2025, 1, 31), None, "G", "B",
          "Standing agenda item in all three district TCG meetings since January 2025."),
     ]),
    ("3",
     "Chief constables should make sure that officers and staff who deal with antisocial behaviour are trained in the "
     "powers available under the Anti-social Behaviour, Crime and Policing Act 2014, including the ASB case review "
     "(community trigger).",
     [
         ("3.1", "Commission an e-learning module on ASB powers and the ASB case review, mandatory for all response "
                 "and neighbourhood officers.",
          "Head of Learning and Development", ["Head of Learning and Development"],
          d(2025, 5, 31), d(2025, 10, 31), "G", "R",
          "Preferred supplier withdrew in June. Re-procurement under way; revised date at risk."),
         ("3.2", "Provide face-to-face training on Community Protection Notices and Closure Orders for all Beat "
                 "Managers and Early Intervention Officers.",
          "Force ASB Lead (Insp)", ["Force ASB Lead (Insp)"],
          d(2025, 9, 30), None, "G", "G",
          "Four of six sessions delivered; remaining two booked for September."),
     ]),
    ("4",
     "Chief constables should make sure their forces have enough analytical capability to understand antisocial "
     "behaviour demand, and share data with community safety partners.",
     [
         ("4.1", "Produce a quarterly ASB problem profile for each district, shared with the Norfolk County Community "
                 "Safety Partnership.",
          "Head of Analysis", ["Head of Analysis"],
          d(2025, 3, 31), None, "G", "B",
          "Q4 2024/25 and Q1 2025/26 profiles published and presented to the CCSP."),
         ("4.2", "Agree an ASB information-sharing agreement with the seven district councils and implement the "
                 "shared ECINS case management system.",
          "Supt Partnerships & Prevention", ["Supt Partnerships & Prevention"],
          d(2025, 12, 31), None, "A", "A",
          "ISA signed by five of seven councils. Two awaiting legal sign-off."),
     ]),
    ("5",
     "Chief constables should make sure their forces evaluate problem-solving activity to tackle antisocial "
     "behaviour and share what works.",
     [
         ("5.1", "Require every ASB problem-solving plan (SARA) on the POP database to include an assessment stage "
                 "before closure.",
          "Problem Solving Coordinator", ["Problem Solving Coordinator"],
          d(2025, 6, 30), None, "G", "G",
          "Mandatory field added to POP database 2 June 2025."),
         ("5.2", "Publish an annual 'what works' summary of evaluated ASB problem-solving initiatives on the force "
                 "intranet and through the POP network.",
          "Problem Solving Coordinator and Force ASB Lead",
          ["Problem Solving Coordinator", "Force ASB Lead"],
          d(2025, 3, 31), d(2026, 1, 31), "A", "G",
          "Revised date agreed at April LPB so the summary covers a full year of evaluated plans."),
     ]),
]


def build_norfolk():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Norfolk Constabulary"
    cover["A1"].font = Font(bold=True, size=14, color="1F3864")
    cover["A2"] = NORFOLK_TITLE
    cover["A2"].font = Font(bold=True, size=13)
    rows = [
        ("Report:", "The policing response to antisocial behaviour: PEEL spotlight report (HMICFRS, October 2024)"),
        ("Chief officer lead:", "Assistant Chief Constable – Local Policing"),
        ("Governance:", "Local Policing Board (monthly); PCC Accountability Meeting (quarterly)"),
        ("Position as at:", "31 July 2025"),
    ]
    r = 4
    for k, v in rows:
        cover.cell(r, 1, k).font = Font(bold=True)
        cover.cell(r, 2, v)
        r += 1
    r += 1
    cover.cell(r, 1, "Version control").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cover.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = BOX
    vc = [
        ("0.1", d(2024, 11, 18), "Strategic Planning & Inspection Team", "First draft following Local Policing Board"),
        ("1.0", d(2024, 12, 5), "Strategic Planning & Inspection Team", "Approved by ACC Local Policing"),
        ("1.2", d(2025, 4, 28), "Strategic Planning & Inspection Team", "April update to LPB"),
        ("1.3", d(2025, 8, 4), "Strategic Planning & Inspection Team",
         "July update; revised dates agreed for 1.2, 2.1, 3.1 and 5.2"),
    ]
    for row in vc:
        r += 1
        for i, v in enumerate(row, 1):
            c = cover.cell(r, i, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    r += 2
    cover.cell(r, 1, "RAG key").font = Font(bold=True, size=12)
    key = [
        ("B", "Complete – evidence accepted by the Force Inspection Board"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk of missing the due date – mitigation in place"),
        ("R", "Overdue or off track – escalated to ACC"),
    ]
    for letter, text in key:
        r += 1
        c = cover.cell(r, 1, letter)
        c.fill = PatternFill("solid", fgColor=FILL[letter])
        c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        cover.cell(r, 2, text)
    cover.column_dimensions["A"].width = 20
    cover.column_dimensions["B"].width = 90
    cover.column_dimensions["C"].width = 36
    cover.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws["A1"] = NORFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position as at 31 July 2025. Previous RAG as reported to the Local Policing Board in April 2025."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    heads = ["Rec No.", "HMICFRS recommendation", "Action ref", "Action", "Action owner", "Original due date",
             "Revised due date", "Previous RAG (Apr-25)", "Current RAG (Jul-25)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    r = 5
    expected = []
    for recno, rectext, acts in NORFOLK_RECS:
        first = r
        for (ref, text, owner, lead, orig, rev, prev, cur, upd) in acts:
            vals = [None, None, ref, text, owner, orig, rev, prev, cur, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, letter in ((8, prev), (9, cur)):
                c = ws.cell(r, col)
                c.fill = PatternFill("solid", fgColor=FILL[letter])
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.font = Font(bold=True, color="FFFFFF" if letter in "BR" else "000000")
            end = rev or orig
            expected.append(dict(ref=ref, under=[rectext], action=text, lead=lead,
                                 end=end.strftime("%Y-%m"), status={"B": "blue", "G": "green", "A": "amber",
                                                                    "R": "red"}[cur]))
            r += 1
        ws.cell(first, 1, recno)
        ws.cell(first, 2, rectext)
        for col in (1, 2):
            ws.cell(first, col).alignment = WRAP
            ws.cell(first, col).font = Font(bold=(col == 1))
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    # summary block
    r += 1
    ws.cell(r, 3, "Summary of current RAG").font = Font(bold=True)
    counts = {}
    for e in expected:
        counts[e["status"]] = counts.get(e["status"], 0) + 1
    for label, letter, key_ in (("Complete (B)", "B", "blue"), ("On track (G)", "G", "green"),
                                ("At risk (A)", "A", "amber"), ("Off track (R)", "R", "red")):
        r += 1
        c = ws.cell(r, 3, letter)
        c.fill = PatternFill("solid", fgColor=FILL[letter])
        c.border = BOX
        ws.cell(r, 4, label).border = BOX
        ws.cell(r, 5, counts.get(key_, 0)).border = BOX
    r += 1
    ws.cell(r, 4, "Total actions").font = Font(bold=True)
    ws.cell(r, 5, len(expected)).font = Font(bold=True)
    widths = [8, 48, 9, 55, 28, 13, 13, 11, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, NORFOLK_FILE))
    return expected


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.5)


def set_cell(cell, text, bold=False, size=9):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def header_row(table, heads, fill="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ---------------------------------------------------------------------------
# B. HMP Birmingham - HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
BHAM_FILE = "zra-hmp-birmingham-hmip-inspection-action-plan.docx"
BHAM_TITLE = "Action Plan: HMP Birmingham"
BHAM_SECTIONS = [
    ("Priority concerns", [
        ("1",
         "Levels of self-harm had risen since the last inspection, and many prisoners on ACCT case management told "
         "us they did not feel cared for. Case reviews were often late and care maps lacked meaningful actions.",
         "Agreed",
         [
             ("1.1", "Safer Custody team to quality assure 10% of open ACCTs each week, with feedback to case managers "
                     "and findings reported to the monthly Safety Intervention Meeting.",
              "Head of Safety", ["Head of Safety"], "31 October 2023", "2023-10", None, "Complete", "blue"),
             ("1.2", "Deliver ACCT case manager refresher training to all Band 4 and Band 5 supervising officers.",
              "Head of Safety / Head of Learning & Development",
              ["Head of Safety", "Head of Learning & Development"], "31/01/2024", "2024-01", None, "On track",
              "green"),
         ]),
        ("2",
         "Too many prisoners were locked in their cells for most of the day, and the published regime was not "
         "delivered reliably.",
         "Agreed",
         [
             ("2.1", "Introduce a revised core day that guarantees a minimum of four hours unlock for prisoners in "
                     "employment or education, monitored through the daily regime report.",
              "Deputy Governor", ["Deputy Governor"], "March 2024", "2024-03", None, "On track", "green"),
             ("2.2", "Recruit and deploy 18 additional Band 3 officers to remove the need for regime curtailments "
                     "on residential wings.",
              "Head of Residence; HR Business Partner", ["Head of Residence", "HR Business Partner"],
              "Q4 2023/24", "2024-03", None, "On track", "green"),
         ]),
        ("3",
         "Too many prisoners were released without sustainable accommodation, and resettlement planning started "
         "too late.",
         "Agreed",
         [
             ("3.1", "Establish a weekly pre-release accommodation board with the Commissioned Rehabilitative "
                     "Services provider and local authority housing teams, starting 12 weeks before release.",
              "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], "30/09/2023", "2023-09", None,
              "Complete", "blue"),
         ]),
    ]),
    ("Key concerns", [
        ("4",
         "Body-worn video cameras were not routinely activated during use of force incidents, and governance of "
         "use of force was not robust enough.",
         "Agreed",
         [
             ("4.1", "Use of Force Coordinator to review footage for every spontaneous use of force and report "
                     "non-activation to the monthly Use of Force Committee, with individual follow-up by line "
                     "managers.",
              "Head of Security", ["Head of Security"], "Ongoing", None, "Ongoing", "On track", "green"),
         ]),
        ("5",
         "Prisoners waited too long for a secondary mental health assessment.",
         "Partly Agreed",
         [
             ("5.1", "Healthcare provider to review the mental health triage pathway and introduce a dedicated "
                     "assessment clinic twice weekly.",
              "Head of Healthcare (Birmingham and Solihull Mental Health NHS FT)",
              ["Head of Healthcare (Birmingham and Solihull Mental Health NHS FT)"],
              "End of January 2024", "2024-01", None, "Not started", "unrated"),
         ]),
        ("6",
         "Attendance at education, skills and work activities was low and too many prisoners were unemployed.",
         "Agreed",
         [
             ("6.1", "Introduce an allocations panel so that all prisoners are allocated to activity within 10 "
                     "working days of induction, with attendance tracked weekly.",
              "Head of Education, Skills and Work", ["Head of Education, Skills and Work"], "28/02/2024",
              "2024-02", None, "On track", "green"),
         ]),
    ]),
]


def build_bham():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading(BHAM_TITLE, level=0)
    for line in ("Action Plan Submitted: 14 August 2023",
                 "A Response to the HMIP Inspection: 6 – 17 February 2023",
                 "Report Published: 20 June 2023"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of prisoners. Following the change to its reporting approach in May 2022, HMIP now identifies "
        "priority and key concerns rather than recommendations. In response to the report, HMPPS is required to "
        "produce a timely action plan. The plan confirms whether each concern is agreed, partly agreed or not "
        "agreed (see categorisations below) and sets out specific actions, each with an owner and a target date.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Term", "Definition", "Additional comment"])
    cat = [
        ("Agreed", "All of the concern is accepted and can be addressed within existing resources.",
         "The actions set out how the concern will be addressed, with timescales."),
        ("Partly Agreed", "Only part of the concern is accepted or can be addressed.",
         "The response states which part will be addressed and why the remainder cannot."),
        ("Not Agreed", "The concern is not accepted.",
         "The response gives the reason, for example policy or affordability."),
    ]
    for i, row in enumerate(cat, 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(j == 0))
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Progress position: ").bold = True
    p.add_run("31 December 2023, as reported to the Senior Leadership Team. Status is shown as Complete, "
              "On track or Not started.")
    expected = []
    heads = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner",
             "Target Date", "Status (31/12/2023)"]
    widths = [Cm(1.2), Cm(6.0), Cm(2.4), Cm(7.2), Cm(3.6), Cm(2.4), Cm(2.4)]
    for section, concerns in BHAM_SECTIONS:
        doc.add_heading(section, level=1)
        nrows = 1 + sum(len(c[3]) for c in concerns)
        t = doc.add_table(rows=nrows, cols=7)
        t.style = "Table Grid"
        header_row(t, heads)
        r = 1
        for num, ctext, agreed, acts in concerns:
            first = r
            for (ref, text, owner, lead, date, end, end_text, status, skey) in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[3], text)
                set_cell(cells[4], owner)
                set_cell(cells[5], date)
                set_cell(cells[6], status)
                e = dict(ref=ref, under=[section, ctext], action=text, lead=lead, end=end)
                if end_text:
                    e["end_text"] = end_text
                e["status"] = skey
                expected.append(e)
                r += 1
            last = r - 1
            if last > first:
                for col in (1, 2):
                    t.cell(first, col).merge(t.cell(last, col))
            set_cell(t.cell(first, 1), ctext)
            set_cell(t.cell(first, 2), agreed)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph("Action plan owner: Governor, HMP Birmingham. Next review: Senior Leadership Team, "
                      "March 2024.")
    doc.save(os.path.join(HERE, BHAM_FILE))
    return expected


# ---------------------------------------------------------------------------
# C. SFRS - HMFSI climate change thematic inspection action plan (docx)
# ---------------------------------------------------------------------------
SFRS_FILE = "zra-scottish-fire-and-rescue-service-hmfsi-climate-change-thematic-inspection-action-plan.docx"
SFRS_TITLE = ("HMFSI Thematic Inspection – Climate Change: Managing the Operational Impact on Fires and Other "
              "Weather-Related Emergencies – Action Plan")
RAGFILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
SFRS_THEMES = [
    ("Water Rescue and Flooding", [
        ("Recommendation 1",
         "The Service should consider amending the Water Rescue and Flooding Standard Operating Procedure so that the "
         "‘cannot enter the water’ rule is explained and qualified, with clearer guidance for very low water, low "
         "risk incidents.",
         [
             ("1.1", "Review the Water Rescue and Flooding SOP with Operational Guidance and Health and Safety "
                     "colleagues, and consult the Representative Bodies on the revised wording.",
              "Area Commander – Operations Policy", ["Area Commander – Operations Policy"],
              "31/03/2024", "30/09/2024", "blue", "100%",
              "Revised SOP approved by the Operations Function Board on 12 September 2024."),
             ("1.2", "Issue the revised SOP through a Technical Information Note and briefing to all water first "
                     "responder stations.\nRecord completion of the briefing on LCMS.",
              "Area Commander – Operations Policy", ["Area Commander – Operations Policy"],
              "31/10/2024", "31/03/2025", "green", "80%",
              "TIN issued 7 October 2024. Briefing recorded for 71 of 89 stations."),
         ]),
        ("Recommendation 2",
         "The SFRS should consistently complete water incident response plans and make them available to crews on "
         "the Operational Intelligence (OI) system.",
         [
             ("2.1", "Complete water incident response plans for all identified high-risk water sites, prioritising "
                     "those with a history of incidents, and publish them on the OI system.",
              "Station Commander – Operational Intelligence", ["Station Commander – Operational Intelligence"],
              "31/12/2024", "30/06/2025", "amber", "55%",
              "164 of 298 plans published. Capacity in the West SDA OI team is limited until two vacancies are filled."),
         ]),
        ("Recommendation 3",
         "The SFRS should strengthen its guidance and requirements for recording maintenance of competence training "
         "carried out by level 3 and level 4 water rescue personnel.",
         [
             ("3.1", "Add level 3 and level 4 water rescue maintenance modules to the Training Delivery Framework and "
                     "make recording mandatory on LCMS.",
              "Head of Training / Head of Operations", ["Head of Training", "Head of Operations"],
              "30/06/2024", "", "blue", "100%",
              "Modules live on LCMS from 1 June 2024; compliance reported quarterly."),
         ]),
        ("Recommendation 4",
         "The SFRS should review how it plans for wide-area flooding, both generally and for specific sites, and "
         "decide how that information is shared with operational personnel.",
         [
             ("4.1", "Work with SEPA and Local Resilience Partnerships to map wide-area flooding risk and include it "
                     "in Local Senior Officer area risk profiles.",
              "Head of Prevention & Protection", ["Head of Prevention & Protection"],
              "31/03/2025", "", "green", "60%",
              "Data-sharing agreement with SEPA signed. Mapping complete for the North SDA."),
             ("4.2", "Develop site-specific flood plans for the ten highest-risk communities identified by SEPA and "
                     "publish them on the OI system.",
              "Local Senior Officers", ["Local Senior Officers"],
              "March 2026", "", "green", "20%",
              "Three plans drafted (Brechin, Ballater, Hawick)."),
         ]),
    ]),
    ("Wildfire", [
        ("Recommendation 5",
         "The SFRS should reinvigorate the Wildfire SFRS National Users Group (SNUG) and communicate the Wildfire "
         "Strategy implementation plan to encourage two-way engagement.",
         [
             ("5.1", "Re-establish quarterly SNUG meetings with terms of reference approved by the Operations "
                     "Function Board.",
              "Wildfire Tactical Lead", ["Wildfire Tactical Lead"],
              "30/04/2024", "", "blue", "100%",
              "SNUG has met quarterly since March 2024."),
             ("5.2", "Publish the Wildfire Strategy implementation plan on iHub and hold engagement sessions at each "
                     "wildfire station.",
              "Wildfire Tactical Lead and Head of Communications",
              ["Wildfire Tactical Lead", "Head of Communications"],
              "30/09/2024", "31/05/2025", "red", "30%",
              "Implementation plan awaiting Strategic Leadership Team approval; engagement sessions cannot start "
              "until it is published."),
         ]),
        ("Recommendation 6",
         "The wildfire SNUG should add crew welfare to its agenda and explore practical improvements to welfare "
         "arrangements at prolonged incidents.",
         [
             ("6.1", "Trial welfare pods and rest-period guidance at prolonged wildfire incidents during the 2025 "
                     "spring wildfire season and report findings to SNUG.",
              "Wildfire Tactical Lead", ["Wildfire Tactical Lead"],
              "30/06/2025", "", "green", "40%",
              "Two welfare pods procured and based at Aviemore and Dingwall."),
         ]),
    ]),
]


def _end_of(datestr):
    if not datestr:
        return None
    if "/" in datestr:
        dd, mm, yy = datestr.split("/")
        return f"{yy}-{mm}"
    mon, yy = datestr.split()
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return f"{yy}-{months.index(mon) + 1:02d}"


def build_sfrs():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("SCOTTISH FIRE AND RESCUE SERVICE")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Service Delivery Committee")
    doc.add_heading(SFRS_TITLE, level=0)
    doc.add_paragraph("Progress update as at 14 February 2025")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"])
    vc = [("0.1", "05/09/2023", "Operations Function – Business Support", "Draft action plan for SLT"),
          ("1.0", "26/10/2023", "Operations Function – Business Support", "Approved by Service Delivery Committee"),
          ("1.4", "14/02/2025", "Operations Function – Business Support", "Q3 2024/25 progress update")]
    for i, row in enumerate(vc, 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)
    doc.add_paragraph()
    doc.add_heading("RAG status key", level=2)
    key = [("blue", "Action complete"), ("green", "On track to meet due date"),
           ("amber", "Some slippage – remedial action in place"), ("red", "Significantly off track – escalated")]
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (col, text) in enumerate(key):
        set_cell(t.rows[i].cells[0], "")
        shade(t.rows[i].cells[0], RAGFILL[col])
        set_cell(t.rows[i].cells[1], text)
        t.rows[i].cells[0].width = Cm(2)
        t.rows[i].cells[1].width = Cm(10)
    doc.add_paragraph()
    heads = ["Ref", "Action Description", "Action Owner", "Due Date", "Revised Due Date", "RAG", "% Complete",
             "Progress Update"]
    widths = [Cm(1.1), Cm(7.4), Cm(3.6), Cm(2.2), Cm(2.2), Cm(1.3), Cm(1.7), Cm(6.2)]
    expected = []
    for theme, recs in SFRS_THEMES:
        doc.add_heading(theme, level=1)
        for rechead, rectext, acts in recs:
            doc.add_heading(rechead, level=2)
            doc.add_paragraph(rectext)
            t = doc.add_table(rows=1 + len(acts), cols=8)
            t.style = "Table Grid"
            header_row(t, heads)
            for i, (ref, text, owner, lead, due, rev, rag, pct, upd) in enumerate(acts, 1):
                cells = t.rows[i].cells
                for j, v in enumerate([ref, text, owner, due, rev, "", pct, upd]):
                    set_cell(cells[j], v)
                shade(cells[5], RAGFILL[rag])
                expected.append(dict(ref=ref, under=[theme, rectext], action=text, lead=lead,
                                     end=_end_of(rev or due), status=rag))
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph()
    doc.add_paragraph("Next update: Service Delivery Committee, May 2025.")
    doc.save(os.path.join(HERE, SFRS_FILE))
    return expected


# ---------------------------------------------------------------------------
# D. DN Colleges Group - Ofsted PIAP (xlsx), refuse: mistyped month
# ---------------------------------------------------------------------------
DNC_FILE = "zra-dn-colleges-group-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
DNC_TITLE = "DN Colleges Group – Post-Inspection Action Plan 2024-25"
DNC_BLOCKS = [
    ("Quality of education", [
        ("1. Leaders should ensure that teachers and employers coordinate apprentices' on- and off-the-job training, "
         "so that apprentices apply new knowledge and skills at work.", [
            ("1.1", "Introduce tripartite progress reviews every ten weeks for all apprentices, with the employer "
                    "mentor attending and agreeing workplace tasks linked to the off-the-job plan.",
             "Head of Apprenticeships", "Dec 2024", "100% of reviews on time with employer present", "A",
             "Reviews on time 84% (October). Employer attendance 71%."),
            ("1.2", "Train all apprenticeship tutors in sequencing off-the-job training with the employer's "
                    "production calendar.",
             "Head of Apprenticeships / Teaching & Learning Lead", "Jan 2025", "All tutors trained; learning "
                                                                               "walks show coordinated plans",
             "G", "Two of three training sessions delivered."),
        ]),
        ("2. Leaders should ensure that teachers of English and mathematics use assessment to identify and close "
         "gaps in learners' knowledge.", [
            ("2.1", "Diagnostic assessment for all English and maths learners in the first three weeks, with "
                    "individual gap analysis recorded on ProMonitor.",
             "Head of English & Maths", "Oct 2024", "Diagnostics completed for 95% of learners", "G",
             "Completed for 96% of learners."),
            ("2.2", "Fortnightly low-stakes quizzes on identified gaps, with results reviewed at team meetings.",
             "English & Maths Curriculum Managers", "Mar 2025", "Improved in-year progress in mock results", "G",
             "In place across all sites from November."),
        ]),
    ]),
    ("Leadership and management", [
        ("3. Governors should hold senior leaders to account more rigorously for the quality of apprenticeship "
         "provision.", [
            ("3.1", "Add an apprenticeship quality dashboard to every Quality and Standards Committee agenda.",
             "Deputy Principal – Quality", "Nov 2024", "Dashboard presented at each committee", "G",
             "First dashboard presented 27 November 2024."),
            ("3.2", "Link governor to complete two learning walks in apprenticeship provision each term.",
             "Clerk to the Corporation", "Jul 2025", "Six learning walks completed and reported", "A",
             "One learning walk completed; second rescheduled."),
        ]),
        ("4. Leaders should improve the attendance of learners aged 16 to 18 on English and mathematics courses.", [
            ("4.1", "Daily first-day absence calls for English and maths lessons by the attendance team.",
             "Head of Student Services", "Nov 2024", "Attendance at or above 85%", "R",
             "Attendance 78% at half term; additional attendance officer being recruited."),
            ("4.2", "Attendance targets for English and maths included in every personal tutor's caseload review.",
             "Head of Student Services", "Febuary 2025", "Attendance at or above 85%", "A",
             "Targets set; caseload reviews started."),
        ]),
    ]),
]


def build_dnc():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = DNC_TITLE
    fs["A1"].font = Font(bold=True, size=14)
    fs["A3"] = "Ofsted inspection:"
    fs["B3"] = "23–26 April 2024 (report published 4 June 2024)"
    fs["A4"] = "Plan owner:"
    fs["B4"] = "Deputy Principal – Quality"
    fs["A5"] = "Monitored by:"
    fs["B5"] = "Quality and Standards Committee (each meeting)"
    for a in ("A3", "A4", "A5"):
        fs[a].font = Font(bold=True)
    fs["A7"] = "Inspection judgement"
    fs["B7"] = "Grade"
    for a in ("A7", "B7"):
        fs[a].font = Font(bold=True, color="FFFFFF")
        fs[a].fill = PatternFill("solid", fgColor="7030A0")
    grades = [("Overall effectiveness", "Requires improvement"), ("Quality of education", "Requires improvement"),
              ("Behaviour and attitudes", "Good"), ("Personal development", "Good"),
              ("Leadership and management", "Requires improvement"),
              ("Education programmes for young people", "Requires improvement"),
              ("Adult learning programmes", "Good"), ("Apprenticeships", "Requires improvement"),
              ("Provision for learners with high needs", "Good")]
    for i, (k, v) in enumerate(grades, 8):
        fs.cell(i, 1, k).border = BOX
        fs.cell(i, 2, v).border = BOX
    fs.column_dimensions["A"].width = 42
    fs.column_dimensions["B"].width = 48

    ws = wb.create_sheet("PIAP")
    ws["A1"] = DNC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Updated for the Quality and Standards Committee, 27 November 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    heads = ["Ref", "Action", "Lead", "Target date", "Success measure", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    typo_row = None
    for judgement, afis in DNC_BLOCKS:
        c = ws.cell(r, 1, judgement)
        c.font = Font(bold=True, size=12, color="FFFFFF")
        for col in range(1, 8):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            c = ws.cell(r, 1, afi)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for col in range(1, 8):
                ws.cell(r, col).fill = PatternFill("solid", fgColor="E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for (ref, text, lead, when, measure, rag, upd) in acts:
                for i, v in enumerate([ref, text, lead, when, measure, upd, rag], 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[rag])
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                if when == "Febuary 2025":
                    typo_row = r
                r += 1
    for i, w in enumerate([7, 60, 26, 13, 34, 44, 7]):
        ws.column_dimensions[chr(65 + i)].width = w

    ls = wb.create_sheet("Lists")
    ls["A1"] = "RAG"
    ls["B1"] = "Meaning"
    for i, (l, m) in enumerate([("G", "On track"), ("A", "Some slippage"), ("R", "Off track / not started"),
                                ("B", "Complete")], 2):
        ls.cell(i, 1, l).fill = PatternFill("solid", fgColor=FILL[l])
        ls.cell(i, 2, m)
    wb.save(os.path.join(HERE, DNC_FILE))
    return typo_row


# ---------------------------------------------------------------------------
# E. St Bartholomew's CE Primary School - post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
STB_FILE = "zra-st-bartholomews-ce-primary-school-ofsted-report-card-post-inspection-action-plan.xlsx"
STB_TITLE = "St Bartholomew's CE Primary School – Post-inspection action plan (Ofsted report card, December 2025)"
STB_BLOCKS = [
    ("Inclusion", "Needs attention",
     "Leaders should make sure that pupils with SEND receive the precise support set out in their plans, so that "
     "adaptations in lessons help them to learn the curriculum well.", [
         ("1.1", "SENCo to rewrite all pupil support plans with small-step targets linked to the curriculum, shared "
                 "with class teachers and parents.",
          "SENCo", ["SENCo"], "Feb half term 2026", "2026-02", None, "G", "HT scrutiny of plans; parent feedback"),
         ("1.2", "Half-termly INSET on adaptive teaching strategies for teachers and teaching assistants, led by the "
                 "Trust inclusion lead.",
          "SENCo / Trust Inclusion Lead", ["SENCo", "Trust Inclusion Lead"], "Summer term 2026", "2026-07", None,
          "G", "Learning walks by SLT"),
         ("1.3", "SEND governor to complete a learning walk each term focusing on adaptations for pupils with SEND.",
          "SEND Governor", ["SEND Governor"], "Termly", None, "Termly", "A", "Governor visit notes to FGB"),
     ]),
    ("Achievement", "Needs attention",
     "Leaders should ensure that pupils who fall behind in early reading catch up quickly, so that more pupils meet "
     "the expected standard in the phonics screening check.", [
         ("2.1", "Daily same-day keep-up sessions for pupils in Reception and Year 1 who are not secure with the "
                 "sounds taught that day.",
          "Phonics Lead", ["Phonics Lead"], "Ongoing", None, "Ongoing", "G", "Phonics Lead drop-ins; assessment data"),
         ("2.2", "Buy fully decodable reading books matched to the phonics programme for Year 2 and Year 3 pupils "
                 "still on the programme.",
          "Phonics Lead & School Business Manager", ["Phonics Lead", "School Business Manager"], "31/03/2026",
          "2026-03", None, "B", "Budget monitoring"),
         ("2.3", "Phonics screening check practice assessments every six weeks, with results analysed at pupil "
                 "progress meetings.",
          "DHT", ["DHT"], "June 2026", "2026-06", None, None, "Pupil progress meeting minutes"),
     ]),
    ("Attendance and behaviour", "Expected standard",
     "Leaders should continue to reduce the persistent absence of disadvantaged pupils.", [
         ("3.1", "Attendance officer to hold attendance support meetings with the families of all disadvantaged "
                 "pupils whose attendance is below 90%.",
          "Attendance Officer and FLO", ["Attendance Officer", "FLO"], "By July 2026", "2026-07", None, "A",
          "Weekly attendance report to HT"),
         ("3.2", "Offer breakfast club places to persistently absent pupils, funded through pupil premium.",
          "HT", ["HT"], "Sept 2026", "2026-09", None, None, "Pupil premium review"),
     ]),
]


def build_stb():
    wb = Workbook()
    rc = wb.active
    rc.title = "Report card"
    rc["A1"] = "St Bartholomew's CE Primary School"
    rc["A1"].font = Font(bold=True, size=14)
    rc["A2"] = "Ofsted inspection 2–3 December 2025 – report card published 14 January 2026"
    rc["A4"] = "Evaluation area"
    rc["B4"] = "Grade"
    for a in ("A4", "B4"):
        rc[a].font = Font(bold=True)
        rc[a].fill = PatternFill("solid", fgColor="D9E1F2")
    grades = [("Inclusion", "Needs attention"), ("Curriculum and teaching", "Expected standard"),
              ("Achievement", "Needs attention"), ("Attendance and behaviour", "Expected standard"),
              ("Personal development and well-being", "Strong standard"), ("Early years", "Expected standard"),
              ("Leadership and governance", "Expected standard"), ("Safeguarding", "Met")]
    for i, (k, v) in enumerate(grades, 5):
        rc.cell(i, 1, k).border = BOX
        rc.cell(i, 2, v).border = BOX
    rc.column_dimensions["A"].width = 40
    rc.column_dimensions["B"].width = 22

    ws = wb.create_sheet("Action plan")
    ws["A1"] = STB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Agreed by the Full Governing Board on 27 January 2026. RAG reviewed at February half term: "
                "green = on track, amber = some concern, red = significant concern, blue = complete, "
                "no colour = not yet started.")
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A2:I2")
    ws.row_dimensions[2].height = 30
    heads = ["Evaluation area", "Grade", "What the school needs to do to improve", "Ref", "Actions", "Who",
             "When", "Monitoring", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    expected = []
    for area, grade, improve, acts in STB_BLOCKS:
        first = r
        for (ref, text, who, lead, when, end, end_text, rag, mon) in acts:
            for i, v in enumerate([None, None, None, ref, text, who, when, mon, None], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
            if rag:
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILL[rag])
            e = dict(ref=ref, under=[area, improve], action=text, lead=lead, end=end)
            if end_text:
                e["end_text"] = end_text
            e["status"] = {"G": "green", "A": "amber", "R": "red", "B": "blue", None: "unrated"}[rag]
            expected.append(e)
            r += 1
        for col, v in ((1, area), (2, grade), (3, improve)):
            ws.cell(first, col, v)
            ws.cell(first, col).alignment = WRAP
            ws.cell(first, col).font = Font(bold=(col == 1))
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for i, w in enumerate([20, 16, 44, 6, 52, 24, 18, 28, 7]):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, STB_FILE))
    return expected


# ---------------------------------------------------------------------------
# F. Tonbridge School - ISI inspection action plan (csv)
# ---------------------------------------------------------------------------
TON_FILE = "zra-tonbridge-school-isi-inspection-action-plan.csv"
TON_TITLE = "Tonbridge School – ISI Inspection Action Plan"
TON_BLOCKS = [
    ("Leadership and management, and governance",
     "Strengthen the oversight of the school's self-evaluation so that governors can check the impact of leaders' "
     "improvement priorities more precisely.", [
         ("1.1", "Introduce a termly improvement plan dashboard for the Governors' Education Committee, with "
                 "measurable success criteria for each priority.",
          "Second Master", ["Second Master"], "December 2025", "2025-12", None, "Complete", "blue",
          "First dashboard presented November 2025"),
         ("1.2", "Governor link visits aligned to each improvement priority, with a written note of each visit.",
          "Clerk to the Governors; Chair of Education Committee",
          ["Clerk to the Governors", "Chair of Education Committee"], "Summer term 2026", "2026-07", None,
          "Green", "green", "Visit schedule agreed; two visits completed"),
     ]),
    ("Quality of education, training and recreation",
     "Ensure that teachers make consistent use of assessment information in the lower school to adapt teaching for "
     "pupils who need additional support.", [
         ("2.1", "Roll out the new Novi assessment tracker, with data reviewed by heads of department at each data "
                 "drop.",
          "Deputy Head (Academic)", ["Deputy Head (Academic)"], "31/01/2026", "2026-01", None, "Green", "green",
          "Tracker live for Novi; first data drop 7 November"),
         ("2.2", "CPD programme on adaptive teaching for all teaching staff, including two INSET sessions and "
                 "departmental peer observation.",
          "Director of Teaching and Learning", ["Director of Teaching and Learning"], "July 2026", "2026-07", None,
          "Amber", "amber", "Second INSET moved to January because of staffing"),
         ("2.3", "Learning Support to share pupil passports with all teachers through the school MIS.",
          "Head of Learning Support", ["Head of Learning Support"], "Ongoing", None, "Ongoing", "Green", "green",
          "Passports visible in iSAMS for 142 pupils"),
     ]),
    ("Pupils' physical and mental health and emotional wellbeing",
     "Make sure that boarders consistently know how to raise concerns about their wellbeing outside their boarding "
     "house.", [
         ("3.1", "Publish independent listener and helpline details in every boarding house and in the boarders' "
                 "digital handbook.",
          "Deputy Head (Pastoral)", ["Deputy Head (Pastoral)"], "September 2025", "2025-09", None, "Complete",
          "blue", "Posters checked in all houses 15 September"),
         ("3.2", "Survey boarders each term on their awareness of who they can talk to, and report results to the "
                 "Boarding Committee.",
          "Deputy Head (Pastoral) / Head of Boarding", ["Deputy Head (Pastoral)", "Head of Boarding"], "Termly",
          None, "Termly", "Not started", "unrated", "First survey planned for Lent term"),
     ]),
]


def build_ton():
    ncol = 8
    rows = [
        [TON_TITLE] + [""] * (ncol - 1),
        ["Inspection dates: 4–6 February 2025. Report published: 2 April 2025."] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Report section", "Recommended next step", "Action", "Responsibility", "Timescale", "Status",
         "Progress / evidence"],
    ]
    expected = []
    for section, step, acts in TON_BLOCKS:
        for i, (ref, text, resp, lead, when, end, end_text, status, skey, prog) in enumerate(acts):
            rows.append([ref, section if i == 0 else "", step if i == 0 else "", text, resp, when, status, prog])
            e = dict(ref=ref, under=[section, step], action=text, lead=lead, end=end)
            if end_text:
                e["end_text"] = end_text
            e["status"] = skey
            expected.append(e)
    rows.append([""] * ncol)
    rows.append(["Key: Complete = action finished and evidence filed; Green = on track; Amber = some risk to "
                 "timescale; Red = off track."] + [""] * (ncol - 1))
    rows.append(["Reviewed by the Governors' Education Committee on 11 November 2025."] + [""] * (ncol - 1))
    with open(os.path.join(HERE, TON_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    return expected


# ---------------------------------------------------------------------------
# G. Probation Service North East region - HMI Probation regional inspection action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
NE_FILE = "zra-probation-service-north-east-region-hmip-regional-inspection-action-plan.txt"
NE_TITLE = "Action Plan: Probation Service – North East Region"
NE_GROUPS = [
    ("Recommendations for the North East Region", [
        ("1",
         "Improve the quality of assessments of risk of harm, so that practitioners analyse the information received "
         "from police domestic abuse and children's social care enquiries.",
         "Agreed", [
             ("1.1", "Deliver risk of serious harm analysis workshops to all Probation Officers and PQiPs across the "
                     "region's PDUs, using case examples from the inspection.",
              "Regional Head of Learning and Development", ["Regional Head of Learning and Development"],
              "31/03/2026", "2026-03", None),
             ("1.2", "Senior Probation Officers to countersign all initial risk of serious harm assessments for cases "
                     "assessed as high risk, until quality audits show sustained improvement.",
              "Heads of PDU", ["Heads of PDU"], "Ongoing", None, "Ongoing"),
         ]),
        ("2",
         "Make sure that domestic abuse and safeguarding information is requested and received in every case at the "
         "start of the sentence, and is followed up where it is not returned.",
         "Agreed", [
             ("2.1", "Agree a revised information-sharing protocol with Northumbria, Durham and Cleveland police, "
                     "with a 10 working day return standard.",
              "Head of Public Protection", ["Head of Public Protection"], "February 2026", "2026-02", None),
         ]),
        ("3",
         "Strengthen management oversight so that it identifies and addresses shortfalls in public protection work.",
         "Agreed", [
             ("3.1", "Introduce a monthly management oversight audit tool for Senior Probation Officers, with results "
                     "reviewed at the Regional Quality Board.",
              "Head of Operational Quality / Head of Public Protection",
              ["Head of Operational Quality", "Head of Public Protection"], "Q1 2026/27", "2026-06", None),
             ("3.2", "Refresh the SPO development programme to include reflective supervision focused on risk of "
                     "harm.",
              "Regional Head of Learning and Development", ["Regional Head of Learning and Development"],
              "End of September 2026", "2026-09", None),
         ]),
    ]),
    ("Recommendations for HMPPS", [
        ("4",
         "Ensure that there are enough accredited programme places in the North East region to meet the needs of "
         "people on probation who are sentenced to them.",
         "Partly Agreed", [
             ("4.1", "Review accredited programme commissioning for the North East using the 2025/26 demand model "
                     "and agree additional Building Choices facilitator posts.",
              "Deputy Director Interventions (HMPPS)", ["Deputy Director Interventions (HMPPS)"], "30/06/2026",
              "2026-06", None),
         ]),
        ("5",
         "Make sure practitioners have reliable IT so that case recording on nDelius is not lost or delayed.",
         "Agreed", [
             ("5.1", "Complete the laptop refresh for all North East probation staff and resolve connectivity "
                     "problems at the Middlesbrough and Sunderland offices.",
              "MoJ Digital Service Manager; Regional Business Manager",
              ["MoJ Digital Service Manager", "Regional Business Manager"], "April 2026", "2026-04", None),
         ]),
    ]),
]


def build_ne():
    lines = [
        NE_TITLE,
        "Action Plan Submitted: 16 January 2026",
        "A Response to the HM Inspectorate of Probation Inspection of Probation Services: North East Region",
        "Report Published: 25 November 2025",
        "",
        "The action plan confirms whether each recommendation is Agreed, Partly Agreed or Not Agreed. Each action "
        "has an owner and a target date. Progress will be monitored by the Regional Leadership Team and reported to "
        "HMPPS Probation Operations.",
        "",
        "\t".join(["Rec No", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No", "Action",
                   "Responsible Owner", "Target Date"]),
    ]
    expected = []
    for group, recs in NE_GROUPS:
        lines.append(group)
        for num, rtext, agreed, acts in recs:
            for i, (ref, text, owner, lead, date, end, end_text) in enumerate(acts):
                if i == 0:
                    cols = [num, rtext, agreed, ref, text, owner, date]
                else:
                    cols = ["", "", "", ref, text, owner, date]
                lines.append("\t".join(cols))
                e = dict(ref=ref, under=[group, rtext], action=text, lead=lead, end=end)
                if end_text:
                    e["end_text"] = end_text
                e["status"] = "unrated"
                expected.append(e)
    lines.append("")
    lines.append("Action plan owner: Regional Probation Director, North East. Next progress review: July 2026.")
    with open(os.path.join(HERE, NE_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return expected


def build_all():
    out = {}
    out[NORFOLK_FILE] = (NORFOLK_TITLE, build_norfolk())
    out[BHAM_FILE] = (BHAM_TITLE, build_bham())
    out[SFRS_FILE] = (SFRS_TITLE, build_sfrs())
    out[DNC_FILE] = (DNC_TITLE, build_dnc())
    out[STB_FILE] = (STB_TITLE, build_stb())
    out[TON_FILE] = (TON_TITLE, build_ton())
    out[NE_FILE] = (NE_TITLE, build_ne())
    return out


if __name__ == "__main__":
    res = build_all()
    for name, (title, exp) in res.items():
        if isinstance(exp, list):
            print(f"{name}: {len(exp)} actions")
        else:
            print(f"{name}: refuse at sheet row {exp}")
