// Package syntax is the C# front end of rpbench: a scanner for the full C#
// lexical grammar (including preprocessor directives), the syntax tree, and
// a recursive-descent parser that decides C#'s ambiguities the way Roslyn
// does and reports errors with the real compiler's codes (CS1002, CS1513, ...).
//
// Entry points: ParseFile parses a compilation unit; ParseExpr and ParseType
// parse an expression or a type from a string. Errors are returned as
// Diagnostics (one "file(line,col): error CSxxxx: message" per line);
// the tree is still returned for the part that parsed, with Bad* nodes
// where the text did not.
//
// Query expressions (from ... select ...) are translated to method calls
// (Select, Where, SelectMany, Join, ...) by the rules of the C#
// specification as they are parsed (LowerQuery, QueryExpr.Lowered): the
// checker and the interpreter bind only the translation, while the tree
// keeps the clauses for printing and walking.
//
// Positions are 1-based lines and columns counted in runes (see Pos).
package syntax
