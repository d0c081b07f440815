// Parser of template files (.nbt). The meaning of each keyword (模板, 章节, 表, 列, 行 …) is
// given by nianbao.core.template.TemplateReader; the grammar knows the shape of a line only.
parser grammar TemplateParser;

options { tokenVocab = TemplateLexer; }

// Lines are separated by NL, so each loop decision is one token of lookahead: a broken line
// is recovered at its own line break instead of failing the prediction of the whole file.
templateFile : line ( NL line )* EOF ;

line         : statement? ;

statement    : RULE_KW name=WORD scope+=WORD* COLON lhs=sum EQUALS rhs=sum   # ruleDecl
             | keyword=WORD args+=argument*                                   # declaration
             ;

// Free text (说明, 样板) may hold colons and signs; the reader takes the line's raw text.
argument     : WORD | COLON | EQUALS | PLUS | MINUS | RULE_KW ;

sum          : term ( op+=( PLUS | MINUS ) term )* ;
term         : WORD ;
