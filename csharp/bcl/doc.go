// Package bcl implements the semantics of the .NET base class library that the
// C# engine needs, in pure Go and without any interpreter types: System.Decimal
// arithmetic, invariant-culture number formatting and parsing (standard and custom
// numeric format strings, shortest round-trip doubles as .NET Core 3.0+ prints
// them), composite formatting ("{0,-10:F2}"), TimeSpan, DateTime, DateTimeOffset
// and time zones, .NET regular expressions translated to Go's regexp, UTF-16
// string helpers, Guid, System.Random's seeded generator, Convert, Math,
// Encoding and URI escaping.
//
// The semantic target is .NET 8 with the invariant culture. Test tables name
// their reference; where a value could not be confirmed against .NET 8 the test
// says so.
//
// Operations that .NET reports with an exception return an *Error whose Type is
// the exception's full type name (for example "System.FormatException") and
// whose Message is .NET's message, so the interpreter can throw the right
// exception without knowing which operation failed.
package bcl
