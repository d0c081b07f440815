#!/usr/bin/env python3
"""Writes NAME.values beside each corpus file: the hand-read values of the real report it was
typed from (importer/src/test/resources/real/*.json, read cell by cell from the published
report), keyed by template ids: `table/row/column<TAB>value` (`-` for a cell printed empty).
Cells the file cannot hold as published are listed in OVERRIDES with the reason.
Run from this folder: python3 values.py"""
import json, os

REAL = '../../../../../importer/src/test/resources/real/'
SOURCES = {
    'hongze-qu-2023-tabs': '26-hongze-qu-2023.json',
    'shuyang-xian-2025-fullwidth': '29-shuyang-xian-2025.json',
    'pingtan-shiyanqu-2024-pipes': '30-pingtan-shiyanqu-2024.json',
    'pingtan-shehuishiye-2025-colloquial': '35-pingtan-shehuishiye-2025.json',
    'shanghai-bangongting-2019-slash-blanks': '36-shanghai-bangongting-2019.json',
    'pingtan-caizhengjinrong-2020-bom-crlf': '42-pingtan-caizhengjinrong-2020.json',
    'pingtan-gonganju-2022-no-template': '43-pingtan-gonganju-2022.json',
    'pingtan-caizhengjinrong-2024-unaligned': '41-pingtan-caizhengjinrong-2024.json',
    'huaian-shi-2024-total-first': '31-huaian-shi-2024.json',
}
# a cell the written file cannot hold as published: (file, key) -> value in the output, and why
OVERRIDES = {
    # published "251000元" in a column without a unit: not a number (value.not-a-number, expected)
    ('shanghai-bangongting-2019-slash-blanks', 'art20-9/procurement/amount'): None,
}
# cells with no place in the template the file names: not compared
SKIPPED = {
    # the 2019 single row （六）其他处理 in a 2021 report: a heading row there (row.heading-values, expected)
    'hongze-qu-2023-tabs': 'applications/other-handling/',
}
T2 = {
    '2021': {'规章': 'rules', '行政规范性文件': 'normative', '行政许可': 'permits', '行政处罚': 'penalties',
             '行政强制': 'enforcement', '行政事业性收费': 'fees'},
    '2019': {'规章': 'rules', '规范性文件': 'normative', '行政许可': 'permits', '其他对外管理服务事项': 'other-services',
             '行政处罚': 'penalties', '行政强制': 'enforcement', '行政事业性收费': 'fees', '政府集中采购': 'procurement'},
}
COLS = {
    '2021': {'art20-1': ['issued', 'repealed', 'active'], 'art20-5': ['decisions'], 'art20-6': ['decisions'],
             'art20-8': ['amount']},
    '2019': {'art20-1': ['made', 'published', 'total-published'], 'art20-5': ['last-year', 'change', 'decisions'],
             'art20-6': ['last-year', 'change', 'decisions'], 'art20-8': ['last-year', 'change'],
             'art20-9': ['purchases', 'amount']},
}
ROWS = ['new', 'carried-over', 'disclosed', 'partial', 'state-secret', 'prohibited', 'three-security', 'third-party',
        'internal-affairs', 'process-info', 'enforcement-files', 'inquiry', 'not-held', 'needs-creation',
        'still-unclear', 'complaints', 'repeated', 'publications', 'abusive', 'confirmation']
ROWS_2021 = ROWS + ['no-correction', 'no-fee', 'other-handled', 'handled-total', 'carry-forward']
ROWS_2019 = ROWS + ['other-handling', 'handled-total', 'carry-forward']
APPLICANTS = ['natural', 'business', 'research', 'public-interest', 'legal-service', 'other', 'total']
REVIEW = [(r, c) for r in ['reconsideration', 'direct', 'after-review']
          for c in ['upheld', 'corrected', 'other', 'pending', 'total']]


def cell(v):
    return '-' if v is None else str(v)


for name, source in SOURCES.items():
    d = json.load(open(os.path.join(REAL, source), encoding='utf-8'))
    layout = d['table2'].get('layout', d['format'])
    out = {}
    for key, rows in d['table2'].items():
        if key == 'layout':
            continue
        table = 'art20-' + {'一': '1', '五': '5', '六': '6', '八': '8', '九': '9'}[key.split('（')[1][0]]
        for label, values in rows.items():
            values = values if isinstance(values, list) else [values]
            for col, v in zip(COLS[layout][table], values):
                out[f'{table}/{T2[layout][label]}/{col}'] = v
    rows = list(d['table3']['rows'].values())
    ids = ROWS_2021 if len(rows) == 25 else ROWS_2019
    assert len(rows) == len(ids), (name, len(rows))
    for rid, values in zip(ids, rows):
        for col, v in zip(APPLICANTS, values):
            out[f'applications/{rid}/{col}'] = v
    for (rid, col), v in zip(REVIEW, d['table4']['values']):
        out[f'review/{rid}/{col}'] = v
    with open(name + '.values', 'w', encoding='utf-8') as f:
        f.write(f'# hand-read values of {source} (written by values.py)\n')
        for key, v in out.items():
            if key.startswith(SKIPPED.get(name, '\0')):
                continue
            if (name, key) in OVERRIDES:
                f.write(f'{key}\t{cell(OVERRIDES[(name, key)])}\t# published {cell(v)}, see values.py\n')
            else:
                f.write(f'{key}\t{cell(v)}\n')
