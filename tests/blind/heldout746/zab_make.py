#!/usr/bin/env python
"""Build the seven zab- blind cases of set heldout746 (data files and their expected readings).

Run with /work/main/.venv/bin/python zab_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with zab- are written.
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
    assert name.startswith("zab-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, white=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


RAG_DOCX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
            "Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ============================================================ 1. Cunninghame HA (docx)
def make_cunninghame():
    name = "zab-cunninghame-housing-association-shr-annual-assurance-statement-improvement-plan.docx"
    title = "Annual Assurance Statement 2025 – Improvement Plan"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Cunninghame Housing Association Limited"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Board of Management – 30 October 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "Governance and Compliance Manager"),
                 ("Version", "1.3"),
                 ("Approved by", "Board of Management, 30 October 2025"),
                 ("Next review", "Audit & Risk Committee, February 2026")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Board of Management approved the Association’s Annual Assurance Statement to the Scottish "
        "Housing Regulator on 30 October 2025. The Board is assured that the Association complies with the "
        "Regulatory Standards of Governance and Financial Management, the regulatory requirements in "
        "Chapter 3 of the Regulatory Framework and its tenant and resident safety duties. Through its "
        "self-assessment the Board identified the areas for improvement below, none of which it considers "
        "to be material non-compliance. Progress is reported to each meeting of the Audit & Risk Committee.")

    doc.add_paragraph("RAG status key", style="Heading 3")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("B", "Complete"), ("G", "On target"), ("A", "At risk of slipping"),
                 ("R", "Overdue / not on target")]:
        r = key.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], RAG_DOCX[k])
        set_cell(r[1], v)

    head = ["Ref", "Area for improvement", "Action", "Lead", "Target date", "Progress at October 2025", "RAG"]

    S1 = ("Regulatory Standard 1: The governing body leads and directs the RSL to achieve good outcomes "
          "for its tenants and other service users")
    S4 = ("Regulatory Standard 4: The governing body bases its decisions on good quality information and "
          "advice and identifies and mitigates risks to the organisation’s purpose")
    S6 = ("Regulatory Standard 6: The governing body and senior officers have the skills and knowledge "
          "they need to be effective")
    TS = "Tenant and Resident Safety"
    EQ = "Equality and Human Rights"

    A11 = "Board succession planning is informal and the Board skills matrix has not been refreshed since 2022."
    A41 = ("Assurance on the delivery of internal audit recommendations is reported to the Audit & Risk "
           "Committee but not to the Board.")
    A42 = ("The strategic risk register does not clearly link strategic risks to the stress testing of the "
           "30-year business plan.")
    A61 = "Not all Board members have completed training on the Association’s tenant and resident safety obligations."
    AT1 = ("Electrical Installation Condition Reports (EICRs): 27 homes were outwith the five-year cycle at "
           "31 March 2025 because access could not be obtained.")
    AT2 = "Damp and mould cases are not recorded consistently in the housing management system."
    AE1 = ("Equalities data is held for fewer than half of tenants, limiting analysis of service outcomes by "
           "protected characteristic.")

    # section -> list of (area, [rows]) ; row = (ref, action, lead, target, progress, rag)
    sections = [
        (S1, [(A11, [
            ("1.1", "Refresh the Board skills matrix and complete individual skills self-assessments for all "
                    "Board members.", "Governance and Compliance Manager", "31/12/2025",
             "Self-assessments issued 6 October 2025; 9 of 12 returned.", "G"),
            ("1.2", "Develop a Board succession plan, including targeted recruitment for finance and asset "
                    "management skills, for approval by the Board.", "Chairperson / Group Chief Executive",
             "March 2026", "Scoping discussed at Board away day in September.", "G"),
        ])]),
        (S4, [(A41, [
            ("4.1", "Introduce a six-monthly summary of internal audit recommendations and their "
                    "implementation to the Board of Management.", "Director of Finance", "30/11/2025",
             "First report scheduled for the Board on 27 November 2025.", "G"),
        ]), (A42, [
            ("4.2", "Review the risk management policy and strategic risk register so that each strategic risk "
                    "references the relevant business plan stress test and mitigation.", "Director of Finance",
             "30/09/2025\nRevised: 31/01/2026",
             "Delayed to align with the business plan refresh; revised date agreed by the Audit & Risk "
             "Committee on 16 September 2025.", "A"),
        ])]),
        (S6, [(A61, [
            ("6.1", "Deliver a tenant and resident safety briefing for the Board covering gas, electrical, fire, "
                    "water, asbestos and lift safety.", "Head of Asset Management", "September 2025",
             "Briefing delivered at the Board away day on 11 September 2025.", "B"),
            ("6.2", "Add tenant and resident safety to the annual Board training programme and the Board "
                    "induction pack.", "Governance and Compliance Manager", "Q4 2025/26",
             "Induction pack being updated.", "G"),
        ])]),
        (TS, [(AT1, [
            ("TS1", "Complete the outstanding EICRs, using the no-access procedure and forced access where "
                    "necessary, and report the position monthly to the Executive Management Team.",
             "Head of Asset Management", "31/12/2025",
             "11 outstanding at 30 September 2025; forced access appointments booked.", "A"),
        ]), (AT2, [
            ("TS2", "Introduce a damp and mould case category and response timescales in the housing management "
                    "system, and train housing officers and surveyors in its use.\nReport case numbers and "
                    "response times to the Operations Committee quarterly.",
             "Head of Housing Services / Head of Asset Management", "Mar-26",
             "System change delayed by the supplier; go-live date not yet confirmed.", "R"),
        ])]),
        (EQ, [(AE1, [
            ("EHR1", "Run a tenant profile update campaign, collecting equalities data at tenancy sign-up, "
                     "during repairs visits and through the 2026 tenant satisfaction survey.",
             "Customer Engagement Manager", "Ongoing",
             "Campaign launched in the autumn newsletter; returns up from 44% to 49%.", "G"),
        ])]),
    ]

    for sec, areas in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True, white=True)
            shade(t.rows[0].cells[i], "1F3864")
        for area, rows in areas:
            first = len(t.rows)
            for (ref, action, lead, target, prog, rag) in rows:
                c = t.add_row().cells
                set_cell(c[0], ref)
                set_cell(c[2], action)
                set_cell(c[3], lead)
                set_cell(c[4], target)
                set_cell(c[5], prog)
                set_cell(c[6], rag, bold=True)
                shade(c[6], RAG_DOCX[rag])
            last = len(t.rows) - 1
            merged = t.cell(first, 1)
            if last > first:
                merged = t.cell(first, 1).merge(t.cell(last, 1))
            set_cell(merged, area)
        doc.add_paragraph("")

    doc.add_paragraph("Signed on behalf of the Board of Management: Chairperson, 30 October 2025")
    doc.save(out(name))

    ends = {"31/12/2025": ("2025-12", None), "March 2026": ("2026-03", None), "30/11/2025": ("2025-11", None),
            "30/09/2025\nRevised: 31/01/2026": ("2026-01", None), "September 2025": ("2025-09", None),
            "Q4 2025/26": ("2026-03", "Q4 2025/26"), "Mar-26": ("2026-03", None),
            "Ongoing": (None, "Ongoing")}
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for sec, areas in sections:
        for area, rows in areas:
            for (ref, action, lead, target, prog, rag) in rows:
                e, et = ends[target]
                actions.append(act(ref, [sec, area], action, [x.strip() for x in lead.split(" / ")], e,
                                   stat[rag], et))
    write_expected(name, {
        "source": ("Imitates the improvement plan a Scottish registered social landlord publishes alongside its "
                   "Annual Assurance Statement to the Scottish Housing Regulator (Cunninghame Housing "
                   "Association, Irvine, 2025 AAS; cf. Kingdom HA and River Clyde Homes AAS plans and the SHR "
                   "Regulatory Standards of Governance and Financial Management). Copies: body name in the page "
                   "header, document-control table, RAG key table, one section heading per Regulatory "
                   "Standard / safety theme with its own table, the area for improvement in a vertically merged "
                   "cell spanning its actions, letter RAG with cell shading, an original and a revised target "
                   "date in one cell, a two-paragraph action cell, a sign-off line."),
        "reads": ("A Word improvement plan: five headed sections (Standards 1, 4 and 6, tenant and resident "
                  "safety, equality and human rights), each a table in which an area for improvement sits over "
                  "one or two numbered actions with a lead, a target date, a progress note and a RAG letter. "
                  "The document-control and RAG key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================ 2. NIE Networks (docx)
def make_nie():
    name = "zab-nie-networks-storm-eowyn-network-resilience-review-action-plan.docx"
    title = "Storm Éowyn Strategic Review: Network Resilience and Severe Weather Response – Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("NIE Networks")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Progress position at 30 November 2025 – shared with the Utility Regulator and the "
                      "Department for the Economy")

    doc.add_paragraph("Version history", style="Heading 3")
    vh = doc.add_table(rows=1, cols=4)
    vh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comment"]):
        set_cell(vh.rows[0].cells[i], h, bold=True)
    for row in [("0.1", "14/04/2025", "Resilience Review Team", "First draft following internal debrief"),
                ("1.0", "30/06/2025", "Resilience Review Team", "Approved by Executive Committee"),
                ("1.2", "05/12/2025", "Programme Office", "November progress update")]:
        c = vh.add_row().cells
        for i, v in enumerate(row):
            set_cell(c[i], v)

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph(
        "Storm Éowyn on 24 January 2025 caused damage at around 3,000 locations on the network and interrupted "
        "supply to almost 326,000 customers. This plan sets out the actions arising from our strategic review "
        "of network resilience and our response to severe weather events. Where a target has been re-planned "
        "the revised target is shown alongside the original.")
    doc.add_paragraph("Status key: Complete – action delivered and evidenced; Green – on track; Amber – risk "
                      "to target date; Red – target date missed or at serious risk.")

    doc.add_heading("2. Action plan", level=1)
    head = ["Ref", "Action", "Owner", "Original target", "Revised target", "Status", "Commentary"]
    TA = "Theme A – Network resilience"
    TB = "Theme B – Customer information and communications"
    TC = "Theme C – Customers in vulnerable circumstances"
    TD = "Theme D – Emergency response and mutual aid"
    RA1 = ("Recommendation A1: Reduce the exposure of the 11kV and 33kV overhead network to tree-related faults "
           "in high winds.")
    RA2 = ("Recommendation A2: Improve the resilience of primary substations and telecommunications to a "
           "prolonged loss of supply.")
    RB1 = "Recommendation B1: Give customers more accurate and consistent estimated restoration times."
    RC1 = ("Recommendation C1: Ensure customers on the Medical Care Register receive proactive contact and "
           "welfare support during prolonged outages.")
    RD1 = ("Recommendation D1: Strengthen arrangements for mobilising mutual aid and contractor resources "
           "ahead of forecast severe weather.")
    plan = [
        (TA, [
            (RA1, [
                ("A1.1", "Move vegetation management on 33kV overhead lines to a risk-based cycle, prioritising "
                         "circuits with repeat tree faults during Storm Éowyn.", "Head of Vegetation Management",
                 "Jun-25", "", "Complete", "Risk-based cycle approved; 2025/26 programme issued to contractors."),
                ("A1.2", "Complete a feasibility study on undergrounding or covered conductor for the 50 "
                         "worst-performing rural 11kV spurs.", "Asset Strategy Manager", "Dec-25", "Mar-26",
                 "Amber", "Survey data for 18 spurs outstanding; re-planned with agreement of Executive "
                          "Committee."),
            ]),
            (RA2, [
                ("A2.1", "Install standby generation connection points at the 20 primary substations identified "
                         "as single points of failure.", "Network Investment Manager", "Mar-26", "", "Green",
                 "9 of 20 complete."),
                ("A2.2", "Review battery autonomy for SCADA and telecoms equipment and upgrade sites with less "
                         "than 24 hours of standby capacity.", "Telecoms Manager / SCADA Manager", "Sep-25",
                 "Dec-25", "Amber", "Battery supply lead times extended; 31 of 44 sites upgraded."),
            ]),
        ]),
        (TB, [
            (RB1, [
                ("B1.1", "Replace the estimated time of restoration (ETR) model so that ETRs are based on "
                         "confirmed damage assessment rather than regional averages.", "Head of Customer Service",
                 "Oct-25", "Feb-26", "Red", "Original date missed; supplier development re-planned."),
                ("B1.2", "Put in place a standby arrangement with a third-party contact centre to increase call "
                         "handling capacity during major incidents, tested twice a year.\nFirst test to be "
                         "completed before 1 November 2025.", "Head of Customer Service", "Nov-25", "",
                 "Complete", "Contract signed August 2025; first test held 22 October 2025."),
            ]),
        ]),
        (TC, [
            (RC1, [
                ("C1.1", "Agree data-sharing and welfare-check protocols with the Health and Social Care Trusts "
                         "and the 11 councils.", "Customer Care Manager", "Mar-26", "", "Green",
                 "Draft protocol with two Trusts for comment."),
                ("C1.2", "Carry out a data cleanse of the Medical Care Register, contacting every registered "
                         "customer to confirm their details.", "Customer Care Manager", "Dec-25", "", "Green",
                 "72% of customers contacted."),
            ]),
        ]),
        (TD, [
            (RD1, [
                ("D1.1", "Update the Emergency Plan to include pre-storm mobilisation triggers linked to Met "
                         "Office weather warnings.", "Emergency Planning Manager", "Sep-25", "", "Complete",
                 "Emergency Plan v7 issued."),
                ("D1.2", "Hold a joint storm exercise with the Department for the Economy, councils and the "
                         "emergency services.", "Emergency Planning Manager", "Jan-26", "", "Green",
                 "Exercise date agreed for 21 January 2026."),
            ]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True, white=True)
        shade(t.rows[0].cells[i], "00385F")
    ncol = len(head)
    for theme, recs in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[ncol - 1])
        set_cell(m, theme, bold=True, white=True)
        shade(m, "2E75B6")
        for rec, rows in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[ncol - 1])
            set_cell(m, rec, bold=True)
            shade(m, "DEEAF6")
            for (ref, action, owner, orig, rev, status, comm) in rows:
                c = t.add_row().cells
                for i, v in enumerate([ref, action, owner, orig, rev, status, comm]):
                    set_cell(c[i], v)
                shade(c[5], RAG_DOCX[status])

    doc.add_heading("3. Governance", level=1)
    doc.add_paragraph("Progress is reviewed monthly by the Executive Committee and reported quarterly to the "
                      "Board. The next update will be shared with the Utility Regulator in March 2026.")
    doc.save(out(name))

    mon = {"Jun-25": "2025-06", "Dec-25": "2025-12", "Mar-26": "2026-03", "Sep-25": "2025-09",
           "Oct-25": "2025-10", "Feb-26": "2026-02", "Nov-25": "2025-11", "Jan-26": "2026-01"}
    stat = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    actions = []
    for theme, recs in plan:
        for rec, rows in recs:
            for (ref, action, owner, orig, rev, status, comm) in rows:
                actions.append(act(ref, [theme, rec], action, [x.strip() for x in owner.split(" / ")],
                                   mon[rev or orig], stat[status]))
    write_expected(name, {
        "source": ("Imitates the action plan a regulated electricity network operator publishes after a severe "
                   "storm review (NIE Networks’ strategic review of network resilience after Storm Éowyn, "
                   "24 January 2025, overseen by the Utility Regulator and the Department for the Economy; cf. "
                   "Ofgem Storm Arwen review action plans of GB DNOs). Copies: company line and title, a version "
                   "history table, a status key sentence, one table with full-width shaded theme rows and "
                   "recommendation rows above their numbered actions, original and revised target columns, "
                   "word status with cell shading, a two-paragraph action cell, two posts in one owner cell."),
        "reads": ("A Word action plan with one large table: four themes, each with one or two recommendations, "
                  "each recommendation followed by two actions with an owner, original and (sometimes) revised "
                  "target, status word and commentary. Where a revised target is given it is the due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================ 3. Birthlink (csv)
def make_birthlink():
    name = "zab-birthlink-ico-penalty-notice-data-protection-improvement-plan.csv"
    title = "Birthlink – Data Protection Improvement Plan 2025/26"
    F1 = ("Accountability and governance: no data protection policies or procedures were in place when the "
          "Linked Records were destroyed.")
    F2 = ("Records management: no retention schedule, and no distinction between replaceable and irreplaceable "
          "records.")
    F3 = "Training and awareness: staff had received no data protection training before March 2023."
    F4 = "Breach reporting: the destruction was reported to the ICO more than two years after it happened."
    rows = [
        ("1.1", F1, "Adopt a Data Protection Policy with supporting procedures for data breaches, subject access "
                    "requests and records management, approved by the Board of Trustees.", "DPO", "30/06/2025",
         "B", "Approved by Trustees 19 June 2025."),
        ("1.2", "", "Review all data protection policies each year and report compliance to the Board.", "DPO",
         "Annually", "G", "First annual review due June 2026."),
        ("2.1", F2, "Complete an inventory of all paper and electronic records, including Adoption Contact "
                    "Register files and the remaining Linked Records.", "Operations Manager", "31/10/2025", "G",
         "Inventory 80% complete."),
        ("2.2", "", "Adopt a retention schedule that marks irreplaceable items (letters, photographs, original "
                    "certificates) for permanent retention, with destruction of any record only on the documented "
                    "authority of the CEO.", "CEO / DPO", "Dec-25", "A",
         "Draft with Trustees; legal advice on adoption records awaited."),
        ("2.3", "", "Digitise the irreplaceable items held in Linked Records and move the originals to a secure, "
                    "fire-rated archive.", "Operations Manager", "31/03/2026", "A",
         "Quotes obtained; funding bid to be considered by Trustees in November."),
        ("3.1", F3, "All staff and volunteers to complete UK GDPR training at induction and an annual refresher, "
                    "with completion rates reported to each Board meeting.", "Office Manager", "Ongoing", "G",
         "100% of current staff trained."),
        ("3.2", "", "Hold a trustee briefing on data protection, including the Board's role in authorising the "
                    "disposal of records.", "Chair of Trustees", "Sep-25", "B",
         "Briefing held at the Board meeting of 18 September 2025."),
        ("4.1", F4, "Introduce a personal data breach log and procedure requiring breaches to be reported to the "
                    "DPO within 24 hours and assessed for reporting to the ICO within 72 hours.", "DPO",
         "31/08/2025", "B", "Procedure live; two near misses logged."),
        ("4.2", "", "Write to registered service users whose Linked Records may have been destroyed, explaining "
                    "what happened and the support available.\nRecord each reply and any follow-up on the case "
                    "management system.", "CEO", "Jan-26", "R",
         "Letter agreed; mailing delayed while addresses are traced."),
    ]
    ncol = 7
    pad = lambda *cells: list(cells) + [""] * (ncol - len(cells))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(pad(title))
        w.writerow(pad("Following the ICO monetary penalty notice of July 2025 – progress report to the Board of "
                       "Trustees, 16 October 2025"))
        w.writerow(pad())
        w.writerow(["Ref", "ICO finding", "Action", "Owner", "Due", "RAG", "Progress update"])
        for r in rows:
            w.writerow(list(r))
        w.writerow(pad())
        w.writerow(pad("RAG key: B = complete; G = on track; A = at risk of delay; R = behind schedule"))
        w.writerow(pad("Owners: CEO = Chief Executive Officer; DPO = Data Protection Officer"))

    ends = {"30/06/2025": ("2025-06", None), "Annually": (None, "Annually"), "31/10/2025": ("2025-10", None),
            "Dec-25": ("2025-12", None), "31/03/2026": ("2026-03", None), "Ongoing": (None, "Ongoing"),
            "Sep-25": ("2025-09", None), "31/08/2025": ("2025-08", None), "Jan-26": ("2026-01", None)}
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    finding = None
    for (ref, f, action, owner, due, rag, upd) in rows:
        finding = f or finding
        e, et = ends[due]
        actions.append(act(ref, [finding], action, [x.strip() for x in owner.split(" / ")], e, stat[rag], et))
    write_expected(name, {
        "source": ("Imitates the improvement plan a small Scottish charity would keep after ICO enforcement "
                   "(Birthlink, Edinburgh, fined £18,000 by the ICO in July 2025 for destroying about 4,800 "
                   "Linked Records; the ICO found no policies, no retention schedule, no training and a "
                   "two-year delay in reporting). Copies a spreadsheet tracker saved as CSV: two title lines "
                   "padded with commas, header row, the ICO finding given once on the first row of its group "
                   "and left blank on continuation rows, letter RAG, a quoted two-line action cell, RAG key and "
                   "owner key lines at the foot."),
        "reads": ("A CSV tracker of nine actions grouped under four ICO findings, each with a ref, owner "
                  "(initials or post), due date or 'Annually'/'Ongoing', RAG letter and progress note. The "
                  "lines at the foot are keys, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================ 4. Devizes TC (txt, tab-separated)
def make_devizes():
    name = "zab-devizes-town-council-internal-audit-report-2024-25-action-plan.txt"
    title = "Internal Audit 2024/25 – Action Plan"
    sections = [
        ("A. Books of account", [
            ("IA24-01", "The Council should reconcile the cashbook to the nominal ledger monthly and retain "
                        "evidence of independent review.",
             "Monthly reconciliation to be signed off by the Deputy Town Clerk and reported to each Finance and "
             "Governance Committee.", "Responsible Financial Officer", "30/09/2025", "G",
             "April to June reconciliations completed and signed."),
        ]),
        ("B. Financial regulations and payments", [
            ("IA24-02", "Financial Regulations should be updated to the 2024 NALC model, including the revised "
                        "procurement thresholds.",
             "Adopt updated Financial Regulations based on the NALC 2024 model.", "Town Clerk", "22/05/2025", "B",
             "Adopted at Full Council on 22 May 2025."),
            ("IA24-03", "Two members should verify online payments against invoices at least monthly.",
             "Introduce a monthly verification of payments by two councillors, recorded on the payments "
             "schedule.", "Responsible Financial Officer / Chair of Finance and Governance Committee",
             "31/07/2025", "B", "In place from June 2025."),
        ]),
        ("C. Risk management", [
            ("IA24-04", "The risk register should be reviewed and approved by Council at least annually and after "
                        "any significant change.",
             "Carry out a full review of the risk register, including insurance cover for the Town Hall and open "
             "spaces, and present it to Council.", "Town Clerk", "Nov 2025", "G",
             "Insurance broker review booked for September."),
        ]),
        ("D. Budgetary controls and reserves", [
            ("IA24-05", "Each earmarked reserve should have a stated purpose and be reviewed as part of the budget "
                        "process.",
             "Prepare an earmarked reserves policy and schedule as part of the 2026/27 budget.",
             "Responsible Financial Officer", "31/01/2026", "A",
             "Budget working group meets 9 October 2025; schedule not yet drafted."),
        ]),
        ("G. Payroll", [
            ("IA24-06", "Salaries should be checked against the 2024/25 NJC pay award.",
             "Check all salaries against the NJC 2024/25 pay scales and correct any variances, including arrears.",
             "Town Clerk", "30/06/2025", "B", "Two variances corrected in the June payroll."),
        ]),
        ("H. Assets and investments", [
            ("IA24-07", "The asset register should record acquisition values and be reconciled to the AGAR Box 9 "
                        "figure.",
             "Update the fixed asset register with acquisition values and reconcile it to Box 9 of the 2025/26 "
             "AGAR.", "Finance Officer", "30/04/2026", "G", ""),
        ]),
        ("L. Publication requirements", [
            ("IA24-08", "The website should meet the Transparency Code and the accessibility regulations.",
             "Publish all documents required by the Transparency Code and complete an accessibility audit of the "
             "website.", "Deputy Town Clerk", "Ongoing", "A",
             "Accessibility audit quote received; some 2023/24 documents still to be uploaded."),
        ]),
    ]
    lines = ["Devizes Town Council", title,
             "Recommendations from the interim (November 2024) and year-end (May 2025) internal audit reports, "
             "with the Council's agreed actions",
             "Finance and Governance Committee – 15 July 2025", "",
             "\t".join(["Ref", "Auditor's recommendation", "Agreed action", "Responsible officer", "Target date",
                        "RAG", "Comment"])]
    for sec, rows in sections:
        lines.append(sec)
        for r in rows:
            assert all("\t" not in x and "\n" not in x for x in r)
            lines.append("\t".join(r))
    lines += ["", "RAG: B = completed; G = on track; A = behind target; R = overdue",
              "Approved by the Finance and Governance Committee on 15 July 2025 (minute FG/25/041)."]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    ends = {"30/09/2025": ("2025-09", None), "22/05/2025": ("2025-05", None), "31/07/2025": ("2025-07", None),
            "Nov 2025": ("2025-11", None), "31/01/2026": ("2026-01", None), "30/06/2025": ("2025-06", None),
            "30/04/2026": ("2026-04", None), "Ongoing": (None, "Ongoing")}
    stat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    for sec, rows in sections:
        for (ref, rec, action, lead, target, rag, comm) in rows:
            e, et = ends[target]
            actions.append(act(ref, [sec, rec], action, [x.strip() for x in lead.split(" / ")], e, stat[rag], et))
    write_expected(name, {
        "source": ("Imitates the internal audit action plan an English town council takes to its finance "
                   "committee after the interim and year-end internal audit visits for the AGAR (Devizes Town "
                   "Council, Wiltshire, 2024/25; layout of town council 'recommendations and responses' tables, "
                   "sections following the AGAR internal control objectives A–L). Copies a tab-separated text "
                   "export: council name, title, scope and committee lines, header, a one-cell section line per "
                   "control objective, the auditor's recommendation and the council's agreed action side by side "
                   "on each row, officer posts as leads, letter RAG, a key line and an approval note."),
        "reads": ("A tab-separated action plan of eight internal audit recommendations grouped under AGAR "
                  "control objective headings; each row pairs the auditor's recommendation with the council's "
                  "agreed action, responsible officer(s), target date, RAG letter and comment."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ----------------------------------------------------------------- xlsx helpers
FILL = {k: PatternFill("solid", start_color=v, end_color=v)
        for k, v in {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0",
                     "head": "1F4E78", "grey": "D9D9D9", "pale": "DDEBF7"}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ============================================================ 5. United Welsh (xlsx)
def make_united_welsh():
    name = "zab-united-welsh-strategic-risk-register-2025-26.xlsx"
    title = "United Welsh – Strategic Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Position at 30 November 2025 (Quarter 3)"
    cov["A4"] = "Reported to:"
    cov["B4"] = "Audit and Risk Committee, 9 December 2025"
    cov["A5"] = "Register owner:"
    cov["B5"] = "Company Secretary"
    cov["A7"] = "Action status key (colour of the Status cell)"
    cov["A7"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("green", "On track"), ("amber", "At risk of missing due date"),
                                    ("red", "Overdue"), ("blue", "Complete"),
                                    (None, "No colour – not yet started")]):
        c = cov.cell(row=8 + i, column=1)
        if col:
            c.fill = FILL[col]
        c.border = BOX
        cov.cell(row=8 + i, column=2, value=txt)
    cov["A14"] = "Scores: Likelihood (L) x Impact (I), each 1–5. See the Scoring matrix sheet."
    cov.column_dimensions["A"].width = 30
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 November 2025 (Quarter 3)"
    # two-row header with merged group headings
    ws.merge_cells("C4:E4")
    ws["C4"] = "Inherent risk"
    ws.merge_cells("G4:I4")
    ws["G4"] = "Residual risk"
    ws.merge_cells("K4:N4")
    ws["K4"] = "Further action required"
    head = ["Risk", "Risk owner", "L", "I", "Score", "Key controls", "L", "I", "Score", "Trend",
            "Action", "Action owner", "Due", "Status"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    for col in "CDEGHIK":
        ws[f"{col}4"].font = Font(bold=True)

    R1 = ("SR1 Building and tenant safety: failure to meet statutory compliance for gas, electrical, fire, "
          "water, asbestos and lift safety, leading to harm to tenants.")
    R2 = ("SR2 Welsh Housing Quality Standard 2023: insufficient funding or stock data to meet WHQS 2023, "
          "including decarbonisation, within the compliance timescales.")
    R3 = ("SR3 Financial viability: cost inflation and higher interest rates reduce headroom against loan "
          "covenants and the Board's golden rules.")
    R4 = ("SR4 Cyber security and data: a cyber attack or data loss disrupts services and exposes tenants' "
          "personal data.")
    D = dt.datetime
    risks = [
        (R1, "Executive Director of Assets", (4, 5), "Compliance dashboard to Board monthly; gas and electrical "
         "safety contracts with KPIs; fire risk assessments on all blocks; Building Safety Manager in post.",
         (2, 5), "↔", [
             ("Complete fire risk assessment remedial actions rated high priority within 30 days of each "
              "assessment.", "Head of Building Safety", D(2025, 12, 31), "green"),
             ("Implement the damp, mould and condensation dashboard for the Operations Committee.",
              "Head of Repairs", D(2025, 9, 30), "blue"),
             ("Commission an independent assurance review of the compliance data held in the asset management "
              "system.", "Company Secretary", D(2026, 2, 28), "amber"),
         ]),
        (R2, "Executive Director of Assets", (4, 4), "Asset management strategy; stock condition survey "
         "programme; WHQS 2023 compliance plan agreed with Welsh Government.", (3, 4), "↑", [
             ("Complete whole-stock condition and energy surveys to set the WHQS 2023 baseline.",
              "Asset Data Manager", D(2026, 3, 31), "amber"),
             ("Present the Target Energy Pathway programme and funding plan to the Board.",
              "Director of Finance & Resources", D(2026, 3, 31), "green"),
         ]),
        (R3, "Director of Finance & Resources", (3, 5), "30-year business plan with stress testing; treasury "
         "management policy; covenant compliance reported monthly.", (2, 4), "↔", [
             ("Run revised stress tests on the 30-year business plan, including combined cost inflation and "
              "rent settlement scenarios.", "Head of Treasury", D(2025, 11, 30), "green"),
             ("Agree revised golden rules and covenant headroom triggers with the Board.",
              "Director of Finance & Resources", D(2025, 10, 31), "red"),
         ]),
        (R4, "Director of Digital and Customer Experience", (4, 4), "Cyber Essentials Plus; managed security "
         "operations centre; staff phishing training; backups tested quarterly.", (2, 4), "↓", [
             ("Achieve Cyber Essentials Plus re-certification.", "Head of ICT", D(2026, 1, 31), "green"),
             ("Run a cyber incident tabletop exercise with the Executive Team and Board members.\nAdd the lessons "
              "to the business continuity plan.", "Head of ICT / Business Continuity Lead", D(2026, 2, 28), None),
         ]),
    ]
    row = 6
    actions = []
    for (risk, owner, inh, controls, res, trend, acts) in risks:
        first = row
        for (action, aowner, due, status) in acts:
            ws.cell(row=row, column=11, value=action)
            ws.cell(row=row, column=12, value=aowner)
            c = ws.cell(row=row, column=13, value=due)
            c.number_format = "dd/mm/yyyy"
            s = ws.cell(row=row, column=14)
            if status:
                s.fill = FILL[status]
            for col in range(1, 15):
                ws.cell(row=row, column=col).alignment = WRAP
                ws.cell(row=row, column=col).border = BOX
            actions.append(act(None, [risk], action, [x.strip() for x in aowner.split(" / ")],
                               due.strftime("%Y-%m"),
                               {"green": "green", "amber": "amber", "red": "red", "blue": "blue",
                                None: "unrated"}[status]))
            row += 1
        last = row - 1
        vals = [risk, owner, inh[0], inh[1], inh[0] * inh[1], controls, res[0], res[1], res[0] * res[1], trend]
        for col, v in enumerate(vals, start=1):
            ws.cell(row=first, column=col, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for col in (5, 9):
            sc = ws.cell(row=first, column=col).value
            ws.cell(row=first, column=col).fill = FILL["red" if sc >= 15 else "amber" if sc >= 8 else "green"]
    row += 1
    ws.cell(row=row, column=1, value="Summary of residual risk ratings").font = Font(bold=True)
    ws.cell(row=row + 1, column=1, value="High (15–25)")
    ws.cell(row=row + 1, column=2, value=0)
    ws.cell(row=row + 2, column=1, value="Medium (8–12)")
    ws.cell(row=row + 2, column=2, value=4)
    ws.cell(row=row + 3, column=1, value="Low (1–6)")
    ws.cell(row=row + 3, column=2, value=0)
    ws.cell(row=row + 5, column=1,
            value="Trend: ↑ increasing, ↔ unchanged, ↓ reducing since the last report to the Committee.")
    widths = {"A": 42, "B": 20, "C": 4, "D": 4, "E": 6, "F": 40, "G": 4, "H": 4, "I": 6, "J": 6, "K": 50,
              "L": 26, "M": 12, "N": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A2"] = "Impact →"
    for i in range(1, 6):
        mx.cell(row=2, column=1 + i, value=i)
        mx.cell(row=2 + i, column=1, value=f"Likelihood {6 - i}")
        for j in range(1, 6):
            sc = (6 - i) * j
            c = mx.cell(row=2 + i, column=1 + j, value=sc)
            c.fill = FILL["red" if sc >= 15 else "amber" if sc >= 8 else "green"]
    wb.active = 1
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Welsh housing association's strategic risk register as reported to its Audit and "
                   "Risk Committee (United Welsh, Caerphilly, 2025/26; layout of housing association risk "
                   "registers: inherent and residual L x I scores, key controls, trend arrows, further actions "
                   "with owners and due dates). Copies: a cover sheet with title and a colour key for action "
                   "status, a register sheet with a two-row merged header, each risk's cells merged down over "
                   "its further actions, a risk owner and a separate action owner, action status shown only by "
                   "cell fill (one left uncoloured = not started), a two-line action cell, a job title containing "
                   "'&', a residual-rating summary block and a scoring-matrix sheet."),
        "reads": ("A strategic risk register of four risks, each with two or three further actions. The actions "
                  "have no refs; each has an action owner, a due date and a status given only by the fill "
                  "colour of its Status cell, read by the key on the cover sheet. The summary block and matrix "
                  "are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ============================================================ 6. NIFHA board action log (xlsx, refuse)
def make_nifha():
    name = "zab-northern-ireland-fishery-harbour-authority-board-action-log-typo-month-refuse.xlsx"
    title = "Board Action Log – updated for the Board meeting of 8 December 2025"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Northern Ireland Fishery Harbour Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True)
    head = ["No.", "Meeting", "Minute", "Action", "Lead", "Due", "Update", "Status"]
    for i, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    rows = [
        ("25/01", "17 Mar 2025", "5", "Bring a paper to the Board on options for replacing the Ardglass harbour "
         "office roof.", "CEO", "Jun-25", "Paper considered at June Board; option 2 approved.", "Closed"),
        ("25/02", "17 Mar 2025", "8", "Write to port users at Kilkeel about the revised traffic management "
         "arrangements on the quay.", "HM (Kilkeel)", "Apr-25", "Letters issued 4 April 2025.", "Closed"),
        ("25/03", "16 Jun 2025", "6", "Bring the updated Corporate Risk Register to the Risk and Assurance "
         "Committee.", "FM", "Sep-25", "Considered by RAC 15 September 2025.", "Closed"),
        ("25/04", "16 Jun 2025", "9", "Seek DAERA approval of the business case for the Portavogie slipway "
         "refurbishment.", "CEO / PM", "0ct-25", "Business case submitted 2 October; DAERA response awaited.",
         "Open"),
        ("25/05", "22 Sep 2025", "4", "Circulate the draft Schedule of Harbour Dues 2026 to Board members for "
         "comment.", "FM", "Oct-25", "Circulated 20 October; comments by 14 November.", "Open"),
        ("25/06", "22 Sep 2025", "7", "Arrange a Board site visit to Kilkeel harbour.", "BS", "Mar-26",
         "Provisional date 16 March 2026.", "Open"),
        ("25/07", "22 Sep 2025", "10", "Report to the Board on progress against the NIAO management letter "
         "points.", "FM", "Dec-25", "On agenda for 8 December.", "Open"),
    ]
    r = 5
    typo_row = None
    for row in rows:
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if row[5] == "0ct-25":
            typo_row = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Key: CEO – Chief Executive; FM – Finance Manager; HM – Harbour Master; "
                                       "PM – Project Manager; BS – Board Secretary")
    ws.cell(row=r + 2, column=1, value="Closed actions are removed from the log after they have been reported "
                                       "to one meeting.")
    for k, v in {"A": 7, "B": 12, "C": 8, "D": 55, "E": 13, "F": 9, "G": 45, "H": 9}.items():
        ws.column_dimensions[k].width = v
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates the rolling action log a Northern Ireland arm's-length body keeps for its Board "
                   "(Northern Ireland Fishery Harbour Authority, Ardglass / Kilkeel / Portavogie; cf. NIFHA "
                   "Board minutes, whose Action column carries officers' initials). Copies: body and title "
                   "lines, action number, meeting date and minute number columns, initials and posts as leads, "
                   "short month-year due dates typed as text, update and Open/Closed status, a key line for the "
                   "initials and a note line."),
        "reads": ("A one-sheet Board action log of seven actions. The due cell of action 25/04 reads '0ct-25' "
                  "with a zero for the letter O, a mistyped month; a careful reader stops and asks rather than "
                  "guess it."),
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ============================================================ 7. Edinburgh Festival Fringe Society (xlsx, monday.com export)
def make_fringe():
    name = "zab-edinburgh-festival-fringe-society-digital-programme-highlight-report-monday-export.xlsx"
    title = "Fringe Digital Programme – Highlight Report"
    groups = [
        ("Ticketing and box office", [
            ("Go live with the new ticketing platform for the 2026 on-sale", "Ewan Black, Priya Nair", "Amber",
             "Amber", "2026-04-30", "Supplier build about 70% complete; load testing scheduled for January."),
            ("Migrate customer accounts and saved payment tokens from the legacy system", "Priya Nair", "Green",
             "Red", "2026-02-27", "Trial migration failed reconciliation; remediation plan due 28 November."),
            ("Integrate the Access Register with the new booking flow", "Morag Lindsay", "Green", "Green",
             "2026-03-31", "Design signed off with the access advisory group."),
        ]),
        ("Fringe app and website", [
            ("Reinstate Half Price Hut availability in the app", "Tom Okafor", "Green", "Complete", "2025-07-25",
             "Live for the 2025 festival."),
            ("Publish the post-festival app performance review to the Board", "Tom Okafor", "Amber", "Green",
             "2025-12-12", "Draft with the Chief Executive."),
            ("Website accessibility audit (WCAG 2.2 AA) and remediation", "Jade Wilson, Tom Okafor", "Amber",
             "Amber", "2026-03-31", "Audit complete; 41 issues logged, 12 fixed."),
        ]),
        ("Data, CRM and reporting", [
            ("Procure a CRM to replace the legacy participant database", "Alasdair Muir", "Red", "Amber",
             "2026-06-30", "Tender evaluation under way; award report to February Board."),
            ("Data protection impact assessment for the CRM procurement", "Data Protection Officer", "", "Green",
             "2025-12-19", "Screening complete; full DPIA in progress."),
        ]),
        ("Governance and benefits", [
            ("Benefits realisation framework agreed by the Programme Board", "Programme Manager", "Green",
             "Complete", "2025-09-30", "Agreed 24 September 2025."),
            ("Quarterly highlight report to the Audit and Risk Committee", "Programme Manager", "Green", "Green",
             "", "Next report 3 December 2025."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Fringe Digital Programme"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16)
    head = ["Name", "Owner", "Previous RAG", "Current RAG", "Due date", "Highlight / commentary"]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 3
    actions = []
    for g, items in groups:
        c = ws.cell(row=r, column=1, value=g)
        c.font = Font(bold=True, size=13, color="579BFC")
        r += 1
        for i, h in enumerate(head, start=1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
        r += 1
        for (nm, owner, prev, cur, due, note) in items:
            for i, v in enumerate([nm, owner, prev, cur, due, note], start=1):
                ws.cell(row=r, column=i, value=v if v != "" else None)
            for col, v in ((3, prev), (4, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = FILL[rag_fill[v]]
            actions.append(act(None, [g], nm, [x.strip() for x in owner.split(", ")], due[:7] if due else None,
                               {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}[cur]))
            r += 1
        r += 1  # blank row between groups
    for k, v in {"A": 62, "B": 26, "C": 13, "D": 13, "E": 12, "F": 60}.items():
        ws.column_dimensions[k].width = v

    sm = wb.create_sheet("RAG summary")
    sm["A1"] = "Current RAG summary – Programme Board 27 November 2025"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    for i, (lab, key) in enumerate([("Complete", "blue"), ("Green", "green"), ("Amber", "amber"),
                                    ("Red", "red")]):
        sm.cell(row=3 + i, column=1, value=lab).fill = FILL[key]
        sm.cell(row=3 + i, column=2, value=counts.get(key, 0))
    sm.cell(row=7, column=1, value="Total")
    sm.cell(row=7, column=2, value=len(actions))
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a programme highlight report kept on a monday.com board and exported to Excel by a "
                   "Scottish arts charity (Edinburgh Festival Fringe Society, digital/ticketing programme "
                   "2025-26, reporting to its Programme Board and Audit and Risk Committee). Copies the "
                   "monday.com export shape: board name in row 1, each group's name on its own row followed by "
                   "a repeated column header and its items, a blank row between groups, people column with "
                   "several names separated by commas, ISO due dates, Previous RAG and Current RAG status "
                   "columns with label colours; plus a RAG summary sheet added by the programme office."),
        "reads": ("A board export of ten programme items in four groups; each item has owner(s), previous and "
                  "current RAG, a due date (one blank) and commentary. The status is the current RAG; the "
                  "summary sheet holds counts only."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_cunninghame, make_nie, make_birthlink, make_devizes, make_united_welsh, make_nifha,
               make_fringe):
        n, k = fn()
        print(f"{n}: {k} actions")
