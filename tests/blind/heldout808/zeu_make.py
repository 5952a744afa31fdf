#!/usr/bin/env python3
"""Build the seven zeu- blind test files (set heldout808).

Run with /work/main/.venv/bin/python (needs openpyxl and python-docx).
Writes only files whose names start with "zeu-" in this script's folder.
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


def out(name):
    assert name.startswith("zeu-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, fill)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


RAG_FILL = {
    "blue": fill("5B9BD5"),
    "green": fill("00B050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
    "grey": fill("D9D9D9"),
}


# =====================================================================
# 1. HMP/YOI Thorn Cross - HMPPS action plan (docx)
# =====================================================================
def thorn_cross():
    doc = Document()
    landscape(doc)
    doc.add_heading("Action Plan: HMP/YOI Thorn Cross", level=0)
    for line in (
        "Action Plan Submitted: 24 October 2023",
        "A Response to the HMIP Inspection: 9 and 15–19 May 2023",
        "Report Published: 22 August 2023",
    ):
        p = doc.add_paragraph()
        p.add_run(line).bold = True

    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for, and treatment of, those held in prisons, young offender institutions and "
        "court custody. Since May 2022 HMIP reports set out priority concerns and key concerns "
        "instead of recommendations. HMPPS is required to respond with an action plan which states "
        "whether each concern is agreed, partly agreed or not agreed and, where it is agreed or "
        "partly agreed, sets out the specific actions that will be taken, who owns each action and "
        "when it will be completed."
    )
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Term", "Definition", "Additional comment"])
    cat = [
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable.",
         "The response sets out SMART actions with an owner and a target date."),
        ("Partly Agreed", "Only part of the concern is accepted or can be addressed.",
         "The response states which part will be addressed and why the rest cannot be."),
        ("Not Agreed", "The concern is not accepted.",
         "The response explains the reason, for example policy or affordability."),
    ]
    for r, row in enumerate(cat, start=1):
        for c, txt in enumerate(row):
            set_cell(t.rows[r].cells[c], txt)
    doc.add_paragraph(
        "Progress against this action plan is monitored by the Prison Group Director and reviewed "
        "at the establishment's monthly Senior Leadership Team meeting."
    )

    cols = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action No.",
            "Action taken / planned", "Responsible Owner", "Target Date"]
    widths = [Cm(1.2), Cm(6.5), Cm(2.4), Cm(1.6), Cm(7.5), Cm(3.6), Cm(2.6)]

    priority = [
        ("1",
         "Prisoners who were eligible for release on temporary licence (ROTL) waited too long for "
         "their risk assessments to be completed, which limited their access to paid work and "
         "resettlement opportunities in the community. (6.12)",
         "Agreed",
         [("1.1", "Introduce a weekly ROTL tracker, reviewed at the Offender Management Unit "
                  "management meeting, that identifies every prisoner whose eligibility date falls "
                  "within the next eight weeks.",
           "Head of Offender Management Delivery", "30 November 2023"),
          ("1.2", "Recruit two prison offender managers to fill current vacancies and bring "
                  "caseloads back to the agreed level.",
           "Head of Offender Management Delivery / HR Business Partner", "31 March 2024")]),
        ("2",
         "Leaders had not done enough to limit the ingress of drugs and other illicit items into "
         "the prison. (3.22)",
         "Partly Agreed",
         [("2.1", "Complete a local drug strategy needs analysis and refresh the supply reduction "
                  "action plan, which will be monitored each month at the Security Committee.",
           "Head of Security", "31 December 2023"),
          ("2.2", "Increase intelligence-led searching of the perimeter and of external work "
                  "locations, including use of the regional dog team at least twice a month.",
           "Head of Security", "Ongoing")]),
        ("3",
         "The promotion of equality had lapsed. Consultation with prisoners with protected "
         "characteristics was infrequent and monitoring data were not used to identify and "
         "address unequal outcomes. (4.41)",
         "Agreed",
         [("3.1", "Re-establish the quarterly Diversity and Inclusion Action Team meeting, chaired "
                  "by the Deputy Governor, with a prisoner representative for each protected "
                  "characteristic.",
           "Deputy Governor", "31/10/2023"),
          ("3.2", "Produce a monthly equality monitoring report from the HMPPS equality monitoring "
                  "tool and present it to the Senior Leadership Team.",
           "Equalities Manager", "January 2024")]),
    ]
    key = [
        ("4",
         "Some offender management staff were not open and supportive enough in their contact "
         "with prisoners, and prisoners did not always understand the reasons for decisions about "
         "their progression. (6.8)",
         "Agreed",
         [("4.1", "Deliver refresher training on procedural justice and on explaining decisions "
                  "to prisoners to all Offender Management Unit staff.",
           "Head of Offender Management Delivery; Learning and Development Manager",
           "29 February 2024")]),
        ("5",
         "Use of force documentation was not always completed promptly, and body-worn video "
         "footage was not routinely reviewed as part of oversight. (3.30)",
         "Agreed",
         [("5.1", "Ensure all use of force paperwork is completed within 72 hours, with compliance "
                  "reported at the monthly Use of Force meeting.",
           "Head of Residence and Safety", "30/11/2023"),
          ("5.2", "Introduce a monthly dip sample of at least five body-worn video recordings, "
                  "reviewed by a member of the Senior Leadership Team.",
           "Deputy Governor", "End of December 2023")]),
        ("6",
         "Too few prisoners attended English and mathematics classes, and waiting lists for these "
         "courses were long. (5.14)",
         "Partly Agreed",
         [("6.1", "Work with the education provider to add two evening functional skills sessions "
                  "each week for prisoners on ROTL work placements.",
           "Head of Education, Skills and Work", "April 2024")]),
    ]

    def concern_table(title, concerns):
        doc.add_heading(title, level=2)
        n_rows = 1 + sum(len(c[3]) for c in concerns)
        tbl = doc.add_table(rows=n_rows, cols=len(cols))
        tbl.style = "Table Grid"
        header_row(tbl, cols)
        r = 1
        for no, text, agreed, actions in concerns:
            first = r
            set_cell(tbl.rows[r].cells[0], no)
            set_cell(tbl.rows[r].cells[1], text)
            set_cell(tbl.rows[r].cells[2], agreed)
            for ano, atext, owner, date in actions:
                set_cell(tbl.rows[r].cells[3], ano)
                set_cell(tbl.rows[r].cells[4], atext)
                set_cell(tbl.rows[r].cells[5], owner)
                set_cell(tbl.rows[r].cells[6], date)
                r += 1
            last = r - 1
            if last > first:
                for c in range(3):
                    tbl.cell(first, c).merge(tbl.cell(last, c))
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w

    concern_table("Priority concerns", priority)
    concern_table("Key concerns", key)
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by: Governor, HMP/YOI Thorn Cross. Agreed by: Prison Group "
                      "Director, Cheshire, Merseyside and Greater Manchester.")
    doc.save(out("zeu-hmp-yoi-thorn-cross-hmip-inspection-action-plan.docx"))


# =====================================================================
# 2. CPS East Midlands - HMCPSI AIP improvement plan (csv)
# =====================================================================
def cps_east_midlands():
    W = 8
    rows = [
        ["CPS East Midlands – Area Inspection Programme Improvement Plan"],
        ["Response to the HMCPSI baseline assessment published 13 October 2022"],
        ["Position as at 30 June 2023 – for Area Performance Board, 12 July 2023"],
        [],
        ["Ref", "Aspect for improvement", "Action", "Action owner", "Target date",
         "Revised date", "RAG", "Progress update"],
        ["1. Magistrates' court casework"],
        ["MC1.1",
         "Case analysis and strategy in pre-charge decisions, including identifying reasonable "
         "lines of inquiry and applying the Director's Guidance on Charging.",
         "Deliver legal training on case analysis and strategy to all magistrates' court "
         "prosecutors, using anonymised examples from the inspection file sample.",
         "DCCP Magistrates' Court", "31/01/2023", "", "B",
         "Training delivered to 42 prosecutors in January 2023. Slides placed on the Area "
         "legal hub."],
        ["MC1.2", "",
         "Introduce monthly Individual Quality Assessments focused on pre-charge advice, with "
         "themes fed back at team meetings.",
         "SDCP Leicester and SDCP Nottingham", "31/03/2023", "30/09/2023", "A",
         "IQAs running in Leicester; Nottingham team started in May after vacancies were filled."],
        ["MC2.1",
         "Compliance with disclosure obligations, in particular recording disclosure decisions on "
         "the disclosure management document and the schedules.",
         "Issue a disclosure aide-memoire to all prosecutors and paralegals and add disclosure to "
         "the weekly case progression dip sample.",
         "Area Disclosure Champion", "28/02/2023", "", "B",
         "Aide-memoire issued 14/02/2023.\nDip sample includes disclosure from March 2023."],
        ["2. Crown Court casework"],
        ["CC1.1",
         "Timeliness and quality of reviews before the Plea and Trial Preparation Hearing, "
         "including service of the initial details of the prosecution case (IDPC).",
         "Review the Crown Court allocation model so that every case has an allocated "
         "prosecutor before the first hearing.",
         "DCCP Crown Court", "Q1 2023/24", "", "G",
         "New allocation model agreed at SMT; go-live in Derby and Lincoln units first."],
        ["CC1.2", "",
         "Agree a joint file quality improvement plan with the police forces through the Local "
         "Criminal Justice Boards.",
         "Chief Crown Prosecutor", "Ongoing", "", "G",
         "Joint plans in place with three of the five forces; remaining two due at the next "
         "LCJB meetings."],
        ["CC2.1",
         "Victim communication: Victim Communication and Liaison scheme letters were not always "
         "timely, and Victim Personal Statements were not always sought or used.",
         "Set up a weekly report of VCL letters due and overdue, monitored by the Victim Liaison "
         "Unit manager.",
         "VLU Manager", "31/12/2022", "", "B",
         "Weekly report live since December 2022; timeliness improved to 81%."],
        ["CC2.2", "",
         "Provide refresher training for paralegal officers on Victim Personal Statements and "
         "special measures applications.",
         "Paralegal Business Manager", "June 2023", "", "R",
         "Trainer on long-term sick leave; sessions being rescheduled with the national "
         "training team."],
        ["3. Rape and serious sexual offences (RASSO) casework"],
        ["R1.1",
         "The quality of early advice and the setting of clear action plans for the police in "
         "RASSO cases.",
         "Embed the Operation Soteria joint approach with partner forces, including early advice "
         "meetings on all adult rape cases.",
         "Unit Head RASSO / Police Soteria leads", "31/03/2024", "", "G",
         "Early advice meetings held on 38 cases since April 2023."],
        ["R1.2", "",
         "Recruit three additional specialist RASSO prosecutors.",
         "Area Business Manager", "30/06/2023", "31/08/2023", "B",
         "All three prosecutors in post from 7 August 2023."],
        [],
        ["Totals: 9 actions – B 4, G 3, A 1, R 1"],
        ["RAG key: B = complete; G = on track; A = some slippage, recoverable; R = off track, "
         "escalated to the Area Performance Board"],
    ]
    with open(out("zeu-cps-east-midlands-hmcpsi-area-inspection-improvement-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# =====================================================================
# 3. Bedfordshire Police - HMICFRS stop and search / use of force tracker (xlsx)
# =====================================================================
def bedfordshire_police():
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    title = "Bedfordshire Police – HMICFRS Recommendations Tracker"
    fs["A1"] = title
    fs["A1"].font = Font(bold=True, size=14)
    fs["A2"] = ("Disproportionate use of police powers: a spotlight on stop and search and the use "
                "of force (HMICFRS, February 2021)")
    fs["A2"].font = Font(italic=True)
    info = [("Chief officer lead:", "ACC Operations"),
            ("Reporting to:", "Force Legitimacy Board; PCC Accountability Meeting"),
            ("Position as at:", dt.date(2024, 9, 30))]
    for i, (k, v) in enumerate(info, start=4):
        fs.cell(i, 1, k).font = Font(bold=True)
        c = fs.cell(i, 2, v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
    fs["A8"] = "Document control"
    fs["A8"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Changes"),
          ("1.0", dt.date(2023, 11, 6), "Strategic Planning and Inspection Unit",
           "Tracker rebuilt from legacy action plan"),
          ("1.3", dt.date(2024, 6, 28), "Strategic Planning and Inspection Unit",
           "Q1 2024/25 update"),
          ("1.4", dt.date(2024, 9, 30), "Strategic Planning and Inspection Unit",
           "Q2 2024/25 update; previous RAG column added")]
    for r, row in enumerate(dc, start=9):
        for c, v in enumerate(row, start=1):
            cell = fs.cell(r, c, v)
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            if r == 9:
                cell.font = Font(bold=True)
                cell.fill = fill("D9D9D9")
    fs.column_dimensions["A"].width = 22
    fs.column_dimensions["B"].width = 40
    fs.column_dimensions["C"].width = 38
    fs.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Disproportionate use of police powers – position at 30 September 2024"
    ws.merge_cells("A2:J2")
    hdr = ["Rec no.", "HMICFRS recommendation", "Action ref", "Action", "Action owner",
           "Original target date", "Revised target date", "Previous RAG (Jun 24)",
           "Current RAG (Sep 24)", "Progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    D = dt.date
    sections = [
        ("1. Interactions with the public: culture and learning", [
            ("1",
             "Forces should ensure that officers and staff are trained in effective communication "
             "skills, consistent with the National Policing Guidelines on Conflict Management, "
             "alongside existing de-escalation training (due July 2022).",
             [("1.1", "Add a communication skills and de-escalation module to annual Personal "
                      "Safety Training for all frontline officers and PCSOs.",
               "Head of Learning and Development", D(2022, 7, 31), None, "blue", "Complete",
               "Module in place since July 2022; 96% of frontline officers trained."),
              ("1.2", "Evaluate the module by reviewing a sample of body-worn video from "
                      "incidents involving force and gathering officer feedback.",
               "Head of Learning and Development / Stop and Search Lead", D(2024, 3, 31),
               D(2024, 12, 31), "amber", "Amber",
               "Evaluation framework agreed; footage sample delayed by Evidence.com licence "
               "change.")]),
            ("3",
             "Forces should ensure that body-worn video records the whole of every stop and "
             "search and use of force encounter, that a structured sample of footage is reviewed "
             "internally, and that external scrutiny panels can view samples of footage "
             "(due September 2021).",
             [("3.1", "Amend the stop and search policy so that body-worn video must be "
                      "activated for the whole of every encounter, including vehicle stops.",
               "Supt Community Policing", D(2022, 9, 30), None, "blue", "Complete",
               "Policy republished September 2022; BWV activation rate 93% (Q1 2024/25)."),
              ("3.2", "Introduce a monthly supervisory review of at least 10% of stop and search "
                      "body-worn video using the force review template, with learning shared at "
                      "team briefings.",
               "Community Policing Area Commanders", D(2024, 6, 30), D(2025, 1, 31), "amber",
               "Green", "Reviews running in Luton and Bedford; Central Bedfordshire from October."),
              ("3.3", "Give the Independent Scrutiny Panel a random sample of stop and search and "
                      "use of force footage to review at each quarterly meeting.",
               "Stop and Search Lead; OPCC Policy Officer", D(2024, 12, 31), None, "green",
               "Green", "First sample reviewed by the panel on 17 September 2024.")]),
        ]),
        ("2. Use of force", [
            ("5",
             "Forces should have effective internal monitoring of the use of force so that they "
             "can identify and understand any disproportionate use, explain it and take action "
             "to improve (due July 2021).",
             [("5.1", "Publish a quarterly use of force dashboard broken down by ethnicity, age "
                      "and gender, and present it to the Force Legitimacy Board.",
               "Head of Performance and Insight", D(2024, 3, 31), D(2024, 11, 30), "red",
               "Amber", "Dashboard built in Power BI; data quality checks under way before "
               "publication."),
              ("5.2", "Complete a deep dive into the use of handcuffs on compliant detainees and "
                      "report recommendations to the Use of Force Working Group.",
               "Use of Force Lead", D(2024, 6, 30), None, "amber", "Red",
               "Not completed; analyst redeployed to public disorder review. New date to be "
               "agreed at October Legitimacy Board.")]),
            ("6",
             "Forces should have effective external scrutiny of the use of force, including by "
             "members of the community who reflect the local population (due July 2021).",
             [("6.1", "Extend the remit of the Independent Scrutiny Panel to include use of force "
                      "and recruit at least four new members aged 18 to 25.",
               "OPCC Head of Engagement", D(2025, 3, 31), None, "green", "Green",
               "Terms of reference revised; two young members recruited so far.")]),
        ]),
        ("3. Stop and search", [
            ("8",
             "Forces should monitor the quality of the grounds recorded for stop and search, "
             "including searches for possession of drugs, and act where grounds are weak.",
             [("8.1", "Require supervisors to review and endorse every stop and search record "
                      "within 72 hours, returning records with weak grounds to the officer with "
                      "feedback.",
               "Stop and Search Lead", D(2024, 10, 31), None, "green", "Green",
               "Pronto workflow change tested; go-live 14 October 2024."),
              ("8.2", "Analyse the proportion of drug searches where nothing is found, by "
                      "ethnicity, and report the findings to the Independent Scrutiny Panel.",
               "Head of Performance and Insight", D(2025, 3, 31), None, None, "Not started",
               "Scheduled to start after the use of force dashboard (5.1) is published.")]),
        ]),
    ]
    r = 5
    cur_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for sec_title, recs in sections:
        ws.cell(r, 1, sec_title).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("D9E1F2")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec_no, rec_text, actions in recs:
            first = r
            ws.cell(r, 1, rec_no)
            ws.cell(r, 2, rec_text)
            for (ref, text, owner, orig, rev, prev, cur, upd) in actions:
                vals = [None, None, ref, text, owner, orig, rev, None, cur, upd]
                for c, v in enumerate(vals, start=1):
                    if v is not None:
                        ws.cell(r, c, v)
                for c in range(1, 11):
                    cell = ws.cell(r, c)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c in (6, 7):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 8).fill = RAG_FILL[prev]
                if cur in cur_fill:
                    ws.cell(r, 9).fill = RAG_FILL[cur_fill[cur]]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    summary = [("Total actions", 10), ("Complete", 2), ("Green", 4), ("Amber", 2), ("Red", 1),
               ("Not started", 1)]
    for i, (k, v) in enumerate(summary, start=1):
        ws.cell(r + i, 1, k)
        ws.cell(r + i, 2, v)
    widths = [8, 48, 9, 48, 26, 13, 13, 12, 12, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    defs = [("Complete", "blue", "Action complete and evidence of implementation accepted by the "
             "Strategic Planning and Inspection Unit"),
            ("Green", "green", "On track to be delivered by the target date"),
            ("Amber", "amber", "At risk of missing the target date; mitigation in place"),
            ("Red", "red", "Target date missed or action off track; escalated to Force Legitimacy "
             "Board"),
            ("Not started", None, "Action not yet started")]
    for i, (lab, col, d) in enumerate(defs, start=3):
        key.cell(i, 1, lab)
        if col:
            key.cell(i, 1).fill = RAG_FILL[col]
        key.cell(i, 2, d)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 90
    wb.active = 1
    wb.save(out("zeu-bedfordshire-police-hmicfrs-stop-search-use-of-force-recommendations-tracker.xlsx"))


# =====================================================================
# 4. Lincolnshire Fire and Rescue - Fire Standards tracker (xlsx, refuse)
# =====================================================================
def lincolnshire_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Lincolnshire Fire and Rescue – Fire Standards Implementation Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Report to the Public Protection and Communities Scrutiny Committee – position at "
                "31 July 2025")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for c, (lab, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("At risk", "amber"), ("Off track", "red")], start=2):
        ws.cell(3, c, lab).fill = RAG_FILL[col]
    hdr = ["Standard", "Ref", "Gap identified (self-assessment)", "Action", "Owner", "Due",
           "Status", "Update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
        cell.alignment = WRAP
    D = dt.date
    data = [
        ("Emergency Response Driving", [
            ("ERD-01", "Driver training records are held on two separate systems and refresher "
                       "dates are not always visible to station managers.",
             "Move all emergency response driver records onto the training management system and "
             "set automatic refresher alerts.",
             "Area Manager Training", D(2025, 3, 31), "Complete",
             "Records migrated March 2025."),
            ("ERD-02", "",
             "Introduce in-cab telematics reviews for all blue-light journeys involving a "
             "collision or near miss.",
             "Fleet Manager / Head of Health and Safety", D(2025, 10, 31), "On track",
             "Telematics fitted to 38 of 44 front-line appliances."),
        ]),
        ("Operational Learning", [
            ("OL-01", "Learning from local debriefs is not consistently shared with on-call "
                      "stations.",
             "Publish a monthly operational learning bulletin and record station briefings on "
             "the learning platform.",
             "Group Manager Operational Assurance", D(2025, 6, 30), "Complete",
             "Bulletin issued monthly since April 2025."),
            ("OL-02", "",
             "Align the local debrief process with National Operational Learning and submit "
             "relevant learning within 28 days.",
             "Group Manager Operational Assurance", D(2025, 12, 31), "At risk",
             "Awaiting access to the national system for two new assurance officers."),
        ]),
        ("Safeguarding", [
            ("SG-01", "Not all non-operational staff have completed level 2 safeguarding "
                      "training.",
             "Deliver level 2 safeguarding training to all staff who have contact with children "
             "or adults at risk, including fire safety advocates.",
             "Prevention Manager", D(2025, 9, 30), "On track",
             "82% complete; remaining sessions booked for August."),
            ("SG-02", "",
             "Review the safeguarding referral pathway with Lincolnshire County Council and "
             "agree escalation routes for out-of-hours concerns.",
             "Head of Prevention / Safeguarding Lead", "Novmber 2025", "On track",
             "First meeting with the LSCP business unit held in June."),
        ]),
        ("Code of Ethics", [
            ("CE-01", "Staff survey shows low awareness of the Core Code of Ethics among on-call "
                      "staff.",
             "Include the Core Code of Ethics in on-call drill nights and in all promotion "
             "assessments.",
             "Head of People", D(2025, 8, 31), "Off track",
             "Drill night package not yet produced; capacity issues in the L&D team."),
        ]),
        ("Data Management", [
            ("DM-01", "There is no information asset register covering operational data.",
             "Create an information asset register and assign an information asset owner to each "
             "operational system.",
             "Data Protection Officer", D(2025, 11, 30), "On track",
             "Draft register covers 70% of systems."),
            ("DM-02", "",
             "Run data quality checks on incident recording system returns before each quarterly "
             "Home Office submission.",
             "Performance and Data Manager", D(2025, 9, 30), "Complete",
             "Checks built into the Q1 submission process."),
        ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber",
                   "Off track": "red"}
    r = 6
    for std, rows in data:
        first = r
        for ref, gap, action, owner, due, status, upd in rows:
            vals = [std, ref, gap or None, action, owner, due, status, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(due, dt.date):
                ws.cell(r, 6).number_format = "mmm-yy"
            ws.cell(r, 7).fill = RAG_FILL[status_fill[status]]
            if due == "Novmber 2025":
                print("Lincolnshire typo cell on sheet row", r)
            r += 1
        if r - 1 > first:
            # standard and gap cells are merged down over their actions
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        ws.cell(first, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Notes").font = Font(bold=True)
    ws.cell(r + 1, 1, "Gaps taken from the 2024 self-assessment against each approved Fire "
                      "Standard. Standards assessed as fully met are not shown.")
    widths = [24, 9, 40, 48, 30, 11, 11, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by standard"
    sm["A1"].font = Font(bold=True)
    heads = ["Standard", "Actions", "Complete", "On track", "At risk", "Off track"]
    for c, h in enumerate(heads, start=1):
        sm.cell(3, c, h).font = Font(bold=True)
    summ = [("Emergency Response Driving", 2, 1, 1, 0, 0),
            ("Operational Learning", 2, 1, 0, 1, 0),
            ("Safeguarding", 2, 0, 2, 0, 0),
            ("Code of Ethics", 1, 0, 0, 0, 1),
            ("Data Management", 2, 1, 1, 0, 0),
            ("Total", 9, 3, 4, 1, 1)]
    for i, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v)
    sm.column_dimensions["A"].width = 30
    wb.save(out("zeu-lincolnshire-fire-rescue-fire-standards-implementation-tracker-typo-month-refuse.xlsx"))


# =====================================================================
# 5. University of Brighton - Ofsted ITE improvement plan (xlsx)
# =====================================================================
def brighton_ite():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "University of Brighton ITE Partnership: Post-Inspection Improvement Plan 2024–25"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Ofsted initial teacher education inspection: 11–15 March 2024 (primary and secondary phases)"
    cv["A3"] = "Owner: Head of School of Education, Sport and Health Sciences"
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Status"),
          ("1.0", dt.date(2024, 7, 3), "Head of ITE", "Approved by the ITE Strategic Partnership Board"),
          ("1.1", dt.date(2024, 10, 21), "ITE Quality Lead", "Start dates confirmed"),
          ("1.2", dt.date(2025, 1, 20), "ITE Quality Lead", "Autumn term RAG update")]
    for r, row in enumerate(vc, start=6):
        for c, v in enumerate(row, start=1):
            cell = cv.cell(r, c, v)
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            if r == 6:
                cell.font = Font(bold=True)
    cv["A11"] = "Each phase has its own sheet. RAG ratings are reviewed each term by the ITE Quality Committee."
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 22
    cv.column_dimensions["D"].width = 50

    hdr = ["Ref", "Action", "Lead(s)", "Start", "Completion", "Success measure / evidence of impact",
           "RAG (Jan 2025)", "Commentary"]
    D = dt.date
    phases = [
        ("Primary", "Primary phase", [
            ("Improvement priority 1: Leaders should ensure that the centre-based training in the "
             "foundation subjects, including history and geography, sets out the important "
             "knowledge that trainees need to teach these subjects well.", [
                ("P1.1", "Review the foundation subjects curriculum with subject leads from partner "
                         "schools and identify the core content trainees must learn.",
                 "Primary Programme Leader", D(2024, 7, 1), "Sept 2024",
                 "Core content agreed for all eight foundation subjects.", "B",
                 "Signed off at Curriculum Committee 18/09/2024."),
                ("P1.2", "Redesign the sequence of foundation subject sessions and share the "
                         "revised curriculum maps with mentors.",
                 "Primary Programme Leader & Subject Leads", D(2024, 9, 2), "Autumn term 2024",
                 "Revised maps in use; mentor survey shows maps are understood.", "G",
                 "History and geography complete; art and music in progress."),
            ]),
            ("Improvement priority 2: Leaders should make sure that mentors receive training that "
             "helps them to check trainees' understanding of the ITE curriculum during school "
             "placements.", [
                ("P2.1", "Deliver mentor training on the primary curriculum and on curriculum-linked "
                         "feedback, including recorded online sessions for mentors who cannot attend "
                         "in person.",
                 "Partnership Manager", D(2024, 9, 2), "Dec 2024",
                 "At least 85% of primary mentors trained.", "A",
                 "71% trained; catch-up sessions added for January."),
                ("P2.2", "Quality assure a sample of weekly mentor meeting records each term and "
                         "follow up with schools where records are weak.",
                 "Partnership Manager / Link Tutors", D(2024, 10, 1), "Ongoing – reviewed termly",
                 "Sampled records show targets linked to the curriculum.", "G",
                 "Autumn sample: 40 records, 6 schools followed up."),
            ]),
        ]),
        ("Secondary", "Secondary phase", [
            ("Improvement priority 1: Leaders should ensure that trainees in all subjects are "
             "taught how to adapt their teaching for pupils with special educational needs and/or "
             "disabilities (SEND).", [
                ("S1.1", "Add subject-specific SEND sessions to each secondary subject programme, "
                         "co-delivered with SENCos from partner schools.",
                 "Secondary Programme Leader", D(2024, 9, 2), "Summer term 2025",
                 "Every subject programme includes at least two SEND sessions.", "G",
                 "Sessions planned for 9 of 11 subjects."),
                ("S1.2", "Include a SEND-focused task in the second placement portfolio and "
                         "moderate a sample at the summer exam board.",
                 "Secondary Programme Leader and ITE Quality Lead", D(2025, 1, 6), "July 2025",
                 "Moderated sample shows secure adaptation for pupils with SEND.", "A",
                 "Task brief drafted; waiting for external examiner comments."),
            ]),
            ("Improvement priority 2: Leaders should strengthen their oversight of trainees' "
             "progress in the subjects with small cohorts, including computing and music.", [
                ("S2.1", "Appoint a lead mentor for each small-cohort subject and hold half-termly "
                         "progress reviews with the subject tutor.",
                 "Head of Secondary ITE", D(2024, 9, 2), D(2024, 10, 31),
                 "Lead mentors in place; review notes held for every trainee.", "B",
                 "Lead mentors appointed for computing, music, RE and classics."),
            ]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for sheet, heading, prios in phases:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws["A2"] = ("Improvement priorities are taken from the inspection report section "
                    "'What does the ITE provider need to do to improve?'")
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:H2")
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("BDD7EE")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for prio, actions in prios:
            ws.cell(r, 1, prio).font = Font(bold=True)
            ws.cell(r, 1).alignment = WRAP
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("FFF2CC")
                ws.cell(r, c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, lead, start, comp, measure, rag, comm in actions:
                vals = [ref, text, lead, start, comp, measure, rag, comm]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
                if isinstance(comp, dt.date):
                    ws.cell(r, 5).number_format = "dd/mm/yyyy"
                ws.cell(r, 7).fill = RAG_FILL[rag_fill[rag]]
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        widths = [7, 46, 26, 11, 16, 34, 10, 36]
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGH"[i]].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, col, d) in enumerate([("B", "blue", "Completed and impact evidenced"),
                                       ("G", "green", "On track"),
                                       ("A", "amber", "Some delay; action being taken"),
                                       ("R", "red", "Off track; escalated to Head of School")],
                                      start=2):
        key.cell(i, 1, lab).fill = RAG_FILL[col]
        key.cell(i, 2, d)
    key.column_dimensions["B"].width = 44
    wb.save(out("zeu-university-of-brighton-ofsted-ite-improvement-plan.xlsx"))


# =====================================================================
# 6. Hawarden High School - Estyn PIAP (docx)
# =====================================================================
def hawarden():
    doc = Document()
    landscape(doc)
    doc.add_heading("Hawarden High School – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Estyn core inspection: 5–8 February 2024. Report published: 10 April 2024.")
    doc.add_paragraph("Approved by the Full Governing Body: 14 May 2024. "
                      "Progress reviewed: December 2024 (autumn term update).")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"], fill="385623")
    for r, row in enumerate([("1.0", "14/05/2024", "Headteacher", "Approved by governors"),
                             ("1.1", "09/12/2024", "Deputy Headteacher",
                              "Autumn term progress shading added")], start=1):
        for c, v in enumerate(row):
            set_cell(t.rows[r].cells[c], v)

    doc.add_heading("Progress key", level=2)
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for r, (col, txt) in enumerate([("FF0000", "Behind schedule – governors to be informed"),
                                    ("FFC000", "In progress"),
                                    ("00B050", "Action completed")]):
        shade(k.rows[r].cells[0], col)
        set_cell(k.rows[r].cells[1], txt)

    doc.add_paragraph(
        "The school's wider School Development Plan 2024–25 contains further detail. This plan "
        "addresses only the four recommendations in the Estyn report.")

    RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"
    recs = [
        ("R1: Improve attendance, particularly of pupils eligible for free school meals", [
            ("1.1", "Appoint a full-time Attendance and Family Engagement Officer to work with "
                    "the families of persistently absent pupils.",
             "Business Manager", "September 2024",
             "Officer in post; caseload of persistently absent pupils reviewed fortnightly.",
             GREEN),
            ("1.2", "Introduce a stepped attendance intervention model with weekly Head of Year "
                    "tracking meetings and early referral to the Education Welfare Service.",
             "AHT (Wellbeing) / Attendance Officer", "Autumn term 2024",
             "Attendance of eFSM pupils rises by at least 3 percentage points.", AMBER),
        ]),
        ("R2: Improve the quality of teaching and assessment so that it challenges all pupils, "
         "including the more able, to make strong progress", [
            ("2.1", "Deliver a whole-school professional learning programme on questioning and "
                    "adaptive teaching, with follow-up coaching triads.",
             "DHT (Teaching and Learning)", "September 2024 – July 2025",
             "Learning walks show effective questioning in most lessons.", AMBER),
            ("2.2", "Revise the assessment and feedback policy so that feedback identifies clear "
                    "next steps and pupils act on it in lessons.",
             "Mrs S Hughes (DHT)", "31/10/2024",
             "Book looks show pupils responding to feedback in all faculties.", GREEN),
            ("2.3", "Carry out learning walks and book looks with middle leaders to evaluate the "
                    "impact of the professional learning programme.",
             "SLT / Heads of Faculty", "Termly",
             "Findings reported to the Curriculum and Standards Committee each term.", AMBER),
        ]),
        ("R3: Develop a coherent approach to the progressive development of pupils' literacy, "
         "numeracy and digital skills across the curriculum", [
            ("3.1", "Map opportunities for pupils to apply literacy, numeracy and digital skills "
                    "in each Area of Learning and Experience.",
             "Skills Co-ordinator", "December 2024",
             "Skills map published to staff and used in medium-term planning.", GREEN),
            ("3.2", "Introduce a whole-school reading programme in Years 7 and 8, including "
                    "reading age testing on entry and targeted support.",
             "Literacy Lead & SENCo", "Summer term 2025",
             "Reading ages of targeted pupils improve by at least 12 months.", RED),
        ]),
        ("R4: Strengthen self-evaluation and improvement planning so that they focus sharply on "
         "the impact of provision on pupils' learning", [
            ("4.1", "Revise the quality assurance calendar so that all self-evaluation activities "
                    "include first-hand evidence of pupils' learning.",
             "Headteacher", "July 2024",
             "Calendar in place for 2024–25 and followed by all leaders.", GREEN),
            ("4.2", "Provide training for governors on using the school's self-evaluation "
                    "information to challenge leaders.",
             "Chair of Governors; Headteacher", "Ongoing",
             "Governing body minutes record challenge based on first-hand evidence.", AMBER),
        ]),
    ]
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"]
    widths = [Cm(1.2), Cm(8.5), Cm(4), Cm(3.5), Cm(7), Cm(2)]
    for heading, actions in recs:
        doc.add_heading(heading, level=2)
        tbl = doc.add_table(rows=1 + len(actions), cols=len(cols))
        tbl.style = "Table Grid"
        header_row(tbl, cols, fill="385623")
        for r, (ref, text, lead, when, sc, colour) in enumerate(actions, start=1):
            for c, v in enumerate([ref, text, lead, when, sc]):
                set_cell(tbl.rows[r].cells[c], v)
            shade(tbl.rows[r].cells[5], colour)
        for row in tbl.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress is reported to each meeting of the Curriculum and "
                      "Standards Committee and to the local authority/GwE link officer.")
    doc.save(out("zeu-hawarden-high-school-estyn-post-inspection-action-plan.docx"))


# =====================================================================
# 7. Seaford College - ISI action plan (plain text export)
# =====================================================================
def seaford():
    rule = "-" * 78
    lines = [
        "Seaford College – ISI Routine Inspection Action Plan (November 2024)",
        "",
        "Inspection dates:   12–14 November 2024",
        "Report published:   16 January 2025",
        "Plan owner:         Headmaster",
        "Monitored by:       Education and Pastoral Committee of the Board of Governors",
        "Last updated:       3 March 2025",
        "",
        "The ISI report confirmed that the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools were met. It set out three recommended next steps for "
        "leaders. This plan records the actions the College is taking in response.",
        "",
        "Status key: Complete = action finished and evidenced; Green = on track; Amber = some "
        "slippage; Red = not on track.",
        "",
    ]
    steps = [
        ("NEXT STEP 1: Leaders should ensure that teaching in Years 7 to 9 consistently adapts "
         "tasks for pupils who have special educational needs and/or disabilities (SEND), so that "
         "these pupils make progress in line with their peers.", [
            ("1.1", "Update the pupil passport for every pupil on the SEND register and share "
                    "passports with all teaching staff through the MIS.",
             "Head of Learning Support", "December 2024", "Complete"),
            ("1.2", "Run a programme of INSET and departmental sessions on adaptive teaching, "
                    "followed by paired observations focused on pupils with SEND.",
             "Deputy Head (Academic) & Head of Learning Support", "End of Summer term 2025",
             "Green"),
            ("1.3", "Track the progress of pupils with SEND in Years 7 to 9 at each data drop and "
                    "report it to the Education and Pastoral Committee.",
             "Assistant Head (Data and Assessment)", "Each data drop (termly)", "Green"),
        ]),
        ("NEXT STEP 2: Leaders should strengthen the systems for recording and analysing "
         "low-level behaviour concerns in the boarding houses, so that patterns are identified "
         "and acted on quickly.", [
            ("2.1", "Move all boarding house behaviour logs onto CPOMS and withdraw the paper "
                    "logs.",
             "Head of Boarding", "31/01/2025", "Complete"),
            ("2.2", "Train houseparents and boarding assistants in categorising and recording "
                    "low-level concerns.",
             "Head of Boarding; DSL", "February 2025", "Amber"),
            ("2.3", "Produce a half-termly analysis of boarding behaviour data for the pastoral "
                    "leadership team.",
             "Deputy Head (Pastoral)", "Ongoing", "Green"),
        ]),
        ("NEXT STEP 3: Leaders should ensure that the careers programme gives all sixth-form "
         "pupils impartial guidance about a wide range of post-18 pathways, including "
         "apprenticeships.", [
            ("3.1", "Commission an external review of the careers programme against the Gatsby "
                    "benchmarks and act on its findings.",
             "Head of Careers and Higher Education", "May 2025", "Amber"),
            ("3.2", "Hold an apprenticeships and employment fair for Years 12 and 13 with local "
                    "employers and training providers.",
             "Head of Careers and Higher Education", "March 2025", "Red"),
        ]),
    ]
    for step, actions in steps:
        lines += [rule, step, rule, ""]
        for ref, text, lead, by, status in actions:
            lines += [
                f"{ref:<5}Action:   {text}",
                f"{'':<5}Lead:     {lead}",
                f"{'':<5}By:       {by}",
                f"{'':<5}Status:   {status}",
                "",
            ]
    lines += [rule, "Next review: Education and Pastoral Committee, 12 June 2025", ""]
    with open(out("zeu-seaford-college-isi-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    thorn_cross()
    cps_east_midlands()
    bedfordshire_police()
    lincolnshire_fire()
    brighton_ite()
    hawarden()
    seaford()
    print("built 7 files in", HERE)
