"""Generator for the bq2 cases of heldout103 (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = lambda y, m, d: dt.datetime(y, m, d)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "hdr": "1F3864",
         "band": "D9E1F2", "grey": "E7E6E6"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["hdr"]; c.alignment = WRAP; c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def band(ws, row, text, ncol):
    ws.cell(row, 1, text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row, i).fill = FILL["band"]; ws.cell(row, i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def put(ws, row, vals, datefmt=None, ragcol=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row, i, v); c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime) and datefmt:
            c.number_format = datefmt
    if ragcol:
        c = ws.cell(row, ragcol); key = str(c.value or "")[:1].upper()
        key = {"C": "B"}.get(key, key)
        if key in FILL:
            c.fill = FILL[key]
        c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)


# ---------------------------------------------------------------- 1 SWFRS culture review (xlsx)
def swfrs():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "South Wales Fire and Rescue Service – Independent Culture Review Implementation Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2024 – reported to the Culture Review Implementation Committee"
    ws["A2"].font = Font(italic=True)
    cols = ["Rec No", "Recommendation (Independent Culture Review)", "Action", "Lead", "Timescale",
            "Target Date", "RAG", "Progress Update"]
    hdr(ws, 4, cols, [8, 42, 42, 22, 18, 12, 7, 50])
    r = 5
    data = [
        ("Working Group 1: Policies and Procedures", [
            ("4", "Commission an independent re-examination of grievance and disciplinary cases from the review period.",
             "Appoint an independent HR provider to re-examine the grievance and disciplinary cases identified by the review.",
             "ACO People Services", "Short term (1-3 months)", D(2024, 4, 30), "B",
             "Provider appointed 18 March 2024. Action complete; case outcomes are now monitored under Rec 5."),
            ("9", "Replace the Dignity at Work policy with a single Bullying, Harassment and Discrimination policy.",
             "Draft the new Bullying, Harassment and Discrimination policy, consult the representative bodies and publish.",
             "Head of HR", "Medium term (3-9 months)", D(2024, 9, 30), "G",
             "Draft consulted with FBU, FOA and Unison during August. Final version to Commissioners on 19 September."),
        ]),
        ("Working Group 2: Values, Standards and Leadership", [
            ("17", "All staff to receive training on the Core Code of Ethics and expected behaviours.",
             "Deliver 'Taking Care of Behaviours' workshops to all uniformed and corporate staff.",
             "Head of Training & Development / Culture Lead", "Medium term (3-9 months)", D(2024, 12, 31), "A",
             "1,120 of 1,560 staff trained to date. On-call stations scheduled for November and December; capacity is the main risk."),
            ("21", "Senior leaders to be visible in the workplace and to hear directly from staff.",
             "Publish an ELT station visit programme and record the themes raised at each visit.",
             "ACFO Service Delivery", "Annual", "Annual", "G",
             "Programme published in April. 31 visits completed; themes reported quarterly to the Committee."),
        ]),
        ("Working Group 3: Recruitment, Promotion and Training", [
            ("33", "Promotion processes to include an assessor independent of the candidate's line management.",
             "Introduce an independent assessor on all promotion panels at Watch Manager and above.",
             "Head of HR", "Short term (1-3 months)", D(2024, 5, 31), "B",
             "In place for all promotion rounds since May 2024."),
            ("38", "Strengthen positive action to attract under-represented groups.",
             "Run positive action open days for under-represented groups ahead of the 2025 wholetime recruitment campaign.",
             "Positive Action Officer", "Long term (9-18 months)", D(2025, 6, 30), "G",
             "Four open days held (Cardiff, Newport, Bridgend, Merthyr). Further events planned with community partners in the new year."),
        ]),
        ("Working Group 4: Culture, EDI and Communications", [
            ("56", "Establish a confidential reporting line run by an independent provider.",
             "Procure and launch an independent confidential reporting line and promote it to all staff.",
             "ACO Corporate Services", "Short term (1-3 months)", D(2024, 3, 31), "B",
             "Line live from 1 March 2024; promoted through station briefings and the intranet."),
            ("71", "Staff networks to be properly resourced and given protected time.",
             "Agree terms of reference, budget and protected time for each staff network.",
             "EDI Manager", "Medium term (3-9 months)", D(2024, 10, 31), "R",
             "Terms of reference agreed for 3 of 5 networks. Budget proposal deferred to the December meeting of the Committee."),
        ]),
    ]
    for head, rows in data:
        band(ws, r, head, 8); r += 1
        for row in rows:
            put(ws, r, row, "mmm-yy", ragcol=7); r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – remedial action in place"),
                 ("R", "Off track / overdue")]:
        ws.cell(r, 1, k).fill = FILL[k]; ws.cell(r, 2, t); r += 1
    wb.save(os.path.join(OUT, "bq2-south-wales-frs-culture-review-recommendations-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 East Cambs internal audit tracker (xlsx)
def ecdc():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recommendations"
    ws["A1"] = "East Cambridgeshire District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Finance & Assets Committee, 25 July 2024. Recommendations outstanding at 30 June 2024."
    cols = ["Ref", "Audit (Year)", "Assurance", "Priority", "Recommendation", "Agreed Management Action",
            "Responsible Officer", "Original Target Date", "Revised Target Date", "Status", "Update"]
    hdr(ws, 5, cols, [11, 18, 12, 9, 38, 38, 20, 12, 12, 10, 45])
    rows = [
        ("ECDC23-03.1", "Creditors (2023/24)", "Reasonable", "Medium",
         "Supplier bank detail changes should be independently verified by call-back to a known contact.",
         "Introduce a documented call-back check for all bank detail change requests, evidenced on the supplier file.",
         "Finance Manager", D(2024, 1, 31), None, "Complete",
         "Call-back procedure in place from January 2024; sample check by Internal Audit found it applied in all cases."),
        ("ECDC23-03.2", "Creditors (2023/24)", "Reasonable", "Low",
         "Dormant suppliers should be removed from the creditors system.",
         "Run a six-monthly dormant supplier report and deactivate suppliers with no payments in 18 months.",
         "Finance Manager", D(2024, 3, 31), D(2024, 9, 30), "Amber",
         "First report run; 212 suppliers identified. Deactivation delayed by the system upgrade in May."),
        ("ECDC23-07.1", "Cyber Security (2023/24)", "Limited", "High",
         "All users should complete mandatory cyber awareness training annually.",
         "Roll out the e-learning module to all staff and Members and report completion to CMT quarterly.",
         "ICT Manager", D(2024, 4, 30), None, "Red",
         "Staff completion 81%, Members 40%. Reminder from the Chief Executive issued 14 June; now overdue."),
        ("ECDC23-07.2", "Cyber Security (2023/24)", "Limited", "Medium",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Carry out a desktop DR test with the shared service partner and record lessons learned.",
         "ICT Manager", D(2024, 6, 30), D(2024, 11, 30), "Amber",
         "Test date agreed with the partner for October 2024."),
        ("ECDC23-11.1", "Council Tax (2023/24)", "Substantial", "Low",
         "Single person discount reviews should be completed on a rolling basis.",
         "Procure a data-matching review of single person discounts.",
         "Revenues & Benefits Manager", D(2024, 5, 31), None, "Complete",
         "Review completed by the external provider; 146 discounts removed."),
        ("ECDC24-01.1", "Waste Contract Management (2024/25)", "Reasonable", "Medium",
         "Contract performance indicators should be reported to the client board monthly.",
         "Agree a monthly KPI report with the waste company and table it at each client board.",
         "Waste & Street Scene Manager", D(2024, 8, 31), None, "Green",
         "KPI set agreed; first monthly report due at the August board."),
        ("ECDC24-02.1", "Planning Fees (2024/25)", "Reasonable", "Medium",
         "Refunds of planning fees should be authorised by a second officer.",
         "Amend the refund procedure so that refunds over £250 are authorised by the Planning Manager.",
         "Planning Manager", D(2024, 9, 30), None, "Green",
         "Procedure note drafted and awaiting sign-off."),
    ]
    r = 6
    for i, row in enumerate(rows):
        put(ws, r, row, "dd/mm/yyyy", ragcol=10); r += 1
    r += 1
    ws.cell(r, 1, "Status: Complete = implemented and verified; Green = on track for target date; "
                  "Amber = revised date agreed; Red = overdue / at risk.").font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bq2-east-cambridgeshire-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, "D9E1F2")


# ---------------------------------------------------------------- 3 South & Vale CPC (docx)
def southvale():
    doc = Document()
    doc.add_heading("South Oxfordshire and Vale of White Horse District Councils – Corporate Peer Challenge Action Plan", 1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge of both councils in "
        "June 2023. The peer team's report made nine recommendations. This action plan sets out how the "
        "councils will respond and is reported to the Joint Scrutiny Committee every six months.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "April 2024"),
                                ("Owner", "Head of Policy and Programmes"),
                                ("Approved by", "Joint Cabinet, 11 April 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_heading("Action plan", 2)
    cols = ["No.", "Peer team recommendation", "Action", "Lead", "Timescale", "Progress (April 2024)", "RAG"]
    recs = [
        ("Set out a clear, shared narrative for the two councils' joint working and the benefits it brings.", [
            ("1.1", "Develop a joint working narrative with both Leaders and publish it with the new Corporate Plans.",
             "Chief Executive", "March 2024",
             "Narrative agreed by both Cabinets in February and published with the Corporate Plans.", "Complete"),
            ("1.2", "Refresh the Joint Working Agreement and the inter-authority cost sharing arrangements.",
             "Head of Legal and Democratic", "Q2 2024/25",
             "Cost sharing review under way with the s151 Officer; draft agreement due in the summer.", "Green"),
        ]),
        ("Strengthen the councils' approach to performance management so that Members have timely, meaningful data.", [
            ("2.1", "Introduce a quarterly performance report to Cabinet and Scrutiny with a small set of corporate KPIs.",
             "Head of Policy and Programmes", "Sept 2023 – March 2024",
             "First quarterly report taken in January. Dashboard format to be refined after Member feedback.", "Green"),
            ("2.2", "Provide performance management training for Members of both councils.",
             "Democratic Services Manager", "End of June 2024",
             "Training provider identified; dates not yet set because of the election period.", "Amber"),
        ]),
        ("Develop a workforce strategy that addresses recruitment and retention pressures.", [
            ("3.1", "Agree a joint Workforce Strategy and action plan.",
             "Head of HR, IT and Technical Services", "31/07/2024",
             "Staff survey results analysed; strategy workshops held with Heads of Service in March.", "Green"),
            ("3.2", "Review the market supplement policy for hard-to-fill posts.",
             "HR Manager", "Ongoing",
             "Market supplements reviewed case by case while the policy review continues.", "Amber"),
        ]),
        ("Make the most of the councils' role as place leaders with partners across Oxfordshire.", [
            ("4.1", "Lead Members and the Chief Executive to set out the councils' priorities for the Future Oxfordshire Partnership.",
             "Chief Executive / Deputy Chief Executive – Place", "December 2024",
             "Priorities discussed at the Leaders' away day; paper to the Partnership in the autumn.", "Green"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
    bold_row(t.rows[0])
    ragfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in recs:
        first = None
        for k, a in enumerate(acts):
            cells = t.add_row().cells
            cells[0].text = a[0]
            if k == 0:
                cells[1].text = rec; first = cells[1]
            else:
                first = first.merge(cells[1])
            for j, v in enumerate(a[1:], 2):
                cells[j].text = v
            shade(cells[6], ragfill[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action delivered; Green – on track; Amber – some delay, being managed; "
                      "Red – significant delay or at risk.")
    doc.save(os.path.join(OUT, "bq2-south-oxfordshire-vale-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 4 Torus damp and mould (csv)
def torus():
    rows = [
        ["Torus - Housing Ombudsman Spotlight on Damp and Mould: Self-Assessment Action Plan", "", "", "", "", "", ""],
        ["Last updated 12/09/2023", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Ombudsman Recommendation", "Our Action", "Owner", "Target Date", "Status", "Comments"],
        ["DM01", "Landlords should take a zero-tolerance approach to damp and mould interventions.",
         "Adopt a Damp, Mould and Condensation Policy setting a zero-tolerance approach and approve it at Board.",
         "Director of Asset Management", "31/03/2023", "Complete",
         "Policy approved by Group Board in March 2023 and published on the website."],
        ["DM02", "Landlords should use data to identify homes at risk of damp and mould.",
         "Build a risk model using stock condition, repairs history and customer vulnerability data.",
         "Head of Data & Insight", "Dec-23", "On track",
         "Model built and being tested against 2022/23 cases. Output to be used to target proactive surveys."],
        ["DM03", "Landlords should ensure their staff understand damp and mould and how to respond.",
         "Deliver damp and mould awareness training to all frontline and contact centre colleagues.",
         "Head of Learning & Development", "Jun-23", "Complete",
         "All 640 frontline and contact centre colleagues completed the module by 30 June."],
        ["DM04", "Landlords should ensure their staff understand damp and mould and how to respond.",
         "Include damp and mould checks in every tenancy visit and repair appointment.",
         "Head of Neighbourhoods; Head of Repairs", "30/09/2023", "Amber",
         "Checklist added to the handheld app for repairs operatives. Neighbourhood officer visits still on paper; app update delayed."],
        ["DM05", "Landlords should keep residents informed about what is being done and when.",
         "Introduce a dedicated damp and mould case manager for every reported case and a follow-up call after works.",
         "Repairs Service Manager", "Ongoing", "On track",
         "Case managers in post since July. Follow-up calls now made within 6 weeks of completion."],
        ["DM06", "Landlords should review their complaints handling in damp and mould cases.",
         "Carry out a lessons learned review of all damp and mould complaints from the last two years.",
         "Complaints & Customer Insight Manager", "Q3 2023/24", "Not started",
         "Scheduled to begin in October once the new complaints system is live."],
        ["DM07", "Landlords should provide regular assurance to their governing body.",
         "Report damp and mould case numbers, timescales and outcomes to the Customer Services Committee quarterly.",
         "Director of Customer Services", "30/11/2023", "On track",
         "First report taken to Committee in August 2023."],
    ]
    with open(os.path.join(OUT, "bq2-torus-housing-ombudsman-damp-mould-spotlight-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 5 Warwick DC scrutiny (txt, tab)
def warwick():
    lines = [
        "Warwick District Council - Fly-tipping Task and Finish Group: Recommendations Monitoring Schedule",
        "Overview & Scrutiny Committee - update for meeting of 22 October 2024",
        "",
        "\t".join(["Rec No", "Recommendation", "Executive Response", "Action", "Responsible Officer",
                   "Target Date", "Progress", "RAG"]),
        "\t".join(["1", "That the Council increases the use of fixed penalty notices for fly-tipping offences.",
                   "Agreed", "Raise the fixed penalty for fly-tipping to the statutory maximum and publish enforcement outcomes quarterly.",
                   "Head of Neighbourhood & Assets", "April 2024", "New fee level approved by Cabinet and in force from 1 April 2024.", "Complete"]),
        "\t".join(["2", "That CCTV is deployed at fly-tipping hotspots.",
                   "Agreed", "Purchase two redeployable cameras and agree a deployment protocol with the Police.",
                   "Community Safety Manager", "30/09/2024", "Cameras purchased; protocol with Warwickshire Police awaiting sign-off.", "Amber"]),
        "\t".join(["3", "That residents are better informed about their duty of care when disposing of waste.",
                   "Agreed", "Run a 'Scrap the Cowboys' duty of care campaign with neighbouring councils.",
                   "Communications Manager", "Q3 2024/25", "Campaign materials designed; launch planned for November.", "Green"]),
        "\t".join(["4", "That the bulky waste collection charge is reviewed.",
                   "Agreed in part", "Review bulky waste charges as part of the 2025/26 fees and charges report.",
                   "Waste Services Manager", "February 2025", "Benchmarking with other Warwickshire districts under way.", "Green"]),
        "\t".join(["5", "That the Council works with landowners to clear and secure private land used for fly-tipping.",
                   "Agreed", "Write to owners of the ten most affected private sites offering advice on securing land.",
                   "Environmental Enforcement Team Leader", "Ongoing", "Letters sent to 6 landowners; 2 sites now gated.", "Green"]),
        "\t".join(["6", "That progress is reported back to this Committee.",
                   "Agreed", "Report progress against these recommendations to Overview & Scrutiny every six months.",
                   "Democratic Services Manager", "Six-monthly", "", ""]),
        "",
        "RAG: Complete = fully implemented; Green = on track; Amber = delayed but expected to be delivered; Red = not being progressed.",
    ]
    with open(os.path.join(OUT, "bq2-warwick-dc-scrutiny-fly-tipping-review-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6 Stafford Borough CSP DHR (docx)
def stafford():
    doc = Document()
    doc.add_heading("Stafford Borough Community Safety Partnership – Domestic Homicide Review 'Helen' – Action Plan", 1)
    doc.add_paragraph("This action plan is monitored by the DHR Steering Group on behalf of the Community "
                      "Safety Partnership. Last reviewed: 5 March 2024.")
    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead Agency", "Target date",
            "Date of completion and outcome", "Status"]
    rows = [
        ("1", "Agencies to ensure practitioners routinely ask about domestic abuse when a patient presents with low mood or self-harm.",
         "Local", "Add routine enquiry prompts to the GP clinical system template and deliver a GP practice learning session.",
         "Staffordshire & Stoke-on-Trent ICB", "31/03/2024", "Template live January 2024; learning session held 8 February 2024.", "Complete"),
        ("2", "Housing providers to have a domestic abuse policy and train frontline staff to identify and refer.",
         "Local", "Deliver DAHA-accredited domestic abuse training to housing officers and publish an updated policy.",
         "Stafford Borough Council Housing Options", "June 2024", "Policy approved; 14 of 22 officers trained.", "On track"),
        ("3", "Police to review how repeat callers are identified when calls are made from different numbers.",
         "Regional", "Review the call-handling process for linking repeat victims and brief control room staff.",
         "Staffordshire Police", "Sept 2024", "", "Not started"),
        ("4", "MARAC referrals to be made for all high-risk DASH assessments without delay.",
         "Local", "Audit a sample of high-risk DASH assessments to confirm MARAC referrals were made within 24 hours.",
         "Staffordshire Police / MPFT", "31/05/2024", "Audit of 40 cases under way; early findings to April Steering Group.", "Amber"),
        ("5", "The CSP to raise awareness of coercive control among family and friends.",
         "Local", "Run a 'Know the Signs' awareness campaign across the borough during the 16 Days of Action.",
         "Stafford Borough CSP", "December 2023", "Campaign delivered November–December 2023; 18,000 social media reach.", "Complete"),
        ("6", "Mental health services to include family members in safety planning where the patient consents.",
         "Local", "Update the MPFT safety planning guidance and audit its use.",
         "Midlands Partnership University NHS FT", "Q2 2024/25", "Guidance redrafted; audit planned for August.", "On track"),
    ]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
    bold_row(t.rows[0])
    fills = {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000"}
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
        if r[7] in fills:
            shade(cells[7], fills[r[7]])
    doc.save(os.path.join(OUT, "bq2-stafford-borough-csp-dhr-helen-action-plan.docx"))


# ---------------------------------------------------------------- 7 Powys ASC CIW PEI (xlsx, refuse)
def powys():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Powys County Council Adult Services – CIW Performance Evaluation Inspection Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Update to Health and Care Scrutiny Committee – November 2024"
    cols = ["Ref", "Area for improvement", "Action", "Lead Officer", "Target Date", "RAG", "Progress update"]
    hdr(ws, 5, cols, [7, 38, 42, 24, 14, 8, 48])
    r = 6
    data = [
        ("People – voice and control", [
            ("1.1", "Practitioners should consistently record what matters to the individual.",
             "Audit 30 assessments each quarter for 'what matters' recording and feed back to teams.",
             "Head of Adult Services", "Dec-24", "G", "Q1 and Q2 audits complete; 72% of files met the standard in Q2."),
            ("1.2", "Carers' assessments should be offered and recorded in every case.",
             "Relaunch the carers' assessment offer with Credu and add a mandatory prompt to WCCIS.",
             "Carers Lead", "Febuary 2025", "A", "WCCIS change request submitted; awaiting the national release."),
        ]),
        ("Prevention", [
            ("2.1", "Waiting lists for occupational therapy assessment should be reduced.",
             "Commission additional OT assessment capacity and introduce trusted assessor training.",
             "Service Manager – Reablement", "March 2025", "R", "Waiting list at 412; agency OT capacity not yet secured."),
        ]),
        ("Partnerships and integration", [
            ("3.1", "Hospital discharge arrangements with Powys Teaching Health Board should be strengthened.",
             "Agree a joint discharge to assess pathway and weekly long-length-of-stay review.",
             "Head of Adult Services / PTHB Director of Operations", "Sept 2024", "Complete",
             "Pathway in place since September; weekly reviews chaired jointly."),
        ]),
    ]
    for head, rows in data:
        band(ws, r, head, 7); r += 1
        for row in rows:
            if "Febuary" in row[4]:
                print("powys typo at sheet row", r)
            put(ws, r, row, ragcol=6); r += 1
    r += 1
    ws.cell(r, 1, "RAG: R = off track, A = some risk to delivery, G = on track, Complete = action completed.")
    wb.save(os.path.join(OUT, "bq2-powys-asc-ciw-performance-evaluation-inspection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    swfrs(); ecdc(); southvale(); torus(); warwick(); stafford(); powys()
