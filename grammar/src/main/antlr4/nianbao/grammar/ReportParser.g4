// Parser of report files (.nianbao): a report is a sequence of lines.
// Grouping lines into header, sections and tables is the syntax tree builder's job
// (nianbao.syntax.ReportTreeBuilder), so that a half-written file still yields every line.
parser grammar ReportParser;

options { tokenVocab = ReportLexer; }

report    : line* EOF ;

line      : heading
          | tableHead
          | row
          | prose
          | comment
          | blank
          ;

heading   : HEADING_MARK TEXT eol ;
tableHead : TABLE_OPEN TABLE_NAME_TEXT TABLE_CLOSE CELL* COMMENT? eol ;
row       : CELL+ COMMENT? eol ;
prose     : PROSE eol ;
comment   : COMMENT eol ;
blank     : BLANK_LINE ;

eol       : NL | EOF ;
