"""Build the seven ej2- blind test files (set heldout174).

Run with /work/main/.venv/bin/python ej2_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


DOC_RAG = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000",
           "Complete": "5B9BD5"}

XL_FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in {
    "B": "5B9BD5", "Blue": "5B9BD5", "COMPLETE": "5B9BD5",
    "G": "70AD47", "Green": "70AD47",
    "A": "FFC000", "Amber": "FFC000",
    "R": "FF0000", "Red": "FF0000",
    "head": "1F3864", "band": "D9E1F2", "band2": "FCE4D6", "grey": "D9D9D9",
}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ============================================================ 1. SAR (docx)
def make_sar():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Cheshire East Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Safeguarding Adults Review – Adult F: Multi-Agency Action Plan", style="Title")
    doc.add_paragraph("Review published: 18 June 2024    |    Plan owner: SAR Sub-Group    |    "
                      "Version 4 – January 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for row in [
        ("1", "02/07/2024", "SAB Business Manager", "First draft following publication of the review"),
        ("2", "16/07/2024", "SAR Sub-Group", "Leads and target dates agreed with partner agencies"),
        ("3", "08/10/2024", "SAB Business Manager", "Quarter 2 progress updates added"),
        ("4", "14/01/2025", "SAB Business Manager", "Quarter 3 progress updates; RAG ratings reviewed"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in [
        ("Blue", "Action complete and evidence of impact provided to the SAR Sub-Group"),
        ("Green", "On track to be completed by the target date"),
        ("Amber", "Some slippage; revised date agreed by the SAR Sub-Group"),
        ("Red", "Not progressing or overdue – escalated to the Board"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], DOC_RAG[colour])
        set_cell(cells[1], meaning)

    recs = [
        ("Recommendation 1: Self-neglect and hoarding",
         "The SAB should seek assurance that partners use the Cheshire East Self-Neglect and Hoarding "
         "Policy consistently, including use of the Clutter Image Rating and escalation to a "
         "multi-agency risk management meeting where engagement is limited.",
         [("1.1", "Re-launch the Self-Neglect and Hoarding Policy through a 7-minute briefing and "
                  "practitioner webinars across all partner agencies.",
           "SAB Business Manager", "30/09/2024",
           "Briefing published August 2024; three webinars held with 212 attendees.", "Blue"),
          ("1.2", "Undertake a multi-agency audit of self-neglect cases open for more than 6 months, "
                  "testing use of the Clutter Image Rating and escalation to risk management meetings.",
           "Head of Adult Safeguarding (CEC) / Designated Professional for Safeguarding Adults (ICB)",
           "31/03/2025",
           "Audit tool agreed. Target date revised from 31/12/2024 by the SAR Sub-Group to allow "
           "police and housing cases to be included.", "Amber")]),
        ("Recommendation 2: Mental capacity and executive functioning",
         "Partners should ensure that mental capacity assessments for adults who repeatedly decline "
         "support consider executive functioning, and that practitioners have access to legal literacy "
         "training.",
         [("2.1", "Commission and deliver multi-agency training on assessing executive functioning "
                  "within mental capacity assessments.",
           "SAB Learning and Development Sub-Group Chair", "June 2025",
           "Trainer commissioned; four sessions scheduled February–May 2025.", "Green"),
          ("2.2", "Amend the Cheshire East Council mental capacity assessment template so that "
                  "executive functioning is prompted and recorded.\nProvide guidance notes for "
                  "practitioners alongside the revised template.",
           "Principal Social Worker (Adults)", "31/01/2025",
           "Revised template live on the case management system from 6 January 2025.", "Blue")]),
        ("Recommendation 3: Fire risk",
         "Partners should ensure that fire risk is identified for adults who self-neglect, smoke or use "
         "emollient creams, and that referrals for a Safe and Well visit are made without delay.",
         [("3.1", "Add fire risk screening questions and a Safe and Well referral prompt to the adult "
                  "social care and community nursing assessment documentation.",
           "Head of Prevention (Cheshire Fire and Rescue Service); Associate Director of Nursing "
           "(Cheshire and Wirral Partnership NHS FT)", "Q3 2024/25",
           "Adult social care forms updated. Community nursing change delayed by the electronic "
           "patient record upgrade; escalated to the SAB Executive in January 2025.", "Red"),
          ("3.2", "Deliver joint fire safety awareness sessions for domiciliary care providers.",
           "Cheshire Fire and Rescue Service", "Ongoing",
           "Sessions delivered to 14 providers to date; programme continues through 2025.", "Green")]),
        ("Recommendation 4: Assurance and learning",
         "The SAB should receive assurance within 12 months that the learning from this review has "
         "been embedded in practice.",
         [("4.1", "Present a learning-into-practice report to the Board, drawing on audit findings and "
                  "practitioner feedback.",
           "SAR Sub-Group Chair", "June 2025", "Not yet due.", "Not started")]),
    ]
    head = ["Ref", "Action", "Lead agency / officer", "Target date",
            "Progress update (January 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.0), Cm(5.0), Cm(2.5), Cm(7.0), Cm(2.0)]
    for heading, rec_text, actions in recs:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run(rec_text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for ref, act, lead, due, prog, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, due, prog, rag]):
                set_cell(c, v)
            if rag in DOC_RAG:
                shade(cells[5], DOC_RAG[rag])
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next review: SAR Sub-Group, 8 April 2025. Queries to the SAB Business Unit.")
    doc.save(out("ej2-cheshire-east-sab-sar-adult-f-action-plan.docx"))


# ============================================================ 2. DHR (docx)
def make_dhr():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safer Swindon Partnership: Domestic Homicide Review ‘Helen’ – Action Plan",
                      style="Title")
    doc.add_paragraph("This action plan accompanies the Overview Report (final version, September "
                      "2023) and was endorsed by the Safer Swindon Partnership Board on 7 March 2024. "
                      "Progress is monitored by the DHR Standing Panel.")
    doc.add_paragraph("Position at 30 September 2024")

    head = ["Recommendation", "Scope of recommendation (local / regional / national)",
            "Action to take", "Lead agency", "Key milestones achieved in enacting recommendation",
            "Target date", "Date of completion and outcome", "RAG"]

    def table(recs):
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            set_cell(c, h, bold=True)
            shade(c, "E2D9F3")
        for rec, scope, actions in recs:
            first = len(t.rows)
            for act, lead, miles, due, done, rag in actions:
                cells = t.add_row().cells
                for c, v in zip(cells[2:], [act, lead, miles, due, done, rag]):
                    set_cell(c, v)
                if rag in DOC_RAG:
                    shade(cells[7], DOC_RAG[rag])
            set_cell(t.rows[first].cells[0], rec)
            set_cell(t.rows[first].cells[1], scope)
            last = len(t.rows) - 1
            if last > first:
                t.cell(first, 0).merge(t.cell(last, 0))
                t.cell(first, 1).merge(t.cell(last, 1))
        return t

    doc.add_heading("Overview Report recommendations", level=1)
    table([
        ("1. Safer Swindon Partnership to seek assurance that agencies routinely ask about domestic "
         "abuse when an older adult presents with a change in behaviour, an injury or a carer’s "
         "breakdown.", "Local",
         [("Issue a 7-minute briefing on domestic abuse in later life to all partner agencies.",
           "Safer Swindon Partnership (Community Safety Team)", "Briefing drafted with Age UK Swindon.",
           "December 2023", "Completed 14/12/2023 – briefing circulated to 38 agencies.", "Complete"),
          ("Include routine enquiry for older adults in the refreshed Swindon domestic abuse training "
           "offer.", "Swindon Borough Council – Domestic Abuse Lead",
           "Training refresh delayed by change of provider; new course goes live October 2024.",
           "31st March 2024", "", "Amber")]),
        ("2. Great Western Hospitals NHS Foundation Trust to ensure that Emergency Department staff "
         "complete a DASH risk assessment and refer to MARAC where a patient discloses domestic abuse.",
         "Local",
         [("Audit Emergency Department records quarterly for completion of DASH and MARAC referrals and "
           "report findings to the Trust Safeguarding Committee.",
           "Great Western Hospitals NHS FT – Head of Safeguarding",
           "Q1 2024/25 audit: DASH completed in 81% of disclosures (baseline 54%).",
           "Quarterly", "", "Green")]),
        ("3. Avon and Wiltshire Mental Health Partnership NHS Trust (AWP) to review how carers’ needs "
         "are considered when a patient is discharged from a crisis team to primary care.", "Regional",
         [("Revise the crisis team discharge checklist to include a carer’s conversation and a carer’s "
           "assessment referral.", "AWP – Swindon Locality Manager", "Checklist revised and approved.",
           "June 2024", "Completed 28/06/2024 – revised checklist in use.", "Complete"),
          ("Share learning with BSW Integrated Care Board and GP practices via the primary care "
           "safeguarding newsletter.", "BSW ICB Named GP for Safeguarding / AWP Safeguarding Lead",
           "Article agreed by both agencies.", "September 2024",
           "Completed – featured in the September 2024 newsletter.", "Complete")]),
    ])
    doc.add_paragraph("")
    doc.add_heading("Single agency recommendations", level=1)
    table([
        ("4. Wiltshire Police to ensure that officers attending calls involving older couples consider "
         "coercive and controlling behaviour.", "Force-wide",
         [("Deliver a Domestic Abuse Matters refresher input on coercive control in older relationships "
           "to response officers in Swindon.", "Wiltshire Police – Public Protection Department",
           "Two cohorts trained (62 officers).", "Ongoing", "", "Green")]),
        ("5. Swindon Borough Council Adult Social Care to strengthen the link between carers’ "
         "assessments and domestic abuse risk.", "Local",
         [("Add a domestic abuse prompt to the carer’s assessment form and brief the Carers Support "
           "Team.", "Head of Service – Adult Social Care (Swindon Borough Council)", "",
           "30/11/2024", "", "Not started")]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Recommendations 6 and 7 (national) were referred to the Home Office and are not "
                      "tracked in this plan.")
    doc.save(out("ej2-safer-swindon-partnership-dhr-helen-action-plan.docx"))


# ============================================================ 3. ICB action log (csv)
def make_icb():
    cols = 7
    rows = [
        ["NHS Herefordshire and Worcestershire ICB – Board Meeting in Public: Action Log"],
        ["Updated following the Board meeting held on 21 January 2025"],
        ["Key: G = Action completed – proposed for closure; A = Action in progress and not yet due; "
         "R = Action overdue or due date revised"],
        [],
        ["Action Ref", "Agenda Item", "Action", "Action Owner", "Due Date", "RAG", "Update / Comments"],
        ["Board meeting – 24 September 2024"],
        ["BD24-031", "Integrated Performance Report",
         "Provide a breakdown of the 12-hour waits in the Emergency Department at Worcestershire Royal "
         "Hospital by age group and mental health presentation.", "RW", "26/11/2024", "G",
         "Breakdown included in the November IPR. Proposed for closure."],
        ["BD24-032", "Primary Care Access Recovery Plan",
         "Bring an update on the uptake of the NHS App and online consultation tools across all GP "
         "practices.", "JB/SC", "21/01/2025", "G", "Update received at January Board. Proposed for closure."],
        ["BD24-035", "Board Assurance Framework",
         "Review the score of BAF risk 4 (workforce) in light of the revised workforce plan trajectory.\n"
         "Report back via the Audit and Risk Committee.", "Chief People Officer", "Mar-25", "A",
         "Scheduled for the Audit and Risk Committee on 11 March 2025."],
        ["Board meeting – 26 November 2024"],
        ["BD24-041", "Winter Plan 2024/25",
         "Circulate the system escalation (OPEL) framework to Board members.", "MH", "13/12/2024", "R",
         "Delayed pending regional review of the OPEL framework; revised date to be agreed."],
        ["BD24-044", "Financial Plan",
         "Set out the risks to delivery of the 2024/25 efficiency programme, with mitigations, at a private "
         "Board seminar.", "Chief Finance Officer", "TBC", "A", "Seminar date to be confirmed."],
        ["Board meeting – 21 January 2025"],
        ["BD25-002", "Maternity and Neonatal Services",
         "Invite the LMNS Chair to present the Three Year Delivery Plan progress report.",
         "Chief Nursing Officer / Board Secretary", "25/03/2025", "A", "Added to the March forward plan."],
        ["BD25-005", "Joint Forward Plan refresh",
         "Circulate the draft Joint Forward Plan to Board members for comment ahead of publication.",
         "DS", "28/02/2025", "A", ""],
        [],
        ["Summary: 7 open actions – G 2, A 4, R 1"],
    ]
    with open(out("ej2-herefordshire-worcestershire-icb-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (cols - len(r)))


# ============================================================ 4. Maternity (xlsx)
def make_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Kent Hospitals University NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Maternity and Neonatal Improvement Plan – Pillars of Change"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Response to ‘Reading the signals’ (Independent Investigation, October 2022)"
    for i, (k, v) in enumerate([
        ("Executive Sponsor:", "Chief Nursing and Midwifery Officer"),
        ("Reporting to:", "Maternity and Neonatal Assurance Group (MNAG) / Quality and Safety Committee"),
        ("Data as at:", "31 January 2025"),
        ("Version:", "v2.7"),
    ], start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete – evidence of embedding reviewed and accepted by MNAG"),
        ("G", "On track to deliver by the (revised) completion date"),
        ("A", "Risk to delivery; mitigation in place"),
        ("R", "Off track – escalated to MNAG"),
    ], start=11):
        c = cov.cell(i, 1, k)
        c.fill = XL_FILL[k]
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 80

    pillars = [
        ("Pillar 1 – Monitoring safe performance", [
            ("P1.1", "Implement a maternity and neonatal outcomes dashboard, benchmarked against national "
                     "data, reviewed monthly at the Maternity and Neonatal Assurance Group.",
             "Director of Midwifery; Clinical Director – Women’s Health",
             dt.datetime(2023, 9, 30), dt.datetime(2024, 3, 31), "G", "B",
             "Dashboard live since March 2024 and reviewed monthly at MNAG."),
            ("P1.2", "Introduce a twice-daily safety huddle on each labour ward using the agreed "
                     "escalation tool.", "Consultant Midwife",
             dt.datetime(2023, 12, 31), None, "B", "B", "Huddles embedded at QEQM and WHH."),
            ("P1.3", "Commission an external review of the Trust’s maternity incident reporting and "
                     "investigation process against PSIRF.", "Maternity Patient Safety Lead",
             dt.datetime(2024, 6, 30), dt.datetime(2025, 4, 30), "A", "A",
             "Reviewer appointed December 2024; fieldwork February–March 2025."),
        ]),
        ("Pillar 2 – Standards of clinical behaviour", [
            ("P2.1", "Roll out the professional behaviours framework to all maternity and neonatal staff, "
                     "with compliance reported quarterly.", "Director of Midwifery / Head of Obstetrics",
             dt.datetime(2024, 3, 31), dt.datetime(2025, 3, 31), "A", "G",
             "Compliance 87% at end of Q3 (target 90%)."),
            ("P2.2", "Embed civility and respect training in the mandatory maternity training day "
                     "(PROMPT).", "Practice Development Midwife",
             dt.datetime(2024, 9, 30), None, "G", "",
             "Module included in PROMPT from September 2024."),
        ]),
        ("Pillar 3 – Team working", [
            ("P3.1", "Establish a joint obstetric and neonatal governance meeting with shared learning from "
                     "incidents.", "Clinical Director Neonatology & Clinical Director Obstetrics",
             dt.datetime(2023, 12, 31), None, "B", "B", "Meeting established January 2024; monthly."),
            ("P3.2", "Deliver multi-professional team development for the labour ward leadership "
                     "triumvirate at each site.", "Head of Organisational Development",
             dt.datetime(2024, 12, 31), dt.datetime(2025, 6, 30), "A", "R",
             "Facilitator procurement delayed; escalated to MNAG January 2025."),
        ]),
        ("Pillar 4 – Organisational behaviour", [
            ("P4.1", "Set up a family liaison service so that families affected by harm are offered a named "
                     "contact and a restorative meeting.", "Chief Nursing and Midwifery Officer",
             dt.datetime(2024, 3, 31), None, "G", "B", "Service in place; 46 families supported."),
            ("P4.2", "Publish a quarterly ‘You said, we did’ report co-produced with the Maternity and "
                     "Neonatal Voices Partnership.", "Head of Patient Experience / MNVP Chair",
             "Quarterly", None, "G", "G", "Q3 report published January 2025."),
            ("P4.3", "Review Board reporting so that maternity safety data are presented to the Trust Board "
                     "in public every month.", "Company Secretary",
             dt.datetime(2025, 5, 31), None, "", "",
             "New action added December 2024."),
        ]),
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by pillar (January 2025)"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Pillar", "B", "G", "A", "R", "Not rated", "Total"]
    for j, h in enumerate(hdr, 1):
        c = summ.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in XL_FILL:
            c.fill = XL_FILL[h]
    tot = [0] * 6
    r = 4
    for name, acts in pillars:
        counts = [0] * 5
        for a in acts:
            cur = a[6] if a[6] else ("G" if a[0] == "P2.2" else "")
            idx = {"B": 0, "G": 1, "A": 2, "R": 3}.get(cur, 4)
            counts[idx] += 1
        vals = [name] + counts + [sum(counts)]
        for j, v in enumerate(vals, 1):
            summ.cell(r, j, v).border = BOX
        tot = [t + v for t, v in zip(tot, counts + [sum(counts)])]
        r += 1
    for j, v in enumerate(["Total"] + tot, 1):
        c = summ.cell(r, j, v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 45

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – Pillars of Change"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: January 2025"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
            "Previous RAG (Dec-24)", "Current RAG (Jan-25)", "Progress update / evidence", "Evidence ref"]
    for j, h in enumerate(head, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = XL_FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 5
    ev = 100
    for name, acts in pillars:
        ws.cell(r, 1, name).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = XL_FILL["band"]
        r += 1
        for ref, act, lead, orig, rev, prev, cur, prog in acts:
            vals = [ref, act, lead, orig, rev, prev, cur, prog, f"EV-{ev}"]
            ev += 3
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((6, prev), (7, cur)):
                if v in XL_FILL:
                    ws.cell(r, j).fill = XL_FILL[v]
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            if ref == "P2.2":  # current RAG shown by fill only
                ws.cell(r, 7).fill = XL_FILL["G"]
            r += 1
    r += 1
    ws.cell(r, 1, "Note: actions rated B for two consecutive months are proposed to MNAG for closure.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [7, 60, 32, 14, 14, 12, 12, 45, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(out("ej2-east-kent-hospitals-maternity-improvement-plan.xlsx"))


# ============================================================ 5. Risk register (xlsx, refuse)
def make_risk():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2024-25"
    ws["A1"] = "Mid Devon District Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2024/25"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Audit Committee, 25 February 2025"
    head = ["Risk ref", "Risk title", "Risk owner", "Inherent score (L x I)", "Current controls",
            "Further actions", "Action owner", "Target date", "Residual score", "Direction of travel",
            "Action status"]
    for j, h in enumerate(head, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = XL_FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR01", "Financial sustainability – gap in the Medium Term Financial Plan",
         "Deputy Chief Executive (S151)", "4 x 5 = 20",
         "MTFP reviewed quarterly by Cabinet; reserves policy; budget monitoring to Leadership Team monthly.",
         "12", "↔",
         [("Deliver the 2025/26 savings and income plan approved by Cabinet.",
           "Deputy Chief Executive (S151)", "March 2025", "Amber"),
          ("Complete a review of fees and charges for 2025/26.",
           "Head of Finance, Property and Climate Resilience", "January 2025", "Green")]),
        ("CR02", "Cyber security – loss of systems or data following a cyber attack",
         "Head of Digital Transformation and Customer Engagement", "4 x 5 = 20",
         "Firewalls and endpoint protection; mandatory cyber training; offline backups.",
         "10", "↓",
         [("Achieve the Cyber Assessment Framework baseline and complete the PSN health check remediation.",
           "IT Services Manager", "June 2025", "Amber"),
          ("Run a cyber incident exercise with the Corporate Management Team.",
           "IT Services Manager", "September 2024", "Complete")]),
        ("CR03", "Housing Revenue Account – capacity to deliver the housing development programme",
         "Director of Place and Economy", "4 x 4 = 16",
         "HRA business plan; Homes Board oversight; development pipeline reviewed monthly.",
         "12", "↑",
         [("Refresh the HRA 30-year business plan to reflect rent policy and stock condition data.",
           "Head of Housing and Health", "Febuary 2025", "Amber"),
          ("Complete stock condition surveys for the remaining 20% of council homes.",
           "Operations Manager – Building Services", "April 2025", "Green")]),
        ("CR04", "Local Plan – failure to progress the Local Plan Review to examination",
         "Director of Place and Economy", "3 x 4 = 12",
         "Local Development Scheme; Planning Policy Advisory Group; programme officer in post.",
         "9", "↔",
         [("Publish the Regulation 19 draft Local Plan for consultation.",
           "Forward Planning Team Leader", "July 2025", "Green")]),
    ]
    r = 6
    for ref, title, owner, inh, ctrl, resid, dot, acts in risks:
        first = r
        for i, (act, aown, due, st) in enumerate(acts):
            if i == 0:
                for j, v in ((1, ref), (2, title), (3, owner), (4, inh), (5, ctrl), (9, resid), (10, dot)):
                    ws.cell(r, j, v)
            for j, v in ((6, act), (7, aown), (8, due), (11, st)):
                ws.cell(r, j, v)
            if st in XL_FILL:
                ws.cell(r, 11).fill = XL_FILL[st]
            elif st == "Complete":
                ws.cell(r, 11).fill = XL_FILL["B"]
            for j in range(1, 12):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
    r += 1
    ws.cell(r, 1, "Scores: Likelihood (1–5) x Impact (1–5). 15–25 High (red); 8–14 Medium (amber); "
                  "1–7 Low (green). See the Risk Matrix tab.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", [8, 34, 24, 12, 40, 48, 28, 14, 10, 10, 12]):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = Font(bold=True)
        mx.cell(3 + i, 1, 6 - i).font = Font(bold=True)
        for k in range(1, 6):
            s = (6 - i) * k
            c = mx.cell(3 + i, k + 1, s)
            c.fill = XL_FILL["R"] if s >= 15 else XL_FILL["A"] if s >= 8 else XL_FILL["G"]
    wb.save(out("ej2-mid-devon-dc-corporate-risk-register-typo-month-refuse.xlsx"))


# ============================================================ 6. Highlight report (txt)
def make_highlight():
    T = "\t"
    lines = [
        "Thurrock Council – Transformation Programme Highlight Report",
        "Reporting period: 1–31 December 2024",
        "Report to: Transformation Board, 15 January 2025",
        "Senior Responsible Owner: Chief Executive",
        "Overall programme status: AMBER",
        "",
        "RAG definitions: GREEN = on track; AMBER = at risk, recovery actions in place; RED = off track, "
        "decision required from the Board; COMPLETE = delivered and handed over to business as usual; "
        "NOT STARTED = work not yet begun.",
        "",
        "====================================================================",
        "WORKSTREAM 1: CUSTOMER AND DIGITAL",
        "Workstream lead: Director of Customer Services",
        "Workstream status: AMBER",
        "Achievements this period:",
        "- Online council tax account launched; 4,120 registrations in December.",
        "- Telephone abandonment rate down to 9% (target 10%).",
        "Key milestones",
        T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["CD1", "Migrate the remaining high-volume transactions (bulky waste, missed bins) to the "
                "new customer portal", "Head of Customer Services", "Nov-24", "Mar-25", "AMBER"]),
        T.join(["CD2", "Launch the new council website on the replacement content management system",
                "Digital Lead / Communications Manager", "Oct-24", "Oct-24", "COMPLETE"]),
        T.join(["CD3", "Close the Civic Offices face-to-face counter and open the assisted digital hub at "
                "Grays library", "Head of Customer Services", "Apr-25", "Apr-25", "GREEN"]),
        "Risks and issues:",
        "- Portal supplier resourcing over the Christmas period may delay CD1 testing.",
        "",
        "====================================================================",
        "WORKSTREAM 2: ORGANISATIONAL REDESIGN",
        "Workstream lead: Director of HR, OD and Transformation",
        "Workstream status: AMBER",
        "Achievements this period:",
        "- Formal consultation on tier 3 and 4 structures opened on 2 December.",
        "Key milestones",
        T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["OR1", "Complete consultation on the tier 3 and 4 management structure and confirm "
                "appointments", "Director of HR, OD and Transformation", "Dec-24", "Feb-25", "AMBER"]),
        T.join(["OR2", "Implement the new performance and appraisal framework for all staff",
                "Head of Organisational Development", "Jan-25", "Jan-25", "GREEN"]),
        "Risks and issues:",
        "- Volume of consultation responses higher than planned; additional HR capacity agreed.",
        "",
        "====================================================================",
        "WORKSTREAM 3: ASSET RATIONALISATION",
        "Workstream lead: Corporate Director Place",
        "Workstream status: RED",
        "Achievements this period:",
        "- Two tranche 1 disposals completed (capital receipts £3.2m).",
        "Key milestones",
        T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["AR1", "Dispose of surplus operational buildings in line with the Asset Disposal Programme "
                "(tranche 2)", "Head of Property Services; Interim Director of Finance", "Sep-24", "Jun-25",
                "RED"]),
        T.join(["AR2", "Take a decision on the future operating model for the Thameside Complex",
                "Corporate Director Place", "Mar-25", "TBC", "RED"]),
        "Risks and issues:",
        "- Market conditions reducing bids on tranche 2 sites. Decision required: Board to agree "
        "revised disposal timetable.",
        "",
        "====================================================================",
        "WORKSTREAM 4: ADULT SOCIAL CARE PREVENTION",
        "Workstream lead: Director of Adult Social Care and Community Development",
        "Workstream status: GREEN",
        "Achievements this period:",
        "- Reablement starts at 104 per month (December).",
        "Key milestones",
        T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"]),
        T.join(["ASC1", "Expand the reablement service to 120 starts per month",
                "Strategic Lead – Reablement", "Mar-25", "Mar-25", "GREEN"]),
        T.join(["ASC2", "Procure a technology enabled care provider for the prevention offer",
                "Head of Commissioning", "Jun-25", "Jun-25", "NOT STARTED"]),
        "Risks and issues:",
        "- None new this period.",
        "",
        "====================================================================",
        "Programme milestone summary: 9 milestones – COMPLETE 1, GREEN 3, AMBER 2, RED 2, NOT STARTED 1",
        "Next report: Transformation Board, 12 February 2025",
    ]
    with open(out("ej2-thurrock-council-transformation-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ============================================================ 7. CSP delivery plan (xlsx)
def make_csp():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = "Safer Oldham Partnership – Community Safety Plan Delivery Plan 2024/25"
    intro["A1"].font = Font(bold=True, size=16)
    intro["A2"] = "Year one of the Community Safety Plan 2024–2027"
    intro["A2"].font = Font(italic=True)
    intro["A4"] = ("This delivery plan sets out what partners will do in year one of the Community Safety "
                   "Plan. Each priority has its own tab. Updates are provided quarterly to the Safer Oldham "
                   "Partnership Board; this version contains Quarter 3 updates (Board, 5 February 2025).")
    intro["A4"].alignment = WRAP
    intro.merge_cells("A4:D6")
    intro["A8"] = "RAG key"
    intro["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Blue", "Complete"),
        ("Green", "On track"),
        ("Amber", "Some delay or risk to delivery"),
        ("Red", "Significant delay / off track – Board support needed"),
        ("(blank)", "Not yet started"),
    ], start=9):
        c = intro.cell(i, 1, k)
        if k in XL_FILL:
            c.fill = XL_FILL[k]
        intro.cell(i, 2, v)
    intro["A15"] = "Priorities"
    intro["A15"].font = Font(bold=True)
    intro["A16"] = "1. Tackling serious violence and knife crime"
    intro["A17"] = "2. Reducing domestic abuse and violence against women and girls"
    intro["A18"] = "3. Anti-social behaviour and safer neighbourhoods"
    intro.column_dimensions["A"].width = 30
    intro.column_dimensions["B"].width = 60

    sheets = [
        ("P1 Serious Violence", "Priority 1: Tackling serious violence and knife crime", [
            ("Objective 1a – Early intervention and prevention", [
                ("1.1", "Deliver the Navigator programme in the Royal Oldham Hospital Emergency Department "
                        "for young people presenting with violence-related injuries.",
                 "Northern Care Alliance / Oldham Council Youth Justice Service",
                 "GM Violence Reduction Unit", "March 2025",
                 "Navigators in post since July 2024; 57 young people engaged.", "Green"),
                ("1.2", "Deliver knife crime awareness sessions in all Oldham secondary schools and the "
                        "pupil referral unit.", "Greater Manchester Police – Oldham District Schools Team",
                 "Oldham Council Education; Youth Service", "Q3 2024/25",
                 "All 15 secondary schools and the PRU visited by December 2024.", "Blue"),
            ]),
            ("Objective 1b – Enforcement and disruption", [
                ("1.3", "Carry out test purchase operations with retailers selling knives, with follow-up "
                        "advice visits.", "Oldham Council Trading Standards", "Greater Manchester Police",
                 "Ongoing", "Two operations completed; 3 of 22 premises sold to under-18s.", "Green"),
                ("1.4", "Meet the Serious Violence Duty by publishing the refreshed Oldham serious violence "
                        "strategic needs assessment.", "Community Safety Manager",
                 "All specified authorities", "31/01/2025",
                 "Data from health partners received late; draft now due March 2025.", "Amber"),
            ]),
        ]),
        ("P2 Domestic Abuse", "Priority 2: Reducing domestic abuse and violence against women and girls", [
            ("Objective 2a – Support for victims and their children", [
                ("2.1", "Recommission the Oldham domestic abuse support service, including children’s "
                        "support workers.", "Head of Commissioning (Oldham Council)",
                 "NHS Greater Manchester (Oldham locality)", "April 2025",
                 "Tender evaluated; contract award January 2025.", "Green"),
                ("2.2", "Implement the recommendations from DHR ‘Claire’ and report progress to the Safer "
                        "Oldham Partnership Board.", "DHR Standing Panel Chair", "All DHR panel agencies",
                 "September 2025", "6 of 11 actions complete; two single-agency actions overdue.", "Amber"),
            ]),
            ("Objective 2b – Holding perpetrators to account", [
                ("2.3", "Extend the Drive perpetrator programme to high-harm, high-risk perpetrators "
                        "referred via MARAC.", "Probation Service; Greater Manchester Police",
                 "Oldham Council Community Safety", "March 2025",
                 "Funding for 2024/25 not confirmed by the PCC; no referrals accepted since October.",
                 "Red"),
            ]),
        ]),
        ("P3 ASB", "Priority 3: Anti-social behaviour and safer neighbourhoods", [
            ("Objective 3a – Partnership problem solving", [
                ("3.1", "Introduce a single ASB case management system shared by the council, GMP and First "
                        "Choice Homes Oldham.", "ASB Manager", "First Choice Homes Oldham; GMP",
                 "June 2025", "Funding bid submitted; procurement to start Q1 2025/26.", ""),
                ("3.2", "Run targeted weeks of action in the three wards with the highest ASB demand, using "
                        "the Community Safety Accreditation Scheme.",
                 "Neighbourhood Inspector (GMP) & Environmental Enforcement Manager",
                 "District Partnerships; Fire and Rescue", "Aug-24",
                 "Weeks of action held in Coldhurst, St Mary’s and Alexandra wards.", "Blue"),
            ]),
        ]),
    ]
    head = ["Ref", "What we will do", "Lead partner", "Supporting partners", "By when",
            "Q3 progress update", "RAG"]
    for tab, prio, objectives in sheets:
        ws = wb.create_sheet(tab)
        ws["A1"] = "Safer Oldham Partnership – Community Safety Plan Delivery Plan 2024/25"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = prio
        ws["A2"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A2"].fill = XL_FILL["head"]
        ws.merge_cells("A2:G2")
        for j, h in enumerate(head, 1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = XL_FILL["grey"]
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for obj, acts in objectives:
            ws.cell(r, 1, obj).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = XL_FILL["band2"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for vals in acts:
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v if v != "" else None)
                    c.alignment = WRAP
                    c.border = BOX
                if vals[6] in XL_FILL:
                    ws.cell(r, 7).fill = XL_FILL[vals[6]]
                r += 1
        for col, w in zip("ABCDEFG", [6, 55, 32, 28, 14, 45, 10]):
            ws.column_dimensions[col].width = w
    wb.save(out("ej2-safer-oldham-partnership-community-safety-delivery-plan.xlsx"))


if __name__ == "__main__":
    make_sar()
    make_dhr()
    make_icb()
    make_maternity()
    make_risk()
    make_highlight()
    make_csp()
    print("built 7 files in", HERE)
