#!/usr/bin/env python3
"""Writes the JSON of files 48-54: page texts as the search tool's "pages" corpus stores them
(the text taken out of the web page, from its beginning, cut after about 1,500 characters).
The numbers below were read by hand from the stored text; rows after the cut are not listed.
Usage: python3 excerpts.py .   (in this folder)"""
import json
import sys

N = None
T2_2021 = {
    "a1": "第二十条第（一）项 (本年制发件数, 本年废止件数, 现行有效件数)",
    "a5": "第二十条第（五）项 本年处理决定数量",
    "a6": "第二十条第（六）项 本年处理决定数量",
    "a8": "第二十条第（八）项 本年收费金额（单位：万元）",
}
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
BLANK7 = [N] * 7


def t2_2021(rules, normative, permits=None, penalties=None, enforcement=None, fees=None, normative_label="行政规范性文件"):
    out = {"layout": "2021", T2_2021["a1"]: {"规章": rules}}
    if normative is not None:
        out[T2_2021["a1"]][normative_label] = normative
    if permits is not None:
        out[T2_2021["a5"]] = {"行政许可": permits}
        out[T2_2021["a6"]] = {"行政处罚": penalties, "行政强制": enforcement}
        out[T2_2021["a8"]] = {"行政事业性收费": fees}
    return out


EXCERPT = ("the text as the search tool's pages corpus stores it: taken out of the web page, from its "
           "beginning, cut after about 1,500 characters; the file ends at the last line of the stored text "
           "kept (a row cut in two is left as stored). Tables and rows after the cut are not listed, and "
           "check's findings are not compared (the parts cut off are missing).")

REPORTS = [
    dict(file="48-changchun-erdao-zhengshou-2022.txt", kind="text-cells-barred",
         source_url="http://zwgk.changchun.gov.cn/ed/qzfzcbm/edqfwzsyglbgs/zfxxgknb/202301/t20230117_3105437.html",
         agency=None, agency_as_written="二道区房屋征收工作管理办公室", level="县级部门 (长春市二道区, Jilin)", year=2022, format="2021",
         form="one cell a line closed by ' |', an empty cell a lone '|', a row ended by '||'; 予以公开 18 with 总计 left empty",
         table2=t2_2021([0, 0, 0], [0, 0, 0], 0, 0, 0, 0),
         rows={"一、本年新收政府信息公开申请数量": [56, N, N, N, N, N, 56],
               "二、上年结转政府信息公开申请数量": [0, N, N, N, N, N, 0],
               "（一）予以公开": [18, N, N, N, N, N, N],
               "（二）部分公开": BLANK7, "（三）1.属于国家秘密": BLANK7, "（三）2.其他法律行政法规禁止公开": BLANK7,
               "（三）3.危及“三安全一稳定”": BLANK7, "（三）4.保护第三方合法权益": BLANK7,
               "（三）5.属于三类内部事务信息": BLANK7, "（三）6.属于四类过程性信息": BLANK7, "（三）7.属于行政执法案卷": BLANK7}),
    dict(file="49-hanyang-bangongshi-2022.txt", kind="text-cells-barred",
         source_url="https://www.hanyang.gov.cn/bmxxgk/zfgzjg/qrmzfbgs/zfxxgkndbg/202301/t20230119_2136694.shtml",
         agency=None, agency_as_written="区政府办公室", level="县级部门 (武汉市汉阳区, Hubei)", year=2022, format="2021",
         form="a lone '|' opens each row, cells closed by ' |', the last with the grid's padding ('0 | ||'); 规章 现行有效 left empty; header 现行有效件数 (历史累计)",
         table2=t2_2021([0, 0, N], [5, 12, 8], 0, 0, 0, 0),
         rows={"一、本年新收政府信息公开申请数量": [8, 0, 0, 0, 0, 0, 8],
               "二、上年结转政府信息公开申请数量": [0, 0, 0, 0, 0, 0, 0]}),
    dict(file="50-yangling-shenji-2022.txt", kind="text-rows-barred",
         source_url="https://yangling.gov.cn/zwgk/gknb/bmnb/1619593655548706818.html",
         agency=None, agency_as_written="我局 (杨凌示范区审计局)", level="县级部门 (杨凌示范区, Shaanxi)", year=2022, format="2021",
         form="one row a line, cells parted by ' | ', the grid's padding after the last cell ('行政许可 | 0 | ||')",
         table2=t2_2021([0, 0, 0], [0, 0, 0], 0, 0, 0, 0), rows={}),
    dict(file="51-hengdong-yanglin-zhen-2023.txt", kind="text-rows-barred",
         source_url="http://www.hengdong.gov.cn/zwgk/xxgkndbg/xzxxgkndbg/20240326/i3300070.html",
         agency=None, agency_as_written="衡阳市衡东县杨林镇", publisher="杨林镇", published="2024-03-26",
         level="乡镇 (衡东县, Hunan)", year=2023, format="2019",
         form="breadcrumb and byline above the title; a 2023 report in the 2019 format, headers cut (本年新 | 本年新); rows parted by ' | ' with one padding cell; (五)(六)(八) rows all empty",
         table2={"layout": "2019",
                 "第二十条第（一）项 (本年新制作数量, 本年新公开数量, 对外公开总数量)": {"规章": [1, 1, 1], "规范性文件": [22, 22, 22]},
                 "第二十条第（五）项 (上一年项目数量, 本年增/减, 处理决定数量)": {"行政许可": [N, N, N], "其他对外管理服务事项": [N, N, N]},
                 "第二十条第（六）项 (上一年项目数量, 本年增/减, 处理决定数量)": {"行政处罚": [N, N, N], "行政强制": [N, N, N]},
                 "第二十条第（八）项 (上一年项目数量, 本年增/减)": {"行政事业性收费": [N, N]},
                 "第二十条第（九）项 (采购项目数量, 采购总金额)": {"政府集中采购": [0, 0]}},
         rows={}),
    dict(file="52-kaili-wanchao-zhen-2023.txt", kind="text-cells-lines",
         source_url="http://www.kaili.gov.cn/zwgk/zfxxgk/zfxxgknb/2023n/202401/t20240116_83547561.html",
         agency="万潮镇人民政府", publisher="万潮镇人民政府", published="2024-01-16 16:47", level="乡镇 (凯里市, Guizhou)", year=2023, format="2021",
         form="one cell a line, a blank line between cells; byline 来源:… 发布时间:…; row 规范性文件 (not 行政规范性文件)",
         table2=t2_2021([0, 0, 0], [0, 0, 0], 0, 0, 0, 0, normative_label="规范性文件"), rows={}),
    dict(file="53-changtu-qijiazi-zhen-2023.txt", kind="text-cells-lines",
         source_url="http://changtu.gov.cn/changtu/zwgk/zfxxgk/zfxxgknb99/2022n52/xzzfxxgkgzndbg/2024013110470592735/index.html",
         agency=None, agency_as_written="昌图县七家子镇", publisher="昌图县人民政府办公室", published="2024-01-31", level="乡镇 (昌图县, Liaoning)", year=2023, format="2021",
         form="site banner above the title, the title published garbled (…政府信息公开 工作告年度报); one cell a line with blank lines, values indented (' 0'); header 现行有效件",
         table2=t2_2021([0, 0, 0], [0, 0, 0], 0, 30, 0, 0),
         rows={"一、本年新收政府信息公开申请数量": [0] * 7, "二、上年结转政府信息公开申请数量": [0] * 7}),
    dict(file="54-anju-zhifa-2022.txt", kind="text-cells-barred",
         source_url="https://www.scanju.gov.cn/gongkai/show/b690b33f4b2a432e8e9cc4f7472d3c0a.html",
         agency=None, agency_as_written="我局 (遂宁市安居区综合行政执法局)", level="县级部门 (遂宁市安居区, Sichuan)", year=2022, format="2021",
         form="'| label' then a lone '|' after each cell; cut inside table 二 after 规章",
         table2={"layout": "2021", T2_2021["a1"]: {"规章": [0, 0, 0]}}, rows={}),
    dict(file="55-zhuji-chenzhai-zhen-2023.txt", kind="text-rows-barred",
         source_url="https://www.zhuji.gov.cn/art/2024/1/22/art_1229517098_87972.html",
         agency=None, agency_as_written="诸暨市陈宅镇", publisher="陈宅镇", published="2024-01-22", level="乡镇 (诸暨市, Zhejiang)", year=2023, format="2021",
         form="the metadata box copied as cells parted by bars ('发布机构: | 陈宅镇 | 公开日期: | 2024-01-22 |'), a Markdown rule under its first line; the title starts with the year; the stored text ends in section 一 (no table cell)",
         table2={"layout": "2021"}, rows={}),
    dict(file="56-dongtou-nongyenongcun-2021.txt", kind="text-rows-barred",
         source_url="http://www.dongtou.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003006014&fbtime=2021",
         agency=None, agency_as_written="温州市洞头区农业农村局", level="县级部门 (温州市洞头区, Zhejiang)", year=2021, format="2021",
         form="Zhejiang's annual-report module (xxgkAnnualReport.jsp): no title in the text; rows parted by ' | ' with the grid's padding; non-zero counts (行政许可 1240, 行政处罚 191, 收费 51)",
         table2=t2_2021([0, 0, 0], [1, 0, 18], 1240, 191, 0, 51), rows={}),
    dict(file="57-jiulongpo-erlang-jiedao-2022.txt", kind="text-rows-barred",
         source_url="http://cqjlp.gov.cn/bmjz/qzfjz_97456/eljd_97738/zwgk_97461/zfxxgknb_97478/202301/t20230130_11545442.html",
         agency="重庆市九龙坡区二郎街道办事处", level="街道 (重庆市九龙坡区, Chongqing)", year=2022, format="2021",
         form="title line, section 一 with three sub-sections only; rows parted by ' | ' with padding; the stored text ends at table (八)'s title",
         table2={"layout": "2021", T2_2021["a1"]: {"规章": [0, 0, 0], "行政规范性文件": [4, 0, 4]},
                 T2_2021["a5"]: {"行政许可": 0}, T2_2021["a6"]: {"行政处罚": 0, "行政强制": 0}}, rows={}),
    dict(file="58-lufeng-hudong-zhen-2025.txt", kind="text-rows-barred",
         source_url="http://www.lufengshi.gov.cn/lfshdz/zwgk/gknb/content/post_1223632.html",
         agency=None, agency_as_written="湖东镇", published="2026-01-22 17:49:17", level="乡镇 (陆丰市, Guangdong)", year=2025, format="2021",
         form="Guangdong's portal (content/post_): the page title, a bare time stamp, the publisher's name unlabelled, 字体:大中小, the title again; rows parted by ' | ' without padding, a table's title as '第二十条第(一)项 |'; 行政许可 349, 行政处罚 12; the stored text ends in table (八)",
         table2={"layout": "2021", T2_2021["a1"]: {"规章": [0, 0, 0], "行政规范性文件": [0, 0, 0]},
                 T2_2021["a5"]: {"行政许可": 349}, T2_2021["a6"]: {"行政处罚": 12, "行政强制": 0}}, rows={}),
    dict(file="59-xicheng-jinrongjie-jiedao-2025.txt", kind="text-cells-lines",
         source_url="https://www.bjxch.gov.cn/zt/xxgkzl/gknbxq/pnidpv197pntypepvnbpnnfpv2025.html",
         agency=None, agency_as_written="北京市西城区金融街街道", published="2026-01-19 18:36", level="街道 (北京市西城区, Beijing)", year=2025, format="2021",
         form="Beijing's portal: site name and column above the page's title, 发布时间 and 分享 controls, then the report's own fuller title on two lines (北京市西城区金融街街道2025年政府 / 信息公开工作年度报告), blank lines between paragraphs; no table cell in the stored text",
         table2={"layout": "2021"}, rows={}),
    dict(file="60-wuchang-minyi-xiang-2021.txt", kind="text-cells-lines",
         source_url="(pages corpus, no address stored) 五常市民意乡人民政府 2021年政府信息公开工作年度报告, harbin.gov.cn",
         agency="五常市民意乡人民政府", level="乡镇 (五常市, Heilongjiang)", year=2021, format="2021",
         form="title on two lines, its second line printed again; sections 二 to 四 with no table in the text (the page's tables are images); no table cell",
         table2={"layout": "2021"}, rows={}),
    dict(file="61-xialu-xinxialu-jiedao-2022.txt", kind="text-cells-lines",
         source_url="http://xialuqu.gov.cn/zwgk/xxgknb/2022n/2021jdyc/202301/t20230117_983624.html",
         agency="新下陆街道办事处", publisher="新下陆街道", published="2023-01-17", level="街道 (黄石市下陆区, Hubei)", year=2022, format="2021",
         form="navigation bullets (- 设为首页 …), the metadata box on three lines (名 称: … 索 引 号: … 发布日期: … 发布机构: …), the title with a space inside; the stored text ends in section 一",
         table2={"layout": "2021"}, rows={}),
]

for r in REPORTS:
    out = {"file": r["file"], "source_url": r["source_url"] + " (text as stored by the search tool's pages corpus)",
           "agency": r["agency"]}
    for key in ("agency_as_written", "publisher", "published"):
        if key in r:
            out[key] = r[key]
    out.update({"level": r["level"], "year": r["year"], "format": r["format"], "kind": r["kind"], "complete": False,
                "excerpt": EXCERPT, "form": r["form"], "table2": r["table2"],
                "table3": {"columns": COLUMNS, "rows": r["rows"]}, "expected_errors": []})
    with open(sys.argv[1] + "/" + r["file"].rsplit(".", 1)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
