"""Build the seven zzd- blind cases (data files + expected readings).

Run with: /work/main/.venv/bin/python zzd_make.py
Writes only files whose names start with "zzd-" into this folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DEEAF6", "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def write_expected(fname, meta, actions):
    doc = {"source": meta["source"], "reads": meta["reads"], "outcome": meta["outcome"],
           "accept_refusal": meta.get("accept_refusal", False)}
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"],
                 "end": a["end"]}
            if a.get("end_text"):
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Birmingham Community Healthcare NHS FT - CQC must/should-do action plan (xlsx)
# ---------------------------------------------------------------------------
BCHC_FILE = "zzd-birmingham-community-healthcare-nhsft-cqc-must-should-do-action-plan.xlsx"
BCHC_TITLE = ("CQC Inspection Action Plan – Community Health Services for Children, "
              "Young People and Families")
BCHC_SECTIONS = [
    ("MUST DO ACTIONS", [
        ("The trust must ensure there are sufficient numbers of suitably qualified health visitors "
         "to meet the needs of children and families, and that caseloads are safely managed.",
         "Must", "Reg 18 Staffing", [
             dict(ref="MD1.1",
                  action="Complete the health visiting workforce review against the Institute of "
                         "Health Visiting caseload guidance and agree a recruitment and retention "
                         "trajectory with commissioners.",
                  lead="Divisional Director of Nursing – Children & Families",
                  leads=["Divisional Director of Nursing – Children & Families"],
                  orig=d(2023, 9, 30), rev=None,
                  upd="Review completed September 2023; trajectory agreed with Birmingham City "
                      "Council public health commissioners on 19/10/2023.",
                  prev="Green", cur="blue", end="2023-09"),
             dict(ref="MD1.2",
                  action="Introduce a weekly caseload weighting and allocation meeting in each "
                         "locality, with escalation of any caseload above 400 families to the "
                         "Head of Health Visiting.",
                  lead="Head of Health Visiting / Locality Leads",
                  leads=["Head of Health Visiting", "Locality Leads"],
                  orig=d(2023, 10, 31), rev=d(2024, 3, 31),
                  upd="Meetings in place in 3 of 4 localities; North locality to start February "
                      "2024 once the team leader post is filled.",
                  prev="Amber", cur="amber", end="2024-03"),
         ]),
        ("The trust must ensure children and young people waiting for a neurodevelopmental "
         "assessment are regularly reviewed and risk-assessed while they wait.",
         "Must", "Reg 12 Safe care and treatment", [
             dict(ref="MD2.1",
                  action="Implement a ‘waiting well’ risk stratification process for all children "
                         "on the ADHD and autism assessment pathways, with contact with families at "
                         "least every 6 months.",
                  lead="Clinical Director – Community Paediatrics",
                  leads=["Clinical Director – Community Paediatrics"],
                  orig=d(2024, 3, 31), rev=None,
                  upd="Stratification tool agreed; 1,950 of 3,400 children reviewed. Additional "
                      "administrative capacity funded from December 2023.",
                  prev="Amber", cur="green", end="2024-03"),
             dict(ref="MD2.2",
                  action="Publish waiting-time information and a named point of contact for "
                         "families on the trust website and in acknowledgement letters.",
                  lead="Head of Communications / Clinical Director – Community Paediatrics",
                  leads=["Head of Communications", "Clinical Director – Community Paediatrics"],
                  orig=d(2023, 11, 30), rev=None,
                  upd="Letters updated November 2023; web page live 4 December 2023.",
                  prev="Green", cur="blue", end="2023-11"),
         ]),
        ("The trust must ensure mandatory training compliance, including safeguarding children "
         "level 3, meets the trust target of 90%.",
         "Must", "Reg 17 Good governance", [
             dict(ref="MD3.1",
                  action="Provide protected time for safeguarding children level 3 training and "
                         "monitor compliance by team through the divisional performance review.",
                  lead="Named Nurse Safeguarding Children",
                  leads=["Named Nurse Safeguarding Children"],
                  orig=d(2024, 1, 31), rev=d(2024, 4, 30),
                  upd="Compliance 84% (January 2024), up from 71% at inspection. Revised date "
                      "agreed at Divisional Quality Meeting.",
                  prev="Amber", cur="amber", end="2024-04"),
         ]),
    ]),
    ("SHOULD DO ACTIONS", [
        ("The trust should ensure that record keeping audits in the school nursing service are "
         "completed and learning is shared with staff.",
         "Should", "Reg 17 Good governance", [
             dict(ref="SD1",
                  action="Reinstate the quarterly record keeping audit for school nursing using the "
                         "revised audit tool, and share findings at team meetings.",
                  lead="Head of School Nursing", leads=["Head of School Nursing"],
                  orig=d(2023, 10, 31), rev=None,
                  upd="Q2 and Q3 audits completed; 92% compliance in Q3.",
                  prev="Green", cur="blue", end="2023-10"),
         ]),
        ("The trust should ensure that equipment in clinic bases is checked and cleaned in line "
         "with trust policy.",
         "Should", "Reg 15 Premises and equipment", [
             dict(ref="SD2",
                  action="Roll out the clinic equipment checklist and weekly cleaning log to all "
                         "children’s clinic bases.",
                  lead="IPC Lead Nurse / Clinic Managers",
                  leads=["IPC Lead Nurse", "Clinic Managers"],
                  orig=d(2023, 11, 30), rev=d(2024, 2, 29),
                  upd="Checklist in use in 14 of 19 bases; remaining bases being audited by the "
                      "IPC team.",
                  prev="Green", cur="amber", end="2024-02"),
         ]),
        ("The trust should continue to improve engagement with staff in the health visiting "
         "service so that they feel listened to and supported.",
         "Should", "Reg 17 Good governance", [
             dict(ref="SD3",
                  action="Hold quarterly ‘Listening into Action’ sessions with health visiting teams "
                         "led by the Divisional Director, and publish ‘You said, we did’ responses.",
                  lead="Divisional Director – Children & Families",
                  leads=["Divisional Director – Children & Families"],
                  orig="Quarterly – ongoing", rev=None,
                  upd="Sessions held September and December 2023; next session March 2024.",
                  prev="Green", cur="green", end=None, end_text="Quarterly – ongoing"),
         ]),
        ("The trust should ensure that incident investigations in the children’s therapy services "
         "are completed within trust timescales.",
         "Should", "Reg 12 Safe care and treatment", [
             dict(ref="SD4",
                  action="Clear the backlog of open incident reviews over 60 days and introduce a "
                         "fortnightly incident review huddle.",
                  lead="Head of Therapies (Children)", leads=["Head of Therapies (Children)"],
                  orig=d(2023, 8, 31), rev=d(2023, 12, 31),
                  upd="Backlog reduced from 41 to 17; revised date missed owing to staff absence – "
                      "escalated to Divisional Governance Group.",
                  prev="Amber", cur="red", end="2023-12"),
         ]),
    ]),
]


def build_bchc():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Birmingham Community Healthcare NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=14, color=FILL["navy"])
    cv["A2"] = BCHC_TITLE
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "CQC inspection of 17 and 18 May 2023 – report published 28 July 2023"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    rows = [("Document owner", "Chief Nursing Officer"),
            ("Prepared by", "Head of Quality and Regulatory Compliance"),
            ("Version", "0.6"),
            ("Date of update", "31/01/2024"),
            ("Reporting route", "Children & Families Divisional Quality Meeting → Quality and "
                                "Safety Committee → Trust Board"),
            ("Status", "Draft for Quality and Safety Committee, 15 February 2024")]
    for i, (k, v) in enumerate(rows, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [("Blue", "blue", "Action complete and evidence of embedding accepted"),
           ("Green", "green", "On track to deliver by the completion date"),
           ("Amber", "amber", "Risk to delivery by the completion date – mitigations in place"),
           ("Red", "red", "Off track or completion date passed")]
    for i, (w, c, m) in enumerate(key, start=14):
        cv.cell(i, 1, w).fill = fill(c)
        cv.cell(i, 2, m)
        cv.cell(i, 1).border = BOX
        cv.cell(i, 2).border = BOX
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:K1")
    ws["A1"] = BCHC_TITLE
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = fill("navy")
    ws.merge_cells("A2:K2")
    ws["A2"] = ("Inspection 17–18 May 2023 | Report published 28 July 2023 | "
                "Progress position as at 31 January 2024")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Must / Should", "Regulation", "CQC requirement", "Action", "Lead",
           "Original completion date", "Revised completion date", "Progress update (January 2024)",
           "Previous RAG", "Current RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("pale")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    actions = []
    for sec, reqs in BCHC_SECTIONS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("grey")
        r += 1
        for req, ms, reg, acts in reqs:
            first = r
            for a in acts:
                vals = [a["ref"], ms, reg, req if r == first else None, a["action"], a["lead"],
                        a["orig"], a["rev"], a["upd"], a["prev"], None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(r, 11).fill = fill(a["cur"])
                actions.append(dict(ref=a["ref"], under=[sec, req], action=a["action"],
                                    lead=a["leads"], end=a["end"], end_text=a.get("end_text"),
                                    status=a["cur"]))
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
    r += 1
    counts = {k: sum(1 for a in actions if a["status"] == k) for k in ("blue", "green", "amber", "red")}
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for k in ("blue", "green", "amber", "red"):
        ws.cell(r, 1, k.capitalize()).fill = fill(k)
        ws.cell(r, 2, counts[k])
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, len(actions)).font = Font(bold=True)
    widths = [8, 10, 18, 45, 50, 30, 14, 14, 45, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, BCHC_FILE))

    meta = dict(
        source=("Imitates the action plan an NHS community trust takes to its Quality and Safety "
                "Committee after a CQC core-service inspection: Birmingham Community Healthcare NHS "
                "FT, inspection of community health services for children, young people and families "
                "on 17-18 May 2023 (CQC provider page https://www.cqc.org.uk/provider/RYW/reports; "
                "findings on health visitor staffing, caseloads and neurodevelopmental waits). Copied "
                "features: cover sheet with document-control table and RAG key, a second sheet with "
                "title band, MUST DO / SHOULD DO section rows, the CQC requirement merged down over "
                "its actions, original and revised completion dates, previous RAG as a word and "
                "current RAG as fill colour only, a summary-of-RAG block under the table."),
        reads=("Workbook with a cover sheet (document control, RAG key) and an Action Plan sheet. "
               "Nine numbered actions (MD1.1-MD3.1, SD1-SD4) under must-do and should-do section "
               "rows, each CQC requirement shown once beside its actions; the current RAG is a "
               "coloured cell with no text, and revised dates replace original ones where given."),
        outcome="read", title=BCHC_TITLE)
    write_expected(BCHC_FILE, meta, actions)


# ---------------------------------------------------------------------------
# 2. Northumbria Police - HMICFRS vetting, misconduct & misogyny tracker (xlsx)
# ---------------------------------------------------------------------------
NP_FILE = "zzd-northumbria-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
NP_TITLE = "HMICFRS Vetting, Misconduct and Misogyny Inspection – Recommendations and AFI Tracker"
NP_THEMES = [
    ("Theme 1 – Vetting", [
        ("Rec 3", "By 31 October 2023, chief constables should make sure that their force vetting "
                  "units record a clear rationale for all vetting decisions, including where "
                  "adverse information is identified and clearance is granted.", "31/10/2023", [
            dict(ref="3a", action="Introduce a mandatory rationale template in Core-Vet for all "
                                  "clearances where adverse information is identified.",
                 owner="Head of Vetting", leads=["Head of Vetting"], target="Jul-23",
                 end="2023-07",
                 upd="Template live 3 July 2023; dip sample of 50 files showed 100% compliance.",
                 brag="B", status="blue"),
            dict(ref="3b", action="Quality-assure 10% of clearances each month through the Vetting "
                                  "Manager and report results to the Professional Standards Board.",
                 owner="Vetting Manager", leads=["Vetting Manager"], target="Oct-23", end="2023-10",
                 upd="Monthly QA in place since August 2023; results reported to PSB 12/10/23.",
                 brag="B", status="blue"),
        ]),
        ("Rec 7", "By 31 July 2023, chief constables should make sure that all officers and staff "
                  "whose vetting clearance has lapsed are identified and re-vetted.", "31/07/2023", [
            dict(ref="7a", action="Reconcile the vetting database with HR (Oracle) records to "
                                  "identify all lapsed clearances and prioritise renewals by role "
                                  "risk.",
                 owner="Head of Vetting / HR Business Partner",
                 leads=["Head of Vetting", "HR Business Partner"], target="Jun-23", end="2023-06",
                 upd="Reconciliation complete; 212 lapsed clearances identified.",
                 brag="B", status="blue"),
            dict(ref="7b", action="Complete re-vetting of all officers and staff with lapsed "
                                  "clearances.",
                 owner="Head of Vetting", leads=["Head of Vetting"], target="Dec-23",
                 end="2023-12",
                 upd="HMICFRS deadline of July 2023 missed. 168 of 212 re-vetted; agency vetting "
                     "officers in post until December.",
                 brag="A", status="amber"),
        ]),
    ]),
    ("Theme 2 – Counter-corruption", [
        ("Rec 12", "By 31 March 2024, chief constables should make sure that their force has the "
                   "capability to monitor all of its IT systems, so that it can identify and deal "
                   "with misuse.", "31/03/2024", [
            dict(ref="12a", action="Procure and implement a protective monitoring solution covering "
                                   "all force IT systems, including mobile devices.",
                 owner="Head of Anti-Corruption Unit; Head of Digital Services",
                 leads=["Head of Anti-Corruption Unit", "Head of Digital Services"],
                 target="Mar-24", end="2024-03",
                 upd="Contract awarded September 2023; phase 1 (desktop) live. Mobile devices to "
                     "follow in February 2024.",
                 brag="G", status="green"),
        ]),
        ("Rec 14", "By 31 October 2023, chief constables should make sure that their "
                   "counter-corruption units actively seek intelligence on officers and staff who "
                   "abuse their position for a sexual purpose.", "31/10/2023", [
            dict(ref="14a", action="Deliver awareness briefings on abuse of position for a sexual "
                                   "purpose to all neighbourhood and response teams, with a "
                                   "confidential reporting route through the Integrity Line.",
                 owner="Detective Superintendent, Professional Standards",
                 leads=["Detective Superintendent, Professional Standards"],
                 target="Oct-23", end="2023-10",
                 upd="Briefings delivered to 84% of teams; remaining teams scheduled for November.",
                 brag="A", status="amber"),
        ]),
    ]),
    ("Theme 3 – Misconduct and misogyny", [
        ("Rec 20", "By 30 April 2024, chief constables should make sure that all allegations of "
                   "misogynistic and predatory behaviour are assessed to decide whether they must "
                   "be referred to the IOPC.", "30/04/2024", [
            dict(ref="20a", action="Amend the PSD assessment process so that every allegation of "
                                   "misogynistic or predatory behaviour is reviewed by the "
                                   "Appropriate Authority against the IOPC mandatory referral "
                                   "criteria.",
                 owner="Appropriate Authority (Superintendent PSD)",
                 leads=["Appropriate Authority (Superintendent PSD)"],
                 target="Apr-24", end="2024-04",
                 upd="Revised process drafted; for sign-off at PSB on 16 November 2023.",
                 brag="G", status="green"),
            dict(ref="20b", action="Develop a dashboard to monitor the outcomes and timeliness of "
                                   "misogyny-related conduct cases.",
                 owner="PSD Performance Analyst", leads=["PSD Performance Analyst"],
                 target="31/03/2024", end="2024-03",
                 upd="Not started – analyst post vacant; recruitment under way.",
                 brag="R", status="red"),
        ]),
    ]),
]
NP_AFIS = [
    ("AFI 1", "Forces should make sure that vetting decisions are consistent, and that any "
              "disproportionality in vetting outcomes is monitored and addressed.",
     "Publish a quarterly analysis of vetting outcomes by ethnicity and sex, reviewed by the "
     "Equality, Diversity and Inclusion Board.", "Head of Vetting", ["Head of Vetting"],
     "Q3 2023/24", "2023-12", "First report presented to the EDI Board on 19/10/2023.", "G", "green"),
    ("AFI 2", "Forces should make sure that supervisors are trained to recognise and respond to "
              "misogynistic and predatory behaviour.",
     "Include a module on recognising and challenging misogynistic behaviour in the First Line "
     "Leaders programme.", "Head of Learning & Development", ["Head of Learning & Development"],
     "Jan-24", "2024-01", "Module written and approved; first cohort starts January 2024.", "G",
     "green"),
]


def build_np():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Northumbria Police"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = NP_TITLE
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = ("HMICFRS report ‘An inspection of vetting, misconduct, and misogyny in the police "
                "service’ (November 2022). Position as at 31 October 2023.")
    sm["A4"] = "Governance: Professional Standards Board (chair: Deputy Chief Constable)"
    sm["A6"] = "BRAG"
    sm["B6"] = "Meaning"
    sm["C6"] = "Recommendation actions"
    sm["D6"] = "AFI actions"
    for c in "ABCD":
        sm[c + "6"].font = Font(bold=True)
        sm[c + "6"].border = BOX
    allrec = [a for _, recs in NP_THEMES for _, _, _, acts in recs for a in acts]
    key = [("B", "blue", "Complete – evidence held"), ("G", "green", "On track"),
           ("A", "amber", "Some slippage – recoverable"), ("R", "red", "Off track – escalate to PSB")]
    for i, (k, c, m) in enumerate(key, start=7):
        sm.cell(i, 1, k).fill = fill(c)
        sm.cell(i, 2, m)
        sm.cell(i, 3, sum(1 for a in allrec if a["brag"] == k))
        sm.cell(i, 4, sum(1 for x in NP_AFIS if x[8] == k))
        for cc in range(1, 5):
            sm.cell(i, cc).border = BOX
    sm.cell(11, 1, "Total").font = Font(bold=True)
    sm.cell(11, 3, len(allrec)).font = Font(bold=True)
    sm.cell(11, 4, len(NP_AFIS)).font = Font(bold=True)
    sm.column_dimensions["A"].width = 10
    sm.column_dimensions["B"].width = 34
    sm.column_dimensions["C"].width = 24
    sm.column_dimensions["D"].width = 14

    ws = wb.create_sheet("Recommendations")
    ws.merge_cells("A1:I1")
    ws["A1"] = ("HMICFRS – An inspection of vetting, misconduct, and misogyny in the police service "
                "(November 2022): recommendations for chief constables")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Force response tracker – Professional Standards Department – updated 31/10/2023"
    hdr = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Action ref", "Force action",
           "Owner", "Target date", "Update", "BRAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    actions = []
    for theme, recs in NP_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("lilac")
        r += 1
        for recno, rec, deadline, acts in recs:
            first = r
            for a in acts:
                vals = [recno if r == first else None, rec if r == first else None,
                        deadline if r == first else None, a["ref"], a["action"], a["owner"],
                        a["target"], a["upd"], a["brag"]]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(r, 9).fill = fill(a["status"])
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
                actions.append(dict(ref=a["ref"], under=[theme, rec], action=a["action"],
                                    lead=a["leads"], end=a["end"], status=a["status"]))
                r += 1
            if r - first > 1:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    for i, w in enumerate([8, 48, 12, 8, 48, 26, 11, 42, 7], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A5"

    wa = wb.create_sheet("AFIs")
    wa.merge_cells("A1:G1")
    wa["A1"] = "Areas for improvement (AFIs)"
    wa["A1"].font = Font(bold=True, size=12)
    hdr = ["AFI", "Area for improvement", "Force action", "Owner", "Target date", "Update", "BRAG"]
    for c, h in enumerate(hdr, start=1):
        cell = wa.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.border = BOX
    r = 4
    for afi, text, act, owner, leads, target, end, upd, brag, status in NP_AFIS:
        for c, v in enumerate([afi, text, act, owner, target, upd, brag], start=1):
            cell = wa.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        wa.cell(r, 7).fill = fill(status)
        actions.append(dict(ref=afi, under=[text], action=act, lead=leads, end=end, status=status))
        r += 1
    for i, w in enumerate([8, 48, 48, 26, 12, 40, 7], start=1):
        wa.column_dimensions[chr(64 + i)].width = w
    wb.save(os.path.join(HERE, NP_FILE))

    meta = dict(
        source=("Imitates a force's local tracker of its response to the HMICFRS thematic "
                "inspection 'An inspection of vetting, misconduct, and misogyny in the police "
                "service' (November 2022; 43 recommendations and 5 AFIs, progress reviewed by "
                "HMICFRS May 2023, "
                "https://www.justiceinspectorates.gov.uk/hmicfrs/publication-html/vetting-misconduct-and-misogyny-in-the-police-service-review-of-progress-letter/), "
                "as Northumbria Police's Professional Standards Department would keep it for its "
                "Professional Standards Board. Recommendation wording is paraphrased. Copied "
                "features: summary sheet with BRAG key and counts, tracker sheet with theme band "
                "rows, recommendation number/text/deadline merged down over its actions, lettered "
                "action refs, BRAG letters on coloured cells, a separate AFIs sheet."),
        reads=("Three sheets: a summary (key and counts, no actions), a Recommendations sheet with "
               "eight lettered force actions under three themes and five HMICFRS recommendations, "
               "and an AFIs sheet with one action for each of two areas for improvement. Status is "
               "the BRAG letter in the last column."),
        outcome="read", title=NP_TITLE)
    write_expected(NP_FILE, meta, actions)


# ---------------------------------------------------------------------------
# 3. Disclosure and Barring Service - ARAC internal audit tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
DBS_FILE = ("zzd-disclosure-and-barring-service-arac-internal-audit-recommendations-tracker-"
            "typo-month-refuse.xlsx")
DBS_TITLE = "Audit and Risk Assurance Committee – Internal Audit Recommendations Tracker"
DBS_AUDITS = [
    ("Payroll and Expenses – GIAA report issued July 2024 – Moderate assurance", [
        ("PE-01", "Line managers should approve expense claims within 10 working days and confirm "
                  "that receipts have been checked.", "Medium",
         "Update the expenses policy and introduce an automated reminder for claims awaiting "
         "approval for more than 10 days.", "Head of Finance", "Sep-24", "Dec-24", "Complete",
         "Policy updated; reminders live from 2 December 2024."),
        ("PE-02", "Payroll amendments should be independently checked before the monthly payroll "
                  "is run.", "High",
         "Introduce a second-person check of all amendments, evidenced on the payroll control "
         "sheet.", "Payroll Manager", "Oct-24", None, "Complete",
         "Control sheet in use since the October 2024 payroll."),
    ]),
    ("Records Management – GIAA report issued October 2024 – Limited assurance", [
        ("RM-01", "The retention and disposal schedule should be updated to reflect current barring "
                  "casework records and applied consistently.", "High",
         "Revise the retention and disposal schedule and agree it with Information Asset Owners.",
         "Head of Information Governance / Senior Information Risk Owner", "Jan-25", "Apr-25",
         "In progress", "Draft schedule with IAOs for comment; revised date agreed at December ARAC."),
        ("RM-02", "Information asset registers should be reviewed at least annually.", "Medium",
         "Add an annual review of the information asset register to the IAO assurance statement "
         "process.", "Data Protection Officer", "Mar-25", None, "On track",
         "Assurance statement template updated."),
        ("RM-03", "Paper records held at the Darlington office should be indexed and stored "
                  "securely.", "Medium",
         "Complete indexing of the paper archive and move it to secure off-site storage.",
         "Estates Manager", "Jun-25", None, "On track", "Indexing 60% complete."),
    ]),
    ("Cyber Security: Third-Party Access – GIAA report issued December 2024 – Limited assurance", [
        ("CY-01", "Supplier accounts with privileged access should be reviewed quarterly and removed "
                  "when no longer required.", "High",
         "Implement a quarterly privileged access review with the IT service supplier and remove "
         "dormant supplier accounts.", "Chief Information Security Officer", "Mar-25", "0ct-25",
         "In progress", "Access review tool procured; revised date agreed at February ARAC."),
        ("CY-02", "Contracts with suppliers should include clear security incident notification "
                  "requirements.", "Medium",
         "Add the standard security schedule to all new and renewing contracts.",
         "Commercial Director", "Jun-25", None, "On track", "Schedule drafted with GLD."),
    ]),
]


def build_dbs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Disclosure and Barring Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = DBS_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 28 February 2025 – owner: Head of Risk and Assurance"
    hdr = ["Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="5B2C6F", end_color="5B2C6F")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    typo_row = None
    n = 0
    for audit, recs in DBS_AUDITS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("grey")
        r += 1
        for row in recs:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if row[6] == "0ct-25":
                typo_row = r
            n += 1
            r += 1
    r += 1
    ws.cell(r, 1, "Totals").font = Font(bold=True)
    ws.cell(r, 2, "High 3 | Medium 4 | Low 0 – Complete 2 | In progress 2 | On track 3")
    for i, w in enumerate([8, 48, 9, 48, 30, 12, 12, 12, 40], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A6"

    s2 = wb.create_sheet("Summary by audit")
    s2.append(["Audit", "Assurance opinion", "Recs", "Complete", "Open"])
    s2.append(["Payroll and Expenses 2024/25", "Moderate", 2, 2, 0])
    s2.append(["Records Management 2024/25", "Limited", 3, 0, 3])
    s2.append(["Cyber Security: Third-Party Access 2024/25", "Limited", 2, 0, 2])
    s2.append(["Total", None, 7, 2, 5])
    for c in "ABCDE":
        s2[c + "1"].font = Font(bold=True)
    s2.column_dimensions["A"].width = 44
    s2.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, DBS_FILE))
    assert typo_row == 14, typo_row

    meta = dict(
        source=("Imitates the internal audit recommendations tracker a non-departmental public body "
                "reports to its Audit and Risk Assurance Committee (GIAA reports with assurance "
                "opinions, priority, agreed management action, original and revised due dates), as "
                "the Disclosure and Barring Service would keep it in 2025. Copied features: title "
                "block, audit section rows naming the report and its opinion, month-year due dates "
                "as text, a totals line and a second summary sheet."),
        reads=("A single tracker of seven audit recommendations under three audit section rows. "
               "On sheet row %d (CY-01) the revised due date reads '0ct-25' with a zero for the "
               "letter O; a careful reader would stop and ask rather than guess the month."
               % typo_row),
        outcome="refuse", refuse_at=typo_row, title=DBS_TITLE)
    write_expected(DBS_FILE, meta, [])
    return typo_row


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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Lincolnshire Housing Partnership - consumer standards improvement plan (docx)
# ---------------------------------------------------------------------------
LHP_FILE = "zzd-lincolnshire-housing-partnership-consumer-standards-improvement-plan.docx"
LHP_TITLE = "Consumer Standards Improvement Plan 2025/26"
LHP_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
              "Not started": "unrated"}
LHP_SECTIONS = [
    ("1. Safety and Quality Standard", [
        ("Gap 1.1 – We do not hold up-to-date stock condition data for around 35% of our homes, so "
         "we cannot fully evidence compliance with the Decent Homes Standard.", [
             dict(ref="1.1a", action="Complete stock condition surveys on the remaining 4,400 homes "
                                     "not surveyed in the last five years.",
                  lead="Head of Asset Management", leads=["Head of Asset Management"],
                  target="31/03/2026", end="2026-03",
                  upd="2,150 surveys completed (49%); second contractor mobilised October 2025.",
                  status="On track"),
             dict(ref="1.1b", action="Load survey data to the asset management system and report "
                                     "Decent Homes compliance to Board quarterly from the new data.",
                  lead="Head of Asset Management / Data & Systems Manager",
                  leads=["Head of Asset Management", "Data & Systems Manager"],
                  target="June 2026", end="2026-06",
                  upd="Data migration specification agreed with the system supplier.",
                  status="On track"),
         ]),
        ("Gap 1.2 – The repairs backlog (work in progress) is too high and tenants wait too long "
         "for routine repairs.", [
             dict(ref="1.2a", action="Deliver the repairs stabilisation programme to reduce work in "
                                     "progress to around 2,500 jobs.",
                  lead="Director of Property Services", leads=["Director of Property Services"],
                  target="March 2026", end="2026-03",
                  upd="Work in progress down from c.6,500 to 3,870 jobs; 14 additional maintenance "
                      "operatives recruited.",
                  status="On track"),
             dict(ref="1.2b", action="Introduce appointment booking for all routine repairs at the "
                                     "first point of contact.",
                  lead="Head of Repairs / Customer Contact Centre Manager",
                  leads=["Head of Repairs", "Customer Contact Centre Manager"],
                  target="30/09/2025 (revised 31/01/2026)", end="2026-01",
                  upd="Scheduling module live for plumbing and electrical trades; joinery and "
                      "plastering to follow.",
                  status="At risk"),
         ]),
        ("Gap 1.3 – Damp and mould cases are not consistently followed up after works are "
         "completed.", [
             dict(ref="1.3a", action="Introduce a follow-up visit six weeks after works for every "
                                     "damp and mould case, recorded on the case management system.",
                  lead="Damp & Mould Lead", leads=["Damp & Mould Lead"],
                  target="December 2025", end="2025-12",
                  upd="Follow-up visits in place from August 2025; 91% completed within six weeks "
                      "in Q2.",
                  status="Complete"),
         ]),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("Gap 2.1 – Tenants are not told clearly how their feedback and complaints have changed our "
         "services.", [
             dict(ref="2.1a", action="Publish a quarterly ‘You said, we did’ report on the website "
                                     "and in the tenant newsletter, agreed with the Customer Voice "
                                     "Panel.",
                  lead="Customer Involvement Manager", leads=["Customer Involvement Manager"],
                  target="Quarterly", end=None, end_text="Quarterly",
                  upd="First report published July 2025; second October 2025.",
                  status="On track"),
             dict(ref="2.1b", action="Carry out a tenant-led scrutiny review of complaint handling "
                                     "and report the findings to the Customer Experience Committee.",
                  lead="Customer Voice Panel Chair and Head of Customer Experience",
                  leads=["Customer Voice Panel Chair", "Head of Customer Experience"],
                  target="Q4 2025/26", end="2026-03",
                  upd="Scope agreed; review to start January 2026.",
                  status="Not started"),
         ]),
    ]),
    ("3. Neighbourhood and Community Standard", [
        ("Gap 3.1 – Anti-social behaviour cases are not always risk-assessed when they are opened, "
         "and some vulnerable victims are not identified.", [
             dict(ref="3.1a", action="Embed the ASB risk assessment matrix at case opening, with "
                                     "automatic escalation of high-risk cases to the Neighbourhood "
                                     "Team Leader.",
                  lead="Head of Neighbourhoods", leads=["Head of Neighbourhoods"],
                  target="31/10/2025 (revised 28/02/2026)", end="2026-02",
                  upd="Matrix built in the housing management system; go-live delayed by the "
                      "system upgrade.",
                  status="Off track"),
         ]),
    ]),
    ("4. Tenancy Standard", [
        ("Gap 4.1 – Tenancy sustainment support is not targeted at the tenants at greatest risk of "
         "losing their home.", [
             dict(ref="4.1a", action="Use rent arrears and vulnerability data to identify tenants "
                                     "at risk and offer a tenancy sustainment referral within 10 "
                                     "working days.",
                  lead="Income & Tenancy Sustainment Manager",
                  leads=["Income & Tenancy Sustainment Manager"],
                  target="End of January 2026", end="2026-01",
                  upd="Referral pathway agreed with Boston Borough Council and Citizens Advice.",
                  status="On track"),
         ]),
    ]),
]


def build_lhp():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Lincolnshire Housing Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(LHP_TITLE, level=0)
    doc.add_paragraph("Owner: Executive Director of Customers | Reported to: Customer Experience "
                      "Committee and Board | Version 3.1, November 2025")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(dc.rows[0].cells[c], h, bold=True)
    for row in [("2.0", "10/06/2025", "Head of Regulation & Assurance", "Approved by Board"),
                ("3.0", "09/09/2025", "Head of Regulation & Assurance", "Q1 update"),
                ("3.1", "18/11/2025", "Head of Regulation & Assurance",
                 "Q2 update; revised dates for 1.2b and 3.1a")]:
        cells = dc.add_row().cells
        for c, v in enumerate(row):
            set_cell(cells[c], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions arising from our self-assessment against the Regulator of "
        "Social Housing’s consumer standards. Each gap we identified is shown in a shaded row, "
        "with the actions that will close it beneath.")
    doc.add_paragraph(
        "Status key: Complete – action delivered and evidence provided to the Assurance team; "
        "On track – progressing within the target date; At risk – target date may be missed, "
        "mitigation in place; Off track – target date missed or will be missed; Not started.")
    actions = []
    for sec, gaps in LHP_SECTIONS:
        doc.add_heading(sec, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress update (Q2)",
                               "Status"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "B4C6E7")
        for gap, acts in gaps:
            row = t.add_row().cells
            m = row[0].merge(row[5])
            set_cell(m, gap, bold=True)
            shade(m, "E2EFDA")
            for a in acts:
                cells = t.add_row().cells
                for c, v in enumerate([a["ref"], a["action"], a["lead"], a["target"], a["upd"],
                                       a["status"]]):
                    set_cell(cells[c], v)
                actions.append(dict(ref=a["ref"], under=[sec, gap], action=a["action"],
                                    lead=a["leads"], end=a["end"], end_text=a.get("end_text"),
                                    status=LHP_STATUS[a["status"]]))
        doc.add_paragraph()
    doc.add_heading("Approval", level=2)
    ap = doc.add_table(rows=2, cols=3)
    ap.style = "Table Grid"
    for c, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(ap.rows[0].cells[c], h, bold=True)
    for c, v in enumerate(["Anthony Read", "Chair of the Board", "17/06/2025"]):
        set_cell(ap.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, LHP_FILE))

    meta = dict(
        source=("Imitates the consumer standards improvement plan a housing association takes to "
                "its customer committee and board after self-assessing against the Regulator of "
                "Social Housing's four consumer standards (April 2024), for Lincolnshire Housing "
                "Partnership (context from Boston Borough Council scrutiny minutes, "
                "https://democracy.boston.gov.uk/mgAi.aspx?ID=10719: repairs stabilisation "
                "programme, work in progress c.6,500 down towards 2,500 by March 2026). Copied "
                "features: title block, document-control table, status key as a paragraph, one "
                "section heading and table per consumer standard, each gap as a merged shaded row "
                "above its actions, original and revised target dates in one cell, an approval "
                "table at the end."),
        reads=("A Word plan with four numbered standard headings, each followed by a table; in each "
               "table a shaded 'Gap' row spans the width and the lettered actions (1.1a ...) sit "
               "beneath it. Nine actions in all, with status words defined by the key "
               "(Complete, On track, At risk, Off track, Not started)."),
        outcome="read", title=LHP_TITLE)
    write_expected(LHP_FILE, meta, actions)


# ---------------------------------------------------------------------------
# 5. Fisher Medical Centre - GP practice CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
FMC_FILE = "zzd-fisher-medical-centre-gp-cqc-inspection-action-plan.docx"
FMC_TITLE = "Fisher Medical Centre – CQC Inspection Action Plan"
FMC_BANDS = [
    ("Regulation 12 HSCA (RA) Regulations 2014 – Safe care and treatment", [
        ("The practice did not have an effective system to make sure patients prescribed "
         "high-risk medicines (including methotrexate and lithium) received the required "
         "monitoring before prescriptions were issued.", [
             dict(ref="1.1", action="Run a full search of all patients on DMARDs, lithium and "
                                    "warfarin and recall any patient who is overdue monitoring.",
                  lead="Clinical Pharmacist", leads=["Clinical Pharmacist"],
                  date="31/05/2024", end="2024-05",
                  upd="Search completed 2 May 2024; 37 patients recalled and all now monitored.",
                  rag="Blue", status="blue"),
             dict(ref="1.2", action="Add monitoring alerts to the repeat prescribing templates for "
                                    "all high-risk medicines and audit compliance monthly for six "
                                    "months.",
                  lead="Dr H Patel (Prescribing Lead) and Clinical Pharmacist",
                  leads=["Dr H Patel (Prescribing Lead)", "Clinical Pharmacist"],
                  date="30/06/2024 – 31/12/2024", end="2024-12",
                  end_text="30/06/2024 – 31/12/2024",
                  upd="Alerts live June 2024; July to September audits show 98–100% compliance.",
                  rag="Green", status="green"),
         ]),
        ("Safety alerts from the Medicines and Healthcare products Regulatory Agency (MHRA) were "
         "not always acted on.", [
             dict(ref="1.3", action="Set up a shared safety alert log, with each alert assigned to a "
                                    "named clinician and closed only when patient searches and "
                                    "actions are documented.",
                  lead="Practice Manager", leads=["Practice Manager"],
                  date="June 2024", end="2024-06",
                  upd="Log in use since 10 June 2024 and reviewed at the monthly clinical meeting.",
                  rag="Blue", status="blue"),
         ]),
    ]),
    ("Regulation 17 HSCA (RA) Regulations 2014 – Good governance", [
        ("Recruitment checks, including DBS checks and staff immunisation status, were not "
         "consistently recorded.", [
             dict(ref="2.1", action="Audit all personnel files against Schedule 3 requirements and "
                                    "obtain any missing DBS checks and immunisation records.",
                  lead="Practice Manager / HR Administrator",
                  leads=["Practice Manager", "HR Administrator"],
                  date="31/07/2024", end="2024-07",
                  upd="38 of 41 files complete; 3 awaiting occupational health records.",
                  rag="Amber", status="amber"),
         ]),
        ("The practice’s system for managing test results when the requesting GP was absent was "
         "not effective.", [
             dict(ref="2.2", action="Introduce a buddy system for test results, with the duty doctor "
                                    "reviewing any unfiled result older than 48 hours.",
                  lead="Dr K Lawson (Clinical Lead)", leads=["Dr K Lawson (Clinical Lead)"],
                  date="15/03/2024", end="2024-03",
                  upd="In place from 15 March 2024; weekly check by the Clinical Lead.",
                  rag="Blue", status="blue"),
         ]),
    ]),
    ("Areas where the provider should make improvements", [
        ("The practice should take action to improve the uptake of cervical screening.", [
             dict(ref="3.1", action="Offer Saturday morning cervical screening clinics and send text "
                                    "reminders to all non-responders.",
                  lead="Lead Practice Nurse", leads=["Lead Practice Nurse"],
                  date="March 2025", end="2025-03",
                  upd="Saturday clinics started September 2024.",
                  rag="Green", status="green"),
         ]),
        ("The practice should continue to improve telephone access for patients.", [
             dict(ref="3.2", action="Move to a cloud telephony system with call-back and queue "
                                    "position messages, and review patient feedback after three "
                                    "months.",
                  lead="Practice Manager & Patient Participation Group",
                  leads=["Practice Manager", "Patient Participation Group"],
                  date="December 2024", end="2024-12",
                  upd="Contract signed; go-live 18 November 2024.",
                  rag="Green", status="green"),
         ]),
        ("The practice should review its complaints process so that verbal complaints are recorded "
         "and learning is shared.", [
             dict(ref="3.3", action="Record verbal complaints on the complaints log and review "
                                    "themes quarterly at the practice meeting.",
                  lead="Deputy Practice Manager", leads=["Deputy Practice Manager"],
                  date="Quarterly", end=None, end_text="Quarterly",
                  upd="Not yet started – new Deputy Practice Manager starts in October 2024.",
                  rag="", status="unrated"),
         ]),
    ]),
]
RAG_HEX = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def build_fmc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(FMC_TITLE, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Fisher Medical Centre (partnership)"),
                 ("Location", "Fisher Medical Centre, Coach Street, Skipton"),
                 ("Date of inspection", "12 and 13 March 2024"),
                 ("Report published", "24 April 2024"),
                 ("Overall rating", "Requires improvement"),
                 ("Action plan owner", "Practice Manager"),
                 ("Date of this update", "30 September 2024")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("The table below sets out the action we are taking in response to the "
                      "requirement notices and the areas for improvement in the CQC report.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["CQC finding", "No.", "Action", "Responsible", "Completion date",
                           "Progress / RAG"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9E2F3")
    actions = []
    for band, findings in FMC_BANDS:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, band, bold=True)
        shade(m, "FBE4D5")
        for finding, acts in findings:
            first_row = None
            for i, a in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    first_row = cells[0]
                    set_cell(cells[0], finding)
                else:
                    first_row = first_row.merge(cells[0])
                for c, v in enumerate([a["ref"], a["action"], a["lead"], a["date"]], start=1):
                    set_cell(cells[c], v)
                pr = cells[5]
                set_cell(pr, a["upd"])
                if a["rag"]:
                    p2 = pr.add_paragraph()
                    rr = p2.add_run(a["rag"])
                    rr.bold = True
                    rr.font.size = Pt(9)
                    shade(pr, RAG_HEX[a["rag"]])
                actions.append(dict(ref=a["ref"], under=[band, finding], action=a["action"],
                                    lead=a["leads"], end=a["end"], end_text=a.get("end_text"),
                                    status=a["status"]))
            if len(acts) > 1:
                set_cell(first_row, finding)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue = completed and evidenced; Green = on track; Amber = at risk of "
                      "delay; Red = overdue. No RAG = not yet started.")
    doc.add_paragraph("Signed on behalf of the partners:")
    sg = doc.add_table(rows=2, cols=3)
    sg.style = "Table Grid"
    for c, v in enumerate(["Name", "Role", "Date"]):
        set_cell(sg.rows[0].cells[c], v, bold=True)
    for c, v in enumerate(["Dr K Lawson", "Senior Partner and Registered Manager", "30/09/2024"]):
        set_cell(sg.rows[1].cells[c], v)
    doc.save(os.path.join(HERE, FMC_FILE))

    meta = dict(
        source=("Imitates the action plan a GP partnership sends to CQC and its ICB after an "
                "inspection rated Requires improvement with requirement notices under Regulations "
                "12 and 17 and 'should' improvements (wording follows CQC GP report headings such as "
                "'Areas where the provider should make improvements'), for Fisher Medical Centre, "
                "Skipton, as such a practice would write it in 2024. Copied features: heading, "
                "practice details table, one action table with shaded regulation band rows, the CQC "
                "finding merged down beside its actions, progress text and RAG word in one shaded "
                "cell, a RAG key line and a partners' sign-off table."),
        reads=("A practice details table, then one plan table: three shaded band rows (two "
               "regulations and the should-improve area), each CQC finding in the first column "
               "beside its numbered actions 1.1-3.3. Eight actions; the RAG word sits under the "
               "progress note in a coloured cell, and the last action has no RAG (not started)."),
        outcome="read", title=FMC_TITLE)
    write_expected(FMC_FILE, meta, actions)


# ---------------------------------------------------------------------------
# 6. Northern Education Trust - internal scrutiny recommendations tracker (csv)
# ---------------------------------------------------------------------------
NET_FILE = "zzd-northern-education-trust-internal-scrutiny-recommendations-tracker.csv"
NET_TITLE = "Audit and Risk Committee – Internal Scrutiny Recommendations Tracker"
NET_STATUS = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
              "Not started": "unrated"}
NET_ROWS = [
    dict(ref="IS24-01", review="Procurement and contract management (October 2024)",
         where="Central team",
         rec="Maintain a single contracts register covering all academies, showing renewal dates "
             "and contract owners.", pri="High",
         action="Build a trust-wide contracts register in the finance system and require academies "
                "to log all contracts over £5,000.",
         lead="Head of Procurement", leads=["Head of Procurement"], target="31/03/2025",
         end="2025-03", status="On track", upd="Register built; 11 of 22 academies loaded."),
    dict(ref="IS24-02", review="Procurement and contract management (October 2024)",
         where="All academies",
         rec="Make sure three quotes are obtained and retained for purchases between £10,000 and "
             "£50,000, as required by the Financial Procedures Manual.", pri="Medium",
         action="Issue a reminder to all business managers and include quote evidence in the "
                "monthly finance dip sample.",
         lead="CFO; Academy Business Managers", leads=["CFO", "Academy Business Managers"],
         target="Jan-25", end="2025-01", status="Complete",
         upd="Reminder issued 5 November 2024; December and January dip samples compliant."),
    dict(ref="IS24-03", review="Safeguarding – single central record (November 2024)",
         where="Walbottle Academy; North Shore Academy",
         rec="Record evidence of right-to-work and overseas checks on the single central record "
             "for all staff appointed since September 2023.", pri="High",
         action="Complete a full SCR audit at each secondary academy and correct any missing "
                "entries, with a re-check by the Trust Safeguarding Lead.",
         lead="Trust Safeguarding Lead", leads=["Trust Safeguarding Lead"],
         target="Autumn term 2024", end="2024-12", end_text="Autumn term 2024", status="Complete",
         upd="Audits complete 13/12/2024; all missing entries corrected."),
    dict(ref="IS24-04", review="Safeguarding – single central record (November 2024)",
         where="All academies",
         rec="Make sure volunteers and governors are included on the single central record where "
             "required.", pri="Medium",
         action="Update the SCR template with a volunteers and governors tab, and train academy "
                "administrators in its use.",
         lead="Trust Safeguarding Lead / Governance Manager",
         leads=["Trust Safeguarding Lead", "Governance Manager"],
         target="Spring term 2025", end="2025-04", end_text="Spring term 2025",
         status="On track", upd="Template updated; training booked for 12 March."),
    dict(ref="IS24-05", review="IT and cyber security (January 2025)", where="Central team",
         rec="Enforce multi-factor authentication for all staff accounts with access to personal "
             "data.", pri="High",
         action="Roll out MFA to all staff Microsoft 365 accounts in two phases (central team, then "
                "academies).",
         lead="Director of IT", leads=["Director of IT"],
         target="Phase 1 Feb-25; Phase 2 Jun-25", end="2025-06",
         end_text="Phase 1 Feb-25; Phase 2 Jun-25", status="On track",
         upd="Phase 1 complete 10 February 2025."),
    dict(ref="IS24-06", review="IT and cyber security (January 2025)", where="Central team",
         rec="Test the restoration of backups and the business continuity arrangements at least "
             "once a year.", pri="Medium",
         action="Carry out a restore test of the MIS and finance system backups and document the "
                "results.",
         lead="Director of IT", leads=["Director of IT"], target="30/04/2025", end="2025-04",
         status="Not started", upd=""),
    dict(ref="IS24-07", review="Payroll (January 2025)", where="Central team",
         rec="Independently check payroll starters, leavers and variations before each payroll "
             "run is approved.", pri="High",
         action="Introduce a monthly exception report, reviewed and signed by the Head of Finance "
                "before payroll approval.",
         lead="Head of Finance, Payroll Manager", leads=["Head of Finance", "Payroll Manager"],
         target="28/02/2025", end="2025-02", status="At risk",
         upd="Report designed; change of payroll provider has delayed the first run to March."),
    dict(ref="IS24-08", review="Payroll (January 2025)", where="Central team",
         rec="Review access rights to the payroll system and remove leavers promptly.", pri="Low",
         action="Quarterly review of payroll system users by the Payroll Manager.",
         lead="Payroll Manager", leads=["Payroll Manager"], target="Ongoing", end=None,
         end_text="Ongoing", status="On track", upd="First review completed January 2025."),
]


def build_net():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 10
    pad = [""] * (ncol - 1)
    w.writerow(["Northern Education Trust"] + pad)
    w.writerow([NET_TITLE] + pad)
    w.writerow(["Position at 24 February 2025 – prepared by the Chief Financial Officer for the "
                "meeting of 6 March 2025"] + pad)
    w.writerow([""] * ncol)
    w.writerow(["Ref", "Review (report date)", "Academy / central", "Recommendation", "Priority",
                "Agreed management action", "Responsible officer", "Target date", "Status",
                "Update"])
    actions = []
    for x in NET_ROWS:
        w.writerow([x["ref"], x["review"], x["where"], x["rec"], x["pri"], x["action"], x["lead"],
                    x["target"], x["status"], x["upd"]])
        actions.append(dict(ref=x["ref"], under=[x["review"], x["rec"]], action=x["action"],
                            lead=x["leads"], end=x["end"], end_text=x.get("end_text"),
                            status=NET_STATUS[x["status"]]))
    w.writerow([""] * ncol)
    w.writerow(["Status key: Complete = Blue; On track = Green; At risk = Amber; Overdue = Red; "
                "Not started = no rating"] + pad)
    w.writerow(["Priority: High – fundamental control weakness; Medium – important control "
                "weakness; Low – good practice"] + pad)
    w.writerow(["Summary: 8 recommendations – 2 complete, 4 on track, 1 at risk, 1 not started"]
               + pad)
    with open(os.path.join(HERE, NET_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    meta = dict(
        source=("Imitates the internal scrutiny recommendations tracker a multi-academy trust's "
                "audit and risk committee receives under Part 3 of the Academy Trust Handbook "
                "(https://www.gov.uk/guidance/academy-trust-handbook/part-3-internal-scrutiny), "
                "exported to CSV from Excel, for Northern Education Trust in 2025. Copied features: "
                "title lines padded with commas, review name and report date repeated on every row, "
                "recommendation beside the agreed management action, priority, term-based target "
                "dates, a status key, priority key and summary line at the foot."),
        reads=("A CSV export: three title lines, a header row, eight tracker rows (IS24-01 to "
               "IS24-08) each giving the review, the internal scrutiny recommendation and the "
               "agreed action, then key and summary lines. Status words map to colours by the key "
               "at the foot."),
        outcome="read", title=NET_TITLE)
    write_expected(NET_FILE, meta, actions)


# ---------------------------------------------------------------------------
# 7. Barnsley College - quality improvement plan 2025/26 (tab-separated txt)
# ---------------------------------------------------------------------------
BC_FILE = "zzd-barnsley-college-quality-improvement-plan-2025-26.txt"
BC_TITLE = "Quality Improvement Plan 2025/26"
BC_RAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
BC_THEMES = [
    ("Curriculum and teaching", [
        ("QIP1: In a minority of study programme areas, teachers do not check learners’ "
         "understanding well enough before moving on to new topics.", [
             dict(ref="1.1", lines=["Deliver a CPD programme on checking for understanding and "
                                    "retrieval practice for all study programme teachers."],
                  lead="VP Curriculum & Quality", leads=["VP Curriculum & Quality"],
                  target="Feb-26", end="2026-02",
                  measure="90% of teachers attend; learning walks show consistent checking",
                  prog="Four of five sessions delivered; attendance 93%.", rag="G"),
             dict(ref="1.2", lines=["Introduce fortnightly learning walks focused on checking for "
                                    "understanding, with feedback and coaching for teachers",
                                    "identified as needing support (including T Level and "
                                    "apprenticeship teams)."],
                  lead="Heads of Faculty", leads=["Heads of Faculty"],
                  target="Termly", end=None, end_text="Termly",
                  measure="All identified teachers improve at follow-up walk",
                  prog="Learning walks running in all faculties since October.", rag="G"),
         ]),
    ]),
    ("Achievement", [
        ("QIP2: Too few learners on GCSE English and maths resit courses achieve grade 4 or "
         "above.", [
             dict(ref="2.1", lines=["Timetable an additional hour of maths for all resit learners "
                                    "with grade 3 prior attainment."],
                  lead="Head of English & Maths / Maths Lead Practitioner",
                  leads=["Head of English & Maths", "Maths Lead Practitioner"],
                  target="Aug-26", end="2026-08",
                  measure="Grade 4+ in maths rises from 22% to 28%",
                  prog="Extra hour timetabled; November mock results below target.", rag="A"),
             dict(ref="2.2", lines=["Use diagnostic assessment data to set individual targets in "
                                    "English and review them at each progress review."],
                  lead="Head of English & Maths", leads=["Head of English & Maths"],
                  target="31/03/2026", end="2026-03",
                  measure="100% of resit learners have diagnostic targets",
                  prog="Diagnostics complete; targets set for 88% of learners.", rag="G"),
         ]),
    ]),
    ("Attendance and behaviour", [
        ("QIP3: Attendance at English and maths lessons is below the college target of 90%.", [
             dict(ref="3.1", lines=["Introduce same-day contact with learners and parents or carers "
                                    "for any missed English or maths lesson."],
                  lead="Director of Learner Services", leads=["Director of Learner Services"],
                  target="Dec-25", end="2025-12",
                  measure="Attendance at 90% by the end of the autumn term",
                  prog="Completed – attendance 89.6% at December and rising.", rag="B"),
         ]),
    ]),
    ("Inclusion", [
        ("QIP4: Learners with high needs do not always have their EHCP outcomes reflected in "
         "their learning plans.", [
             dict(ref="4.1", lines=["Review every high needs learner’s learning plan against their "
                                    "EHCP outcomes and update targets."],
                  lead="Head of High Needs; Learning Support Managers",
                  leads=["Head of High Needs", "Learning Support Managers"],
                  target="Summer term 2026", end="2026-07", end_text="Summer term 2026",
                  measure="All learning plans reference EHCP outcomes",
                  prog="142 of 260 plans reviewed.", rag="A"),
             dict(ref="4.2", lines=["Train teaching staff to use learning plan targets in lesson "
                                    "planning and feedback."],
                  lead="Head of High Needs", leads=["Head of High Needs"],
                  target="April 2026", end="2026-04",
                  measure="Learning walks show plan targets used in lessons",
                  prog="Training postponed twice owing to staffing; no date yet.", rag="R"),
         ]),
    ]),
    ("Leadership and governance", [
        ("QIP5: Leaders’ oversight of subcontracted adult provision is not yet consistently "
         "rigorous.", [
             dict(ref="5.1", lines=["Carry out quality visits to every subcontractor each term and "
                                    "report findings to the Quality & Standards Committee."],
                  lead="Director of Adult & Community Learning / Subcontracting Compliance Officer",
                  leads=["Director of Adult & Community Learning",
                         "Subcontracting Compliance Officer"],
                  target="Ongoing – reviewed at each Q&S Committee", end=None,
                  end_text="Ongoing – reviewed at each Q&S Committee",
                  measure="Visit reports for 100% of subcontractors each term",
                  prog="Autumn term visits completed for 6 of 6 subcontractors.", rag="G"),
         ]),
    ]),
]


def build_bc():
    L = []
    L.append("Barnsley College")
    L.append(BC_TITLE)
    L.append("Informed by the Self-Assessment Report 2024/25 | Monitored by the Quality & Standards "
             "Committee | Update: January 2026")
    L.append("")
    L.append("\t".join(["Ref", "Action", "Lead(s)", "Target", "Success measure",
                        "Progress at January 2026", "RAG"]))
    actions = []
    for theme, qips in BC_THEMES:
        L.append(theme)
        for qip, acts in qips:
            L.append(qip)
            for a in acts:
                L.append("\t".join([a["ref"], a["lines"][0], a["lead"], a["target"], a["measure"],
                                    a["prog"], a["rag"]]))
                for extra in a["lines"][1:]:
                    L.append("\t".join(["", extra, "", "", "", "", ""]))
                actions.append(dict(ref=a["ref"], under=[theme, qip], action="\n".join(a["lines"]),
                                    lead=a["leads"], end=a["end"], end_text=a.get("end_text"),
                                    status=BC_RAG[a["rag"]]))
    L.append("")
    cnt = {k: sum(1 for t, q in BC_THEMES for _, acts in q for a in acts if a["rag"] == k)
           for k in "GARB"}
    L.append("RAG summary: G %d | A %d | R %d | B %d" % (cnt["G"], cnt["A"], cnt["R"], cnt["B"]))
    L.append("Key: B = complete; G = on track; A = some slippage; R = significant concern")
    with open(os.path.join(HERE, BC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")

    meta = dict(
        source=("Imitates a general FE college's in-year quality improvement plan built from its "
                "self-assessment report and monitored by the governors' quality committee, using "
                "the evaluation areas of Ofsted's renewed FE and skills framework (curriculum and "
                "teaching; achievement; attendance and behaviour; inclusion; leadership and "
                "governance), as Barnsley College would export it from Excel to tab-separated text "
                "in January 2026. Copied features: three title lines, header row, theme lines and "
                "numbered QIP area-for-improvement lines above their actions, success measure and "
                "progress columns, RAG letters, a continuation line where an action's text runs "
                "on, and a RAG summary and key at the foot."),
        reads=("A tab-separated QIP: five theme lines, each with one 'QIPn:' area for "
               "improvement and its numbered actions beneath (1.1-5.1, eight in all). Action 1.2's "
               "text continues on the next line in the Action column with the other columns empty; "
               "the foot holds a RAG summary and key, not actions."),
        outcome="read", title=BC_TITLE)
    write_expected(BC_FILE, meta, actions)


if __name__ == "__main__":
    build_bchc()
    build_np()
    build_dbs()
    build_lhp()
    build_fmc()
    build_net()
    build_bc()
    print("built 7 zzd cases in", HERE)
