#!/usr/bin/env python3
"""Build the seven ov2- blind cases (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python from any directory; files are written beside this script.
Only files whose names start with "ov2-" are written.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5",  # blue
    "G": "00B050",  # green
    "A": "FFC000",  # amber
    "R": "FF0000",  # red
    "HEAD": "1F3864",
    "SECT": "D9E1F2",
    "GREY": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    assert name.startswith("ov2-"), name
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- yaml output

def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    lines = [
        "source: " + q(source),
        "reads: " + q(reads),
        "outcome: " + outcome,
        "accept_refusal: " + ("true" if accept_refusal else "false"),
    ]
    if refuse_at is not None:
        lines.append("refuse_at: %d" % refuse_at)
    if title is not None:
        lines.append("title: " + q(title))
    if actions is not None:
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text"):
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end, "status": status}
    if end_text:
        d["end_text"] = end_text
    return d


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def D(y, m, d):
    return dt.datetime(y, m, d)


# =====================================================================
# 1. Advanced Computer Software Group - ICO remediation action tracker (xlsx)
# =====================================================================

def make_advanced():
    name = "ov2-advanced-computer-software-group-ico-remediation-action-tracker.xlsx"
    WS1 = "Workstream 1: Access control and multi-factor authentication"
    WS2 = "Workstream 2: Vulnerability and patch management"
    WS3 = "Workstream 3: Incident response and breach notification"
    F1 = ("Finding 1: Multi-factor authentication was not applied to all remote access accounts, "
          "including the customer account used by the threat actor to gain entry in August 2022.")
    F2 = ("Finding 2: Advanced did not hold a complete inventory of supplier and contractor "
          "accounts with access to hosted customer environments.")
    F3 = ("Finding 3: Vulnerability scanning did not cover all customer-facing environments, and "
          "critical patches were not applied within the timescales set in Advanced's own patching policy.")
    F4 = ("Finding 4: The incident response plan had not been tested against a ransomware scenario "
          "affecting hosted health and care services.")

    # (ref, finding, action, owner, original, revised, prev, cur, update, expected)
    tracker = [
        (WS1, [
            ("1.1", F1,
             "Enforce multi-factor authentication on all Citrix, VPN and remote desktop gateways for "
             "staff, contractor and third-party accounts, with no standing exceptions.",
             "Head of Identity & Access Management", D(2024, 12, 31), None, "G", "B",
             "MFA enforced on all 14 gateways from 16/12/2024. Exception list closed. Evidence pack "
             "E1.1 submitted to the ICO on 10/01/2025.",
             dict(lead=["Head of Identity & Access Management"], end="2024-12", status="blue")),
            ("1.2", F1,
             "Introduce quarterly attestation of privileged and third-party accounts, with automatic "
             "disablement of any account not attested within 14 days.",
             "CISO / Group CTO", D(2025, 3, 31), D(2025, 12, 31), "A", "A",
             "First attestation cycle complete (412 accounts, 37 disabled). Automatic disablement "
             "depends on the identity platform upgrade, now scheduled for November.",
             dict(lead=["CISO", "Group CTO"], end="2025-12", status="amber")),
            ("1.3", F2,
             "Build and maintain a single register of supplier and contractor accounts with access to "
             "hosted customer environments, reconciled monthly against the identity platform.",
             "Head of Third-Party Risk", D(2025, 6, 30), D(2025, 10, 31), "A", "G",
             "Register built and first two monthly reconciliations done. Revised date agreed at "
             "Steering Group on 05/08/2025 to allow a third reconciliation before closure.",
             dict(lead=["Head of Third-Party Risk"], end="2025-10", status="green")),
        ]),
        (WS2, [
            ("2.1", F3,
             "Extend authenticated vulnerability scanning to 100% of internet-facing and customer-hosted "
             "environments, with weekly coverage reporting to the Security Steering Group.",
             "Head of Security Operations", D(2025, 3, 31), None, "G", "B",
             "Coverage at 100% since 21/03/2025. Weekly report in place.",
             dict(lead=["Head of Security Operations"], end="2025-03", status="blue")),
            ("2.2", F3,
             "Apply critical and high-severity patches within 14 days of release, and record any "
             "exception with a risk acceptance signed by the system owner and the CISO.",
             "Director of IT Operations", D(2025, 6, 30), "Q3 2025/26", "A", "R",
             "Patch compliance 81% against a 95% target. Legacy hosted servers need a supported "
             "upgrade before patching can be automated. Escalated to Steering Group.",
             dict(lead=["Director of IT Operations"], end="2025-12", status="red",
                  end_text="Q3 2025/26")),
            ("2.3", F3,
             "Decommission or isolate the remaining end-of-life Windows Server 2012 hosts in the hosted "
             "services estate.",
             "Director of IT Operations / Hosted Services Lead", D(2025, 9, 30), None, "G", "A",
             "9 of 12 hosts decommissioned. Remaining 3 support a customer migration due in October.",
             dict(lead=["Director of IT Operations", "Hosted Services Lead"], end="2025-09",
                  status="amber")),
        ]),
        (WS3, [
            ("3.1", F4,
             "Run a live ransomware exercise with NHS England, two NHS 111 customers and the National "
             "Cyber Security Centre, and report the lessons to the Steering Group.",
             "CISO", D(2025, 4, 30), D(2025, 7, 31), "A", "B",
             "Exercise PHOENIX held 15/07/2025. Lessons report accepted by Steering Group 05/08/2025.",
             dict(lead=["CISO"], end="2025-07", status="blue")),
            ("3.2", F4,
             "Agree customer notification templates and a 72-hour decision log for personal data "
             "breaches, and train all incident managers in their use.",
             "Head of Information Governance; Incident Response Manager", D(2025, 11, 30), None, "G", "G",
             "Templates agreed with the DPO. Training booked for 8 and 15 October.",
             dict(lead=["Head of Information Governance", "Incident Response Manager"], end="2025-11",
                  status="green")),
        ]),
    ]
    closed = [
        (WS1, [
            ("1.4",
             "Remove shared administrator accounts from the hosted services domain and replace them "
             "with named privileged accounts.",
             "Head of Identity & Access Management", D(2025, 1, 31), D(2025, 1, 24),
             "ICO letter 14/03/2025",
             dict(lead=["Head of Identity & Access Management"], end="2025-01", status="blue")),
        ]),
        (WS3, [
            ("3.3",
             "Appoint a permanent Data Protection Officer with a direct reporting line to the Board.",
             "Group General Counsel", D(2025, 2, 28), D(2025, 2, 3), "ICO letter 14/03/2025",
             dict(lead=["Group General Counsel"], end="2025-02", status="blue")),
        ]),
    ]

    wb = openpyxl.Workbook()
    # ---- Cover
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "ICO Remediation Programme – Action Tracker"
    ws["A1"].font = Font(bold=True, size=16, color=FILL["HEAD"])
    ws["A2"] = "Advanced Computer Software Group Ltd"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Date", "30/09/2025"), ("Owner", "Chief Information Security Officer"),
          ("Prepared for", "Information Commissioner's Office – quarterly progress meeting"),
          ("Classification", "OFFICIAL-SENSITIVE – commercial in confidence")]
    for i, (k, v) in enumerate(dc, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 1).fill = fill(FILL["GREY"])
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    vh = [("Version", "Date", "Change"), ("3.0", "30/06/2025", "Q1 2025/26 position"),
          ("3.1", "05/08/2025", "Revised target dates agreed at Remediation Steering Group"),
          ("3.2", "30/09/2025", "Q2 2025/26 position; actions 1.4 and 3.3 moved to Closed actions")]
    for i, row in enumerate(vh, start=12):
        for j, v in enumerate(row, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(FILL["GREY"])
    ws["A17"] = "RAG key"
    ws["A17"].font = Font(bold=True)
    key = [("B", "Complete – evidence submitted to the ICO"), ("G", "On track"),
           ("A", "At risk – recovery plan in place"), ("R", "Off track – escalated to Steering Group")]
    for i, (k, v) in enumerate(key, start=18):
        c = ws.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, v)
        for cc in (1, 2):
            ws.cell(i, cc).border = BOX
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 60

    # ---- Summary
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of action status at 30/09/2025"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["Workstream", "Actions", "B", "G", "A", "R"]
    for j, h in enumerate(hdr, start=1):
        c = ss.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL[h]) if h in FILL else fill(FILL["GREY"])
        c.border = BOX
    r = 4
    totals = [0, 0, 0, 0, 0]
    wss = [WS1, WS2, WS3]
    for w in wss:
        cur = [x[7] for ws_, rows in tracker if ws_ == w for x in rows]
        cur += ["B" for ws_, rows in closed if ws_ == w for x in rows]
        vals = [len(cur)] + [cur.count(k) for k in "BGAR"]
        ss.cell(r, 1, w)
        for j, v in enumerate(vals, start=2):
            ss.cell(r, j, v)
            totals[j - 2] += v
        for j in range(1, 7):
            ss.cell(r, j).border = BOX
        r += 1
    ss.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(totals, start=2):
        ss.cell(r, j, v).font = Font(bold=True)
    for j in range(1, 7):
        ss.cell(r, j).border = BOX
    ss.cell(r + 2, 1, "Includes actions on the Closed actions tab.")
    ss.column_dimensions["A"].width = 62

    # ---- Tracker
    t = wb.create_sheet("Tracker")
    t["A1"] = "ICO Remediation Programme – Action Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = ("Position at 30 September 2025. Revised target dates are shown only where agreed by the "
               "Remediation Steering Group.")
    t["A2"].font = Font(italic=True)
    headers = ["Ref", "ICO finding", "Action", "Action owner", "Original target", "Revised target",
               "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = t.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["HEAD"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    expected = []
    for w, rows in tracker:
        t.cell(r, 1, w).font = Font(bold=True)
        t.cell(r, 1).fill = fill(FILL["SECT"])
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        # group by finding for vertical merges
        i = 0
        while i < len(rows):
            f = rows[i][1]
            j = i
            while j < len(rows) and rows[j][1] == f:
                j += 1
            start = r
            for k in range(i, j):
                ref, _f, text, owner, orig, rev, prev, cur, upd, exp = rows[k]
                t.cell(r, 1, ref)
                if k == i:
                    t.cell(r, 2, f)
                t.cell(r, 3, text)
                t.cell(r, 4, owner)
                c = t.cell(r, 5, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = t.cell(r, 6, rev)
                    if isinstance(rev, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, v in ((7, prev), (8, cur)):
                    c = t.cell(r, col, v)
                    c.fill = fill(FILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(bold=True)
                t.cell(r, 9, upd)
                for col in range(1, 10):
                    t.cell(r, col).border = BOX
                    if col not in (7, 8):
                        t.cell(r, col).alignment = WRAP
                expected.append(act(ref, [w, f], text, exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
                r += 1
            if j - i > 1:
                t.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            i = j
    r += 1
    t.cell(r, 1, "Note: actions closed with the ICO's agreement are moved to the 'Closed actions' tab.")
    t.cell(r, 1).font = Font(italic=True)
    for col, wdt in zip("ABCDEFGHI", (6, 40, 55, 26, 13, 13, 11, 11, 50)):
        t.column_dimensions[col].width = wdt
    t.freeze_panes = "A5"

    # ---- Closed actions
    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Closed actions (closure confirmed by the ICO)"
    cl["A1"].font = Font(bold=True, size=13)
    h2 = ["Ref", "Action", "Action owner", "Target date", "Date closed", "Status", "ICO confirmation"]
    for j, h in enumerate(h2, start=1):
        c = cl.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["HEAD"])
        c.border = BOX
    r = 4
    for w, rows in closed:
        cl.cell(r, 1, w).font = Font(bold=True)
        cl.cell(r, 1).fill = fill(FILL["SECT"])
        cl.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, text, owner, target, closed_on, conf, exp in rows:
            vals = [ref, text, owner, target, closed_on, "Complete", conf]
            for j, v in enumerate(vals, start=1):
                c = cl.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            cl.cell(r, 6).fill = fill(FILL["B"])
            expected.append(act(ref, [w], text, exp["lead"], exp["end"], exp["status"]))
            r += 1
    for col, wdt in zip("ABCDEFG", (6, 60, 32, 13, 13, 11, 24)):
        cl.column_dimensions[col].width = wdt
    wb.save(path(name))

    write_expected(
        name,
        source=("Advanced Computer Software Group Ltd (private IT supplier to the NHS), 2025: remediation "
                "tracker of the kind a firm keeps for the ICO after the ICO's March 2025 monetary penalty "
                "over the August 2022 ransomware attack (ico.org.uk enforcement action). No published "
                "tracker found; layout modelled on regulator remediation trackers: a cover sheet with "
                "document control, version history and RAG key, a summary totals sheet, a tracker sheet "
                "with workstream banner rows, the ICO finding merged vertically over its actions, original "
                "and revised target dates (one revised as a financial quarter), previous and current RAG as "
                "letters on fill colour, several owners in one cell, and a separate Closed actions sheet."),
        reads=("A four-sheet workbook. The Tracker sheet lists eight actions under three workstreams, each "
               "grouped under the ICO finding it answers, with original and revised target dates and a "
               "previous and current RAG; the Closed actions sheet lists two more completed actions under "
               "their workstreams. The cover and summary sheets hold no actions."),
        outcome="read",
        title="ICO Remediation Programme – Action Tracker",
        actions=expected,
    )
    return name, len(expected)


# =====================================================================
# 2. South Downs NPA - strategic risk register 2025/26 (xlsx, typo month -> refuse)
# =====================================================================

def make_sdnpa():
    name = "ov2-south-downs-npa-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    risks = [
        ("SR1",
         "Funding: a further real-terms reduction in National Park Grant, together with pay and inflation "
         "pressures, leaves the Authority unable to deliver the Partnership Management Plan.",
         "Chief Executive", "4 x 4 = 16",
         "Medium-term financial strategy; reserves policy; quarterly budget monitoring to Policy and "
         "Resources Committee.", "R", "↔", [
             ("Deliver the 2025/26 savings plan of £450,000 agreed by the Authority in March 2025.",
              "Chief Finance Officer", "March 2026"),
             ("Make the case, with National Parks England, for a multi-year settlement in the Spending "
              "Review.", "Chief Executive", "Dec 2025"),
         ]),
        ("SR2",
         "Planning: loss of experienced planning staff leads to slower decisions and the risk of "
         "designation for poor planning performance.",
         "Director of Planning", "3 x 4 = 12",
         "Service level agreements with host authorities; monthly planning performance dashboard.",
         "A", "↓", [
             ("Recruit to the two vacant Principal Planning Officer posts and reduce reliance on agency "
              "staff.", "Director of Planning", "Jan 2026"),
             ("Complete the Regulation 18 consultation on the Local Plan Review.",
              "Planning Policy Manager", "Nov 2025"),
         ]),
        ("SR3",
         "Nature recovery: the Authority does not secure the land and funding needed to meet its ReNature "
         "target of 33% of the National Park managed for nature by 2030.",
         "Director of Landscape and Nature Recovery", "3 x 3 = 9",
         "ReNature delivery plan; Farming in Protected Landscapes programme; landowner partnership group.",
         "A", "↔", [
             ("Launch the second round of Farming in Protected Landscapes grants and prioritise nature "
              "recovery bids.", "Farming and Land Manager", "Ongoing"),
             ("Agree a biodiversity net gain and nature credits pipeline with at least three landowner "
              "partners.", "Director of Landscape and Nature Recovery", "Febuary 2026"),
         ]),
        ("SR4",
         "Information security: a cyber-attack or loss of systems disrupts services and leads to a "
         "personal data breach.",
         "Director of Corporate Services", "3 x 4 = 12",
         "Cyber Essentials Plus certification; daily off-site backups; annual phishing training.",
         "A", "↑", [
             ("Complete the move of the remaining on-premises servers to the cloud and test the disaster "
              "recovery plan.", "Head of IT", "Jan 2026"),
             ("Run a cyber incident tabletop exercise with the Senior Leadership Team.",
              "Head of IT / Information Governance Officer", "Dec 2025"),
         ]),
        ("SR5",
         "Health and safety: serious injury to a member of staff, volunteer or visitor at an "
         "Authority-managed site or event.",
         "Chief Executive", "1 x 5 = 5",
         "Health and safety policy; site risk assessments; volunteer leader training.",
         "G", "↔", [
             ("Refresh lone working procedures for rangers and volunteer leaders and roll out the lone "
              "worker app.", "Health and Safety Adviser", "March 2026"),
         ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "South Downs National Park Authority – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="2E5E1F")
    ws["A2"] = "Policy and Resources Committee – 9 October 2025 – Agenda Item 9, Appendix 1"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Scores are current (residual) scores after existing controls. See the Scoring tab."
    headers = ["Risk ref", "Risk (cause – event – consequence)", "Risk owner", "Current score (L x I)",
               "Existing controls", "Further action required", "Action owner", "Target date",
               "RAG", "Direction of travel"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E5E1F")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 6
    typo_row = None
    n_actions = 0
    for ref, risk, owner, score, controls, rag, trend, acts in risks:
        start = r
        for k, (a, o, d) in enumerate(acts):
            if k == 0:
                for j, v in enumerate([ref, risk, owner, score, controls], start=1):
                    ws.cell(r, j, v)
                ws.cell(r, 9, "")
                ws.cell(r, 9).fill = fill(FILL[rag])
                ws.cell(r, 10, trend)
            ws.cell(r, 6, a)
            ws.cell(r, 7, o)
            ws.cell(r, 8, d)
            if d.startswith("Febuary"):
                typo_row = r
            for j in range(1, 11):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = WRAP
            n_actions += 1
            r += 1
        if len(acts) > 1:
            for col in (1, 2, 3, 4, 5, 9, 10):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(r, 1, "Direction of travel since the June 2025 register: ↑ increasing, ↔ unchanged, "
                  "↓ decreasing.")
    ws.cell(r + 1, 1, "RAG is shown by colour: Red 15–25, Amber 8–14, Green 1–7.")
    for col, wdt in zip("ABCDEFGHIJ", (8, 45, 22, 12, 38, 48, 26, 13, 7, 10)):
        ws.column_dimensions[col].width = wdt
    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    sc["A1"].font = Font(bold=True)
    sc["A3"] = "Impact →"
    for i in range(1, 6):
        sc.cell(3, i + 1, i).font = Font(bold=True)
        sc.cell(4 + (5 - i), 1, "Likelihood %d" % i)
        for j in range(1, 6):
            v = i * j
            c = sc.cell(4 + (5 - i), j + 1, v)
            c.fill = fill(FILL["R"] if v >= 15 else FILL["A"] if v >= 8 else FILL["G"])
            c.border = BOX
    wb.save(path(name))
    assert typo_row == 11, typo_row
    write_expected(
        name,
        source=("South Downs National Park Authority, 2025/26 strategic risk register as an appendix to a "
                "Policy and Resources Committee report. No SDNPA register was found to copy; layout modelled "
                "on national park strategic risk registers published with committee papers (e.g. Cairngorms "
                "NPA Strategic Risk Register annexes: risk, ref, owner, mitigation, trend columns): title "
                "and committee line, risk description, owner, score and controls merged over each risk's "
                "further-action rows, action owner and target date per action, RAG by fill colour only, "
                "direction-of-travel arrows, a key line and a separate scoring-matrix sheet."),
        reads=("Five strategic risks, each with one or two further actions, an action owner and a target "
               "month. The target date for SR3's second action (sheet row 11) reads 'Febuary 2026', a "
               "mistyped month, so a careful reader would stop and ask before reading the register."),
        outcome="refuse",
        title="South Downs National Park Authority – Strategic Risk Register 2025/26",
        refuse_at=typo_row,
    )
    return name, n_actions


# =====================================================================
# 3. Royal Hospital for Neuro-disability - CQC must/should do action plan (xlsx)
# =====================================================================

def make_rhn():
    name = "ov2-royal-hospital-for-neuro-disability-cqc-must-should-do-action-plan.xlsx"
    MUST = "MUST DO ACTIONS"
    SHOULD = "SHOULD DO ACTIONS"
    MD1 = ("MD1: The service must ensure that choking risk assessments and eating and drinking plans "
           "reflect current speech and language therapy recommendations for every patient. "
           "(Regulation 12 Safe care and treatment)")
    MD2 = ("MD2: The service must ensure that staff complete and record mental capacity assessments and "
           "best interests decisions for patients who lack capacity to consent to their care and "
           "treatment. (Regulation 11 Need for consent)")
    MD3 = ("MD3: The service must ensure that there are enough suitably qualified registered nurses on "
           "each shift to meet patients' needs, particularly at night. (Regulation 18 Staffing)")
    SD1 = "SD1: The service should ensure that all staff complete mandatory training in basic life support."
    SD2 = ("SD2: The service should ensure that patients and those close to them are involved in "
           "developing care plans, and that their involvement is recorded.")
    # rows: ("section", text) | ("rec", text) | ("act", ref, action, lead, timescale, evidence, update, fillkey, expected)
    rows = [
        ("section", MUST),
        ("rec", MD1),
        ("act", "MD1.1",
         "Audit all eating and drinking plans against the latest SLT recommendations on every ward.\n"
         "Correct any discrepancies and brief ward staff at safety huddles.",
         "Head of Speech and Language Therapy", "31 January 2025",
         "Ward audit reports; huddle briefing log",
         "Audit of 212 plans completed 24/01/2025; 19 corrected. Re-audit in March found no discrepancies.",
         "G", dict(lead=["Head of Speech and Language Therapy"], end="2025-01", status="blue")),
        ("act", "MD1.2",
         "Add a mandatory SLT review prompt to the electronic patient record so that eating and drinking "
         "plans are updated within 48 hours of any change in recommendation.",
         "Chief Nursing Officer\nHead of Digital Clinical Systems", "March 2025 (revised to June 2025)",
         "EPR change request; compliance report",
         "Change request approved; supplier release slipped to June. Interim paper prompt in use.",
         "A", dict(lead=["Chief Nursing Officer", "Head of Digital Clinical Systems"], end="2025-06",
                   status="amber")),
        ("rec", MD2),
        ("act", "MD2.1",
         "Deliver Mental Capacity Act refresher training to all registered nurses and therapists, with "
         "attendance reported monthly to the Quality and Safety Committee.",
         "MCA/DoLS Lead", "Q1 2025/26",
         "Training records; committee reports",
         "68% of registered nurses and 74% of therapists trained to date.",
         "A", dict(lead=["MCA/DoLS Lead"], end="2025-06", status="amber", end_text="Q1 2025/26")),
        ("act", "MD2.2",
         "Introduce a monthly audit of ten care records per ward for completed capacity assessments and "
         "best interests records.",
         "Ward Managers", D(2025, 2, 28),
         "Monthly audit returns",
         "Audit running since February; results reported to Quality and Safety Committee each month.",
         "G", dict(lead=["Ward Managers"], end="2025-02", status="blue")),
        ("rec", MD3),
        ("act", "MD3.1",
         "Complete the international nurse recruitment campaign for 24 registered nurses and track fill "
         "rates through the monthly safer staffing report.",
         "Director of People; Chief Nursing Officer", "September 2025",
         "Safer staffing reports",
         "15 nurses in post, 6 awaiting NMC registration. Night fill rate 91% in March.",
         "A", dict(lead=["Director of People", "Chief Nursing Officer"], end="2025-09", status="amber")),
        ("act", "MD3.2",
         "Review the night-time nursing establishment on every ward using the Safer Nursing Care Tool.",
         "Deputy Chief Nursing Officer", "End of May 2025",
         "Establishment review paper to Board",
         "Data collection delayed by staff absence; review now at risk for May Board.",
         "R", dict(lead=["Deputy Chief Nursing Officer"], end="2025-05", status="red")),
        ("section", SHOULD),
        ("rec", SD1),
        ("act", "SD1.1",
         "Book all staff with lapsed basic life support training onto a session and remove them from "
         "clinical duties on the rota until it is completed.",
         "Head of Learning and Development", "Jan 2025",
         "Training compliance report",
         "BLS compliance 97% at 31/01/2025.",
         "G", dict(lead=["Head of Learning and Development"], end="2025-01", status="blue")),
        ("rec", SD2),
        ("act", "SD2.1",
         "Co-produce a care plan involvement standard with the Patient and Family Forum and add a family "
         "sign-off field to the care plan template.",
         "Head of Patient Experience", "Ongoing – reviewed at each quarterly Forum",
         "Forum minutes; revised template",
         "Not yet started – first Forum workshop booked for 22 May 2025.",
         None, dict(lead=["Head of Patient Experience"], end=None, status="unrated",
                    end_text="Ongoing – reviewed at each quarterly Forum")),
        ("act", "SD2.2",
         "Record the involvement of patients and families in every six-monthly multidisciplinary review.",
         "Ward Managers / Consultant Physicians", D(2025, 6, 30),
         "MDT review audit",
         "New MDT review template in use on four of six wards.",
         "A", dict(lead=["Ward Managers", "Consultant Physicians"], end="2025-06", status="amber")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CQC action plan"
    ws["A1"] = "Royal Hospital for Neuro-disability – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws["A2"] = ("Inspection report published 20 November 2024 | Version 4 – updated 14 April 2025 for the "
                "Quality and Safety Committee")
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key"
    ws["A4"].font = Font(bold=True)
    for col, (k, txt) in zip((2, 3, 4), (("G", "Complete and evidence verified"),
                                         ("A", "In progress – on track to timescale"),
                                         ("R", "Overdue or at risk of not being met"))):
        c = ws.cell(4, col, txt)
        c.fill = fill(FILL[k])
        c.border = BOX
        c.alignment = WRAP
    headers = ["Ref", "Action(s) to address", "Lead", "Timescale", "Evidence of completion",
               "Progress update (April 2025)", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    expected = []
    sect = rec = None
    for row in rows:
        if row[0] == "section":
            sect = row[1]
            c = ws.cell(r, 1, sect)
            c.font = Font(bold=True, size=12)
            c.fill = fill("D7BDE2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "rec":
            rec = row[1]
            c = ws.cell(r, 1, rec)
            c.font = Font(bold=True)
            c.fill = fill("F4ECF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead, ts, ev, upd, fk, exp = row
            for j, v in enumerate([ref, text, lead, ts, ev, upd, None], start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if fk:
                ws.cell(r, 7).fill = fill(FILL[fk])
            expected.append(act(ref, [sect, rec], text, exp["lead"], exp["end"], exp["status"],
                                exp.get("end_text")))
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Evidence for completed actions is held in the CQC evidence library on SharePoint. "
                  "Actions rated Green are presented to the Quality and Safety Committee for closure.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, wdt in zip("ABCDEFG", (8, 58, 30, 20, 28, 50, 8)):
        ws.column_dimensions[col].width = wdt
    wb.save(path(name))
    write_expected(
        name,
        source=("Royal Hospital for Neuro-disability, Putney (charity, independent hospital), CQC "
                "inspection action plan 2024-25. No published RHN plan was found; layout modelled on "
                "independent-hospital CQC must-do/should-do action plans taken to a quality committee: "
                "title and version line, a RAG key in which Green means complete (no blue), MUST DO / "
                "SHOULD DO banner rows, each CQC requirement (with its regulation) as a merged row above "
                "its numbered actions, two posts in one lead cell on separate lines, a revised date inside "
                "the timescale cell, a financial quarter, date cells, RAG as fill colour only and a notes "
                "line."),
        reads=("Nine actions answering three must-do and two should-do CQC requirements, each under the "
               "requirement text. Status is shown only by fill colour, and the sheet's own key says Green "
               "means complete and evidenced, so green cells read as complete; one action has no colour "
               "and has not started."),
        outcome="read",
        title="Royal Hospital for Neuro-disability – CQC Must Do and Should Do Action Plan",
        actions=expected,
    )
    return name, len(expected)


# =====================================================================
# docx helpers
# =====================================================================

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


def add_table(doc, header, rows, widths=None, head_fill="1F3864"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[j], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)
    return t


# =====================================================================
# 4. UKHSA - clade I mpox incident lessons identified action plan (docx)
# =====================================================================

def make_ukhsa():
    name = "ov2-ukhsa-clade-i-mpox-incident-lessons-identified-action-plan.docx"
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = "Clade I mpox incident 2024 to 2025: lessons identified action plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("UK Health Security Agency – Emergency Preparedness, Resilience and Response (EPRR) "
                      "Quality Standards and Improvement")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "2.0"), ("Status", "Approved by the EPRR Delivery Group, 17 June 2025"),
                 ("Owner", "Head of EPRR Quality Standards and Improvement"),
                 ("Next review", "December 2025")]:
        c = dc.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "E7E6E6")
        set_cell(c[1], v)
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph(
        "This plan sets out the actions agreed in response to the lessons identified at the structured "
        "debriefs held after UKHSA's enhanced incident response to clade I mpox (October 2024 to March "
        "2025). Progress is reported quarterly to the EPRR Delivery Group and summarised in the annual "
        "incident learning report to the Advisory Board.")
    doc.add_heading("2. Status key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v, f in [("Complete", "Action delivered and evidence accepted by the QSI team", "5B9BD5"),
                    ("On track", "Expected to be delivered by the target date", "00B050"),
                    ("At risk", "Target date may be missed; mitigation in place", "FFC000"),
                    ("Off track", "Target date will be missed; escalated to Delivery Group", "FF0000"),
                    ("Not started", "Work not yet begun", "FFFFFF")]:
        c = key.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], f)
        set_cell(c[1], v)
    doc.add_heading("3. Lessons identified and actions", level=1)

    TA = "Theme A: Case finding and clinical pathways"
    TB = "Theme B: Laboratory testing"
    TC = "Theme C: Contact tracing and public communications"
    LA1 = ("Lesson A1: Clinicians in emergency departments and sexual health services outside the high "
           "consequence infectious disease (HCID) network were not consistently aware of the "
           "travel-associated case definition, which delayed isolation of a suspected case.")
    LA2 = ("Lesson A2: Arrangements for transferring a confirmed case to an HCID treatment centre out of "
           "hours relied on individual contacts rather than an agreed protocol.")
    LB1 = ("Lesson B1: Turnaround times for clade-specific PCR confirmation exceeded the 24-hour target "
           "in the first fortnight because testing was concentrated in a single laboratory.")
    LC1 = ("Lesson C1: Contact tracing teams in four regions used different spreadsheets, making it hard "
           "to give a national picture of contacts under follow-up.")
    LC2 = ("Lesson C2: Public-facing messages were not always available in the languages most spoken by "
           "travellers returning from affected countries.")
    plan = [
        (TA, [
            (LA1, [
                ("A1.1", "Issue a single clinical alert and one-page case definition to all NHS acute trusts "
                         "and sexual health services through the Central Alerting System.",
                 "Director of Clinical and Emerging Infections", "December 2024", "Complete",
                 "Alert issued 19/12/2024; case definition refreshed 03/03/2025.",
                 dict(lead=["Director of Clinical and Emerging Infections"], end="2024-12", status="blue")),
                ("A1.2", "Work with NHS England to add clade I mpox triage prompts to the NHS 111 pathway and "
                         "to emergency department travel-history screening.",
                 "Director of Clinical and Emerging Infections / NHS England Director of Clinical Policy",
                 "Sept 2025 (revised from June 2025)", "At risk",
                 "NHS 111 prompts live. ED screening change depends on supplier release.",
                 dict(lead=["Director of Clinical and Emerging Infections",
                            "NHS England Director of Clinical Policy"], end="2025-09", status="amber")),
            ]),
            (LA2, [
                ("A2.1", "Agree a written out-of-hours transfer protocol with the HCID network and the "
                         "ambulance services, and test it in a tabletop exercise.",
                 "Head of HCID Programme", "31 March 2025", "Complete",
                 "Protocol agreed 12/02/2025 and tested in Exercise Tamar on 20/03/2025.",
                 dict(lead=["Head of HCID Programme"], end="2025-03", status="blue")),
            ]),
        ]),
        (TB, [
            (LB1, [
                ("B1.1", "Validate clade-specific PCR in two further UKHSA regional laboratories.",
                 "Director of UKHSA Laboratories", "Q2 2025/26", "On track",
                 "Validation complete at one site; second site reporting in August.",
                 dict(lead=["Director of UKHSA Laboratories"], end="2025-09", status="green",
                      end_text="Q2 2025/26")),
                ("B1.2", "Publish sample referral and packaging guidance for clinical laboratories, "
                         "including Category A transport requirements.",
                 "Head of Rare and Imported Pathogens Laboratory", "30 June 2025", "Complete",
                 "Guidance published on GOV.UK 11/06/2025.",
                 dict(lead=["Head of Rare and Imported Pathogens Laboratory"], end="2025-06",
                      status="blue")),
            ]),
        ]),
        (TC, [
            (LC1, [
                ("C1.1", "Move all HCID contact tracing onto the national case management system, with a "
                         "single daily contacts report.",
                 "Director of Health Protection Operations", "March 2026", "On track",
                 "Requirements signed off; build scheduled for Q3.",
                 dict(lead=["Director of Health Protection Operations"], end="2026-03", status="green")),
                ("C1.2", "Write a standard operating procedure for cross-regional contact tracing and train "
                         "regional health protection teams in its use.",
                 "Regional Health Protection Teams", "Q4 2025/26", "Not started",
                 "To follow C1.1.",
                 dict(lead=["Regional Health Protection Teams"], end="2026-03", status="unrated",
                      end_text="Q4 2025/26")),
            ]),
            (LC2, [
                ("C2.1", "Maintain a pre-translated library of public messages on HCIDs in the ten languages "
                         "agreed with the Communications Directorate, reviewed after each incident.",
                 "Director of Communications", "Ongoing", "On track",
                 "Library live with eight of ten languages.",
                 dict(lead=["Director of Communications"], end=None, status="green", end_text="Ongoing")),
            ]),
        ]),
    ]
    status_fill = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    expected = []
    for theme, lessons in plan:
        doc.add_heading(theme, level=2)
        for lesson, acts in lessons:
            p = doc.add_paragraph()
            p.add_run(lesson).bold = True
            rows = [(a[0], a[1], a[2], a[3], a[4], a[5]) for a in acts]
            t = add_table(doc, ["Ref", "Action", "Owner", "Target date", "Status", "Update (June 2025)"],
                          rows, head_fill="00594F")
            for i, a in enumerate(acts, start=1):
                if a[4] in status_fill:
                    shade(t.rows[i].cells[4], status_fill[a[4]])
                exp = a[6]
                expected.append(act(a[0], [theme, lesson], a[1], exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
            doc.add_paragraph()
    doc.add_heading("4. Sign-off", level=1)
    so = add_table(doc, ["Role", "Name", "Date"],
                   [("Senior Responsible Officer, EPRR", "Dr Helen Marsh", "17/06/2025"),
                    ("Chair, EPRR Delivery Group", "Andrew Kerr", "17/06/2025")], head_fill="7F7F7F")
    doc.save(path(name))
    write_expected(
        name,
        source=("UK Health Security Agency (executive agency of DHSC), 2025: lessons identified action plan "
                "after the clade I mpox incident response. Modelled on UKHSA's published incident-learning "
                "material (UKHSA Advisory Board 'Major Incident Learnings' paper, May 2025, and the lessons "
                "identified toolkit on GOV.UK): title, document control table, purpose, a status key table "
                "(Complete = blue), then themes as headings with each lesson identified as a bold paragraph "
                "followed by its own action table (ref, action, owner, target date, status word on fill, "
                "update), a revised date inside the date cell, financial quarters, 'Ongoing', two owners "
                "in one cell, and a sign-off table."),
        reads=("Eight actions under three themes, each action table sitting under the lesson identified it "
               "answers. Status is a word from the document's key (Complete, On track, At risk, Not "
               "started). The document control, key and sign-off tables hold no actions."),
        outcome="read",
        title=title,
        actions=expected,
    )
    return name, len(expected)


# =====================================================================
# 5. Lancashire CCA - Adult Skills Fund devolution programme highlight report (docx)
# =====================================================================

def make_lcca():
    name = "ov2-lancashire-cca-adult-skills-fund-devolution-programme-highlight-report.docx"
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Lancashire Combined County Authority"
    title = "Adult Skills Fund Devolution Programme: Highlight Report – September 2025"
    doc.add_heading(title, level=0)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in [("Reporting period", "1 to 30 September 2025"),
                 ("Senior Responsible Owner", "Director of Skills and Employment"),
                 ("Programme Manager", "Helen Ashworth"),
                 ("Overall status – last period", "Amber"),
                 ("Overall status – this period", "Amber"),
                 ("Report to", "LCCA Programme Board, 8 October 2025")]:
        c = tb.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "DEEAF6")
        set_cell(c[1], v)
        if v == "Amber":
            shade(c[1], FILL["A"])
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(
        "The first month of devolved delivery has gone live on time: grant funding agreements are in place "
        "with all colleges and local authority providers and the first monthly payments were made on 5 "
        "September. Procurement of contract-for-services provision and the ILR data dashboard are behind "
        "plan, and the dashboard is now rated red. The Board is asked to note the revised forecasts below.")
    doc.add_heading("2. Status by tolerance area", level=1)
    tol = add_table(doc, ["Area", "Last period", "This period", "Comment"],
                    [("Time", "A", "A", "Two milestones re-forecast"),
                     ("Cost", "G", "G", "Programme costs within the £240k implementation budget"),
                     ("Scope", "G", "G", "No change requests"),
                     ("Quality", "G", "A", "Data dashboard not yet available to monitor providers"),
                     ("Benefits", "G", "G", "Benefits profile agreed by Board in June")],
                    head_fill="1F4E79")
    for row in tol.rows[1:]:
        for j in (1, 2):
            shade(row.cells[j], FILL[row.cells[j].text])
    doc.add_heading("3. Milestones and actions", level=1)
    doc.add_paragraph("Key: G – on track; A – at risk but recoverable; R – off track, Board decision "
                      "needed; B – complete. Forecast dates replace baseline dates where they differ.")
    W1 = "WS1 Funding and contracts"
    W2 = "WS2 Data and systems"
    W3 = "WS3 Provider engagement"
    W4 = "WS4 Governance and assurance"
    ms = [
        (W1, [
            ("M1.1", "Issue 2025/26 grant funding agreements to all Lancashire colleges and local authority "
                     "adult learning services.", "Head of Skills Commissioning", "31/07/2025", "31/07/2025",
             "G", "B", dict(lead=["Head of Skills Commissioning"], end="2025-07", status="blue")),
            ("M1.2", "Complete procurement of contract-for-services providers for the 2025/26 academic "
                     "year.", "Head of Skills Commissioning / Procurement Lead", "31/08/2025", "31/10/2025",
             "A", "A", dict(lead=["Head of Skills Commissioning", "Procurement Lead"], end="2025-10",
                            status="amber")),
            ("M1.3", "Agree the 2026/27 Adult Skills Fund allocation methodology with the constituent "
                     "authorities.", "Director of Finance (s73 Officer)", "31/12/2025", "31/01/2026",
             "G", "A", dict(lead=["Director of Finance (s73 Officer)"], end="2026-01", status="amber")),
        ]),
        (W2, [
            ("M2.1", "Go live with the ILR data dashboard for monthly provider performance monitoring.",
             "Data and Intelligence Manager", "30/09/2025", "30/11/2025", "A", "R",
             dict(lead=["Data and Intelligence Manager"], end="2025-11", status="red")),
            ("M2.2", "Sign the data sharing agreement with the Department for Education for learner-level "
                     "ILR data.", "Information Governance Officer", "31/07/2025", "22/08/2025", "A", "B",
             dict(lead=["Information Governance Officer"], end="2025-08", status="blue")),
        ]),
        (W3, [
            ("M3.1", "Hold the first Lancashire Adult Skills Provider Forum and agree its terms of "
                     "reference.", "Rachel Dunn and Imran Hussain", "30/09/2025", "24/09/2025", "G", "B",
             dict(lead=["Rachel Dunn", "Imran Hussain"], end="2025-09", status="blue")),
            ("M3.2", "Publish the Lancashire adult skills priorities statement for 2026/27 following "
                     "consultation.", "Head of Skills Policy", "31/01/2026", "31/01/2026", "G", "G",
             dict(lead=["Head of Skills Policy"], end="2026-01", status="green")),
        ]),
        (W4, [
            ("M4.1", "Present the Adult Skills Fund funding and performance management rules to the LCCA "
                     "Board for approval.", "Programme Manager", "11/11/2025", "11/11/2025", "G", "G",
             dict(lead=["Programme Manager"], end="2025-11", status="green")),
            ("M4.2", "Complete the internal audit of Adult Skills Fund grant assurance arrangements and "
                     "report to the Audit and Governance Committee.",
             "Head of Internal Audit (Lancashire County Council)", "31/03/2026", "31/03/2026", "", "G",
             dict(lead=["Head of Internal Audit (Lancashire County Council)"], end="2026-03",
                  status="green")),
        ]),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
                           "Last", "This"]):
        set_cell(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[j], "1F4E79")
    expected = []
    for w, rows in ms:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        set_cell(m, w, bold=True)
        shade(m, "DEEAF6")
        for a in rows:
            c = t.add_row().cells
            for j, v in enumerate(a[:7]):
                set_cell(c[j], v)
            for j in (5, 6):
                if a[j]:
                    shade(c[j], FILL[a[j]])
            exp = a[7]
            expected.append(act(a[0], [w], a[1], exp["lead"], exp["end"], exp["status"]))
    doc.add_heading("4. Top risks", level=1)
    add_table(doc, ["Risk", "Rating", "Trend", "Mitigation in place"],
              [("Late ILR data from DfE delays the first performance review of providers", "High", "↑",
                "Interim provider self-returns requested monthly"),
               ("Underspend of the 2025/26 allocation if procurement is not completed by October", "Medium",
                "↔", "Growth funding offered to grant-funded providers")], head_fill="1F4E79")
    doc.add_heading("5. Decisions and support required from Programme Board", level=1)
    doc.add_paragraph("Note the revised forecast dates for M1.2, M1.3 and M2.1.", style="List Bullet")
    doc.add_paragraph("Agree that the Chair writes to DfE about the timing of ILR data releases.",
                      style="List Bullet")
    doc.save(path(name))
    write_expected(
        name,
        source=("Lancashire Combined County Authority (established 2025), programme highlight report for "
                "the devolved Adult Skills Fund, September 2025. No LCCA report was found to copy; layout "
                "modelled on PRINCE2-style highlight reports used by combined authorities and councils "
                "(status summary with last/this period for time, cost, scope, quality; milestones; risks; "
                "decisions): body name in the page header, title, a title-block table with overall status, "
                "a tolerance table with R/A/G letters on fill, a milestones table with workstream rows "
                "merged across, baseline and forecast dates, last and this period RAG letters (B = "
                "complete, per the key line), a risks table without owners or dates, and bullet decisions."),
        reads=("Nine milestones and actions in four workstreams, each with an owner, a baseline and a "
               "forecast date and last and this period RAG letters; the forecast date and this period's "
               "RAG are the current ones. The title block, tolerance and risks tables are not actions."),
        outcome="read",
        title=title,
        actions=expected,
    )
    return name, len(expected)


# =====================================================================
# 6. Kidlington Parish Council - action log (csv)
# =====================================================================

def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_kidlington():
    name = "ov2-kidlington-parish-council-action-log.csv"
    FC = "FULL COUNCIL"
    PE = "PLANNING & ENVIRONMENT COMMITTEE"
    FG = "FINANCE & GENERAL PURPOSES COMMITTEE"
    rows = [
        (FC, [
            ("FC/24/112", "16/12/2024",
             "Obtain three quotes for restoration of the war memorial railings and report back to Council",
             "Clerk", "31/10/2025", "On track", "Two quotes received; third contractor visiting 2 October.",
             dict(lead=["Clerk"], end="2025-10", status="green")),
            ("FC/25/031", "17/03/2025",
             'Write to Oxfordshire County Council Highways asking for the "Keep Clear" markings outside '
             'Exeter Hall to be repainted',
             "Cllr Hayes / Clerk", "Apr-25", "Complete", "OCC works order raised; markings repainted 9 June.",
             dict(lead=["Cllr Hayes", "Clerk"], end="2025-04", status="blue")),
            ("FC/25/058", "19/05/2025",
             "Review the Council's Standing Orders and Financial Regulations against the 2025 NALC model "
             "documents, and bring revised versions to Council",
             "Deputy Clerk", "Nov 2025", "On track", "Draft Standing Orders with the Chair for comment.",
             dict(lead=["Deputy Clerk"], end="2025-11", status="green")),
            ("FC/25/077", "21/07/2025",
             "Arrange for the defibrillator at Moorlands community centre to be registered on The Circuit\n"
             "(include pad and battery expiry dates)",
             "Cllr M. Patel and Cllr S. Doyle", "TBC", "Not started", "",
             dict(lead=["Cllr M. Patel", "Cllr S. Doyle"], end=None, status="unrated", end_text="TBC")),
        ]),
        (PE, [
            ("PE/25/019", "02/06/2025",
             "Submit the Council's response to the Cherwell Local Plan Review consultation",
             "Planning Committee Chair", "14/07/2025", "Complete", "Response submitted 10 July.",
             dict(lead=["Planning Committee Chair"], end="2025-07", status="blue")),
            ("PE/25/044", "01/09/2025",
             "Contact Cherwell DC Street Scene about fly-tipping at the Lyne Road garages, and ask for "
             "signage and a CCTV camera to be considered",
             "Clerk", "Next meeting", "Not started", "",
             dict(lead=["Clerk"], end=None, status="unrated", end_text="Next meeting")),
        ]),
        (FG, [
            ("FGP/25/012", "10/04/2025",
             "Implement the internal auditor's recommendation to record all asset additions and disposals "
             "in the asset register at the time of the decision",
             "RFO", "30/06/2025", "Completed", "Asset register updated and checked at June F&GP.",
             dict(lead=["RFO"], end="2025-06", status="blue")),
            ("FGP/25/027", "08/07/2025",
             "Move the Council's banking to a provider that allows dual online authorisation of payments",
             "RFO; Cllr Whitaker (F&GP Chair)", "Dec 2025", "On track",
             "Application to Unity Trust Bank submitted 22 August.",
             dict(lead=["RFO", "Cllr Whitaker (F&GP Chair)"], end="2025-12", status="green")),
        ]),
    ]
    ncol = 7
    out = []

    def line(cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        out.append(",".join(csv_field(c) for c in cells))

    title = "Kidlington Parish Council – Action Log"
    line([title])
    line(["As at Full Council meeting of 15 September 2025"])
    line(["Status: Not started / On track / Complete. Completed actions are removed once reported to one "
          "meeting."])
    line([])
    line(["Minute Ref", "Date raised", "Action", "Responsible", "Deadline", "Status", "Update"])
    expected = []
    counts = {"Complete": 0, "On track": 0, "Not started": 0}
    for sect, acts in rows:
        line([sect])
        for a in acts:
            line(a[:7])
            exp = a[7]
            expected.append(act(a[0], [sect], a[2], exp["lead"], exp["end"], exp["status"],
                                exp.get("end_text")))
            counts["Complete" if a[5].startswith("Complete") else a[5]] += 1
    line([])
    line(["Summary", "", "%d actions: %d complete; %d on track; %d not started"
          % (len(expected), counts["Complete"], counts["On track"], counts["Not started"])])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    write_expected(
        name,
        source=("Kidlington Parish Council (Oxfordshire), 2025 council action log. No Kidlington log was "
                "found to copy; layout modelled on parish council action logs published with meeting "
                "papers (e.g. Aldworth Parish Council's action log of open / in progress / closed actions "
                "from meetings): title line, 'as at' line, a status note, header, committee section rows "
                "(Full Council, Planning & Environment, Finance & General Purposes), minute references, "
                "quoted cells with commas, doubled quotes and an inner line break, councillors and officers "
                "as leads, mixed deadline forms (31/10/2025, Apr-25, Nov 2025, TBC, Next meeting) and a "
                "summary line."),
        reads=("A CSV export of the parish council's action log: eight actions arising from meetings, "
               "grouped under three committee headings, each with a minute reference, who is responsible, "
               "a deadline and a status word. The title, note, header and summary lines are not actions."),
        outcome="read",
        title=title,
        actions=expected,
    )
    return name, len(expected)


# =====================================================================
# 7. The Foster Care Co-operative - Ofsted IFA inspection action plan (tab-separated txt)
# =====================================================================

def make_fcc():
    name = "ov2-foster-care-co-operative-ofsted-ifa-inspection-action-plan.txt"
    REQ = "REQUIREMENTS"
    RECS = "RECOMMENDATIONS"
    R1 = ("The registered person must ensure that foster parents are given written information about each "
          "child before the child is placed with them, including the child's health needs and any known "
          "risks. (Regulation 22(3))")
    R2 = ("The registered person must ensure that each foster parent's approval is reviewed within one year "
          "of approval and thereafter whenever necessary, and at intervals of not more than a year. "
          "(Regulation 28(2))")
    C1 = ("The registered person should ensure that foster carers' training and development plans are kept "
          "up to date and that carers complete the agency's mandatory training. (Fostering Services "
          "National Minimum Standards 20.3)")
    C2 = ("The registered person should ensure that children's views are sought and recorded before each "
          "foster home review. (Fostering Services National Minimum Standards 13.5)")
    plan = [
        (REQ, [
            (R1, [
                ("R1.1", "Introduce a placement information checklist that the supervising social worker "
                         "signs off before any child moves in.", "Registered Manager", "30/05/2025", "B",
                 "Checklist in use since 12 May 2025; June audit found 100% compliance.",
                 dict(lead=["Registered Manager"], end="2025-05", status="blue")),
                ("R1.2", "Audit placement information for all children placed since January 2025 and send "
                         "any missing information to their carers.", "RM / Supervising Social Workers",
                 "June 2025", "B", "23 placements audited; missing health information sent to 4 households.",
                 dict(lead=["RM", "Supervising Social Workers"], end="2025-06", status="blue")),
            ]),
            (R2, [
                ("R2.1", "Set up an annual review tracker with reminders at 10 and 11 months, and book all "
                         "overdue annual reviews.", "Head of Practice & Registered Manager",
                 "End of July 2025", "A", "6 of 9 overdue reviews held; remaining 3 booked for September.",
                 dict(lead=["Head of Practice", "Registered Manager"], end="2025-07", status="amber")),
                ("R2.2", "Present the outcome of every overdue annual review to the fostering panel.",
                 "Panel Adviser", "Sept 2025", "G", "Four reviews presented at the August panel.",
                 dict(lead=["Panel Adviser"], end="2025-09", status="green")),
            ]),
        ]),
        (RECS, [
            (C1, [
                ("REC1.1", "Revise the training and development plan template and review every carer's plan "
                           "at supervision.", "Training and Development Coordinator", "Ongoing", "G",
                 "New template in use; 41 of 58 plans reviewed.",
                 dict(lead=["Training and Development Coordinator"], end=None, status="green",
                      end_text="Ongoing")),
            ]),
            (C2, [
                ("REC2.1", "Create an age-appropriate 'My Review' form with the children's participation "
                           "group and use it before each review.", "Participation Worker", "Oct 2025", "A",
                 "Form drafted with the group in July; design work delayed over the summer.",
                 dict(lead=["Participation Worker"], end="2025-10", status="amber")),
                ("REC2.2", "Report the percentage of reviews with the child's views recorded to the Board "
                           "each quarter.", "Responsible Individual", "Quarterly", "R",
                 "No report yet – the field has not been added to the case management system.",
                 dict(lead=["Responsible Individual"], end=None, status="red", end_text="Quarterly")),
            ]),
        ]),
    ]
    title = "The Foster Care Co-operative – Post-inspection action plan"
    lines = [
        title,
        "Ofsted inspection of the independent fostering agency, 3 to 7 March 2025 – overall experiences and "
        "progress of children and young people: requires improvement to be good",
        "Plan agreed by the Board of Directors on 24 April 2025; progress updated 1 September 2025",
        "",
        "\t".join(["Ref", "Requirement or recommendation", "Action", "Lead", "By when", "RAG",
                   "Progress at 01/09/2025"]),
    ]
    expected = []
    for sect, items in plan:
        lines.append(sect)
        for text, acts in items:
            for k, a in enumerate(acts):
                lines.append("\t".join([a[0], text if k == 0 else "", a[1], a[2], a[3], a[4], a[5]]))
                exp = a[6]
                expected.append(act(a[0], [sect, text], a[1], exp["lead"], exp["end"], exp["status"],
                                    exp.get("end_text")))
    lines += ["", "RAG key: B = complete; G = on track; A = some slippage; R = not started or off track"]
    with open(path(name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(
        name,
        source=("The Foster Care Co-operative (social-enterprise independent fostering agency), 2025 "
                "post-inspection action plan after an Ofsted IFA inspection under the SCCIF. No published "
                "plan was found to copy; layout modelled on fostering-service action plans answering "
                "Ofsted requirements and recommendations (requirement, actions, lead, timescale, progress): "
                "a tab-separated plain-text export with title and inspection lines, a header, REQUIREMENTS "
                "and RECOMMENDATIONS section lines, the requirement text given only on the first of its "
                "action lines, leads as posts and abbreviations, R/A/G/B letters and a key line at the end."),
        reads=("Seven actions answering two Ofsted requirements and two recommendations; where a requirement "
               "has two actions its text is written only on the first line and the second action sits under "
               "the same requirement. The RAG letters follow the key at the foot (B = complete)."),
        outcome="read",
        title=title,
        actions=expected,
    )
    return name, len(expected)


if __name__ == "__main__":
    made = [make_advanced(), make_sdnpa(), make_rhn(), make_ukhsa(), make_lcca(), make_kidlington(),
            make_fcc()]
    for n, k in made:
        print("%-80s %d actions" % (n, k))
