package nianbao.core.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.text.Nfkc;

/** A cell holds something that is not a number (一二, 1,234, 3件). */
final class NotANumberCheck extends ValueCheck {

    /**
     * A number followed by a unit: 12件, 251000元, 3.5万元. In a holder class: compiled when a cell
     * is first found not to be a number, not in every check's start-up (the Han script property
     * costs a fresh JVM about 4 ms).
     */
    private static final class NumberAndUnit {
        static final Pattern PATTERN = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(\\p{IsHan}{1,2})");
    }

    NotANumberCheck() {
        super("value.not-a-number", Severity.ERROR, "A cell holds something that is not a number ('-' marks a blank cell).");
    }

    @Override
    void check(CheckContext ctx, RowDef row, ColumnDef column, Cell cell) {
        if (cell.value().kind() != CellValue.Kind.INVALID) {
            return;
        }
        String text = cell.word().text();
        if (text.length() > CellValue.MAX_LENGTH && text.chars().allMatch(c -> Character.isDigit(c) || "+-.".indexOf(c) >= 0)) {
            ctx.report(cell.word().range(), where(row, column) + "填写的数字长达 " + text.length() + " 位，无法作为数值（最多 "
                    + CellValue.MAX_LENGTH + " 位）");
            return;
        }
        String digitsOnly = Nfkc.normalize(text).replaceAll("[,，]", "");
        String hint = "";
        List<Diagnostic.Fix> fixes = List.of();
        Matcher withUnit = NumberAndUnit.PATTERN.matcher(digitsOnly);
        if (withUnit.matches()) {
            // 12件, 251000元: the unit belongs to the column head; the number is kept only when
            // the unit is the column's own (another unit would need converting, never guessed)
            String number = withUnit.group(1);
            String unit = withUnit.group(2);
            String columnUnit = cell.column() == null ? "" : cell.column().unit();
            if (unit.equals(columnUnit)) {
                hint = "；单位“" + unit + "”已在表头，单元格只写数字 " + number;
                fixes = List.of(Diagnostic.Fix.replace("改为 " + number, cell.word().range(), number));
            } else {
                hint = "；单元格只写数字，不写单位“" + unit + "”"
                        + (columnUnit == null || columnUnit.isEmpty() ? "" : "（本列单位为“" + columnUnit + "”，请换算后填写）");
            }
        } else if (!digitsOnly.equals(text) && CellValue.parse(digitsOnly).isNumber()) {
            hint = "；请去掉千位分隔符，写作 " + digitsOnly;
            fixes = List.of(Diagnostic.Fix.replace("改为 " + digitsOnly, cell.word().range(), digitsOnly));
        } else {
            hint = "；请用阿拉伯数字填写，空白请写 -";
        }
        ctx.report(cell.word().range(), where(row, column) + "填写的" + Messages.quote(text) + "不是数字" + hint, fixes);
    }
}
