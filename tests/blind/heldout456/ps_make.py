"""Build the seven ps- blind test files (set heldout456).

Run with /work/main/.venv/bin/python ps_make.py  (writes beside this script).
Each builder also carries the expected reading of its rows (EXPECTED dict),
used only to write/check the .expected.yaml files by hand.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def style_row(ws, row, ncols, bold=False, bg=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True, color="FFFFFF" if bg in ("1F3864", "005EB8", "003087", "1F4E79") else "000000")
        if bg:
            cell.fill = fill(bg)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS National Services Scotland - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
NSS_TITLE = "NHS National Services Scotland \u2013 Corporate Risk Register 2025/26"

NSS_RISKS = [
    {
        "risk": "CR01 \u2013 Cyber security and resilience",
        "desc": "There is a risk that a successful cyber attack on NSS or on a national system it hosts "
                "causes loss of service, loss of data or harm to patients, because threats are growing "
                "in sophistication and NHSScotland relies on NSS-hosted platforms.",
        "owner": "Director of Digital and Security",
        "inherent": 25, "controls": "24/7 Security Operations Centre monitoring; NIS Regulations audit "
                                    "programme; Cyber Essentials Plus; incident response plan tested annually",
        "current": 16, "trend": "\u2194", "target": 12, "appetite": "Minimal",
        "actions": [
            ("CR01.1", "Complete migration of the remaining legacy servers to the supported cloud platform "
                       "and decommission the on-premises data centre racks.",
             "Associate Director of Digital Infrastructure", d(2026, 3, 31), GREEN),
            ("CR01.2", "Deliver the phishing simulation and cyber awareness programme to all staff, with "
                       "completion rates reported to the Executive Management Team.",
             "Chief Information Security Officer", "Quarterly", GREEN),
            ("CR01.3", "Close the six remaining high-priority findings from the 2024/25 NIS audit.",
             "Chief Information Security Officer", d(2025, 9, 30), RED),
        ],
    },
    {
        "risk": "CR02 \u2013 Financial sustainability",
        "desc": "There is a risk that NSS cannot deliver a balanced budget in 2025/26 and 2026/27 because of "
                "pay and inflationary pressures, non-recurring savings and changes in demand from NHS Boards.",
        "owner": "Director of Finance",
        "inherent": 20, "controls": "Monthly financial reporting to EMT and Finance, Procurement and "
                                    "Performance Committee; savings tracker; service level agreements with Boards",
        "current": 15, "trend": "\u2191", "target": 10, "appetite": "Cautious",
        "actions": [
            ("CR02.1", "Agree the 2026/27 financial plan with Scottish Government, including recurring "
                       "savings of \u00a38.5m.",
             "Director of Finance", "Q4 2025/26", AMBER),
            ("CR02.2", "Implement the revised service charging model for National Procurement and "
                       "Practitioner Services.",
             "Deputy Director of Finance; Director of Practitioner and Counter Fraud Services",
             d(2026, 4, 1), GREEN),
        ],
    },
    {
        "risk": "CR03 \u2013 Workforce capacity and wellbeing",
        "desc": "There is a risk that NSS does not have enough staff with the right skills to deliver its "
                "services and change programmes, leading to service failure and increased pressure on staff.",
        "owner": "Director of People & Workforce",
        "inherent": 20, "controls": "Strategic Workforce Plan; attendance management policy; wellbeing "
                                    "hub and Employee Assistance Programme; quarterly workforce dashboard",
        "current": 12, "trend": "\u2193", "target": 9, "appetite": "Open",
        "actions": [
            ("CR03.1", "Roll out the Strategic Workforce Plan 2025\u20132028 across all directorates, with "
                       "directorate workforce plans signed off by each Director.",
             "Director of People & Workforce", d(2026, 1, 31), GREEN),
            ("CR03.2", "Reduce sickness absence towards the 4% national standard through targeted attendance "
                       "support in the three highest-absence service areas.",
             "Head of HR Operations", "Ongoing", AMBER),
            ("CR03.3", "Complete Once for Scotland workforce policies training for all line managers.",
             "Head of Organisational Development and Learning", d(2025, 10, 31), BLUE),
        ],
    },
    {
        "risk": "CR04 \u2013 National contingency stock and supply chain",
        "desc": "There is a risk that disruption to global supply chains leaves NHSScotland without critical "
                "clinical products, because of geopolitical events, supplier failure or a future pandemic.",
        "owner": "Director of Procurement, Commissioning and Facilities",
        "inherent": 20, "controls": "Supplier resilience assessments; National Distribution Centre stock "
                                    "monitoring; four-nations supply chain forum",
        "current": 12, "trend": "\u2194", "target": 8, "appetite": "Minimal",
        "actions": [
            ("CR04.1", "Refresh the pandemic PPE stockpile strategy with Scottish Government and the four "
                       "UK nations\u2019 supply chain leads.",
             "Director of Procurement, Commissioning and Facilities", "June 2026", None),
            ("CR04.2", "Test the business continuity arrangements at the National Distribution Centre "
                       "through a live exercise.",
             "Head of Resilience", d(2026, 2, 27), GREEN),
        ],
    },
]


def score_fill(score):
    if score >= 20:
        return RED
    if score >= 10:
        return AMBER
    if score >= 5:
        return "FFFF00"
    return GREEN


def build_nss(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = NSS_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="003087")
    rows = [
        ("Report to:", "Audit and Risk Committee"),
        ("Meeting date:", "10 December 2025"),
        ("Position as at:", "28 November 2025"),
        ("Register owner:", "Director of Strategy, Performance and Service Transformation"),
        ("Classification:", "OFFICIAL"),
    ]
    for i, (a, b) in enumerate(rows, start=3):
        cov.cell(row=i, column=1, value=a).font = Font(bold=True)
        cov.cell(row=i, column=2, value=b)
    cov["A10"] = "Version control"
    cov["A10"].font = Font(bold=True, size=12)
    vc = [("Version", "Date", "Author", "Changes"),
          ("0.1", "14/11/2025", "Corporate Risk Manager", "Draft following monthly reviews with risk owners"),
          ("0.2", "21/11/2025", "Corporate Risk Manager", "CR02 score increased to 15; CR05 proposed for closure"),
          ("1.0", "28/11/2025", "Corporate Risk Manager", "Approved by Executive Management Team")]
    for i, r in enumerate(vc, start=11):
        for j, v in enumerate(r, start=1):
            cov.cell(row=i, column=j, value=v).border = BOX
        if i == 11:
            style_row(cov, i, 4, bold=True, bg="003087")
    widths(cov, [20, 20, 26, 60])

    key = wb.create_sheet("Scoring & Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True, size=12)
    key["A2"] = "Impact \u2192 / Likelihood \u2193"
    for j in range(1, 6):
        key.cell(row=2, column=j + 1, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        r = 3 + (5 - i)
        key.cell(row=r, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            c = key.cell(row=r, column=j + 1, value=i * j)
            c.fill = fill(score_fill(i * j))
            c.border = BOX
    key["A9"] = "Risk level"
    key["A9"].font = Font(bold=True)
    levels = [("1\u20134", "Low", GREEN), ("5\u20139", "Medium", "FFFF00"),
              ("10\u201316", "High", AMBER), ("20\u201325", "Very high", RED)]
    for i, (rng, lab, col) in enumerate(levels, start=10):
        key.cell(row=i, column=1, value=rng).fill = fill(col)
        key.cell(row=i, column=2, value=lab)
    key["A15"] = "Action RAG (colour of the \u2018Action RAG\u2019 cell on the register)"
    key["A15"].font = Font(bold=True)
    akey = [(BLUE, "Complete"),
            (GREEN, "On track to be delivered by the target date"),
            (AMBER, "At risk of missing the target date"),
            (RED, "Target date missed or action not progressing"),
            (None, "No colour \u2013 action not yet started")]
    for i, (col, lab) in enumerate(akey, start=16):
        c = key.cell(row=i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        key.cell(row=i, column=2, value=lab)
    widths(key, [22, 40, 8, 8, 8, 8])

    ws = wb.create_sheet("Corporate Risks")
    headers = ["Risk", "Risk description", "Risk owner", "Inherent score", "Key controls in place",
               "Current score", "Trend", "Target score", "Risk appetite", "Action ref", "Further actions required",
               "Action owner", "Target date", "Action RAG"]
    n = len(headers)
    ws["A1"] = NSS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="003087")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = ("Scores are Likelihood x Impact (5x5). The Action RAG is shown by cell colour \u2013 "
                "see the \u2018Scoring & Key\u2019 tab.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    for j, h in enumerate(headers, start=1):
        ws.cell(row=4, column=j, value=h)
    style_row(ws, 4, n, bold=True, bg="003087")
    r = 5
    rows_out = []
    for risk in NSS_RISKS:
        first = r
        for (ref, text, owner, target, rag) in risk["actions"]:
            ws.cell(row=r, column=10, value=ref)
            ws.cell(row=r, column=11, value=text)
            ws.cell(row=r, column=12, value=owner)
            c = ws.cell(row=r, column=13, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            style_row(ws, r, n)
            if rag:
                ws.cell(row=r, column=14).fill = fill(rag)
            rows_out.append(r)
            r += 1
        last = r - 1
        vals = [risk["risk"], risk["desc"], risk["owner"], risk["inherent"], risk["controls"],
                risk["current"], risk["trend"], risk["target"], risk["appetite"]]
        for j, v in enumerate(vals, start=1):
            ws.cell(row=first, column=j, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=4).fill = fill(score_fill(risk["inherent"]))
        ws.cell(row=first, column=6).fill = fill(score_fill(risk["current"]))
        ws.cell(row=first, column=8).fill = fill(score_fill(risk["target"]))
    r += 1
    ws.cell(row=r, column=1, value="Note: CR05 (Transition of national digital services) was closed by the "
                                   "Executive Management Team on 18 November 2025 and is no longer shown.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    widths(ws, [22, 40, 20, 9, 36, 9, 7, 9, 10, 9, 48, 26, 13, 10])
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(path)
    return rows_out


# ---------------------------------------------------------------------------
# 2. Werndale Hospital - HIW improvement plan with progress (xlsx)
# ---------------------------------------------------------------------------
HIW_HEAD = ["Ref", "Risk / finding / issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale", "Progress update (June 2025)", "Status"]
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Not achieved": RED}

WERNDALE_B = [
    ("section", "Delivery of safe and effective care"),
    ("item", "1",
     "Resuscitation trolley checks in the day case unit had not been recorded on nine occasions during "
     "December 2024.",
     "The registered manager must ensure that emergency equipment is checked daily and that the checks "
     "are recorded.",
     "Regulation 15(1)(b) and (c)",
     [("Daily resuscitation trolley check reinstated, signed off by the nurse in charge at the start of each shift.",
       "Ward Manager \u2013 Day Case Unit", "Immediate", "Checklist in place from 16/01/2025; no gaps since.",
       "Complete"),
      ("Weekly audit of resuscitation trolley records added to the clinical audit schedule, with results "
       "reported to the Medical Advisory Committee.",
       "Clinical Services Manager", "February 2025", "Audit running weekly; 100% compliance Feb\u2013May.",
       "Complete")]),
]

WERNDALE_C = [
    ("section", "Quality of patient experience"),
    ("item", "2",
     "Patient information leaflets on the ward were available in English only.",
     "The service must ensure that written information for patients is available in Welsh, in line with "
     "the Active Offer.",
     "Regulation 9(1)(n)",
     [("Admission, discharge and consent leaflets to be translated and made available in Welsh on all wards.",
       "Patient Experience Lead", "31 May 2025",
       "Discharge leaflet translated and in use; admission and consent leaflets still with the translator.",
       "Behind schedule")]),
    ("item", "3",
     "Some patients told us they were not always given an estimated time of discharge.",
     "The service should ensure patients are kept informed about their expected time of discharge.",
     "Regulation 18(1)",
     [("Estimated time of discharge to be discussed at pre-operative assessment and written on the patient "
       "whiteboard.",
       "Ward Manager", "April 2025", "Included in pre-op assessment documentation from 01/04/2025.",
       "Complete")]),
    ("section", "Delivery of safe and effective care"),
    ("item", "4",
     "Two sharps bins in theatre recovery were over-filled and not dated.",
     "The registered manager must ensure that sharps are disposed of safely in line with the service\u2019s "
     "waste management policy.",
     "Regulation 15(8)",
     [("All sharps bins checked, labelled and replaced; staff reminded at the theatre safety huddle.",
       "Theatre Manager", "January 2025", "Completed 16/01/2025.", "Complete"),
      ("Sharps management added to the monthly infection prevention and control environmental audit.",
       "Theatre Manager / IPC Lead", "March 2025", "Included in the audit tool from March 2025.",
       "Complete")]),
    ("item", "5",
     "Temperature records for the pharmacy medicines fridge showed gaps on four days.",
     "The service must ensure that medicines fridge temperatures are monitored and recorded daily, and "
     "that action is taken when readings are outside the safe range.",
     "Regulation 15(5)(a)",
     [("Introduce electronic continuous temperature monitoring with automated alerts to pharmacy and the "
       "nurse in charge.",
       "Pharmacy Manager", "30/09/2025", "System purchased; installation booked for August 2025.",
       "On track")]),
    ("section", "Quality of management and leadership"),
    ("item", "6",
     "Mandatory training compliance for basic life support was 71% for theatre staff.",
     "The registered manager must ensure that all staff complete mandatory training, including basic and "
     "immediate life support, within the required timescales.",
     "Regulation 20(2)(a)",
     [("Additional in-house BLS and ILS sessions scheduled every month until compliance reaches 95%.",
       "Education and Training Lead", "July 2025", "Theatre BLS compliance now 89%.", "On track"),
      ("Training compliance reported by department at the monthly Heads of Department meeting, with "
       "follow-up of individuals by line managers.",
       "Hospital Director", "Monthly", "Standing item since February 2025.", "On track")]),
    ("item", "7",
     "Not all staff we spoke to knew how to raise a concern through the speaking up process.",
     "The service should ensure that staff know how to raise concerns and who the Freedom to Speak Up "
     "Guardian is.",
     "Regulation 19(1)(b)",
     [("Relaunch speaking up information through staff briefings, posters in staff areas and the intranet, "
       "and include it in induction.",
       "HR Business Partner", "April 2025", "Posters not yet displayed; relaunch moved to the autumn staff "
                                            "briefing.",
       "Not achieved")]),
]


def hiw_sheet(wb, name, heading, blocks):
    ws = wb.create_sheet(name)
    n = len(HIW_HEAD)
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: Werndale Hospital"
    ws["A3"] = "Date of inspection: 14 and 15 January 2025"
    for j, h in enumerate(HIW_HEAD, start=1):
        ws.cell(row=5, column=j, value=h)
    style_row(ws, 5, n, bold=True, bg="1F4E79")
    r = 6
    out = []
    for b in blocks:
        if b[0] == "section":
            ws.cell(row=r, column=1, value=b[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            style_row(ws, r, n, bold=True, bg="D9E1F2")
            r += 1
            continue
        _, ref, finding, improvement, reg, actions = b
        first = r
        for (act, off, ts, prog, status) in actions:
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=off)
            ws.cell(row=r, column=7, value=ts)
            ws.cell(row=r, column=8, value=prog)
            ws.cell(row=r, column=9, value=status)
            style_row(ws, r, n)
            ws.cell(row=r, column=9).fill = fill(STATUS_FILL[status])
            out.append(r)
            r += 1
        last = r - 1
        for j, v in enumerate([ref, finding, improvement, reg], start=1):
            ws.cell(row=first, column=j, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    r += 1
    for lab, val in [("Service representative", None), ("Name (print):", "Rhian Evans"),
                     ("Job role:", "Hospital Director"), ("Date:", "05/03/2025")]:
        ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
        if val:
            ws.cell(row=r, column=2, value=val)
        r += 1
    widths(ws, [6, 34, 40, 16, 46, 24, 14, 38, 16])
    return out


def build_werndale(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Werndale Hospital Improvement Plan"
    cov["A1"].font = Font(bold=True, size=16)
    info = [("Inspection:", "Healthcare Inspectorate Wales \u2013 independent hospital inspection (announced)"),
            ("Date of inspection:", "14 and 15 January 2025"),
            ("Report published:", "17 April 2025"),
            ("Progress position:", "30 June 2025")]
    for i, (a, b) in enumerate(info, start=3):
        cov.cell(row=i, column=1, value=a).font = Font(bold=True)
        cov.cell(row=i, column=2, value=b)
    cov["A8"] = "Status key"
    cov["A8"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("Behind schedule", AMBER), ("Not achieved", RED)], start=9):
        c = cov.cell(row=i, column=1, value=lab)
        c.fill = fill(col)
        c.border = BOX
    cov["B9"] = "Action completed and evidence held"
    cov["B10"] = "Progressing and expected to meet the timescale"
    cov["B11"] = "Will not meet the timescale; action still being progressed"
    cov["B12"] = "Timescale passed and action not delivered"
    widths(cov, [22, 80])
    b_rows = hiw_sheet(wb, "Appendix B", "Appendix B \u2013 Immediate improvement plan", WERNDALE_B)
    c_rows = hiw_sheet(wb, "Appendix C", "Appendix C \u2013 Improvement plan", WERNDALE_C)
    wb.save(path)
    return b_rows, c_rows


# ---------------------------------------------------------------------------
# 3. Dyfed-Powys PCC - delivery plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
DP_ROWS = [
    ("priority", "Priority 1: Victims are supported"),
    ("a", "1.1", "Recommission the Goleudy victim and witness service, with a needs assessment that includes "
                 "rural and Welsh-speaking victims.",
     "Head of Commissioning and Partnerships", "Dyfed-Powys Police; Victim Support", "March 2026",
     "Needs assessment complete; tender documents in preparation.", "G"),
    ("a", "1.2", "Publish quarterly Victims\u2019 Code compliance data on the Commissioner\u2019s website.",
     "Head of Policy and Engagement", "Local Criminal Justice Board", "Quarterly",
     "Q1 data published August 2025.", "G"),
    ("a", "1.3", "Review the Independent Domestic Violence Adviser service across the four local authority "
                 "areas and agree a single funding model.",
     "Head of Commissioning and Partnerships", "Local authorities; Health boards", "Dec 2025",
     "Review delayed by late Home Office grant confirmation.", "A"),
    ("priority", "Priority 2: Harm is prevented"),
    ("a", "2.1", "Launch the rural crime and wildlife crime grant scheme with the Rural Crime Team.",
     "Deputy Police and Crime Commissioner", "Dyfed-Powys Police", "Jan 2O26",
     "Scheme criteria agreed with the Force; launch planned for the Royal Welsh Winter Fair.", "G"),
    ("a", "2.2", "Fund a Safer Streets programme in two town centres, focused on violence against women "
                 "and girls in the night-time economy.",
     "Head of Commissioning and Partnerships", "Community Safety Partnerships", "June 2026",
     "Locations agreed: Aberystwyth and Llanelli.", "G"),
    ("priority", "Priority 3: Our justice system is more effective"),
    ("a", "3.1", "Scrutinise the Force\u2019s charge and out-of-court resolution outcomes through the "
                 "Quality Assurance Panel each quarter.",
     "Chief Executive", "Dyfed-Powys Police; CPS Cymru-Wales", "Ongoing",
     "Panel met in July and September 2025.", "G"),
    ("a", "3.2", "Work with HMCTS and partners to reduce the time from charge to trial for rape and serious "
                 "sexual offences.",
     "Police and Crime Commissioner", "HMCTS; CPS; Local Criminal Justice Board", "March 2026",
     "Data-sharing agreement still awaited from HMCTS.", "R"),
]
DP_RAG = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def build_dyfed(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Police and Crime Plan 2025\u20132029 \u2013 Delivery Plan 2025/26: Quarter 2 summary"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Priority", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr, start=1):
        sm.cell(row=3, column=j, value=h)
    style_row(sm, 3, 6, bold=True, bg="1F3864")
    counts = [("Priority 1: Victims are supported", 0, 2, 1, 0),
              ("Priority 2: Harm is prevented", 0, 2, 0, 0),
              ("Priority 3: Our justice system is more effective", 0, 1, 0, 1)]
    for i, (p, b, g, a, rr) in enumerate(counts, start=4):
        for j, v in enumerate([p, b, g, a, rr, b + g + a + rr], start=1):
            sm.cell(row=i, column=j, value=v)
        style_row(sm, i, 6)
    sm.cell(row=7, column=1, value="Total")
    for j, v in enumerate([0, 5, 1, 1, 7], start=2):
        sm.cell(row=7, column=j, value=v)
    style_row(sm, 7, 6, bold=True)
    sm["A9"] = "RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track / significant issue"
    widths(sm, [50, 8, 8, 8, 8, 8])

    ws = wb.create_sheet("Delivery Plan")
    head = ["Ref", "Action", "Lead", "Partner(s)", "Due", "Q2 progress update", "RAG"]
    n = len(head)
    ws["A1"] = "Dyfed-Powys Police and Crime Commissioner"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Police and Crime Plan 2025\u20132029 \u2013 Delivery Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Quarter 2 update (July \u2013 September 2025) \u2013 presented to the Dyfed-Powys Police and "
                "Crime Panel, 17 October 2025")
    for j, h in enumerate(head, start=1):
        ws.cell(row=5, column=j, value=h)
    style_row(ws, 5, n, bold=True, bg="1F3864")
    r = 6
    rows = {}
    for row in DP_ROWS:
        if row[0] == "priority":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            style_row(ws, r, n, bold=True, bg="BDD7EE")
        else:
            _, ref, act, lead, partners, due, upd, rag = row
            for j, v in enumerate([ref, act, lead, partners, due, upd, rag], start=1):
                ws.cell(row=r, column=j, value=v)
            style_row(ws, r, n)
            ws.cell(row=r, column=7).fill = fill(DP_RAG[rag])
            rows[ref] = r
        r += 1
    widths(ws, [6, 55, 28, 28, 12, 45, 6])
    wb.active = 1
    wb.save(path)
    return rows


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; '\n' in text makes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Methodist College Belfast - ETI inspection action plan (docx)
# ---------------------------------------------------------------------------
MCB_SECTIONS = [
    ("1. Learning, teaching and assessment",
     "To develop further the use of assessment information at departmental level so that teachers plan "
     "learning which meets the needs of all pupils, including the more able.",
     [("1.1", "Provide training for all Heads of Department on analysing CAT4, GL Progress Test and internal "
              "assessment data, and on using it to set departmental targets.",
       "All Heads of Department can show how data has informed their departmental targets.",
       "Vice-Principal (Curriculum)", "January 2025", "Training delivered on 6 January 2025 (staff development day).", "B"),
      ("1.2", "Each department to identify a focus group of more able pupils in Key Stage 3 and plan "
              "extension tasks in schemes of work.",
       "Extension tasks evident in schemes of work and in lesson observations.",
       "Heads of Department", "June 2025", "Twelve of fifteen departments have updated schemes of work.", "G"),
      ("1.3", "Introduce a whole-school feedback policy, with digital marking tools piloted in Science and "
              "Modern Languages.",
       "Pupils can explain the feedback they receive and how to act on it.",
       "Senior Teacher (Assessment) / Head of Digital Learning", "September 2025 \u2013 June 2026",
       "Draft policy consulted on with staff in May 2025.", "G")]),
    ("2. Pastoral care and safeguarding",
     "To strengthen the recording and follow-up of low-level pastoral concerns so that patterns are "
     "identified early.",
     [("2.1", "Move all pastoral recording onto a single electronic system and withdraw paper incident "
              "slips.",
       "All pastoral concerns recorded electronically; paper slips no longer used.",
       "Vice-Principal (Pastoral)", "By 28 February 2025", "System live from 3 February 2025.", "B"),
      ("2.2", "Form tutors and Heads of Year to review low-level concerns for their year group each "
              "fortnight and refer patterns to the pastoral team.",
       "Fortnightly review minutes; earlier referrals to the pastoral team.",
       "Designated Teacher; Deputy Designated Teachers", "Ongoing \u2013 reviewed each term",
       "Reviews taking place in all year groups.", "G")]),
    ("3. Leadership and management",
     "The Board of Governors should be more involved in monitoring and evaluating the impact of the "
     "School Development Plan.",
     [("3.1", "Present a termly School Development Plan progress report to the full Board of Governors.",
       "Governors\u2019 minutes record challenge and discussion of progress.",
       "Principal", "March 2025", "First report presented to the Board on 12 March 2025.", "B"),
      ("3.2", "Link governors to each School Development Plan priority, with a visit to the College each "
              "term.",
       "Each priority has a link governor who has visited and reported back.",
       "Chair of the Education Committee", "Termly", "Two of four link governors appointed.", "A"),
      ("3.3", "Complete governor training on data and self-evaluation through the Education Authority "
              "Governor Support service.",
       "All governors have completed the training.",
       "Principal & Bursar", "31/08/2025", "Training postponed twice by the provider; no new date yet.", "R")]),
]


def build_methodist(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Methodist College Belfast \u2013 ETI Inspection Action Plan", style="Title")
    doc.add_paragraph("Action plan in response to the Education and Training Inspectorate report on the "
                      "inspection of 7 \u2013 11 October 2024 (report published 28 November 2024)")
    doc.add_paragraph("Approved by the Board of Governors: 22 January 2025. Progress update: June 2025.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Prepared by", "Notes"),
          ("1.0", "15/01/2025", "Vice-Principal (Curriculum)", "Draft for Senior Leadership Team"),
          ("1.1", "22/01/2025", "Principal", "Approved by Board of Governors"),
          ("1.2", "16/06/2025", "Vice-Principal (Curriculum)", "June 2025 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out how the College will address the areas for improvement identified "
                      "by the ETI. Progress is reviewed each half-term by the Senior Leadership Team and "
                      "reported to the Education Committee of the Board of Governors.")
    doc.add_paragraph("RAG key: B = complete; G = on track; A = some slippage, action being taken; "
                      "R = off track")

    for heading, afi, actions in MCB_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=2 + len(actions), cols=7)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 6))
        set_cell(top, "Area for improvement\n" + afi, size=10)
        top.paragraphs[0].runs[0].bold = True
        shade(top, "DEEAF6")
        hdr = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "Progress", "RAG"]
        for j, h in enumerate(hdr):
            set_cell(t.cell(1, j), h, bold=True)
            shade(t.cell(1, j), "BDD7EE")
        for i, (ref, act, sc, lead, ts, prog, rag) in enumerate(actions, start=2):
            for j, v in enumerate([ref, act, sc, lead, ts, prog, rag]):
                set_cell(t.cell(i, j), v)
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    so = [("Role", "Name", "Date"), ("Principal", "Mr S. Hartley", "22/01/2025"),
          ("Chair, Board of Governors", "Mrs E. Kerr", "22/01/2025")]
    for i, row in enumerate(so):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. South Wales PCC / Chief Constable - Joint Audit Committee action log (docx)
# ---------------------------------------------------------------------------
JAC_MEETINGS = [
    ("Meeting held on 13 March 2025", [
        ("JAC 08/25", "Circulate the revised Treasury Management Strategy 2025/26 to members for comment "
                      "before it is published.",
         "Chief Finance Officer (OPCC)", "31/03/2025", "", "Circulated 20/03/2025.", "C"),
        ("JAC 11/25", "Add a follow-up review of fleet management to the 2025/26 internal audit plan.",
         "Head of Internal Audit", "June 2025", "", "Included in the plan approved in June 2025.", "C"),
    ]),
    ("Meeting held on 19 June 2025", [
        ("JAC 19/25", "Present a deep-dive on the corporate risk about replacing the command and control "
                      "system, including the revised implementation timetable.",
         "Director of Digital Services", "September 2025", "December 2025",
         "Deferred to the December meeting at the Chair\u2019s request.", "A"),
        ("JAC 20/25", "Update the Anti-Fraud and Corruption Policy and bring it to the Committee for "
                      "approval.",
         "Head of Professional Standards", "July 2025", "",
         "Draft not yet received; Chair has asked for it by the next meeting.", "R"),
        ("JAC 21/25", "Provide a breakdown of overtime spend by department for 2024/25.\n"
                      "Include a comparison with the previous two years.",
         "Chief Finance Officer (Force) / Head of Finance", "18/09/2025", "",
         "Presented at the September meeting (item 7).", "C"),
        ("JAC 23/25", "Arrange a training session for members on the Annual Governance Statement process.",
         "Chief Executive (OPCC); Head of Governance", "TBC", "",
         "Trainer identified; date to be agreed with members.", "G"),
    ]),
    ("Meeting held on 18 September 2025", [
        ("JAC 31/25", "Report on progress against the recommendations of the HMICFRS inspection of vetting, "
                      "misconduct and misogyny.",
         "Deputy Chief Constable", "December 2025", "", "On the December agenda.", "G"),
        ("JAC 33/25", "Change the internal audit recommendations tracker so that overdue actions are shown by "
                      "priority and by original due date.",
         "Head of Internal Audit", "December 2025", "", "New format being tested.", "G"),
        ("JAC 34/25", "Obtain confirmation from Audit Wales of the timetable for the 2024/25 accounts audit "
                      "and circulate it to members.",
         "CFO (OPCC)/CFO (Force)", "31/10/2025", "", "Audit Wales contacted 25/09/2025.", "G"),
    ]),
]


def build_jac(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph("Police and Crime Commissioner for South Wales and Chief Constable of South Wales Police")
    p.runs[0].font.size = Pt(10)
    p.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    doc.add_paragraph("Joint Audit Committee Action Log", style="Title")
    doc.add_paragraph("Updated 2 October 2025, following the meeting held on 18 September 2025")
    doc.add_paragraph("Key: C \u2013 complete (will be removed from the log after the next meeting); "
                      "G \u2013 on track; A \u2013 target date at risk; R \u2013 overdue")
    hdr = ["Minute", "Action", "Owner", "Target date", "Revised date", "Update", "Status"]
    for heading, rows in JAC_MEETINGS:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                set_cell(t.cell(i, j), v)
    doc.add_paragraph("")
    doc.add_paragraph("Actions marked C at the last meeting (JAC 02/25, JAC 04/25 and JAC 05/25) have been "
                      "removed from this log.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Healthcare Improvement Scotland - internal audit tracker (csv)
# ---------------------------------------------------------------------------
HIS_HEAD = ["Audit report", "Ref", "Grade", "Recommendation", "Agreed management action", "Action owner",
            "Original due date", "Revised due date", "Status", "Latest update"]
HIS_ROWS = [
    ("Information Governance (Report 2024/05)", "IG.1", "High",
     "Information asset registers should be completed for all directorates and reviewed annually.",
     "Complete information asset registers for the remaining three directorates and set an annual review "
     "date in the IG workplan.",
     "Information Governance Manager", "31/03/2025", "30/09/2025", "Blue - complete",
     "All registers complete; annual review scheduled for September each year."),
    ("", "IG.2", "Medium",
     "Completion of mandatory data protection training should be monitored and reported.",
     "Add data protection training compliance to the quarterly workforce report to the Executive Team.",
     "Head of Digital / Information Governance Manager", "30/06/2025", "", "Blue - complete",
     "Included from the Q1 2025/26 report."),
    ("Payroll (Report 2024/07)", "PAY.1", "High",
     "Leavers should be notified to payroll promptly to prevent overpayments.",
     "Introduce an electronic leaver form that notifies payroll automatically when a line manager "
     "submits it.",
     "Head of Workforce", "31/03/2025", "31/12/2025", "Amber - revised date agreed",
     "Form built in the HR system; testing delayed by system upgrade."),
    ("", "PAY.1", "",
     "",
     "Report overpayments and recoveries monthly to the Director of Finance, Planning & Governance.",
     "Director of Finance, Planning & Governance", "Q4 2025/26", "", "Green - on track",
     "First monthly report issued October 2025."),
    ("", "PAY.2", "Low",
     "Payroll exception reports should be evidenced as reviewed.",
     "Payroll Manager to sign and date exception reports each pay period, with a sample checked by "
     "Finance every quarter.",
     "Payroll Manager", "31/01/2025", "", "Blue - complete", "Evidence seen by internal audit in July 2025."),
    ("Risk Management (Report 2025/02)", "RM.1", "Medium",
     "The risk appetite statement should be refreshed and approved by the Board.",
     "Hold a Board development session on risk appetite and present the refreshed statement for approval.",
     "Chief Executive", "31/12/2025", "", "Green - on track", "Development session held 2 October 2025."),
    ("", "RM.2", "Medium",
     "Directorate risk registers should be reviewed consistently, at least quarterly.",
     "Issue quarterly reminders to risk owners and report compliance with review dates to the Audit and "
     "Risk Committee.",
     "Risk Manager", "Quarterly", "", "Green - on track", "Q2 compliance 92%."),
    ("Workforce Planning (Report 2025/04)", "WF.1", "High",
     "HIS should develop an integrated workforce plan linked to its delivery plan and financial plan.",
     "Develop the 2025\u20132028 Integrated Workforce Plan, aligned to the Delivery Plan and the medium-term "
     "financial plan, for Board approval.",
     "Director of Workforce", "31/07/2025", "", "Red - overdue",
     "Draft delayed pending the outcome of the national workforce guidance; now expected at the March 2026 "
     "Board."),
    ("", "WF.2", "Medium",
     "Succession plans should be in place for all critical roles.",
     "Identify critical roles and complete a succession plan for each, reviewed by the Executive Team.",
     "Director of Workforce; Executive Team", "31/03/2026", "", "Green - on track",
     "Critical roles identified."),
]


def csv_field(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_his(path):
    n = len(HIS_HEAD)
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (n - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))

    line(["Healthcare Improvement Scotland"])
    line(["Internal Audit Recommendations Follow-up Tracker"])
    line(["Audit and Risk Committee \u2013 19 November 2025 (position at 31 October 2025)"])
    line([])
    line(HIS_HEAD)
    for r in HIS_ROWS:
        line(r)
    line([])
    line(["Summary"])
    line(["Total actions", "9"])
    line(["Blue - complete", "3"])
    line(["Green - on track", "4"])
    line(["Amber - revised date agreed", "1"])
    line(["Red - overdue", "1"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Bishopbriggs Academy - Education Scotland post-inspection plan (txt, Word plain-text export)
# ---------------------------------------------------------------------------
BB_LINES = [
    "Bishopbriggs Academy \u2013 Post-Inspection Action Plan",
    "HM Inspectors of Education (Education Scotland): inspection May 2024, letter to parents and carers "
    "published 20 August 2024",
    "Plan owner: Head Teacher. Last reviewed: 27 February 2025",
    "",
    "RAG: Complete = achieved and evidenced; Green = on track; Amber = some slippage; Red = not progressing",
    "",
    "Area for improvement 1",
    "Senior leaders and staff should continue to improve attendance, particularly for young people who are "
    "care experienced or who live in SIMD quintile 1.",
    "Ref\tAction\tLead\tBy when\tProgress update\tRAG",
    "1.1\tIntroduce a staged attendance intervention process with clear thresholds at 90% and 85%, shared "
    "with all staff and families.\tDHT (Pupil Support)\tOctober 2024\tProcess launched 28/10/2024 and "
    "shared with parents through Groupcall and the school website.\tComplete",
    "1.2\tMeet weekly with the Home-School Link Worker to review the attendance of young people in the "
    "target groups.\tPT Pupil Support / Home-School Link Worker\tWeekly\tMeetings in place since "
    "November 2024.\tGreen",
    "1.3\tUse Pupil Equity Funding to appoint a Family Engagement Officer to work with families where "
    "attendance is below 85%.\tHead Teacher\tJanuary 2025\tInterviews held 16/01/2025; post-holder "
    "starts in April 2025.\tAmber",
    "",
    "Area for improvement 2",
    "Continue to develop learning, teaching and assessment so that all learners experience appropriate "
    "pace and challenge across the broad general education.",
    "Ref\tAction\tLead\tBy when\tProgress update\tRAG",
    "2.1\tWhole-staff professional learning on differentiation and questioning, delivered through the "
    "in-service day and three twilight sessions.\tDHT (Learning & Teaching)\tMarch 2025\tIn-service day "
    "and two twilights delivered.\tGreen",
    "2.2\tExtend the learning walk programme so that every faculty is visited twice a term, with feedback "
    "focused on pace and challenge.\tSLT & Faculty Heads\tTermly\t\tGreen",
    "2.3\tDevelop tracking and monitoring in S1\u2013S3 so that staff can identify young people who are "
    "not on track.",
    "Pilot in English, Maths and Science before extending to all faculties.\tDHT (Curriculum)\tJune 2025"
    "\tPilot tracker in use since January 2025.\tGreen",
    "",
    "Area for improvement 3",
    "Senior leaders should develop further approaches to self-evaluation so that young people, parents and "
    "partners are more involved in identifying priorities for improvement.",
    "Ref\tAction\tLead\tBy when\tProgress update\tRAG",
    "3.1\tEstablish a Pupil Improvement Group with representatives from every year group to contribute to "
    "the School Improvement Plan.\tDHT (Pupil Voice)\tNovember 2024\tGroup met three times; pupils "
    "presented to staff in February.\tComplete",
    "3.2\tSurvey parents and carers on school priorities and report the results through the Parent "
    "Council.\tHead Teacher\tMay 2025\tSurvey drafted with the Parent Council chair; not yet issued.\tAmber",
    "3.3\tUse \u2018How good is OUR school?\u2019 with pupil groups to evaluate the quality of learning in "
    "each faculty.\tFaculty Heads\tJune 2025\tFour of eight faculties complete.\tGreen",
    "",
    "Progress reviewed with the Quality Improvement Officer, East Dunbartonshire Council, on 27 February "
    "2025. Next review: May 2025.",
]


def build_bishopbriggs(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(BB_LINES) + "\r\n")


FILES = {
    "nss": "ps-nhs-national-services-scotland-corporate-risk-register-2025-26.xlsx",
    "werndale": "ps-werndale-hospital-hiw-inspection-improvement-plan.xlsx",
    "dyfed": "ps-dyfed-powys-pcc-police-and-crime-plan-delivery-plan-2025-26-typo-month-refuse.xlsx",
    "methodist": "ps-methodist-college-belfast-eti-inspection-action-plan.docx",
    "jac": "ps-south-wales-pcc-joint-audit-committee-action-log.docx",
    "his": "ps-healthcare-improvement-scotland-internal-audit-recommendations-tracker.csv",
    "bishopbriggs": "ps-bishopbriggs-academy-education-scotland-post-inspection-action-plan.txt",
}


def main():
    p = lambda k: os.path.join(HERE, FILES[k])
    print("nss rows", build_nss(p("nss")))
    print("werndale rows", build_werndale(p("werndale")))
    print("dyfed rows", build_dyfed(p("dyfed")))
    build_methodist(p("methodist"))
    build_jac(p("jac"))
    build_his(p("his"))
    build_bishopbriggs(p("bishopbriggs"))
    for k in FILES:
        print("wrote", FILES[k])


if __name__ == "__main__":
    main()
