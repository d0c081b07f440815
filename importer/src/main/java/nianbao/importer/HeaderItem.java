package nianbao.importer;

import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.RowDef;

/** What a header label of a published table names: a column, a column group, or (one-line tables) a row. */
sealed interface HeaderItem permits HeaderItem.Column, HeaderItem.Group, HeaderItem.Row {

    record Column(ColumnDef def) implements HeaderItem {
    }

    record Group(ColumnGroup def) implements HeaderItem {
    }

    record Row(RowDef def) implements HeaderItem {
    }
}
