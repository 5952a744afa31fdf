"""Write the NAME.expected.yaml readings for the seven zyc- files (set heldout604).

The texts are taken from the same data zyc_make.py writes into the files, so they match character for
character; the lead, end and status of each action are the person's reading, written out by hand below.
"""
import json
import os

import yaml

import zyc_make as m

HERE = os.path.dirname(os.path.abspath(__file__))


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def recs(rows):
    out, group = [], None
    for r in rows:
        if r[0] == "group":
            group = r[1]
        else:
            out.append((group,) + r[1:])
    return out


def nimdta():
    reading = {  # ref: (lead, end, status)
        "SL.1": (["Head of Finance"], "2025-12", "amber"),
        "SL.2": (["Business Manager (Dental)", "Head of Finance"], "2025-09", "green"),
        "SL.3": (["Head of Corporate Services"], "2025-03", "red"),
        "IG.1": (["Information Governance Lead"], "2024-12", "amber"),
        "IG.2": (["Head of Corporate Services", "IT Manager"], "2026-03", "green"),
        "PC.1": (["Head of Finance"], "2025-09", "green"),
        "PC.2": (["HR Manager"], "2025-12", "green"),
        "GP.1": (["Director of Postgraduate GP Education"], "2025-06", "blue"),
        "GP.2": (["Finance Manager"], "2023-12", "blue"),
        "SL.4": (["Postgraduate Dean"], "2024-06", "blue"),
    }
    acts = []
    for group, ref, _pr, rec, action, _lead, _o, _r, _u, _rag in recs(m.NIMDTA_OUT) + recs(m.NIMDTA_IMPL):
        lead, end, st = reading[ref]
        acts.append(act(ref, [group, rec], action, lead, end, st))
    return {
        "source": "Imitates the internal audit recommendation status reports that Northern Ireland HSC arm's-"
                  "length bodies take to their Audit and Risk Assurance Committee (BSO Internal Audit as "
                  "auditor; Priority 1/2/3 gradings; original and revised target dates), for the Northern "
                  "Ireland Medical and Dental Training Agency, ARAC September 2025. No specific published "
                  "NIMDTA tracker was found; the layout copies the common NI HSC pattern: cover sheet with "
                  "document control and RAG key, summary-by-audit totals sheet, an Outstanding sheet and an "
                  "Implemented sheet, audit title band rows (merged, with assurance level), recommendation "
                  "beside the agreed action, RAG letters with matching fill, notes line under each table.",
        "reads": "A four-sheet workbook: cover and key, a totals table by audit, then the outstanding and the "
                 "implemented recommendations, each grouped under a merged band naming the audit year, title "
                 "and assurance. Each row is one recommendation with its agreed management action, a "
                 "responsible officer, original and (sometimes) revised target dates, an update and a RAG "
                 "letter; the revised date is the end where given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations – Implementation Status Report",
        "actions": acts,
    }


def vale():
    reading = {
        "CR1.1": (["Head of Finance"], "2026-03", "amber", None),
        "CR1.2": (["Head of Finance"], "2025-10", "green", None),
        "CR1.3": (["Operational Manager – Accountancy"], "2025-12", "green", None),
        "CR3.1": (["Head of HR and OD"], None, "green", "Ongoing"),
        "CR3.2": (["Head of HR and OD", "Director of Social Services"], "2025-09", "amber", None),
        "CR3.3": (["Head of HR and OD"], "2025-06", "blue", None),
        "CR4.1": (["Operational Manager – ICT"], "2025-09", "green", None),
        "CR4.2": (["Head of Digital", "Operational Manager – ICT"], "2025-12", "amber", None),
        "CR4.3": (["Operational Manager – ICT"], "2025-03", "red", None),
        "CR10.1": (["Director of Social Services"], "2025-09", "green", None),
        "CR10.2": (["Head of HR and OD"], "2026-03", "unrated", None),
    }
    acts = []
    for risk in m.VALE_RISKS:
        for ref, action, *_ in risk["actions"]:
            lead, end, st, et = reading[ref]
            acts.append(act(ref, [risk["title"]], action, lead, end, st, et))
    return {
        "source": "Imitates the Vale of Glamorgan Council Corporate Risk Register quarterly updates to Audit "
                  "(now Governance and Audit) Committee (e.g. https://www.valeofglamorgan.gov.uk/en/our_council/"
                  "Council-Structure/minutes,_agendas_and_reports/reports/audit/2018/18-05-01/Q3-Corporate-Risk-"
                  "Register-Update.aspx), Q1 2025/26. Copied: numbered corporate risks (CR1 Financial "
                  "Resilience, CR3 Workforce Needs, CR4 Information Security ...), a Risk Summary sheet with "
                  "inherent/residual scores and direction of travel, and per-risk blocks with a dark merged "
                  "risk title row, risk description and owner/score rows, then 'what we plan to do' "
                  "additional mitigating actions with owner, due (dates, quarters, months, Ongoing), Q1 "
                  "update and a status cell coloured with no text, keyed at the top.",
        "reads": "A corporate risk register: a summary sheet of scores, then a register sheet with one block "
                 "per risk. Under each risk's title, description and score line sit its numbered additional "
                 "mitigating actions, each with an owner, a due date or quarter, a Q1 update and a status "
                 "shown only by the cell's fill colour (green/amber/red/blue per the key; one left blank).",
        "outcome": "read",
        "accept_refusal": False,
        "title": "The Vale of Glamorgan Council – Corporate Risk Register 2025/26",
        "actions": acts,
    }


def sas():
    reading = {
        "1.1": (["Director of Care Quality and Professional Development"], "2026-03", "green", None),
        "1.2": (["Director of Operations", "Medical Director"], "2025-12", "green", None),
        "1.3": (["Director of Operations"], "2026-03", "amber", None),
        "1.4": (["Director of Operations"], "2025-09", "blue", None),
        "2.1": (["Director of Workforce"], "2026-04", "amber", None),
        "2.2": (["Director of Workforce", "Director of Care Quality and Professional Development"], "2026-03",
                "green", None),
        "2.3": (["Director of Workforce"], None, "red", "Ongoing"),
        "3.1": (["Director of Digital"], "2025-12", "amber", None),
        "3.2": (["Director of Digital"], "2025-11", "red", None),
        "3.3": (["Medical Director"], "2026-03", "green", None),
    }
    acts = []
    for _title, heading, rows in m.SAS_SHEETS:
        band = None
        for row in rows:
            if row[0] == "band":
                band = row[1]
                continue
            lead, end, st, et = reading[row[0]]
            under = [heading, band] if band else [heading]
            acts.append(act(row[0], under, row[1], lead, end, st, et))
    return {
        "source": "Imitates an NHS Scotland board's Annual Delivery Plan quarterly progress report to a board "
                  "committee, here the Scottish Ambulance Service ADP 2025/26 at Q2 (SAS has published LDP/ADP "
                  "documents with priorities, deliverables and lead directors). Copied: a summary sheet with "
                  "title, RAG key and a totals-by-priority block, then one sheet per ADP priority with a "
                  "numbered priority heading, sub-theme band rows on the first sheet, deliverable, milestone "
                  "measure, lead director(s), target date (month, quarter, date, Ongoing, original with "
                  "revised in brackets), Q1 RAG and Q2 RAG words with fill, and commentary.",
        "reads": "A delivery-plan progress workbook: after the summary, three priority sheets list numbered "
                 "deliverables, some under sub-theme bands, each with lead director(s), a target date and the "
                 "previous (Q1) and current (Q2) RAG. The current Q2 RAG is the status; the revised date in "
                 "3.2 is its end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Scottish Ambulance Service – Annual Delivery Plan 2025/26",
        "actions": acts,
    }


def bhs():
    reading = {
        "1a": (["DHT (Learning and Teaching)"], "2024-06", "blue", None),
        "1b": (["DHT (Learning and Teaching)", "PT Curriculum – Modern Languages"], "2025-03", "green", None),
        "1c": (["SLT", "PTs"], None, "green", "Termly"),
        "2a": (["DHT (Senior Phase)"], "2025-05", "green", None),
        "2b": (["Headteacher"], "2024-08", "blue", None),
        "2c": (["DHT (Curriculum)", "DYW Co-ordinator"], "2025-06", "amber", None),
        "3a": (["PT Pupil Support"], "2024-12", "blue", None),
        "3b": (["DHT (Pupil Support)"], "2025-03", "amber", None),
    }
    acts = []
    for _head, afi, rows in m.BHS_AFIS:
        for no, action, *_ in rows:
            lead, end, st, et = reading[no]
            acts.append(act(no, [afi], action, lead, end, st, et))
    return {
        "source": "Imitates a Scottish secondary school's post-inspection action plan after an HM Inspectors "
                  "(Education Scotland) inspection, agreed with the local authority's Quality Improvement "
                  "Officer (Stirling Council's approach: areas for improvement agreed with the headteacher and "
                  "the authority, progress monitored through the authority's improvement framework), Bannockburn "
                  "High School 2024-25. Copied: authority header line, title, paragraph on the inspection, "
                  "version-control table, table of QI evaluations, progress key paragraph, then one section "
                  "per area for improvement ('Area for improvement N' heading, the bold AFI text, and a table "
                  "of numbered actions with lead, timescale, measures of success and a lettered, shaded "
                  "progress cell), and a sign-off table.",
        "reads": "A Word plan with three areas for improvement from the inspection, each heading followed by "
                 "the AFI sentence and a table of actions (1a, 1b ...) with lead posts, timescales (months, a "
                 "period, Termly) and B/G/A/R progress letters per the key. The version, evaluations and "
                 "sign-off tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bannockburn High School: Post-Inspection Action Plan 2024–2025",
        "actions": acts,
    }


def trp():
    imm = [
        (["Lead Nurse", "Practice Manager"], "2024-07", None),
        (["Lead Nurse"], "2024-07", None),
    ]
    plan = [
        (["Practice Manager"], "2024-10", None),
        (["Practice Manager", "IT Lead (GP Partner)"], "2024-12", None),
        (["Dr R. Pritchard (Safeguarding Lead)"], "2024-09", None),
        (["Dr R. Pritchard", "Practice Manager"], "2024-08", None),
        (["Lead Nurse"], None, "Immediate and ongoing"),
        (["Practice Manager"], "2025-03", None),
        (["Assistant Practice Manager"], "2025-03", None),
    ]
    acts = []
    for (need, _std, action, _lead, _when), (lead, end, et) in zip(m.TRP_IMMEDIATE, imm):
        acts.append(act(None, [need], action, lead, end, "unrated", et))
    theme, i = None, 0
    for row in m.TRP_PLAN:
        if row[0] == "theme":
            theme = row[1]
            continue
        need, _std, action, _lead, _when = row
        lead, end, et = plan[i]
        i += 1
        acts.append(act(None, [theme, need], action, lead, end, "unrated", et))
    return {
        "source": "Imitates the improvement plan appendices of a Healthcare Inspectorate Wales GP practice "
                  "inspection report, completed by the practice (HIW GP reports, e.g. Beechley Medical Centre, "
                  "carry Appendix A summary of concerns resolved, Appendix B immediate improvement plan and "
                  "Appendix C improvement plan, each with 'Improvement needed / Standard / Service action / "
                  "Responsible officer / Timescale' and a service representative block), for Taff Riverside "
                  "Practice, Cardiff and Vale UHB, inspected July 2024. Added realistic touches: numbered "
                  "multi-line service actions, theme band rows (merged) in Appendix C, several responsible "
                  "officers in one cell.",
        "reads": "An HIW improvement plan in Word: an empty 'concerns resolved' table, then a two-row immediate "
                 "improvement plan and a seven-row improvement plan grouped under three HIW themes, each row "
                 "giving the improvement needed, the standard, what the practice will do, who and when. "
                 "There is no RAG or status, so every action is unrated; the representative blocks are not "
                 "actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Improvement plan",
        "actions": acts,
    }


def ccea():
    return {
        "source": "Imitates the action log of a Northern Ireland NDPB's Audit and Risk Assurance Committee "
                  "(CCEA), exported from the committee secretariat's list to CSV after the September 2025 "
                  "meeting: title lines, header row, action number, meeting date, minute reference, action, "
                  "owner(s), due date as typed text, status words and update, then a status key line.",
        "reads": "An ARAC action log with eight actions, owners, due months and statuses. The due date of "
                 "action ARAC/25/09 reads 'Novmber 2025', a mistyped month, so a careful reader stops there "
                 "and asks before reading the log.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 11,
        "title": "Audit and Risk Assurance Committee – Action Log",
    }


def sacro():
    reading = {
        "1.1": (["Team Leader"], "2024-11", "blue", None),
        "1.2": (["Team Leader", "Learning and Development Officer"], "2024-12", "blue", None),
        "1.3": (["Service Manager"], "2024-12", "blue", None),
        "AFI1.1": (["Senior Support Worker"], "2025-03", "green", None),
        "AFI2.1": (["Service Manager"], None, "green", "Monthly"),
        "AFI2.2": (["Area Manager"], "2025-02", "amber", None),
        "AFI3.1": (["Team Leader"], "2025-01", "blue", None),
        "AFI3.2": (["Key workers"], None, "green", "Ongoing"),
    }
    acts = []
    kq = req = None
    for line in m.SACRO_LINES[6:]:
        if not line:
            continue
        if line[0].startswith("Key question"):
            kq = line[0]
        elif line[0].startswith("Requirement") or line[0].startswith("Area for improvement"):
            req = line[1]
        elif line[0] in reading:
            lead, end, st, et = reading[line[0]]
            acts.append(act(line[0], [kq, req], line[1], lead, end, st, et))
    return {
        "source": "Imitates a provider's improvement plan after a Care Inspectorate (Scotland) inspection of a "
                  "housing support service, for Sacro's Fife supported accommodation service, inspection "
                  "September 2024, saved as tab-separated text. Copied: requirement with its 'By <date>, the "
                  "provider must ... at a minimum: (a) ... (b) ...' wording and areas for improvement, grouped "
                  "under the Care Inspectorate key questions, each followed by numbered provider actions with "
                  "lead, timescale and status (Complete or a RAG letter), key and 'prepared by' lines at the "
                  "end.",
        "reads": "A plain-text improvement plan: three key-question lines, under them one requirement and three "
                 "areas for improvement as band lines (label in the Ref column, text in the Action column), "
                 "each followed by its numbered actions with a lead, a timescale and a status. The key line "
                 "makes Complete blue and G/A/R the usual colours.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Improvement Plan following Care Inspectorate inspection of 3 and 4 September 2024",
        "actions": acts,
    }


def q(v):
    """A YAML scalar: JSON-style double-quoted strings (valid YAML), null, bools, ints."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def emit(data):
    out = []
    for k, v in data.items():
        if k in ("source", "reads"):
            out.append(f"{k}: >-")
            words, line = v.split(" "), "  "
            for w in words:
                if len(line) + len(w) + 1 > 100 and line.strip():
                    out.append(line.rstrip())
                    line = "  "
                line += w + " "
            out.append(line.rstrip())
        elif k == "actions":
            out.append("actions:")
            for a in v:
                first = True
                for ak, av in a.items():
                    pre = "  - " if first else "    "
                    first = False
                    if isinstance(av, list):
                        out.append(f"{pre}{ak}: [" + ", ".join(q(x) for x in av) + "]")
                    else:
                        out.append(f"{pre}{ak}: {q(av)}")
        else:
            out.append(f"{k}: {q(v)}")
    return "\n".join(out) + "\n"


def main():
    for fname, fn in [(m.F_NIMDTA, nimdta), (m.F_VALE, vale), (m.F_SAS, sas), (m.F_BHS, bhs),
                      (m.F_TRP, trp), (m.F_CCEA, ccea), (m.F_SACRO, sacro)]:
        data = fn()
        path = os.path.join(HERE, fname + ".expected.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(emit(data))
        assert yaml.safe_load(open(path, encoding="utf-8")) == data, path
        print(path, len(data.get("actions", [])))


if __name__ == "__main__":
    main()
