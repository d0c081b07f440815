// Lexer of report files (.nianbao).
//
// The language is line-oriented. What a line is depends on how it starts:
//   '#'...        a heading (section heading, or sub-heading with '##')
//   '[' or '【'   a table head: [name] followed by optional column names
//   '//'          a comment line
//   anything else a prose line, or a table row while a table is open
// A table stays open from its head until a blank line, a heading or the next table head.
// Modes keep each kind of line's tail apart; NL at line start (default mode) is a blank line.
lexer grammar ReportLexer;

// End of a non-blank line; produced through type(NL) in each mode.
tokens { NL }

@members {
  /** True between a table head and the next blank line or heading. */
  private boolean inTable = false;
}

// ---------------------------------------------------------------- line start
BLANK_LINE   : NL_F { inTable = false; } ;
LEAD_WS      : SPACE_F+ -> channel(HIDDEN) ;
HEADING_MARK : '#'+ { inTable = false; } -> pushMode(LINE_TEXT) ;
TABLE_OPEN   : ( '[' | '【' ) { inTable = true; } -> pushMode(TABLE_NAME) ;
COMMENT      : '//' ~[\r\n]* -> pushMode(LINE_END) ;
// A row's first cell is its label; the rest of the row is lexed in CELLS mode.
ROW_LABEL    : { inTable }? ~[ \t\u3000\u00A0\uFEFF\r\n#[【] ~[ \t\u3000\u00A0\uFEFF\r\n]* -> type(CELL), pushMode(CELLS) ;
PROSE        : { !inTable }? ( ~[ \t\u3000\u00A0\uFEFF\r\n#[【/] | '/' ~[/\r\n] ) ~[\r\n]* -> pushMode(LINE_END) ;
STRAY_SLASH  : { !inTable }? '/' -> type(PROSE), pushMode(LINE_END) ;

fragment NL_F    : '\r'? '\n' | '\r' ;
fragment SPACE_F : [ \t\u3000\u00A0\uFEFF] ;

// ------------------------------------------------- after '#': the heading text
mode LINE_TEXT;
LT_WS   : SPACE_F+ -> channel(HIDDEN) ;
TEXT    : ~[ \t\u3000\u00A0\uFEFF\r\n] ~[\r\n]* ;
LT_NL   : NL_F -> type(NL), popMode ;

// ----------------------------------------------- after '[': name, then ']'
mode TABLE_NAME;
TABLE_NAME_TEXT : ~[\]】\r\n]+ ;
TABLE_CLOSE     : ( ']' | '】' ) -> mode(CELLS) ;
TN_NL           : NL_F -> type(NL), popMode ;

// ------------------------------------------------ cells of a row or table head
mode CELLS;
CELL_WS      : SPACE_F+ -> channel(HIDDEN) ;
CELL_COMMENT : '//' ~[\r\n]* -> type(COMMENT) ;
CELL         : ~[ \t\u3000\u00A0\uFEFF\r\n]+ ;
CELLS_NL     : NL_F -> type(NL), popMode ;

// ---------------------------------------- after a prose or comment line
mode LINE_END;
LE_NL   : NL_F -> type(NL), popMode ;
