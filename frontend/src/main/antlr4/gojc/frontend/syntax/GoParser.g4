// Go 1.19 syntax, written from the language specification, shaped for fast SLL prediction: every
// decision is LL(1) or LL(2) where possible, and places where the spec is ambiguous without type
// information (statement kinds, parameter names, if/for/switch headers) are parsed in a permissive
// shape that AstBuilder resolves the way gc's parser does. Expressions are a flat operand/operator
// sequence; AstBuilder applies precedence.
//
// The composite-literal ambiguity in statement headers ("if x {") is handled as gc does: at
// expression level 0 of a header a bare type name (or selector/instantiation) cannot be followed
// by a literal value, so the header uses the *NC ("no composite") copies of the expression rules;
// parentheses, brackets and call arguments switch back to the ordinary rules.
parser grammar GoParser;

// Fully qualified because the facade gojc.frontend.syntax.Parser shares the simple name.
options { tokenVocab = GoLexer; superClass = org.antlr.v4.runtime.Parser; }

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause: PACKAGE IDENTIFIER;

importDecl: IMPORT (importSpec | L_PAREN (importSpec eos)* R_PAREN);

importSpec: (DOT | IDENTIFIER)? string_;

topLevelDecl: declaration | functionDecl;

declaration: constDecl | typeDecl | varDecl;

constDecl: CONST (constSpec | L_PAREN (constSpec eos)* R_PAREN);

constSpec: identifierList (type_? ASSIGN expressionList)?;

varDecl: VAR (varSpec | L_PAREN (varSpec eos)* R_PAREN);

varSpec: identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl: TYPE (typeSpec | L_PAREN (typeSpec eos)* R_PAREN);

// An array type is tried before type parameters: gc 1.19 reads "type T[P *C] ..." as an array.
typeSpec: IDENTIFIER (ASSIGN type_ | type_ | typeParameters type_);

functionDecl: FUNC receiver=parameters? IDENTIFIER typeParameters? signature block?;

// A separator that may be omitted before a closing ")" or "}"; AstBuilder checks the omission.
eos: SEMI | ;

identifierList: IDENTIFIER (COMMA IDENTIFIER)*;

// ---- types ----

typeParameters: L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET;

typeParamDecl: identifierList typeElem;

typeElem: typeTerm (OR typeTerm)*;

typeTerm: TILDE? type_;

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName: IDENTIFIER (DOT IDENTIFIER)?;

typeArgs: L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET;

typeLit
    : arrayType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

arrayType: L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_;

structType: STRUCT L_CURLY (fieldDecl eos)* R_CURLY;

fieldDecl
    : identifierList type_ string_?
    | STAR? typeName typeArgs? string_?
    ;

pointerType: STAR type_;

functionType: FUNC signature;

signature: parameters result?;

result: parameters | typeName typeArgs? | typeLit;

parameters: L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN;

parameterDecl
    : IDENTIFIER ELLIPSIS? type_
    | ELLIPSIS type_
    | type_
    ;

interfaceType: INTERFACE L_CURLY (interfaceElem eos)* R_CURLY;

interfaceElem: IDENTIFIER signature | typeElem;

mapType: MAP L_BRACKET type_ R_BRACKET type_;

channelType: (CHAN RECEIVE? | RECEIVE CHAN) type_;

// ---- expressions ----

expressionList: expression (COMMA expression)*;

expression: unaryExpr (binaryOp unaryExpr)*;

binaryOp
    : LOGICAL_OR | LOGICAL_AND
    | EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS
    | PLUS | MINUS | OR | CARET
    | STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR
    ;

unaryOp: PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE;

unaryExpr: primaryExpr | unaryOp unaryExpr;

primaryExpr: operand (suffix | literalValue)*;

suffix
    : DOT (IDENTIFIER | L_PAREN (TYPE | type_) R_PAREN)
    | L_BRACKET (COLON sliceRest | expression (COLON sliceRest | (COMMA expression)* COMMA?)) R_BRACKET
    | arguments
    ;

sliceRest: expression? (COLON expression?)?;

arguments: L_PAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? R_PAREN;

operand
    : literal
    | IDENTIFIER
    | L_PAREN expression R_PAREN
    | FUNC signature block?
    | compositeType literalValue?
    | channelType
    | interfaceType
    ;

// Types that may prefix a literal value at any expression level.
compositeType: arrayType | structType | mapType;

literal: INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | string_;

string_: STRING_LIT | RAW_STRING_LIT;

literalValue: L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY;

keyedElement: element (COLON element)?;

element: expression | literalValue;

// ---- statement headers: expression rules without composite literals on bare names ----

expressionListNC: expressionNC (COMMA expressionNC)*;

expressionNC: unaryExprNC (binaryOp unaryExprNC)*;

unaryExprNC: primaryExprNC | unaryOp unaryExprNC;

primaryExprNC: operand suffix*;

simpleStmtNC
    : RANGE expressionNC
    | expressionListNC (INC | DEC | RECEIVE expressionNC
        | (ASSIGN | DEFINE | ASSIGN_OP) (RANGE expressionNC | expressionListNC))?
    ;

// ---- statements ----

block: L_CURLY statementList R_CURLY;

statementList: (statement eos | SEMI)*;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt: IDENTIFIER COLON statement?;

simpleStmt
    : expressionList (INC | DEC | RECEIVE expression
        | (ASSIGN | DEFINE | ASSIGN_OP) (RANGE expression | expressionList))?
    ;

goStmt: GO expression;

deferStmt: DEFER expression;

returnStmt: RETURN expressionList?;

breakStmt: BREAK IDENTIFIER?;

continueStmt: CONTINUE IDENTIFIER?;

gotoStmt: GOTO IDENTIFIER;

fallthroughStmt: FALLTHROUGH;

// init and cond are told apart by the semicolon; AstBuilder reports gc's header errors.
header: simpleStmtNC? (SEMI simpleStmtNC?)?;

ifStmt: IF header block (ELSE (ifStmt | block))?;

switchStmt: SWITCH header L_CURLY caseClause* R_CURLY;

caseClause: (CASE expressionList | DEFAULT) COLON statementList;

selectStmt: SELECT L_CURLY commClause* R_CURLY;

commClause: (CASE simpleStmt | DEFAULT) COLON statementList;

forStmt: FOR forHeader block;

forHeader: simpleStmtNC? (SEMI simpleStmtNC? SEMI simpleStmtNC?)?;
