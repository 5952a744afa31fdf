"""Generate the l2- blind cases (partnership and corporate plans).

Run with /work/main/.venv/bin/python l2_make.py from this directory.
Writes seven document files beside this script; the .expected.yaml files
are written by hand and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. UHMBT CQC must do / should do improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_uhmbt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = ("University Hospitals of Morecambe Bay NHS Foundation Trust – "
                "CQC Must Do and Should Do Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = ("Following CQC inspections of April 2021 (core services and well-led) "
                "and August 2021 (unannounced, medicine at RLI). Position as at 31 May 2022 "
                "– reported to Quality Committee.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")

    headers = ["Ref", "Core Service", "CQC Finding (Must Do / Should Do)", "Action(s)",
               "Executive Lead", "Target Date", "Revised Target Date", "Progress Update",
               "RAG"]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    widths = [8, 18, 45, 50, 22, 12, 14, 50, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"

    ragfill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    must = [
        ("MD1", "Urgent and Emergency Care",
         "The trust must ensure that patients in the emergency department receive timely "
         "assessment and treatment, including initial triage within 15 minutes of arrival. "
         "(Regulation 12)",
         "Implement streaming and triage nurse at the front door of ED at RLI and FGH 24/7, "
         "with time to triage monitored daily through the ED dashboard.",
         "Chief Operating Officer", D(2022, 3, 31), D(2022, 6, 30),
         "Front-door triage nurse rota in place at both sites from April. Median time to "
         "triage 12 minutes in May; 15-minute standard met for 82% of patients against a "
         "target of 95%.", "A"),
        ("MD2", "Urgent and Emergency Care",
         "The trust must ensure that staff complete and record risk assessments for patients, "
         "including falls, pressure ulcers and sepsis screening. (Regulation 12)",
         "Introduce an electronic risk assessment bundle in ED with mandatory fields for "
         "sepsis screening and falls risk; weekly documentation audit reported to care group "
         "governance.",
         "Chief Nurse", D(2022, 4, 30), None,
         "Bundle went live 11 April 2022. Weekly audits show 91% compliance in May.", "G"),
        ("MD3.1", "Maternity",
         "The trust must ensure there are sufficient numbers of suitably qualified, competent "
         "and experienced midwives deployed in maternity services. (Regulation 18)",
         "Complete Birthrate Plus review of the midwifery establishment and present a funded "
         "workforce plan to Board.",
         "Chief Nurse", D(2022, 1, 31), None,
         "Birthrate Plus report received December 2021; establishment uplift of 14.2 WTE "
         "approved by Board on 27 January 2022.", "B"),
        ("MD3.2", None, None,
         "Recruit to vacant midwifery posts, including an international recruitment cohort, "
         "and report staffing fill rates monthly to Quality Committee.",
         "Chief Nurse / Director of People and OD", D(2022, 9, 30), None,
         "Cohort of 9 international midwives arrived May 2022. Fill rate 88% days, 84% nights.",
         "G"),
        ("MD4", "Medicine",
         "The trust must ensure that medicines are stored securely and at the correct "
         "temperature, and that fridge temperatures are checked daily. (Regulation 12)",
         "Roll out wireless temperature monitoring to all ward medicine fridges and treatment "
         "rooms across the three sites.",
         "Medical Director", D(2022, 6, 30), D(2022, 10, 31),
         "Installation complete at RLI. FGH and WGH delayed by supplier lead times; revised "
         "date agreed at Medicines Safety Group.", "A"),
        ("MD5", "Trust-wide",
         "The trust must ensure that all staff complete mandatory training, including "
         "safeguarding adults and children level 3 where required. (Regulation 18)",
         "Recovery trajectory for mandatory training by care group, with protected time and "
         "monthly compliance reporting to Executive Team.",
         "Director of People and OD", D(2022, 3, 31), D(2022, 9, 30),
         "Trust compliance 79% against 90% target. Safeguarding level 3 remains below "
         "trajectory in Medicine (68%).", "R"),
    ]
    should = [
        ("SD1", "Urgent and Emergency Care",
         "The trust should ensure that patients' pain is assessed and re-assessed, and that "
         "pain relief is given in a timely way.",
         "Add pain score to the ED triage template and re-audit quarterly.",
         "Chief Nurse", D(2022, 3, 31), None,
         "Pain score added to triage template February 2022; Q4 audit 87% compliance.", "B"),
        ("SD2", "Maternity",
         "The trust should ensure that all women are offered a named midwife and continuity "
         "of carer where possible.",
         "Develop a continuity of carer implementation plan in line with national guidance.",
         "Chief Nurse", "Q2 2022/23", None,
         "Draft plan to Maternity Safety Champions meeting in June 2022.", "G"),
        ("SD3", "Medicine",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours "
         "of discharge.",
         "Monitor discharge summary timeliness through the Medicine care group performance "
         "meeting and target wards below 90%.",
         "Medical Director", "Ongoing", None,
         "May 2022: 86% sent within 24 hours.", "G"),
        ("SD4", "Trust-wide",
         "The trust should ensure that the Freedom to Speak Up Guardian has sufficient "
         "protected time for the role.",
         "Increase FTSU Guardian capacity to 1.0 WTE and appoint FTSU champions in each "
         "care group.",
         "Director of People and OD", D(2022, 4, 30), None,
         "Substantive 1.0 WTE Guardian appointed; 32 champions trained.", "B"),
    ]

    r = hr + 1

    def band(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")

    def put(rows, start):
        row = start
        for ref, svc, finding, action, lead, tgt, rev, upd, rag in rows:
            vals = [ref, svc, finding, action, lead, tgt, rev, upd, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(tgt, dt.datetime):
                ws.cell(row=row, column=6).number_format = "mmm-yy"
            if rev is not None:
                ws.cell(row=row, column=7).number_format = "dd/mm/yyyy"
            rc = ws.cell(row=row, column=9)
            rc.fill = fill(ragfill[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            rc.font = Font(bold=True, color="FFFFFF" if rag in "BR" else "000000")
            row += 1
        return row

    band(r, "Must Do")
    r += 1
    first_md3 = r + 2
    r = put(must, r)
    # finding and core service for MD3 span both of its actions
    ws.merge_cells(start_row=first_md3, start_column=2, end_row=first_md3 + 1, end_column=2)
    ws.merge_cells(start_row=first_md3, start_column=3, end_row=first_md3 + 1, end_column=3)
    band(r, "Should Do")
    r += 1
    r = put(should, r)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    keys = [("B", "Complete and evidenced – signed off at Quality Committee"),
            ("G", "On track to deliver by target date"),
            ("A", "At risk of slippage / revised date agreed"),
            ("R", "Off track – escalated to Quality Committee")]
    for k, text in keys:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(ragfill[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        ws.cell(row=r, column=2, value=text)
    wb.save(out("l2-uhmbt-cqc-must-should-do-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Barnet HWBB joint health and wellbeing strategy implementation plan (xlsx)
# ---------------------------------------------------------------------------
def make_barnet():
    wb = Workbook()
    ws = wb.active
    ws.title = "Implementation Plan"
    ws["A1"] = "Barnet Joint Health and Wellbeing Strategy 2021-2025: Implementation Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for the Health and Wellbeing Board – September 2024"
    ws["A2"].font = Font(bold=True, size=11, color="444444")
    ws["A4"] = ("This update sets out progress against the actions agreed by the Board under "
                "each of the three strategy priorities. Updates and RAG ratings have been "
                "provided by action leads and reviewed by the Health and Wellbeing Board "
                "officer group.")
    ws.merge_cells("A4:G4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 45

    headers = ["No.", "Action", "Lead", "Timescale", "Progress update (September 2024)",
               "RAG"]
    # column A narrow ref, B action, C lead, D timescale, E update, F RAG
    hr = 6
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for col, w in zip("ABCDEF", [6, 52, 30, 16, 55, 11]):
        ws.column_dimensions[col].width = w

    ragfill = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "9BC2E6"}
    data = [
        ("Priority 1: Creating a healthier place and resilient communities", None),
        ("1.1", ("Deliver the Healthy High Streets programme in Burnt Oak and West Hendon, "
                 "including health and wellbeing hubs in vacant units.",
                 "Head of Public Health Programmes (LBB)", D(2025, 3, 31),
                 "Hub opened in Burnt Oak in June 2024; West Hendon site identified. Transfer "
                 "of delivery to the GP Federation has delayed the second hub.", "Amber")),
        ("1.2", ("Implement the Barnet Food Plan, including a Healthy Start uptake campaign "
                 "and the sugar-smart schools programme.",
                 "Public Health Lead – Healthy Weight (LBB)", "Q3 2024/25",
                 "Healthy Start uptake 68% (London 64%). 41 schools signed up to sugar-smart.",
                 "Green")),
        ("1.3", ("Embed the Barnet suicide prevention action plan, including real-time "
                 "surveillance and a bereavement support offer.",
                 "Consultant in Public Health", "Ongoing",
                 "Real-time surveillance in place with the Metropolitan Police. Suicide "
                 "prevention annual report presented to the Board in September 2024.",
                 "Green")),
        (None, None),
        ("Priority 2: Starting, living and ageing well", None),
        ("2.1", ("Increase uptake of childhood immunisations (MMR2 at 5 years) in the "
                 "lowest-uptake wards through outreach clinics.",
                 "NCL ICB Immunisations Lead / Head of Public Health Programmes (LBB)",
                 "Apr 2024 – Mar 2025",
                 "Outreach clinics running in Colindale and Burnt Oak; MMR2 coverage 76.4% at "
                 "Q1, up 1.8 percentage points.", "Amber")),
        ("2.2", ("Recommission the integrated stop smoking and NHS Health Checks service.",
                 "Director of Public Health and Prevention (LBB)", D(2024, 10, 31),
                 "Procurement delayed following market engagement. Contract award now expected "
                 "January 2025; extension of the current contract agreed.", "Red")),
        ("2.3", ("Launch the Barnet Ageing Well programme with falls prevention classes in "
                 "every locality.",
                 "Ageing Well Programme Manager", D(2024, 6, 30),
                 "Classes running in all seven localities since May 2024.", "Complete")),
        (None, None),
        ("Priority 3: Ensuring delivery of coordinated holistic care, when we need it", None),
        ("3.1", ("Establish integrated neighbourhood teams in two pilot neighbourhoods.",
                 "Borough Director (NCL ICB Barnet)", "By 31 March 2025",
                 "Pilot neighbourhoods agreed (Edgware and East Barnet). Multi-disciplinary "
                 "team meetings started in August.", "Green")),
        ("3.2", ("Deliver the Barnet Carers Strategy action plan, including carers' health "
                 "checks in primary care.",
                 "Head of Prevention and Wellbeing (LBB)", "December 2024",
                 "Carers' health check template live in 38 of 51 practices.", "Green")),
        ("3.3", ("Review hospital discharge pathway 1 capacity ahead of winter with the Royal "
                 "Free London and CLCH.",
                 "Director of Adult Social Care (LBB) / Director of Operations (CLCH)",
                 D(2024, 11, 30),
                 "Demand and capacity modelling completed; gap of 35 packages a week at peak. "
                 "Options paper to the Barnet Borough Partnership in October.", "Amber")),
    ]
    r = hr + 1
    for ref, body in data:
        if ref is None:
            r += 1
            continue
        if body is None:
            ws.cell(row=r, column=1, value=ref).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            r += 1
            continue
        action, lead, when, upd, rag = body
        vals = [ref, action, lead, when, upd, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.datetime):
            ws.cell(row=r, column=4).number_format = "mmm-yy"
        ws.cell(row=r, column=6).fill = fill(ragfill[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for name, text in [("Green", "on track"), ("Amber", "some delay, recoverable"),
                       ("Red", "significantly off track, Board support needed"),
                       ("Complete", "action delivered")]:
        r += 1
        c = ws.cell(row=r, column=2, value=f"{name} – {text}")
        c.fill = fill(ragfill[name])
    wb.save(out("l2-barnet-hwbb-jhws-implementation-plan-update.xlsx"))


# ---------------------------------------------------------------------------
# 3. West Lindsey CPC action plan – Smartsheet export (xlsx)
# ---------------------------------------------------------------------------
def make_westlindsey():
    wb = Workbook()
    ws = wb.active
    ws.title = "CPC Action Plan"
    headers = ["Recommendation / Action", "Ref", "Lead Officer", "Start Date", "Due Date",
               "Status", "RAG", "% Complete", "Latest Update", "Modified"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DCE6F1")
    for col, w in zip("ABCDEFGHIJ", [60, 6, 24, 11, 11, 12, 8, 11, 55, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B2"

    rows = [
        (0, "Recommendation 1: Refresh the Corporate Plan through the lens of Local Government "
            "Reorganisation, setting out a clear set of priorities for the remaining life of "
            "the council", "R1"),
        (1, "Hold Member and Management Team workshops to agree refreshed priorities", "1.1",
         "Claire Bonner", D(2025, 3, 3), D(2025, 5, 30), "Complete", "Blue", 1.0,
         "Three workshops held (April-May 2025); priorities agreed by Management Team 27 May.",
         D(2025, 10, 6, 9, 14)),
        (1, "Corporate Plan 2025-2028 to be approved by Council", "1.2",
         "Claire Bonner", D(2025, 6, 2), D(2025, 9, 8), "Complete", "Blue", 1.0,
         "Approved at Full Council 8 September 2025.", D(2025, 9, 9, 16, 2)),
        (0, "Recommendation 2: Design an organisational structure aligned to the refreshed "
            "Corporate Plan, ensuring the council has capacity to deliver key priorities and "
            "prepare for LGR", "R2"),
        (1, "Senior management restructure – consultation with staff and trade unions", "2.1",
         "Ian Knowles, Sarah Dunne", D(2025, 6, 16), D(2025, 7, 31), "In Progress", "Green",
         0.8, "Consultation closed 25 July; responses being considered, outcome to be "
         "confirmed to staff in October.", D(2025, 10, 2, 11, 40)),
        (1, "Implement the new structure and recruit to vacant posts", "2.2",
         "Sarah Dunne", D(2025, 11, 3), D(2026, 3, 31), "Not Started", None, 0.0,
         None, D(2025, 8, 14, 10, 5)),
        (0, "Recommendation 3: Implement a streamlined internal governance and performance "
            "monitoring framework aligned with the new Corporate Plan", "R3"),
        (1, "Review committee structure and report recommendations to Governance and Audit "
            "Committee", "3.1", "Lisa Langdon", D(2025, 7, 1), D(2025, 11, 30), "In Progress",
         "Red", 0.2, "Review paused pending submission of the Greater Lincolnshire LGR "
         "proposal; new date to be agreed with the Chief Executive.", D(2025, 10, 7, 8, 55)),
        (1, "Introduce quarterly Progress and Delivery reporting against Corporate Plan "
            "measures", "3.2", "Darren Mellors", D(2025, 9, 1), D(2025, 12, 31), "In Progress",
         "Green", 0.5, "Measures agreed; first report to Corporate Policy and Resources "
         "Committee in December.", D(2025, 10, 1, 14, 21)),
        (0, "Recommendation 4: Develop a Member development programme that supports "
            "councillors in their community leadership role ahead of LGR", "R4"),
        (1, "Carry out a Member skills audit", "4.1", "Katie Storr", D(2025, 4, 1),
         D(2025, 6, 30), "Complete", "Blue", 1.0,
         "Skills audit completed by 29 of 36 Members.", D(2025, 7, 3, 9, 30)),
        (1, "Deliver a programme of Member briefings on LGR and financial resilience", "4.2",
         "Katie Storr, Emma Foy", D(2025, 7, 1), D(2026, 1, 31), "In Progress", "Yellow", 0.4,
         "Two of five briefings delivered; attendance lower than hoped, sessions to be "
         "recorded.", D(2025, 10, 3, 15, 12)),
    ]
    r = 2
    for row in rows:
        level = row[0]
        if level == 0:
            _, text, ref = row
            c = ws.cell(row=r, column=1, value=text)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=2, value=ref)
        else:
            _, text, ref, lead, start, due, status, rag, pct, upd, mod = row
            vals = [text, ref, lead, start, due, status, rag, pct, upd, mod]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top",
                                                           indent=1)
            ws.cell(row=r, column=4).number_format = "dd/mm/yy"
            ws.cell(row=r, column=5).number_format = "dd/mm/yy"
            ws.cell(row=r, column=8).number_format = "0%"
            ws.cell(row=r, column=10).number_format = "dd/mm/yy hh:mm"
            ws.row_dimensions[r].outline_level = 1
        r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    wb.save(out("l2-west-lindsey-cpc-action-plan-smartsheet-export.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Richmond and Wandsworth SAB – SAR action plan (docx)
# ---------------------------------------------------------------------------
def make_rwsab():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safeguarding Adults Review ‘Joan’ – Multi-agency Action Plan", level=1)
    p = doc.add_paragraph("Richmond and Wandsworth Safeguarding Adults Board (RWSAB)")
    p.runs[0].bold = True

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "14 November 2024"),
                                ("Owner", "SAR Subgroup"),
                                ("Status", "Approved by SAB Executive")]):
        set_text(dc.cell(i, 0), k, bold=True)
        set_text(dc.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Joan was 78 and lived alone in a housing association flat in Wandsworth. She died in "
        "hospital in 2022 following a fall at home, after a long period of declining care, "
        "health appointments and medication deliveries. The review made four recommendations. "
        "This plan records the actions agreed by partners in response and is monitored by the "
        "SAR Subgroup, which reports progress to the SAB Executive quarterly.")

    headers = ["No.", "SAR Recommendation", "Action", "Lead Agency / Officer", "Timescale",
               "Progress Update (November 2024)", "RAG"]
    recs = [
        ("Recommendation 1: RWSAB should seek assurance that partner agencies understand and "
         "apply the Multi-Agency Self-Neglect and Hoarding Protocol, including escalation to "
         "the High Risk Panel.",
         [("1.1", "Relaunch the self-neglect and hoarding protocol through a practitioner "
                  "briefing and a 7-minute briefing on SAR Joan.",
           "SAB Business Manager", "January 2024",
           "Briefing delivered 17 January 2024 to 146 practitioners; 7-minute briefing "
           "published on the SAB website.", "0070C0"),
          ("1.2", "Multi-agency audit of self-neglect cases to test use of the protocol and "
                  "referrals to the High Risk Panel.",
           "Chair of Quality and Performance Subgroup", "June 2024 (revised: Dec 2024)",
           "Audit tool agreed; case selection delayed by changes to the ASC case management "
           "system. Audit now scheduled for November with findings to the December Subgroup.",
           "FFC000")]),
        ("Recommendation 2: Health and social care partners should ensure that mental capacity "
         "assessments are decision-specific and consider executive functioning where a person "
         "repeatedly declines care.",
         [("2.1", "Deliver MCA and executive functioning training to adult social care and "
                  "community health staff.",
           "Principal Social Worker (Adults) / Named Nurse Safeguarding Adults (HRCH)",
           "March 2024",
           "Four sessions delivered; 212 staff trained. Evaluation shows increased confidence "
           "in assessing executive functioning.", "0070C0"),
          ("2.2", "Audit of MCA recording quality in ASC case files, repeated after six months.",
           "Principal Social Worker (Adults)", "September 2024",
           "Baseline audit April 2024: 58% good or better. Re-audit completed in September "
           "(71% good or better); findings to the Learning and Development Subgroup.",
           "00B050")]),
        ("Recommendation 3: The SAB should seek assurance that GP practices and community "
         "pharmacies recognise and refer concerns about people who stop collecting medication "
         "or attending appointments.",
         [("3.1", "Develop ‘was not brought / did not attend’ guidance for adults and circulate "
                  "it to all GP practices via the ICB primary care bulletin.",
           "Designated Nurse Safeguarding Adults (SWL ICB)", "Q3 2024/25",
           "Draft guidance reviewed by the LMC; to be circulated in the December bulletin.",
           "00B050"),
          ("3.2", "Community pharmacy safeguarding awareness session via the Local "
                  "Pharmaceutical Committee.",
           "Designated Nurse Safeguarding Adults (SWL ICB)", "TBC",
           "LPC contacted in June and September; a date has not yet been agreed.", "FF0000")]),
        ("Recommendation 4: Housing providers should be represented at multi-agency risk "
         "meetings where a tenant is self-neglecting.",
         [("4.1", "Add housing providers to the core membership of the High Risk Panel and share "
                  "the panel referral route with registered providers.",
           "Head of Housing Management (Wandsworth) / Head of Housing Services (Richmond)",
           "Ongoing",
           "Housing have been standing members of the HRP since April 2024; briefing given to "
           "the registered providers’ forum in July.", "00B050")]),
    ]
    nrows = 1 + sum(len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "4F2D7F")
        t.cell(0, i).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    r = 1
    for rec, acts in recs:
        top = r
        for ref, action, lead, when, upd, colour in acts:
            set_text(t.cell(r, 0), ref)
            set_text(t.cell(r, 2), action)
            set_text(t.cell(r, 3), lead)
            set_text(t.cell(r, 4), when)
            set_text(t.cell(r, 5), upd)
            shade(t.cell(r, 6), colour)
            r += 1
        cell = t.cell(top, 1)
        if r - 1 > top:
            cell = cell.merge(t.cell(r - 1, 1))
        set_text(cell, rec)
    widths = [Cm(1.2), Cm(5.5), Cm(5.5), Cm(3.8), Cm(2.6), Cm(6.2), Cm(1.2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (colour, text) in enumerate([
            ("FF0000", "Red – not started or overdue with no agreed revised date"),
            ("FFC000", "Amber – in progress, some risk to delivery"),
            ("00B050", "Green – on track"),
            ("0070C0", "Blue – completed and evidenced")]):
        shade(key.cell(i, 0), colour)
        set_text(key.cell(i, 1), text)
    doc.save(out("l2-richmond-wandsworth-sab-sar-joan-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. RBKC Council Plan Action Plan – quarterly highlight report (docx)
# ---------------------------------------------------------------------------
def make_rbkc():
    doc = Document()
    doc.add_heading("Council Plan Action Plan 2025–2027: Quarter 2 Highlight Report", level=1)
    doc.add_paragraph("Royal Borough of Kensington and Chelsea | Period covered: July – "
                      "September 2025 | Overview and Scrutiny Committee, November 2025")
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(
        "This highlight report sets out the quarter 2 position for the actions in the Council "
        "Plan Action Plan. Delivery is assessed using a RAG rating based on current issues and "
        "future risk to delivery: Green – no issues or risks; Amber – issues or risks have been "
        "identified; Red – issues or risks are significant. Actions that have been delivered "
        "are shown as Complete.")
    summary = [("Priority", "Complete", "Green", "Amber", "Red"),
               ("Priority 1: Supporting Grenfell-affected communities", "1", "2", "0", "0"),
               ("Priority 2: Good homes for all", "0", "1", "1", "1"),
               ("Priority 3: A greener, cleaner borough", "0", "2", "1", "0"),
               ("Total", "1", "5", "2", "1")]
    st = doc.add_table(rows=len(summary), cols=5)
    st.style = "Table Grid"
    for i, row in enumerate(summary):
        for j, v in enumerate(row):
            set_text(st.cell(i, j), v, bold=(i == 0 or i == len(summary) - 1))

    ragfill = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "8EA9DB"}
    sections = [
        ("Priority 1: Supporting Grenfell-affected communities",
         "Overall: Green. The Grenfell Projects Fund second round opened on schedule.",
         [("1.1", "Open the second round of the Grenfell Projects Fund and award grants to "
                  "community-led projects.",
           "Director of Grenfell Partnership", "Sept 2025", "Complete",
           "Round opened 1 July; 23 grants awarded in September totalling £412,000."),
          ("1.2", "Co-design the dedicated service for bereaved and survivors with the "
                  "Grenfell community forum.",
           "Director of Grenfell Partnership", "Mar 2026", "Green",
           "Four co-design sessions held; draft service specification to the forum in "
           "November."),
          ("1.3", "Deliver the annual programme of community health and wellbeing events in "
                  "North Kensington.",
           "Head of Community Engagement", "2025/26", "Green",
           "Six events delivered this quarter with NHS partners; 840 attendances.")]),
        ("Priority 2: Good homes for all",
         "Overall: Amber. Damp and mould response times are improving but the stock condition "
         "survey is behind schedule.",
         [("2.1", "Complete the stock condition survey of all council homes.",
           "Executive Director of Housing and Social Investment", "December 2025", "Red",
           "58% of homes surveyed against 80% planned by end of September. Additional "
           "surveyor capacity procured from October."),
          ("2.2", "Respond to all damp and mould reports within 10 working days and complete "
                  "works within agreed timescales.",
           "Director of Housing Management", "Ongoing", "Amber",
           "92% of reports inspected within 10 working days (target 95%); works completion "
           "backlog reduced from 214 to 131."),
          ("2.3", "Launch the new tenant and leaseholder involvement framework.",
           "Head of Resident Involvement", "Q3 2025/26", "Green",
           "Framework approved by Lead Member in September; launch event booked for "
           "November.")]),
        ("Priority 3: A greener, cleaner borough",
         "Overall: Green, with one amber action on the electric vehicle charging programme.",
         [("3.1", "Install a further 300 on-street electric vehicle charge points.",
           "Director of Transport and Highways", "Sept 2025 – March 2026", "Amber",
           "112 installed to date. UKPN connection delays in two wards; mitigation plan "
           "agreed with the supplier."),
          ("3.2", "Introduce food waste collections for flats above shops.",
           "Head of Waste and Street Enforcement", "Mar-26", "Green",
           "Pilot running in Portobello Road area; roll-out plan approved."),
          ("3.3", "Publish the refreshed Climate Emergency Action Plan.",
           "Head of Climate and Sustainability", "January 2026", "Green",
           "Consultation closed 15 September; 1,120 responses analysed.")]),
    ]
    headers = ["Ref", "Action", "Lead", "Due", "RAG", "Quarter 2 update"]
    for title, overall, acts in sections:
        doc.add_heading(title, level=2)
        doc.add_paragraph(overall)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_text(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "D9D9D9")
        for r, (ref, action, lead, due, rag, upd) in enumerate(acts, 1):
            for i, v in enumerate([ref, action, lead, due, rag, upd]):
                set_text(t.cell(r, i), v)
            shade(t.cell(r, 4), ragfill[rag])
        widths = [Cm(1.0), Cm(5.0), Cm(3.2), Cm(2.2), Cm(1.6), Cm(5.0)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("The quarter 3 highlight report will be presented to the Executive "
                      "Management Team in January 2026 and to Overview and Scrutiny Committee "
                      "in February 2026.")
    doc.save(out("l2-rbkc-council-plan-action-plan-q2-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Black Country ICB internal audit recommendations – SharePoint list export (csv)
# ---------------------------------------------------------------------------
def make_bcicb():
    header = ["Title", "Audit Report", "Assurance Level", "Recommendation", "Priority",
              "Agreed Management Action", "Action Owner", "Original Due Date",
              "Revised Due Date", "RAG Status", "Latest Update", "Item Type", "Path"]
    path = "sites/AuditandRisk/Lists/IA Recommendations"
    rows = [
        ["BCICB-2324-04-R1", "Conflicts of Interest 2023/24", "Limited",
         "Registers of interests should be reviewed for completeness and published in line with "
         "statutory guidance.", "High",
         "Corporate governance team to chase all nil returns and publish the register on the "
         "ICB website.", "Head of Corporate Governance", "31/03/2024", "30/06/2024", "Blue",
         "Register published June 2024; 98% of staff declarations received.", "Item", path],
        ["BCICB-2324-04-R2", "Conflicts of Interest 2023/24", "Limited",
         "Declarations should be recorded at the start of every committee meeting and the "
         "outcome minuted.", "Medium",
         "Update committee templates and brief all committee secretaries.",
         "Board Secretary", "30/04/2024", "", "Blue",
         "Templates updated April 2024; spot check of six committees found full compliance.",
         "Item", path],
        ["BCICB-2324-07-R1", "Continuing Healthcare 2023/24", "Limited",
         "Eligibility decisions should be made within 28 days of the checklist being received.",
         "High",
         "Implement weekly performance review of the 28-day standard with trajectory to NHSE "
         "target.", "Director of Nursing / Head of Continuing Healthcare", "30/09/2024",
         "31/12/2024", "Amber",
         "28-day performance 71% in October (target 80%); additional assessors in post from "
         "November.", "Item", path],
        ["BCICB-2324-07-R2", "Continuing Healthcare 2023/24", "Limited",
         "Packages of care should be reviewed at three months and then annually.", "Medium",
         "Clear the backlog of overdue reviews and introduce a review schedule in the CHC "
         "system.", "Head of Continuing Healthcare", "31/12/2024", "", "Green",
         "Backlog reduced from 412 to 168 overdue reviews.", "Item", path],
        ["BCICB-2425-02-R1", "Primary Care Contract Management 2024/25", "Moderate",
         "Contract monitoring visits should be risk-based and recorded consistently.",
         "Medium",
         "Develop risk-based visit schedule and standard visit report template.",
         "Head of Primary Care Contracting", "31/10/2024", "30/09/2052", "Amber",
         "Template agreed; schedule delayed by staff vacancies in the contracting team.",
         "Item", path],
        ["BCICB-2425-02-R2", "Primary Care Contract Management 2024/25", "Moderate",
         "Post-payment verification should be completed for all enhanced services claims "
         "above the agreed threshold.", "High",
         "Agree PPV approach with NHS Shared Business Services and complete first quarterly "
         "cycle.", "Deputy Director of Finance", "31/01/2025", "", "Green",
         "PPV specification agreed with SBS; first cycle due January.", "Item", path],
        ["BCICB-2425-05-R1", "Data Security and Protection Toolkit 2024/25", "Moderate",
         "Information asset owners should complete annual risk reviews of their information "
         "assets.", "Medium",
         "Refresh the information asset register and deliver IAO training.",
         "Senior Information Risk Owner", "28/02/2025", "", "Green",
         "Register refreshed; IAO training booked for January.", "Item", path],
        ["BCICB-2425-05-R2", "Data Security and Protection Toolkit 2024/25", "Moderate",
         "Staff data security training compliance should reach 95%.", "High",
         "Monthly compliance reports to directors with escalation of non-compliant staff.",
         "Head of Information Governance", "31/03/2025", "", "Red",
         "Compliance 84% at end of November; escalation letters issued.", "Item", path],
    ]
    with open(out("l2-black-country-icb-ia-recommendations-sharepoint-export.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Royal Greenwich SAB action plan – tab-separated export (txt)
# ---------------------------------------------------------------------------
def make_greenwich():
    lines = [
        "Royal Greenwich Safeguarding Adults Board – Joint Strategic Plan Action Plan 2024-25",
        "Quarter 3 update (October – December 2024)",
        "",
        "Ref\tAction\tLead\tTarget date\tQ3 update\tRAG",
        "1. Empowerment\t\t\t\t\t",
        "1.1\tAudit Making Safeguarding Personal outcomes in closed section 42 enquiries and "
        "report themes to the Board.\tMSP Subgroup Chair\tMar-25\tAudit of 60 cases under way; "
        "early findings show outcomes recorded in 84% of cases.\tG",
        "1.2\tCo-produce an easy-read guide to the safeguarding process with Greenwich "
        "Association of Disabled People.\tJM/KO\t31/12/2024\tGuide launched at the November "
        "community event and published on the SAB website.\tComplete",
        "2. Prevention\t\t\t\t\t",
        "2.1\tDeliver scams and financial abuse awareness sessions with Trading Standards and "
        "Age UK Royal Greenwich.\tHead of Trading Standards\tQuarterly\tTwo sessions held this "
        "quarter (68 residents).\tG",
        "2.2\tDevelop a self-neglect and hoarding pathway with fire service and housing "
        "partners.\tHead of Safeguarding (RBG) / Borough Commander (LFB)\tSept 2024 – March "
        "2025\tDraft pathway agreed by Practice subgroup; LFB sign-off delayed.\tA",
        "",
        "3. Protection\t\t\t\t\t",
        "3.1\tReview the multi-agency response to organisational abuse concerns in care homes, "
        "including large-scale enquiry procedures.\tDesignated Professional Safeguarding Adults "
        "(SEL ICB)\tJan 2025\tTerms of reference agreed; review not yet started because of "
        "capacity in the quality team.\tR",
        "3.2\tEmbed the transitional safeguarding protocol for young people aged 16-25.\tKO\t"
        "30/06/2025\tScoping meeting with children's services planned for February.\tNot started",
        "4. Partnership\t\t\t\t\t",
        "4.1\tHold a joint learning event with the Safeguarding Children Partnership and "
        "Community Safety Partnership on domestic abuse in older people.\tSAB Business Manager"
        "\tFeb-25\tVenue booked for 12 February; speakers confirmed.\tG",
        "4.2\tRefresh the information-sharing agreement between Board partners.\tSAB Business "
        "Manager\tOngoing\tAwaiting comments from two partners.\tA",
        "5. Accountability\t\t\t\t\t",
        "5.1\tPublish the SAB Annual Report 2023-24 and present it to Cabinet, Healthy "
        "Communities Scrutiny Panel and the Health and Wellbeing Board.\tIndependent Chair\t"
        "Nov-24\tPublished October 2024; presented to Cabinet and HWB in November.\tComplete",
        "",
        "RAG: G = on track; A = some slippage; R = significant risk to delivery; Complete = "
        "action completed. Leads: JM – SAB Business Manager; KO – Head of Safeguarding (RBG).",
    ]
    with open(out("l2-royal-greenwich-sab-action-plan-2024-25.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_uhmbt()
    make_barnet()
    make_westlindsey()
    make_rwsab()
    make_rbkc()
    make_bcicb()
    make_greenwich()
    print("done")
