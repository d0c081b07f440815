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


# Reports with no JSON in the importer's corpus: values read by hand from the page text of the
# pingtan archive (GitHub changwu/pingtan-gov-zwgk-archive, `.../zfxxgknb/<month>/<id>_<title>/page.txt`).
# Table 二 as published; table 三: the rows holding a number other than 0 (every other cell 0);
# table 四: all 0 in each of these reports.
PINGTAN = 'changwu/pingtan-gov-zwgk-archive, pingtan/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/'
HAND = {
    'pingtan-caizhengjinrong-2021-tabs-no-six': (
        PINGTAN + 'ptzhsyqczj/zfxxgknb/202201/80600_…/page.txt @ ec2c206',
        [0, 0, 0, 3, 0, 3, 0, 0, 0, 7816], {}),
    'pingtan-caizhengjinrong-2022-markdown': (
        PINGTAN + 'ptzhsyqczj/zfxxgknb/202301/80614_…/page.txt @ 91d094a',
        [0, 0, 0, 8, 0, 8, 5, 0, 0, '9116.36'],
        {'new': 1, 'partial': 1, 'handled-total': 1}),
    'pingtan-caizhengjinrong-2023-fullwidth-crlf': (
        PINGTAN + 'ptzhsyqczj/zfxxgknb/202401/86688_…/page.txt @ 91d094a',
        [0, 0, 0, 0, 0, 8, 1, 0, 0, '5949.09'], {}),
    'pingtan-caizhengjinrong-2025-arabic-headings': (
        PINGTAN + 'ptzhsyqczj/zfxxgknb/202601/104656_…/page.txt @ 16868d1',
        [0, 0, 0, 0, 1, 0, 0, 1, 0, '4166.214619'],
        {'new': 2, 'disclosed': 1, 'not-held': 1, 'handled-total': 2}),
    'pingtan-gonganju-2021-total-first-typo': (
        PINGTAN + 'ptzhsyqgaj/zfxxgknb/202201/80607_…/page.txt @ ec2c206',
        [0, 0, 0, 0, 0, 2, 0, 141, 0, 0],
        {'new': 1, 'other-handled': 1, 'handled-total': 1, 'carry-forward': 1}),
    'pingtan-gonganju-2024-web-grid': (
        PINGTAN + 'ptzhsyqgaj/zfxxgknb/202501/96806_…/page.txt @ 16868d1',
        [0, 0, 0, 0, 0, 5, 52, 19, 7, 0],
        {'new': 8, 'disclosed': 3, 'partial': 1, 'not-held': 4, 'handled-total': 8}),
}
# the published column name 本年废纸件数 (for 本年废止件数) names no column: its cells have no place
# (column.unknown, expected)
HAND_SKIPPED = {'pingtan-gonganju-2021-total-first-typo': ['art20-1/rules/repealed', 'art20-1/normative/repealed']}
T2_KEYS = ['art20-1/rules/issued', 'art20-1/rules/repealed', 'art20-1/rules/active', 'art20-1/normative/issued',
           'art20-1/normative/repealed', 'art20-1/normative/active', 'art20-5/permits/decisions',
           'art20-6/penalties/decisions', 'art20-6/enforcement/decisions', 'art20-8/fees/amount']

for name, (source, t2, t3) in HAND.items():
    out = dict(zip(T2_KEYS, t2))
    for rid in ROWS_2021:
        for col in APPLICANTS:
            out[f'applications/{rid}/{col}'] = t3.get(rid, 0) if col in ('natural', 'total') else 0
    for rid, col in REVIEW:
        out[f'review/{rid}/{col}'] = 0
    with open(name + '.values', 'w', encoding='utf-8') as f:
        f.write(f'# hand-read values of {source} (written by values.py)\n')
        for key, v in out.items():
            if key not in HAND_SKIPPED.get(name, []):
                f.write(f'{key}\t{cell(v)}\n')
