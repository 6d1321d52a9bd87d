package eval

import (
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind says how a Value's bits are to be read. Primitive kinds carry their
// bits in Value.N and need no allocation; reference kinds keep a pointer in
// Value.R.
type Kind uint8

// The kinds of values.
const (
	KNull     Kind = iota // null (any reference type, or a nullable value type without value)
	KBool                 // N: 0 or 1
	KChar                 // N: UTF-16 code unit
	KSByte                // N: sign-extended int64 bits
	KByte                 // N: zero-extended
	KShort                // N: sign-extended
	KUShort               // N: zero-extended
	KInt                  // N: sign-extended int32
	KUInt                 // N: zero-extended uint32
	KLong                 // N: int64 bits
	KULong                // N: uint64
	KFloat                // N: float64 bits of a value rounded to float32
	KDouble               // N: float64 bits
	KDecimal              // R: the decimal representation supplied by the DecimalOps seam
	KString               // R: Go string (UTF-8); N&strASCII set when known to be all ASCII
	KEnum                 // N: underlying value bits (sign-extended), R: *Type of the enum
	KObject               // R: *Object (class instance, or boxed struct)
	KStruct               // R: *Object with value semantics (copied on store)
	KArray                // R: *Array
	KDelegate             // R: *Delegate
	KRef                  // R: *Value, a managed reference (ref/out/in arguments)
	KType                 // R: *Type, a System.Type object (typeof)
	KNative               // R: any Go value an extern member hands around (not visible to C# as a type)
)

var kindNames = [...]string{"null", "bool", "char", "sbyte", "byte", "short", "ushort", "int", "uint",
	"long", "ulong", "float", "double", "decimal", "string", "enum", "object", "struct", "array",
	"delegate", "ref", "Type", "native"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// IsIntegral reports whether k is one of the integer kinds (not char).
func (k Kind) IsIntegral() bool { return k >= KSByte && k <= KULong }

// IsNumeric reports whether k is an integer, floating or decimal kind (not char).
func (k Kind) IsNumeric() bool { return k >= KSByte && k <= KDecimal }

// isSigned reports whether an integral kind is signed.
func (k Kind) isSigned() bool {
	return k == KSByte || k == KShort || k == KInt || k == KLong
}

const strASCII = 1

// Value is one C# value. It is 32 bytes and is passed by value; primitive
// kinds never allocate. The zero Value is null.
type Value struct {
	K Kind
	N uint64
	R any
}

// Null is the null value.
var Null = Value{}

// Constructors for primitive values.

// Bool returns a C# bool.
func Bool(b bool) Value {
	if b {
		return Value{K: KBool, N: 1}
	}
	return Value{K: KBool}
}

// Int returns a C# int.
func Int(i int32) Value { return Value{K: KInt, N: uint64(int64(i))} }

// UInt returns a C# uint.
func UInt(i uint32) Value { return Value{K: KUInt, N: uint64(i)} }

// Long returns a C# long.
func Long(i int64) Value { return Value{K: KLong, N: uint64(i)} }

// ULong returns a C# ulong.
func ULong(i uint64) Value { return Value{K: KULong, N: i} }

// Short returns a C# short.
func Short(i int16) Value { return Value{K: KShort, N: uint64(int64(i))} }

// UShort returns a C# ushort.
func UShort(i uint16) Value { return Value{K: KUShort, N: uint64(i)} }

// Byte returns a C# byte.
func Byte(i uint8) Value { return Value{K: KByte, N: uint64(i)} }

// SByte returns a C# sbyte.
func SByte(i int8) Value { return Value{K: KSByte, N: uint64(int64(i))} }

// Char returns a C# char (one UTF-16 code unit).
func Char(c uint16) Value { return Value{K: KChar, N: uint64(c)} }

// Double returns a C# double.
func Double(f float64) Value { return Value{K: KDouble, N: math.Float64bits(f)} }

// Float returns a C# float.
func Float(f float32) Value { return Value{K: KFloat, N: math.Float64bits(float64(f))} }

// Str returns a C# string holding s (UTF-8 in Go, UTF-16 semantics in C#).
func Str(s string) Value {
	v := Value{K: KString, R: s}
	if isASCII(s) {
		v.N = strASCII
	}
	return v
}

// strKnown returns a string value whose ASCII-ness is already known.
func strKnown(s string, ascii bool) Value {
	if ascii {
		return Value{K: KString, N: strASCII, R: s}
	}
	return Value{K: KString, R: s}
}

// ObjVal wraps an object reference (nil gives null). Struct instances get KStruct.
func ObjVal(o *Object) Value {
	if o == nil {
		return Null
	}
	if o.Type != nil && o.Type.Kind == TypeStruct && !o.boxed {
		return Value{K: KStruct, R: o}
	}
	return Value{K: KObject, R: o}
}

// ArrVal wraps an array (nil gives null).
func ArrVal(a *Array) Value {
	if a == nil {
		return Null
	}
	return Value{K: KArray, R: a}
}

// DelVal wraps a delegate (nil gives null).
func DelVal(d *Delegate) Value {
	if d == nil {
		return Null
	}
	return Value{K: KDelegate, R: d}
}

// TypeVal wraps a runtime type as a System.Type value.
func TypeVal(t *Type) Value {
	if t == nil {
		return Null
	}
	return Value{K: KType, R: t}
}

// EnumVal returns a value of enum type t with the given underlying bits.
func EnumVal(t *Type, n int64) Value { return Value{K: KEnum, N: uint64(n), R: t} }

// NativeVal wraps an arbitrary Go value.
func NativeVal(x any) Value { return Value{K: KNative, R: x} }

// Accessors.

// IsNull reports whether v is null.
func (v Value) IsNull() bool { return v.K == KNull }

// AsBool returns a bool value's truth.
func (v Value) AsBool() bool { return v.N != 0 }

// AsInt returns v converted to int32 (unchecked) from any integral, char or enum kind,
// or truncated from a floating kind.
func (v Value) AsInt() int32 { return int32(v.AsLong()) }

// AsLong returns v as int64 from any integral, char, enum or floating kind.
func (v Value) AsLong() int64 {
	switch v.K {
	case KFloat, KDouble:
		return int64(math.Float64frombits(v.N))
	case KDecimal:
		if decimalOps != nil {
			return int64(decimalOps.ToFloat64(v.R))
		}
	}
	return int64(v.N)
}

// AsULong returns v's bits as uint64.
func (v Value) AsULong() uint64 {
	switch v.K {
	case KFloat, KDouble:
		return uint64(math.Float64frombits(v.N))
	}
	return v.N
}

// AsDouble returns v as float64 from any numeric kind.
func (v Value) AsDouble() float64 {
	switch v.K {
	case KFloat, KDouble:
		return math.Float64frombits(v.N)
	case KULong, KUInt, KUShort, KByte, KChar:
		return float64(v.N)
	case KDecimal:
		if decimalOps != nil {
			return decimalOps.ToFloat64(v.R)
		}
		return 0
	}
	return float64(int64(v.N))
}

// AsChar returns v as a UTF-16 code unit.
func (v Value) AsChar() uint16 { return uint16(v.N) }

// AsString returns a string value's Go string ("" for null or non-strings).
func (v Value) AsString() string {
	s, _ := v.R.(string)
	return s
}

// Obj returns the object of a KObject or KStruct value, or nil.
func (v Value) Obj() *Object {
	o, _ := v.R.(*Object)
	return o
}

// Arr returns the array of a KArray value, or nil.
func (v Value) Arr() *Array {
	a, _ := v.R.(*Array)
	return a
}

// Del returns the delegate of a KDelegate value, or nil.
func (v Value) Del() *Delegate {
	d, _ := v.R.(*Delegate)
	return d
}

// Native returns the Go state of an object value (Object.Native), or the Go
// value of a KNative value.
func (v Value) Native() any {
	switch r := v.R.(type) {
	case *Object:
		return r.Native
	default:
		if v.K == KNative {
			return r
		}
	}
	return nil
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// UTF16Len returns the length of s in UTF-16 code units, as C#'s String.Length.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			n++
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// strLen returns the UTF-16 length of a string value.
func strLen(v Value) int {
	s := v.R.(string)
	if v.N&strASCII != 0 {
		return len(s)
	}
	return UTF16Len(s)
}

// ToUTF16 converts a Go string to UTF-16 code units.
func ToUTF16(s string) []uint16 { return utf16.Encode([]rune(s)) }

// FromUTF16 converts UTF-16 code units to a Go string. Lone surrogates become U+FFFD.
func FromUTF16(u []uint16) string { return string(utf16.Decode(u)) }

// strAt returns the UTF-16 code unit at index i of a string value, and false if out of range.
func strAt(v Value, i int) (uint16, bool) {
	s := v.R.(string)
	if v.N&strASCII != 0 {
		if i < 0 || i >= len(s) {
			return 0, false
		}
		return uint16(s[i]), true
	}
	u := ToUTF16(s)
	if i < 0 || i >= len(u) {
		return 0, false
	}
	return u[i], true
}

// charToString converts one UTF-16 code unit to a Go string.
func charToString(c uint16) string {
	if c < 0x80 {
		return asciiStrings[c]
	}
	return string(rune(c))
}

var asciiStrings = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// DecimalOps is the seam through which System.Decimal arithmetic is provided
// (by csharp/bcl via csharp/dotnet). Decimal values are KDecimal with R holding
// whatever representation the implementation chooses.
type DecimalOps interface {
	FromInt64(int64) any
	FromFloat64(float64) (any, bool)
	ToFloat64(any) float64
	// Arith applies one of '+', '-', '*', '/', '%'; ok=false means overflow or divide by zero (err says which).
	Arith(op byte, a, b any) (r any, err string)
	Cmp(a, b any) int
	Neg(a any) any
	String(a any) string
	// Format formats with a .NET numeric format string ("" = general).
	Format(a any, format string) (string, error)
	Parse(s string) (any, bool)
	// Truncate returns the integer part as int64 and whether it fits.
	Truncate(a any) (int64, bool)
}

// decimalOps is set once at start-up by SetDecimalOps (read-only afterwards).
var decimalOps DecimalOps

// SetDecimalOps installs the decimal implementation. Call it from an init
// function (csharp/dotnet does) before any interpreter runs.
func SetDecimalOps(d DecimalOps) { decimalOps = d }

// DecimalVal returns a decimal value with representation r (see DecimalOps).
func DecimalVal(r any) Value { return Value{K: KDecimal, R: r} }
