package main

import (
	"bytes"
	"strings"
	"testing"
)

// Bad flags of rpbench serve exit 2 with a message that names the flag; a
// socket that cannot be bound exits 1.
func TestServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--rtp-ports", "20100-20000"}, 2, "--rtp-ports \"20100-20000\""},
		{[]string{"--rtp-ports", "x"}, 2, "want first-last"},
		{[]string{"extra"}, 2, "unexpected argument \"extra\""},
		{[]string{"--config", "/nonexistent/pbx.yaml"}, 2, "pbx.yaml"},
		{[]string{"--listen", "256.1.1.1:5060"}, 1, "rpbench serve:"},
		{[]string{"--help"}, 0, "Usage: rpbench serve"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := serveMain(tc.args, &out, &errb)
		if code != tc.code || !strings.Contains(errb.String(), tc.msg) {
			t.Errorf("serve %q: exit %d, stderr %q; want exit %d with %q", tc.args, code, errb.String(), tc.code, tc.msg)
		}
	}
}
