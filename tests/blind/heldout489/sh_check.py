"""Check the sh- expected readings against the built files."""
import glob, re
import docx, openpyxl, yaml
import sh_make as M

counts = {M.GP_FILE: sum(len(al) for _, _, g in M.GP_SECTIONS for _, al in g),
          M.OAT_FILE: sum(len(al) for _, al in M.OAT_MEETINGS),
          M.FIRE_FILE: sum(len(r[7]) for r in M.FIRE_RISKS),
          M.CH_FILE: sum(len(al) for _, _, g in M.CH_SHEETS for _, al in g),
          M.HX_FILE: sum(len(al) for _, al in M.HX_WORKSTREAMS),
          M.SRA_FILE: sum(len(a) for _, _, a in M.SRA_RECS),
          M.CL_FILE: sum(len(al) for _, al in M.CL_OBJECTIVES)}


def text_of(f):
    if f.endswith('.docx'):
        d = docx.Document(f)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if f.endswith('.xlsx'):
        wb = openpyxl.load_workbook(f)
        parts = []
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                parts += [str(v) for v in row if v is not None]
        return "\n".join(parts)
    return open(f, encoding='utf-8').read()


files = sorted(glob.glob('sh-*.expected.yaml'))
assert len(files) == 7, files
for y in files:
    f = y[:-len('.expected.yaml')]
    d = yaml.safe_load(open(y, encoding='utf-8'))
    for k in ('source', 'reads', 'outcome'):
        assert k in d, (y, k)
    txt = text_of(f)
    if d['outcome'] == 'read':
        acts = d['actions']
        assert len(acts) == counts[f], (f, len(acts), counts[f])
        assert 4 <= len(acts) <= 14
        for a in acts:
            assert a['action'] in txt, (f, a['action'])
            for u in a['under']:
                assert u in txt, (f, u)
            assert a['ref'] in txt
            assert a['status'] in ('red', 'amber', 'green', 'blue', 'unrated')
            assert a['end'] is None or re.fullmatch(r'20\d\d-(0[1-9]|1[0-2])', a['end'])
            if a.get('end_text'):
                assert a['end_text'] in txt
            assert len(a['under']) <= 2
        if 'title' in d:
            assert d['title'] in txt, d['title']
        print("OK read  ", f, len(acts))
    else:
        assert d['outcome'] == 'refuse' and 'refuse_at' in d and 'actions' not in d
        lines = txt.split('\n')
        assert 'Febuary' in lines[d['refuse_at'] - 1]
        print("OK refuse", f, 'line', d['refuse_at'], '-', counts[f], 'actions in file')
