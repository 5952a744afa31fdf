#!/usr/bin/env python3
"""Build the seven yu- blind cases (set heldout574) and their expected readings.

Run with /work/main/.venv/bin/python yu_make.py  (needs openpyxl, python-docx, pyyaml).
Only writes files whose names start with 'yu-'.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "hdr": "1F3864", "band": "D9E1F2", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta["outcome"],
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096)


def style_cell(c, bold=False, fg=None, color=None, border=True):
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if fg:
        c.fill = fill(fg)
    if border:
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. Dyfed-Powys Police - PEEL 2023-25 AFI improvement tracker (xlsx)
# ---------------------------------------------------------------------------
def dyfed_powys():
    name = "yu-dyfed-powys-police-peel-afi-improvement-tracker.xlsx"
    title = "Dyfed-Powys Police – PEEL 2023–2025 Areas for Improvement: Improvement Tracker"
    plan = [
        ("Responding to the public", "AFI 1",
         "The force should improve the speed at which it answers non-emergency calls and reduce the number of calls that are abandoned.",
         [
             ("1.1", "Introduce a call-back facility on the 101 line so that callers can leave their number rather than wait in the queue.",
              "Head of Contact Management", ["Head of Contact Management"],
              d(2024, 3, 31), d(2024, 6, 30), "G", "B", "2024-06",
              "Call-back live since 3 June 2024; 101 abandonment rate down from 24% to 9%."),
             ("1.2", "Review the Force Communications Centre resourcing model against demand profiles and realign call handler shift patterns.",
              "Supt Contact Management / HR Business Partner", ["Supt Contact Management", "HR Business Partner"],
              d(2024, 9, 30), d(2026, 3, 31), "A", "A", "2026-03",
              "New shift pattern consulted on; implementation delayed pending outcome of staff association consultation."),
         ]),
        ("Investigating crime", "AFI 2",
         "The force should make sure that investigations are allocated to staff with the right skills and experience, and that supervisors review investigations regularly and record their reviews.",
         [
             ("2.1", "Publish a revised Crime Allocation Policy aligned to the national crime allocation framework.",
              "Det Supt Crime Standards", ["Det Supt Crime Standards"],
              d(2024, 7, 31), None, "B", "B", "2024-07",
              "Policy published 22 July 2024 and briefed to all CID and Local Policing teams."),
             ("2.2", "Deliver supervisory review training to all sergeants and inspectors in Local Policing and CID, with dip-sampling of 50 investigations each month.",
              "Head of Learning & Development; Det Supt Crime Standards", ["Head of Learning & Development", "Det Supt Crime Standards"],
              d(2024, 12, 31), d(2025, 12, 31), "A", "G", "2025-12",
              "84% of supervisors trained. Dip-sampling embedded through the monthly Crime Standards Board."),
         ]),
        ("Protecting vulnerable people", "AFI 3",
         "The force should improve its use of Domestic Violence Protection Notices and Orders to safeguard victims of domestic abuse.",
         [
             ("3.1", "Appoint DVPN/DVPO single points of contact in each division and issue a revised decision-making guide for duty inspectors.",
              "DCI Rhian Evans", ["DCI Rhian Evans"],
              d(2024, 11, 30), None, "G", "B", "2024-11",
              "SPOCs in place in all four divisions; guide issued November 2024."),
             ("3.2", "Introduce monthly performance reporting on DVPN applications, breaches and outcomes to the Vulnerability Board.",
              "Head of Performance & Insight", ["Head of Performance & Insight"],
              d(2025, 3, 31), d(2026, 1, 31), "G", "R", "2026-01",
              "Reporting delayed by data quality issues in Niche RMS; revised date at risk. Escalated to DCC."),
         ]),
        ("Building, supporting and protecting the workforce", "AFI 4",
         "The force should make sure that it understands the wellbeing needs of its workforce and that supervisors have the time and training to support them.",
         [
             ("4.1", "Complete the Oscar Kilo wellbeing self-assessment and publish a force wellbeing action plan.",
              "Head of People Services", ["Head of People Services"],
              d(2024, 5, 31), None, "B", "B", "2024-05",
              "Self-assessment completed; Wellbeing Action Plan 2024–26 published on the intranet."),
             ("4.2", "Introduce protected time for first-line supervisors to hold quarterly wellbeing conversations, recorded on the PDR system.",
              "Ch Supt Territorial Policing", ["Ch Supt Territorial Policing"],
              d(2025, 3, 31), d(2026, 3, 31), "A", "A", "2026-03",
              "Pilot in Carmarthenshire division complete; force-wide roll-out linked to new PDR system go-live."),
         ]),
    ]
    rag_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "OFFICIAL"
    cov["A4"] = "Owner:"
    cov["B4"] = "Deputy Chief Constable"
    cov["A5"] = "Governance:"
    cov["B5"] = "Force Improvement Board (monthly); Joint Audit Committee (quarterly)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", d(2024, 1, 15), "Strategic Planning & Insight", "Tracker created following publication of the PEEL 2023–2025 report"),
          ("1.4", d(2025, 5, 20), "Strategic Planning & Insight", "Revised dates agreed at Force Improvement Board"),
          ("1.6", d(2025, 11, 10), "Strategic Planning & Insight", "October 2025 position")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            style_cell(c, bold=(i == 0), fg=FILL["grey"] if i == 0 else None)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (16, 14, 30, 70)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 October 2025 – reported to Force Improvement Board, 18 November 2025"
    hdr = ["AFI ref", "Area for improvement", "Action ref", "Action", "Action owner",
           "Original target date", "Revised target date", "Previous RAG", "Current RAG",
           "Progress update (October 2025)"]
    for j, h in enumerate(hdr):
        style_cell(ws.cell(row=4, column=1 + j, value=h), bold=True, fg=FILL["hdr"], color="FFFFFF")
    r = 5
    actions = []
    for pillar, afi_ref, afi_text, acts in plan:
        ws.cell(row=r, column=1, value=pillar)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        style_cell(ws.cell(row=r, column=1), bold=True, fg=FILL["band"])
        r += 1
        first = r
        for (ref, text, owner, lead, orig, rev, prev, cur, end, prog) in acts:
            vals = [None, None, ref, text, owner, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                style_cell(c)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(FILL[prev])
            ws.cell(row=r, column=9).fill = fill(FILL[cur])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            actions.append({"ref": ref, "under": [pillar, afi_text], "action": text,
                            "lead": lead, "end": end, "status": rag_word[cur]})
            r += 1
        ws.cell(row=first, column=1, value=afi_ref)
        ws.cell(row=first, column=2, value=afi_text)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    counts = {}
    for _, _, _, acts in plan:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    summary = [("Total actions", sum(counts.values())), ("Complete (B)", counts.get("B", 0)),
               ("On track (G)", counts.get("G", 0)), ("At risk (A)", counts.get("A", 0)),
               ("Off track (R)", counts.get("R", 0))]
    for k, v in summary:
        r += 1
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=v)
    for col, w in zip("ABCDEFGHIJ", (9, 45, 9, 55, 30, 13, 13, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
            ("B", "Complete – action delivered and evidence accepted by Force Improvement Board"),
            ("G", "On track to deliver by the target date"),
            ("A", "At risk – some slippage, revised date agreed"),
            ("R", "Off track – escalated to the Deputy Chief Constable")]):
        c = key.cell(row=3 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        key.cell(row=3 + i, column=2, value=txt)
    key.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Welsh police force's tracker of HMICFRS PEEL 2023–2025 areas for improvement as reported to a Force Improvement Board / Joint Audit Committee (Dyfed-Powys Police, 2025; modelled on HMICFRS PEEL AFI wording at hmicfrs.justiceinspectorates.gov.uk and force JAC tracker appendices). Copies: cover sheet with owner, governance and a document-control table; PEEL question rows merged across the sheet; AFI ref and AFI text vertically merged over their actions; original and revised target dates as real dates; previous and current RAG as letters on coloured fills; RAG key on its own sheet; summary block under the table.",
        "reads": "A three-sheet workbook; the plan is the 'AFI Tracker' sheet, where four PEEL areas each carry one HMICFRS area for improvement with two numbered actions, an owner, original and revised dates, and a previous and current RAG. The cover's document-control table, the summary counts and the key are not actions.",
        "outcome": "read",
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 2. Ceredigion County Council - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def ceredigion():
    name = "yu-ceredigion-county-council-corporate-risk-register-2025-26.xlsx"
    title = "Ceredigion County Council – Corporate Risk Register 2025/26"
    STAT = {"Complete": ("B", "blue"), "On track": ("G", "green"), "Delayed": ("A", "amber"),
            "Off track": ("R", "red"), "Not started": (None, "unrated")}
    risks = [
        ("CR01 Financial resilience",
         "Cause: continuing cost and demand pressures and uncertainty over future Welsh Government settlements.\nEvent: the Council is unable to set a balanced budget over the medium term.\nEffect: unplanned reductions in services and unsustainable use of reserves.",
         "Chief Executive", "5 x 5 = 25",
         "Medium Term Financial Plan; monthly budget monitoring to Leadership Group; reserves strategy; Cabinet budget workshops.",
         "4 x 5 = 20", "R",
         [
             ("Refresh the Medium Term Financial Plan for 2026/27 to 2028/29 and present it to Cabinet.",
              "Corporate Lead Officer: Finance and Procurement", ["Corporate Lead Officer: Finance and Procurement"],
              d(2025, 12, 31), "2025-12", None, "On track", "Draft MTFP reported to Leadership Group on 17 September 2025."),
             ("Deliver the 2025/26 savings programme and report progress against each saving quarterly.",
              "Leadership Group", ["Leadership Group"],
              "Mar-26", "2026-03", None, "Delayed", "£1.2m of £3.4m savings at risk; mitigations being identified."),
             ("Complete the corporate review of fees and charges and bring proposals to Cabinet.",
              "Corporate Lead Officer: Finance and Procurement", ["Corporate Lead Officer: Finance and Procurement"],
              "Q3 2025/26", "2025-12", None, "Not started", "Scheduled to start October 2025."),
         ]),
        ("CR02 Recruitment and retention",
         "Cause: national shortages in social care, planning and specialist professional roles; rural location.\nEvent: the Council cannot recruit or retain staff with the necessary skills.\nEffect: statutory services are disrupted and reliance on agency staff increases.",
         "Corporate Lead Officer: People and Organisation", "4 x 4 = 16",
         "Workforce Plan 2022–2027; market supplements policy; agile working policy.",
         "4 x 3 = 12", "A",
         [
             ("Launch the Grow Your Own social care trainee scheme with Coleg Ceredigion.",
              "Corporate Lead Officer: People and Organisation; Corporate Lead Officer: Porth Gofal",
              ["Corporate Lead Officer: People and Organisation", "Corporate Lead Officer: Porth Gofal"],
              "Sep-25", "2025-09", None, "Complete", "First cohort of 12 trainees started 8 September 2025."),
             ("Implement the workforce plan actions on succession planning for Corporate Lead Officer and Corporate Manager posts.",
              "Corporate Lead Officer: People and Organisation", ["Corporate Lead Officer: People and Organisation"],
              d(2026, 3, 31), "2026-03", None, "On track", "Succession plans agreed for 60% of roles."),
         ]),
        ("CR03 Cyber security",
         "Cause: increasing sophistication of cyber attacks on the public sector.\nEvent: a successful cyber attack or data breach.\nEffect: loss of systems and data, disruption to services, financial and reputational damage.",
         "Corporate Lead Officer: Customer Contact", "5 x 5 = 25",
         "Firewalls and endpoint protection; mandatory cyber training; Public Services Network compliance; offline backups.",
         "3 x 5 = 15", "R",
         [
             ("Achieve Cyber Essentials Plus accreditation.",
              "Head of ICT and Digital", ["Head of ICT and Digital"],
              "Jan-26", "2026-01", None, "On track", "External assessment booked for December 2025."),
             ("Run phishing simulation exercises for all staff and elected members and report the results to Leadership Group.",
              "Head of ICT and Digital", ["Head of ICT and Digital"],
              "Ongoing", None, "Ongoing", "On track", "Quarterly exercise run in August 2025; click rate 6%."),
         ]),
        ("CR04 Climate change and net zero",
         "Cause: the climate and nature emergencies and the Council's target to be net zero by 2030.\nEvent: the Council does not adapt its services and assets or reduce its emissions.\nEffect: damage to assets and communities from flooding and coastal erosion; net zero target missed.",
         "Corporate Lead Officer: Economy and Regeneration", "4 x 4 = 16",
         "Net Zero and Carbon Reduction Action Plan; Climate Change Board; Local Flood Risk Management Strategy.",
         "3 x 4 = 12", "A",
         [
             ("Publish the updated Net Zero Action Plan 2025–2030.",
              "Corporate Lead Officer: Economy and Regeneration", ["Corporate Lead Officer: Economy and Regeneration"],
              d(2025, 6, 30), "2025-06", None, "Complete", "Approved by Cabinet on 1 July 2025 and published."),
             ("Complete flood risk assessments for the Council's critical sites in Aberystwyth and Cardigan.",
              "Corporate Lead Officer: Highways and Environmental Services", ["Corporate Lead Officer: Highways and Environmental Services"],
              "Mar-26", "2026-03", None, "Off track", "Consultant appointment delayed; procurement to be re-run."),
         ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary of corporate risks – Quarter 2 2025/26"
    hdr = ["Risk", "Risk owner", "Q1 residual score", "Q2 residual score", "Direction of travel"]
    for j, h in enumerate(hdr):
        style_cell(sm.cell(row=4, column=1 + j, value=h), bold=True, fg=FILL["grey"])
    q1 = {"CR01": 20, "CR02": 16, "CR03": 15, "CR04": 12}
    q2 = {"CR01": 20, "CR02": 12, "CR03": 15, "CR04": 12}
    trend = {"CR01": "No change", "CR02": "Improving", "CR03": "No change", "CR04": "No change"}
    for i, rk in enumerate(risks):
        cid = rk[0][:4]
        for j, v in enumerate([rk[0], rk[2], q1[cid], q2[cid], trend[cid]]):
            style_cell(sm.cell(row=5 + i, column=1 + j, value=v))
    for col, w in zip("ABCDE", (36, 48, 16, 16, 18)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 2 review (position at 30 September 2025) – Governance and Audit Committee, 26 November 2025"
    hdr = ["Risk", "Risk description (cause / event / effect)", "Risk owner", "Inherent score (L x I)",
           "Current controls", "Residual score (L x I)", "Further actions to mitigate the risk",
           "Action owner", "Due by", "Action status", "Q2 update"]
    for j, h in enumerate(hdr):
        style_cell(ws.cell(row=4, column=1 + j, value=h), bold=True, fg="006B54", color="FFFFFF")
    r = 5
    actions = []
    for (rname, desc, owner, inh, ctrl, res, resc, acts) in risks:
        first = r
        for (text, aown, lead, due, end, end_text, stat, upd) in acts:
            vals = [None] * 6 + [text, aown, due, stat, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                style_cell(c)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            code, word = STAT[stat]
            if code:
                ws.cell(row=r, column=10).fill = fill(FILL[code])
            a = {"ref": None, "under": [rname], "action": text, "lead": lead, "end": end, "status": word}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
        for j, v in enumerate([rname, desc, owner, inh, ctrl, res]):
            ws.cell(row=first, column=1 + j, value=v)
            ws.merge_cells(start_row=first, start_column=1 + j, end_row=r - 1, end_column=1 + j)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=6).fill = fill(FILL[resc])
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for i, (k, code) in enumerate([("Complete", "B"), ("On track", "G"), ("Delayed", "A"),
                                   ("Off track", "R"), ("Not started", None)]):
        c = ws.cell(row=r, column=2 + i, value=k)
        if code:
            c.fill = fill(FILL[code])
    for col, w in zip("ABCDEFGHIJK", (24, 48, 24, 12, 40, 12, 50, 34, 12, 12, 42)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sk = wb.create_sheet("Scoring key")
    sk["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    sk["A1"].font = Font(bold=True)
    rows = [("Score", "Rating"), ("15–25", "High"), ("8–12", "Medium"), ("1–6", "Low")]
    for i, (a_, b_) in enumerate(rows):
        sk.cell(row=3 + i, column=1, value=a_)
        sk.cell(row=3 + i, column=2, value=b_)
    sk.cell(row=4, column=2).fill = fill(FILL["R"])
    sk.cell(row=5, column=2).fill = fill(FILL["A"])
    sk.cell(row=6, column=2).fill = fill(FILL["G"])
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Welsh county council corporate risk register appendix to its Governance and Audit Committee (Ceredigion County Council, Q2 2025/26; layout after Welsh council CRR appendices). Copies: a summary sheet of risks with owners and scores before the register; cause/event/effect descriptions; inherent and residual L x I scores with colour fill; risk columns vertically merged over several further-action rows; Corporate Lead Officer job titles as owners; due dates mixing real dates, Mon-YY, a financial quarter and 'Ongoing'; action status words on coloured fills with a status key under the table.",
        "reads": "The register sheet lists four corporate risks; each risk carries two or three further mitigating actions with an action owner, a due date and an action status. The summary sheet, scores, controls and keys are not actions; the actions have no refs and sit under their risk.",
        "outcome": "read",
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 3. Cowbridge Comprehensive School - Estyn PIAP (xlsx)
# ---------------------------------------------------------------------------
def cowbridge():
    name = "yu-cowbridge-comprehensive-school-estyn-post-inspection-action-plan.xlsx"
    title = "Cowbridge Comprehensive School – Post-Inspection Action Plan (Estyn inspection, March 2024)"
    recs = [
        ("R1 Strengthen the quality of teaching and assessment so that all pupils, including the more able, are consistently challenged to make strong progress",
         [
             ("1.1", "Launch a whole-school professional learning programme on questioning and feedback, led by the Teaching and Learning Group.",
              "Regular lesson visits show effective questioning in most lessons.",
              "DHT (Teaching & Learning)", ["DHT (Teaching & Learning)"], "Autumn term 2024", "2024-12", None, "G", "blue"),
             ("1.2", "Introduce termly departmental book looks and learning walks focused on challenge for more able pupils.",
              "Book looks show more able pupils completing extended, challenging tasks.",
              "Heads of Faculty", ["Heads of Faculty"], "Autumn term 2024 – Summer term 2025", "2025-07", None, "A", "amber"),
             ("1.3", "Revise the assessment and feedback policy so that pupils act on feedback during ‘purple pen’ improvement time.",
              "Pupils’ books show that they respond to feedback and improve their work.",
              "AHT Curriculum / Heads of Faculty", ["AHT Curriculum", "Heads of Faculty"], "Spring term 2025", "2025-04", None, "G", "blue"),
         ]),
        ("R2 Improve the attendance of pupils, particularly those eligible for free school meals",
         [
             ("2.1", "Appoint a family engagement officer to work with the families of pupils eligible for FSM whose attendance is below 90%.",
              "Attendance of eFSM pupils rises by 3 percentage points.",
              "Headteacher", ["Headteacher"], "September 2024", "2024-09", None, "G", "blue"),
             ("2.2", "Hold weekly attendance panels for each year group and track persistent absentees with the Education Welfare Service.",
              "Persistent absence falls below 15%.",
              "AHT (Wellbeing) & Attendance Officer", ["AHT (Wellbeing)", "Attendance Officer"], "Ongoing", None, "Ongoing", "A", "amber"),
             ("2.3", "Review rewards for improved attendance with the School Council and launch the revised scheme.",
              "Pupil voice shows pupils value the rewards scheme.",
              "Mrs S Price & Mr D Rees", ["Mrs S Price", "Mr D Rees"], "Summer term 2025", "2025-07", None, None, "unrated"),
         ]),
        ("R3 Refine self-evaluation and improvement planning so that leaders focus sharply on the impact of provision on pupils’ progress and skills",
         [
             ("3.1", "Align the school development plan priorities directly to the Estyn recommendations, with measurable outcomes for pupils.",
              "SDP approved by governors with clear success criteria.",
              "Headteacher / Chair of Governors", ["Headteacher", "Chair of Governors"], "July 2024", "2024-07", None, "G", "blue"),
             ("3.2", "Establish a quality assurance calendar that triangulates lesson observations, work scrutiny and pupil voice.",
              "Self-evaluation reports draw on first-hand evidence from all three sources.",
              "SLT", ["SLT"], "Autumn term 2024", "2024-12", None, "A", "amber"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Approved by the Governing Body: 2 July 2024  |  Reviewed termly by the Standards and Curriculum Committee  |  RAG updated July 2025"
    hdr = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "Monitoring", "RAG (July 2025)"]
    for j, h in enumerate(hdr):
        style_cell(ws.cell(row=4, column=1 + j, value=h), bold=True, fg="7030A0", color="FFFFFF")
    r = 5
    actions = []
    for rec, acts in recs:
        ws.cell(row=r, column=1, value=rec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        style_cell(ws.cell(row=r, column=1), bold=True, fg="E4DFEC")
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, sc, leadtxt, lead, ts, end, end_text, rag, status) in acts:
            vals = [ref, text, sc, leadtxt, ts, "SLT link / Standards and Curriculum Committee", None]
            for j, v in enumerate(vals):
                style_cell(ws.cell(row=r, column=1 + j, value=v))
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            a = {"ref": ref, "under": [rec], "action": text, "lead": lead, "end": end, "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (code, txt) in enumerate([("G", "Achieved – evidence of impact"), ("A", "In progress"),
                                      ("R", "Not on track"), (None, "Not yet started")]):
        c = ws.cell(row=r + 1 + i, column=1)
        c.border = BOX
        if code:
            c.fill = fill(FILL[code])
        ws.cell(row=r + 1 + i, column=2, value=txt)
    for col, w in zip("ABCDEFG", (8, 55, 40, 26, 24, 30, 14)):
        ws.column_dimensions[col].width = w

    es = wb.create_sheet("Estyn recommendations")
    es["A1"] = "Estyn inspection report – Cowbridge Comprehensive School (published May 2024)"
    es["A1"].font = Font(bold=True)
    es["A3"] = "Recommendations"
    for i, (rec, _) in enumerate(recs):
        es.cell(row=4 + i, column=1, value=rec)
    es["A8"] = "What happens next: the school will draw up an action plan to show how it is going to address the recommendations."
    es.column_dimensions["A"].width = 120
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Welsh secondary school's post-inspection action plan kept in Excel after an Estyn core inspection (Cowbridge Comprehensive School, Vale of Glamorgan, 2024–25; layout after Estyn PIAP guidance and school PIAPs). Copies: title and governing-body approval lines; Estyn recommendation rows (R1–R3) merged across the table; numbered actions with success criteria, lead, timescale in school terms and a monitoring column; RAG shown only by cell fill; a RAG key under the table in which green means achieved; a second sheet restating the recommendations.",
        "reads": "Eight actions under three Estyn recommendations, each with a lead and a term or month as timescale. The RAG column has no words, only fills, and the key beneath says green = achieved (so green cells are complete), amber = in progress and an empty cell = not yet started. The recommendations sheet repeats the headings and holds no actions.",
        "outcome": "read",
        "title": title,
    }, actions)


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


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)


# ---------------------------------------------------------------------------
# 4. Cambridge House Grammar School - ETI action plan (docx)
# ---------------------------------------------------------------------------
def cambridge_house():
    name = "yu-cambridge-house-grammar-school-eti-inspection-action-plan.docx"
    title = "Cambridge House Grammar School – Action Plan in response to the ETI Inspection (November 2023)"
    afis = [
        ("Area for improvement 1",
         "To embed consistently the effective practice in assessment for learning so that all pupils know how to improve their work.",
         [
             ("1", "Agree a whole-school feedback framework, with departmental exemplars, through the Teaching and Learning Working Group.",
              "Vice-Principal (Curriculum)", ["Vice-Principal (Curriculum)"], "June 2024", "2024-06", None, "Achieved", "blue",
              "Framework launched at staff development day, 26 August 2024."),
             ("2", "Carry out termly work scrutiny in each department and share the findings with Heads of Department.",
              "Senior Leadership Team", ["Senior Leadership Team"], "Termly", None, "Termly", "Green", "green",
              "Scrutiny completed in Terms 1 and 2; Term 3 scrutiny under way."),
             ("3", "Provide professional learning for early career teachers on effective questioning.",
              "Mrs J McAllister", ["Mrs J McAllister"], "December 2024", "2024-12", None, "Achieved", "blue",
              "Three workshops delivered; peer observations completed."),
         ]),
        ("Area for improvement 2",
         "To develop further the use of data at departmental level to identify and address underachievement, particularly at key stage 3.",
         [
             ("1", "Introduce a key stage 3 tracking system with four data points a year, linked to the SIMS assessment module.",
              "Data Manager / Vice-Principal (Pastoral)", ["Data Manager", "Vice-Principal (Pastoral)"], "September 2024", "2024-09", None, "Achieved", "blue",
              "Tracking in place for Years 8 to 10."),
             ("2", "Hold intervention review meetings after each data point to agree support for pupils identified as underachieving.",
              "Heads of Year 8–10", ["Heads of Year 8–10"], "March 2025", "2025-03", None, "Amber", "amber",
              "Meetings held after data points 1 and 2; recording of agreed support is inconsistent."),
             ("3", "Report key stage 3 progress to the Board of Governors’ Curriculum Committee each term.",
              "Principal", ["Principal"], "June 2025", "2025-06", None, "Green", "green",
              "Reports presented November 2024 and March 2025."),
         ]),
        ("Area for improvement 3",
         "To ensure that the preventative curriculum is planned coherently across the school, taking account of the pupils’ views.",
         [
             ("1", "Audit the preventative curriculum across LLW, RE and the pastoral programme and map any gaps.",
              "Head of Learning for Life and Work", ["Head of Learning for Life and Work"], "October 2024", "2024-10", None, "Achieved", "blue",
              "Audit completed; map shared with staff."),
             ("2", "Survey pupils in each year group on the relevance of the preventative curriculum and act on the findings.",
              "Pastoral Co-ordinator & Pupil Council Link Teacher", ["Pastoral Co-ordinator", "Pupil Council Link Teacher"], "May 2025", "2025-05", None, "Red", "red",
              "Survey postponed; to be completed in September 2025."),
         ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Prepared by the Senior Leadership Team and approved by the Board of Governors on 20 February 2024. Progress updated June 2025.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Note"]):
        set_text(c, h, bold=True)
    for row in [("1.0", "20/02/2024", "Principal", "Approved by the Board of Governors"),
                ("1.2", "18/11/2024", "Vice-Principal (Curriculum)", "Term 1 progress update"),
                ("1.3", "16/06/2025", "Vice-Principal (Curriculum)", "End-of-year progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("The ETI inspection report identified the areas for improvement below. Each is set out with the actions the school will take.")
    doc.add_paragraph("RAG: Green – on track; Amber – some delay; Red – significant concern; Achieved – action complete.")
    actions = []
    for head, text, acts in afis:
        doc.add_paragraph(head, style="Heading 2")
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "RAG", "Progress (June 2025)"]):
            set_text(c, h, bold=True)
            shade(c, "DEEAF6")
        for (no, atext, leadtxt, lead, ts, end, end_text, rag, status, prog) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [no, atext, leadtxt, ts, rag, prog]):
                set_text(c, v)
            a = {"ref": no, "under": [text], "action": atext, "lead": lead, "end": end, "status": status}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
        doc.add_paragraph("")
    doc.add_paragraph("Signed", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Principal", "Chair of the Board of Governors", "Date"]):
        set_text(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Dr A Wilson", "Mr K Adair", "20/02/2024"]):
        set_text(c, v)
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Northern Ireland grammar school's Board of Governors action plan responding to the areas for improvement in an ETI inspection report (Cambridge House Grammar School, Ballymena, 2024–25; layout after ETI 'inspection outcome and what happens next' guidance and school action plans). Copies: title and approval line; a document-control table; a RAG legend line; one Word table per area for improvement, each under a heading 'Area for improvement N' with the ETI wording as a paragraph; numbering restarting at 1 in each table; RAG words including 'Achieved'; a sign-off table at the end.",
        "reads": "Three areas for improvement, each followed by its own table of two or three numbered actions with lead, timescale, RAG word and a June 2025 progress note. The document-control and signature tables hold no actions; 'Achieved' means complete and 'Termly' has no end month.",
        "outcome": "read",
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 5. South Lanarkshire Council - McClymont House care home, Care Inspectorate (docx)
# ---------------------------------------------------------------------------
def mcclymont():
    name = "yu-south-lanarkshire-council-mcclymont-house-care-inspectorate-improvement-plan.docx"
    title = "McClymont House Care Home, Lanark: Improvement Plan following Care Inspectorate inspection (11–13 February 2025)"
    RAGHEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    kqs = [
        ("Key Question 1: How well do we support people’s wellbeing?",
         [
             ("Requirement 1: By 30 April 2025, the provider must ensure that people receive their medication as prescribed, that medication administration records are accurate and that protocols are in place for all ‘as required’ medication.",
              [
                  ("Carry out a full audit of all Medication Administration Records (MAR) and address every gap with the staff member concerned.",
                   "Depute Manager", ["Depute Manager"], "By 31 March 2025", "2025-03", None, "blue"),
                  ("Introduce PRN protocols for every resident prescribed ‘as required’ medication, reviewed monthly by the senior on shift.",
                   "Senior Carers / Unit Manager", ["Senior Carers", "Unit Manager"], "30 April 2025", "2025-04", None, "blue"),
                  ("Complete medication competency assessments for all senior carers.",
                   "Lorraine Hastie", ["Lorraine Hastie"], "30 September 2025", "2025-09", None, "green"),
              ]),
             ("Area for improvement 1: To support people’s wellbeing, the provider should ensure that people have regular opportunities to take part in meaningful activity, both inside and outside the home.",
              [
                  ("Recruit a second activity co-ordinator so that activities are available seven days a week.",
                   "Care Home Manager", ["Care Home Manager"], "August 2025", "2025-08", None, "amber"),
                  ("Record each resident’s participation in activities in their personal plan and review it at monthly key worker sessions.",
                   "Key workers", ["Key workers"], "Ongoing – reviewed monthly", None, "Ongoing – reviewed monthly", "green"),
              ]),
         ]),
        ("Key Question 2: How good is our leadership?",
         [
             ("Requirement 2: By 30 June 2025, the provider must ensure that quality assurance processes are effective in identifying and addressing areas for improvement.",
              [
                  ("Implement the Social Work Resources quality assurance framework, including monthly manager audits of personal plans, falls and wound care.",
                   "Care Home Manager / Service Manager", ["Care Home Manager", "Service Manager"], "30 June 2025", "2025-06", None, "blue"),
                  ("Produce a service improvement plan that is shared with residents, relatives and staff and reviewed at quarterly relatives’ meetings.",
                   "Fiona Baird", ["Fiona Baird"], "31 May 2025", "2025-05", None, "red"),
              ]),
         ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("South Lanarkshire Council – Social Work Resources (South Lanarkshire Health and Social Care Partnership)")
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "McClymont House – Care Home Service (older people)"),
                 ("Registered manager", "Lorraine Hastie"),
                 ("Care Inspectorate grades", "KQ1 – 3 Adequate; KQ2 – 3 Adequate; KQ3 – 4 Good; KQ4 – 4 Good; KQ5 – 3 Adequate"),
                 ("Plan updated", "30 June 2025")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – at risk of delay; Red – overdue.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Requirement / Area for improvement", "Action to be taken",
                                       "Responsible person", "Timescale", "RAG"]):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")
    actions = []
    for kq, reqs in kqs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_text(m, kq, bold=True)
        shade(m, "E7E6E6")
        for req, acts in reqs:
            first = None
            for (text, leadtxt, lead, ts, end, end_text, status) in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = cells[0]
                set_text(cells[1], text)
                set_text(cells[2], leadtxt)
                set_text(cells[3], ts)
                set_text(cells[4], "")
                shade(cells[4], RAGHEX[status])
                last = cells[0]
                a = {"ref": None, "under": [kq, req], "action": text, "lead": lead, "end": end, "status": status}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
            merged = first.merge(last) if last is not first else first
            set_text(merged, req)
    doc.add_paragraph("")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_text(t.cell(0, 0), "Completed by", bold=True)
    set_text(t.cell(0, 1), "Lorraine Hastie, Registered Manager")
    set_text(t.cell(1, 0), "Agreed by", bold=True)
    set_text(t.cell(1, 1), "Fiona Baird, Service Manager (Care Homes) – 30 June 2025")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Scottish council care home's improvement plan after a Care Inspectorate inspection (South Lanarkshire Council, McClymont House, Lanark, 2025; layout after Care Inspectorate reports' requirements and areas for improvement under key questions). Copies: department line and title; a service-details table with grades; a RAG legend; one table with key-question rows merged across, each requirement or area for improvement (with its inspectors' wording and deadline) vertically merged beside its actions; responsible person as post or name; timescales as dates, months and 'Ongoing – reviewed monthly'; RAG shown only by cell shading; a sign-off table.",
        "reads": "Seven actions answering two requirements and one area for improvement, grouped under Key Questions 1 and 2. Each action's RAG cell is empty but shaded (blue, green, amber, red as the legend says). The service-details and sign-off tables hold no actions.",
        "outcome": "read",
        "title": title,
    }, actions)


# ---------------------------------------------------------------------------
# 6. NHS Ayrshire & Arran - annual audit report action plan tracker (csv, refuse)
# ---------------------------------------------------------------------------
def ayrshire_arran():
    name = "yu-nhs-ayrshire-arran-annual-audit-report-2024-25-action-plan-tracker-typo-month-refuse.csv"
    title = "NHS Ayrshire & Arran – Annual Audit Report 2024/25: Action Plan Tracker"
    n = 9
    rows = [
        [title] + [""] * (n - 1),
        ["Audit and Risk Committee – 8 December 2025"] + [""] * (n - 1),
        ["Source: Audit Scotland, 2024/25 Annual Audit Report to the Board and the Auditor General for Scotland (Appendix 1 – Action plan)"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
         "Agreed date", "Revised date", "Status", "Progress update"],
        ["2024/25 recommendations"] + [""] * (n - 1),
        ["1", "Financial sustainability",
         "The Board should develop a recurring savings plan that closes the underlying deficit over the medium term.",
         "A three-year financial recovery plan will be presented to the Board, identifying recurring savings schemes and their delivery risk.",
         "Director of Finance", "31 March 2026", "", "Amber", "Draft plan considered by Performance Governance Committee, November 2025."],
        ["2", "Supplementary staffing",
         "Management should strengthen controls over the use of agency and bank staff, including approval of off-framework agency use.",
         "Executive-level approval will be required for all off-framework agency shifts, with monthly reporting to the Performance Governance Committee.",
         "Nurse Director / Director of People", "30 September 2025", "31 December 2025", "Green", "Approval process live; reporting from January 2026."],
        ["3", "Best Value",
         "The Board should complete and report a self-assessment against the Scottish Government Best Value guidance.",
         "A Best Value self-assessment will be completed and reported to the Audit and Risk Committee.",
         "Director of Transformation and Sustainability", "31 January 2026", "", "Green", "Self-assessment template issued to directorates."],
        ["4", "Fixed asset register",
         "Management should verify the existence of equipment on the fixed asset register and remove disposed assets.",
         "Estates and Finance will complete a verification exercise for all equipment over £5,000 held on the asset register.",
         "Head of Financial Services; Director of Infrastructure and Support Services", "30 November 2025", "Febuary 2026", "Amber",
         "Verification 70% complete; remaining sites at University Hospital Crosshouse."],
        ["5", "Payroll – leavers",
         "Management should ensure that leavers are processed promptly to avoid salary overpayments.",
         "A monthly reconciliation of eESS leaver notifications to payroll will be introduced, with overpayments recovered within three months.",
         "Head of Payroll", "31 August 2025", "", "Complete", "Reconciliation in place since August 2025."],
        ["Prior year recommendations (follow-up)"] + [""] * (n - 1),
        ["b/f 1", "Digital strategy (2023/24)",
         "The Board should refresh its digital strategy and support it with a costed delivery plan.",
         "The Digital Health and Care Strategy will be refreshed with a costed delivery plan.",
         "Director of Digital Services", "31 March 2025", "30 June 2026", "Red", "Strategy refresh paused pending national digital front door decisions."],
        ["b/f 2", "Performance reporting (2023/24)",
         "The Board performance report should include trend data and benchmarking against other NHS boards.",
         "The Board performance report will be revised to include trend data and NHS Scotland benchmarking.",
         "Head of Performance", "30 June 2025", "", "Complete", "Revised report format in use from June 2025."],
        [""] * n,
        ["Status key: Complete = implemented; Green = on track for agreed/revised date; Amber = revised date agreed; Red = behind revised date"] + [""] * (n - 1),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    # refuse_at: the text line holding the mistyped month (no field contains a line break)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    line_no = next(i + 1 for i, ln in enumerate(lines) if "Febuary" in ln)
    assert line_no == 10, line_no

    write_expected(name, {
        "source": "Imitates a Scottish health board's tracker of the external auditor's annual audit report action plan, exported to CSV for the Audit and Risk Committee (NHS Ayrshire & Arran, 2024/25 Annual Audit Report by Audit Scotland; layout after Audit Scotland annual audit report 'Appendix 1 – Action plan' and board follow-up trackers). Copies: title, committee and source lines; issue/risk, recommendation and agreed management action columns; responsible officer posts (two joined by '/' or ';'); agreed and revised dates; RAG words and 'Complete'; a section row for prior-year recommendations with b/f refs; a status key line at the end.",
        "reads": "Five agreed management actions from the 2024/25 annual audit report and two brought-forward ones from 2023/24, each with a responsible officer, agreed date, revised date and status. On line 10 (ref 4, fixed asset register) the revised date reads 'Febuary 2026', a mistyped month in the end cell, so a careful reader stops and asks before taking the dates in.",
        "outcome": "refuse",
        "refuse_at": line_no,
        "title": title,
    }, None)


# ---------------------------------------------------------------------------
# 7. Glenabbey Manor Care Home - RQIA QIP tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def glenabbey():
    name = "yu-glenabbey-manor-care-home-rqia-care-inspection-qip-tracker.txt"
    title = "Glenabbey Manor Care Home, Newtownabbey – Quality Improvement Plan (QIP) tracker: RQIA unannounced care inspection, 9 July 2025"
    sec1 = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    sec2 = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    plan = [
        (sec1, [
            ("AFI 1", "Regulation 13 (7)", "First time",
             "The registered person shall ensure that the infection prevention and control issues identified during this inspection are managed to minimise the risk and spread of infection.",
             [
                 ("1.1", "Replace the damaged bed rail bumpers and the two identified lounge chairs with items that have impermeable coverings.",
                  "Home Manager", ["Home Manager"], "31/08/2025", "2025-08", None, "B", "blue", "Replaced 14/08/2025; invoices on file."),
                 ("1.2", "Introduce a weekly IPC environmental audit, with actions signed off by the nurse in charge.",
                  "Deputy Manager / Nurse in charge", ["Deputy Manager", "Nurse in charge"], "With immediate effect", None, "With immediate effect", "G", "green",
                  "Audits completed weekly since 14/07/2025."),
             ]),
            ("AFI 2", "Regulation 14 (2) (a) and (c)", "First time",
             "The registered person shall ensure that all parts of the home to which patients have access are free from hazards to their safety, including the safe storage of thickening agents and cleaning chemicals.",
             [
                 ("2.1", "Fit keypad locks to the sluice and domestic store doors on both floors.",
                  "Maintenance Lead", ["Maintenance Lead"], "30/09/2025", "2025-09", None, "B", "blue", "Locks fitted 22/09/2025."),
                 ("2.2", "Add the safe storage of thickeners and COSHH products to the daily walk-round checklist.",
                  "Home Manager & Clinical Lead", ["Home Manager", "Clinical Lead"], "31 July 2025", "2025-07", None, "B", "blue", "Checklist revised and in use."),
             ]),
        ]),
        (sec2, [
            ("AFI 3", "Standard 4.9", "Second time",
             "The registered person shall ensure that care plans are reviewed and updated to reflect each patient's current needs, including wound care and repositioning.",
             [
                 ("3.1", "Audit all care plans for patients with wounds or on repositioning schedules and update them in line with current TVN recommendations.",
                  "Clinical Lead", ["Clinical Lead"], "30/11/2025", "2025-11", None, "A", "amber", "Two thirds audited; progress delayed by staff sickness."),
                 ("3.2", "Deliver care-planning refresher training to all registered nurses and senior care assistants.",
                  "Mrs Ann Kerr", ["Mrs Ann Kerr"], "Ongoing", None, "Ongoing", "G", "green", "Two sessions held; further dates booked."),
             ]),
            ("AFI 4", "Standard 12", "First time",
             "The registered person shall ensure that the daily menu is displayed in a suitable format and that patients are offered a choice of meal at each mealtime.",
             [
                 ("4.1", "Display pictorial menus in both dining rooms and update them daily.",
                  "Catering Manager", ["Catering Manager"], "Aug-25", "2025-08", None, "B", "blue", "In place since 04/08/2025."),
                 ("4.2", "Include a mealtime audit in the Responsible Individual's monthly Regulation 29 monitoring visit.",
                  "Responsible Individual", ["Responsible Individual"], "Oct-25", "2025-10", None, "R", "red", "Not yet commenced – visit schedule under review."),
             ]),
        ]),
    ]
    lines = [
        title,
        "Registered Manager: Ann Kerr\tResponsible Individual: Mark Boyd\tLast updated: 31/10/2025",
        "",
        "\t".join(["Ref", "Regulation / Standard", "Stated", "Area for improvement / Action",
                   "By whom", "To be completed by", "RAG", "Comments"]),
    ]
    actions = []
    for sec, afis in plan:
        lines.append(sec)
        for (aref, reg, stated, atext, acts) in afis:
            lines.append("\t".join([aref, reg, stated, atext, "", "", "", ""]))
            for (ref, text, leadtxt, lead, due, end, end_text, rag, status, comm) in acts:
                lines.append("\t".join([ref, "", "", text, leadtxt, due, rag, comm]))
                a = {"ref": ref, "under": [sec, atext], "action": text, "lead": lead, "end": end, "status": status}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
    lines += [
        "",
        "RAG key: B = completed and verified; G = on track; A = at risk of missing the date; R = overdue",
        "Please ensure this document is completed in full and returned via the RQIA Web Portal.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates a Northern Ireland nursing home's tracker of the Quality Improvement Plan from an RQIA unannounced care inspection, saved as tab-separated text (Glenabbey Manor Care Home, Newtownabbey, 2025; layout after RQIA QIPs: 'Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005' / 'Care Standards for Nursing Homes' sections, area for improvement with regulation or standard reference and 'Stated: First time', 'To be completed by'). Copies: title and manager/RI line; the two RQIA section lines; AFI rows with regulation, times stated and the inspectors' wording; numbered action rows beneath with by whom, completion date and RAG letter; 'With immediate effect' and 'Ongoing' as timescales; a RAG key and RQIA portal note at the foot.",
        "reads": "Four RQIA areas for improvement in two sections (regulations, then care standards), each followed by two numbered actions with who, by when, a RAG letter and a comment. The section and AFI lines are headings, not actions; 'With immediate effect' and 'Ongoing' give no end month.",
        "outcome": "read",
        "title": title,
    }, actions)


if __name__ == "__main__":
    dyfed_powys()
    ceredigion()
    cowbridge()
    cambridge_house()
    mcclymont()
    ayrshire_arran()
    glenabbey()
    print("built 7 yu- cases in", HERE)
