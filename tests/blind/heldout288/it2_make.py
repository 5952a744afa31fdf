"""Build the seven it2- blind test files (set heldout288).

Run with: /work/main/.venv/bin/python it2_make.py
Writes the data files next to this script. Each file's data is defined in a
module-level structure so the expected readings can be checked against it.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def D(y, m, d):
    return dt.datetime(y, m, d)


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


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 1. Buckinghamshire SAB - SAR Adult E - multi-agency action plan (docx)
# ---------------------------------------------------------------------------
SAR_FILE = "it2-buckinghamshire-sab-sar-adult-e-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review – Adult E: Multi-Agency Action Plan"
SAR_THEMES = [
    {
        "theme": "Theme 1: Self-neglect and hoarding",
        "rec": "Recommendation 1: BSAB should seek assurance that partner agencies use the multi-agency "
               "self-neglect and hoarding protocol consistently, including escalation where an adult "
               "repeatedly declines support.",
        "fill_only": False,
        "rows": [
            ("1.1", "Re-launch the Buckinghamshire Self-Neglect and Hoarding Protocol with a 7-minute briefing "
                    "and practitioner webinars.",
             "BSAB Business Manager", ["BSAB Business Manager"],
             "30/06/2025", "2025-06", None,
             "Protocol re-launched 12 June 2025; two webinars held with 164 attendees.",
             "Complete", "blue"),
            ("1.2", "Audit a sample of 20 self-neglect cases across adult social care, housing and health to test "
                    "use of the escalation route.",
             "Head of Safeguarding Adults (Buckinghamshire Council) / Designated Nurse Safeguarding Adults (ICB)",
             ["Head of Safeguarding Adults (Buckinghamshire Council)", "Designated Nurse Safeguarding Adults (ICB)"],
             "December 2025", "2025-12", None,
             "Audit tool agreed by the Quality Assurance Sub-Group; case selection under way.",
             "Green", "green"),
            ("1.3", "Add a self-neglect prompt to the Safe and Well visit referral form so that hoarding concerns "
                    "are shared with adult social care.",
             "Buckinghamshire Fire and Rescue Service Prevention Manager",
             ["Buckinghamshire Fire and Rescue Service Prevention Manager"],
             "Sept 2025", "2025-09", None,
             "Form wording agreed; IT change delayed by supplier.",
             "Amber", "amber"),
        ],
    },
    {
        "theme": "Theme 2: Mental capacity and executive functioning",
        "rec": "Recommendation 2: Partner agencies should ensure that practitioners understand executive "
               "functioning and record how they have tested an adult's ability to carry out decisions, "
               "not only to make them.",
        "fill_only": False,
        "rows": [
            ("2.1", "Commission multi-agency training on executive functioning and the Mental Capacity Act, with "
                    "places offered to housing providers.",
             "BSAB Learning and Development Sub-Group Chair", ["BSAB Learning and Development Sub-Group Chair"],
             "Q3 2025/26", "2025-12", None,
             "Trainer commissioned; first cohort booked for 4 December 2025.",
             "Green", "green"),
            ("2.2", "Update the adult social care mental capacity assessment template to include a prompt on "
                    "executive capacity.",
             "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
             "31 March 2026", "2026-03", None,
             "Awaiting outcome of the national template review.",
             "Not started", "unrated"),
            ("2.3", "Share the SAR learning briefing with primary care through the GP safeguarding leads forum.",
             "Named GP for Safeguarding Adults", ["Named GP for Safeguarding Adults"],
             "Ongoing", None, "Ongoing",
             "Briefing shared at the forum on 18 September 2025; to be repeated at each forum.",
             "Green", "green"),
        ],
    },
    {
        "theme": "Theme 3: Multi-agency working and information sharing",
        "rec": "Recommendation 3: The Board should seek assurance that concerns about adults who do not engage "
               "are escalated to a multi-agency risk management (MARM) meeting when single-agency efforts have "
               "not reduced the risk.",
        "fill_only": True,
        "rows": [
            ("3.1", "Review the MARM guidance and agree the thresholds for convening a meeting, including who may "
                    "call one.",
             "Head of Safeguarding Adults (Buckinghamshire Council)",
             ["Head of Safeguarding Adults (Buckinghamshire Council)"],
             "31/01/2026", "2026-01", None,
             "Draft guidance out for consultation with partners until 14 November 2025.",
             "", "green"),
            ("3.2", "Set up a MARM tracker so that the Board can see the number of meetings held and their outcomes "
                    "each quarter.",
             "BSAB Business Manager & Performance and Insight Lead",
             ["BSAB Business Manager", "Performance and Insight Lead"],
             "March 2026", "2026-03", None,
             "Data fields agreed; build of the tracker is waiting for analyst capacity.",
             "", "amber"),
            ("3.3", "Ensure that repeat welfare-check calls about the same adult are flagged to the Adult "
                    "Safeguarding Hub.",
             "Thames Valley Police Safeguarding Adults Lead", ["Thames Valley Police Safeguarding Adults Lead"],
             "October 2025", "2025-10", None,
             "New flag live on Niche from 1 October 2025.",
             "", "blue"),
        ],
    },
]


def make_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(SAR_TITLE, style="Title")
    doc.add_paragraph("Buckinghamshire Safeguarding Adults Board", style="Subtitle")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 October 2025"), ("Owner", "BSAB Business Manager"),
                 ("Approved by", "SAR Sub-Group, 7 October 2025"), ("Next review", "January 2026")]:
        r = t.add_row().cells
        set_text(r[0], k, bold=True)
        set_text(r[1], v)

    doc.add_paragraph(
        "Adult E was a 67-year-old man who lived alone in south Buckinghamshire and was known to several "
        "agencies in the two years before his death. The Safeguarding Adults Review was published in July 2025 "
        "and made three recommendations. This plan sets out how partners will respond and is monitored by the "
        "SAR Sub-Group every two months.")

    doc.add_paragraph("RAG key", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, word, meaning in [("blue", "Blue", "Action complete and evidenced"),
                                  ("green", "Green", "On track to be completed by the target date"),
                                  ("amber", "Amber", "Some slippage – remedial action in place"),
                                  ("red", "Red", "Off track or overdue – escalate to the SAR Sub-Group")]:
        r = t.add_row().cells
        set_text(r[0], word, bold=True)
        shade(r[0], FILL[colour])
        set_text(r[1], meaning)

    headers = ["Ref", "Action", "Lead", "Target date", "Progress update (October 2025)", "RAG"]
    for th in SAR_THEMES:
        doc.add_paragraph(th["theme"], style="Heading 1")
        p = doc.add_paragraph()
        p.add_run(th["rec"]).bold = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for (ref, action, lead, _leads, date, _end, _et, progress, rag, status) in th["rows"]:
            c = t.add_row().cells
            set_text(c[0], ref)
            set_text(c[1], action)
            set_text(c[2], lead)
            set_text(c[3], date)
            set_text(c[4], progress)
            if th["fill_only"]:
                set_text(c[5], "")
                shade(c[5], FILL[status])
            else:
                set_text(c[5], rag)
                if status in FILL:
                    shade(c[5], FILL[status])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Signed on behalf of BSAB", "Role", "Date"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    set_text(t.rows[1].cells[0], "Fran Gale")
    set_text(t.rows[1].cells[1], "Independent Chair, Buckinghamshire Safeguarding Adults Board")
    set_text(t.rows[1].cells[2], "14/10/2025")
    doc.save(os.path.join(HERE, SAR_FILE))


# ---------------------------------------------------------------------------
# 2. High Peak CSP - DHR 'Anne' - action plan (docx, Home Office template)
# ---------------------------------------------------------------------------
DHR_FILE = "it2-high-peak-csp-dhr-anne-action-plan.docx"
DHR_TITLE = "Domestic Homicide Review ‘Anne’ – Action Plan"
# each recommendation: (rec text, scope, [actions]); action = (action, lead, leads, milestones, target,
#                                                             end, end_text, completion, rag, status)
DHR_SECTIONS = [
    ("Overview Report Recommendations", [
        ("1. Derbyshire partners should raise awareness of economic abuse and coercive control among older "
         "victims, including those living in rural communities.", "Local", [
            ("Deliver a targeted awareness campaign on economic abuse for people over 55, using parish "
             "newsletters, libraries and GP surgeries.",
             "High Peak Borough Council", ["High Peak Borough Council"],
             "Campaign materials co-produced with the High Peak Older People's Forum.",
             "31/12/2024", "2024-12", None,
             "Completed January 2025 – campaign reached 14 parish councils and 9 GP surgeries.",
             "Blue", "blue"),
            ("Include economic abuse in the Derbyshire domestic abuse training offer for front-line staff.",
             "Derbyshire County Council (Community Safety)", ["Derbyshire County Council (Community Safety)"],
             "Module drafted and reviewed by the Domestic Abuse Partnership Board.",
             "September 2025", "2025-09", None,
             "",
             "Green", "green"),
        ]),
        ("2. Agencies should ensure that when a victim discloses abuse by an adult family member, the risk posed "
         "by that family member is assessed using the DASH risk checklist and a referral to MARAC is considered.",
         "Local", [
            ("Re-issue guidance to all partners that the DASH risk checklist applies to familial abuse and not only "
             "to intimate partner abuse, supported by a practice briefing.",
             "Derbyshire Constabulary & Derbyshire County Council (Community Safety)",
             ["Derbyshire Constabulary", "Derbyshire County Council (Community Safety)"],
             "Briefing agreed by the DHR Oversight Group.",
             "30/11/2024", "2024-11", None,
             "Completed 02/12/2024. Briefing published on the CSP and DDSAB websites.",
             "Blue", "blue"),
            ("Audit MARAC referrals from High Peak for six months to test whether familial abuse cases are being "
             "referred.",
             "High Peak MARAC Chair", ["High Peak MARAC Chair"],
             "Audit period agreed: January to June 2025.",
             "July 2025", "2025-07", None,
             "",
             "Green", "green"),
        ]),
        ("3. The CSP should write to the Home Office asking that the statutory guidance reminds agencies to "
         "consider a carer's assessment where the person causing harm is also the victim's carer.", "National", [
            ("CSP Chair to write to the Home Office DHR team sharing this learning.",
             "High Peak CSP Chair", ["High Peak CSP Chair"],
             "Letter drafted and agreed by the panel.",
             "October 2024", "2024-10", None,
             "Completed – letter sent 15/10/2024; acknowledgement received.",
             "Blue", "blue"),
        ]),
    ]),
    ("Single Agency Recommendations", [
        ("Derby and Derbyshire ICB: GP practices should record when a patient is a carer or is cared for by a "
         "family member, and review this at medication reviews.", "Local", [
            ("Issue a GP practice bulletin and add a carer status prompt to the SystmOne medication review template.",
             "Derby and Derbyshire ICB – Named GP for Safeguarding",
             ["Derby and Derbyshire ICB – Named GP for Safeguarding"],
             "Bulletin issued March 2025; template change requested.",
             "31/03/2025\nRevised: 30/09/2025", "2025-09", None,
             "",
             "Amber", "amber"),
        ]),
        ("Derbyshire Healthcare NHS Foundation Trust: Staff should routinely ask about domestic abuse during older "
         "adult mental health assessments.", "Local", [
            ("Add a routine enquiry question to the older adults' community mental health assessment and monitor "
             "completion monthly.",
             "Derbyshire Healthcare NHS Foundation Trust", ["Derbyshire Healthcare NHS Foundation Trust"],
             "Question added to the assessment form in May 2025.",
             "Q2 2025/26", "2025-09", None,
             "",
             "Green", "green"),
            ("Deliver routine enquiry training to the older adult community mental health teams.",
             "Derbyshire Healthcare NHS Foundation Trust", ["Derbyshire Healthcare NHS Foundation Trust"],
             "Training sessions held April to June 2025.",
             "June 2025", "2025-06", None,
             "Completed 27/06/2025 – 92% of staff trained.",
             "Blue", "blue"),
        ]),
    ]),
]


def make_dhr():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("High Peak Community Safety Partnership")
    doc.add_paragraph(DHR_TITLE, style="Title")
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Overview Report into the death of Anne, aged 58, "
        "in June 2023. It was agreed by the High Peak Community Safety Partnership on 11 September 2024 and is "
        "monitored by the Derbyshire DHR Oversight Group. Progress is shown as at 30 June 2025.")
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – at risk; Red – overdue or not progressing.")

    headers = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
               "Key milestones achieved in enacting recommendation", "Target Date",
               "Completion Date and Outcome", "RAG"]
    for heading, recs in DHR_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        n = sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=1 + n, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_text(t.rows[0].cells[i], h, bold=True, size=8)
            shade(t.rows[0].cells[i], "BDD7EE")
        r = 1
        for rec, scope, actions in recs:
            first = r
            set_text(t.cell(r, 0), rec, size=8)
            set_text(t.cell(r, 1), scope, size=8)
            for (action, lead, _l, miles, target, _e, _et, completion, rag, status) in actions:
                set_text(t.cell(r, 2), action, size=8)
                set_text(t.cell(r, 3), lead, size=8)
                set_text(t.cell(r, 4), miles, size=8)
                set_text(t.cell(r, 5), target, size=8)
                set_text(t.cell(r, 6), completion, size=8)
                set_text(t.cell(r, 7), rag, size=8)
                shade(t.cell(r, 7), FILL[status])
                r += 1
            if r - 1 > first:
                for c in (0, 1):
                    t.cell(first, c).merge(t.cell(r - 1, c))
        doc.add_paragraph("")
    doc.add_paragraph("Action plan owner: Community Safety Manager, High Peak Borough Council.")
    doc.save(os.path.join(HERE, DHR_FILE))


# ---------------------------------------------------------------------------
# 3. Great Yarmouth BC - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
CRR_FILE = "it2-great-yarmouth-bc-corporate-risk-register-q3-2025-26.xlsx"
CRR_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
# risk: (risk heading, description, owner, score, [actions])
# action: (ref, text, owner, leads, original, revised, end, end_text, progress, status_letter, status)
CRR_RISKS = [
    ("CR01 Financial sustainability",
     "Failure to deliver a balanced budget and a sustainable Medium Term Financial Strategy, leading to use of "
     "reserves and reduced services.", "Director of Finance", "4 x 4 = 16", [
         ("CR01.1", "Deliver the 2026/27 budget savings programme of £1.8m, with monthly monitoring at Management "
                    "Team.", "Head of Finance", ["Head of Finance"], D(2026, 2, 28), None, "2026-02", None,
          "Savings proposals agreed at Cabinet on 3 December 2025; £1.5m identified to date.", "G", "green"),
         ("CR01.2", "Refresh the Medium Term Financial Strategy to reflect the local government finance settlement "
                    "and the Fair Funding Review.", "Director of Finance", ["Director of Finance"],
          D(2025, 12, 31), D(2026, 2, 28), "2026-02", None,
          "Provisional settlement later than planned; refresh moved to February.", "A", "amber"),
         ("CR01.3", "Review fees and charges against inflation and benchmark them with other Norfolk districts.",
          "Finance Business Partners", ["Finance Business Partners"], D(2025, 11, 30), None, "2025-11", None,
          "Reported to Cabinet in December 2025.", "C", "blue"),
     ]),
    ("CR02 Cyber security and ICT resilience",
     "A cyber attack or major ICT failure prevents the council from delivering critical services or causes a "
     "data breach.", "Head of ICT and Digital", "3 x 5 = 15", [
         ("CR02.1", "Complete the Public Services Network (PSN) IT health check and close the remediation plan.",
          "ICT Manager", ["ICT Manager"], D(2025, 10, 31), D(2026, 3, 31), "2026-03", None,
          "Health check completed; three high findings remain open.", "A", "amber"),
         ("CR02.2", "Run a cyber incident tabletop exercise with Management Team and the emergency planning team.",
          "ICT Manager / Emergency Planning Officer", ["ICT Manager", "Emergency Planning Officer"],
          D(2026, 1, 31), None, "2026-01", None,
          "Exercise scenario agreed with the Norfolk Resilience Forum.", "G", "green"),
     ]),
    ("CR03 Temporary accommodation demand",
     "Demand for temporary accommodation continues to exceed supply, increasing costs and the use of bed and "
     "breakfast.", "Strategic Director (People)", "4 x 4 = 16", [
         ("CR03.1", "Deliver 20 additional units of council-owned temporary accommodation through the Local "
                    "Authority Housing Fund.", "Head of Housing Assets", ["Head of Housing Assets"],
          D(2026, 3, 31), None, "2026-03", None,
          "14 units acquired; 6 in conveyancing.", "G", "green"),
         ("CR03.2", "Implement a prevention-first triage model in the Housing Options service.",
          "Housing Options Manager", ["Housing Options Manager"], D(2025, 9, 30), D(2025, 12, 31), "2025-12", None,
          "Triage model live from 1 December 2025.", "C", "blue"),
         ("CR03.3", "Agree a Norfolk-wide protocol for out-of-area placements of homeless households.",
          "Head of Housing Needs", ["Head of Housing Needs"], D(2026, 3, 31), None, "2026-03", None,
          "Discussed at the Norfolk Strategic Housing Partnership; no agreement yet.", "R", "red"),
     ]),
    ("CR04 Regeneration programme delivery",
     "Town Deal and Levelling Up projects are not delivered to time and budget, putting external funding at "
     "risk.", "Strategic Director (Place)", "3 x 4 = 12", [
         ("CR04.1", "Report the programme risk register for the Operations and Maintenance Campus and Winter "
                    "Gardens projects to the Town Deal Board.", "Head of Inward Investment",
          ["Head of Inward Investment"], "Quarterly", None, None, "Quarterly",
          "Q3 report presented on 9 December 2025.", "G", "green"),
         ("CR04.2", "Appoint a contractor for the Winter Gardens phase 2 works within the approved budget.",
          "Strategic Director (Place)", ["Strategic Director (Place)"], D(2026, 6, 30), None, "2026-06", None,
          "Tender evaluation under way.", "A", "amber"),
     ]),
]
CRR_FIRST_ACTION_ROW = 5


def make_crr():
    wb = Workbook()
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Great Yarmouth Borough Council"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = CRR_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws["A4"] = "Report to: Audit and Risk Committee, 26 January 2026"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("2.0", D(2025, 10, 14), "Risk and Performance Officer", "Q2 review"),
                             ("3.0", D(2026, 1, 12), "Risk and Performance Officer",
                              "Q3 review; CR04 score reduced from 16 to 12")]):
        for j, v in enumerate(row):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = box
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Risk Summary")
    ws["A1"] = "Corporate risks – score summary"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk", "Risk owner", "Inherent score", "Q2 score", "Q3 score", "Target score", "Direction of travel"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = box
    summary = [("CR01 Financial sustainability", "Director of Finance", 20, 16, 16, 9, "↔"),
               ("CR02 Cyber security and ICT resilience", "Head of ICT and Digital", 20, 15, 15, 10, "↔"),
               ("CR03 Temporary accommodation demand", "Strategic Director (People)", 20, 16, 16, 12, "↔"),
               ("CR04 Regeneration programme delivery", "Strategic Director (Place)", 16, 16, 12, 8, "↓")]
    for i, row in enumerate(summary):
        for j, v in enumerate(row):
            ws.cell(row=4 + i, column=1 + j, value=v).border = box
    ws["A10"] = "Action status key:"
    ws["A10"].font = Font(bold=True)
    key = [("G", "On track", "green"), ("A", "Minor slippage", "amber"),
           ("R", "Significant slippage / not progressing", "red"), ("C", "Complete", "blue")]
    for i, (k, meaning, colour) in enumerate(key):
        c = ws.cell(row=11 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=FILL[colour])
        ws.cell(row=11 + i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 30

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = "Corporate Risk Register – Q3 2025/26: further mitigating actions"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Scores shown as Likelihood x Impact. Revised due dates agreed by Management Team on 8 January 2026."
    hdr = ["Risk", "Risk description", "Risk owner", "Current score (L x I)", "Action ref",
           "Further mitigating action", "Action owner", "Original due date", "Revised due date",
           "Q3 progress", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = wrap
        c.border = box
    r = CRR_FIRST_ACTION_ROW
    for heading, desc, owner, score, actions in CRR_RISKS:
        first = r
        for (ref, text, aowner, _l, orig, rev, _e, _et, progress, letter, status) in actions:
            vals = [None, None, None, None, ref, text, aowner, orig, rev, progress, letter]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = wrap
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=FILL[status])
            ws.cell(row=r, column=11).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        for j, v in enumerate([heading, desc, owner, score]):
            ws.cell(row=first, column=1 + j, value=v).alignment = wrap
            ws.merge_cells(start_row=first, start_column=1 + j, end_row=r - 1, end_column=1 + j)
        ws.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [22, 34, 18, 12, 9, 48, 24, 13, 13, 40, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, CRR_FILE))


# ---------------------------------------------------------------------------
# 4. Gateshead Health NHSFT - maternity & neonatal improvement plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
MAT_FILE = "it2-gateshead-health-nhsft-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx"
MAT_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"
# (ref, source, action, exec lead, op lead, original, revised, previous, current, progress)
MAT_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "CQC 2024 (Should)", "Ensure that interpreting services are offered and their use recorded at "
         "every antenatal contact.", "Chief Nurse", "Director of Midwifery", D(2025, 9, 30), None, "A", "G",
         "Audit September 2025: 88% compliance, up from 61%."),
        ("1.2", "3YDP", "Co-produce the maternity triage leaflet with the Maternity and Neonatal Voices "
         "Partnership (MNVP).", "Chief Nurse", "Patient Experience Midwife", D(2025, 10, 31), "31/12/2025", "G",
         "A", "Draft reviewed by MNVP; translation into five languages required."),
        ("1.3", "MIS Y7 SA7", "Hold quarterly MNVP 15 Steps walkabouts and publish 'You said, we did' feedback.",
         "Chief Nurse", "Head of Midwifery", "Quarterly", None, "G", "G",
         "Q2 walkabout held 16 September 2025."),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "CQC 2024 (Must)", "Ensure all midwives complete annual PROMPT and fetal monitoring training, "
         "achieving 90% compliance.", "Chief Nurse", "Practice Development Midwife", D(2025, 8, 31), None, "A",
         "B", "Compliance 94% (PROMPT) and 92% (fetal monitoring) at 31 August 2025."),
        ("2.2", "MIS Y7 SA4", "Complete a Birthrate Plus workforce review and present the findings to Board.",
         "Chief Nurse", "Director of Midwifery", D(2025, 11, 30), "31/01/2026", "A", "A",
         "Birthrate Plus visit booked for December 2025."),
        ("2.3", "3YDP", "Introduce a preceptorship programme for newly qualified midwives aligned to the national "
         "framework.", "Chief People Officer", "Lead Midwife for Education", D(2026, 3, 31), None, "G", "G",
         "Programme drafted; 11 preceptees start in October."),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "CQC 2024 (Must)", "Ensure that incidents are reviewed under PSIRF within the agreed timescales "
         "and that learning is shared at the weekly safety huddle.", "Medical Director",
         "Maternity Governance Lead", D(2025, 10, 31), None, "G", "G",
         "Backlog cleared; 100% of PSIIs within timescale in September."),
        ("3.2", "Ockenden IEA 1", "Present the Perinatal Quality Surveillance Model report to Board each quarter, "
         "including the board safety champion walkabout findings.", "Chief Nurse", "Director of Midwifery",
         D(2025, 6, 30), None, "B", "B", "Reported quarterly since June 2025."),
        ("3.3", "MIS Y7 SA9", "Deliver the culture improvement action plan following the Perinatal Culture and "
         "Leadership Programme SCORE survey.", "Chief Nurse", "Maternity and Neonatal Quadrumvirate",
         D(2025, 11, 30), "Febuary 2026", "A", "R",
         "SCORE survey feedback sessions delayed; plan not yet agreed."),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
        ("4.1", "CQC 2024 (Must)", "Ensure that the emergency trolleys on Delivery Suite are checked daily and the "
         "records are complete.", "Chief Nurse", "Delivery Suite Manager", D(2025, 7, 31), None, "R", "B",
         "Daily checks 100% for 12 consecutive weeks."),
        ("4.2", "3YDP", "Implement the BadgerNet digital maternity record for all community midwifery teams.",
         "Chief Digital Officer", "Digital Midwife", D(2025, 12, 31), "31/03/2026", "A", "A",
         "Hardware delivery delayed; go-live moved to March."),
        ("4.3", "MIS Y7 SA6", "Achieve full compliance with the Saving Babies' Lives Care Bundle version 3 across "
         "all six elements.", "Medical Director", "Obstetric Clinical Director", D(2026, 3, 31), None, "G", "G",
         "Five of six elements fully compliant."),
    ]),
]
MAT_BRAG = {"B": "blue", "R": "red", "A": "amber", "G": "green"}


def make_mat():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Gateshead Health NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = MAT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Incorporating the CQC maternity inspection (2024) actions, Maternity Incentive Scheme Year 7 "
                "and the Three Year Delivery Plan for Maternity and Neonatal Services")
    ws["A4"] = "Reporting to: Quality Governance Committee – November 2025"
    hdr = ["Ref", "Source", "Action", "Executive Lead", "Operational Lead", "Original completion date",
           "Revised completion date", "Previous BRAG", "Current BRAG", "Progress / evidence"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = wrap
        c.border = box
    r = 7
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, rows in MAT_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for row in rows:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = wrap
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, letter in ((8, row[7]), (9, row[8])):
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=FILL[MAT_BRAG[letter]])
            counts[row[8]] += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of current BRAG").font = Font(bold=True)
    for i, k in enumerate(["B", "G", "A", "R"]):
        ws.cell(row=r + 1 + i, column=1, value=k).fill = PatternFill("solid", fgColor=FILL[MAT_BRAG[k]])
        ws.cell(row=r + 1 + i, column=2, value=counts[k])
    ws.cell(row=r + 5, column=1, value="Total")
    ws.cell(row=r + 5, column=2, value=sum(counts.values()))
    for col, w in zip("ABCDEFGHIJ", [6, 16, 55, 18, 26, 14, 14, 10, 10, 45]):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("BRAG Key")
    ks["A1"] = "BRAG key"
    ks["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([("B", "Complete and evidenced – assurance provided"),
                                      ("G", "On track for completion by the due date"),
                                      ("A", "At risk of not meeting the due date – mitigation in place"),
                                      ("R", "Overdue or will not be met – escalated to Quality Governance Committee")]):
        ks.cell(row=2 + i, column=1, value=k).fill = PatternFill("solid", fgColor=FILL[MAT_BRAG[k]])
        ks.cell(row=2 + i, column=2, value=meaning)
    ks.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, MAT_FILE))


MAT_REFUSE_ROW = 18  # row of action 3.3 ("Febuary 2026" in Revised completion date)


# ---------------------------------------------------------------------------
# 5. Northumberland CC - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
TP_FILE = "it2-northumberland-county-council-transformation-programme-highlight-report.xlsx"
TP_TITLE = "Transformation Programme – Highlight Report"
# (id, milestone, owner, leads, baseline, forecast, end, end_text, last, this, commentary)
TP_WORKSTREAMS = [
    ("Workstream 1 – Customer Experience and Digital", [
        ("CX01", "Launch the new customer portal with online reporting for waste, highways and council tax.",
         "Head of Customer Services", ["Head of Customer Services"], D(2025, 6, 30), D(2025, 9, 30), "2025-09",
         None, "green", "blue", "Portal live 22 September 2025; 4,100 accounts created in first month."),
        ("CX02", "Move 80% of telephone payment transactions to automated channels.",
         "Head of Customer Services & Head of Digital", ["Head of Customer Services", "Head of Digital"],
         D(2025, 12, 31), D(2025, 12, 31), "2025-12", None, "green", "amber",
         "Uptake at 61%; promotion campaign planned for November."),
        ("CX03", "Procure a replacement CRM platform.", "Head of Digital", ["Head of Digital"],
         D(2026, 3, 31), D(2026, 6, 30), "2026-06", None, "amber", "red",
         "Market engagement delayed; procurement route under review by Legal."),
    ]),
    ("Workstream 2 – Property and Assets", [
        ("PA01", "Complete the review of office accommodation and agree the future estate footprint.",
         "Head of Property Services", ["Head of Property Services"], D(2025, 10, 31), D(2025, 10, 31), "2025-10",
         None, "green", "green", "Options appraisal to Cabinet on 11 November 2025."),
        ("PA02", "Dispose of the three surplus depots approved by Cabinet in March 2025.",
         "Strategic Estates Manager", ["Strategic Estates Manager"], D(2026, 1, 31), D(2026, 3, 31), "2026-03",
         None, "amber", "amber", "Two sales agreed subject to contract; third site remarketed."),
        ("PA03", "Relocate the Hexham area teams into the Hexham House hub.", "Head of Property Services",
         ["Head of Property Services"], D(2025, 9, 30), D(2025, 9, 30), "2025-09", None, "green", "blue",
         "Moves completed 26 September 2025."),
    ]),
    ("Workstream 3 – Workforce and Ways of Working", [
        ("WF01", "Roll out the new hybrid working policy and manager toolkit.", "Director of HR & OD",
         ["Director of HR & OD"], D(2025, 7, 31), D(2025, 7, 31), "2025-07", None, "blue", "blue",
         "Complete – closed at September Programme Board."),
        ("WF02", "Implement the HR and payroll self-service modules for all staff.", "HR Systems Lead",
         ["HR Systems Lead"], D(2025, 11, 30), D(2026, 2, 28), "2026-02", None, "amber", "amber",
         "User testing found payslip issues; go-live re-planned for February."),
    ]),
    ("Workstream 4 – Commercial and Income", [
        ("CI01", "Complete the garden waste subscription price review for 2026/27.", "Head of Waste Services",
         ["Head of Waste Services"], D(2026, 1, 31), None, "2026-01", None, "green", "green",
         "Benchmarking complete; report drafted."),
        ("CI02", "Launch a commercial trade waste offer to businesses in Blyth and Cramlington.",
         "Commercial Manager", ["Commercial Manager"], D(2025, 12, 31), D(2026, 3, 31), "2026-03", None,
         "amber", "amber", "Pricing model agreed; vehicle availability is the constraint."),
        ("CI03", "Review all discretionary fees and charges against full cost recovery.",
         "Strategic Finance Business Partner", ["Strategic Finance Business Partner"], "Q4 2025/26", None,
         "2026-03", None, "green", "green", "Service returns received from 9 of 14 services."),
    ]),
]


def make_tp():
    wb = Workbook()
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Northumberland County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = TP_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    info = [("Reporting period", "October 2025"),
            ("Programme SRO", "Executive Director – Transformation and Resources"),
            ("Programme Manager", "Head of Transformation (PMO)"),
            ("Overall programme status", "")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=4 + i, column=2, value=v if v else None)
    ws.cell(row=7, column=2).fill = PatternFill("solid", fgColor=FILL["amber"])

    ws["A9"] = "Workstream summary"
    ws["A9"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Workstream", "Workstream SRO", "Last period", "This period"]):
        c = ws.cell(row=10, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = box
    ws_summary = [("Customer Experience and Digital", "Director of Customer and Digital", "green", "amber"),
                  ("Property and Assets", "Director of Place", "amber", "green"),
                  ("Workforce and Ways of Working", "Director of HR & OD", "amber", "amber"),
                  ("Commercial and Income", "Director of Finance", "green", "green")]
    for i, (w, sro, last, this) in enumerate(ws_summary):
        ws.cell(row=11 + i, column=1, value=w).border = box
        ws.cell(row=11 + i, column=2, value=sro).border = box
        ws.cell(row=11 + i, column=3).fill = PatternFill("solid", fgColor=FILL[last])
        ws.cell(row=11 + i, column=4).fill = PatternFill("solid", fgColor=FILL[this])

    ws["A16"] = "Key achievements this period"
    ws["A16"].font = Font(bold=True, size=12)
    ws["A17"] = "• Customer portal went live on 22 September 2025."
    ws["A18"] = "• Hexham area teams moved into the Hexham House hub."
    ws["A20"] = "Decisions required from Programme Board"
    ws["A20"].font = Font(bold=True, size=12)
    ws["A21"] = "• Agree the revised procurement route for the CRM platform (CX03)."
    ws["A23"] = "RAG key"
    ws["A23"].font = Font(bold=True, size=12)
    for i, (colour, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                           ("amber", "At risk – recoverable within the workstream"),
                                           ("red", "Off track – escalation to Programme Board needed")]):
        ws.cell(row=24 + i, column=1).fill = PatternFill("solid", fgColor=FILL[colour])
        ws.cell(row=24 + i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 12

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker – October 2025"
    ms["A1"].font = Font(bold=True, size=14)
    hdr = ["ID", "Milestone", "Milestone owner", "Baseline date", "Forecast date", "Last period",
           "This period", "Commentary"]
    for j, h in enumerate(hdr):
        c = ms.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="203764")
        c.alignment = wrap
        c.border = box
    r = 4
    for ws_name, rows in TP_WORKSTREAMS:
        c = ms.cell(row=r, column=1, value=ws_name)
        c.font = Font(bold=True)
        for j in range(len(hdr)):
            ms.cell(row=r, column=1 + j).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for (mid, text, owner, _l, base, fc, _e, _et, last, this, comm) in rows:
            vals = [mid, text, owner, base, fc, None, None, comm]
            for j, v in enumerate(vals):
                c = ms.cell(row=r, column=1 + j, value=v)
                c.alignment = wrap
                c.border = box
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            ms.cell(row=r, column=6).fill = PatternFill("solid", fgColor=FILL[last])
            ms.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[this])
            r += 1
    for col, w in zip("ABCDEFGH", [7, 55, 30, 12, 12, 9, 9, 50]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A4"
    wb.save(os.path.join(HERE, TP_FILE))


# ---------------------------------------------------------------------------
# 6. County Durham and Darlington NHSFT - Board (public) action log (csv)
# ---------------------------------------------------------------------------
BAL_FILE = "it2-county-durham-darlington-nhsft-board-of-directors-public-action-log.csv"
BAL_TITLE = "County Durham and Darlington NHS Foundation Trust – Board of Directors (Public) Action Log"
# (action no, meeting date, minute ref, agenda item, action, lead, leads, due, end, end_text, update, rag, status)
BAL_ROWS = [
    ("BoD/25/014", "06/03/2025", "2025/031", "Integrated Performance Report",
     "Provide a deep-dive on ambulance handover delays at Darlington Memorial Hospital, including the impact of "
     "the new rapid assessment and treatment model.", "COO", ["COO"], "May-25", "2025-05", None,
     "Deep-dive presented to Quality Committee on 20 May 2025; summary included in the IPR.", "B", "blue"),
    ("BoD/25/017", "06/03/2025", "2025/036", "Freedom to Speak Up Report",
     "Benchmark Freedom to Speak Up concerns per 1,000 staff against peer trusts and include this in the next "
     "report.", "Chief People Officer", ["Chief People Officer"], "Jul-25", "2025-07", None,
     "Benchmarking included in the FTSU report to Board on 3 July 2025.", "B", "blue"),
    ("BoD/25/022", "01/05/2025", "2025/058", "Maternity and Neonatal Safety Report",
     "Report to Board on progress with the continuity of carer team in Durham and the staffing model required.",
     "Chief Nurse / Director of Midwifery", ["Chief Nurse", "Director of Midwifery"],
     "Sep-25 (revised Oct-25)", "2025-10", None,
     "Deferred to the October Board – see agenda item 11.", "A", "amber"),
    ("BoD/25/025", "01/05/2025", "2025/062", "Green Plan Annual Report",
     "Set out the capital requirement for decarbonising the heating plant at Bishop Auckland Hospital.",
     "Director of Estates", ["Director of Estates"], "Q3 2025/26", "2025-12", None,
     "Feasibility study commissioned; report due in November.", "G", "green"),
    ("BoD/25/031", "03/07/2025", "2025/084", "Board Assurance Framework",
     "Review the risk appetite statement for financial risk in light of the 2025/26 financial plan.",
     "DoF", ["DoF"], "Oct-25", "2025-10", None,
     "Draft for discussion at the Board development session on 9 October.", "G", "green"),
    ("BoD/25/033", "03/07/2025", "2025/088", "Patient Story",
     "Write to the patient's family to thank them and confirm the changes made to discharge communication.",
     "CN", ["CN"], "Jul-25", "2025-07", None, "Letter sent 11 July 2025.", "B", "blue"),
    ("BoD/25/034", "03/07/2025", "2025/090", "Guardian of Safe Working Hours Report",
     "Provide assurance on the rota gaps in general surgery and the associated locum spend.",
     "MD/DoF", ["MD", "DoF"], "Sep-25", "2025-09", None,
     "Information being collated; to be taken to People and Culture Committee in November.", "R", "red"),
    ("BoD/25/038", "04/09/2025", "2025/107", "Integrated Performance Report",
     "Add cancer 28-day Faster Diagnosis Standard performance by tumour site to the IPR.",
     "COO", ["COO"], "Nov-25", "2025-11", None, "", "G", "green"),
    ("BoD/25/040", "04/09/2025", "2025/111", "Digital Strategy Update",
     "Bring a timeline for the Electronic Patient Record outline business case to the Board.",
     "Chief Digital Information Officer", ["Chief Digital Information Officer"], "Jan-26", "2026-01", None,
     "", "", "unrated"),
    ("BoD/25/041", "04/09/2025", "2025/113", "Health and Safety Annual Report",
     "Circulate the updated violence and aggression reduction plan to Board members.",
     "Chief People Officer", ["Chief People Officer"], "Oct-25", "2025-10", None,
     "Circulated 19 September 2025.", "B", "blue"),
]
BAL_FIRST_LINE = 5  # header line; actions from line 6


def make_bal():
    path = os.path.join(HERE, BAL_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([BAL_TITLE] + [""] * 8)
        w.writerow(["Position as at 25 September 2025 (for the Board meeting on 2 October 2025)"] + [""] * 8)
        w.writerow(["Open actions and actions proposed for closure"] + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead", "Due Date",
                    "Update", "RAG"])
        for row in BAL_ROWS:
            w.writerow([row[0], row[1], row[2], row[3], row[4], row[5], row[7], row[10], row[11]])
        w.writerow([""] * 9)
        w.writerow(["Key: B = complete, proposed for closure; G = on track; A = at risk of slipping; "
                    "R = overdue"] + [""] * 8)
        w.writerow(["Lead abbreviations: COO = Chief Operating Officer; CN = Chief Nurse; DoF = Director of "
                    "Finance; MD = Medical Director"] + [""] * 8)


# ---------------------------------------------------------------------------
# 7. Amber Valley CSP - partnership plan 2025-26 delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
CSP_FILE = "it2-amber-valley-csp-community-safety-partnership-plan-2025-26-delivery-plan.txt"
CSP_TITLE = "Amber Valley Community Safety Partnership – Partnership Plan 2025–2026: Delivery Plan"
# priority -> rows: (ref, objective or "", action, lead, leads, timescale, end, end_text, progress, rag, status)
CSP_PRIORITIES = [
    ("Priority 1: Anti-social behaviour and neighbourhood crime", [
        ("1.1", "Reduce repeat anti-social behaviour in hotspot locations",
         "Hold monthly problem-solving meetings for the top three ASB hotspots identified by the police and the "
         "council.", "Amber Valley BC Community Safety Officer / Derbyshire Constabulary SNT Inspector",
         ["Amber Valley BC Community Safety Officer", "Derbyshire Constabulary SNT Inspector"],
         "Monthly", None, "Monthly", "Meetings held in July, August and September; Ripley Market Place removed "
         "from the hotspot list.", "G", "green"),
        ("1.2", "", "Deliver targeted youth diversion sessions in Ripley and Heanor town centres during the summer "
         "holidays.", "Derbyshire County Council Youth Service", ["Derbyshire County Council Youth Service"],
         "Aug 2025", "2025-08", None, "Six sessions held; 85 young people engaged.", "Complete", "blue"),
        ("1.3", "Improve confidence in reporting anti-social behaviour",
         "Publicise the ASB Case Review (Community Trigger) process on partner websites and in the council's "
         "residents' magazine.", "Amber Valley BC", ["Amber Valley BC"], "Sept 2025", "2025-09", None,
         "Web pages updated; magazine article published in September.", "G", "green"),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        ("2.1", "Increase awareness of domestic abuse support services",
         "Run a White Ribbon Day campaign across partner organisations and licensed premises.",
         "Amber Valley BC & Derbyshire Domestic Abuse Helpline",
         ["Amber Valley BC", "Derbyshire Domestic Abuse Helpline"], "25 Nov 2025", "2025-11", None,
         "Planning meeting held; materials ordered.", "G", "green"),
        ("2.2", "", "Achieve White Ribbon accreditation for Amber Valley Borough Council.",
         "Head of Community Services (AVBC)", ["Head of Community Services (AVBC)"], "March 2026", "2026-03", None,
         "Self-assessment submitted; ambassador training still to be arranged.", "A", "amber"),
        ("2.3", "Embed learning from domestic homicide reviews",
         "Share the learning from the Derbyshire DHR learning events with CSP partner agencies and record "
         "attendance.", "Derbyshire County Council Community Safety Unit",
         ["Derbyshire County Council Community Safety Unit"], "Q3 2025/26", "2025-12", None, "Not started",
         "", "unrated"),
    ]),
    ("Priority 3: Serious violence and exploitation", [
        ("3.1", "Deliver the Serious Violence Duty locally",
         "Map local youth provision against the Derbyshire serious violence strategic needs assessment.",
         "Derbyshire Violence Reduction Unit", ["Derbyshire Violence Reduction Unit"], "Dec 2025", "2025-12",
         None, "Data request sent to partners; mapping template agreed.", "A", "amber"),
        ("3.2", "", "Deliver knife crime awareness sessions in all secondary schools in Amber Valley.",
         "Derbyshire Constabulary Schools Liaison Officers",
         ["Derbyshire Constabulary Schools Liaison Officers"], "Apr 2025 – Mar 2026", "2026-03", None,
         "Four of nine schools visited.", "G", "green"),
        ("3.3", "Tackle county lines and child exploitation",
         "Carry out joint licensing and safeguarding visits to hotels and short-term lets (Operation Makesafe).",
         "Derbyshire Constabulary; Amber Valley BC Licensing",
         ["Derbyshire Constabulary", "Amber Valley BC Licensing"], "Ongoing", None, "Ongoing",
         "Visits paused since July because of police resourcing.", "R", "red"),
    ]),
    ("Priority 4: Reducing reoffending and substance misuse", [
        ("4.1", "Reduce drug and alcohol related harm",
         "Promote referral routes into Derbyshire Recovery Partnership through training for front-line partner "
         "staff.", "Derbyshire Recovery Partnership", ["Derbyshire Recovery Partnership"], "Jan 2026", "2026-01",
         None, "Two sessions delivered to housing and leisure staff.", "G", "green"),
    ]),
]


def make_csp():
    lines = [
        CSP_TITLE,
        "Quarter 2 update (July – September 2025)",
        "",
        "\t".join(["Ref", "Objective", "Action", "Lead partner(s)", "Timescale", "Q2 progress", "RAG"]),
    ]
    for prio, rows in CSP_PRIORITIES:
        lines.append(prio)
        for (ref, obj, action, lead, _l, ts, _e, _et, prog, rag, _s) in rows:
            lines.append("\t".join([ref, obj, action, lead, ts, prog, rag]))
    lines += [
        "",
        "Notes:",
        "RAG: G = on track; A = some delay; R = significant concern; Complete = action achieved.",
        "This plan is reviewed quarterly by the CSP Executive Group and reported to the Derbyshire Safer "
        "Communities Board.",
    ]
    with open(os.path.join(HERE, CSP_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sar()
    make_dhr()
    make_crr()
    make_mat()
    make_tp()
    make_bal()
    make_csp()
    print("built 7 files in", HERE)
