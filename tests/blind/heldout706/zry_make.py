#!/usr/bin/env python
"""Build the seven zry- blind test files (set heldout706) and their expected readings.

Run with /work/main/.venv/bin/python zry_make.py  (needs openpyxl, python-docx, pyyaml).
Only files whose names start with zry- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zry-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return cell


# ============================================================ 1. HMP Swansea (docx)
def hmp_swansea():
    name = "zry-hmp-swansea-hmip-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    title = "Action Plan: HMP Swansea"
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Action Plan Submitted: 02 August 2024",
                 "A Response to the HMIP Inspection: 4–14 March 2024",
                 "Report Published: 20 June 2024"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True

    doc.add_paragraph().add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those held in prisons and young offender institutions in "
        "England and Wales. Following each inspection HM Prison and Probation Service (HMPPS) "
        "produces an action plan in response to the report.")
    doc.add_paragraph(
        "From May 2022 HMIP reports up to 15 key concerns, of which some are identified as priority "
        "concerns, in place of recommendations. This plan states whether each concern is agreed, "
        "partly agreed or not agreed and, where it is agreed or partly agreed, sets out the actions "
        "that will be taken, the owner of each action and the target date. Progress will be "
        "assessed by HMIP at the next independent review of progress or inspection.")

    doc.add_paragraph().add_run("CATEGORISATIONS").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Term", "Definition"),
            ("Agreed", "All of the concern is accepted and will be addressed within existing "
                       "resources. Actions are SMART and will be tracked to completion."),
            ("Partly Agreed", "Only part of the concern can be addressed, for example because of "
                              "commissioning, policy, operational or affordability reasons. The "
                              "response says which part will be addressed."),
            ("Not Agreed", "The concern will not be addressed. The response explains why.")]
    for i, (a, b) in enumerate(rows):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, 0), "D9D9D9")
            shade(t.cell(i, 1), "D9D9D9")

    concerns = [
        ("Priority concerns", "Concern 1",
         "Levels of violence had increased since the last inspection and too many prisoners told "
         "us they felt unsafe. Leaders had not analysed the causes of violence well enough to "
         "target their work.",
         "Agreed",
         [("1.1", "Complete a full analysis of violent incidents over the last 12 months, including "
                  "location, time of day and the prisoners involved, and use it to refresh the "
                  "Safer Custody strategy.", "Head of Safety", "30/09/2024"),
          ("1.2", "Introduce a monthly violence reduction meeting chaired by the Deputy Governor, "
                  "with attendance from residential, security and healthcare leads.",
           "Deputy Governor", "31/08/2024"),
          ("1.3", "Deliver Challenge, Support and Intervention Plan (CSIP) refresher training to "
                  "all officers working on A and B wings.",
           "Head of Safety / Learning and Development Manager", "December 2024")]),
        ("Priority concerns", "Concern 2",
         "Too many prisoners were locked in their cells for most of the day and time unlocked was "
         "unpredictable. Around a third of prisoners spent less than two hours a day out of their "
         "cell.",
         "Partly Agreed. The prison will deliver a predictable core day within current staffing. "
         "Additional activity spaces depend on the re-procurement of the Prison Education "
         "Framework contract, which is outside local control.",
         [("2.1", "Publish a revised core day timetable on every wing and audit its delivery "
                  "weekly at the operational meeting.", "Head of Residence", "31/10/2024"),
          ("2.2", "Reopen the second workshop in the industries block to create 40 additional "
                  "activity places.", "Head of Reducing Reoffending", "March 2025")]),
        ("Priority concerns", "Concern 3",
         "Arrangements for new arrivals were weak. Not all new prisoners were seen by a peer "
         "worker or given a first night interview, and first night cells were dirty and poorly "
         "equipped.",
         "Agreed",
         [("3.1", "Reinstate the Listener and Insider peer worker rota in reception so that every "
                  "new arrival is seen on the day they arrive.", "Head of Safety", "30/09/2024"),
          ("3.2", "Refurbish all first night cells on C1 landing and introduce a daily cell "
                  "standards check signed off by the orderly officer.",
           "Head of Residence; Head of Estates", "31/12/2024")]),
        ("Key concerns", "Concern 4",
         "Too many prisoners were released without sustainable accommodation, and the prison did "
         "not know what happened to them after release.",
         "Agreed",
         [("4.1", "Hold a weekly accommodation meeting with the Community Accommodation Service "
                  "and the local authority housing options team for every prisoner within 12 "
                  "weeks of release.", "Head of Reducing Reoffending", "Ongoing"),
          ("4.2", "Record the accommodation outcome on release for every prisoner and report it "
                  "monthly to the Senior Leadership Team.", "Pre-release Team Manager",
           "30/11/2024")]),
        ("Key concerns", "Concern 5",
         "Responses to prisoners' complaints were often late and too many did not deal with the "
         "issue raised.",
         "Agreed",
         [("5.1", "Introduce a weekly quality check of 10% of complaint responses by a functional "
                  "head, with findings reported to the Governor.", "Business Hub Manager",
           "30/09/2024")]),
        ("Key concerns", "Concern 6",
         "The prison did not have a dedicated family services manager to lead work to help "
         "prisoners maintain contact with their children and families.",
         "Not Agreed. Family services at HMP Swansea are delivered under the national family "
         "services contract, which is managed by the region. The prison will continue to review "
         "provision with the contract provider at the quarterly contract meeting.",
         []),
    ]

    expected = []
    current_section = None
    for section, label, text, response, actions in concerns:
        if section != current_section:
            doc.add_heading(section, level=1)
            current_section = section
        t = doc.add_table(rows=3 + len(actions), cols=4)
        t.style = "Table Grid"
        set_cell(t.cell(0, 0), label, bold=True)
        shade(t.cell(0, 0), "BDD7EE")
        m = t.cell(0, 1).merge(t.cell(0, 3))
        set_cell(m, text, bold=True)
        shade(m, "BDD7EE")
        set_cell(t.cell(1, 0), "Response", bold=True)
        m = t.cell(1, 1).merge(t.cell(1, 3))
        set_cell(m, response)
        for j, h in enumerate(["Ref", "Action", "Responsible owner", "Target date"]):
            set_cell(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "D9D9D9")
        for i, (ref, a, lead, date) in enumerate(actions):
            for j, v in enumerate([ref, a, lead, date]):
                set_cell(t.cell(3 + i, j), v)
        if not actions:
            # table then only has the concern, response and header rows: drop the header row
            tbl = t._tbl
            tbl.remove(t.rows[2]._tr)
        doc.add_paragraph()

    # sign-off (not the plan)
    doc.add_paragraph().add_run("SIGN-OFF").bold = True
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Governor", "Governing Governor, HMP Swansea"),
                                ("Prison Group Director", "Wales Prison Group Director"),
                                ("Date agreed", "02/08/2024")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.save(out(name))

    PC, KC = "Priority concerns", "Key concerns"
    c = {k: v for k, v in [(x[1], x[2]) for x in concerns]}
    expected = [
        act("1.1", [PC, c["Concern 1"]], concerns[0][4][0][1], ["Head of Safety"], "2024-09", "unrated"),
        act("1.2", [PC, c["Concern 1"]], concerns[0][4][1][1], ["Deputy Governor"], "2024-08", "unrated"),
        act("1.3", [PC, c["Concern 1"]], concerns[0][4][2][1],
            ["Head of Safety", "Learning and Development Manager"], "2024-12", "unrated"),
        act("2.1", [PC, c["Concern 2"]], concerns[1][4][0][1], ["Head of Residence"], "2024-10", "unrated"),
        act("2.2", [PC, c["Concern 2"]], concerns[1][4][1][1], ["Head of Reducing Reoffending"], "2025-03", "unrated"),
        act("3.1", [PC, c["Concern 3"]], concerns[2][4][0][1], ["Head of Safety"], "2024-09", "unrated"),
        act("3.2", [PC, c["Concern 3"]], concerns[2][4][1][1],
            ["Head of Residence", "Head of Estates"], "2024-12", "unrated"),
        act("4.1", [KC, c["Concern 4"]], concerns[3][4][0][1], ["Head of Reducing Reoffending"], None,
            "unrated", end_text="Ongoing"),
        act("4.2", [KC, c["Concern 4"]], concerns[3][4][1][1], ["Pre-release Team Manager"], "2024-11", "unrated"),
        act("5.1", [KC, c["Concern 5"]], concerns[4][4][0][1], ["Business Hub Manager"], "2024-09", "unrated"),
    ]
    write_expected(
        name,
        source=("Imitates the HMPPS action plans published on Prison Finder in response to HM "
                "Inspectorate of Prisons reports (e.g. 'Action Plan: HMP Holme House', 'Action Plan: "
                "HMP The Verne', 'Action Plan: HMP Elmley' - https://vdocuments.mx/a-response-to-the-"
                "hmip-inspection-23-april-report-internal-and-external.html), in the post-May 2022 "
                "form where HMIP reports priority and key concerns instead of recommendations "
                "(https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-"
                "inspection-findings/). Copied: the 'Action Plan: HMP X' title block with submitted/"
                "inspection/published dates, introduction, an Agreed/Partly Agreed/Not Agreed "
                "categorisation table, one table per concern (label cell + merged concern text, "
                "merged response row, Ref/Action/Responsible owner/Target date), a Not Agreed "
                "concern with no actions, job titles as owners, no RAG column, and a sign-off table. "
                "HMP Swansea 2024 inspection dates are invented."),
        reads=("An HMPPS action plan for HMP Swansea answering six HMIP concerns (three priority, "
               "three key). Each concern has its own table with the concern text, whether it is "
               "agreed, and numbered actions with an owner and target date; concern 6 is not "
               "agreed and has no actions. There is no progress or RAG column, so every action is "
               "unrated."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ============================================================ 2. Sheffield PDU (csv)
def sheffield_pdu():
    name = "zry-probation-service-sheffield-pdu-hmip-inspection-action-plan.csv"
    S1 = "Recommendations for Sheffield PDU"
    S2 = "Recommendations for Probation Service – Yorkshire and the Humber region"
    R1 = ("Improve the quality of assessment, planning and delivery of work to keep people safe, "
          "making sure that information from partner agencies is used to assess risk of harm")
    R2 = ("Make sure that domestic abuse and child safeguarding enquiries are requested and followed "
          "up in every case, and that the information is recorded and analysed")
    R3 = ("Reduce workloads for probation practitioners and make sure that newly qualified officers "
          "have protected caseloads")
    R4 = ("Make sure that interventions for people on probation convicted of domestic abuse "
          "offences are available without delay")
    header = ["Rec", "Recommendation", "Action ref", "Action", "Action owner",
              "Original target date", "Revised target date", "RAG", "Progress update"]
    n = len(header)

    def blank_row(first=""):
        return [first] + [""] * (n - 1)

    rows = [
        blank_row("Sheffield PDU: HM Inspectorate of Probation inspection action plan"),
        blank_row("Probation Service – Yorkshire and the Humber. Inspection report published 30 "
                  "March 2023 (overall rating: Inadequate). Progress position as at 30 November "
                  "2023"),
        blank_row(),
        header,
        blank_row(S1),
    ]
    A = [
        # rec no, rec text, ref, action, owner, orig, revised, rag, update
        ("1", R1, "1.1", "Deliver risk of harm workshops on RoSH assessment and risk management "
                         "planning to all POs and PSOs, followed by SPO case audits",
         "Deputy Head of PDU", "31/07/2023", "30/09/2023", "B",
         "All six workshops delivered; 94% of practitioners attended."),
        ("", "", "1.2", "Introduce a monthly SPO audit of five cases per team using the regional "
                        "quality assurance tool",
         "Senior Probation Officers", "31/08/2023", "", "G",
         "Audits running since August; themes reported to the PDU quality meeting."),
        ("2", R2, "2.1", "Agree a revised information sharing process with South Yorkshire Police "
                         "for domestic abuse call-out information at court and at allocation",
         "Head of PDU / Court Team SPO", "30/06/2023", "31/01/2024", "A",
         "Draft process agreed locally; awaiting sign-off by the police information sharing lead."),
        ("", "", "2.2", "Set up a tracker for outstanding safeguarding enquiries to Sheffield "
                        "Children's Services, reviewed weekly by the case administration manager",
         "Case Administration Manager", "Sep-23", "", "B",
         "Tracker live from 4 September 2023."),
        ("3", R3, "3.1", "Review caseload allocation using the Workload Measurement Tool every week "
                         "at the PDU leadership meeting",
         "Head of PDU", "Jun-23", "", "B", "Weekly WMT review embedded."),
        ("", "", "3.2", "Recruit to 8 vacant PSO posts and take 4 PQiP learners in the September "
                        "2023 intake",
         "Head of PDU; Regional HR Business Partner", "30/09/2023", "31/03/2024", "R",
         "Only 3 PSOs started; further campaign planned for January 2024."),
    ]
    B = [
        ("4", R4, "4.1", "Commission additional Building Better Relationships facilitators for "
                         "Sheffield from the regional interventions hub",
         "Regional Head of Interventions", "December 2023", "", "G",
         "Two facilitators recruited; start dates agreed."),
        ("", "", "4.2", "Publish a directory of commissioned rehabilitative services for Sheffield "
                        "practitioners and update it every quarter",
         "Regional Commissioning Lead", "31/10/2023", "", "A",
         "First version circulated; quarterly update process not yet in place."),
    ]
    rows += [list(r) for r in A]
    rows.append(blank_row(S2))
    rows += [list(r) for r in B]
    rows.append(blank_row())
    rows.append(blank_row("RAG key: B = complete; G = on track; A = at risk of slipping; R = off track"))
    rows.append(blank_row("Summary: 8 actions – 3 complete, 2 green, 2 amber, 1 red"))
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)

    ex = [
        act("1.1", [S1, R1], A[0][3], ["Deputy Head of PDU"], "2023-09", "blue"),
        act("1.2", [S1, R1], A[1][3], ["Senior Probation Officers"], "2023-08", "green"),
        act("2.1", [S1, R2], A[2][3], ["Head of PDU", "Court Team SPO"], "2024-01", "amber"),
        act("2.2", [S1, R2], A[3][3], ["Case Administration Manager"], "2023-09", "blue"),
        act("3.1", [S1, R3], A[4][3], ["Head of PDU"], "2023-06", "blue"),
        act("3.2", [S1, R3], A[5][3], ["Head of PDU", "Regional HR Business Partner"], "2024-03", "red"),
        act("4.1", [S2, R4], B[0][3], ["Regional Head of Interventions"], "2023-12", "green"),
        act("4.2", [S2, R4], B[1][3], ["Regional Commissioning Lead"], "2023-10", "amber"),
    ]
    write_expected(
        name,
        source=("Imitates an HMPPS probation delivery unit action plan responding to an HM "
                "Inspectorate of Probation PDU inspection (HMPPS action plan template: "
                "https://docsbay.net/action-plan-name-of-crc-or-nps-division; Sheffield PDU was one "
                "of four Yorkshire and the Humber PDUs reported on 30 March 2023 - "
                "https://hmiprobation.justiceinspectorates.gov.uk/news/probation-service-in-kirklees-"
                "rated-inadequate), saved as CSV from the regional progress tracker. Copied: title "
                "lines padded with empty cells, separate PDU and regional recommendation sections, "
                "recommendation number and text given only on the first action row, original and "
                "revised target dates, RAG letters with a key line and a summary line at the foot. "
                "Recommendation and action wording is invented."),
        reads=("A CSV export of Sheffield PDU's progress tracker against the HMI Probation "
               "recommendations: four recommendations (three for the PDU, one for the region), "
               "each with two numbered actions, an owner, original and revised target dates and a "
               "B/G/A/R status. The revised date, where given, is the due month."),
        outcome="read",
        title="Sheffield PDU: HM Inspectorate of Probation inspection action plan",
        actions=ex,
    )


# ============================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "rec": PatternFill("solid", fgColor="F2F2F2"),
}
RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def hdr(ws, row, values):
    for j, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BORDER


# ============================================================ 3. Staffordshire Police (xlsx)
def staffs_police():
    name = "zry-staffordshire-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
    title = "Staffordshire Police: HMICFRS Vetting, Misconduct and Misogyny Recommendations Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("HMICFRS: An inspection of vetting, misconduct, and misogyny in the police "
                 "service (published 2 November 2022)")
    cov["A3"] = "Position as at 31 January 2024 – for the Ethics, Transparency and Audit Panel"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr(cov, 6, ["Version", "Date", "Author", "Change"])
    for i, r in enumerate([
            ("1.0", "14/12/2022", "PSD Business Manager", "First draft for Chief Officer Group"),
            ("2.0", "31/10/2023", "PSD Business Manager", "Q2 update; completed actions closed"),
            ("2.3", "31/01/2024", "PSD Business Manager", "Q3 update; previous RAG column added")],
            start=7):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BORDER
    cov["A11"] = "Chief officer lead: Deputy Chief Constable"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 44

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status"
    sm["A1"].font = Font(bold=True, size=12)
    hdr(sm, 3, ["RAG", "Meaning", "Number of actions"])
    key = [("B", "Complete", 4), ("G", "On track to meet deadline", 3),
           ("A", "At risk – mitigation in place", 1), ("R", "Deadline missed / off track", 1)]
    for i, (k, m, nn) in enumerate(key, start=4):
        sm.cell(row=i, column=1, value=k).fill = FILL[RAGFILL[k]]
        sm.cell(row=i, column=2, value=m)
        sm.cell(row=i, column=3, value=nn)
    sm.cell(row=8, column=2, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=3, value=9).font = Font(bold=True)
    sm["A10"] = ("Recommendations addressed to the College of Policing, NPCC, IOPC and Home "
                 "Office are monitored through the national tracker and are not shown here.")
    sm.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Recommendations for chief constables – force actions and progress"
    hdr(ws, 4, ["Rec no.", "HMICFRS recommendation", "Action ref", "Force action", "Action owner",
                "Target date", "Previous RAG (Oct 23)", "Current RAG (Jan 24)", "Update"])
    V = "Vetting"
    CC = "Counter-corruption"
    MC = "Misconduct and misogyny"
    R5 = ("By 31 October 2023, chief constables should make sure that their vetting units record "
          "a clear rationale for every decision to grant clearance where adverse information has "
          "been identified.")
    R7 = ("By 30 April 2023, chief constables should make sure that vetting checks are carried "
          "out on all relevant family members and associates named by applicants.")
    R10 = ("By 31 March 2024, chief constables should establish a process to review the vetting "
           "status of officers and staff whenever new adverse information comes to light.")
    R16 = ("By 30 April 2023, chief constables should make sure that their counter-corruption "
           "units have enough capacity and capability to assess and develop corruption "
           "intelligence.")
    R19 = ("By 31 October 2023, chief constables should make sure that their forces actively "
           "seek intelligence on abuse of position for a sexual purpose and respond to it.")
    R24 = ("By 31 March 2023, chief constables should make sure that all allegations of "
           "misogynistic and predatory behaviour by officers and staff are recorded and assessed "
           "by professional standards departments.")
    D = dt.datetime
    data = [
        ("theme", V),
        ("5", R5, [
            ("5.1", "Introduce a mandatory decision rationale template in Core-Vet for all "
                    "clearances granted with adverse information", "Force Vetting Manager",
             D(2023, 7, 31), "G", "B", "Template live from 3 July 2023."),
            ("5.2", "Dip-sample 10% of clearances each month, with results reviewed by the Head of "
                    "Professional Standards", "Head of Professional Standards", D(2023, 10, 31),
             "A", "G", "Dip sampling running since November; 2 decisions referred back.")]),
        ("7", R7, [
            ("7.1", "Update the force vetting procedure to require checks on all co-residents and "
                    "family members listed on the application", "Force Vetting Manager",
             D(2023, 4, 30), "B", "B", "Procedure updated and published.")]),
        ("10", R10, [
            ("10.1", "Carry out a full Police National Database re-check of the whole workforce and "
                     "act on every match", "Head of Professional Standards / Head of ICT",
             D(2024, 3, 31), "A", "A", "78% of workforce checked; system capacity limits batches.")]),
        ("theme", CC),
        ("16", R16, [
            ("16.1", "Recruit two additional intelligence analysts to the Anti-Corruption Unit",
             "Detective Superintendent, PSD", D(2023, 6, 30), "R", "G",
             "Both analysts in post from December 2023; vetting completed."),
            ("16.2", "Deploy IT monitoring software across all force devices and networks",
             "Head of ACU; Head of Information Security", D(2023, 12, 31), "A", "R",
             "Supplier delay; go-live now expected June 2024.")]),
        ("19", R19, [
            ("19.1", "Publish an abuse of position for a sexual purpose (APSP) control strategy and "
                     "brief all supervisors", "Head of ACU", D(2023, 10, 31), "G", "B",
             "Strategy published October 2023; supervisor briefings complete.")]),
        ("theme", MC),
        ("24", R24, [
            ("24.1", "Add a misogyny and sexual misconduct flag to Centurion and report flagged "
                     "cases monthly to the Professional Standards Board", "PSD Business Manager",
             D(2023, 3, 31), "B", "B", "Flag in use; monthly report to PSB."),
            ("24.2", "Deliver active bystander training to all officers and staff",
             "Director of People and Culture", D(2024, 9, 30), "G", "G",
             "61% of workforce trained.")]),
    ]
    r = 5
    expected = []
    theme = None
    for item in data:
        if item[0] == "theme":
            theme = item[1]
            ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = FILL["theme"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        recno, rec, actions = item
        start = r
        ws.cell(row=r, column=1, value=recno)
        ws.cell(row=r, column=2, value=rec)
        for (ref, a, owner, date, prev, cur, upd) in actions:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=a)
            ws.cell(row=r, column=5, value=owner)
            c = ws.cell(row=r, column=6, value=date)
            c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7, value=prev)
            c.fill = FILL[RAGFILL[prev]]
            c = ws.cell(row=r, column=8, value=cur)
            c.fill = FILL[RAGFILL[cur]]
            ws.cell(row=r, column=9, value=upd)
            for j in range(1, 10):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BORDER
            lead = [x.strip() for x in owner.replace(";", "/").split("/")]
            if owner == "Detective Superintendent, PSD":
                lead = [owner]
            expected.append(act(ref, [theme, rec], a, lead, date.strftime("%Y-%m"),
                                {"B": "blue", "G": "green", "A": "amber", "R": "red"}[cur]))
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG key and totals are on the Summary sheet. Target "
                                   "dates are force dates; HMICFRS deadlines are shown in the "
                                   "recommendation text.")
    widths = [8, 48, 9, 48, 26, 11, 11, 11, 40]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates a force tracker of the recommendations for chief constables in HMICFRS "
                "'An inspection of vetting, misconduct, and misogyny in the police service' (2 Nov "
                "2022, 43 recommendations with deadlines written into the text), as reported to a "
                "PCC scrutiny panel (cf. Warwickshire PCC response, https://warwickshire-pcc.gov.uk/"
                "key-information/hmicfrs-reports/response-to-hmicfrs-report-an-inspection-of-"
                "vetting-misconduct-and-misogyny-in-the-police-service; HMICFRS review of progress "
                "May 2023). Copied: cover sheet with document-control table, summary sheet with RAG "
                "key and totals, tracker sheet with merged theme rows, recommendation number and "
                "text merged down over their actions, action refs, real Excel dates shown mmm-yy, "
                "previous and current RAG letters with fill, several owners in one cell, a note "
                "line. Recommendation wording paraphrased."),
        reads=("A three-sheet workbook; the Tracker sheet lists six HMICFRS recommendations under "
               "three themes, each with one or two force actions (9 in all) with an owner, target "
               "month, previous and current RAG and an update. The current RAG (Jan 24) is the "
               "status."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ============================================================ 4. West Yorkshire FRS (xlsx, fill-only RAG)
def wyfrs():
    name = "zry-west-yorkshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = "West Yorkshire Fire and Rescue Service – HMICFRS Values and Culture Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Progress against the recommendations in 'Values and culture in fire and rescue "
                "services' (HMICFRS, 30 March 2023)")
    sm["A4"] = ("Of the 35 recommendations, 20 are for chief fire officers. This summary covers the "
                "recommendations that the Service is taking forward through its People Strategy; "
                "the remainder are for national bodies.")
    hdr(sm, 6, ["Status", "Actions"])
    for i, (lbl, col, nn) in enumerate([("Complete", "blue", 3), ("On track", "green", 2),
                                         ("At risk", "amber", 2), ("Off track", "red", 1)], start=7):
        c = sm.cell(row=i, column=1, value=lbl)
        c.fill = FILL[col]
        sm.cell(row=i, column=2, value=nn)
    sm.cell(row=11, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=11, column=2, value=8).font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Appendix A to the report of the Chief Fire Officer – People and Culture Committee, "
                "19 July 2024")
    ws["A3"] = "RAG key:"
    for j, (lbl, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("At risk", "amber"), ("Off track", "red")], start=2):
        c = ws.cell(row=3, column=j, value=lbl)
        c.fill = FILL[col]
        c.border = BORDER
    hdr(ws, 5, ["Ref", "Action", "Lead officer", "Due date", "RAG", "Progress commentary"])

    T1, T2, T3, T4 = "Raising concerns", "Background checks", "Leadership", "Diversity data"
    REC1 = ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their "
            "services provide a confidential way for staff to raise concerns and that staff are "
            "aware of whistleblowing processes.")
    REC3 = ("Recommendation 3 – By 1 June 2023, chief fire officers should review the support "
            "available for those who have raised concerns and take any action needed to make sure "
            "these provisions are suitable.")
    REC4 = ("Recommendation 4 – By 1 January 2024, chief fire officers should make sure that all "
            "existing and new staff have had an appropriate background check using the Disclosure "
            "and Barring Service.")
    REC12 = ("Recommendation 12 – By 1 March 2024, chief fire officers should put in place "
             "measures to get regular feedback from staff about their values, culture and "
             "leadership, and act on it.")
    REC20 = ("Recommendation 20 – By 1 October 2023, chief fire officers should have plans in "
             "place to improve the collection of equality data so that they can better understand "
             "their workforce.")
    D = dt.datetime
    plan = [
        ("theme", T1),
        ("rec", REC1),
        ("1.1", "Procure an independent, confidential reporting line for all staff and publicise it "
                "through station briefings and the intranet",
         "Director of People and Organisational Development", D(2023, 9, 30), "mmm-yy", "blue",
         "Independent reporting line launched 1 September 2023."),
        ("1.2", "Review the Whistleblowing Policy and add it to the mandatory policy acknowledgement "
                "list", "Head of HR; Head of Corporate Services", "31/03/2024", None, "blue",
         "Policy approved by Management Board in March 2024."),
        ("rec", REC3),
        ("3.1", "Appoint and train a network of Fair Treatment Advocates across all districts",
         "Head of Equality, Diversity and Inclusion", D(2024, 12, 31), "mmm-yy", "green",
         "18 advocates trained; recruitment open for Kirklees and Calderdale."),
        ("theme", T2),
        ("rec", REC4),
        ("4.1", "Complete a role-by-role risk assessment to set the level of DBS check needed for "
                "every post", "Head of HR", D(2024, 2, 29), "mmm-yy", "blue",
         "Risk assessment signed off February 2024."),
        ("4.2", "Carry out standard DBS checks for all operational staff not previously checked",
         "Head of HR", "30/09/2024", None, "amber",
         "1,212 of 1,410 checks complete; turnaround delays at DBS."),
        ("theme", T3),
        ("rec", REC12),
        ("12.1", "Run an annual staff culture survey and publish the results and the Service's "
                 "response to all staff", "Chief Fire Officer", "Annually (each November)", None,
         "green", "2023 survey published; 2024 survey scheduled."),
        ("12.2", "Introduce 360-degree feedback for all middle and senior managers",
         "Area Manager, Training and Development", "Q4 2024/25", None, "red",
         "Procurement of the 360 tool paused pending budget decision."),
        ("theme", T4),
        ("rec", REC20),
        ("20.1", "Run a 'Count me in' campaign encouraging staff to update their equality data on "
                 "the HR system", "Head of Equality, Diversity and Inclusion / Head of HR",
         D(2023, 10, 31), "mmm-yy", "amber",
         "Declaration rate up from 61% to 74%; target 85%."),
    ]
    r = 6
    theme = rec = None
    expected = []
    ends = {"1.1": "2023-09", "1.2": "2024-03", "3.1": "2024-12", "4.1": "2024-02",
            "4.2": "2024-09", "12.1": None, "12.2": "2025-03", "20.1": "2023-10"}
    leads = {"1.1": ["Director of People and Organisational Development"],
             "1.2": ["Head of HR", "Head of Corporate Services"],
             "3.1": ["Head of Equality, Diversity and Inclusion"],
             "4.1": ["Head of HR"], "4.2": ["Head of HR"], "12.1": ["Chief Fire Officer"],
             "12.2": ["Area Manager, Training and Development"],
             "20.1": ["Head of Equality, Diversity and Inclusion", "Head of HR"]}
    for item in plan:
        if item[0] in ("theme", "rec"):
            kind, text = item
            c = ws.cell(row=r, column=1, value=text)
            if kind == "theme":
                theme = text
                c.font = Font(bold=True, color="FFFFFF")
                fill = PatternFill("solid", fgColor="C00000")
            else:
                rec = text
                c.font = Font(italic=True, bold=True)
                fill = FILL["rec"]
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = fill
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            if kind == "rec":
                ws.row_dimensions[r].height = 32
            r += 1
            continue
        ref, a, lead, due, fmt, col, comm = item
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=a)
        ws.cell(row=r, column=3, value=lead)
        c = ws.cell(row=r, column=4, value=due)
        if fmt:
            c.number_format = fmt
        ws.cell(row=r, column=5).fill = FILL[col]  # colour only, no text
        ws.cell(row=r, column=6, value=comm)
        for j in range(1, 7):
            ws.cell(row=r, column=j).alignment = WRAP
            ws.cell(row=r, column=j).border = BORDER
        kw = {}
        if ref == "12.1":
            kw["end_text"] = "Annually (each November)"
        if ref == "12.2":
            kw["end_text"] = "Q4 2024/25"
        expected.append(act(ref, [theme, rec], a, leads[ref], ends[ref], col, **kw))
        r += 1
    for j, w in enumerate([7, 52, 30, 13, 8, 44], start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(out(name))

    write_expected(
        name,
        source=("Imitates the progress reports English fire and rescue services publish against the "
                "20 service-level recommendations of HMICFRS 'Values and culture in fire and rescue "
                "services' (March 2023), e.g. Derbyshire FRS GPWG paper of 20 Nov 2023 "
                "(https://www.derbys-fire.gov.uk/gpwg-meetings/gpwg-agenda-and-papers-20-november-"
                "2023/hmicfrs-culture-review-recommendations-and-actions) and Royal Berkshire FRS "
                "(https://www.rbfrs.co.uk/your-service/transparency-and-governance/values-and-"
                "culture-in-fire-and-rescue-services/). Copied: committee-appendix title block, "
                "summary sheet with counts, merged theme rows, merged 'Recommendation N – By "
                "<date>, chief fire officers should...' rows above numbered service actions, a RAG "
                "key of coloured cells and a RAG column shown by fill colour only, mixed due-date "
                "forms (Excel dates, dd/mm/yyyy text, 'Q4 2024/25', 'Annually'). WYFRS wording "
                "invented."),
        reads=("An action plan sheet for West Yorkshire FRS with four themes; under each theme a "
               "recommendation row is followed by the Service's numbered actions (8 in all) with "
               "a lead officer, due date, progress commentary and a RAG cell coloured but empty, "
               "read through the key (blue = complete)."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ============================================================ 5. Eastleigh College (xlsx, refuse)
def eastleigh():
    name = "zry-eastleigh-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Eastleigh College – Post-Inspection Action Plan (PIAP)"
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 6–9 February 2024 · Overall effectiveness: Requires improvement"
    ws["A3"] = ("Monitored by: Quality and Standards Committee · Version 4 · Updated 11 November "
                "2024")
    hdr(ws, 5, ["AFI no.", "Area for improvement (Ofsted report)", "Ref", "Action", "Lead",
                "Target date", "Impact measure", "Progress update (Nov 2024)", "RAG"])
    AFI1 = ("Leaders and managers should ensure that teachers of adult learners check what learners "
            "know and can do before moving on to new topics.")
    AFI2 = ("Leaders should improve the attendance of young people on study programmes, "
            "particularly in English and mathematics lessons.")
    AFI3 = ("Leaders should make sure that apprentices receive timely and impartial careers advice "
            "about their next steps.")
    D = dt.datetime
    rows = [
        ("1", AFI1, [
            ("1.1", "Deliver a three-part CPD programme on checking for understanding to all adult "
                    "learning teachers", "Head of Teaching, Learning and Assessment",
             D(2024, 7, 31), "Observed lessons show checks for understanding in 90% of sessions",
             "All three sessions delivered in summer term.", "Complete"),
            ("1.2", "Introduce initial assessment tasks at the start of every adult course and "
                    "record starting points on the ILP", "Curriculum Manager, Adult and Community",
             D(2024, 9, 30), "Starting points recorded for 100% of adult learners",
             "In place for all September starts.", "Green"),
            ("1.3", "Run learning walks each half term focused on adult provision",
             "Deputy Principal, Quality", "Termly", "Learning walk reports to Q&S Committee",
             "Autumn 1 walk completed.", "Green")]),
        ("2", AFI2, [
            ("2.1", "Launch a daily attendance call-back for any 16–18 learner absent from an "
                    "English or maths lesson", "Head of Student Services", D(2024, 9, 30),
             "English and maths attendance at 88% or above",
             "Call-backs running; attendance 83% at half term.", "Amber"),
            ("2.2", "Move English and maths lessons into vocational timetable blocks for all level 1 "
                    "and 2 study programmes", "Head of English and Maths / Timetabling Manager",
             "Febuary 2025", "Attendance gap between vocational and English/maths lessons below 5 "
                             "percentage points", "Timetable model agreed for January rebuild.",
             "Green"),
            ("2.3", "Report attendance by course to the Quality and Standards Committee at every "
                    "meeting", "Deputy Principal, Quality", D(2024, 11, 30),
             "Committee minutes show scrutiny of attendance", "First report presented.",
             "Complete")]),
        ("3", AFI3, [
            ("3.1", "Add a careers review with a qualified careers adviser to every apprentice's "
                    "progress review at 6 months and 12 months", "Head of Apprenticeships",
             D(2025, 1, 31), "All apprentices have a recorded careers review",
             "Process designed; adviser capacity being confirmed.", "Amber"),
            ("3.2", "Train all skills coaches in giving impartial advice on progression routes",
             "Careers Leader", D(2024, 12, 31), "All skills coaches trained",
             "Not yet started; booked for December.", "Red")]),
    ]
    r = 6
    typo_row = None
    for afi_no, afi, acts in rows:
        start = r
        ws.cell(row=r, column=1, value=afi_no)
        ws.cell(row=r, column=2, value=afi)
        for ref, a, lead, date, impact, prog, rag in acts:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=a)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "mmm-yy"
            if date == "Febuary 2025":
                typo_row = r
            ws.cell(row=r, column=7, value=impact)
            ws.cell(row=r, column=8, value=prog)
            c = ws.cell(row=r, column=9, value=rag)
            c.fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber",
                           "Red": "red"}[rag]]
            for j in range(1, 10):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BORDER
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for j, w in enumerate([7, 40, 6, 44, 28, 12, 30, 32, 10], start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (lbl, col, m) in enumerate([("Complete", "blue", "Action completed and impact seen"),
                                       ("Green", "green", "On track"),
                                       ("Amber", "amber", "Some slippage; recovery plan in place"),
                                       ("Red", "red", "Off track; escalate to SLT")], start=2):
        k.cell(row=i, column=1, value=lbl).fill = FILL[col]
        k.cell(row=i, column=2, value=m)
    wb.save(out(name))
    assert typo_row == 10, typo_row

    write_expected(
        name,
        source=("Imitates an FE college post-inspection action plan (PIAP) after an Ofsted "
                "'requires improvement' judgement, monitored by the governors' quality committee "
                "(cf. Lancashire Adult Learning PIAP report, https://paperzz.com/doc/6822265/report"
                "---council; The Key on post-Ofsted action plans). Copied: title block with "
                "inspection dates, grade, committee and version, one row per action with the area "
                "for improvement merged down over its actions, refs, lead posts, target dates as "
                "Excel dates, impact measures, progress update and RAG words with fill, a separate "
                "key sheet. Eastleigh College's inspection details are invented."),
        reads=("A single-sheet PIAP for Eastleigh College: three Ofsted areas for improvement, "
               "each with two or three actions with a lead, target date, impact measure, progress "
               "and RAG. The target date of action 2.2 (sheet row 10) reads 'Febuary 2025', a "
               "mistyped month, so a careful reader stops and asks before reading the plan."),
        outcome="refuse",
        title=title,
        refuse_at=typo_row,
    )


# ============================================================ 6. Loughborough University (docx)
def loughborough():
    name = "zry-loughborough-university-hr-excellence-in-research-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    title = "HR Excellence in Research Award – Action Plan 2024–2027"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Loughborough University · Implementing the Concordat to Support the Career "
                      "Development of Researchers")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Document owner", "Research Staff Development Manager, Organisational Development"),
            ("Approved by", "Research Committee, 12 June 2024"),
            ("Version", "1.2 – progress update May 2025"),
            ("Next review", "May 2026")]):
        set_cell(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "E7E6E6")
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan follows the University's three-year review of the HR Excellence in Research "
        "Award. Actions are grouped under the three principles of the Concordat. Progress is "
        "reviewed by the Research Staff Working Group each term and reported to Research "
        "Committee.")
    doc.add_paragraph().add_run("RAG status key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, col, b) in enumerate([("Blue", "5B9BD5", "Complete"), ("Green", "00B050", "On track"),
                                     ("Amber", "FFC000", "Some delay"),
                                     ("Red", "FF0000", "Significant delay")]):
        set_cell(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), col)
        set_cell(t.cell(i, 1), b)

    S1, S2, S3 = ("1. Environment and Culture", "2. Employment",
                  "3. Professional and Career Development")
    INST, MGR = "Institution", "Managers of researchers"
    sections = [
        (S1, "Researchers work in an inclusive, supportive environment that values their "
             "contribution.", [
            ("group", INST),
            ("EC1", "Establish a Research Staff Forum with elected representatives from each School, "
                    "reporting to Research Committee each term", "PVC (Research and Innovation)",
             "Dec 2024", "Forum meets termly; minutes received by Research Committee", "Blue",
             "Forum launched October 2024; 14 representatives elected."),
            ("EC2", "Publish a research culture statement and include it in the induction of all "
                    "new research staff", "Head of Research Culture; Research Staff Development "
                                          "Manager", "31/07/2025",
             "Statement published; induction feedback shows awareness above 80%", "Green",
             "Draft statement consulted on with the Forum."),
            ("group", MGR),
            ("EC3", "Include a research culture and wellbeing module in the Leading Research Teams "
                    "programme", "Organisational Development Manager", "March 2025",
             "Module delivered to two cohorts", "Amber",
             "Module designed; first cohort moved to June 2025."),
        ]),
        (S2, "Researchers are recruited, employed and managed under fair and transparent "
             "conditions.", [
            ("EM1", "Review the use of fixed-term contracts for researchers and report redeployment "
                    "outcomes to Research Committee", "Director of HR", "Annually (each October)",
             "Annual report received; share of open-ended contracts rising", "Green",
             "First report presented October 2024."),
            ("EM2", "Launch a bridging fund to support researchers between externally funded "
                    "contracts", "PVC (Research and Innovation) / Director of Finance",
             "Nov 2024 – Jun 2025", "Fund in place; number of researchers bridged", "Red",
             "Funding not yet confirmed in the 2025/26 budget round."),
        ]),
        (S3, "Researchers are supported to develop their careers, including beyond academia.", [
            ("group", INST),
            ("PCD1", "Record uptake of the 10 days' professional development allowance in the HR "
                     "system and report it by School", "Research Staff Development Manager",
             "Jan 2025", "Uptake reported for every School", "Blue",
             "Dashboard live from January 2025."),
            ("PCD2", "Run a Research Staff Careers Week with sessions on careers beyond academia",
             "Careers Network Manager", "Ongoing", "Attendance and feedback from each week",
             "Green", "2024 Careers Week attended by 160 researchers."),
            ("group", MGR),
            ("PCD3", "Make an annual career development conversation part of the PDR for all "
                     "research staff", "Heads of School", "31/10/2025",
             "PDR completion rate for research staff above 90%", "Amber",
             "PDR form updated; completion 71% in 2024/25."),
        ]),
    ]
    for sec, intro, items in sections:
        doc.add_heading(sec, level=1)
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success measure", "RAG",
                               "Progress update (May 2025)"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for it in items:
            row = t.add_row()
            if it[0] == "group":
                m = row.cells[0].merge(row.cells[6])
                set_cell(m, it[1], bold=True, italic=True)
                shade(m, "F2F2F2")
                continue
            ref, a, lead, when, sm, rag, prog = it
            for j, v in enumerate([ref, a, lead, when, sm, rag, prog]):
                set_cell(row.cells[j], v)
            shade(row.cells[5], {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000",
                                 "Red": "FF0000"}[rag])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Glossary").bold = True
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("PDR", "Performance and Development Review"),
                                ("PVC", "Pro Vice-Chancellor"),
                                ("HREiR", "HR Excellence in Research Award")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.save(out(name))

    def get(ref):
        for sec, intro, items in sections:
            grp = None
            for it in items:
                if it[0] == "group":
                    grp = it[1]
                elif it[0] == ref:
                    return sec, grp, it
    spec = {
        "EC1": (["PVC (Research and Innovation)"], "2024-12", "blue", None),
        "EC2": (["Head of Research Culture", "Research Staff Development Manager"], "2025-07",
                "green", None),
        "EC3": (["Organisational Development Manager"], "2025-03", "amber", None),
        "EM1": (["Director of HR"], None, "green", "Annually (each October)"),
        "EM2": (["PVC (Research and Innovation)", "Director of Finance"], "2025-06", "red",
                "Nov 2024 – Jun 2025"),
        "PCD1": (["Research Staff Development Manager"], "2025-01", "blue", None),
        "PCD2": (["Careers Network Manager"], None, "green", "Ongoing"),
        "PCD3": (["Heads of School"], "2025-10", "amber", None),
    }
    expected = []
    for ref in ["EC1", "EC2", "EC3", "EM1", "EM2", "PCD1", "PCD2", "PCD3"]:
        sec, grp, it = get(ref)
        lead, end, status, et = spec[ref]
        under = [sec, grp] if grp else [sec]
        kw = {"end_text": et} if et else {}
        expected.append(act(ref, under, it[1], lead, end, status, **kw))

    write_expected(
        name,
        source=("Imitates a university HR Excellence in Research Award / Researcher Development "
                "Concordat action plan as submitted to Vitae and published on university sites "
                "(https://vitae.ac.uk/?p=855 on the forward action plan; St Andrews and Warwick "
                "HREiR pages list 'Environment and culture', 'Employment', 'Professional and career "
                "development'). Copied: title, document-control table, RAG key table (Blue = "
                "complete), one Word table per Concordat principle with numbered section "
                "headings, merged stakeholder rows (Institution / Managers of researchers), "
                "Ref/Action/Lead/Timescale/Success measure/RAG/Progress columns, RAG words on "
                "coloured cells, a glossary table. Loughborough's actions are invented."),
        reads=("Loughborough University's HREiR action plan: three sections for the Concordat "
               "principles, each a table of actions (8 in all), some split into Institution and "
               "Managers of researchers rows, with lead, timescale, success measure, RAG word and "
               "progress. 'Annually' and 'Ongoing' have no end month; 'Nov 2024 – Jun 2025' ends "
               "in June 2025."),
        outcome="read",
        title=title,
        actions=expected,
    )


# ============================================================ 7. Downe House (txt)
def downe_house():
    name = "zry-downe-house-school-isi-inspection-action-plan.txt"
    title = "Downe House School – ISI Inspection Action Plan"
    SEC1 = "Section 1: Leadership and management, and governance"
    SEC3 = "Section 3: Pupils' physical and mental health and emotional wellbeing"
    SEC4 = "Section 4: Pupils' social and economic education and contribution to society"
    NS1 = ("Leaders should ensure that their monitoring of the curriculum identifies variation in "
           "the quality of teaching between departments, so that it can be addressed swiftly.")
    NS2 = ("Leaders should ensure that boarding staff record pastoral concerns consistently, so that "
           "patterns in pupils' wellbeing can be identified and acted on promptly.")
    NS3 = ("Leaders should develop further the lower school pupils' understanding of economic "
           "wellbeing and financial matters.")
    acts = {
        "1.1": "Introduce a rolling programme of departmental reviews, with lesson visits, work "
               "scrutiny and pupil voice, reported to the Senior Leadership Team.",
        "1.2": "Train heads of department in using the new lesson visit framework and in giving "
               "developmental feedback.",
        "2.1": "Move all boarding houses onto the school's electronic pastoral recording system "
               "and withdraw paper house logs.",
        "2.2": "Review pastoral records in each house at the fortnightly wellbeing meeting and "
               "report emerging patterns to the Designated Safeguarding Lead.",
        "2.3": "Deliver refresher training for all house staff and gap-year assistants on what, "
               "when and how to record.",
        "3.1": "Map economic wellbeing content across the Lower School PSHE programme and add "
               "units on budgeting, saving and borrowing.",
        "3.2": "Hold a Lower School enterprise and money week with visiting speakers and a "
               "parent information evening.",
    }
    lines = [
        title,
        "Routine inspection 12–14 November 2024; report published 21 January 2025",
        "",
        "Plan owner: Head",
        "Monitored by: Education Committee of the Board of Governors",
        "Last updated: 2 June 2025",
        "",
        "Status key: C = complete; G = on track; A = some slippage; R = not on track",
        "",
        "The inspection found that the school meets the Independent School Standards and the "
        "National Minimum Standards for Boarding Schools. The plan below responds to the "
        "recommended next steps in the report.",
        "",
        "=" * 78,
        SEC1,
        "=" * 78,
        "",
        "Recommended next step 1",
        NS1,
        "",
        "1.1  " + acts["1.1"],
        "     Lead: Deputy Head (Academic)",
        "     Target: Summer term 2025",
        "     Status: G",
        "",
        "1.2  " + acts["1.2"],
        "     Lead: Director of Teaching and Learning",
        "     Target: 28/02/2025",
        "     Status: C – completed 26 February 2025",
        "",
        "=" * 78,
        SEC3,
        "=" * 78,
        "",
        "Recommended next step 2",
        NS2,
        "",
        "2.1  " + acts["2.1"],
        "     Lead: Deputy Head (Pastoral) and Head of Boarding",
        "     Target: Autumn term 2025",
        "     Status: A",
        "     Note: system licences for two houses delayed until September.",
        "",
        "2.2  " + acts["2.2"],
        "     Lead: Deputy Head (Pastoral)",
        "     Target: Termly",
        "     Status: G",
        "",
        "2.3  " + acts["2.3"],
        "     Lead: Head of Boarding",
        "     Target: April 2025",
        "     Status: C",
        "",
        "=" * 78,
        SEC4,
        "=" * 78,
        "",
        "Recommended next step 3",
        NS3,
        "",
        "3.1  " + acts["3.1"],
        "     Lead: Head of PSHE",
        "     Target: September 2025",
        "     Status: G",
        "",
        "3.2  " + acts["3.2"],
        "     Lead: Head of Lower School; Head of Careers",
        "     Target: Jul-25",
        "     Status: R",
        "     Note: date of money week to be confirmed with the Bursary.",
        "",
        "End of plan.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    ex = [
        act("1.1", [SEC1, NS1], acts["1.1"], ["Deputy Head (Academic)"], "2025-07", "green",
            end_text="Summer term 2025"),
        act("1.2", [SEC1, NS1], acts["1.2"], ["Director of Teaching and Learning"], "2025-02", "blue"),
        act("2.1", [SEC3, NS2], acts["2.1"], ["Deputy Head (Pastoral)", "Head of Boarding"],
            "2025-12", "amber", end_text="Autumn term 2025"),
        act("2.2", [SEC3, NS2], acts["2.2"], ["Deputy Head (Pastoral)"], None, "green",
            end_text="Termly"),
        act("2.3", [SEC3, NS2], acts["2.3"], ["Head of Boarding"], "2025-04", "blue"),
        act("3.1", [SEC4, NS3], acts["3.1"], ["Head of PSHE"], "2025-09", "green"),
        act("3.2", [SEC4, NS3], acts["3.2"], ["Head of Lower School", "Head of Careers"],
            "2025-07", "red"),
    ]
    write_expected(
        name,
        source=("Imitates an independent boarding school's action plan after an ISI routine "
                "inspection under the September 2023 framework, where reports give 'recommended "
                "next steps' grouped by the framework sections (leadership and governance; quality "
                "of education; physical and mental health and wellbeing; social and economic "
                "education; safeguarding) - see https://independentschoolmanagement.co.uk/"
                "features/extracts-from-reports-under-the-new-isi-framework/. Kept as a plain-text "
                "export: title and meta lines, status key, ruled section headings, 'Recommended "
                "next step N' label with its text beneath, numbered actions with indented Lead/"
                "Target/Status/Note lines, school terms and 'Termly' as targets. Downe House "
                "inspection dates and next steps are invented."),
        reads=("A plain-text action plan for Downe House: three ISI recommended next steps, each "
               "under its framework section, with two or three numbered actions giving a lead, a "
               "target (a date, month, term or 'Termly') and a C/G/A/R status. Note lines are "
               "comments, not actions."),
        outcome="read",
        title=title,
        actions=ex,
    )


if __name__ == "__main__":
    hmp_swansea()
    sheffield_pdu()
    staffs_police()
    wyfrs()
    eastleigh()
    loughborough()
    downe_house()
    print("done")
