package bcl

import "fmt"

// Error is a .NET exception raised by a bcl operation. Type is the full name of
// the exception type, Message is the text .NET uses, Param names the offending
// parameter for argument exceptions ("" otherwise).
type Error struct {
	Type    string
	Message string
	Param   string
}

// Error returns "Type: Message".
func (e *Error) Error() string { return e.Type + ": " + e.Message }

// Exception type names used by this package.
const (
	FormatException             = "System.FormatException"
	OverflowException           = "System.OverflowException"
	DivideByZeroException       = "System.DivideByZeroException"
	ArgumentException           = "System.ArgumentException"
	ArgumentOutOfRangeException = "System.ArgumentOutOfRangeException"
	ArgumentNullException       = "System.ArgumentNullException"
	InvalidOperationException   = "System.InvalidOperationException"
	TimeZoneNotFoundException   = "System.TimeZoneNotFoundException"
	UriFormatException          = "System.UriFormatException"
	RegexParseException         = "System.Text.RegularExpressions.RegexParseException"
	NotSupportedException       = "System.NotSupportedException"
	RegexMatchTimeoutException  = "System.Text.RegularExpressions.RegexMatchTimeoutException"
	IndexOutOfRangeException    = "System.IndexOutOfRangeException"
	InvalidCastException        = "System.InvalidCastException"
	ArithmeticException         = "System.ArithmeticException"
	UnauthorizedAccessException = "System.UnauthorizedAccessException"
	FileNotFoundException       = "System.IO.FileNotFoundException"
	DirectoryNotFoundException  = "System.IO.DirectoryNotFoundException"
	KeyNotFoundException        = "System.Collections.Generic.KeyNotFoundException"
	NullReferenceException      = "System.NullReferenceException"
	InvalidTimeZoneException    = "System.InvalidTimeZoneException"
	DecoderFallbackException    = "System.Text.DecoderFallbackException"
	NotImplementedException     = "System.NotImplementedException"
)

func newError(typ, msg string) *Error { return &Error{Type: typ, Message: msg} }

func errorf(typ, format string, args ...any) *Error {
	return &Error{Type: typ, Message: fmt.Sprintf(format, args...)}
}

func argOutOfRange(param, msg string) *Error {
	return &Error{Type: ArgumentOutOfRangeException, Message: msg + " (Parameter '" + param + "')", Param: param}
}

// Messages .NET 8 uses (System.Private.CoreLib's Strings.resx).
const (
	msgFormatInvalid     = "Input string was not in a correct format."
	msgBadFormatSpec     = "Format specifier was invalid."
	msgDecimalOverflow   = "Value was either too large or too small for a Decimal."
	msgDivideByZero      = "Attempted to divide by zero."
	msgArithOverflow     = "Arithmetic operation resulted in an overflow."
	msgNegateTwosCompNum = "Negating the minimum value of a twos complement number is invalid."
)

// formatErrorFor is .NET 8's message for a string that does not parse as a number
// (Format_InvalidStringWithValue, introduced in .NET 8).
func formatErrorFor(s string) *Error {
	return newError(FormatException, "The input string '"+s+"' was not in a correct format.")
}
