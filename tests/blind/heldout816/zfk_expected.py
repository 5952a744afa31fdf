"""Write the expected readings (NAME.expected.yaml) for the seven zfk- files.

The action and heading texts are taken from the data in zfk_make.py so that they
match the files character for character; the reading of each action (headings it
sits under, leads, end month, status) is written out by hand below.
"""
import os

import yaml

import zfk_make as m

HERE = os.path.dirname(os.path.abspath(__file__))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    assert os.path.basename(path).startswith("zfk-")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- 1 Grendon
def grendon():
    (pc, pcs), (kc, kcs) = m.GRENDON_CONCERNS
    c1, c2 = pcs
    c3, c4, c5 = kcs
    act = {a[0]: a[1] for sec in m.GRENDON_CONCERNS for c in sec[1] for a in c["actions"]}
    acts = [
        A("1.1", [pc, c1["concern"]], act["1.1"], ["Head of Operations", "OPD Pathway Lead"], "2024-06", "unrated"),
        A("1.2", [pc, c1["concern"]], act["1.2"], ["Head of Therapy (Oxford Health NHS FT)"], "2025-03", "unrated"),
        A("2.1", [pc, c2["concern"]], act["2.1"], ["Clinical Director (Oxford Health NHS FT)"], "2024-09", "unrated"),
        A("2.2", [pc, c2["concern"]], act["2.2"], ["Governor"], "2024-12", "unrated"),
        A("2.3", [pc, c2["concern"]], act["2.3"], ["Head of Therapy"], None, "unrated", end_text="Ongoing – weekly"),
        A("3.1", [kc, c3["concern"]], act["3.1"], ["Head of Residence"], "2024-05", "unrated"),
        A("4.1", [kc, c4["concern"]], act["4.1"], ["Head of Safety"], "2024-04", "unrated"),
        A("4.2", [kc, c4["concern"]], act["4.2"], ["Safer Custody Manager"], None, "unrated", end_text="Monthly (ongoing)"),
        A("5.1", [kc, c5["concern"]], act["5.1"], ["Head of Reducing Reoffending"], "2024-07", "unrated"),
    ]
    write("zfk-hmp-grendon-hmip-inspection-action-plan.docx", {
        "source": "Imitates the HMPPS establishment action plans published after HMI Prisons inspections since the May 2022 move from recommendations to priority and key concerns (HMP Grendon, inspected autumn 2023; layout of the published HMPPS 'Action Plan: HMP ...' Word documents such as those for HMP Elmley and HMP The Verne). Copied: the title block (Action Plan Submitted / A Response to the HMIP Inspection / Report Published), the introduction, the Agreed / Partly Agreed / Not Agreed categorisation table, then one Word table per concern under 'Priority concerns' and 'Key concerns' headings: a shaded merged concern row, a Response row, a Partly Agreed rationale row, a column header row and numbered actions with responsible owner, target date and evidence; a sign-off table at the end. No RAG (a plan as submitted).",
        "reads": "A Word action plan from HMP Grendon answering five HMIP concerns, two priority and three key, each in its own table with the response (Agreed or Partly Agreed) and numbered actions 1.1–5.1. Each action has a responsible owner (one row has two posts separated by a slash) and a target date; two targets are recurring (Ongoing – weekly, Monthly (ongoing)). Nothing is rated, so every action is unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Grendon",
        "actions": acts,
    })


# ---------------------------------------------------------------- 2 Bedfordshire PDU
def beds():
    (s1, recs1), (s2, recs2) = m.BEDS_SECTIONS
    r = {a[0]: (rec, a[1]) for sec, recs in m.BEDS_SECTIONS for rec, _, acts in recs for a in acts}

    def B(ref, sec, lead, end, status, end_text=None):
        rec, text = r[ref]
        return A(ref, [sec, rec], text, lead, end, status, end_text)

    acts = [
        B("1.1", s1, ["Deputy Head of PDU"], "2024-10", "blue"),
        B("1.2", s1, ["SPOs", "Quality Development Officer"], "2024-12", "green"),
        B("1.3", s1, ["Head of PDU"], "2025-01", "amber"),
        B("2.1", s1, ["Deputy Head of PDU"], None, "green", end_text="Ongoing"),
        B("2.2", s1, ["Business Manager"], "2025-03", "amber", end_text="Q4 2024/25"),
        B("3.1", s1, ["Head of PDU", "Race Equality Lead"], "2024-11", "blue"),
        B("3.2", s1, ["Head of PDU"], None, "green", end_text="Quarterly"),
        B("4.1", s2, ["Regional Head of Commissioning"], "2025-03", "red"),
        B("5.1", s2, ["Regional Head of Learning and Development"], "2025-01", "green"),
    ]
    write("zfk-probation-service-bedfordshire-pdu-hmi-probation-inspection-action-plan.txt", {
        "source": "Imitates a Probation Service PDU action plan and progress tracker kept after an HM Inspectorate of Probation PDU inspection (Bedfordshire PDU, rated Requires improvement, report published summer 2024; findings on risk of harm work, staff shortages and staff experiencing racism and discrimination), saved from Excel as tab-delimited text. Copied from the HMPPS response template: recommendations grouped by who they are addressed to ('The PDU should:' / 'The region should:'), HMI Probation's lower-case numbered recommendation wording, an Agreed / Partly agreed column, numbered actions with owner, target and revised dates, a RAG letter and a progress update; recommendation text only on the first action row; a RAG key and a note line at the foot.",
        "reads": "A tab-separated tracker for Bedfordshire PDU with two groups of recommendations (for the PDU and for the East of England region), five recommendations and nine numbered actions 1.1–5.1. The recommendation appears once, with further actions continuing below it. Status is a RAG letter explained by the key (B = complete); one action has a revised date which replaces its target date, and three targets are not months (Ongoing, Quarterly) or are a quarter (Q4 2024/25).",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bedfordshire PDU – HM Inspectorate of Probation Inspection Action Plan",
        "actions": acts,
    })


# ---------------------------------------------------------------- 3 St Edmund's College ISI
def isi():
    pa = "Part A – Areas for action (Standards not met)"
    pb = "Part B – Recommended next steps"
    (std1, a1), (std2, a2) = m.ISI_PART_A
    (ns1, b1), (ns2, b2) = m.ISI_PART_B
    acts = [
        A(None, [pa, std1], a1[0][0], ["Bursar", "HR Manager"], "2024-04", "blue"),
        A(None, [pa, std1], a1[1][0], ["HR Manager"], "2024-04", "blue"),
        A(None, [pa, std1], a1[2][0], ["Nominated Safeguarding Governor"], "2024-07", "green", end_text="Summer term 2024"),
        A(None, [pa, std2], a2[0][0], ["Director of Boarding"], "2024-05", "blue"),
        A(None, [pa, std2], a2[1][0], ["Educational Visits Coordinator"], "2024-06", "amber"),
        A("1a", [pb, ns1], b1[0][1], ["Head of Sixth Form"], "2024-12", "green", end_text="Autumn term 2024"),
        A("1b", [pb, ns1], b1[1][1], ["Deputy Head (Academic)"], "2024-09", "blue", end_text="INSET, September 2024"),
        A("2a", [pb, ns2], b2[0][1], ["Director of Boarding", "Deputy Head (Pastoral)"], None, "green", end_text="Termly"),
    ]
    write("zfk-st-edmunds-college-ware-isi-inspection-action-plan.docx", {
        "source": "Imitates an independent school's action plan after an ISI inspection under the September 2023 framework (St Edmund's College, Ware; ISI reports 'areas for action' where Standards are not met and 'recommended next steps'), with Part A laid out like the DfE Independent School Action Plan Guidance template (standard not met, action, person responsible, date by which action will be taken, success criteria). Copied: a title paragraph, inspection and approval lines, a document-control table, a colour progress key, the standard cell merged down over its actions, next steps as shaded full-width rows above their actions, progress shown only by cell fill colour, and a signature line.",
        "reads": "A Word plan in two parts: Part A lists two unmet Independent School Standards (register of staff; risk assessment) with five unnumbered actions, and Part B two recommended next steps with actions 1a, 1b and 2a. Progress is a coloured cell with no text, read through the key (blue completed, green on track, amber slippage). Leads are posts, two of them naming two posts; timescales include school terms, an INSET date and Termly.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "St Edmund’s College, Ware – Action Plan following the ISI Inspection, March 2024",
        "actions": acts,
    })


# ---------------------------------------------------------------- 4 BNU OfS
def bnu():
    c = [x[0] for x in m.BNU_OPEN]
    t = {a[0]: a[1] for _, acts in m.BNU_OPEN for a in acts}
    t.update({a[0]: a[2] for a in m.BNU_CLOSED})
    acts = [
        A("1.1", [c[0]], t["1.1"], ["Head of School (Business)", "Director of Library and Learning Resources"], "2024-12", "green"),
        A("2.1", [c[1]], t["2.1"], ["Pro Vice-Chancellor (Education)"], "2024-06", "blue"),
        A("2.2", [c[1]], t["2.2"], ["Academic Registrar"], "2025-01", "amber"),
        A("3.1", [c[2]], t["3.1"], ["Director of Digital Learning"], "2024-09", "green"),
        A("3.2", [c[2]], t["3.2"], ["Director of Digital Learning"], "2024-11", "green"),
        A("4.1", [c[3]], t["4.1"], ["Head of Student Success"], "2024-10", "red"),
        A("5.1", [c[4]], t["5.1"], ["Director of Academic Development"], None, "green", end_text="Ongoing"),
        A("5.2", [c[4]], t["5.2"], ["Director of Education (Business)", "Head of School (Business)"], "2025-03", "amber"),
        A("1.2", [c[0]], t["1.2"], ["Director of Library and Learning Resources"], "2024-04", "blue"),
        A("3.3", [c[2]], t["3.3"], ["Director of Digital Learning"], "2024-08", "blue"),
    ]
    write("zfk-buckinghamshire-new-university-ofs-business-management-quality-assessment-action-plan.xlsx", {
        "source": "Imitates a university's institutional action plan answering an Office for Students quality assessment ('boots on the ground') report on business and management (Buckinghamshire New University; OfS assessment team report published January 2024 with five concerns under conditions B1 and B2: out-of-date resources, educational leadership and academic governance, inconsistent VLE, support needs not identified, variable teaching skills). Copied from university committee trackers: a cover sheet with version table, RAG key and summary counts; an action plan sheet with the concern merged down over its actions, original and revised deadlines as dates, previous and current RAG with fill colour, progress commentary and a note line; a separate sheet of closed actions.",
        "reads": "A workbook whose 'Action Plan' sheet lists five OfS concerns with eight actions, and whose 'Closed actions' sheet lists two further completed actions under the concerns they answer. Where a revised deadline is given it is the end month; the status is the Current RAG (Complete = blue by the key). Cover-sheet version, key and summary rows are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Buckinghamshire New University: Response to the OfS Quality Assessment of Business and Management – Action Plan",
        "actions": acts,
    })


# ---------------------------------------------------------------- 5 Gwent Police
def gwent():
    (s1, r1, _, a1), (s2, r2, _, a2) = m.GWENT_RECS
    t = {a[0]: a[1] for _, _, _, acts in m.GWENT_RECS for a in acts}
    acts = [
        A("1.1", [r1], t["1.1"], ["Supt Force Control Room"], "2022-12", "blue"),
        A("1.2", [r1], t["1.2"], ["Crime and Incident Standards Manager"], None, "green", end_text="Monthly"),
        A("1.3", [r1], t["1.3"], ["Head of Scientific Support"], "2023-02", "blue"),
        A("1.4", [r1], t["1.4"], ["D/Supt Crime Operations"], "2023-06", "amber"),
        A("2.1", [r2], t["2.1"], ["D/Supt Crime Operations"], "2023-03", "blue"),
        A("2.2", [r2], t["2.2"], ["Head of Learning & Development", "Ch Insp Training"], "2023-09", "green"),
        A("2.3", [r2], t["2.3"], ["Ch Supt Local Policing"], None, "green", end_text="Ongoing"),
        A("2.4", [r2], t["2.4"], ["Head of Performance and Insight"], "2023-12", "red"),
    ]
    write("zfk-gwent-police-hmicfrs-finding-time-for-crime-recommendations-tracker.xlsx", {
        "source": "Imitates a police force's tracker for the two force recommendations of the HMICFRS spotlight report 'The police response to burglary, robbery and other acquisitive crime – Finding time for crime' (August 2022; crime scene management against APP including first-contact advice and THRIVE, and supervision of SAC investigations), as forces and PCCs reported progress on it in 2023 (Gwent Police). Copied: a summary sheet with per-recommendation counts and a status key mapping words to colours, then one sheet per recommendation with the recommendation text merged across the top, a chief officer lead line, and numbered actions with owner (police ranks and posts), due and revised due dates as date cells, a worded status with fill colour, an update and an evidence column.",
        "reads": "An Excel tracker with a Summary sheet and two recommendation sheets holding eight actions (1.1–1.4, 2.1–2.4). Status words are read through the key (Complete blue, On track green, At risk amber, Off track red); a revised due date replaces the due date; two due cells are Monthly and Ongoing. 'D/Supt' is a rank, one officer; 'Head of Learning & Development / Ch Insp Training' is two posts.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Gwent Police – HMICFRS Recommendations Tracker",
        "actions": acts,
    })


# ---------------------------------------------------------------- 6 Lancashire FRS (refuse)
def lfrs(row):
    write("zfk-lancashire-fire-rescue-service-internal-audit-recommendations-tracker-typo-month-refuse.xlsx", {
        "source": "Imitates the follow-up of agreed internal audit management actions reported to Lancashire Combined Fire Authority's Audit Committee (internal audit provided by Lancashire County Council's Internal Audit Service; 2024/25 reviews such as cyber security, implementation of learning from national incidents and accounts payable, with substantial/moderate assurance opinions). Copied: a title and committee/position line, audit name, plan year and assurance merged down over each audit's actions, referenced agreed actions with priority, responsible officer, original and revised target dates written as month and year, a status with fill colour, management comments and a priority note at the foot.",
        "reads": "A one-sheet tracker of seven outstanding and recently completed internal audit actions grouped by audit. The revised target date of action AP1 (Accounts payable) reads 'Febuary 2025', a misspelt month; a careful reader would stop and ask what date was meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": row,
        "title": "Internal Audit – Follow-up of Agreed Management Actions",
    })


# ---------------------------------------------------------------- 7 Thornaby Academy
def thornaby():
    (p1, o1, a1), (p2, o2, a2), (p3, o3, a3) = m.THORNABY
    t = {a[0]: a[1] for _, _, acts in m.THORNABY for a in acts}
    acts = [
        A("1.1", [p1, o1], t["1.1"], ["Deputy Headteacher (Quality of Education)"], "2024-03", "blue", end_text="Spring term 2024"),
        A("1.2", [p1, o1], t["1.2"], ["Subject leaders", "Assistant Headteacher (Curriculum)"], "2024-07", "green", end_text="Summer term 2024"),
        A("1.3", [p1, o1], t["1.3"], ["NET Director of Secondary Education"], "2024-03", "blue"),
        A("2.1", [p2, o2], t["2.1"], ["SENDCo", "Reading Lead"], "2024-02", "blue", end_text="February half term 2024"),
        A("2.2", [p2, o2], t["2.2"], ["Reading Lead"], "2024-07", "amber", end_text="Summer term 2024"),
        A("2.3", [p2, o2], t["2.3"], ["JBr", "KLo"], "2024-04", "green"),
        A("3.1", [p3, o3], t["3.1"], ["Assistant Headteacher (Attendance and Inclusion)"], "2024-12", "red", end_text="Autumn term 2024"),
        A("3.2", [p3, o3], t["3.2"], ["Principal"], None, "green", end_text="Ongoing"),
    ]
    write("zfk-northern-education-trust-thornaby-academy-post-ofsted-action-plan.csv", {
        "source": "Imitates a secondary academy's post-Ofsted action plan kept in a shared spreadsheet and exported to CSV (Thornaby Academy, Northern Education Trust; a Requires improvement section 5 inspection in 2023 with the 'What does the school need to do to improve?' points on assessment, early reading and persistent absence). Copied: title lines above the header (inspection line, trust and Local Academy Council review line), priority and Ofsted wording on the first row of each priority only, numbered actions with lead(s), monitored-by, deadlines as school terms, half terms and dates, a RAG word, impact/evidence, a quoted field with line breaks, and a RAG key line at the end.",
        "reads": "A CSV plan with three priorities, each carrying the Ofsted improvement point, and eight actions 1.1–3.2. Leads are posts or initials (JBr/KLo is two people; 'SENDCo & Reading Lead' two posts); terms end in their last month (Spring term 2024 = March, Summer = July, Autumn = December); RAG words with Complete = blue by the key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Thornaby Academy – Post-Ofsted Action Plan",
        "actions": acts,
    })


if __name__ == "__main__":
    grendon()
    beds()
    isi()
    bnu()
    gwent()
    lfrs(8)
    thornaby()
    print("written")
