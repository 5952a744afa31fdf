#!/usr/bin/env python3
"""Generator for the am2- cases of heldout73 (plans outside children's services).

Run with /work/main/.venv/bin/python am2_make.py ; writes the seven document files
beside this script. The .expected.yaml readings were written by hand from the
content below, before any tool read the files.
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


def D(y, m, d):
    return dt.datetime(y, m, d)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Maldon DC - BDO internal audit follow-up of recommendations (xlsx)
# ---------------------------------------------------------------------------
MALDON = [
    ("Flood Risk Management (2021/22)", [
        ("FRM 01",
         "The Council should document its role and responsibilities as a Risk Management Authority in a Flood Risk Management Policy, agreed with Essex County Council as Lead Local Flood Authority.",
         "Medium",
         "A Flood Risk Management Policy will be drafted setting out the Council's responsibilities and the interface with Essex County Council as LLFA, and presented to Strategy and Resources Committee for approval.",
         "Director of Service Delivery", D(2022, 3, 31), D(2024, 3, 31), "A",
         "Draft policy prepared and shared with the ECC Flood Team for comment in September 2023. ECC response awaited; committee date to be confirmed.",
         "Not yet implemented. Revised date accepted but at risk."),
        ("FRM 02",
         "Inspection records for Council-owned flood defence and drainage assets should be held in a single central register showing the date of last inspection, condition and any remedial works required.",
         "Medium",
         "Asset inspection records will be migrated from individual spreadsheets into the corporate asset management system, with a condition field and next-inspection date for each flood asset.",
         "Lead Specialist Place", D(2022, 6, 30), D(2023, 12, 31), "G",
         "Migration of records 80% complete. Remaining assets at Heybridge Basin to be surveyed in November 2023.",
         "Partly implemented."),
        ("FRM 03",
         "A planned maintenance programme for the Promenade Park sea wall and associated outfalls should be agreed and costed, with funding identified in the capital programme.",
         "High",
         "Commission a condition survey of the sea wall and outfalls and use the results to agree a five-year costed maintenance programme for inclusion in the 2024/25 capital programme.",
         "Assets Manager", D(2022, 9, 30), D(2023, 9, 30), "R",
         "Condition survey delayed following retender of the consultancy contract. Survey now scheduled for January 2024; programme will follow.",
         "Not implemented. Revised date has passed - escalated to CLT."),
    ]),
    ("Safeguarding (2022/23)", [
        ("SG 01",
         "The Safeguarding Policy should be reviewed and updated to reflect current legislation and staff roles, and re-approved by Members.",
         "Medium",
         "The Safeguarding Policy will be refreshed in line with Essex Safeguarding Adults Board and Essex Safeguarding Children Partnership guidance and presented to Strategy and Resources Committee.",
         "Director of Strategy, Performance and Governance", D(2023, 3, 31), None, "B",
         "Revised policy approved by Strategy and Resources Committee on 9 March 2023 and published on the intranet.",
         "Implemented - evidence seen. Recommend closure."),
        ("SG 02",
         "Safeguarding training completion should be recorded centrally and monitored, with refresher training every three years for all staff in public-facing roles.",
         "Medium",
         "Safeguarding training will be added to the learning management system so that completion can be reported to CLT quarterly, with a three-yearly refresher for public-facing staff.",
         "HR Lead Specialist / Designated Safeguarding Lead", D(2023, 6, 30), D(2023, 11, 30), "G",
         "Module live on the learning system from 2 October 2023. 61% of public-facing staff completed to date; first CLT report due December 2023.",
         "Partly implemented."),
    ]),
    ("Housing Strategy (2022/23)", [
        ("HS 01",
         "Affordable housing delivery data should be collated and reported quarterly to the Corporate Leadership Team through the balanced scorecard.",
         "Low",
         "Affordable housing completions and pipeline data will be added to the balanced scorecard and reported to CLT each quarter.",
         "Lead Specialist Housing", D(2022, 12, 31), D(2023, 12, 31), "G",
         "Data for 2022/23 collated. Scorecard measure agreed; first quarterly report to CLT in December 2023.",
         "Partly implemented."),
        ("HS 02",
         "The Housing Strategy action plan should be refreshed, with each action given an owner and a deadline, and progress reported to Members at least annually.",
         "Medium",
         "Refresh the Housing Strategy action plan with named owners and deadlines, and report progress annually to Strategy and Resources Committee.",
         "Director of Service Delivery", D(2023, 3, 31), D(2024, 9, 30), "A",
         "Timeline extended by Strategy and Resources Committee. The Strategy remains valid; the refreshed action plan is being drafted alongside the Local Plan review.",
         "Not yet implemented."),
    ]),
    ("Contract Management (2022/23)", [
        ("CM 01",
         "The contracts register should be brought up to date and published in line with the Local Government Transparency Code.",
         "Medium",
         "Procurement will complete a full refresh of the contracts register and publish it quarterly on the Council's website.",
         "Procurement Manager", D(2023, 9, 30), None, "B",
         "Register refreshed and published on 29 September 2023; quarterly updates diarised.",
         "Implemented."),
        ("CM 02",
         "Contract managers should hold and minute regular performance meetings with key suppliers, using agreed KPIs.",
         "Medium",
         "Contract management guidance and a standard KPI and meeting template will be issued, and contract managers briefed.",
         "Procurement Manager", D(2024, 3, 31), None, "G",
         "Template drafted; briefing sessions planned for February 2024.",
         "Not yet due."),
    ]),
]
RAG_FILL = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_maldon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up Oct 2023"
    ws["A1"] = "Internal Audit - Follow-up of Recommendations"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maldon District Council - position as at 31 October 2023, reported to Performance, Governance and Audit Committee, 16 November 2023"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation", "Priority", "Management Response / Agreed Action",
           "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG",
           "Progress Update (Management)", "BDO Comment"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    for gi, (audit, recs) in enumerate(MALDON):
        if gi == 1:
            r += 1  # the occasional blank row
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ref, rec, pri, act, off, orig, rev, rag, prog, bdo in recs:
            vals = [ref, rec, pri, act, off, orig, rev, rag, prog, bdo]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(RAG_FILL[rag])
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 8).font = Font(bold=True)
            r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    r += 1
    for letter, text in [("B", "Implemented - verified by Internal Audit"),
                         ("G", "In progress - on track to meet the (revised) due date"),
                         ("A", "In progress - revised due date at risk"),
                         ("R", "Overdue / not started")]:
        ws.cell(r, 1, letter).fill = fill(RAG_FILL[letter])
        ws.cell(r, 2, text)
        r += 1
    r += 1
    ws.cell(r, 1, "Summary: 9 recommendations followed up - 2 implemented, 7 outstanding (4 green, 2 amber, 1 red).")
    widths = [9, 48, 10, 48, 24, 13, 13, 7, 44, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "am2-maldon-internal-audit-follow-up-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Northern Lincolnshire and Goole NHS FT - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
NLAG_RAG = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000", "Off track": "FF0000"}
NLAG_MUST = [
    ("Urgent and Emergency Care", [
        ("DPoW / SGH",
         "The trust must ensure that patients attending the emergency department are assessed and triaged within 15 minutes of arrival.",
         "Reg 12(1)(2)(a)", [
             ("MD1.1", "Introduce a streaming and triage nurse at the front door 24/7 at both sites, supported by the revised ED triage SOP.",
              "Divisional Director of Nursing - Urgent and Emergency Care", D(2023, 3, 31), None,
              "Triage nurse rostered 24/7 at both sites from February 2023. SOP ratified at Urgent and Emergency Care Governance Group.", "Complete"),
             ("MD1.2", "Weekly audit of time to initial assessment, reported to the Urgent and Emergency Care Quality Group and monthly to Quality and Safety Committee.",
              "Clinical Director - Emergency Medicine", "Ongoing - weekly", None,
              "Audit in place since January 2023. Median time to triage 12 minutes at DPoW and 17 minutes at SGH in May 2023.", "On track"),
         ]),
        ("SGH",
         "The trust must ensure that patients with mental health needs in the emergency department are risk assessed and cared for in an environment that is safe.",
         "Reg 12(1)(2)(d)", [
             ("MD2.1", "Refurbish the mental health assessment room in ED at Scunthorpe in line with Psychiatric Liaison Accreditation Network (PLAN) standards.",
              "Associate Director of Estates and Facilities", D(2023, 4, 30), D(2023, 7, 31),
              "Works started March 2023; completion delayed by the lead time on anti-ligature doors.", "At risk"),
             ("MD2.2", "Roll out the mental health risk assessment tool in the ED electronic record and audit completion monthly.",
              "Head of Nursing - ED / Mental Health Liaison Lead", D(2023, 1, 31), None,
              "Tool live in Nerve Centre. Completion 94% in April 2023 audit.", "Complete"),
         ]),
    ]),
    ("Medical Care (including older people's care)", [
        ("All sites",
         "The trust must ensure that staff complete and document risk assessments for falls, pressure ulcers and nutrition within the required timeframes.",
         "Reg 12(1)(2)(a)(b)", [
             ("MD3.1", "Launch the digital nursing assessment bundle with mandatory fields for falls, Waterlow and MUST assessments.",
              "Chief Nurse", D(2023, 6, 30), None,
              "Bundle tested on two wards at DPoW; trust-wide go-live planned for 19 June 2023.", "On track"),
             ("MD3.2", "Ward managers to complete monthly documentation audits, with results reviewed at the Nursing, Midwifery and AHP Board.",
              "Deputy Chief Nurse", D(2023, 3, 31), D(2023, 9, 30),
              "Audits completed on 14 of 19 wards. Revised date agreed at NMAHP Board in April 2023.", "At risk"),
         ]),
        ("All sites",
         "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on medical wards to meet patients' needs.",
         "Reg 18(1)", [
             ("MD4.1", "Complete the bi-annual safer nursing care tool review and present establishment recommendations to Trust Board.",
              "Chief Nurse", D(2022, 12, 31), None,
              "Establishment review presented to Trust Board in December 2022 and approved.", "Complete"),
             ("MD4.2", "Deliver the international nurse recruitment programme (60 nurses in 2023/24).",
              "Director of People", D(2024, 3, 31), None,
              "22 nurses arrived April-May 2023; pastoral and OSCE support in place.", "On track"),
         ]),
    ]),
    ("Outpatients", [
        ("All sites",
         "The trust must ensure that follow-up appointments are booked within clinically recommended timescales and that the risk of harm to patients waiting is assessed.",
         "Reg 12(1) / Reg 17(1)", [
             ("MD5.1", "Clinically validate all patients overdue a follow-up appointment by more than 6 months, prioritising ophthalmology, cardiology and rheumatology.",
              "Chief Operating Officer", D(2023, 3, 31), D(2023, 5, 31),
              "Validation complete for ophthalmology and rheumatology; cardiology backlog of 1,140 patients still to validate. Revised date missed - escalated to Planned Care Board.", "Off track"),
             ("MD5.2", "Introduce a harm review process for patients who come to harm while waiting, reported through the Patient Safety Incident Response Framework.",
              "Medical Director", D(2023, 9, 30), None,
              "Harm review panel terms of reference drafted.", "On track"),
         ]),
    ]),
]
NLAG_SHOULD = [
    ("Surgery", [
        ("SGH / DPoW",
         "The trust should ensure that all staff complete mandatory training, including safeguarding level 3, in line with trust targets.",
         "Reg 18(2)(a)", [
             ("SD1.1", "Agree divisional training trajectories and monitor them at monthly divisional performance reviews.",
              "Divisional General Manager - Surgery and Critical Care", D(2024, 3, 31), None,
              "Trajectories agreed. Safeguarding level 3 compliance 81% (target 90%).", "On track"),
         ]),
        ("All sites",
         "The trust should ensure that the WHO safer surgery checklist is fully completed for every patient.",
         "Reg 12(1)", [
             ("SD2.1", "Monthly observational audit of the WHO checklist in all theatres, with results shared at theatre huddles.",
              "Clinical Director - Theatres", "Monthly", None,
              "Observational audits in place; compliance 97% in April 2023.", "On track"),
         ]),
    ]),
    ("Maternity", [
        ("DPoW",
         "The trust should ensure that the maternity triage area has a dedicated telephone line staffed at all times.",
         "Reg 12(1)", [
             ("SD3.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) and a dedicated triage telephone line at DPoW.",
              "Director of Midwifery", D(2022, 11, 30), None,
              "BSOTS and dedicated line live from November 2022.", "Complete"),
         ]),
    ]),
    ("End of Life Care", [
        ("All sites",
         "The trust should ensure that do not attempt cardiopulmonary resuscitation (DNACPR) decisions are fully documented, including discussions with patients and families.",
         "Reg 11(1)", [
             ("SD4.1", "Quarterly DNACPR documentation audit by the Resuscitation Team, with feedback to ward teams.",
              "Lead Nurse Resuscitation / End of Life Care Lead", D(2023, 6, 30), None,
              "Q4 audit shows 72% of forms record the discussion with the patient or family.", "At risk"),
         ]),
    ]),
]


def nlag_sheet(ws, kind, sections):
    ws["A1"] = "CQC Must Do and Should Do Improvement Plan 2022/23"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Northern Lincolnshire and Goole NHS Foundation Trust - inspection June/July 2022 (report published 2 December 2022)"
    ws["A3"] = f"{kind.upper()} ACTIONS - progress position at 31 May 2023"
    ws["A3"].font = Font(bold=True)
    hdr = ["Ref", "Site", f"CQC {kind}", "Regulation", "Action", "Lead", "Target date",
           "Revised target date", "Progress update", "RAG"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    for section, items in sections:
        ws.cell(r, 1, section).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = fill("003087")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for site, finding, reg, acts in items:
            top = r
            for ref, act, lead, target, revised, prog, rag in acts:
                vals = [ref, site if r == top else None, finding if r == top else None,
                        reg if r == top else None, act, lead, target, revised, prog, rag]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy" if ref == "MD4.2" or ref == "SD1.1" else "dd/mm/yyyy"
                ws.cell(r, 10).fill = fill(NLAG_RAG[rag])
                r += 1
            if r - 1 > top:
                for c in (2, 3, 4):
                    ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for word, text in [("Complete", "Blue - action complete and evidence verified by the Quality Compliance team"),
                       ("On track", "Green - on track to deliver by the target date"),
                       ("At risk", "Amber - at risk of missing the (revised) target date"),
                       ("Off track", "Red - off track / target date missed")]:
        ws.cell(r, 1, word).fill = fill(NLAG_RAG[word])
        ws.cell(r, 2, text)
        r += 1
    for i, w in enumerate([8, 11, 44, 14, 46, 30, 13, 13, 44, 11]):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A6"


def make_nlag():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must Do"
    nlag_sheet(ws, "Must Do", NLAG_MUST)
    nlag_sheet(wb.create_sheet("Should Do"), "Should Do", NLAG_SHOULD)
    wb.save(os.path.join(HERE, "am2-nlag-cqc-must-should-do-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Kent FRS - HMICFRS 2018/19 AFI action plan (xlsx) - mistyped month (refuse)
# ---------------------------------------------------------------------------
KENT = [
    ("AFI 1", "Effectiveness",
     "The service should review its risk profiles to identify the number of fire engines it requires to meet anticipated operational need.", [
         ("Complete a review of appliance numbers and crewing using the station risk profiles and 2019 incident modelling, and report the findings to the Fire Authority.",
          "Director, Operations", "March 2020", "Modelling complete; draft report to Fire Authority February 2020.", "On track"),
         ("Build the agreed appliance numbers into the refresh of the Customer Safety Plan.",
          "Head of Strategy", "Sept 2020", "Will follow the Authority decision.", "Not started"),
     ]),
    ("AFI 2", "Effectiveness",
     "The service should ensure its firefighters have good access to relevant and up-to-date risk information.", [
         ("Replace the mobile data terminals on all front-line fire engines and load site-specific risk information for all high-risk premises.",
          "Head of ICT", "Dec 2019", "New terminals fitted to all 58 front-line appliances; risk information loaded and checked by station managers.", "Complete"),
     ]),
    ("AFI 3", "Effectiveness",
     "The service should ensure it allocates enough resources to a prioritised, risk-based inspection programme.", [
         ("Recruit and train four additional fire safety inspecting officers and revise the risk-based inspection programme to target high-risk premises first.",
          "Head of Protection", "Setp 2020", "Two officers recruited and in development; second recruitment round in February 2020.", "On track"),
     ]),
    ("AFI 4", "Effectiveness",
     "The service should ensure it works with local businesses and large organisations to share information and expectations on compliance with fire safety regulations.", [
         ("Launch a business engagement programme with Kent Chamber of Commerce and the Primary Authority partners, including quarterly business safety briefings.",
          "Head of Protection", "June 2020", "First briefing held in November 2019 with 40 businesses attending.", "On track"),
     ]),
    ("AFI 5", "Effectiveness",
     "The service should ensure it meets its response standard for life-threatening incidents.", [
         ("Introduce on-call day-cover contracts at the ten stations with the lowest daytime availability and report monthly availability to the Performance Board.",
          "Area Manager, Response", "Q4 2019/20", "Day-cover contracts offered at six stations; daytime availability up from 61% to 68%.", "Amber"),
     ]),
    ("AFI 6", "People",
     "The service should ensure that its workforce plan takes full account of the necessary skills and capabilities to carry out the integrated risk management plan.", [
         ("Refresh the strategic workforce plan so that it links skills, succession and recruitment to the Customer Safety Plan.",
          "Director, People and Organisational Development", "April 2020", "Skills gap analysis under way with heads of department.", "On track"),
     ]),
    ("AFI 7", "People",
     "The service should ensure it has a robust system to record and monitor operational staff competence.", [
         ("Implement the competency recording module in the training management system and migrate existing records.",
          "Head of Training and Development", "Jul-20", "Supplier contract signed; build to start March 2020.", "On track"),
     ]),
]
KENT_FILL = {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000", "Not started": "FFFFFF"}


def make_kent():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = "HMICFRS Inspection 2018/19 - Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kent Fire and Rescue Service - update for Audit and Governance Committee, January 2020"
    hdr = ["AFI", "Pillar", "Area for improvement", "Action", "Owner", "Target completion",
           "Progress update", "Status"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    for afi, pillar, text, acts in KENT:
        top = r
        for act, owner, target, prog, status in acts:
            vals = [afi if r == top else None, pillar if r == top else None,
                    text if r == top else None, act, owner, target, prog, status]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 8).fill = fill(KENT_FILL[status])
            r += 1
        if r - 1 > top:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    for i, w in enumerate([8, 14, 46, 50, 26, 14, 44, 12]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(os.path.join(HERE, "am2-kent-frs-hmicfrs-afi-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9, color=None):
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
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. HMP Elmley - HMPPS action plan responding to HMI Prisons (docx)
# ---------------------------------------------------------------------------
ELMLEY = [
    ("Priority concerns", [
        ("1", "Levels of violence, particularly against staff, had increased since the last inspection and were higher than at similar prisons.",
         "Agreed", [
             ("The violence reduction strategy will be refreshed using local data analysis, with a focus on assaults on staff. The Safety Intervention Meeting will review all perpetrators weekly and a Challenge, Support and Intervention Plan (CSIP) will be opened after every serious incident.",
              "Head of Safety", "30/06/2024"),
         ]),
        ("2", "Too many prisoners were locked in their cells for most of the day, and around a third were unemployed.",
         "Partly Agreed", [
             ("A revised regime will be introduced giving all prisoners a minimum of three hours out of cell each weekday.",
              "Head of Residence", "30/04/2024"),
             ("The Activities Hub will allocate every unemployed prisoner to education, work or another activity within five working days of induction. The number of activity places will be reviewed as part of the reducing reoffending needs analysis.",
              "Head of Reducing Reoffending", "31/12/2024"),
         ]),
        ("3", "Illicit drugs were readily available and the rate of positive random mandatory drug tests was high.",
         "Agreed", [
             ("The local drug strategy will be updated and a Drug Strategy Committee will meet monthly. X-ray body scanner searching at reception and intelligence-led cell searches will be increased.",
              "Head of Security", "31/05/2024"),
         ]),
    ]),
    ("Key concerns", [
        ("4", "Prisoners held on the segregation unit did not receive a consistent daily regime, and reintegration planning was weak.",
         "Agreed", [
             ("A daily regime timetable will be published on the segregation unit, and a reintegration plan will be started at the first review for every prisoner held for longer than 72 hours.",
              "Head of Safety", "31/03/2024"),
         ]),
        ("5", "Waiting times for routine dental treatment were too long.",
         "Agreed", [
             ("Health and justice commissioners will work with the dental provider to increase dental sessions from four to six a week and clear the waiting list.",
              "Head of Healthcare / NHS England Health and Justice Commissioner", "30/09/2024"),
         ]),
        ("6", "Prisoners did not have enough access to the library.",
         "Agreed", [
             ("Library sessions will be timetabled for every wing, giving each prisoner at least one 45-minute session a fortnight, monitored through the regime monitoring tool.",
              "Head of Reducing Reoffending", "Ongoing"),
         ]),
        ("7", "Too few prisoners were released to settled accommodation.",
         "Partly Agreed", [
             ("The prison will work with the Probation Service and the commissioned accommodation provider so that referrals are made at least 12 weeks before release. The supply of housing is outside the control of the prison.",
              "Head of Reducing Reoffending", "31/03/2025"),
         ]),
    ]),
]


def make_elmley():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run("Action Plan: HMP Elmley")
    run.bold = True
    run.font.size = Pt(20)
    for line in ["Action Plan Submitted: 22 March 2024",
                 "A Response to the HMIP Inspection: 2 - 12 October 2023",
                 "Report Published: 30 January 2024"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of people in prison. Following an inspection, HM Prison and Probation Service (HMPPS) is required "
        "to produce an action plan responding to the concerns in the report. The action plan confirms whether each "
        "concern is agreed, partly agreed or not agreed (see categorisations below) and, where it is agreed or partly "
        "agreed, sets out the actions to address it, with the responsible owner and target date for each action.")
    doc.add_paragraph(
        "HMIP now reports up to 15 concerns, of which between three and six are identified as priority concerns. "
        "Progress against this plan will be monitored by the Prison Group Director and reviewed at the next "
        "independent review of progress.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h_ in zip(t.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        set_cell(c, h_, bold=True)
        shade(c, "D9D9D9")
    for term, defin, comm in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
         "The response must state clearly which part will be addressed, and why the remainder cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly explain the reason for not agreeing the concern."),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], term, bold=True)
        set_cell(cells[1], defin)
        set_cell(cells[2], comm)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("ACTION PLAN").bold = True
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response (action taken / planned)",
           "Responsible Owner", "Target Date"]
    for c, h_ in zip(t.rows[0].cells, hdr):
        set_cell(c, h_, bold=True, color="FFFFFF")
        shade(c, "1F3864")
    for band, concerns in ELMLEY:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, band, bold=True)
        shade(m, "BDD7EE")
        for no, concern, agreed, acts in concerns:
            rows = [t.add_row() for _ in acts]
            for rw, (resp, owner, target) in zip(rows, acts):
                set_cell(rw.cells[3], resp)
                set_cell(rw.cells[4], owner)
                set_cell(rw.cells[5], target)
            for ci, val in ((0, no), (1, concern), (2, agreed)):
                cell = rows[0].cells[ci]
                if len(rows) > 1:
                    cell = cell.merge(rows[-1].cells[ci])
                set_cell(cell, val)
    widths = [Cm(1.2), Cm(6.5), Cm(2.8), Cm(9.0), Cm(3.6), Cm(2.4)]
    for rw in t.rows:
        for c, w in zip(rw.cells, widths):
            c.width = w
    doc.save(os.path.join(HERE, "am2-hmp-elmley-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Wyre Council - RIPA action plan after IPCO inspection (docx)
# ---------------------------------------------------------------------------
WYRE = [
    ("Objective 1. Policy, procedures and documents", [
        ("1.1", "Update the Corporate RIPA Policy to reflect the revised Home Office Codes of Practice, including the authorisation levels for juvenile and vulnerable CHIS (IPCO recommendation 1)",
         "RIPA Senior Responsible Officer (Corporate Director Resources)", "Revised to March 2025",
         "Draft revised policy prepared; to be presented to Audit Committee on 18 March 2025.", ""),
        ("1.2", "Add a section on the use of social media and online research in investigations, including when a directed surveillance authorisation is required (IPCO recommendation 2)",
         "RIPA Senior Responsible Officer (Corporate Director Resources)", "March 2025",
         "Included in the draft revised policy.", ""),
        ("1.3", "Introduce a non-RIPA surveillance log so that surveillance outside the Act is recorded and overseen by the SRO",
         "RIPA Co-ordinator (Legal Services Manager)", "December 2024",
         "Log template in place on the Legal Services SharePoint site; first entries reviewed by the SRO.", "16/12/2024"),
    ]),
    ("Objective 2. Training and awareness", [
        ("2.1", "Deliver refresher RIPA training for authorising officers and for investigating officers in Environmental Health, Licensing and Revenues (IPCO recommendation 3)",
         "RIPA Co-ordinator (Legal Services Manager)", "November 2024",
         "Training delivered online by external counsel. 23 officers attended and the recording is available on the learning hub.", "14/11/2024"),
        ("2.2", "Include RIPA and online investigations in the induction programme for new enforcement officers",
         "Head of Governance and Business Support", "April 2025", "", ""),
    ]),
    ("Objective 3. Oversight and reporting", [
        ("3.1", "Report the Council's use of RIPA powers to Audit Committee each year and confirm that the policy remains fit for purpose (IPCO recommendation 4)",
         "RIPA Senior Responsible Officer (Corporate Director Resources)", "Annually - each March",
         "First annual report on the agenda for 18 March 2025.", ""),
        ("3.2", "Review the central record of authorisations and destroy product in line with the retention schedule",
         "RIPA Co-ordinator (Legal Services Manager)", "Quarterly",
         "First quarterly review completed 31 January 2025.", ""),
    ]),
]


def make_wyre():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Wyre Council - Audit Committee 18 March 2025 - Appendix 2"
    p = doc.add_paragraph()
    r = p.add_run("Regulation of Investigatory Powers Act (RIPA) action plan \u2013 February 2025")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "The Investigatory Powers Commissioner's Office (IPCO) carried out a remote inspection of the Council's "
        "arrangements on 10 September 2024. The Inspector's letter of 3 October 2024 confirmed that the Council "
        "remains broadly compliant and made four recommendations. This action plan sets out how those "
        "recommendations, and other improvements identified by officers, will be delivered.")
    for objective, acts in WYRE:
        p = doc.add_paragraph()
        p.add_run(objective).bold = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h_ in zip(t.rows[0].cells, ["Action", "Action owner", "Target date", "Comments", "Completed date"]):
            set_cell(c, h_, bold=True, size=10)
            shade(c, "D9E2F3")
        for no, act, owner, target, comm, done in acts:
            cells = t.add_row().cells
            set_cell(cells[0], f"{no} {act}", size=10)
            set_cell(cells[1], owner, size=10)
            set_cell(cells[2], target, size=10)
            set_cell(cells[3], comm, size=10)
            set_cell(cells[4], done, size=10)
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "am2-wyre-ipco-ripa-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Gravesham BC - damp and mould action plan (csv saved from Excel)
# ---------------------------------------------------------------------------
GRAVESHAM = [
    ("Policy and governance", [
        ("1", "Landlords should develop a specific damp and mould policy setting out how they will respond to reports and proactively identify problems.",
         "Draft a Damp and Mould Policy for council homes and take it to Housing Services Cabinet Committee for approval.",
         "Head of Housing Assets", "31/03/2023",
         "Policy approved by Housing Services Cabinet Committee on 6 March 2023 and published on the website.", "Complete"),
        ("2", "Landlords should ensure that their governing body receives regular reports on damp and mould.",
         "Add damp and mould cases, open repairs and average days to complete to the quarterly Compliance Dashboard reported to Management Team and Members.",
         "Building Safety Manager", "Jun-23",
         "Included in the Compliance Dashboard from Q4 2022/23; first report to Management Team on 18 April 2023.", "Complete"),
    ]),
    ("Identifying and responding", [
        ("3", "Landlords should adopt a zero-tolerance approach to damp and mould, taking action on every report rather than attributing it to lifestyle.",
         "Revise the repairs triage script so that every damp and mould report is logged as a repair and inspected, and remove references to 'lifestyle' from letters and scripts.",
         "Repairs Manager", "30/04/2023",
         "New script in use by the Customer Contact Centre from 3 April 2023; template letters rewritten.", "Complete"),
        ("4", "Landlords should carry out a risk assessment of their stock to identify homes at higher risk of damp and mould.",
         "Use stock condition data and repairs history to produce a risk-ranked list of homes and programme proactive surveys of the 500 highest-risk properties.",
         "Head of Housing Assets / Asset Data Manager", "31/03/2023 - revised 30/09/2023",
         "Risk model built; 212 of 500 surveys completed. A surveyor vacancy has slowed progress.", "Amber"),
        ("5", "Landlords should make sure inspections following a report of damp and mould take place promptly and that works are followed up.",
         "Introduce a 10 working day target for damp and mould inspections and a follow-up visit 6 weeks after works, monitored weekly by the Healthy Homes Task Force.",
         "Repairs Manager", "Q2 2023/24",
         "Target in place from May 2023; 84% of inspections within 10 working days. Follow-up visits start July 2023.", "Green"),
    ]),
    ("Communication with residents", [
        ("6", "Landlords should give residents clear information about damp and mould, what the landlord will do and how to report it.",
         "Produce a damp and mould leaflet and web page for tenants, and include the advice in the tenancy sign-up pack.",
         "Tenant Engagement Officer", "Jul-23",
         "Leaflet drafted and tested with the Tenants' Forum on 24 May 2023.", "Green"),
        ("7", "Landlords should identify residents who may be vulnerable to the health effects of damp and mould.",
         "Record vulnerabilities and health conditions on the housing management system at tenancy audits, and flag households with children under 5 or respiratory conditions.",
         "Tenancy Services Manager", "Ongoing",
         "Flags added to the system; 1,150 tenancy audits completed in 2022/23.", "Green"),
    ]),
    ("Data and records", [
        ("8", "Landlords should keep accurate records of damp and mould reports and the action taken.",
         "Create a damp and mould case category on the repairs system so that every case can be tracked from report to completion.",
         "Housing Systems Officer", "31/05/2023",
         "Change specified, but the supplier cannot schedule the development until September 2023.", "Red"),
    ]),
    ("Complaints and learning", [
        ("9", "Landlords should use complaints about damp and mould to learn and improve services.",
         "Review all stage 1 and stage 2 damp and mould complaints each quarter at the Housing Complaints Learning Group and report themes to the Healthy Homes Task Force.",
         "Customer Services and Complaints Manager", "Quarterly",
         "First review held in April 2023.", "Green"),
        ("10", "Landlords should consider whether compensation is appropriate where damp and mould has affected residents.",
         "Update the Housing Compensation Policy to cover damp and mould, including damage to belongings, extra heating costs and decants.",
         "Head of Housing Operations", "Sep-23",
         "Not started - will follow the wider review of the Compensation Policy.", ""),
    ]),
]


def make_gravesham():
    rows = []
    blank = [""] * 7
    rows.append(["Damp and Mould Action Plan"] + [""] * 6)
    rows.append(["Gravesham Borough Council - Appendix 1: response to the Housing Ombudsman's 'Spotlight on: Damp and mould' report"] + [""] * 6)
    rows.append(["Update for Housing Services Cabinet Committee - June 2023"] + [""] * 6)
    rows.append(blank)
    rows.append(["No.", "Housing Ombudsman recommendation", "Action", "Lead officer", "Target date",
                 "Update (June 2023)", "RAG"])
    for theme, acts in GRAVESHAM:
        rows.append([theme] + [""] * 6)
        for a in acts:
            rows.append(list(a))
    rows.append(blank)
    rows.append(["RAG key: Complete = action delivered; Green = on track; Amber = some slippage, recoverable; Red = significantly off track"] + [""] * 6)
    with open(os.path.join(HERE, "am2-gravesham-housing-damp-mould-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Leeds CC - ASC CQC assessment improvement plan (tab-separated text) - year error
# ---------------------------------------------------------------------------
LEEDS = [
    ("Theme 1: Working with people", [
        ("Quality statement 1: Assessing needs", [
            ("1.1", "Reduce the waiting list for Care Act assessments by introducing a duty and triage function in each locality and weekly waiting list reviews.",
             "Head of Service - Neighbourhood Teams", "31/03/2025", "Amber",
             "Duty and triage live in two of three localities. Waiting list down from 1,420 to 1,105 since April."),
            ("1.2", "Introduce a carers' assessment pathway with Carers Leeds so that carers are offered an assessment within 28 days.",
             "Commissioning Manager - Carers", "30/09/2024", "Complete",
             "Pathway launched 2 September 2024."),
        ]),
        ("Quality statement 3: Equity in experience and outcomes", [
            ("1.3", "Improve the recording of ethnicity, sexual orientation and disability in the case management system to at least 95% completeness.",
             "Head of Performance and Intelligence", "Dec-24", "Green",
             "Ethnicity recording now 91%; data quality reports issued to team managers monthly."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Quality statement 4: Care provision, integration and continuity", [
            ("2.1", "Publish a refreshed Market Position Statement and a three-year commissioning plan for extra care and supported living.",
             "Chief Officer, Commissioning", "31/03/2025", "Green",
             "Provider engagement events held in September; draft MPS due December."),
            ("2.2", "Increase uptake of Direct Payments by simplifying the Direct Payment agreement and introducing pre-paid cards.",
             "Head of Service - Self-Directed Support", "30/06/2025", "Amber",
             "Pre-paid card procurement delayed to Q4."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Quality statement 6: Safe systems, pathways and transitions", [
            ("3.1", "Agree a joint Preparing for Adulthood protocol with Children and Families so that transition planning starts at age 14.",
             "Head of Service - Transitions / Head of SEND", "31/03/2052", "Green",
             "Draft protocol discussed at the Preparing for Adulthood Board in September."),
        ]),
        ("Quality statement 7: Safeguarding", [
            ("3.2", "Clear the backlog of Deprivation of Liberty Safeguards (DoLS) applications, prioritising cases with the ADASS screening tool.",
             "DoLS Manager", "Ongoing", "Red",
             "Backlog 2,310 applications. Additional Best Interests Assessor capacity agreed from November."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Quality statement 8: Governance, management and sustainability", [
            ("4.1", "Establish an Adult Social Care Assurance Board chaired by the Director of Adults and Health to oversee this plan.",
             "Director of Adults and Health", "Jul-24", "Complete",
             "Board met for the first time on 17 July 2024 and meets monthly."),
        ]),
        ("Quality statement 9: Learning, improvement and innovation", [
            ("4.2", "Launch a co-production charter with the Leeds People's Voices Partnership.",
             "Head of Service - Co-production", "Q4 2024/25", "Green",
             "Charter drafted with people who draw on care and support."),
        ]),
    ]),
]


def make_leeds():
    n = 6
    lines = ["Adult Social Care CQC Assessment Improvement Plan 2024/25" + "\t" * (n - 1),
             "Leeds City Council - Adults and Health - progress update October 2024" + "\t" * (n - 1),
             "\t" * (n - 1),
             "\t" * (n - 1),
             "\t".join(["Ref", "Action", "Lead", "Due date", "RAG", "Progress"])]
    for theme, qss in LEEDS:
        lines.append(theme + "\t" * (n - 1))
        for qs, acts in qss:
            lines.append(qs + "\t" * (n - 1))
            for a in acts:
                lines.append("\t".join(a))
    lines.append("\t" * (n - 1))
    lines.append("RAG: Complete = delivered; Green = on track; Amber = at risk; Red = off track / overdue" + "\t" * (n - 1))
    with open(os.path.join(HERE, "am2-leeds-asc-cqc-assessment-improvement-plan.txt"), "w",
              newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_maldon()
    make_nlag()
    make_kent()
    make_elmley()
    make_wyre()
    make_gravesham()
    make_leeds()
    print("written")
