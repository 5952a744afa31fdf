"""Build the seven gf2- blind test files (set heldout222).

Run with: /work/main/.venv/bin/python gf2_make.py
Writes into the folder this script sits in.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. Milton Keynes Together - SAR 'Mr H' action plan (xlsx, REFUSE: typo month)
# ---------------------------------------------------------------------------
def make_mk_sar():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Safeguarding Adults Review ‘Mr H’ – Multi-agency Action Plan"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Milton Keynes Together Safeguarding Partnership"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("0.3", "12/02/2025", "SAR Subgroup Business Manager", "Draft agreed at SAR Subgroup"),
        ("1.0", "20/03/2025", "SAR Subgroup Business Manager", "Approved by MKT Executive Group"),
        ("1.4", "08/10/2025", "SAR Subgroup Business Manager", "Q2 2025/26 progress updates added"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        (BLUE, "Blue", "Action complete and evidence of impact received"),
        (GREEN, "Green", "On track to be completed by the target date"),
        (AMBER, "Amber", "Some slippage – revised date agreed with SAR Subgroup"),
        (RED, "Red", "Not progressing or overdue – escalate to MKT Executive"),
    ]
    for i, (col, name, text) in enumerate(key):
        cov.cell(row=12 + i, column=1, value=name).fill = fill(col)
        cov.cell(row=12 + i, column=2, value=text)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "SAR ‘Mr H’ – Action Plan (October 2025 update)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Recommendations from the SAR overview report (published March 2025). "
                "Updates to be returned to the MKT Business Unit by the last Friday of each quarter.")
    ws.merge_cells("A2:I2")
    hdr = ["Rec", "Recommendation", "Ref", "Action", "Lead agency", "Lead officer",
           "Target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    recs = {
        1: "The Partnership should seek assurance that agencies understand and apply the Mental "
           "Capacity Act where a person’s decisions about alcohol use place them at risk of serious harm.",
        2: "Agencies should ensure that adults who repeatedly disengage from services are considered "
           "under the Multi-Agency Risk Management (MARM) framework.",
        3: "Hospital discharge planning should include a check on the person’s home conditions and "
           "support network when self-neglect is known.",
        4: "Primary care should make sure that self-neglect concerns are visible to all staff in a "
           "GP practice.",
        5: "The Partnership should evaluate whether the learning from this review has changed practice.",
    }
    acts = [
        # rec, ref, action, agency, officer, target, update, rag fill
        (1, "1.1", "Deliver multi-agency briefing sessions on executive functioning and the MCA, "
                   "using the learning from this review.",
         "MKT Business Unit", "Training and Development Officer", d(2025, 6, 30),
         "Three sessions delivered in June 2025; 142 practitioners attended.", BLUE),
        (1, "1.2", "Audit a sample of 20 safeguarding enquiries involving alcohol use to test the "
                   "quality of mental capacity assessments.",
         "Milton Keynes City Council (Adult Social Care)", "Principal Social Worker", d(2025, 12, 1),
         "Audit tool agreed; case sample identified.", GREEN),
        (2, "2.1", "Refresh the MARM guidance to include triggers for referral where a person "
                   "repeatedly misses appointments or refuses entry.",
         "Milton Keynes City Council / Thames Valley Police",
         "Head of Safeguarding Adults; DI Public Protection", "Sept 2025",
         "Draft guidance out for consultation until 31 October.", AMBER),
        (2, "2.2", "Promote the MARM framework through the MKT newsletter and a 7-minute briefing.",
         "MKT Business Unit", "Communications Lead", d(2025, 7, 1),
         "7-minute briefing published July 2025.", BLUE),
        (3, "3.1", "Amend the discharge checklist to include home conditions and informal carer "
                   "details for patients known to self-neglect.",
         "Milton Keynes University Hospital NHS FT", "Head of Adult Safeguarding", "Decmber 2025",
         "Checklist redrafted; awaiting sign-off by the Discharge Steering Group.", AMBER),
        (3, "3.2", "Re-audit discharge checklists six months after implementation.",
         "Milton Keynes University Hospital NHS FT", "Head of Adult Safeguarding", d(2026, 6, 1),
         "Not started – dependent on 3.1.", None),
        (4, "4.1", "Add a self-neglect alert code to the GP clinical system and issue guidance "
                   "to practices on its use.",
         "NHS Bedfordshire, Luton and Milton Keynes ICB", "Designated Nurse Safeguarding Adults",
         d(2026, 3, 31), "Code agreed with the ICB Digital team; guidance in draft.", GREEN),
        (5, "5.1", "Repeat the practitioner survey 12 months after publication and report the "
                   "findings to the MKT Executive Group.",
         "MKT Business Unit", "Business Manager", "Q4 2025/26", "", None),
    ]
    row = 5
    first_row_of = {}
    for rec, ref, action, agency, officer, target, update, rag in acts:
        vals = [rec if rec not in first_row_of else None,
                recs[rec] if rec not in first_row_of else None,
                ref, action, agency, officer, target, update, None]
        first_row_of.setdefault(rec, row)
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        if rag:
            ws.cell(row=row, column=9).fill = fill(rag)
        row += 1
    # merge the recommendation cells down over their actions
    last_row_of = {}
    r = 5
    for a in acts:
        last_row_of[a[0]] = r
        r += 1
    for rec, fr in first_row_of.items():
        lr = last_row_of[rec]
        if lr > fr:
            ws.merge_cells(start_row=fr, start_column=1, end_row=lr, end_column=1)
            ws.merge_cells(start_row=fr, start_column=2, end_row=lr, end_column=2)
    # the 30/06/2025 date is shown in full
    ws["G5"].number_format = "dd/mm/yyyy"
    ws["G11"].number_format = "dd/mm/yyyy"
    widths = [6, 45, 6, 50, 30, 28, 13, 40, 8]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "gf2-milton-keynes-together-sar-mr-h-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 2. Westmorland and Furness CSP - DHR 'Ellen' action plan (docx)
# ---------------------------------------------------------------------------
def make_wf_dhr():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Domestic Homicide Review ‘Ellen’ – Action Plan", style="Title")
    doc.add_paragraph("Westmorland and Furness Community Safety Partnership")
    doc.add_paragraph("OFFICIAL – to be published with the Overview Report following Home Office "
                      "Quality Assurance Panel approval.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Westmorland and Furness CSP DHR Standing Panel"),
                 ("Version", "2.1 (post Home Office QA Panel)"),
                 ("Last updated", "3 November 2025"),
                 ("Next review", "DHR Standing Panel, February 2026")]:
        r = t.add_row()
        r.cells[0].text = k
        r.cells[1].text = v
        shade(r.cells[0], GREY)

    doc.add_paragraph("")
    doc.add_paragraph("RAG status is shown by the colour of the final column:")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(BLUE, "Complete – evidence received by the Panel"),
                     (GREEN, "On track"),
                     (AMBER, "Delayed – revised date agreed"),
                     (RED, "Not started / at risk")]:
        r = k.add_row()
        shade(r.cells[0], col)
        r.cells[1].text = txt

    doc.add_heading("Section A: Overview Report Recommendations", level=1)
    a_hdr = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take",
             "Lead agency", "Key milestones", "Target date", "Date of completion and outcome", "RAG"]
    recA = {
        "1": "1. Westmorland and Furness CSP should seek assurance that partner agencies ask about "
             "domestic abuse when an older person presents with unexplained injuries.",
        "2": "2. The CSP should raise awareness of economic abuse and of the support available to "
             "older victims and their families.",
        "3": "3. Cumbria Constabulary should ensure that officers attending domestic incidents involving "
             "older people complete the DASH risk assessment in full, including where the victim "
             "declines to answer.",
    }
    rowsA = [
        ("1", "1.1", "Local",
         "Develop a routine enquiry prompt for older people presenting with injuries, for use by "
         "community health, adult social care and ambulance staff.",
         "Westmorland and Furness Council (Adult Social Care) / Lancashire and South Cumbria NHS FT",
         "Prompt drafted and tested with practitioners (August 2025).", "31/12/2025", "", GREEN),
        ("1", "1.2", "Local",
         "Audit 25 adult safeguarding referrals for older people with injuries to test whether "
         "domestic abuse was explored.",
         "Cumbria Safeguarding Adults Board",
         "To follow completion of 1.1.", "June 2026", "", None),
        ("2", "2.1", "Local",
         "Run a community awareness campaign on economic abuse aimed at older people, their families, "
         "and local banks and building societies.",
         "Westmorland and Furness CSP Community Safety Team",
         "Campaign materials agreed with Age UK South Lakeland and Furness.", "March 2025",
         "Campaign ran 16 February – 31 March 2025. Evaluation reported to the Panel in June 2025.",
         BLUE),
        ("3", "3.1", "Regional",
         "Issue a briefing to all response officers on DASH completion with older victims and include "
         "it in the next round of domestic abuse refresher training.",
         "Cumbria Constabulary",
         "Briefing issued June 2025. Refresher training moved from September 2025 because of "
         "officer abstraction.", "January 2026", "", AMBER),
    ]
    ta = doc.add_table(rows=1, cols=len(a_hdr))
    ta.style = "Table Grid"
    for j, h in enumerate(a_hdr):
        ta.rows[0].cells[j].text = h
        shade(ta.rows[0].cells[j], GREY)
    bold_row(ta.rows[0])
    spans = {}
    for rec, ref, scope, action, lead, miles, target, done, rag in rowsA:
        r = ta.add_row()
        idx = len(ta.rows) - 1
        if rec not in spans:
            spans[rec] = [idx, idx]
            r.cells[1].text = recA[rec]
        else:
            spans[rec][1] = idx
        r.cells[0].text = ref
        r.cells[2].text = scope
        r.cells[3].text = action
        r.cells[4].text = lead
        r.cells[5].text = miles
        r.cells[6].text = target
        r.cells[7].text = done
        if rag:
            shade(r.cells[8], rag)
    for rec, (a, b) in spans.items():
        if b > a:
            ta.cell(a, 1).merge(ta.cell(b, 1))

    doc.add_paragraph("")
    doc.add_heading("Section B: Individual Agency Recommendations", level=1)
    b_hdr = ["No.", "Agency", "Recommendation", "Action to take", "Lead officer", "Target date",
             "Date of completion and outcome", "RAG"]
    rowsB = [
        ("B1", "Cumbria Constabulary",
         "Review the process for flagging repeat calls from the same address where the caller is an "
         "older adult.",
         "Introduce an automated repeat-caller flag on the command and control system for callers "
         "aged 65 and over.",
         "Head of Command and Control", "31/03/2026", "", GREEN),
        ("B2", "University Hospitals of Morecambe Bay NHS FT",
         "Emergency Department staff should record who accompanies a patient and consider whether "
         "that person may be causing harm.",
         "Add an ‘accompanied by’ field and a domestic abuse prompt to the ED triage record, and "
         "audit its use every quarter.",
         "Named Nurse Safeguarding Adults", "Ongoing – quarterly audit",
         "Field added to the triage record on 14/07/2025.", GREEN),
        ("B3", "Westmorland and Furness Council – Adult Social Care",
         "Carers’ assessments should include a private conversation with the person being cared for.",
         "Amend the carers’ assessment guidance and practice standards to require a private "
         "conversation with the cared-for person.",
         "Principal Social Worker (Adults)", "30/09/2025",
         "Completed 22/09/2025 – guidance published on the practice hub.", BLUE),
        ("B4", "GP practice (NHS Lancashire and South Cumbria ICB)",
         "The practice should record disclosures of domestic abuse using the agreed clinical codes.",
         "Deliver domestic abuse identification and referral training to the practice and to the "
         "other practices in the Primary Care Network.",
         "Named GP for Safeguarding Adults", "December 2025", "", AMBER),
    ]
    tb = doc.add_table(rows=1, cols=len(b_hdr))
    tb.style = "Table Grid"
    for j, h in enumerate(b_hdr):
        tb.rows[0].cells[j].text = h
        shade(tb.rows[0].cells[j], GREY)
    bold_row(tb.rows[0])
    for vals in rowsB:
        r = tb.add_row()
        for j, v in enumerate(vals[:-1]):
            r.cells[j].text = v
        if vals[-1]:
            shade(r.cells[7], vals[-1])

    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Westmorland and Furness "
                      "Community Safety Partnership Board every six months. Actions will be closed "
                      "only when evidence has been seen by the DHR Standing Panel.")
    doc.save(os.path.join(HERE, "gf2-westmorland-furness-csp-dhr-ellen-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. NHS Hampshire and Isle of Wight ICB - Board action log (csv)
# ---------------------------------------------------------------------------
def make_hiow_log():
    n = 9
    rows = [
        ["NHS Hampshire and Isle of Wight Integrated Care Board – Board Action Log (Meeting in Public)"],
        ["Updated for the meeting on 2 October 2025"],
        [],
        ["Action No", "Meeting date", "Minute ref", "Action", "Lead", "Original due date",
         "Revised due date", "Update / comments", "RAG"],
        ["BM/25/01", "06/02/2025", "ICB 25/007",
         "Provide a briefing on the outcomes of the system winter plan, including ambulance handover "
         "delays at the acute trusts.",
         "Chief Delivery Officer", "03/04/2025", "",
         "Briefing presented at the April Board (item 7). Propose closure.", "Blue"],
        ["BM/25/04", "06/02/2025", "ICB 25/012",
         "Bring the revised primary care access recovery trajectory to the Board.",
         "Director of Primary Care", "05/06/2025", "02/10/2025",
         "Deferred to October to align with the national guidance on modern general practice access. "
         "On today's agenda (item 9).", "Green"],
        ["BM/25/09", "03/04/2025", "ICB 25/031",
         "Set out how the ICB will monitor the impact of the 2025/26 running cost reductions on its "
         "statutory functions, including safeguarding.",
         "Chief Executive / Chief People Officer", "July 2025", "",
         "Impact assessment framework approved by the Audit and Risk Committee on 15 July.", "Blue"],
        ["BM/25/11", "03/04/2025", "ICB 25/034",
         "Circulate the maternity and neonatal dashboard to Board members each month, with exception "
         "commentary for each maternity unit.",
         "Chief Nursing Officer", "Monthly", "",
         "Dashboard circulated monthly since May 2025.", "Green"],
        ["BM/25/15", "05/06/2025", "ICB 25/052",
         "Review the Board Assurance Framework risk on elective recovery with the Quality and "
         "Performance Committee and bring a revised risk score to the Board.",
         "Chief Medical Officer & Chief Delivery Officer", "04/12/2025", "",
         "Deep dive scheduled for the November committee.", "Amber"],
        ["BM/25/16", "05/06/2025", "ICB 25/055",
         "Provide an update on the health contribution to SEND improvement across the four local "
         "authority areas, covering:\n- waiting times for neurodevelopmental assessment\n"
         "- timeliness of health advice for EHC needs assessments",
         "Chief Nursing Officer", "02/10/2025", "04/12/2025",
         "Paper delayed to allow the Portsmouth and Southampton area SEND inspection outcomes to be "
         "included.", "Amber"],
        ["BM/25/19", "07/08/2025", "ICB 25/071",
         "Confirm the timetable for the public consultation on Isle of Wight mental health inpatient "
         "services.",
         "Director of Strategy and Partnerships", "02/10/2025", "",
         "Verbal update at today's meeting.", "Green"],
        ["BM/25/21", "07/08/2025", "ICB 25/074",
         "Share the findings of the internal audit of continuing healthcare (CHC) fast-track "
         "decisions with the Board.",
         "Chief Finance Officer", "Q3 2025/26", "", "", ""],
        ["BM/25/22", "07/08/2025", "ICB 25/078",
         "Arrange a Board development session on population health management and use of the "
         "linked dataset.",
         "Board Secretary", "November 2025", "",
         "Session booked for 6 November 2025.", "Green"],
        ["BM/25/24", "07/08/2025", "ICB 25/080",
         "Write to NHS England setting out the Board's concerns about the capital allocation for "
         "the Isle of Wight.",
         "Chair", "31/08/2025", "",
         "Letter not yet sent – awaiting the regional capital prioritisation outcome.", "Red"],
        [],
        ["RAG key: Blue = action complete (propose closure); Green = on track for due date; "
         "Amber = due date revised or at risk; Red = overdue"],
        ["Completed actions are removed from the log once the Board has agreed closure."],
    ]
    with open(os.path.join(HERE, "gf2-nhs-hampshire-isle-of-wight-icb-board-action-log.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (n - len(r)))


# ---------------------------------------------------------------------------
# 4. University Hospitals Dorset - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_uhd_maternity():
    title = "UHD Maternity and Neonatal Improvement Plan 2024–26"
    ws_names = [
        "Workstream 1 – Listening to and working with women and families",
        "Workstream 2 – Growing, retaining and supporting our workforce",
        "Workstream 3 – Developing and sustaining a culture of safety, learning and support",
        "Workstream 4 – Standards and structures that underpin safer, more personalised care",
    ]
    # ref, source, finding (None = merged with above), action, lead, orig, revised, update, prev, cur
    plan = {
        0: [
            ("1.1", "CQC Must Do",
             "The trust must ensure that women’s concerns are listened to and acted on, including when "
             "they contact the maternity triage line.",
             "Commission a Maternity and Neonatal Voices Partnership (MNVP) 15 Steps review of triage "
             "and act on its findings.",
             "Head of Midwifery", d(2025, 3, 31), None,
             "15 Steps review held January 2025; all actions from the review completed.", "B", "B"),
            ("1.2", "CQC Must Do", None,
             "Introduce a call-back standard for the triage line (calls answered or returned within "
             "15 minutes) and report compliance monthly.",
             "Triage Lead Midwife / Digital Midwife", d(2025, 6, 30), d(2025, 11, 30),
             "Telephony upgrade delayed; interim manual audit in place.", "A", "A"),
            ("1.3", "Ockenden IEA 2",
             "Trusts must create an independent senior advocate role which reports to both the trust "
             "and the LMNS boards.",
             "Appoint a Maternity and Neonatal Independent Senior Advocate jointly with the Dorset LMNS.",
             "Director of Midwifery; LMNS Programme Lead", d(2025, 9, 30), None,
             "Recruitment paused pending the national pilot evaluation.", "A", "R"),
        ],
        1: [
            ("2.1", "Three-year delivery plan",
             "Trusts should meet the midwifery establishment set by Birthrate Plus.",
             "Complete the Birthrate Plus assessment and present the funded establishment to the Board.",
             "Director of Midwifery", d(2025, 9, 30), d(2025, 10, 31),
             "Birthrate Plus report received; paper to Board October 2025.", "G", "G"),
            ("2.2", "CQC Should Do",
             "The trust should ensure that staff complete mandatory training in obstetric emergencies "
             "and fetal monitoring.",
             "Increase PROMPT and fetal monitoring training compliance to 90% in every staff group.",
             "Practice Development Midwives / Consultant Obstetrician Lead for Training",
             d(2025, 12, 31), None,
             "PROMPT 88%, fetal monitoring 92% (September 2025).", "A", "G"),
            ("2.3", "NHS Staff Survey 2024",
             "Maternity staff reported low confidence that concerns raised would be acted on.",
             "Hold monthly Freedom to Speak Up drop-ins at Poole Maternity Unit and the Royal "
             "Bournemouth Birth Centre.",
             "Freedom to Speak Up Guardian", "Ongoing (monthly)", None,
             "Drop-ins running since April 2025.", "G", "G"),
        ],
        2: [
            ("3.1", "PSIRF",
             "Learning from incidents is not consistently shared with frontline staff.",
             "Publish a monthly ‘Safety Matters’ learning bulletin and include learning in the daily "
             "safety huddles.",
             "Maternity Governance Lead", d(2025, 1, 31), None,
             "Bulletin published every month since January 2025.", "B", "B"),
            ("3.2", "CQC Must Do",
             "The trust must ensure that the maternity risk register is kept up to date and that "
             "mitigating actions are completed in a timely way.",
             "Review every maternity risk open for more than 12 months and agree target dates with "
             "the divisional leads.",
             "Quality and Risk Manager, Women’s and Children’s Division", d(2025, 10, 31), None,
             "", "G", "G"),
        ],
        3: [
            ("4.1", "CQC Must Do",
             "The trust must ensure that emergency equipment in the maternity unit is checked daily.",
             "Implement an electronic daily equipment checklist with escalation to the shift "
             "co-ordinator.",
             "Matron, Labour Ward", d(2025, 5, 31), None,
             "Checklist live; 98% compliance in August and September 2025.", "B", "B"),
            ("4.2", "Saving Babies’ Lives v3",
             "Element 2 (fetal growth restriction) is partially compliant.",
             "Audit compliance with the fetal growth pathway each quarter and report the results to "
             "the LMNS.",
             "Consultant Obstetrician (Fetal Medicine)", "Q4 2025/26", None,
             "First audit due December 2025.", None, "G"),
        ],
    }
    colour = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "University Hospitals Dorset NHS Foundation Trust – summary position at 30 September 2025"
    hdr = ["Workstream", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)", "Total"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    for i, name in enumerate(ws_names):
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for a in plan[i]:
            cnt[a[9]] += 1
        vals = [name, cnt["B"], cnt["G"], cnt["A"], cnt["R"], len(plan[i])]
        for j, v in enumerate(vals):
            sm.cell(row=5 + i, column=1 + j, value=v).border = BOX
            if j:
                tot[j - 1] += v
    sm.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = sm.cell(row=9, column=2 + j, value=v)
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 80
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Reporting to: Maternity and Neonatal Safety Champions and the Quality Committee. "
                "Version 7 – September 2025")
    ws.merge_cells("A2:J2")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for j, (letter, text) in enumerate([("B", "B = Complete and embedded"),
                                        ("G", "G = On track"),
                                        ("A", "A = At risk of delay"),
                                        ("R", "R = Off track")]):
        c = ws.cell(row=3, column=2 + j, value=text)
        c.fill = fill(colour[letter])
    top = ["Ref", "Source", "Finding / requirement", "Action", "Lead(s)", "Completion date", None,
           "Progress update", "RAG status", None]
    sub = [None, None, None, None, None, "Original", "Revised", None, "Previous RAG", "Current RAG"]
    for j, h in enumerate(top):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    for j, h in enumerate(sub):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    for col in "ABCDEH":
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("F5:G5")
    ws.merge_cells("I5:J5")

    row = 7
    for i, name in enumerate(ws_names):
        c = ws.cell(row=row, column=1, value=name)
        c.font = Font(bold=True)
        for j in range(10):
            ws.cell(row=row, column=1 + j).fill = fill(GREY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        start_finding = None
        for a in plan[i]:
            ref, src, finding, action, lead, orig, rev, upd, prev, cur = a
            vals = [ref, src, finding, action, lead, orig, rev, upd, prev, cur]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((9, prev), (10, cur)):
                if v:
                    ws.cell(row=row, column=j).fill = fill(colour[v])
                    ws.cell(row=row, column=j).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
            if finding is None and start_finding is not None:
                ws.merge_cells(start_row=start_finding, start_column=3, end_row=row, end_column=3)
                ws.merge_cells(start_row=start_finding, start_column=2, end_row=row, end_column=2)
            else:
                start_finding = row
            row += 1
    widths = {"A": 6, "B": 16, "C": 45, "D": 50, "E": 30, "F": 12, "G": 12, "H": 40, "I": 10, "J": 10}
    for k_, v in widths.items():
        ws.column_dimensions[k_].width = v
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, "gf2-university-hospitals-dorset-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. West Lindsey DC - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_wldc_risk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "West Lindsey District Council – Corporate Risk Register, Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 December 2025 · Governance and Audit Committee, 27 January 2026"
    hdr = ["Risk", "Risk description (cause and consequence)", "Risk owner", "Inherent score (L x I)",
           "Key controls in place", "Residual score (L x I)", "Direction of travel", "Action ref",
           "Further mitigating actions", "Action owner", "Due date", "Action status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    def score_fill(s):
        n = int(s.split("=")[-1])
        return RED if n >= 15 else (AMBER if n >= 8 else GREEN)

    risks = [
        ("CR1 – Financial sustainability",
         "The Council cannot set a balanced budget over the medium term because of reduced government "
         "funding, inflation and the outcome of the Fair Funding Review.",
         "Director of Finance and Assets (S151 Officer)", "4 x 5 = 20",
         "Medium Term Financial Plan refreshed annually; quarterly budget monitoring to the Corporate "
         "Policy and Resources Committee; earmarked reserves.",
         "4 x 4 = 16", "↔",
         [("CR1a", "Develop savings and income proposals to close the 2027/28 budget gap.",
           "Director of Finance and Assets", d(2026, 2, 28), GREEN),
          ("CR1b", "Model the impact of the Fair Funding Review settlement on the MTFP and report it "
                   "to Members.",
           "Financial Services Manager", d(2026, 1, 1), AMBER)]),
        ("CR2 – Local government reorganisation",
         "The move to new unitary arrangements for Greater Lincolnshire disrupts services, staff "
         "retention and delivery of Corporate Plan priorities.",
         "Chief Executive", "5 x 4 = 20",
         "LGR programme board in place; regular briefings for staff and Members; joint working with "
         "the other Lincolnshire councils.",
         "4 x 4 = 16", "↑",
         [("CR2a", "Submit the Council’s final reorganisation proposal to government and agree a staff "
                   "communications plan.",
           "Chief Executive / Assistant Director People and Democratic Services", d(2025, 11, 28), BLUE),
          ("CR2b", "Put in place a staff retention and wellbeing plan for the transition period.",
           "Assistant Director People and Democratic Services", "Ongoing", GREEN)]),
        ("CR3 – Cyber security",
         "A successful cyber attack leads to loss of systems and data and an inability to deliver "
         "services.",
         "Director of Change Management, ICT and Regulatory Services", "4 x 5 = 20",
         "Cyber Essentials Plus accreditation; annual penetration testing; mandatory staff training; "
         "offline back-ups.",
         "3 x 5 = 15", "↓",
         [("CR3a", "Complete the Cyber Assessment Framework self-assessment and agree an improvement "
                   "plan.",
           "ICT Manager", d(2026, 3, 31), GREEN),
          ("CR3b", "Run a desktop cyber incident exercise with the Corporate Leadership Team and Local "
                   "Resilience Forum partners.",
           "ICT Manager / Emergency Planning Lead", "Q3 2025/26", BLUE)]),
        ("CR4 – Homelessness and temporary accommodation",
         "Demand for temporary accommodation exceeds the supply available and the budget set for it.",
         "Director of Planning, Regeneration and Communities", "4 x 4 = 16",
         "Homelessness prevention service; rough sleeper initiative funding; monthly demand monitoring.",
         "4 x 3 = 12", "↔",
         [("CR4a", "Buy and refurbish six properties for use as council-owned temporary accommodation.",
           "Housing and Wellbeing Manager", d(2026, 6, 30), AMBER)]),
        ("CR5 – Gainsborough regeneration programme",
         "Externally funded regeneration projects are not delivered to time and budget, leading to "
         "clawback of grant and reputational damage.",
         "Director of Planning, Regeneration and Communities", "3 x 4 = 12",
         "Programme board; monthly highlight reports to funders; independent cost consultant.",
         "3 x 3 = 9", "↓",
         [("CR5a", "Agree the revised delivery programme for the town centre renewal scheme with the "
                   "funders.",
           "Regeneration Programme Manager", d(2025, 12, 31), RED),
          ("CR5b", "Report programme progress and risks to the Prosperous Communities Committee.",
           "Regeneration Programme Manager", "Quarterly", GREEN)]),
    ]
    row = 5
    for (risk, desc, owner, inh, ctrl, res, dot, acts) in risks:
        first = row
        for k_, (aref, act, aown, due, st) in enumerate(acts):
            if k_ == 0:
                for j, v in enumerate([risk, desc, owner, inh, ctrl, res, dot]):
                    c = ws.cell(row=row, column=1 + j, value=v)
            ws.cell(row=row, column=8, value=aref)
            ws.cell(row=row, column=9, value=act)
            ws.cell(row=row, column=10, value=aown)
            c = ws.cell(row=row, column=11, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy" if due.day != 1 else "mmm-yy"
            ws.cell(row=row, column=12).fill = fill(st)
            for j in range(12):
                ws.cell(row=row, column=1 + j).border = BOX
                ws.cell(row=row, column=1 + j).alignment = WRAP
            row += 1
        ws.cell(row=first, column=4).fill = fill(score_fill(inh))
        ws.cell(row=first, column=6).fill = fill(score_fill(res))
        ws.cell(row=first, column=1).font = Font(bold=True)
        if row - 1 > first:
            for col in range(1, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="Direction of travel: ↑ risk increasing  ↓ risk decreasing  "
                                     "↔ no change since last quarter").font = Font(italic=True)
    row += 1
    ws.cell(row=row, column=1, value="Action status key:").font = Font(bold=True)
    for j, (col, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                    (AMBER, "Some slippage"), (RED, "Overdue")]):
        c = ws.cell(row=row, column=2 + j, value=txt)
        c.fill = fill(col)
    widths = [30, 45, 28, 12, 45, 12, 10, 8, 50, 32, 12, 10]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Quarter 3 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood ↓ / Impact →"
    for j in range(5):
        hm.cell(row=3, column=2 + j, value=j + 1).font = Font(bold=True)
    for i in range(5):
        L = 5 - i
        hm.cell(row=4 + i, column=1, value=L).font = Font(bold=True)
        for j in range(5):
            I = j + 1
            s = L * I
            hm.cell(row=4 + i, column=2 + j).fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    placements = {(4, 4): "CR1, CR2", (3, 5): "CR3", (4, 3): "CR4", (3, 3): "CR5"}
    for (L, I), txt in placements.items():
        hm.cell(row=4 + (5 - L), column=1 + I, value=txt)

    sg = wb.create_sheet("Scoring guidance")
    sg["A1"] = "Scoring guidance"
    sg["A1"].font = Font(bold=True)
    guide = [("Score", "Rating", "Response"),
             ("15–25", "High", "Manage actively; report to CLT monthly"),
             ("8–12", "Medium", "Manage and monitor quarterly"),
             ("1–6", "Low", "Accept and review annually")]
    for i, r in enumerate(guide):
        for j, v in enumerate(r):
            sg.cell(row=3 + i, column=1 + j, value=v)
    wb.save(os.path.join(HERE, "gf2-west-lindsey-dc-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 6. Cumberland Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def make_cumberland_highlight():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cumberland Council Transformation Programme – Highlight Report", style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    cover = [("Reporting period", "October 2025"),
             ("Report to", "Transformation Board, 12 November 2025"),
             ("Senior Responsible Owner", "Chief Executive"),
             ("Programme Manager", "Head of Transformation and Change"),
             ("Overall programme RAG (previous)", "Amber"),
             ("Overall programme RAG (this period)", "Amber")]
    for k_, v in cover:
        r = t.add_row()
        r.cells[0].text = k_
        r.cells[1].text = v
        shade(r.cells[0], GREY)
        if v == "Amber":
            shade(r.cells[1], AMBER)

    doc.add_heading("1. Executive summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. The single customer account went live in September and "
        "take-up is ahead of forecast. Telephony migration and the pay and grading review have slipped "
        "and are the main delivery risks; an exception report for the pay and grading review is "
        "attached at Appendix A. Savings of £2.1m are forecast against the £2.6m target for 2025/26.")

    doc.add_heading("2. Workstream updates", level=1)
    doc.add_paragraph("Milestone RAG: Complete = delivered; G = on track for the baseline date; "
                      "A = forecast later than baseline but within tolerance; R = outside tolerance, "
                      "exception report required.")
    hdr = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date", "RAG",
           "Commentary"]
    rag_col = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    workstreams = [
        ("2.1 Customer Access and Digital",
         "Workstream lead: Assistant Director Customer and Digital.  Workstream RAG: Green", [
             ("CD1", "Launch the single customer account on the council website for council tax, "
                     "waste and benefits.",
              "Digital Services Manager", "Sep-25", "Sep-25", "Complete",
              "Went live 22 September; 4,100 accounts created in the first month."),
             ("CD2", "Move the three legacy customer contact centres (Carlisle, Workington and "
                     "Whitehaven) onto one telephony platform.",
              "Customer Services Manager / ICT Infrastructure Manager", "Dec-25", "Mar-26", "A",
              "Supplier delay on number porting; revised forecast agreed at Design Authority."),
             ("CD3", "Introduce webchat for revenues and benefits enquiries.",
              "Digital Services Manager", "Jan-26", "Jan-26", "G",
              "Build complete; user testing in November."),
         ]),
        ("2.2 Harmonisation of Services",
         "Workstream lead: Director of Place, Sustainable Growth and Transport.  Workstream RAG: Amber", [
             ("HS1", "Harmonise the garden waste subscription scheme across the former district areas.",
              "Head of Waste Services", "Apr-25", "Apr-25", "Complete",
              "Single scheme and charge in place from 1 April 2025."),
             ("HS2", "Agree a single council tax reduction scheme for public consultation.",
              "Head of Revenues and Benefits", "Oct-25", "Nov-25", "A",
              "Cabinet date moved to 18 November 2025."),
             ("HS3", "Complete the pay and grading review and implement the new pay structure.",
              "Assistant Director HR and OD", "Apr-26", "Jul-26", "R",
              "Job evaluation backlog; consultation with trade unions extended. See Appendix A."),
         ]),
        ("2.3 Property and Assets",
         "Workstream lead: Assistant Director Property Services.  Workstream RAG: Green", [
             ("PA1", "Vacate Allerdale House and relocate staff to the Workington hub.",
              "Head of Estates", "Mar-26", "Mar-26", "G",
              "Space planning complete; moves phased from January."),
             ("PA2", "Approve the corporate asset disposal programme 2025–27.",
              "Head of Estates / Head of Legal Services", "Jul-25", "Jul-25", "Complete",
              "Approved by Cabinet 15 July 2025."),
         ]),
    ]
    for head, lead_line, rows in workstreams:
        doc.add_heading(head, level=2)
        doc.add_paragraph(lead_line)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            tb.rows[0].cells[j].text = h
            shade(tb.rows[0].cells[j], GREY)
        bold_row(tb.rows[0])
        for vals in rows:
            r = tb.add_row()
            for j, v in enumerate(vals):
                r.cells[j].text = v
            shade(r.cells[5], rag_col[vals[5]])

    doc.add_heading("3. Key programme risks", level=1)
    rk = doc.add_table(rows=1, cols=3)
    rk.style = "Table Grid"
    for j, h in enumerate(["Risk", "Impact", "Score"]):
        rk.rows[0].cells[j].text = h
        shade(rk.rows[0].cells[j], GREY)
    bold_row(rk.rows[0])
    for vals in [("Capacity of ICT to support concurrent go-lives", "Delay to CD2 and CD3", "16"),
                 ("Industrial relations during pay and grading review", "Delay to HS3; staff morale", "20"),
                 ("Savings not realised in year", "Budget pressure in 2025/26", "12")]:
        r = rk.add_row()
        for j, v in enumerate(vals):
            r.cells[j].text = v

    doc.add_heading("4. Decisions required from the Board", level=1)
    doc.add_paragraph("Note the revised forecast for CD2 and approve the exception report for HS3 "
                      "(Appendix A).")
    doc.add_heading("5. Next period", level=1)
    doc.add_paragraph("In November the programme will complete webchat user testing, take the council "
                      "tax reduction scheme to Cabinet and begin the Allerdale House space moves.")
    doc.save(os.path.join(HERE, "gf2-cumberland-council-transformation-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 7. Safer Warrington Partnership - community safety delivery plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_warrington_csp():
    def q(s):
        # Excel quotes a cell in a tab-delimited export when it contains a line break or a quote
        if "\n" in s or '"' in s:
            return '"' + s.replace('"', '""') + '"'
        return s

    cols = 6
    rows = [
        ["Safer Warrington Partnership – Community Safety Plan 2025–26 Delivery Plan"],
        ["Quarter 2 progress update (July to September 2025)"],
        [],
        ["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 update", "RAG"],
        ["Priority 1: Reducing serious violence and exploitation"],
        ["Objective 1.1 – Deliver the Serious Violence Duty strategy"],
        ["1.1.1", "Refresh the serious violence strategic needs assessment using 2024/25 data from "
                  "police, health and education partners.",
         "Cheshire Police / Warrington Borough Council Public Health", "Sept 2025",
         "Needs assessment refreshed and signed off by the SWP Board on 18/09/2025.", "Complete"],
        ["1.1.2", "Fund A&E youth navigators at Warrington Hospital for young people attending with "
                  "violence-related injuries.",
         "Cheshire Violence Reduction Partnership", "April 2025 – March 2026",
         "Navigators in post from June; 37 referrals in Q2.", "G"],
        ["Objective 1.2 – Protect children and young people from criminal exploitation"],
        ["1.2.1", "Hold monthly multi-agency exploitation hub meetings to review children at risk of "
                  "criminal exploitation and county lines.",
         "Warrington Youth Justice Service; Cheshire Police", "Monthly",
         "Hub met monthly; 22 children reviewed.", "G"],
        ["1.2.2", "Deliver knife crime awareness sessions in all Warrington secondary schools.",
         "Cheshire Police (Warrington LPU)", "Summer term 2026",
         "12 of 14 schools booked.", "G"],
        ["Priority 2: Tackling domestic abuse and violence against women and girls"],
        ["Objective 2.1 – Improve the safety of victims and their children"],
        ["2.1.1", "Recommission the domestic abuse safe accommodation support service.",
         "Warrington Borough Council (Domestic Abuse Partnership Lead)", "31/03/2026",
         "Procurement timetable slipped; tender now expected to go live in November 2025.", "A"],
        ["2.1.2", "Roll out Safe and Together training to children’s social care and adult services "
                  "practitioners.",
         "Warrington Borough Council / Warrington Safeguarding Partnership", "By 31 December 2025",
         "", "G"],
        ["Priority 3: Anti-social behaviour and neighbourhood crime"],
        ["Objective 3.1 – A safer town centre"],
        ["3.1.1", "Deliver the Safer Streets town centre scheme:\n- additional CCTV and street lighting\n"
                  "- Best Bar None accreditation for licensed premises",
         "Warrington Borough Council Community Safety Team", "March 2026",
         "CCTV installed; lighting works delayed by utility works.", "A"],
        ["3.1.2", "Run a joint summer ASB operation in the town centre and Bewsey and Whitecross.",
         "Cheshire Police / Torus", "Jun-25 – Sep-25",
         "Operation completed; ASB incidents down 14% on summer 2024.", "Complete"],
        ["3.1.3", "Review the town centre Public Spaces Protection Order before it expires.",
         "Warrington Borough Council Licensing and Enforcement", "TBC",
         "Awaiting legal advice on the consultation.", "R"],
        [],
        ["RAG key: Complete = delivered; G = on track; A = some delay but expected to be delivered; "
         "R = at risk of not being delivered"],
        ["Updates provided by lead partners and compiled by the Community Safety Team, 10 October 2025."],
    ]
    with open(os.path.join(HERE, "gf2-safer-warrington-partnership-community-safety-plan-2025-26-"
                                 "delivery-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for r in rows:
            r = [q(v) for v in r] + [""] * (cols - len(r))
            f.write("\t".join(r) + "\r\n")


if __name__ == "__main__":
    make_mk_sar()
    make_wf_dhr()
    make_hiow_log()
    make_uhd_maternity()
    make_wldc_risk()
    make_cumberland_highlight()
    make_warrington_csp()
    print("built 7 files in", HERE)
