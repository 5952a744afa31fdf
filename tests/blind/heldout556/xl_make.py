"""Build the seven xl- blind test files of set heldout556.

Run: /work/main/.venv/bin/python xl_make.py   (writes beside this script)
The data below is shared with xl_expected.py, which writes the .expected.yaml files.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
LETTER_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
GREY = "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Aviva Insurance – FCA GIPP multi-firm review remediation tracker (xlsx)
# ---------------------------------------------------------------------------
AVIVA_FILE = "xl-aviva-insurance-fca-gi-pricing-practices-remediation-tracker.xlsx"
AVIVA_TITLE = "General Insurance Pricing Practices (GIPP) – FCA Multi-Firm Review Remediation Tracker"
# (workstream, observation, [actions]) ; action = (ref, text, owner, orig, revised, prev, cur, commentary, evidence)
AVIVA = [
    ("Workstream 1 – Pricing governance and oversight", [
        ("O1: Pricing Committee minutes did not evidence challenge of renewal pricing outcomes against the ENBP rule.", [
            ("1.1", "Revise the Pricing Committee terms of reference to include a standing ENBP outcomes item, with an MI pack owned by Pricing Governance.",
             "Head of Pricing Governance", D(2025, 1, 31), None, "A", "B",
             "Terms of reference approved at Pricing Committee on 22/01/2025.", "ToR v4.0; minutes 22/01/25"),
            ("1.2", "Introduce a minuted challenge log recording each question raised on renewal pricing, the response given and the decision taken.",
             "Head of Pricing Governance / Company Secretary", D(2025, 1, 31), D(2025, 3, 31), "A", "A",
             "Template agreed and first used at the February meeting. Date revised so that two cycles of evidence can be shown.", ""),
        ]),
        ("O2: Board reporting on fair value did not break customer outcomes down by tenure or distribution channel.", [
            ("1.3", "Add tenure-band and distribution-channel analysis to the quarterly fair value MI presented to the Board Risk Committee.",
             "Director of Product Governance", D(2025, 4, 30), None, "G", "G",
             "Data cuts built; first report due to the April Board Risk Committee.", ""),
        ]),
    ]),
    ("Workstream 2 – Renewal pricing controls", [
        ("O3: Manual overrides to renewal prices were not subject to a second-line check, and a sample included prices above ENBP.", [
            ("2.1", "Implement a system hard stop preventing any manual renewal override above the calculated ENBP for motor and home policies.",
             "Head of Pricing Systems (Motor & Home)", D(2024, 12, 31), D(2025, 3, 31), "R", "A",
             "Hard stop live for motor from 14/02/2025. Home release booked for the 21/03/2025 change window.", "Motor release note CR-20931"),
            ("2.2", "Carry out a look-back of all manual overrides applied between January 2022 and June 2024 and quantify any customer detriment.",
             "Customer Outcomes Remediation Lead", D(2025, 3, 31), None, "G", "G",
             "Population of 18,412 overrides extracted; sampling approach agreed with Compliance.", ""),
            ("2.3", "Pay redress, with 8% simple interest, to customers the look-back identifies as charged above ENBP, and write to each customer.",
             "Customer Outcomes Remediation Lead; Head of Customer Communications", D(2025, 6, 30), None, "", "",
             "Dependent on 2.2. Customer letter drafted for Legal review.", ""),
        ]),
    ]),
    ("Workstream 3 – Data and MI", [
        ("O4: The firm could not evidence that ENBP calculations for customers paying by monthly instalments applied the correct APR treatment.", [
            ("3.1", "Document the ENBP calculation methodology for instalment customers and have it independently validated by the Actuarial Function.",
             "Chief Actuary", D(2025, 1, 31), None, "G", "B",
             "Validation report issued 27/01/2025 with no material findings.", "Actuarial validation report AV-25-03"),
            ("3.2", "Build an automated monthly ENBP reconciliation between the rating engine and the policy administration system, with exceptions reported to Pricing Governance.",
             "Pricing MI Manager", D(2025, 3, 31), D(2025, 6, 30), "A", "R",
             "Data lineage issues on the legacy home platform. Recovery plan going to ExCo on 18/03/2025.", ""),
        ]),
    ]),
    ("Workstream 4 – Annual attestation", [
        ("O5: The annual attestation to the FCA was supported by limited documented assurance from the first line.", [
            ("4.1", "Introduce a first-line sub-certification from each product owner to the SMF24 before the annual GIPP attestation is signed.",
             "Director of Conduct Risk", D(2025, 5, 31), None, "G", "G",
             "Sub-certification template issued to product owners.", ""),
            ("4.2", "Ask Internal Audit to review the attestation process before the 2025 attestation is made.",
             "Chief Internal Auditor", D(2025, 9, 30), None, "", "G",
             "Review included in the 2025 Internal Audit plan for Q3.", ""),
        ]),
    ]),
]


def build_aviva():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Aviva Insurance Limited"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = AVIVA_TITLE
    cv["A2"].font = Font(bold=True, size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [
        ("Version", "3.2"),
        ("Status", "Final – for submission to the FCA supervision team"),
        ("Date", "07/03/2025"),
        ("Owner", "GIPP Remediation Programme Office"),
        ("Accountable SMF", "SMF24 – Chief Operating Officer, UK General Insurance"),
        ("Next review", "Conduct Risk Committee, 10 April 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [
        ("R", "Off track – milestone will be missed without ExCo intervention"),
        ("A", "At risk – slippage of up to one month, mitigations in place"),
        ("G", "On track"),
        ("B", "Complete – closure evidence accepted by Compliance (2LoD)"),
    ]
    for i, (k, v) in enumerate(key, start=14):
        c = cv.cell(i, 1, k)
        c.fill = fill(LETTER_FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k != "A" else "000000")
        c.alignment = Alignment(horizontal="center")
        cv.cell(i, 2, v)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 70

    # Summary sheet (totals block; no actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by workstream – 28 February 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Workstream", "R", "A", "G", "B", "Not rated", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    tot = [0] * 6
    r = 4
    for ws_name, obs in AVIVA:
        counts = [0] * 5
        for _, acts in obs:
            for a in acts:
                cur = a[6]
                idx = {"R": 0, "A": 1, "G": 2, "B": 3}.get(cur, 4)
                counts[idx] += 1
        vals = counts + [sum(counts)]
        sm.cell(r, 1, ws_name).border = BOX
        for j, v in enumerate(vals, start=2):
            sm.cell(r, j, v).border = BOX
            tot[j - 2] += v
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        c = sm.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 52

    # Tracker sheet
    ws = wb.create_sheet("Action Tracker")
    ncol = 10
    ws["A1"] = "GIPP Remediation Tracker – position as at 28 February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Prepared for: FCA General Insurance Supervision    |    Classification: Confidential"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "FCA observation", "Remediation action", "Action owner", "Original due date",
             "Revised due date", "Previous RAG (Jan-25)", "Current RAG", "Progress commentary", "Closure evidence"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for ws_name, obs in AVIVA:
        c = ws.cell(r, 1, ws_name)
        c.font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for obs_text, acts in obs:
            first = r
            ws.cell(r, 2, obs_text)
            for (ref, text, owner, orig, rev, prev, cur, comm, ev) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, owner)
                c = ws.cell(r, 5, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "dd/mm/yyyy"
                for col, val in ((7, prev), (8, cur)):
                    if val:
                        c = ws.cell(r, col, val)
                        c.fill = fill(LETTER_FILL[val])
                        c.alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9, comm)
                if ev:
                    ws.cell(r, 10, ev)
                for j in range(1, ncol + 1):
                    ws.cell(r, j).border = BOX
                    if j not in (7, 8):
                        ws.cell(r, j).alignment = WRAP
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates have been agreed by the Remediation Steering Group. "
                  "Actions move to Blue only once closure evidence has been accepted by Compliance.").font = Font(italic=True)
    widths = [7, 40, 55, 28, 13, 13, 11, 9, 48, 26]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, AVIVA_FILE))


# ---------------------------------------------------------------------------
# 2. Ministry of Defence – ICO monetary penalty (ARAP email incidents) action plan (docx)
# ---------------------------------------------------------------------------
MOD_FILE = "xl-ministry-of-defence-ico-monetary-penalty-arap-email-incidents-action-plan.docx"
MOD_TITLE = "Action Plan in Response to the ICO Monetary Penalty Notice: ARAP Email Incidents"
# sections: (heading, finding paragraph, [ (ref, action, owner, target, status, update) ])
MOD = [
    ("3.1 Secure bulk communications",
     "ICO finding 1: The ARAP team had no documented procedure for sending emails to multiple external recipients and relied on staff choosing to use the ‘Bcc’ field.",
     [
         ("A1", "Issue a Defence-wide instruction that emails containing personal data sent to more than one external recipient must use mail-merge or a secure portal, and never the ‘To’ or ‘Cc’ fields.",
          "Defence Data Protection Officer", "31 March 2024", "Complete", "Defence Instruction published 14 March 2024 and cascaded through TLB Information Managers."),
         ("A2", "Embed a ‘second pair of eyes’ check for all bulk external emails sent by teams handling Afghan relocation and resettlement casework.",
          "Head of ARAP Casework", "Jan-24", "Complete", "Check in place since 8 January 2024; recorded in the team’s desk instructions."),
         ("A3", "Configure a data loss prevention rule that holds for review any outbound email with more than 10 external addresses in the ‘To’ or ‘Cc’ fields.",
          "Chief Information Officer (Defence Digital); Head of Cyber Defence Operations", "Q2 2024/25", "At risk",
          "Rule tested in pilot. Wider roll-out depends on the Microsoft 365 tenancy migration; revised plan to the Defence Digital board in August."),
     ]),
    ("3.2 Training and induction",
     "ICO finding 2: Staff joining the ARAP team were not given specific guidance on the security risks of handling the personal data of Afghan nationals.",
     [
         ("A4", "Introduce a mandatory induction module on handling high-risk personal data for all staff joining teams that handle relocation and resettlement casework.",
          "Head of Afghan Resettlement Programme", "30/04/2024", "Complete", "Module live on the Defence Learning Environment from 22 April 2024."),
         ("A5", "Require annual refresher training for existing casework staff and record completion on the Defence Learning Environment.",
          "DBS Learning and Development Lead", "September 2024", "On track", "Refresher content signed off; launch planned for 2 September."),
         ("A6", "Report training completion rates for high-risk casework teams to the Information Governance Board.",
          "Departmental Records Officer", "Quarterly", "On track", "First report taken at the July Information Governance Board (87% complete)."),
     ]),
    ("3.3 Assurance and breach reporting",
     "ICO finding 3: Similar disclosures on 7 and 13 September 2021 were not identified until the MOD’s internal investigation.",
     [
         ("A7", "Revise the personal data breach reporting process so that any disclosure involving a high-risk cohort is escalated to the Data Protection Officer within 24 hours.",
          "Defence Data Protection Officer", "June 2024", "Complete", "Revised process issued 28 June 2024."),
         ("A8", "Commission Government Internal Audit Agency assurance on compliance with the new bulk email controls in three casework teams.",
          "Director of Information and Data / Head of Internal Audit (Defence)", "Mar 2025", "On track", "Review scoped for Q3 2024/25."),
         ("A9", "Share the lessons from the incidents with all Top Level Budget holders and brief the Defence Audit and Risk Assurance Committee.",
          "Senior Information Risk Owner", "By 31 December 2024", "On track", "DARAC briefing scheduled for October 2024."),
     ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row, fill_hex=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if fill_hex:
            shade(c, fill_hex)


def build_mod():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "OFFICIAL"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Ministry of Defence")
    doc.add_paragraph(MOD_TITLE, style="Title")
    doc.add_paragraph("Owner: Defence Data Protection Officer    Reported to: Defence Audit and Risk Assurance Committee    Position at: 31 July 2024")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        c.text = h
    bold_row(t.rows[0], GREY)
    for row in [("1.0", "15/01/2024", "DDPO team", "First issue following the Monetary Penalty Notice of 13 December 2023"),
                ("1.3", "30/04/2024", "DDPO team", "Progress update for Information Governance Board"),
                ("1.4", "31/07/2024", "DDPO team", "Progress update for DARAC; A3 status changed to At risk")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph("1. Introduction", style="Heading 1")
    doc.add_paragraph(
        "On 13 December 2023 the Information Commissioner issued a Monetary Penalty Notice to the Ministry of Defence "
        "for three incidents in September 2021 in which emails to Afghan nationals eligible for relocation under the "
        "Afghan Relocations and Assistance Policy (ARAP) were sent with recipients’ addresses visible to one another. "
        "This plan sets out the actions the Department has taken, and is taking, in response to the Commissioner’s findings.")

    doc.add_paragraph("2. Status key", style="Heading 1")
    k = doc.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for c, h in zip(k.rows[0].cells, ["Colour", "Status", "Meaning"]):
        c.text = h
    bold_row(k.rows[0], GREY)
    for colour, status, meaning, hx in [("Blue", "Complete", "Action delivered and evidence held by the DDPO", "9DC3E6"),
                                        ("Green", "On track", "Expected to be delivered by the target date", "A9D08E"),
                                        ("Amber", "At risk", "Target date may be missed; mitigation in hand", "FFD966"),
                                        ("Red", "Off track", "Target date will be missed; escalated to the SIRO", "FF7C80")]:
        cells = k.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = colour, status, meaning
        shade(cells[0], hx)

    doc.add_paragraph("3. Action plan", style="Heading 1")
    for heading, finding, acts in MOD:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        p.add_run(finding).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "Status", "Progress update"]):
            c.text = h
        bold_row(t.rows[0], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
        doc.add_paragraph()

    doc.add_paragraph("4. Approval", style="Heading 1")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        c.text = h
    bold_row(s.rows[0], GREY)
    for c, v in zip(s.rows[1].cells, ["Director General Finance", "Senior Information Risk Owner", "08/08/2024"]):
        c.text = v
    doc.save(os.path.join(HERE, MOD_FILE))


# ---------------------------------------------------------------------------
# 3. Pembrokeshire Coast NPA – Welsh Language Commissioner enforcement action plan (docx)
# ---------------------------------------------------------------------------
PCNPA_FILE = "xl-pembrokeshire-coast-npa-welsh-language-commissioner-enforcement-action-plan.docx"
PCNPA_TITLE = "Welsh Language Standards: Action Plan – Welsh Language Commissioner Investigation CSG1187"
PC_FILL = {"green": "92D050", "amber": "FFC000", "red": "FF0000"}
# (standard heading, enforcement step, [ (ref, action, lead, target, progress, fillname) ])
PCNPA = [
    ("Standard 1 – Replying to correspondence in Welsh",
     "Enforcement step 1: The Authority must ensure that correspondence received in Welsh is answered in Welsh, and no later than it would answer the same correspondence in English.",
     [
         ("1.1", "Update the corporate correspondence procedure so that Welsh-language correspondence is logged separately and tracked against the 15 working day target.",
          "Head of Corporate Services", "31/10/2025", "Procedure revised and issued to all teams on 29 August 2025.", "green"),
         ("1.2", "Agree a service level with the translation provider for replies to be translated within 5 working days, and monitor it monthly.",
          "Welsh Language and Equalities Officer", "Oct 2025", "Draft service level agreed with the provider; awaiting procurement sign-off.", "amber"),
     ]),
    ("Standard 22 – Answering telephone calls",
     "Enforcement step 2: The Authority must ensure that a person telephoning its main number is greeted in Welsh and can receive the service in Welsh without delay.",
     [
         ("2.1", "Re-record the bilingual greeting on the main switchboard and the National Park Visitor Centre lines, with the Welsh greeting first.",
          "ICT Manager", "By 30 September 2025", "Completed 15/08/2025.", "green"),
         ("2.2", "Identify Welsh-speaking staff on each reception rota so that callers who choose Welsh are put through to a Welsh speaker.",
          "Visitor Services Manager / HR Manager", "December 2025", "Rotas for Oriel y Parc and Carew Castle done; Llanion Park rota in progress.", "amber"),
         ("2.3", "Carry out mystery-shopper calls in Welsh each quarter and report the results to the Leadership Team.",
          "Welsh Language and Equalities Officer", "Ongoing", "First round of calls made in September 2025.", "amber"),
     ]),
    ("Standard 61 – Signs displayed by the Authority",
     "Enforcement step 3: The Authority must ensure that new and replacement signs, including car park signs, are bilingual and that the Welsh text is positioned so that it is likely to be read first.",
     [
         ("3.1", "Audit all Authority-owned car park and site signage and produce a prioritised replacement schedule.",
          "Head of Park Delivery", "Jan 2026", "Audit of 38 of 52 sites complete.", "amber"),
         ("3.2", "Add a bilingual sign check, signed off by the Welsh Language and Equalities Officer, to the sign procurement procedure.",
          "Procurement Officer", "30/11/2025", "Delayed – Procurement Officer post vacant until October 2025.", "red"),
         ("3.3", "Replace the non-compliant signs at Newgale, Broad Haven South and Poppit Sands car parks.",
          "Head of Park Delivery", "March 2026", "Quotes requested from two sign makers.", "amber"),
     ]),
]


def build_pcnpa():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Awdurdod Parc Cenedlaethol Arfordir Penfro / Pembrokeshire Coast National Park Authority"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(PCNPA_TITLE, style="Heading 1")
    doc.add_paragraph("Report to: Audit and Corporate Services Review Committee, 10 September 2025")
    doc.add_paragraph("Report author: Welsh Language and Equalities Officer")
    doc.add_paragraph(
        "Following a complaint, the Welsh Language Commissioner determined in May 2025 that the Authority had failed to "
        "comply with Standards 1, 22 and 61. The Commissioner’s decision notice sets out enforcement steps the Authority "
        "must take. This action plan sets out how each step will be met and is reported to the Commissioner every six months.")
    doc.add_paragraph("Progress key", style="Heading 2")
    k = doc.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for c, (txt, name) in zip(k.rows[0].cells, [("Green – completed", "green"),
                                                 ("Amber – in progress", "amber"),
                                                 ("Red – behind schedule", "red")]):
        c.text = txt
        shade(c, PC_FILL[name])
    doc.add_paragraph()

    heads = ["Ref", "Action", "Lead officer", "Target date", "Progress to date", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
    bold_row(t.rows[0], "1F4E79")
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for std, step, acts in PCNPA:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = std
        for p in m.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(m, GREY)
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = step
        for p in m.paragraphs:
            for run in p.runs:
                run.italic = True
        for ref, action, lead, target, prog, f in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, target, prog]):
                c.text = v
            shade(cells[5], PC_FILL[f])
    doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text, s.rows[0].cells[1].text = "Approved by", "Date"
    s.rows[1].cells[0].text, s.rows[1].cells[1].text = "Chief Executive (National Park Officer)", "02/09/2025"
    doc.save(os.path.join(HERE, PCNPA_FILE))


# ---------------------------------------------------------------------------
# 4. South Yorkshire MCA – AAR 2024/25 VfM recommendations action plan (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
SYMCA_FILE = "xl-south-yorkshire-mca-auditors-annual-report-2024-25-vfm-recommendations-action-plan-typo-month-refuse.xlsx"
SYMCA_TITLE = "Auditor’s Annual Report 2024/25 – Value for Money Recommendations: Management Action Plan"
SYMCA_TYPO = "Febuary 2026"
# (criterion, [ (rec no, type, rec text, [ (ref, action, officer, orig, revised, status, update) ]) ])
SYMCA = [
    ("Financial sustainability", [
        ("KR1", "Key", "The Authority should develop its medium term financial strategy to show how the forecast gap in transport revenue funding from 2026/27 will be closed, with savings and income options agreed by members.", [
            ("KR1.1", "Refresh the Medium Term Financial Strategy to cover 2026/27 to 2029/30, including a fully costed scenario for the transport revenue budget.",
             "Executive Director of Finance and Investment", "Nov 2025", "Mar 2026", "Amber",
             "Draft MTFS taken to an MCA Board workshop on 8 January; final version to go with the budget in March."),
            ("KR1.2", "Present savings and income generation options to the MCA Board for decision alongside the 2026/27 budget and transport levy.",
             "Chief Executive; Executive Director of Finance and Investment", "Feb 2026", "", "Green",
             "Options being developed with the Transport directorate."),
        ]),
        ("IR1", "Improvement", "The Authority should update its reserves policy to set out the purpose, minimum level and planned use of each earmarked reserve.", [
            ("IR1.1", "Revise the reserves policy and present it to the Audit, Standards and Risk Committee for review.",
             "Head of Financial Planning", "Sept 2025", "Nov 2025", "Complete",
             "Reviewed by the Committee on 19 November 2025."),
        ]),
    ]),
    ("Governance", [
        ("IR2", "Improvement", "The Authority should ensure that the strategic risk register records target scores and the dates by which mitigating actions are expected to bring each risk within appetite.", [
            ("IR2.1", "Add target risk scores and mitigation completion dates to every strategic risk on the register.",
             "Head of Corporate Governance", "Oct 2025", SYMCA_TYPO, "Amber",
             "Target scores agreed for 9 of 14 risks; the rest are with risk owners."),
            ("IR2.2", "Provide risk management training for the Senior Leadership Team and all risk owners.",
             "Head of Corporate Governance", "Dec 2025", "", "Complete",
             "Two sessions held, in October and December 2025."),
        ]),
        ("IR3", "Improvement", "Declarations of interest should be refreshed annually for all members and officers involved in investment decisions, and checked before each Board meeting.", [
            ("IR3.1", "Introduce an annual declarations exercise, with reminders issued before each MCA Board and Investment Panel meeting.",
             "Monitoring Officer", "Jul 2025", "", "Complete",
             "2025 exercise completed; 100% return rate."),
        ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("KR2", "Key", "The Authority should put in place programme-level reporting to members on the cost, schedule and benefits of the bus franchising programme, including the assumptions underpinning the business case.", [
            ("KR2.1", "Introduce a quarterly bus franchising highlight report to the MCA Board covering cost, milestones, risks and benefits.",
             "Director of Transport and Infrastructure", "Dec 2025", "", "Complete",
             "First report taken to the MCA Board on 15 December 2025."),
            ("KR2.2", "Commission an independent assurance review of the business case assumptions before the mobilisation decision.",
             "Director of Bus Franchising", "Mar 2026", "", "Green",
             "Terms of reference agreed; reviewer appointed through the CCS framework."),
        ]),
    ]),
]
SYMCA_STATUS_FILL = {"Complete": "9DC3E6", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
SYMCA_TYPO_ROW = None  # set by build_symca


def build_symca():
    global SYMCA_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 10
    ws["A1"] = "South Yorkshire Mayoral Combined Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = SYMCA_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit, Standards and Risk Committee – 22 January 2026 – Appendix A"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    heads = ["Rec No.", "Type", "Recommendation", "Ref", "Agreed management action", "Responsible officer",
             "Original target", "Revised target", "Status", "Update (January 2026)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    for crit, recs in SYMCA:
        ws.cell(r, 1, crit).font = Font(bold=True)
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for recno, typ, rec, acts in recs:
            first = r
            ws.cell(r, 1, recno)
            ws.cell(r, 2, typ)
            ws.cell(r, 3, rec)
            for (ref, act, off, orig, rev, st, upd) in acts:
                ws.cell(r, 4, ref)
                ws.cell(r, 5, act)
                ws.cell(r, 6, off)
                ws.cell(r, 7, orig)
                if rev:
                    ws.cell(r, 8, rev)
                    if rev == SYMCA_TYPO:
                        SYMCA_TYPO_ROW = r
                c = ws.cell(r, 9, st)
                c.fill = fill(SYMCA_STATUS_FILL[st])
                ws.cell(r, 10, upd)
                for j in range(1, ncol + 1):
                    ws.cell(r, j).border = BOX
                    ws.cell(r, j).alignment = WRAP
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths = [8, 12, 50, 8, 50, 30, 12, 12, 11, 45]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w

    ky = wb.create_sheet("Key")
    lines = [
        ("Recommendation types", ""),
        ("Key", "Significant weakness in arrangements identified by the external auditor; reported in the Auditor’s Annual Report."),
        ("Improvement", "Not a significant weakness; the auditor recommends improvement to arrangements."),
        ("", ""),
        ("Status", ""),
        ("Complete", "Action implemented and evidence provided to Internal Audit."),
        ("Green", "On track to meet the target date."),
        ("Amber", "Some slippage; revised target date agreed by the Executive Director."),
        ("Red", "Significant slippage or no progress."),
    ]
    for i, (a, b) in enumerate(lines, start=1):
        ky.cell(i, 1, a)
        ky.cell(i, 2, b)
        if a in ("Recommendation types", "Status"):
            ky.cell(i, 1).font = Font(bold=True)
        if a in SYMCA_STATUS_FILL:
            ky.cell(i, 1).fill = fill(SYMCA_STATUS_FILL[a])
    ky.column_dimensions["A"].width = 22
    ky.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, SYMCA_FILE))


# ---------------------------------------------------------------------------
# 5. Sightsavers – Board of Trustees action log (csv)
# ---------------------------------------------------------------------------
SS_FILE = "xl-sightsavers-board-of-trustees-action-log.csv"
SS_TITLE = "Sightsavers – Board of Trustees Action Log"
# (meeting heading, [ (minute ref, action, owner, due, rag, update) ])
SS = [
    ("Board meeting – 10 July 2024", [
        ("BT/24/34", "Circulate the revised safeguarding framework to trustees for comment before it is finalised.",
         "Director of Safeguarding", "Sep-24", "Complete", "Circulated 2 September; comments incorporated in final version."),
        ("BT/24/38", "Arrange a trustee deep-dive on the eye health programme in Mozambique, including a field visit if security allows.",
         "CEO / Chair", "Mar-25", "Amber", "Visit postponed on FCDO travel advice; virtual session proposed for April."),
    ]),
    ("Board meeting – 9 October 2024", [
        ("BT/24/51", "Bring a paper on options for the reserves policy, including the case for a designated fund for programme continuity.\nARC to review the paper before it comes to the Board.",
         "CFO", "11/12/2024", "Complete", "Paper taken at the December Board (see BT/24/66)."),
        ("BT/24/55", "Include unrestricted income against plan in the CEO's quarterly dashboard to the Board.",
         "CFO & Director of Fundraising", "Mar-25", "Green", "Measure added to the draft Q3 dashboard."),
    ]),
    ("Board meeting – 11 December 2024", [
        ("BT/24/66", "Finalise the reserves policy in line with the Board's decision and publish it with the 2024 annual report.",
         "CFO", "Jun-25", "Green", ""),
        ("BT/24/70", "Review the trustee skills matrix and identify gaps ahead of the 2025 trustee recruitment round.",
         "Chair of Nominations Committee", "Feb-25", "Complete", "Matrix reviewed at Nominations Committee, 28 January."),
        ("BT/24/71", "Commission an external review of board effectiveness, reporting to the Nominations Committee.",
         "Company Secretary", "TBC", "Not started", "Timing to be agreed once new trustees are in post."),
    ]),
    ("Board meeting – 12 February 2025", [
        ("BT/25/09", "Brief trustees on the impact of the pause in US foreign aid on partner organisations and programme funding.",
         "Director of Programmes (International)", "31/03/2025", "Green", "Briefing note in preparation, with country directors."),
        ("BT/25/12", "Update the strategic risk register to reflect the funding risk from reductions in UK ODA, and report to ARC.",
         "Head of Risk and Assurance", "May 2025", "Amber", "Draft prepared; ARC meeting moved to 20 May."),
    ]),
]


def build_ss():
    path = os.path.join(HERE, SS_FILE)
    n = 6
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([SS_TITLE] + [""] * (n - 1))
        w.writerow(["Open actions and actions closed since the last meeting. Log updated 4 March 2025 by the Governance team."] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Minute ref", "Action", "Owner", "Due date", "RAG", "Update"])
        for meeting, acts in SS:
            w.writerow([meeting] + [""] * (n - 1))
            for a in acts:
                w.writerow(list(a))
        w.writerow([""] * n)
        w.writerow(["Note: closed actions are removed from the log once they have been reported to one meeting of the Board."] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 6. Pontypridd Town Council – Storm Bert lessons learned action plan (tab-separated txt)
# ---------------------------------------------------------------------------
PTC_FILE = "xl-pontypridd-town-council-storm-bert-flood-lessons-learned-action-plan.txt"
PTC_TITLE = "Pontypridd Town Council – Storm Bert (23–24 November 2024) Lessons Learned Action Plan"
# (theme, [ (lesson line, [ (ref, action, lead, by, progress, rag) ]) ])
PTC = [
    ("Theme A: Warning and informing", [
        ("Lesson A1 – Flood alerts from Natural Resources Wales reached the Council office on the Friday but were not passed on to councillors or volunteers over the weekend.", [
            ("A1.1", "Set up a weekend and out-of-hours contact rota so that NRW flood warnings are acknowledged and cascaded within one hour.",
             "Town Clerk", "31/01/2025", "Rota in place from 6 January 2025.", "Complete"),
            ("A1.2", "Register all councillors and Community Hub volunteers for NRW flood warnings for the River Taff at Pontypridd.",
             "Deputy Town Clerk", "Feb 2025", "All 23 councillors and 31 volunteers registered.", "Complete"),
        ]),
        ("Lesson A2 – Residents in Trallwn and the town centre said they did not know where to get sandbags or advice.", [
            ("A2.1", "Publish a bilingual flood information page on the Council website and social media, with RCT Council and NRW contact numbers.",
             "Communications Officer", "April 2025", "Page live; shared 1,200 times.", "Complete"),
            ("A2.2", "Deliver a flood-readiness leaflet to every household in the streets flooded in November 2024.",
             "Communications Officer; Cllr M. Evans", "Sept 2025", "Leaflet printed; volunteers have delivered about 60%.", "Amber"),
        ]),
    ]),
    ("Theme B: Community response", [
        ("Lesson B1 – The Council’s community hall was used as an informal rest centre without agreed arrangements with Rhondda Cynon Taf Council.", [
            ("B1.1", "Agree a memorandum of understanding with RCT Emergency Management for use of the community hall as a rest centre.",
             "Town Clerk", "30/06/2025", "Draft MoU with RCT legal team.", "Amber"),
            ("B1.2", "Buy and store a rest centre kit (camp beds, blankets, first aid kits, power banks) at the hall.",
             "Facilities Manager", "Oct-25", "Kit ordered; storage cage being fitted.", "Green"),
        ]),
        ("Lesson B2 – Volunteers who helped clear homes had no insurance cover or safety briefing from the Council.", [
            ("B2.1", "Confirm with the Council’s insurer that registered volunteers are covered during an emergency response, and keep a volunteer register.",
             "Responsible Financial Officer", "End of May 2025", "Insurer confirmed cover in writing; register set up.", "Complete"),
            ("B2.2", "Run a flood volunteer safety briefing with South Wales Fire and Rescue Service every autumn.",
             "Deputy Town Clerk", "Annually", "2025 briefing booked for 15 October.", "Green"),
        ]),
    ]),
    ("Theme C: Recovery", [
        ("Lesson C1 – Businesses in the town centre were unclear what grant support was available and waited weeks for information.", [
            ("C1.1", "Hold a business recovery drop-in with RCT Council within two weeks of any future flooding event.",
             "Town Clerk and Town Centre Manager", "Ongoing", "Arrangement agreed with RCT Business Support team.", "Green"),
            ("C1.2", "Add a recovery section to the Council’s Emergency Plan and bring the revised plan to Full Council for adoption.",
             "Town Clerk", "Nov–Dec 2025", "Delayed by a staff vacancy; drafting to start in November.", "Red"),
        ]),
    ]),
]


def build_ptc():
    lines = [
        PTC_TITLE,
        "Approved by Full Council on 13 March 2025. Progress update for the Community Resilience Working Group, 9 October 2025.",
        "",
        "RAG: Complete = action finished; Green = on track; Amber = some slippage; Red = off track",
        "",
        "\t".join(["Ref", "Lesson / Action", "Lead", "By when", "Progress", "RAG"]),
    ]
    for theme, lessons in PTC:
        lines.append(theme)
        for lesson, acts in lessons:
            lines.append(lesson)
            for a in acts:
                lines.append("\t".join(a))
        lines.append("")
    lines.append("Notes: RCT = Rhondda Cynon Taf County Borough Council; NRW = Natural Resources Wales. "
                 "This plan is reviewed by the Community Resilience Working Group every quarter.")
    with open(os.path.join(HERE, PTC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. HCA Healthcare UK – The Princess Grace Hospital CQC action plan (xlsx)
# ---------------------------------------------------------------------------
PG_FILE = "xl-hca-healthcare-uk-princess-grace-hospital-cqc-must-should-do-action-plan.xlsx"
PG_TITLE = "The Princess Grace Hospital – CQC Inspection Action Plan"
# (core service, [ (finding, [ (ref, action, lead, target, evidence, rag) ]) ])
PG = [
    ("Surgery", [
        ("MD1: The service must ensure that all staff complete mandatory training, including level 3 safeguarding children training for staff caring for young people aged 16 and 17. (Regulation 18(2)(a))", [
            ("MD1.1", "Produce a monthly mandatory training compliance report by ward and department, and escalate any member of staff more than 30 days overdue to their line manager.",
             "Head of Learning and Development", D(2024, 8, 31), "Monthly report from August 2024; compliance 94%.", "B"),
            ("MD1.2", "Book all theatre and ward registered nurses onto level 3 safeguarding children training.",
             "Theatre Manager / Ward Manager", D(2024, 9, 30), "Training records – 100% booked, 96% completed.", "B"),
        ]),
        ("MD2: The service must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient. (Regulation 12(2)(a))", [
            ("MD2.1", "Carry out weekly observational audits of the 'Five Steps to Safer Surgery' in each theatre and feed back results at the daily safety huddle.",
             "Theatre Manager", "Ongoing", "Weekly audit results on the quality dashboard.", "G"),
            ("MD2.2", "Make sign-out completion a mandatory field in the electronic theatre record so that a case cannot be closed without it.",
             "Head of Clinical Systems", D(2024, 12, 31), "Change request raised with the theatre system supplier.", "A"),
        ]),
        ("SD1: The service should ensure that controlled drugs registers are checked and signed in line with hospital policy.", [
            ("SD1.1", "Introduce a daily controlled drugs check by two registered staff, with results recorded on the pharmacy audit tool.",
             "Chief Pharmacist", D(2024, 10, 31), "Daily check in place; pharmacy audit October 2024 – 100%.", "B"),
        ]),
    ]),
    ("Outpatients", [
        ("MD3: The service must ensure that patient records are stored securely at all times in outpatient consulting rooms. (Regulation 17(2)(c))", [
            ("MD3.1", "Install lockable notes trolleys in all consulting rooms and remove paper records from unattended desks.",
             "Outpatients Manager", D(2024, 9, 30), "Trolleys installed 12/09/2024.", "B"),
            ("MD3.2", "Complete monthly spot-check audits of record storage for six months and report results to the Hospital Quality and Safety Committee.",
             "Outpatients Manager and IG Lead", "Mar-25", "Audits for September and October at 100%.", "G"),
        ]),
        ("SD2: The service should ensure that offers of a chaperone are documented in patient records.", [
            ("SD2.1", "Add a chaperone prompt to the outpatient consultation template and audit documentation quarterly.",
             "Director of Clinical Services", D(2025, 1, 31), "Template change delayed by the EPR supplier’s release schedule.", "R"),
        ]),
    ]),
]


def build_pg():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "HCA Healthcare UK"
    cv["A1"].font = Font(bold=True, size=14, color="1F4E79")
    cv["A2"] = PG_TITLE
    cv["A2"].font = Font(bold=True, size=12)
    info = [
        ("Provider", "HCA International Limited"),
        ("Location", "The Princess Grace Hospital, 42–52 Nottingham Place, London W1U 5NY"),
        ("Inspection dates", "16–18 April 2024"),
        ("Report published", "24 July 2024"),
        ("Overall rating", "Requires improvement"),
        ("Plan owner", "Chief Executive Officer"),
        ("Monitored by", "Hospital Quality and Safety Committee (monthly); HCA UK Clinical Governance Committee (quarterly)"),
        ("Position as at", "15 November 2024"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [("B", "Complete – evidence uploaded to the CQC evidence folder"),
           ("G", "On track"),
           ("A", "At risk of missing target date"),
           ("R", "Target date missed / escalated to Senior Management Team")]
    for i, (k, v) in enumerate(key, start=14):
        c = cv.cell(i, 1, k)
        c.fill = fill(LETTER_FILL[k])
        c.alignment = Alignment(horizontal="center")
        cv.cell(i, 2, v)
    cv.column_dimensions["A"].width = 20
    cv.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Action Plan")
    ncol = 6
    ws["A1"] = PG_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Must do (MD) and should do (SD) actions from the CQC report published 24 July 2024"
    ws["A2"].font = Font(italic=True)
    for r in (1, 2):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    heads = ["Ref", "Action", "Responsible lead", "Target date", "Evidence of completion", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
    r = 5
    for svc, findings in PG:
        c = ws.cell(r, 1, svc)
        c.font = Font(bold=True, color="FFFFFF")
        for j in range(1, ncol + 1):
            ws.cell(r, j).fill = fill("1F4E79")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for finding, acts in findings:
            c = ws.cell(r, 1, finding)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, ncol + 1):
                ws.cell(r, j).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, act, lead, target, ev, rag in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, act)
                ws.cell(r, 3, lead)
                c = ws.cell(r, 4, target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 5, ev)
                c = ws.cell(r, 6, rag)
                c.fill = fill(LETTER_FILL[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                for j in range(1, ncol + 1):
                    ws.cell(r, j).border = BOX
                    if j != 6:
                        ws.cell(r, j).alignment = WRAP
                r += 1
    widths = [9, 60, 28, 13, 45, 7]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(os.path.join(HERE, PG_FILE))


def main():
    build_aviva()
    build_mod()
    build_pcnpa()
    build_symca()
    build_ss()
    build_ptc()
    build_pg()
    print("SYMCA typo row:", SYMCA_TYPO_ROW)


if __name__ == "__main__":
    main()
