#!/usr/bin/env python3
"""Writes realistic township reports of a fictional county (青山县) for the review, sum and
docx demonstrations: the figures are those hand-read from three real published reports
(/work/shared/real-reports/*.json: 淮安市洪泽区 2023, 沭阳县 2025, 平潭综合实验区 2024), divided
so that a township's counts result, the derived cells recomputed so that every national rule holds.
One report keeps a real error of the 洪泽区 original (table 四's 总计 left at 0). Run from this
directory: python3 make-townships.py /work/shared/real-reports"""
import json, sys, os

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/real-reports"
LEAVES = ["予以公开", "部分公开", "国家秘密", "其他法律行政法规禁止公开", "三安全一稳定", "保护第三方合法权益",
          "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项", "本机关不掌握相关政府信息",
          "没有现成信息需要另行制作", "补正后申请内容仍不明确", "信访举报投诉类申请", "重复申请", "要求提供公开出版物",
          "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息", "逾期不补正", "逾期未缴费", "其他"]
TOWNS = [("城关镇", "26-hongze-qu-2023.json", 2, True), ("石桥镇", "29-shuyang-xian-2025.json", 25, False),
         ("白沙乡", "30-pingtan-shiyanqu-2024.json", 8, False), ("东岭街道", "29-shuyang-xian-2025.json", 40, False)]


def num(v):
    return v if isinstance(v, (int, float)) else 0


def table3(rows, k):
    values = list(rows.values())
    # rows in the official order: 新收, 结转, 21 leaves, (七)总计, 四、结转下年度
    new, carried, leaves, carry = values[0], values[1], values[2:-2], values[-1]
    if len(leaves) == 19:  # the 2019 layout's single （六） row: the 2021 format's 其他
        zero = [0] * 7
        leaves = leaves[:18] + [zero, zero, leaves[18]]
    out = {"本年新收": [], "上年结转": []}
    for name in LEAVES:
        out[name] = []
    out["（七）总计"], out["结转下年度"] = [], []
    for c in range(6):
        l = [num(r[c]) // k for r in leaves]
        cf = num(carry[c]) // k
        ca = num(carried[c]) // k
        handled = sum(l)
        n = max(0, handled + cf - ca)
        cf = n + ca - handled
        out["本年新收"].append(n); out["上年结转"].append(ca)
        for name, v in zip(LEAVES, l):
            out[name].append(v)
        out["（七）总计"].append(handled); out["结转下年度"].append(cf)
    for name in out:
        out[name].append(sum(out[name]))
    return out


def report(town, src, k, keep_error):
    d = json.load(open(os.path.join(SRC, src)))
    t2 = d["table2"]
    def t2v(prefix, row, i=0):
        for key, val in t2.items():
            if key.startswith(prefix) and isinstance(val, dict) and row in val:
                v = val[row]
                return num(v[i] if isinstance(v, list) else v)
        return 0
    issued, repealed = t2v("第二十条第（一）项", "行政规范性文件", 0) // k, t2v("第二十条第（一）项", "行政规范性文件", 1) // k
    active = max(issued, t2v("第二十条第（一）项", "行政规范性文件", 2) // k)
    permits, fines, force = t2v("第二十条第（五）项", "行政许可") // (k * 10), t2v("第二十条第（六）项", "行政处罚") // (k * 10), t2v("第二十条第（六）项", "行政强制") // (k * 10)
    t3 = table3(d["table3"]["rows"], k)
    t4 = [num(v) // k for v in d["table4"]["values"]]
    agency = town + "人民政府" if not town.endswith("街道") else town + "办事处"
    received = t3["本年新收"][6]
    L = [f"// {town}（虚构）2024 年报告：数字按 {d['agency']} 公开的年报表格（{src}）缩小而得，见 make-townships.py。",
         f"标题：{town}2024年政府信息公开工作年度报告", f"机关：{agency}", "年度：2024", "模板：national-2021", "",
         "# 一、总体情况",
         f"本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至2024年12月31日。",
         f"2024年，{town}坚持以公开为常态、不公开为例外，围绕村（社区）事务、惠民补贴、征地拆迁等群众关注的事项主动公开信息。",
         "## （一）主动公开", "通过政府网站、公开栏和微信公众号及时发布工作动态、财政预决算和惠民政策。",
         "## （二）依申请公开", f"全年新收政府信息公开申请{received}件，均在法定期限内答复。", "",
         "# 二、主动公开政府信息情况", "",
         "[第二十条第（一）项]  本年制发件数  本年废止件数  现行有效件数", "规章  0  0  0",
         f"行政规范性文件  {issued}  {repealed}  {active}", "",
         "[第二十条第（五）项]  本年处理决定数量", f"行政许可  {permits}", "",
         "[第二十条第（六）项]  本年处理决定数量", f"行政处罚  {fines}", f"行政强制  {force}", "",
         "[第二十条第（八）项]  本年收费金额", "行政事业性收费  0", "",
         "# 三、收到和处理政府信息公开申请情况", "",
         "[申请处理]  自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计"]
    for name, vals in t3.items():
        L.append(name + "  " + "  ".join(str(v) for v in vals))
    L += ["", "# 四、政府信息公开行政复议、行政诉讼情况", "",
          "[行政复议和行政诉讼]  结果维持  结果纠正  其他结果  尚未审结  总计"]
    for i, name in enumerate(["行政复议", "未经复议直接起诉", "复议后起诉"]):
        vals = t4[i * 5:i * 5 + 4]
        total = 0 if keep_error and sum(vals) > 0 else sum(vals)
        L.append(name + "  " + "  ".join(str(v) for v in vals) + "  " + str(total))
    L += ["", "# 五、存在的主要问题及改进情况", "## （一）存在问题", "1、部分村（社区）公开栏更新不够及时。",
          "2、政策解读的形式较为单一。", "## （二）改进措施", "1、建立村（社区）公开栏季度检查制度。",
          "2、运用图解、短视频等形式解读政策。", "", "# 六、其他需要报告的事项", "本年度未收取信息处理费。", ""]
    return "\n".join(L)


for town, src, k, keep_error in TOWNS:
    with open(f"{town}-2024.nianbao", "w", encoding="utf-8") as f:
        f.write(report(town, src, k, keep_error))
with open("expected.txt", "w", encoding="utf-8") as f:
    f.write("# 青山县应报送2024年度报告的机关，一行一个\n城关镇人民政府\n石桥镇人民政府\n白沙乡人民政府\n东岭街道办事处\n青山县教育局\n")
