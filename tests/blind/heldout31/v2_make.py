#!/usr/bin/env python
"""Generator for the v2- cases of heldout31 (blind corpus). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = "v2-"

BLUE = PatternFill("solid", fgColor="8DB4E2")
GREEN = PatternFill("solid", fgColor="92D050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
HEAD = PatternFill("solid", fgColor="1F4E78")
BAND = PatternFill("solid", fgColor="D9E1F2")
GREY = PatternFill("solid", fgColor="D9D9D9")
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, dd):
    return dt.datetime(y, m, dd)


def out(name):
    return os.path.join(HERE, P + name)


def header_row(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


# ---------------------------------------------------------------- 1. Wye Valley NHS Trust CQC must/should
def wye_valley():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Wye Valley NHS Trust – CQC Improvement Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the CQC inspection of Urgent and Emergency Care and Medical Care (April 2023; "
                "report published August 2023). Progress position as at 31 January 2024, reported to "
                "Quality Committee.")
    ws.merge_cells("A2:J2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    cols = ["Ref", "Type", "CQC requirement (Regulation)", "Action(s)", "Executive lead",
            "Target date", "Revised date", "Progress update (January 2024)", "RAG", "Evidence ref"]
    header_row(ws, 4, cols, [10, 10, 42, 48, 22, 13, 13, 55, 11, 12])
    ws.freeze_panes = "A5"

    sections = [
        ("Urgent and Emergency Care", [
            ("Must do", "The trust must ensure that patients attending the emergency department are triaged "
             "in a timely manner in line with national guidance. (Regulation 12)", [
                ("UEC-M1.1", "Implement a streaming and triage nurse rota so that a registered nurse is allocated "
                 "to triage on every shift, including overnight.", "Chief Nursing Officer",
                 d(2023, 10, 31), None,
                 "Triage nurse allocated on every shift since 18 September 2023. Compliance audited weekly by "
                 "the ED matron; median time to triage 11 minutes in December.", "Complete", "blue", "EV-014"),
                ("UEC-M1.2", "Introduce an electronic triage timer on the ED tracking board with escalation to "
                 "the nurse in charge at 15 minutes.", "Chief Operating Officer",
                 d(2023, 11, 30), d(2024, 2, 29),
                 "Supplier delay with the Symphony upgrade. Go-live now booked for 12 February 2024; manual "
                 "escalation remains in place.", "Amber", "amber", ""),
            ]),
            ("Must do", "The trust must ensure that all staff complete mandatory safeguarding adults and "
             "children level 3 training. (Regulation 18)", [
                ("UEC-M2.1", "Release ED medical and nursing staff for protected level 3 safeguarding training "
                 "sessions, with a monthly compliance trajectory reported to the Divisional Quality Board.",
                 "Chief Nursing Officer / Medical Director", d(2024, 3, 31), None,
                 "Compliance 78% for nursing and 64% for medical staff against a target of 90%. Additional "
                 "sessions booked for February and March.", "Red", "red", ""),
            ]),
            ("Should do", "The trust should ensure that resuscitation trolley checks are consistently "
             "completed and recorded.", [
                ("UEC-S1.1", "Move daily resuscitation trolley checks to the electronic checklist and include "
                 "compliance in the monthly ward accreditation audit.", "Director of Quality Governance",
                 ("mmm", d(2023, 12, 1)), None,
                 "Electronic checklist live in ED and CDU. December audit 100% compliance.", "Complete",
                 "blue", "EV-022"),
            ]),
        ]),
        ("Medical Care", [
            ("Must do", "The trust must ensure that patients' risk assessments for falls and pressure ulcers "
             "are completed within 6 hours of admission and reviewed as required. (Regulation 12)", [
                ("MC-M1.1", "Relaunch the admission risk assessment bundle on all medical wards with "
                 "ward-level weekly audits.", "Deputy Chief Nurse", d(2023, 12, 31), None,
                 "Bundle relaunched November 2023. Weekly audits show 88% completion within 6 hours; wards "
                 "below 85% have a local improvement plan.", "On track", "green", ""),
                ("MC-M1.2", "Add falls and pressure ulcer assessment prompts to the electronic observations "
                 "system (Nervecentre).", "Chief Clinical Information Officer", d(2024, 3, 31), None,
                 "Build complete and in user testing.", "Green", "green", ""),
            ]),
            ("Must do", "The trust must ensure there are sufficient numbers of suitably qualified nursing "
             "staff on medical wards at all times. (Regulation 18)", [
                ("MC-M2.1", "Complete the bi-annual safer nursing care tool establishment review for medical "
                 "wards and present recommendations to Trust Board.", "Chief Nursing Officer",
                 d(2023, 9, 30), d(2024, 1, 31),
                 "Establishment review presented to Trust Board on 25 January 2024; investment in 14.2 WTE "
                 "registered nurses agreed.", "Complete", "blue", "EV-031"),
                ("MC-M2.2", "Continue international nurse recruitment to reduce the registered nurse vacancy "
                 "rate on medical wards to below 8%.", "Director of People", "Ongoing", None,
                 "Vacancy rate 9.6% in December (12.4% in April). Cohort of 20 international nurses arriving "
                 "in March 2024.", "Amber", "amber", ""),
            ]),
            ("Should do", "The trust should ensure that discharge summaries are sent to GPs within 24 hours "
             "of discharge.", [
                ("MC-S1.1", "Report discharge summary timeliness by consultant team in the divisional "
                 "performance report and follow up teams below 90%.", "Medical Director", "Q4 2023/24", None,
                 "Reporting in place from the January 2024 performance report. Current position 83% within "
                 "24 hours.", "Amber", "amber", ""),
            ]),
        ]),
    ]
    r = 5
    for sec, reqs in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = BAND
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for typ, req, acts in reqs:
            first = r
            for ref, act, lead, tgt, rev, prog, rag, colour, ev in acts:
                vals = [ref, typ, req, act, lead, None, rev, prog, rag, ev]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                tc = ws.cell(row=r, column=6)
                if isinstance(tgt, tuple):
                    tc.value = tgt[1]
                    tc.number_format = "mmm-yy"
                else:
                    tc.value = tgt
                    if isinstance(tgt, dt.datetime):
                        tc.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = FILL[colour]
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Blue", "Complete – evidence accepted by Quality Committee", BLUE),
           ("Green", "On track to deliver by target date", GREEN),
           ("Amber", "At risk of delay / revised date agreed", AMBER),
           ("Red", "Off track – escalated to Quality Committee", RED)]
    for i, (k, txt, f) in enumerate(key, start=1):
        ws.cell(row=r + i, column=1, value=k).fill = f
        ws.cell(row=r + i, column=2, value=txt)
    wb.save(out("wyevalley-cqc-must-should-plan.xlsx"))


# ---------------------------------------------------------------- 2. Cornwall FRS HMICFRS AFI tracker
def cornwall_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "Cornwall Fire and Rescue Service – HMICFRS 2022 Inspection: Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Service Improvement Team     Last updated: 14/03/2024"
    ws["A2"].font = Font(italic=True)
    cols = ["AFI Ref", "Area for improvement", "Action Ref", "Action", "Action owner", "Target date",
            "Status", "Progress commentary"]
    header_row(ws, 4, cols, [8, 45, 9, 50, 24, 12, 9, 55])
    data = [
        ("Pillar 1: Effectiveness", [
            ("E1", "The service should make sure it has an effective system in place to define the level of "
             "prevention activity it delivers and that it targets those at greatest risk.", [
                ("E1.1", "Introduce a risk-based targeting model for Safe and Well visits using partner data "
                 "(Exeter data set and adult social care referrals).", "Head of Prevention", d(2023, 9, 30),
                 "blue", "Targeting model live from September 2023. 71% of visits now to high-risk households."),
                ("E1.2", "Set station-level prevention targets in the annual station plans and report quarterly "
                 "to the Prevention Board.", "GM Prevention", d(2024, 4, 30), "green",
                 "Station plans 2024/25 drafted with targets; sign-off at April Prevention Board."),
            ]),
            ("E2", "The service should ensure its risk-based inspection programme is adequately resourced "
             "and that it is meeting its targets.", [
                ("E2.1", "Recruit and train four additional fire safety inspectors to increase protection "
                 "capacity.", "Head of Protection", d(2024, 3, 31), "amber",
                 "Two inspectors appointed and in development; two posts re-advertised after unsuccessful "
                 "recruitment in January."),
                ("E2.2", "Refresh the risk-based inspection programme so that all very high-risk premises are "
                 "audited within 12 months.", "Head of Protection", d(2023, 12, 31), "blue",
                 "RBIP refreshed and approved at Service Leadership Team on 5 December 2023."),
            ]),
        ]),
        ("Pillar 2: Efficiency", [
            ("EF1", "The service should make sure that it has effective measures in place to assure itself "
             "that its workforce is productive.", [
                ("EF1.1", "Implement a productivity dashboard showing on-call and wholetime crew activity "
                 "against station plans.", "AM Service Delivery", d(2024, 6, 30), "green",
                 "Dashboard in test within Power BI; go-live planned for June 2024."),
            ]),
            ("EF2", "The service should ensure it maintains on-call fire engine availability to meet its "
             "planning assumptions.", [
                ("EF2.1", "Review on-call contracts and introduce banded availability contracts at the 10 "
                 "stations with the lowest availability.", "AM Service Delivery / Head of HR", d(2024, 2, 29),
                 "red", "Consultation with representative bodies paused; revised proposal due to SLT in April. "
                 "Availability remains at 71% against an 85% target."),
            ]),
        ]),
        ("Pillar 3: People", [
            ("P1", "The service should make sure it has robust processes in place to ensure that all staff "
             "understand and demonstrate its values.", [
                ("P1.1", "Deliver values and behaviours workshops to all middle and supervisory managers.",
                 "Head of Organisational Development", d(2023, 11, 30), "blue",
                 "All 142 managers attended by November 2023."),
                ("P1.2", "Introduce a confidential reporting line run by an independent provider.",
                 "Head of HR", d(2024, 1, 31), "blue",
                 "Safecall contract in place and promoted through staff briefings from January 2024."),
            ]),
            ("P2", "The service should improve the way it collects equality data to better understand its "
             "workforce demographics.", [
                ("P2.1", "Run an equality data campaign encouraging staff to update their records on the HR "
                 "system.", "Equality, Diversity and Inclusion Lead", d(2024, 5, 31), "green",
                 "Declaration rate improved from 48% to 66%; second campaign planned for May."),
            ]),
        ]),
    ]
    r = 5
    for pillar, afis in data:
        ws.cell(row=r, column=1, value=pillar).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="C00000")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for aref, afi, acts in afis:
            first = r
            for ref, act, owner, tgt, colour, prog in acts:
                vals = [aref, afi, ref, act, owner, tgt, None, prog]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=6).number_format = "dd-mmm-yy"
                ws.cell(row=r, column=7).fill = FILL[colour]
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="Status key").font = Font(bold=True)
    for i, (f, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – within tolerance"),
                                  (RED, "Off track – exception report to SLT")], start=1):
        ws.cell(row=r + i, column=1).fill = f
        ws.cell(row=r + i, column=2, value=txt)
    wb.save(out("cornwall-fire-hmicfrs-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 3. Angus ASP improvement plan (refuse)
def angus_asp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Angus Adult Protection Committee – Joint Inspection of Adult Support and Protection: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Inspection report published 22 August 2023 (Care Inspectorate, HMICS and Healthcare Improvement "
                "Scotland). Plan approved by the Adult Protection Committee on 3 October 2023; update to Chief "
                "Officers Group February 2024.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 32
    cols = ["No.", "Improvement action", "Lead officer", "Lead agency", "Timescale", "Progress update",
            "RAG", "Evidence"]
    header_row(ws, 4, cols, [6, 55, 30, 16, 14, 55, 10, 14])
    rows = [
        ("H", "1. Chronologies and risk assessments"),
        ("A", "1.1", "Introduce a single multi-agency chronology template for adult support and protection and "
         "issue practice guidance.", "Service Manager, Adult Protection", "Angus HSCP", "December 2023",
         "Template agreed by the APC Practice and Procedures subgroup and launched on 4 December 2023.",
         "Complete", BLUE),
        ("A", "1.2", "Audit a sample of 30 ASP case files per quarter for completion and quality of chronologies "
         "and risk assessments.", "Lead Officer, Adult Protection", "Angus HSCP", "Quarterly",
         "First quarterly audit completed January 2024: 63% of files had a chronology, 40% rated good or better.",
         "Amber", AMBER),
        ("A", "1.3", "Deliver risk assessment and risk management training to council officers undertaking ASP "
         "inquiries.", "Learning and Development Manager", "Angus Council", "March 2024",
         "Four sessions delivered, 58 staff trained.", "Green", GREEN),
        ("H", "2. Inter-agency referral discussions (IRDs) and case conferences"),
        ("A", "2.1", "Extend IRDs to include health as a standing participant in all adult protection IRDs.",
         "Associate Nurse Director", "NHS Tayside", "June 2024",
         "Test of change with Police Scotland Tayside Division and NHS Tayside running in the Arbroath locality "
         "since February.", "Green", GREEN),
        ("A", "2.2", "Review the ASP case conference procedure so that adults at risk and their unpaid carers "
         "are supported to attend and contribute.", "Service Manager, Adult Protection", "Angus HSCP",
         "Ocotber 2024", "Procedure review scoped; independent advocacy provider involved.", "Green", GREEN),
        ("H", "3. Strategic leadership and quality assurance"),
        ("A", "3.1", "Develop an APC performance framework with a core data set reported to each APC meeting.",
         "APC Lead Officer", "Angus APC", "March 2024", "Draft data set approved; first report to March APC.",
         "Green", GREEN),
        ("A", "3.2", "Chief Officers Group to receive a six-monthly report on progress with this improvement plan.",
         "Chief Officer, Angus HSCP / Chief Superintendent, Tayside Division", "Angus COG", "Six-monthly",
         "First report presented February 2024.", "Green", GREEN),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = BAND
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            _, no, act, lead, agency, when, prog, rag, f = row
            for c, v in enumerate([no, act, lead, agency, when, prog, rag, ""], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=7).fill = f
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="RAG: Complete (blue) | Green – on track | Amber – some delay, "
            "mitigation in place | Red – significant delay, escalated to APC").font = Font(italic=True)
    assert ws.cell(row=11, column=5).value == "Ocotber 2024"
    wb.save(out("angus-asp-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
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
    s.left_margin = s.right_margin = Cm(1.5)


def fill_row(row, values, bold=False, fill=None):
    for cell, v in zip(row.cells, values):
        cell.text = v
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9)
                run.bold = bold
        if fill:
            shade(cell, fill)


RAGHEX = {"Complete": "8DB4E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


# ---------------------------------------------------------------- 4. Swindon SEND priority action plan (docx)
def swindon_send():
    doc = Document()
    landscape(doc)
    doc.add_heading("Swindon Local Area Partnership – SEND Priority Action Plan", 0)
    doc.add_paragraph("Response to the Ofsted and CQC area SEND inspection of the Swindon local area partnership")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    fill_row(t.rows[0], ["Version", "Date", "Author", "Changes"], bold=True, fill="D9D9D9")
    for v in [("0.3", "14/05/2024", "SEND Improvement Lead", "Draft for SEND Improvement Board"),
              ("1.0", "28/05/2024", "SEND Improvement Lead", "Approved by Cabinet and BSW ICB Board"),
              ("1.2", "30/09/2024", "SEND Improvement Lead", "Quarter 2 progress update")]:
        fill_row(t.add_row(), list(v))
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out how Swindon Borough Council and NHS Bath and North East Somerset, Swindon and "
        "Wiltshire Integrated Care Board (BSW ICB), working with the Swindon Parent Carer Forum, will address "
        "the areas for priority action and the area for improvement identified by inspectors. Progress is "
        "reported monthly to the SEND Improvement Board and six-monthly to the Department for Education and "
        "NHS England.")
    parts = [
        ("Priority action 1: Neurodevelopmental assessment and support",
         "Leaders across the partnership should urgently reduce the waiting times for neurodevelopmental "
         "assessment and ensure that children and young people receive effective support while they wait.", [
            ("1.1", "Commission additional autism assessment capacity from an independent provider to clear the "
             "backlog of children waiting over 52 weeks.", "Head of Children's Commissioning (BSW ICB)",
             "September 2024", "Green",
             "Contract awarded in July 2024; 180 assessments booked between August and December."),
            ("1.2", "Launch a 'support while waiting' offer including parent workshops and a named contact for "
             "every family on the waiting list.", "Designated Clinical Officer / Head of Early Help",
             "July 2024", "Complete",
             "Offer launched 1 July 2024 and published on the Local Offer; 312 families contacted."),
            ("1.3", "Publish monthly waiting-time data on the Local Offer website.", "ICB SEND Lead", "Monthly",
             "Green", "Published monthly since June 2024."),
        ]),
        ("Priority action 2: Quality and timeliness of EHC plans",
         "Leaders should improve the timeliness and quality of EHC needs assessments and plans, including the "
         "contributions of health and social care professionals.", [
            ("2.1", "Recruit to six additional EHC coordinator posts and clear the backlog of overdue needs "
             "assessments.", "Head of SEND Statutory Services", "Dec 2024", "Amber",
             "Four of six posts filled. 20-week timeliness 38% in August against a trajectory of 50%."),
            ("2.2", "Introduce a multi-agency quality assurance panel that audits 10% of new EHC plans each month.",
             "Principal Educational Psychologist and Designated Clinical Officer", "Autumn term 2024", "Green",
             "Panel meets monthly from September; audit tool co-produced with the Parent Carer Forum."),
            ("2.3", "Revise health advice templates for EHC assessments and train health practitioners in "
             "writing outcome-focused advice.", "Designated Clinical Officer", "31/10/2024", "Red",
             "Template revised but training delayed due to practitioner availability; new dates being agreed "
             "with providers."),
        ]),
        ("Area for improvement: Preparing for adulthood",
         "Leaders should strengthen the preparation for adulthood offer so that young people with SEND have "
         "clear pathways into employment, independent living and adult health services.", [
            ("3.1", "Develop a 14–25 preparing for adulthood pathway with young people and publish it on the "
             "Local Offer.", "Head of Preparing for Adulthood", "Spring term 2025", "Not started",
             "Scheduled to begin once the transitions lead is in post (January 2025)."),
            ("3.2", "Agree a transition protocol between children's and adult health services with the main NHS "
             "providers.", "Deputy Director of Nursing (BSW ICB)", "March 2025", "Green",
             "Draft protocol shared with Great Western Hospitals and Oxford Health for comment."),
        ]),
    ]
    for head, text, acts in parts:
        doc.add_heading(head, 1)
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        fill_row(t.rows[0], ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2024)"],
                 bold=True, fill="BDD7EE")
        for ref, act, lead, when, rag, prog in acts:
            row = t.add_row()
            fill_row(row, [ref, act, lead, when, rag, prog])
            if rag in RAGHEX:
                shade(row.cells[4], RAGHEX[rag])
        doc.add_paragraph()
    doc.add_heading("RAG key", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Complete", "Action delivered and evidence of impact reviewed by the Board"),
                 ("Green", "On track"), ("Amber", "Some risk to delivery by the timescale"),
                 ("Red", "Off track – exception report to the SEND Improvement Board"),
                 ("Not started", "Action not yet due to start")]:
        row = t.add_row()
        fill_row(row, [k, v])
        if k in RAGHEX:
            shade(row.cells[0], RAGHEX[k])
    doc.save(out("swindon-send-priority-action-plan.docx"))


# ---------------------------------------------------------------- 5. Humber and North Yorkshire ICB LeDeR action plan
def hny_leder():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("NHS Humber and North Yorkshire Integrated Care Board")
    doc.add_heading("LeDeR Annual Report 2023/24: Action Plan", 1)
    doc.add_paragraph(
        "The actions below respond to the learning themes in the Learning from Lives and Deaths – People with a "
        "Learning Disability and Autistic People (LeDeR) annual report 2023/24. Progress is overseen by the "
        "LeDeR Governance Panel and reported to the ICB Quality Committee. Position at end of Quarter 2 2024/25.")
    cols = ["No.", "Learning theme / recommendation", "Action", "Lead", "Timescale", "Status", "Progress (Q2)"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    fill_row(t.rows[0], cols, bold=True, fill="005EB8")
    themes = [
        ("Theme 1: Annual health checks",
         "Increase the uptake and quality of annual health checks for people with a learning disability aged "
         "14 and over.", [
            ("1a", "Work with primary care networks with uptake below 70% to agree improvement plans, supported by "
             "the learning disability primary care liaison nurses.", "Head of Primary Care Quality",
             "March 2025", "Amber", "Uptake 74.2% at end of Q2 against 75% target; 9 PCNs below 70%."),
            ("1b", "Audit a sample of health action plans produced after annual health checks for quality and "
             "completeness.", "Learning Disability Clinical Lead", "Q3 2024/25", "Green",
             "Audit tool agreed; sample of 60 records drawn from six practices."),
        ]),
        ("Theme 2: Recognising deterioration",
         "Improve recognition of and response to deterioration in people with a learning disability in "
         "community and care home settings.", [
            ("2a", "Roll out RESTORE2 training to supported living and residential providers across the ICB "
             "area.", "Deputy Chief Nurse", "Jan 2025", "Green", "41 of 63 providers trained."),
            ("2b", "Include soft signs of deterioration in the easy read health passport.",
             "Learning Disability and Autism Programme Lead", "Sept 2024", "Complete",
             "Revised passport published in September and shared with providers and self-advocacy groups."),
        ]),
        ("Theme 3: Reasonable adjustments",
         "Ensure that reasonable adjustments are recorded and shared across health providers.", [
            ("3a", "Implement the NHS reasonable adjustment digital flag in GP practices and the acute trusts.",
             "Chief Digital Officer / Head of Primary Care Quality", "March 2025", "Amber",
             "Flag live at Hull University Teaching Hospitals; York and Scarborough go-live delayed to February "
             "2025."),
            ("3b", "Deliver Oliver McGowan Mandatory Training Tier 1 to all ICB staff.", "Chief People Officer",
             "Ongoing", "Green", "86% of ICB staff have completed Tier 1 e-learning."),
        ]),
        ("Theme 4: Learning into action",
         "Make sure that learning from LeDeR reviews is shared and leads to change in practice.", [
            ("4a", "Publish quarterly 'learning into action' bulletins and present themes to the System Quality "
             "Group.", "LeDeR Programme Manager", "Quarterly", "Green",
             "Bulletins issued in June and September 2024."),
        ]),
    ]
    for theme, rec, acts in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        merged.text = theme
        merged.paragraphs[0].runs[0].bold = True
        shade(merged, "E8EDEE")
        first = None
        for no, act, lead, when, st, prog in acts:
            row = t.add_row()
            fill_row(row, [no, rec if first is None else "", act, lead, when, st, prog])
            if first is None:
                first = row
            last = row
        if first is not last:
            a = first.cells[1]
            b = last.cells[1]
            # clear the repeated text before merging down
            b.text = ""
            m = a.merge(b)
            # python-docx keeps an empty paragraph from the merged cell; drop it
            ps = m.paragraphs
            for extra in ps[1:]:
                if not extra.text:
                    extra._element.getparent().remove(extra._element)
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete – action delivered; Green – on track; Amber – some delay, recovery agreed; "
                      "Red – significant delay, escalated to Quality Committee.")
    doc.save(out("hny-icb-leder-action-plan.docx"))


# ---------------------------------------------------------------- 6. Lincolnshire Police PEEL AFI tracker (csv)
def lincs_peel():
    rows = [
        ["Ref", "PEEL Area", "Area for Improvement", "Action", "Action Owner", "Target Date",
         "Revised Target Date", "RAG", "Update"],
        ["AFI1.1", "Investigating crime",
         "The force should make sure that investigations are allocated to officers with the appropriate skills "
         "and experience.",
         "Introduce a crime allocation policy linking investigation complexity to PIP accreditation levels.",
         "Detective Superintendent, Crime and Justice", "30/06/2024", "", "Blue",
         "Policy approved at Force Operational Board on 11 June 2024 and briefed to all CID and response "
         "supervisors."],
        ["AFI1.2", "Investigating crime",
         "The force should make sure that investigations are allocated to officers with the appropriate skills "
         "and experience.",
         "Audit 50 allocated investigations per quarter to check compliance with the allocation policy.",
         "Head of Crime Standards", "30/09/2024", "", "Green",
         "Q3 audit: 88% allocated appropriately. Results fed back through the Crime Standards Board."],
        ["AFI2.1", "Investigating crime",
         "The force should improve how it records the rationale when victims withdraw support for an "
         "investigation.",
         "Add mandatory fields for victim withdrawal rationale to the Niche closing template.",
         "Niche Programme Manager", "31/03/2024", "31/08/2024", "Amber",
         "Niche change request approved; build delayed by the national upgrade. Interim guidance issued to "
         "supervisors."],
        ["AFI3.1", "Protecting vulnerable people",
         "The force should make sure that all domestic abuse risk assessments are reviewed by a supervisor "
         "within 24 hours.",
         "Create a daily DASH review report for the Multi Agency Safeguarding Hub and set a 24-hour supervisory "
         "review standard.", "T/Supt Public Protection", "Aug-24", "", "Green",
         "Daily report running since July; 24-hour review compliance 91%."],
        ["AFI3.2", "Protecting vulnerable people",
         "The force should make sure that all domestic abuse risk assessments are reviewed by a supervisor "
         "within 24 hours.",
         "Refresh domestic abuse training for frontline supervisors, including DA Matters champions.",
         "Head of Learning and Development; T/Supt Public Protection", "31/12/2024", "", "Red",
         "Training programme not yet scheduled due to abstraction pressures over the summer; escalated to ACC."],
        ["AFI4.1", "Responding to the public",
         "The force should improve how quickly it answers 101 calls.",
         "Introduce a call-back facility and online reporting prompt for 101 callers waiting longer than "
         "5 minutes.", "Head of Force Control Room", "31/10/2024", "", "Green",
         "Call-back live since September; abandonment rate down from 24% to 15%."],
        ["AFI5.1", "Building, supporting and protecting the workforce",
         "The force should understand the wellbeing needs of its workforce and have clear plans to address "
         "them.",
         "Complete a workforce wellbeing survey and publish a wellbeing action plan.", "Director of People",
         "31/05/2024", "", "Complete",
         "Survey closed April 2024 (52% response). Wellbeing plan published on the intranet in May."],
    ]
    with open(out("lincs-police-peel-afi-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Ceredigion CIW action plan (tab-separated txt)
def ceredigion_ciw():
    lines = [
        "Ceredigion County Council – CIW Performance Evaluation Inspection of Children's Services: Action Plan",
        "Progress update for Healthier Communities Overview and Scrutiny Committee – November 2024",
        "",
        "\t".join(["Ref", "Principle", "CIW Area for Improvement", "Action", "Responsible Officer", "Timescale",
                   "Progress", "Status"]),
    ]
    rows = [
        ("1.1", "People – voice and control",
         "The local authority should ensure that children's views are consistently recorded and inform their "
         "care and support plans.",
         "Revise the care and support plan template to include a 'what matters to me' section completed with "
         "the child.", "Service Manager – Safeguarding and Reviewing", "September 2024",
         "New template live on WCCIS from 2 September 2024.", "Complete"),
        ("1.2", "People – voice and control",
         "The local authority should ensure that children's views are consistently recorded and inform their "
         "care and support plans.",
         "Commission an active offer of advocacy for all children subject to child protection conferences.",
         "Corporate Manager – Children and Families", "December 2024",
         "TGP Cymru contract extended; active offer take-up 64%.", "On track"),
        ("2.1", "Prevention",
         "The local authority should strengthen its early help offer to reduce the number of children needing "
         "statutory intervention.",
         "Align Families First and Flying Start teams into locality early help hubs.",
         "Early Intervention and Prevention Manager", "Mar-25",
         "Hub model agreed by Cabinet in October 2024; staff consultation under way.", "On track"),
        ("2.2", "Prevention",
         "The local authority should strengthen its early help offer to reduce the number of children needing "
         "statutory intervention.",
         "Introduce a step-down protocol from statutory services to early help.",
         "Early Intervention and Prevention Manager / Service Manager – Children in Need", "Q3 2024/25",
         "Draft protocol with legal services for review.", "Amber"),
        ("3.1", "Partnerships and integration",
         "The local authority and health board should improve joint working on emotional health and well-being "
         "support for children.",
         "Establish a joint panel with Hywel Dda UHB CAMHS for children with complex emotional health needs.",
         "Corporate Manager – Children and Families", "Ongoing",
         "Panel meeting fortnightly since July; terms of reference to be reviewed after six months.", "On track"),
        ("4.1", "Well-being",
         "The local authority should ensure sufficient placements locally to meet the needs of children looked "
         "after.",
         "Deliver the placement sufficiency plan, including two new council-run children's homes.",
         "Placements Strategy Manager", "31/03/2026",
         "First home registered with CIW in August 2024; second property purchased and awaiting planning.",
         "Amber"),
        ("4.2", "Well-being",
         "The local authority should ensure sufficient placements locally to meet the needs of children looked "
         "after.",
         "Recruit an additional 10 in-house foster carers through Foster Wales Ceredigion.",
         "Fostering Team Manager", "March 2025",
         "2 households approved against a target of 10; recruitment campaign relaunched in October.", "Red"),
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Status key: Complete / On track / Amber – some slippage / Red – off track"]
    with open(out("ceredigion-ciw-children-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    wye_valley()
    cornwall_fire()
    angus_asp()
    swindon_send()
    hny_leder()
    lincs_peel()
    ceredigion_ciw()
    print("done")
