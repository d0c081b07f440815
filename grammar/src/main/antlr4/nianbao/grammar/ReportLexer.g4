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

// Whether a table is open is a mode, not a flag: the default mode is the start of a line outside
// a table, TABLE_LINE the start of a line inside one. (A semantic predicate at the start of a
// token would keep ANTLR from caching the lexer's start state, and every line would pay for it.)

// ------------------------------------------------- line start, outside a table
BLANK_LINE   : NL_F ;
LEAD_WS      : SPACE_F+ -> channel(HIDDEN) ;
HEADING_MARK : '#'+ -> pushMode(LINE_TEXT) ;
TABLE_OPEN   : ( '[' | '【' ) -> mode(TABLE_LINE), pushMode(TABLE_NAME) ;
COMMENT      : '//' ~[\r\n]* -> pushMode(LINE_END) ;
PROSE        : ( ~[ \t\u3000\u00A0\uFEFF\r\n#[【/] | '/' ~[/\r\n] ) ~[\r\n]* -> pushMode(LINE_END) ;
STRAY_SLASH  : '/' -> type(PROSE), pushMode(LINE_END) ;

fragment NL_F    : '\r'? '\n' | '\r' ;
fragment SPACE_F : [ \t\u3000\u00A0\uFEFF] ;

// -------------------------------------------------- line start, inside a table
// A table stays open until a blank line or a heading; a row's first cell is its label, and the
// rest of the row is lexed in CELLS mode.
mode TABLE_LINE;
TL_BLANK_LINE   : NL_F -> type(BLANK_LINE), mode(DEFAULT_MODE) ;
TL_LEAD_WS      : SPACE_F+ -> type(LEAD_WS), channel(HIDDEN) ;
TL_HEADING_MARK : '#'+ -> type(HEADING_MARK), mode(DEFAULT_MODE), pushMode(LINE_TEXT) ;
TL_TABLE_OPEN   : ( '[' | '【' ) -> type(TABLE_OPEN), pushMode(TABLE_NAME) ;
TL_COMMENT      : '//' ~[\r\n]* -> type(COMMENT), pushMode(LINE_END) ;
ROW_LABEL       : ~[ \t\u3000\u00A0\uFEFF\r\n#[【] ~[ \t\u3000\u00A0\uFEFF\r\n]* -> type(CELL), pushMode(CELLS) ;

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
