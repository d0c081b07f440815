package nianbao.core.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reports that pass every check of national-2021: the example's shape with random figures that
 * balance, and random paragraphs in the prose sections. What the generator wrote is kept beside
 * the text, so a test can compare the output with the source.
 */
final class CleanReports {

    private CleanReports() {
    }

    /** A generated report: its text, its paragraphs by section, its figures by table. */
    record Clean(String text, List<List<String>> prose, List<Table> tables) {
    }

    /** A table as written: its label and, for each row, the numbers in the template's column order. */
    record Table(String label, List<String> rows, List<List<String>> values) {
    }

    private static final String APPLICANTS = "自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计";
    private static final List<String> HANDLED = List.of("予以公开", "部分公开", "国家秘密", "其他法律行政法规禁止公开", "三安全一稳定",
            "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项", "本机关不掌握相关政府信息",
            "没有现成信息需要另行制作", "补正后申请内容仍不明确", "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
            "要求行政机关确认或重新出具已获取信息", "逾期不补正", "逾期未缴费", "其他");

    static Arbitrary<Clean> reports() {
        Arbitrary<List<String>> paragraphs = paragraph().list().ofMaxSize(4);
        return Combinators.combine(paragraphs.list().ofSize(3), Arbitraries.longs()).as(CleanReports::build);
    }

    /** A line of prose: text, figures and punctuation, never a heading, table head or comment. */
    static Arbitrary<String> paragraph() {
        Arbitrary<String> body = Arbitraries.strings()
                .withCharRange('\u4e00', '\u4eff')
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars("，。、；：“”（）《》%.-<>&\"' 𠀾".toCharArray())
                .ofMinLength(1).ofMaxLength(60);
        return Combinators.combine(Arbitraries.of("", "1、", "（二）", "据统计，"), body)
                .as((start, rest) -> (start + rest).strip())
                .filter(s -> !s.isEmpty() && !s.startsWith("-"));
    }

    private static Clean build(List<List<String>> prose, long seed) {
        Random random = new Random(seed);
        List<Table> tables = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append("标题：光华镇2021年政府信息公开工作年度报告\n机关：光华镇人民政府\n年度：2021\n模板：national-2021\n\n");
        sb.append("# 一、总体情况\n");
        prose.get(0).forEach(p -> sb.append(p).append('\n'));
        sb.append("\n# 二、主动公开政府信息情况\n\n");
        int issued = random.nextInt(5);
        tables.add(table(sb, "[第二十条第（一）项]  本年制发件数  本年废止件数  现行有效件数", "第二十条第（一）项",
                List.of("规章", "行政规范性文件"),
                List.of(List.of(0, 0, 0), List.of(issued, 0, issued + random.nextInt(20)))));
        tables.add(table(sb, "[第二十条第（五）项]  本年处理决定数量", "第二十条第（五）项",
                List.of("行政许可"), List.of(List.of(random.nextInt(1000)))));
        tables.add(table(sb, "[第二十条第（六）项]  本年处理决定数量", "第二十条第（六）项",
                List.of("行政处罚", "行政强制"), List.of(List.of(random.nextInt(100)), List.of(random.nextInt(100)))));
        String fee = random.nextInt(100) + "." + String.format("%02d", random.nextInt(100));
        sb.append("[第二十条第（八）项]  本年收费金额\n行政事业性收费  ").append(fee).append("\n\n");
        tables.add(new Table("第二十条第（八）项", List.of("行政事业性收费"), List.of(List.of(fee))));

        sb.append("# 三、收到和处理政府信息公开申请情况\n\n");
        // Per applicant column: new + carried-over, shared out among the 21 results and carry-forward.
        int[][] cells = new int[25][6];
        for (int c = 0; c < 6; c++) {
            cells[0][c] = random.nextInt(30);
            cells[1][c] = random.nextInt(5);
            int left = cells[0][c] + cells[1][c];
            while (left > 0) {
                int bucket = random.nextInt(22);
                int n = 1 + random.nextInt(left);
                cells[bucket < 21 ? 2 + bucket : 24][c] += n;
                if (bucket < 21) {
                    cells[23][c] += n;
                }
                left -= n;
            }
        }
        List<String> labels = new ArrayList<>(List.of("本年新收", "上年结转"));
        labels.addAll(HANDLED);
        labels.addAll(List.of("（七）总计", "结转下年度"));
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : cells) {
            List<Integer> values = new ArrayList<>();
            int total = 0;
            for (int v : row) {
                values.add(v);
                total += v;
            }
            values.add(total);
            rows.add(values);
        }
        tables.add(table(sb, "[申请处理]  " + APPLICANTS, "申请处理", labels, rows));

        sb.append("# 四、政府信息公开行政复议、行政诉讼情况\n\n");
        List<List<Integer>> review = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<Integer> values = new ArrayList<>();
            int total = 0;
            for (int c = 0; c < 4; c++) {
                int v = random.nextInt(4);
                values.add(v);
                total += v;
            }
            values.add(total);
            review.add(values);
        }
        tables.add(table(sb, "[行政复议和行政诉讼]  结果维持  结果纠正  其他结果  尚未审结  总计", "行政复议和行政诉讼",
                List.of("行政复议", "未经复议直接起诉", "复议后起诉"), review));

        sb.append("# 五、存在的主要问题及改进情况\n");
        prose.get(1).forEach(p -> sb.append(p).append('\n'));
        sb.append("\n# 六、其他需要报告的事项\n");
        prose.get(2).forEach(p -> sb.append(p).append('\n'));
        if (prose.get(2).isEmpty()) {
            sb.append("无\n");
        }
        List<List<String>> written = List.of(prose.get(0), prose.get(1),
                prose.get(2).isEmpty() ? List.of("无") : prose.get(2));
        return new Clean(sb.toString(), written, tables);
    }

    private static Table table(StringBuilder sb, String head, String label, List<String> rows, List<List<Integer>> values) {
        sb.append(head).append('\n');
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = values.get(r).stream().map(String::valueOf).toList();
            sb.append(rows.get(r)).append("  ").append(String.join("  ", row)).append('\n');
            texts.add(row);
        }
        sb.append('\n');
        return new Table(label, rows, texts);
    }
}
