package nianbao.core.template;

import nianbao.syntax.Range;

/** A header cell spanning several columns, such as 法人或其他组织. */
public final class ColumnGroup extends Declared {

    ColumnGroup(String id, String label, String templateId, Range declaredAt) {
        super(id, label, templateId, declaredAt);
    }
}
