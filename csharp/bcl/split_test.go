package bcl

import (
	"strings"
	"testing"
)

// Reference: String.Split docs and dotnet/runtime's SplitWithPostProcessing;
// the rows without TrimEntries were checked against Mono 6.8.
func TestSplit(t *testing.T) {
	ws := []uint16(nil)
	tests := []struct {
		s       string
		chars   string
		strs    []string
		count   int
		options int
		want    string // parts joined by "]["
	}{
		{"a,b,,c", ",", nil, -1, 0, "a][b][][c"},
		{"a,b,,c", ",", nil, -1, 1, "a][b][c"},
		{"a,,b,c", ",", nil, 2, 1, "a][b,c"},
		{"a,,b,c", ",", nil, 3, 1, "a][b][c"},
		{",,a,,b,c", ",", nil, 2, 1, "a][b,c"},
		{"a,b,,", ",", nil, 3, 1, "a][b"},
		{"a;b,c;d", ";,", nil, 3, 0, "a][b][c;d"},
		{"k=v=w", "=", nil, 2, 0, "k][v=w"},
		{"abc", ",", nil, 1, 1, "abc"},
		{",", ",", nil, 1, 1, ","},
		{"", ",", nil, -1, 0, ""},
		{" a b ", "", nil, 2, 0, "][a b "},
		{"a\tb c", "", nil, -1, 0, "a][b][c"},
		{" 100 ; 200;;300 ", ";", nil, -1, 2, "100][200][][300"},
		{" 100 ; 200;;300 ", ";", nil, -1, 3, "100][200][300"},
		{" , ", ",", nil, -1, 3, ""},
		{"a--b-c", "", []string{"-", "--"}, -1, 0, "a][][b][c"},
		{"a--b-c", "", []string{"--", "-"}, 2, 0, "a][b-c"},
		{"x,,y", "", []string{","}, 2, 1, "x][y"},
		{"abc", "", []string{"", ""}, -1, 0, "abc"},
		{"a😀b😀", "", []string{"😀"}, -1, 0, "a][b]["},
	}
	for _, tt := range tests {
		var chars []uint16
		if tt.chars != "" {
			chars = ToUTF16(tt.chars)
		} else {
			chars = ws
		}
		got := Split(tt.s, chars, tt.strs, tt.count, tt.options)
		if j := strings.Join(got, "]["); j != tt.want {
			t.Errorf("Split(%q, %q, %q, %d, %d) = [%s], want [%s]", tt.s, tt.chars, tt.strs, tt.count, tt.options, j, tt.want)
		}
	}
	if got := Split("a,b", ToUTF16(","), nil, 0, 0); len(got) != 0 {
		t.Errorf("count 0: %q", got)
	}
	if got := Split("", ToUTF16(","), nil, -1, 1); len(got) != 0 {
		t.Errorf("empty with RemoveEmptyEntries: %q", got)
	}
}
