// Lexer of template files (.nbt): one declaration a line, nesting by indentation.
// A declaration is a keyword followed by words; a rule declaration carries an equation.
// Indentation is hidden white space here: the reader measures it from the line's text.
// (No semantic predicates: one at the start of a token keeps ANTLR from caching the lexer's
// start state, and every token would pay for it.)
lexer grammar TemplateLexer;

NL        : '\r'? '\n' | '\r' ;
WS        : [ \t\u3000\u00A0\uFEFF]+ -> channel(HIDDEN) ;
COMMENT   : '//' ~[\r\n]* -> channel(HIDDEN) ;

RULE_KW   : '规则' ;
COLON     : ':' | '：' ;
EQUALS    : '=' | '＝' ;
PLUS      : '+' | '＋' ;
// A minus sign stands alone: ids contain hyphens (row-total), and the longer match makes them a
// WORD; a lone sign is a MINUS, the earlier rule of two matches of the same length.
MINUS     : '-' | '－' | '−' ;
// A word may carry one attribute value: 单位=件 (operators of rules stand apart, with spaces).
WORD      : WORD_CHAR+ ( [=＝] WORD_CHAR+ )? ;
fragment WORD_CHAR : ~[ \t\u3000\u00A0\uFEFF\r\n:：=＝+＋] ;
