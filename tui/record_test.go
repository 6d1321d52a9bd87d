package tui

import (
	"strings"
	"testing"
	"time"
)

func TestWriteScenario(t *testing.T) {
	r := &Recording{Config: "default", Start: start, Seed: 1}
	r.Add(2*time.Second, Command{Op: OpDial, From: "100", To: "101"})
	r.Add(2*time.Second, Command{Op: OpPause})
	r.Add(5*time.Second+250*time.Millisecond, Command{Op: OpAnswer, From: "101"})
	r.Add(6*time.Second, Command{Op: OpTransfer, From: "101", To: "#101"})
	r.Add(6*time.Second, Command{Op: OpStep})
	r.Add(6*time.Second, Command{Op: OpInbound, CallerID: "+4930999", DID: "+4930123450", Trunk: "Provider"})
	r.Add(7*time.Second, Command{Op: OpPickup, From: "102", To: "101"})
	r.Add(8*time.Second, Command{Op: OpDTMF, From: "102", Digits: "1#"})
	r.Add(9*time.Second, Command{Op: OpDrop, From: "+4930999"})
	r.End = 21 * time.Second
	r.Final = []PhoneView{
		{Number: "100", Kind: "ext", State: "talking", Peer: "+4930999"},
		{Number: "101", Kind: "ext", State: "ringing", Peer: "100"},
		{Number: "102", Kind: "ext", State: "held", OnHold: true, Peer: "103"},
		{Number: "103", Kind: "ext", State: "idle"},
		{Number: "Provider", Kind: "trunk", State: "connected"},
	}
	var b strings.Builder
	if err := r.WriteScenario(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "recorded-scenario.yaml", b.String())
}
