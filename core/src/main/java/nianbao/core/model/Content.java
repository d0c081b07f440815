package nianbao.core.model;

import nianbao.syntax.Range;

/** What a section holds, in order: prose and tables. */
public sealed interface Content permits Prose, ReportTable {
    Range range();
}
