// Lexer of template files (.nbt): one declaration a line, nesting by indentation.
// A declaration is a keyword followed by words; a rule declaration carries an equation.
lexer grammar TemplateLexer;

NL        : '\r'? '\n' | '\r' ;
INDENT    : { getCharPositionInLine() == 0 }? [ \t\u3000]+ ;
WS        : [ \t\u3000\u00A0\uFEFF]+ -> channel(HIDDEN) ;
COMMENT   : '//' ~[\r\n]* -> channel(HIDDEN) ;

RULE_KW   : '规则' ;
COLON     : ':' | '：' ;
EQUALS    : '=' | '＝' ;
PLUS      : '+' | '＋' ;
// A minus sign must stand alone, since ids contain hyphens (row-total).
MINUS     : ( '-' | '－' | '−' ) { _input.LA(1) == ' ' || _input.LA(1) == '\t' || _input.LA(1) == 0x3000 }? ;
// A word may carry one attribute value: 单位=件 (operators of rules stand apart, with spaces).
WORD      : WORD_CHAR+ ( [=＝] WORD_CHAR+ )? ;
fragment WORD_CHAR : ~[ \t\u3000\u00A0\uFEFF\r\n:：=＝+＋] ;
