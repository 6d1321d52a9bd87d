package bcl

import (
	"strconv"
	"testing"
)

// Reference: "Composite formatting" (learn.microsoft.com): {index[,alignment][:formatString]},
// "{{" and "}}" escape braces, positive alignment right-aligns.
func TestFormatComposite(t *testing.T) {
	args := []string{"a", "bb", "ccc"}
	arg := func(i int, f string, has bool) (string, error) {
		s := args[i]
		if has {
			s += "|" + f
		}
		return s, nil
	}
	tests := []struct {
		format, want string
		errType      string
	}{
		{"{0}", "a", ""},
		{"x{1}y{2}z", "xbbyccc z"[:0] + "xbbycccz", ""},
		{"{0,5}|", "    a|", ""},
		{"{0,-5}|", "a    |", ""},
		{"{0, -5 }|", "a    |", ""},
		{"{1:F2}", "bb|F2", ""},
		{"{1:}", "bb|", ""},
		{"{{literal}} {0}", "{literal} a", ""},
		{"{2,-8:X}|", "ccc|X   |", ""},
		{"{3}", "", FormatException},
		{"{0", "", FormatException},
		{"{", "", FormatException},
		{"}", "", FormatException},
		{"{a}", "", FormatException},
		{"{ 0}", "", FormatException},
		{"{0:{x}", "", FormatException},
		{"no items", "no items", ""},
	}
	for _, tt := range tests {
		got, err := FormatComposite(tt.format, len(args), arg)
		if tt.errType != "" {
			if err == nil || err.(*Error).Type != tt.errType {
				t.Errorf("Format(%q) = %q %v, want %s", tt.format, got, err, tt.errType)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Format(%q) = %q %v, want %q", tt.format, got, err, tt.want)
		}
	}
	_, err := FormatComposite("{5}", 1, arg)
	if err == nil || err.(*Error).Message != "Index (zero based) must be greater than or equal to zero and less than the size of the argument list." {
		t.Errorf("index message: %v", err)
	}
	items, err := ParseComposite("{0,-10:F2} {{x}}")
	if err != nil || len(items) != 2 || items[0].Alignment != -10 || items[0].Format != "F2" || items[1].Literal != " {x}" {
		t.Errorf("ParseComposite = %+v %v", items, err)
	}
}

func TestFormatCompositeWithNumbers(t *testing.T) {
	vals := []float64{3.14159, 42}
	got, err := FormatComposite("{0,8:F2}|{1,-6:0000}|{1}", 2, func(i int, f string, _ bool) (string, error) {
		return FormatFloat64(vals[i], f)
	})
	if want := "    3.14|0042  |42"; err != nil || got != want {
		t.Errorf("got %q %v, want %q", got, err, want)
	}
	_ = strconv.Itoa
}
