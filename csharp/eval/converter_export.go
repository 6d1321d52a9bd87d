package eval

// Converter returns the conversion a store to a location of type t applies
// (numeric widening, enum and Nullable wrapping, tuple element conversion
// and name retagging), or nil when values are stored as they are. Library
// natives that hold values of a generic method's type argument (Aggregate's
// accumulator) use it to keep C#'s static typing.
func (in *Interp) Converter(t *Type) func(Value) Value { return in.converter(t) }
