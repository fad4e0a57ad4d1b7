// Go 1.19 lexical grammar, written from the language specification. Newlines and multi-line
// comments are emitted (not skipped) so that SemicolonInserter can apply the spec's automatic
// semicolon rule; malformed literals and stray characters become ERROR_* tokens that the parser
// facade turns into gc's lexical error messages.
lexer grammar GoLexer;

BREAK: 'break'; CASE: 'case'; CHAN: 'chan'; CONST: 'const'; CONTINUE: 'continue';
DEFAULT: 'default'; DEFER: 'defer'; ELSE: 'else'; FALLTHROUGH: 'fallthrough'; FOR: 'for';
FUNC: 'func'; GO: 'go'; GOTO: 'goto'; IF: 'if'; IMPORT: 'import'; INTERFACE: 'interface';
MAP: 'map'; PACKAGE: 'package'; RANGE: 'range'; RETURN: 'return'; SELECT: 'select';
STRUCT: 'struct'; SWITCH: 'switch'; TYPE: 'type'; VAR: 'var';

IDENTIFIER: LETTER (LETTER | UNICODE_DIGIT)*;

// Longest-match ordering: compound operators before their prefixes is automatic in ANTLR.
ELLIPSIS: '...'; DOT: '.'; COMMA: ','; SEMI: ';'; COLON: ':';
L_PAREN: '('; R_PAREN: ')'; L_BRACKET: '['; R_BRACKET: ']'; L_CURLY: '{'; R_CURLY: '}';
DEFINE: ':='; ASSIGN: '=';
ASSIGN_OP: ('+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '&^') '=';
INC: '++'; DEC: '--';
LOGICAL_OR: '||'; LOGICAL_AND: '&&';
EQUALS: '=='; NOT_EQUALS: '!='; LESS: '<'; LESS_OR_EQUALS: '<='; GREATER: '>'; GREATER_OR_EQUALS: '>=';
OR: '|'; PLUS: '+'; MINUS: '-'; CARET: '^';
STAR: '*'; DIV: '/'; MOD: '%'; LSHIFT: '<<'; RSHIFT: '>>'; AMPERSAND: '&'; BIT_CLEAR: '&^';
EXCLAMATION: '!'; RECEIVE: '<-'; TILDE: '~';

IMAGINARY_LIT: (DECIMALS | INT_FORM | FLOAT_FORM) 'i';
FLOAT_LIT: FLOAT_FORM;
INT_LIT: INT_FORM;
// A base prefix without digits, or an 8/9 in a legacy octal literal.
ERROR_NUMBER: '0' [xXbBoO] | '0' [0-7_]* [89] [0-9_]*;

RUNE_LIT: '\'' (~['\\\n] | '\\' ~'\n')* '\'';
STRING_LIT: '"' (~["\\\n] | '\\' ~'\n')* '"';
RAW_STRING_LIT: '`' ~'`'* '`';

// Unterminated forms: shorter than the terminated ones, so they only win when the closing quote
// is missing.
ERROR_STRING: '"' (~["\\\n] | '\\' ~'\n')* '\\'?;
ERROR_RUNE: '\'' (~['\\\n] | '\\' ~'\n')* '\\'?;
ERROR_RAW_STRING: '`' ~'`'*;

NEWLINE: '\n';
WS: [ \t\r]+ -> skip;
BOM: '\uFEFF' -> skip;
LINE_COMMENT: '//' ~'\n'* -> skip;
BLOCK_COMMENT: '/*' .*? '*/';
ERROR_COMMENT: '/*' .*?;
ERROR_CHAR: .;

fragment LETTER: [\p{L}_];
fragment UNICODE_DIGIT: [\p{Nd}];
fragment DEC_DIGIT: [0-9];
fragment HEX_DIGIT: [0-9a-fA-F];
fragment DECIMALS: DEC_DIGIT ('_'? DEC_DIGIT)*;
fragment HEX_DIGITS: HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment INT_FORM
    : '0' [xX] '_'? HEX_DIGITS
    | '0' [bB] '_'? [01] ('_'? [01])*
    | '0' [oO] '_'? [0-7] ('_'? [0-7])*
    | '0' ('_'? [0-7])*
    | [1-9] ('_'? DEC_DIGIT)*
    ;
fragment FLOAT_FORM
    : DECIMALS '.' DECIMALS? EXPONENT?
    | DECIMALS EXPONENT
    | '.' DECIMALS EXPONENT?
    | '0' [xX] ('_'? HEX_DIGITS '.' HEX_DIGITS? | '_'? HEX_DIGITS | '.' HEX_DIGITS) [pP] [+-]? DECIMALS
    ;
fragment EXPONENT: [eE] [+-]? DECIMALS;
