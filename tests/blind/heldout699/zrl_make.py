#!/usr/bin/env python3
"""Build the seven zrl- blind test files (set heldout699).

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Writes only files whose names start with "zrl-" in this script's folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrl-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
HEAD = "1F3864"


def style_header(ws, row, ncols, colour=HEAD):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Derbyshire Healthcare NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_derbyshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Derbyshire Healthcare NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=12, color="005EB8")
    cov["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Missed 72-hour follow-up after discharge from acute inpatient care (Radbourne Unit)"
    cov["A3"].font = Font(italic=True, size=12)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("PSII reference", "PSII-2024-017"),
        ("LFPSE reference", "W1186424"),
        ("Date of incident", "14/08/2024"),
        ("Lead patient safety investigator", "Helen Bradshaw, Patient Safety Specialist"),
        ("Executive sponsor", "Director of Nursing, Allied Health Professions, Quality and Patient Experience"),
        ("Report approved", "Patient Safety Review Group, 21/01/2025"),
        ("Action plan version", "v1.4 – progress update for Quality and Safeguarding Committee, 09/09/2025"),
        ("Family involvement", "Report and safety actions shared with the patient's family on 04/02/2025"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=1).fill = fill("DEEAF6")
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
            cov.cell(row=i, column=c).alignment = WRAP
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 80
    cov["A15"] = ("Safety actions are monitored monthly by the Acute Care Governance meeting and reported "
                  "quarterly to the Quality and Safeguarding Committee. See the 'Safety actions' sheet.")
    cov["A15"].alignment = Alignment(wrap_text=False)

    ws = wb.create_sheet("Safety actions")
    ws["A1"] = "PSII-2024-017 Safety Action Plan – progress position at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    hdr = ["Area for improvement", "Ref", "Safety action", "Action owner", "Target date",
           "Revised date", "Measure of effectiveness / evidence", "Progress update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=3, column=c, value=h)
    style_header(ws, 3, len(hdr))

    afi1 = ("AFI 1: Discharge planning did not confirm who would complete the 72-hour follow-up "
            "or how the patient could be contacted.")
    afi2 = ("AFI 2: When the patient could not be reached there was no escalation route, "
            "and the family were not contacted.")
    afi3 = "AFI 3: Learning from this investigation had not been shared with the Trust's other inpatient units."
    acts = [
        # row, ref, action, owner, target, revised, measure, progress, rag fill
        (4, "SA1",
         "Add a mandatory 72-hour follow-up section to the SystmOne inpatient discharge template, recording "
         "the named follow-up team, the agreed contact number and the planned date of contact.",
         "Clinical Systems Lead / Head of Nursing – Acute",
         D(2025, 3, 31), D(2025, 6, 30),
         "Monthly audit of 20 discharges: 95% with the follow-up section completed",
         "Template went live 02/06/2025 after testing delay. July audit 96%, August audit 100%.", BLUE),
        (5, "SA2",
         "Ward managers to check every planned discharge at the daily Red2Green board round to confirm the "
         "72-hour follow-up arrangement before the patient leaves the ward.",
         "Ward Managers (Radbourne Unit)",
         D(2025, 4, 30), None,
         "Board round checklist; spot checks by Matron",
         "Checklist in use on all four wards. Matron spot checks show 88% compliance.", GREEN),
        (6, "SA3",
         "Revise the Discharge and Transfer of Care Policy so that responsibility for the 72-hour follow-up "
         "passes to the community mental health team (CMHT) only once the CMHT has accepted the referral.",
         "Deputy Director of Nursing and Patient Safety",
         D(2025, 9, 30), None,
         "Ratified policy on the Trust intranet",
         "Draft out for consultation; policy group date moved to October.", AMBER),
        (7, "SA4",
         "Develop a 'no contact' escalation flowchart for the 72-hour follow-up:\n"
         "- two further contact attempts within 24 hours\n"
         "- contact with the nominated next of kin\n"
         "- referral to the Crisis Resolution and Home Treatment Team",
         "CMHT Service Manager / Crisis Team Manager",
         D(2025, 5, 31), None,
         "Flowchart in CMHT duty handbook; case note audit",
         "Flowchart approved 19/05/2025 and in use. Case note audit due November.", GREEN),
        (8, "SA5",
         "Deliver Triangle of Care carer involvement and information-sharing training to all registered "
         "nurses on the Radbourne Unit.",
         "Practice Development Lead",
         D(2025, 12, 31), None,
         "Training compliance of 85% or above on ESR",
         "51% trained at 31/08/2025; extra sessions booked for October.", AMBER),
        (10, "SA6",
         "Share a learning summary (Learning from Events bulletin and 7-minute briefing) with the Hartington "
         "Unit and London Road teams and discuss it at the Acute Care Governance meeting.",
         "Patient Safety Team",
         "Q3 2025/26", None,
         "Bulletin issued; governance meeting minutes",
         "Not yet started – scheduled for the October bulletin.", None),
    ]
    ws.cell(row=4, column=1, value=afi1)
    ws.merge_cells("A4:A6")
    ws.cell(row=7, column=1, value=afi2)
    ws.merge_cells("A7:A9")
    ws.cell(row=10, column=1, value=afi3)
    for (r, ref, act, owner, tgt, rev, meas, prog, rag) in acts:
        ws.cell(row=r, column=2, value=ref)
        ws.cell(row=r, column=3, value=act)
        ws.cell(row=r, column=4, value=owner)
        ws.cell(row=r, column=5, value=tgt)
        if isinstance(tgt, dt.datetime):
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(row=r, column=6, value=rev)
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=meas)
        ws.cell(row=r, column=8, value=prog)
        if rag:
            ws.cell(row=r, column=9).fill = fill(rag)
    # row 9 is left empty inside the AFI 2 block (a spare row left in the tracker)
    for r in range(4, 11):
        box_row(ws, r, len(hdr))
    ws.cell(row=12, column=1, value="RAG key").font = Font(bold=True)
    key = [(BLUE, "Complete – evidence of completion received"), (GREEN, "On track"),
           (AMBER, "At risk of missing target date"), (RED, "Overdue / off track"),
           (None, "No colour – not yet started")]
    for i, (col, label) in enumerate(key, start=13):
        if col:
            ws.cell(row=i, column=1).fill = fill(col)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=label)
    widths = [34, 7, 60, 28, 12, 12, 34, 44, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "C4"
    wb.save(out("zrl-derbyshire-healthcare-nhsft-psii-missed-follow-up-safety-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hywel Dda UHB - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_hywel_dda():
    wb = Workbook()
    k = wb.active
    k.title = "Contents & Key"
    k["A1"] = "Hywel Dda University Health Board"
    k["A1"].font = Font(bold=True, size=12, color="00594F")
    k["A2"] = "Board Assurance Framework 2025/26"
    k["A2"].font = Font(bold=True, size=18)
    k["A3"] = "Position as at Quarter 2 (30 September 2025) – presented to Public Board, 27 November 2025"
    k["A5"] = "Contents"
    k["A5"].font = Font(bold=True)
    k["A6"] = "1. BAF Summary – principal risks by strategic objective"
    k["A7"] = "2. PR Detail – actions to address gaps in controls and assurance"
    k["A9"] = "Action status key"
    k["A9"].font = Font(bold=True)
    key = [("B", BLUE, "Complete"), ("G", GREEN, "On track to deliver within timescale"),
           ("A", AMBER, "Some slippage – expected to complete within revised timescale"),
           ("R", RED, "Significant slippage / not progressing")]
    for i, (letter, col, txt) in enumerate(key, start=10):
        k.cell(row=i, column=1, value=letter).fill = fill(col)
        k.cell(row=i, column=1).font = Font(bold=True, color="FFFFFF" if letter != "A" else "000000")
        k.cell(row=i, column=2, value=txt)
    k["A15"] = "Risk score = likelihood x impact (1–25). Target score is the level the Board is willing to tolerate."
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 70

    s = wb.create_sheet("BAF Summary")
    s["A1"] = "BAF Summary – principal risks by strategic objective (Q2 2025/26)"
    s["A1"].font = Font(bold=True, size=13)
    sh = ["Strategic objective", "PR", "Principal risk", "Risk owner", "Q1 score", "Q2 score",
          "Target score", "Trend"]
    for c, h in enumerate(sh, start=1):
        s.cell(row=3, column=c, value=h)
    style_header(s, 3, len(sh), "00594F")
    srows = [
        ("SO2 Working together to be the best we can be", "PR1",
         "Insufficient registered nursing workforce to deliver safe services", "Director of Workforce and OD",
         16, 16, 8, "↔"),
        ("SO3 Striving to deliver and develop excellent services", "PR2",
         "Patients come to harm while waiting for planned care", "Director of Operations", 20, 20, 12, "↔"),
        ("SO5 Safe, sustainable, accessible and kind care", "PR3",
         "Delays in urgent and emergency care cause harm to patients", "Director of Operations", 20, 25, 10, "↑"),
    ]
    for r, row in enumerate(srows, start=4):
        for c, v in enumerate(row, start=1):
            s.cell(row=r, column=c, value=v)
        box_row(s, r, len(sh))
    for i, w in enumerate([44, 6, 60, 28, 9, 9, 11, 7]):
        s.column_dimensions["ABCDEFGH"[i]].width = w

    ws = wb.create_sheet("PR Detail")
    ws["A1"] = "Board Assurance Framework 2025/26 – principal risk detail and actions to address gaps"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action to address gap in control / assurance", "Action lead", "Original timescale",
           "Revised timescale", "Q1 status", "Q2 status", "Progress update (Q2)"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=3, column=c, value=h)
    style_header(ws, 3, len(hdr), "00594F")
    n = len(hdr)

    def so_row(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(row=r, column=1).fill = fill("00594F")

    def pr_row(r, text, owner, score):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=3, value=owner)
        ws.cell(row=r, column=4, value=score)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=n)
        for c in range(1, n + 1):
            ws.cell(row=r, column=c).fill = fill("D9EAD3")
            ws.cell(row=r, column=c).alignment = WRAP

    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    def act_row(r, ref, text, lead, orig, rev, q1, q2, prog):
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=lead)
        ws.cell(row=r, column=4, value=orig)
        if isinstance(orig, dt.datetime):
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(row=r, column=5, value=rev)
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        for col, v in ((6, q1), (7, q2)):
            if v:
                ws.cell(row=r, column=col, value=v)
                ws.cell(row=r, column=col).fill = fill(rag_fill[v])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8, value=prog)
        box_row(ws, r, n)

    so_row(4, "Strategic Objective 2: Working together to be the best we can be")
    pr_row(5, "PR1 – Insufficient registered nursing workforce to deliver safe, sustainable services",
           "Risk owner: Director of Workforce and Organisational Development",
           "Current score 16 (4x4) | Target score 8 | Trend: no change")
    act_row(6, "1.1",
            "Deliver the 2025/26 international nurse recruitment cohort of 60 registered nurses, with "
            "OSCE preparation and pastoral support.",
            "Director of Workforce and Organisational Development", D(2026, 3, 31), None, "G", "G",
            "38 nurses in post; remaining 22 have arrival dates by February 2026.")
    act_row(7, "1.2",
            "Eliminate off-contract agency nursing in line with the NHS Wales agency reduction programme.",
            "Director of Nursing, Quality and Patient Experience", "Ongoing", None, "A", "A",
            "Off-contract use down 64% on 2024/25 but still used at Withybush ED.")
    act_row(8, "1.3",
            "Launch the 'Stay and Thrive' retention programme for newly registered nurses in their first two "
            "years of practice.",
            "Head of Nursing Education / Head of Workforce Planning", D(2025, 12, 31), None, None, "G",
            "New action added at Q2 following People, Organisational Development and Culture Committee.")
    so_row(9, "Strategic Objective 3: Striving to deliver and develop excellent services")
    pr_row(10, "PR2 – Patients come to harm while waiting for planned care",
           "Risk owner: Director of Operations",
           "Current score 20 (4x5) | Target score 12 | Trend: no change")
    act_row(11, "2.1",
            "Complete clinical validation of all patients waiting more than 65 weeks and record harm review "
            "outcomes on WPAS.",
            "Assistant Director of Planned Care", D(2025, 9, 30), None, "G", "B",
            "Validation complete for 4,812 pathways; three moderate harm reviews escalated to Quality, "
            "Safety and Experience Committee.")
    act_row(12, "2.2",
            "Implement the regional orthopaedic recovery model with Swansea Bay UHB to increase theatre "
            "sessions at Prince Philip Hospital.",
            "Director of Operations / Director of Strategy and Planning", D(2025, 12, 31), D(2026, 3, 31),
            "A", "A",
            "Regional agreement signed; theatre staffing gap delays start of additional lists to January.")
    act_row(13, "2.3",
            "Introduce a 'waiting well' offer (prehabilitation, patient contact and a single point of "
            "contact) for all patients waiting more than 52 weeks.",
            "Head of Planned Care Transformation", "Q3 2025/26", None, "G", "G",
            "Single point of contact live; prehabilitation pilot in orthopaedics.")
    so_row(14, "Strategic Objective 5: Safe, sustainable, accessible and kind care")
    pr_row(15, "PR3 – Delays in urgent and emergency care, including ambulance handover, cause harm to patients",
           "Risk owner: Director of Operations",
           "Current score 25 (5x5) | Target score 10 | Trend: increased")
    act_row(16, "3.1",
            "Extend Same Day Emergency Care (SDEC) opening hours at Glangwili and Withybush hospitals to "
            "22:00, seven days a week.",
            "Director of Operations", D(2025, 10, 31), None, "A", "R",
            "Recruitment to the SDEC medical rota not successful; revised model to Executive Team in December.")
    act_row(17, "3.2",
            "Adopt the Welsh Ambulance Services 'immediate release' protocol at all four acute sites and "
            "monitor compliance weekly at the Unscheduled Care Group.",
            "Director of Nursing, Quality and Patient Experience", D(2025, 11, 30), None, "G", "G",
            "Protocol in place at Bronglais and Glangwili; Withybush and Prince Philip in November.")
    ws.cell(row=19, column=1, value="Note: actions marked B at Q2 will be removed from the BAF at Q3 once "
                                    "assurance has been reviewed by the lead committee.")
    ws.cell(row=19, column=1).font = Font(italic=True)
    for i, w in enumerate([8, 62, 34, 14, 14, 9, 9, 52]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "B4"
    wb.save(out("zrl-hywel-dda-uhb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wakefield Hospice - CQC inspection action plan, typo month (refuse) (xlsx)
# ---------------------------------------------------------------------------
def make_wakefield():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Wakefield Hospice"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "CQC Inspection Action Plan – inspection 4 and 5 March 2025 (report published 22 May 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Plan owner: Director of Clinical Services | Monitored by: Clinical Governance Committee | "
                "Last updated: 15/09/2025")
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Key question", "Requirement (Must do / Should do)", "Action", "Lead", "Target date",
           "Progress / evidence", "Status"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=c, value=h)
    style_header(ws, 5, len(hdr), "7030A0")
    n = len(hdr)

    def section(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")

    status_fill = {"Complete": BLUE, "On track": GREEN, "Not started": None}

    def row(r, no, kq, req, act, lead, tgt, prog, status):
        vals = [no, kq, req, act, lead, tgt, prog, status]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
        if isinstance(tgt, dt.datetime):
            ws.cell(row=r, column=6).number_format = "dd-mmm-yy"
        if status_fill.get(status):
            ws.cell(row=r, column=8).fill = fill(status_fill[status])
        box_row(ws, r, n)

    section(6, "MUST DO")
    row(7, 1, "Safe",
        "The provider must ensure that risks relating to falls are assessed, recorded and reviewed for every "
        "patient on the In-Patient Unit. (Regulation 12)",
        "Replace the paper falls risk assessment with the multifactorial falls risk assessment on SystmOne "
        "and audit completion monthly.",
        "Ward Manager – In-Patient Unit", D(2025, 6, 30),
        "SystmOne template live 09/06/2025. Audits June–August 100%.", "Complete")
    row(8, 2, "Safe",
        "The provider must ensure that controlled drugs are stored, recorded and checked in line with "
        "legislation and the hospice's own policy. (Regulation 12)",
        "Introduce twice-daily controlled drug register checks by two registered nurses and a quarterly "
        "controlled drugs audit by the Accountable Officer.",
        "Accountable Officer for Controlled Drugs / Pharmacist", D(2025, 7, 31),
        "Checks in place since April. Q1 audit found no discrepancies.", "Complete")
    row(9, 3, "Well-led",
        "The provider must ensure that governance systems identify and act on shortfalls in the quality of "
        "care. (Regulation 17)",
        "Refresh the clinical audit programme and introduce a quality dashboard reported to every Clinical "
        "Governance Committee.",
        "Director of Clinical Services", "Sept 2O25",
        "Dashboard drafted; first report to Clinical Governance Committee in October.", "On track")
    section(10, "SHOULD DO")
    row(11, 4, "Effective",
        "The provider should ensure that all staff complete mandatory training on the Mental Capacity Act.",
        "Add Mental Capacity Act and DoLS e-learning to the mandatory training matrix and book face-to-face "
        "sessions for registered nurses.",
        "Education Lead", D(2025, 10, 31), "Compliance 78% at 31/08/2025.", "On track")
    row(12, 5, "Responsive",
        "The provider should continue to develop its Hospice at Home service in line with local demand.",
        "Complete a demand and capacity review of Hospice at Home with the West Yorkshire ICB Wakefield place "
        "team and agree a business case.",
        "Head of Community Services", D(2025, 12, 31), "Review to start in October.", "Not started")
    row(13, 6, "Well-led",
        "The provider should ensure that the Board of Trustees receives regular reports on complaints and "
        "lessons learned.",
        "Add a quarterly complaints and learning report to the Board of Trustees' business cycle.",
        "Chief Executive / Chair of Trustees", D(2025, 11, 30),
        "Report template agreed; first report to November Board.", "On track")
    ws.cell(row=15, column=1, value="Status key: Complete (blue) | On track (green) | At risk (amber) | "
                                    "Overdue (red) | Not started (no colour)")
    ws.cell(row=15, column=1).font = Font(italic=True)
    for i, w in enumerate([6, 12, 50, 50, 28, 12, 40, 12]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out("zrl-wakefield-hospice-cqc-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; embedded newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, colour="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. NHS GGC - HIS Safe Delivery of Care inspection, Glasgow Royal Infirmary (docx)
# ---------------------------------------------------------------------------
def make_ggc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NHS Greater Glasgow and Clyde")
    r.bold = True
    r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Healthcare Improvement Scotland Safe Delivery of Care Inspection – Glasgow Royal "
                    "Infirmary: Improvement Action Plan", level=1)
    doc.add_paragraph("Unannounced inspection: 11–13 March 2025     Report published: 26 June 2025")
    doc.add_paragraph("Executive lead: Nurse Director     Plan co-ordinated by: Acute Services Division "
                      "Quality Team")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comments"], "D9D9D9")
    for row in [("0.1", "14/07/2025", "Lead Nurse Quality (North Sector)", "Draft for Acute Services Division"),
                ("1.0", "04/08/2025", "Lead Nurse Quality (North Sector)",
                 "Approved by Acute Clinical Governance Forum and returned to HIS"),
                ("1.2", "20/10/2025", "Senior Nurse Quality Improvement",
                 "Progress update for Board Clinical Governance Committee")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG status key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in [("Blue", "5B9BD5", "Action complete and evidence of sustained improvement"),
                                  ("Green", "70AD47", "On track to complete within timescale"),
                                  ("Amber", "FFC000", "Progressing but timescale at risk"),
                                  ("Red", "FF0000", "Not progressing or timescale missed")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    labels = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
              "Progress", "RAG"]
    rag_col = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}

    def domain_table(title, blocks):
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=len(labels))
        tb.style = "Table Grid"
        header_row(tb, labels, "BDD7EE")
        for req, actions in blocks:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, req, bold=True)
            shade(m, "F2F2F2")
            for a in actions:
                cells = tb.add_row().cells
                for i, v in enumerate(a):
                    set_cell(cells[i], v)
                if a[5]:
                    shade(cells[5], rag_col[a[5]])
        doc.add_paragraph()

    domain_table("Domain 2 – Leadership and culture", [
        ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that all staff are able to raise concerns "
         "about staffing and patient safety, and that concerns raised are acted on and fed back to staff.", [
            ("1.1", "Relaunch the Speak Up programme across the Glasgow Royal Infirmary site, with Confidential "
                    "Contacts identified in every directorate and monthly drop-in sessions for staff.",
             "30 June 2025", "Chief Nurse (North Sector); Head of People and Change",
             "Relaunched 02/06/2025. 14 Confidential Contacts in place. Pulse survey repeated in September.",
             "Blue"),
            ("1.2", "Record staffing concerns raised at the twice-daily site safety huddle on the huddle log, "
                    "with the action taken and feedback to the ward recorded within 72 hours.",
             "31 August 2025", "Site Director GRI",
             "Huddle log amended. Audit of September logs: feedback recorded for 41 of 46 concerns.",
             "Green"),
        ]),
    ])
    domain_table("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that patients' fluid balance charts and "
         "food and fluid charts are fully completed and acted on.", [
            ("2.1", "Introduce the revised fluid balance chart with 12-hourly review prompts on all acute medical "
                    "wards.",
             "July 2025", "Lead Nurse Acute Medicine",
             "Revised chart in use on all 11 acute medical wards since 21/07/2025.", "Green"),
            ("2.2", "Add food, fluid and nutrition documentation to the monthly Care Assurance and Accreditation "
                    "System (CAAS) audit, with results reported to the Sector Clinical Governance Forum.",
             "Revised: 30 September 2025 (original 30 June 2025)", "Chief Nurse (North Sector)",
             "Audit questions added in August; first full month of data is September.", "Amber"),
        ]),
        ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that patients with cognitive impairment "
         "have a completed Getting to Know Me document and a person-centred care plan.", [
            ("3.1", "Roll out Getting to Know Me documentation to all Medicine for the Elderly and acute receiving "
                    "wards, supported by the Dementia Champions network.",
             "31 October 2025", "Senior Nurse Person-Centred Care / Dementia Nurse Consultant",
             "Rolled out to 9 of 12 wards. Dementia Champion on each ward.", "Green"),
        ]),
    ])
    domain_table("Domain 4.3 – Workforce planning", [
        ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that real-time staffing assessment and risk "
         "escalation under the Health and Care (Staffing) (Scotland) Act 2019 are consistently used and "
         "recorded.", [
            ("4.1", "Complete SafeCare real-time staffing assessments at least three times a day on all inpatient "
                    "wards, with compliance reviewed at the site safety huddle.",
             "Ongoing", "Deputy Nurse Director (Acute)",
             "Compliance 87% in September (target 95%).", "Green"),
            ("4.2", "Review the nurse bank and staff redeployment procedure so that every decision to move staff "
                    "between wards is recorded with the associated risk.",
             "December 2025", "Nurse Bank Manager & Associate Nurse Director (Workforce)",
             "Review not yet started due to Nurse Bank Manager vacancy; post filled from November.", "Red"),
        ]),
    ])
    doc.add_paragraph("No concerns requiring immediate escalation to the NHS board were raised during the "
                      "inspection; there is therefore no immediate action plan.")
    sig = doc.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (a, b) in enumerate([("Action plan approved by:", "Nurse Director, NHS Greater Glasgow and Clyde"),
                                ("Signature:", ""), ("Date:", "04/08/2025")]):
        set_cell(sig.rows[i].cells[0], a, bold=True)
        set_cell(sig.rows[i].cells[1], b)
    doc.save(out("zrl-nhs-greater-glasgow-and-clyde-his-glasgow-royal-infirmary-safe-delivery-of-care-"
                 "improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Tenby Surgery - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_tenby():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Tenby Surgery – Healthcare Inspectorate Wales GP Inspection: Improvement Plan", level=1)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    it = doc.add_table(rows=2, cols=2)
    it.style = "Table Grid"
    set_cell(it.rows[0].cells[0], "Service:", bold=True)
    set_cell(it.rows[0].cells[1], "Tenby Surgery")
    set_cell(it.rows[1].cells[0], "Date of inspection:", bold=True)
    set_cell(it.rows[1].cells[1], "14 January 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety "
                      "identified during the inspection where we require the service to complete an immediate "
                      "improvement plan telling us about the urgent actions they are taking.")
    ib = doc.add_table(rows=2, cols=5)
    ib.style = "Table Grid"
    header_row(ib, ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
                    "Timescale"], "D9E2F3")
    m = ib.rows[1].cells[0].merge(ib.rows[1].cells[4])
    set_cell(m, "No immediate assurance issues were identified on this inspection.")

    doc.add_paragraph()
    doc.add_heading("Appendix C – Improvement plan", level=2)
    it2 = doc.add_table(rows=2, cols=2)
    it2.style = "Table Grid"
    set_cell(it2.rows[0].cells[0], "Service:", bold=True)
    set_cell(it2.rows[0].cells[1], "Tenby Surgery")
    set_cell(it2.rows[1].cells[0], "Date of inspection:", bold=True)
    set_cell(it2.rows[1].cells[1], "14 January 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions they "
                      "are taking to address these areas.")
    labels = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    header_row(tb, labels, "D9E2F3")

    def section(text):
        cells = tb.add_row().cells
        mm = cells[0].merge(cells[4])
        set_cell(mm, text, bold=True)
        shade(mm, "F2F2F2")

    def item(imp, std, actions):
        first = None
        rows = []
        for a in actions:
            cells = tb.add_row().cells
            rows.append(cells)
            set_cell(cells[2], a[0])
            set_cell(cells[3], a[1])
            set_cell(cells[4], a[2])
        if len(rows) > 1:
            c0 = rows[0][0].merge(rows[-1][0])
            c1 = rows[0][1].merge(rows[-1][1])
        else:
            c0, c1 = rows[0][0], rows[0][1]
        set_cell(c0, imp)
        set_cell(c1, std)

    section("Quality of the patient experience")
    item("The practice must ensure that the practice leaflet and website show current opening hours, out of "
         "hours arrangements and how to raise a concern under Putting Things Right.",
         "Health and Care Quality Standards (2023) – Person-centred",
         [("Practice leaflet reviewed and reissued. Website updated with opening hours, out of hours (111 Wales) "
           "arrangements and Putting Things Right information.",
           "Gwen Phillips (Practice Manager)", "28 February 2025")])
    item("The practice should ensure that bilingual signage and information are available, in line with the "
         "Active Offer.",
         "Welsh Language (Wales) Measure 2011; More Than Just Words",
         [("1. Bilingual signage ordered for reception and consulting room doors.\n"
           "2. Welsh-speaking staff to wear 'Iaith Gwaith' badges and be identified on the daily rota.",
           "Practice Manager / Reception Supervisor", "30 April 2025")])
    section("Delivery of safe and effective care")
    item("The practice must ensure that emergency drugs and equipment are checked weekly and that the checks "
         "are recorded.",
         "Health and Care Quality Standards (2023) – Safe",
         [("Weekly emergency drugs and equipment checklist introduced, signed by the duty nurse and "
           "countersigned by the Lead Nurse.",
           "Sian Evans (Lead Nurse)", "Immediate and ongoing"),
          ("Monthly spot check of checklist completion added to the practice audit schedule, with results "
           "reported at the partners' meeting.",
           "Dr Rhys Morgan (GP Partner)", "31 March 2025")])
    item("The practice must ensure that all clinical staff complete safeguarding training at the level "
         "appropriate to their role.",
         "Health and Care Quality Standards (2023) – Safe; Wales Safeguarding Procedures",
         [("Training matrix updated. Outstanding Level 3 safeguarding training booked for two GPs and one "
           "practice nurse.",
           "Dr Rhys Morgan (Safeguarding Lead)", "End of May 2025")])
    section("Quality of management and leadership")
    item("The practice should ensure that all staff receive an annual appraisal and that this is recorded.",
         "Health and Care Quality Standards (2023) – Workforce",
         [("Appraisal schedule created for all non-clinical staff; outstanding appraisals to be completed and "
           "recorded on the staff file.",
           "Practice Manager & Assistant Practice Manager", "Q1 2025/26")])
    item("The practice must ensure that practice meetings are minuted and the minutes shared with all staff, "
         "including those unable to attend.",
         "Health and Care Quality Standards (2023) – Leadership",
         [("Standard agenda and minutes template introduced. Minutes saved to the shared drive and emailed to "
           "all staff within one week of the meeting.",
           "Assistant Practice Manager", "February 2025")])

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_paragraph().add_run("Service representative").bold = True
    sg = doc.add_table(rows=3, cols=2)
    sg.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Gwen Phillips"), ("Job role:", "Practice Manager"),
                                ("Date:", "07/03/2025")]):
        set_cell(sg.rows[i].cells[0], a, bold=True)
        set_cell(sg.rows[i].cells[1], b)
    doc.save(out("zrl-tenby-surgery-hiw-gp-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Abicare Services Salisbury - CQC home care action plan (csv)
# ---------------------------------------------------------------------------
def make_abicare():
    R12 = "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment"
    R17 = "Regulation 17 HSCA RA Regulations 2014 Good governance"
    R18 = "Regulation 18 HSCA RA Regulations 2014 Staffing"
    rows = [
        ["Abicare Services Ltd - Salisbury branch (domiciliary care)", "", "", "", "", "", "", ""],
        ["CQC inspection action plan - requirement notices (inspection 17-19 June 2024; report published "
         "30 August 2024)", "", "", "", "", "", "", ""],
        ["Registered Manager: Lisa Hammond | Last updated: 12/11/2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Regulation", "What CQC found", "Ref", "Action", "Responsible", "Target date", "RAG", "Update"],
        [R12,
         "Medicines were not always managed safely. Medication administration records (MARs) had gaps and "
         "'as required' (PRN) medicines did not have protocols in place.",
         "1.1", "Audit all eMAR records weekly and follow up every gap with the care worker within 48 hours.",
         "Care Coordinator & Field Care Supervisor", "31/07/2024", "Blue",
         "Weekly audit in place since 01/07/2024; gaps down from 37 to 4 per week."],
        ["", "", "1.2",
         "Write a PRN protocol for every person prescribed 'as required' medicines and attach it to the eMAR.",
         "Registered Manager", "31/08/2024", "Blue", "Protocols in place for all 19 people on PRN medicines."],
        ["", "", "1.3",
         "Reassess medicines competency for all care workers:\n- observed medicines round\n- knowledge test",
         "Training Lead", "31/12/2024", "Green", "52 of 61 care workers reassessed."],
        ["", "Risk assessments for people at risk of choking or pressure damage were not always in place.",
         "1.4",
         "Complete choking and Waterlow pressure area risk assessments for every person at risk and add them "
         "to the care plan on Birdie.",
         "Senior Care Coordinator", "30/11/2024", "Green",
         "Assessments complete; monthly care plan audit checking they stay up to date."],
        [R17,
         "Systems to monitor the quality and safety of the service were not effective. Audits had not "
         "identified the concerns found at inspection.",
         "2.1",
         "Introduce a monthly quality audit schedule (care plans, eMAR, call monitoring) with findings reviewed "
         "at the branch governance meeting.",
         "Registered Manager/Quality Lead", "31/12/2024", "Green",
         "Schedule running; September and October governance meetings held."],
        ["", "", "2.2",
         "Use electronic call monitoring to review late and missed calls weekly and report trends to the "
         "Operations Director.",
         "Operations Director", "30/11/2024", "Amber",
         "Weekly reports since 14/10/2024; trend report not yet produced."],
        [R18, "Staff did not always receive regular supervision and spot checks.", "3.1",
         "Schedule supervision every three months and two spot checks a year for every care worker, tracked on "
         "the training matrix.",
         "Field Care Supervisor", "Oct 2024", "Red",
         "Supervision backlog of 23 staff; second field care supervisor being recruited."],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: Blue = completed and evidenced; Green = on track; Amber = at risk of slipping; "
         "Red = overdue", "", "", "", "", "", "", ""],
        ["Total actions: 7 | Blue 2 | Green 3 | Amber 1 | Red 1", "", "", "", "", "", "", ""],
    ]
    with open(out("zrl-abicare-services-salisbury-cqc-home-care-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Leeds Teaching Hospitals - Quality Account priorities tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_leeds():
    lines = [
        ["The Leeds Teaching Hospitals NHS Trust"],
        ["Quality Account 2025/26: Quality Priorities Progress Tracker"],
        ["Quarter 2 (July–September 2025) – for Quality Assurance Committee, 23 October 2025"],
        [],
        ["Ref", "Quality priority / milestone", "Lead(s)", "Due by", "Q1 RAG", "Q2 RAG", "Q2 progress"],
        ["PATIENT SAFETY"],
        ["Priority 1 – Deteriorating patient: improve the recognition of and response to deterioration "
         "(NEWS2 and PEWS)"],
        ["1.1", "Achieve 90% compliance with NEWS2 observations completed on time on adult inpatient wards, "
                "measured on the PPM+ dashboard.",
         "Chief Nurse / Chief Medical Officer", "Mar-26", "A", "G", "86% in September (Q1 81%)."],
        ["1.2", "Roll out Martha's Rule (Call 4 Concern) patient and family escalation to all adult and "
                "children's inpatient wards.",
         "Head of Patient Safety", "Q3 2025/26", "G", "G", "Live on 64 of 88 wards."],
        ["1.3", "Deliver deteriorating patient simulation training to 80% of Foundation Year doctors.",
         "Director of Medical Education", "31/01/2026", "G", "A",
         "Faculty shortage in August; 52% trained."],
        ["Priority 2 – Medication safety: reduce omitted and delayed critical medicines"],
        ["2.1", "Introduce time-critical medicines alerts in PPM+ for Parkinson's medicines and anticoagulants.",
         "Chief Pharmacist & CCIO", "September 2025", "G", "B", "Live on all wards from 15/09/2025."],
        ["2.2", "Carry out a point prevalence audit of omitted critical medicines and report the results to the "
                "Medication Safety Group.",
         "Medication Safety Officer", "Quarterly", "", "G", "Q2 audit completed: 3.1% omissions (Q1 4.4%)."],
        ["CLINICAL EFFECTIVENESS"],
        ["Priority 3 – Sepsis: timely antibiotics for patients with suspected sepsis"],
        ["3.1", "Give antibiotics within one hour to 90% of adult ED patients with red flag sepsis.",
         "Clinical Director, Emergency Medicine", "Mar-26", "R", "A",
         "78% at St James's and 82% at LGI in September."],
        ["PATIENT EXPERIENCE"],
        ["Priority 4 – Communication: keep patients and families informed about their care"],
        ["4.1", "Launch 'Leeds Listens' real-time patient feedback in all outpatient areas.",
         "Head of Patient Experience", "Dec 2025", "A", "R",
         "Supplier contract delayed; launch now expected February 2026."],
        ["4.2", "Reduce complaints about communication by 15% against the 2024/25 baseline.",
         "Chief Nurse", "31 March 2026", "G", "G", "Down 11% at end of Q2."],
        [],
        ["Summary of Q2 position: 8 milestones – Blue 1 | Green 4 | Amber 2 | Red 1"],
        ["RAG key: B = complete; G = on track; A = at risk, recovery plan in place; R = off track"],
    ]
    with open(out("zrl-leeds-teaching-hospitals-nhs-trust-quality-account-priorities-tracker-2025-26.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    make_derbyshire()
    make_hywel_dda()
    make_wakefield()
    make_ggc()
    make_tenby()
    make_abicare()
    make_leeds()
    print("built 7 zrl- files in", HERE)
