// The Starstream language (LANGUAGE.md §1-§2, the current language), as an ANTLR 4 grammar.
//
// Deliberate choices (LANGUAGE.md §9):
//  - maximal-munch lexing gives correct keyword boundaries (`let publicKey` is `let` + `publicKey`);
//  - contextual keywords (contract, script, utxo, token, storage, impl, main, mint, burn, indexed,
//    event, effect) are tokens of their own that the `name` rule accepts as identifiers;
//  - comments go to a hidden channel, so they are legal between any two tokens;
//  - `()` is two tokens, so that `fn f()` and `f()` need no special case; the unit value, type and
//    pattern are `'(' ')'` in the parser;
//  - effect rows (`fn f() / [E]`) are parsed so that the AST builder can reject them with a dedicated
//    diagnostic instead of a confusing syntax error;
//  - a block-like expression (`if`, `match`, block) at the start of a block item ends that item
//    (Rust's rule), and a `;` missing after an expression item is reported by the AST builder.
grammar Starstream;

// ---------------------------------------------------------------- definitions

program
    : definition* EOF
    ;

definition
    : CONTRACT ';'                                                       # contractDef
    | IMPORT importTarget FROM importSource ';'                          # importDef
    | SCRIPT? function                                                   # functionDef
    | STRUCT name '{' (field (',' field)* ','?)? '}'                     # structDef
    | ENUM name '{' (variant (',' variant)* ','?)? '}'                   # enumDef
    | UTXO name '{' utxoPart* '}'                                        # utxoDef
    | TOKEN name '{' tokenPart* '}'                                      # tokenDef
    | ABI name '{' abiPart* '}'                                          # abiDef
    ;

importTarget
    : '{' (importItem (',' importItem)* ','?)? '}'                       # namedImports
    | name                                                               # namespaceImport
    ;

importItem
    : name (AS name)?
    ;

importSource
    : name ':' name ('/' name)?                                          # witSource
    | STRING                                                             # pathSource
    ;

function
    : FN name '(' paramList ')' ('->' type)? effectRow? block
    ;

paramList
    : (param (',' param)* ','?)?
    ;

param
    : PUB? name ':' type
    ;

// Not Starstream: parsed only to report it clearly (LANGUAGE.md §2.5).
effectRow
    : '/' '[' (type (',' type)* ','?)? ']'
    | '/' '{' (type (',' type)* ','?)? '}'
    ;

field
    : name ':' type
    ;

variant
    : name ('(' (type (',' type)* ','?)? ')' | '{' (field (',' field)* ','?)? '}')?
    ;

utxoPart
    : STORAGE '{' storageField* '}'                                      # utxoStorage
    | MAIN? function                                                     # utxoFunction
    | IMPL name '{' function* '}'                                        # utxoImpl
    ;

tokenPart
    : STORAGE '{' storageField* '}'                                      # tokenStorage
    | (MINT | BURN)? function                                            # tokenFunction
    | IMPL name '{' function* '}'                                        # tokenImpl
    ;

storageField
    : INDEXED? LET MUT? name ':' type ';'
    ;

abiPart
    : EVENT name '(' paramList ')' ';'                                   # abiEvent
    | EFFECT name '(' paramList ')' ('->' type)? ';'                     # abiEffect
    | FN name '(' paramList ')' ('->' type)? effectRow? ';'              # abiFn
    ;

// ---------------------------------------------------------------- types

type
    : '(' type ',' type (',' type)* ','? ')'                             # tupleType
    | '(' ')'                                                            # unitType
    | scopedName ('<' (type (',' type)* ','?)? '>')?                     # namedType
    ;

// ---------------------------------------------------------------- blocks and statements

block
    : '{' blockItem* '}'
    ;

blockItem
    : LET PUB? MUT? name (':' type)? '=' expression ';'                  # letStmt
    | name '=' expression ';'                                            # assignStmt
    | WHILE '(' expression ')' block                                     # whileStmt
    | RETURN expression? ';'                                             # returnStmt
    | RESUME ';'                                                         # resumeStmt
    | TRY block withClause*                                              # tryStmt
    | blockLike ';'?                                                     # blockLikeItem
    | expression ';'?                                                    # exprItem
    ;

withClause
    : WITH scopedName '(' (pattern (',' pattern)* ','?)? ')' block
    ;

blockLike
    : ifExpr
    | matchExpr
    | block
    ;

// ---------------------------------------------------------------- expressions

expression
    : postfix                                                            # postfixExpr
    | op=('-' | '!') expression                                          # unaryExpr
    | expression op=('*' | '/' | '%') expression                         # mulExpr
    | expression op=('+' | '-') expression                               # addExpr
    | expression op=('<' | '<=' | '>' | '>=') expression                 # compareExpr
    | expression op=('==' | '!=') expression                             # equalityExpr
    | expression op='&&' expression                                      # andExpr
    | expression op='||' expression                                      # orExpr
    ;

postfix
    : primary                                                            # primaryPostfix
    | postfix '(' argList ')'                                            # callPostfix
    | postfix '.' name                                                   # fieldPostfix
    ;

argList
    : (expression (',' expression)* ','?)?
    ;

// `()`, `(e)` and `(a, b, …)` in one alternative, told apart by the AST builder: as three
// alternatives, choosing among them needed lookahead to the end of the first element, which
// deeply nested and unclosed parentheses made quadratic (found by fuzzing; UnclosedCallsBench).
primary
    : '(' (expression (',' expression)* ','?)? ')'                       # parenthesized
    | INTEGER                                                            # intLiteral
    | (TRUE | FALSE)                                                     # boolLiteral
    | scopedName '{' (fieldInit (',' fieldInit)* ','?)? '}'              # structLiteral
    | DISCLOSE '(' expression ')'                                        # discloseExpr
    | EMIT scopedName '(' argList ')'                                    # emitExpr
    | RAISE scopedName '(' argList ')'                                   # raiseExpr
    | RUNTIME scopedName '(' argList ')'                                 # runtimeExpr
    | YIELD '(' (name (',' name)* ','?)? ')'                             # yieldExpr
    | ifExpr                                                             # ifPrimary
    | matchExpr                                                          # matchPrimary
    | block                                                              # blockPrimary
    | scopedName                                                         # namePrimary
    ;

fieldInit
    : name ':' expression
    ;

ifExpr
    : IF ifCondition block (ELSE IF ifCondition block)* (ELSE block)?
    ;

ifCondition
    : '(' expression ')'                                                 # exprCondition
    | name IS name                                                       # isCondition
    ;

matchExpr
    : MATCH expression '{' (matchArm (',' matchArm)* ','?)? '}'
    ;

matchArm
    : pattern '=>' block
    ;

// ---------------------------------------------------------------- patterns

pattern
    : '(' pattern ',' pattern (',' pattern)* ','? ')'                    # tuplePattern
    | INTEGER                                                            # intPattern
    | (TRUE | FALSE)                                                     # boolPattern
    | '(' ')'                                                            # unitPattern
    | scopedName '{' (fieldPattern (',' fieldPattern)* ','?)? '}'        # structPattern
    | scopedName '(' (pattern (',' pattern)* ','?)? ')'                  # variantPattern
    | scopedName                                                         # namePattern
    ;

fieldPattern
    : name (':' pattern)?
    ;

// ---------------------------------------------------------------- names

scopedName
    : name ('::' name)*
    ;

// Identifiers, including the contextual keywords outside the place where they are special.
name
    : IDENT
    | CONTRACT | SCRIPT | UTXO | TOKEN | STORAGE | IMPL | MAIN | MINT | BURN | INDEXED | EVENT | EFFECT
    ;

// ---------------------------------------------------------------- lexer

// strict keywords (LANGUAGE.md §1.3)
LET      : 'let';
PUB      : 'pub';
MUT      : 'mut';
IF       : 'if';
ELSE     : 'else';
WHILE    : 'while';
TRUE     : 'true';
FALSE    : 'false';
FN       : 'fn';
RETURN   : 'return';
STRUCT   : 'struct';
ENUM     : 'enum';
MATCH    : 'match';
ABI      : 'abi';
EMIT     : 'emit';
IMPORT   : 'import';
FROM     : 'from';
AS       : 'as';
RAISE    : 'raise';
RUNTIME  : 'runtime';
DISCLOSE : 'disclose';
IS       : 'is';
YIELD    : 'yield';
RESUME   : 'resume';
TRY      : 'try';
WITH     : 'with';

// contextual keywords
CONTRACT : 'contract';
SCRIPT   : 'script';
UTXO     : 'utxo';
TOKEN    : 'token';
STORAGE  : 'storage';
IMPL     : 'impl';
MAIN     : 'main';
MINT     : 'mint';
BURN     : 'burn';
INDEXED  : 'indexed';
EVENT    : 'event';
EFFECT   : 'effect';

// The last alternative (`0x`, `0o` or `0b` with no digit) is an error the AST builder reports.
INTEGER
    : '0x' [0-9a-fA-F]+
    | '0o' [0-7]+
    | '0b' [01]+
    | [0-9]+
    | '0' [xob]
    ;

IDENT    : [a-zA-Z_] [a-zA-Z0-9_]*;

STRING   : '"' (~["\\] | '\\' [\\"nrt])* '"';
UNTERMINATED_STRING : '"' (~["\\] | '\\' .)* EOF -> channel(2);
BAD_ESCAPE_STRING : '"' (~["\\] | '\\' .)* '"' -> channel(2);

ARROW    : '->';
FAT_ARROW: '=>';
SCOPE    : '::';
EQ       : '==';
NE       : '!=';
LE       : '<=';
GE       : '>=';
AND      : '&&';
OR       : '||';
LT       : '<';
GT       : '>';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
PERCENT  : '%';
BANG     : '!';
ASSIGN   : '=';
COLON    : ':';
SEMI     : ';';
COMMA    : ',';
DOT      : '.';
LPAREN   : '(';
RPAREN   : ')';
LBRACE   : '{';
RBRACE   : '}';
LBRACKET : '[';
RBRACKET : ']';

SHEBANG  : '#!' ~[\r\n]* -> channel(HIDDEN); // only valid at offset 0: checked by the facade (a lexer predicate would disable the lexer DFA)
DOC_COMMENT   : '///' ~[\r\n]* -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_BLOCK_COMMENT : '/*' ( ~[*] | '*'+ ~[*/] )* '*'* EOF -> channel(2);
WS       : [ \t\r\n\f\u000B]+ -> channel(HIDDEN);
// Unicode whitespace outside ASCII is whitespace too (LANGUAGE.md §1.1).
UNICODE_WS : [\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+ -> channel(HIDDEN);
// The lexer reads UTF-16 code units (offsets are the editor's), so a character outside the BMP is a surrogate pair.
BAD_CHAR : ( [\uD800-\uDBFF] [\uDC00-\uDFFF] | . ) -> channel(2);
