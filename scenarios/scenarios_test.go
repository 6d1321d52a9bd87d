package scenarios

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"rpbench/runner"
)

// TestScenarios replays every scenario of this folder; each must pass.
func TestScenarios(t *testing.T) {
	files, err := runner.Collect([]string{"."})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 8 {
		t.Fatalf("only %d scenarios found", len(files))
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			opts := runner.Options{RoutePointHost: runner.CallflowHost, CheckScripts: runner.CallflowCheck}
			s, err := runner.Load(f, opts)
			if err != nil {
				t.Fatal(err)
			}
			r := runner.Run(s, opts)
			if r.Failure != nil {
				t.Fatalf("%s\nevents:\n%s", r.Failure.Detail(), runner.EventLog(r.Events))
			}
		})
	}
}

// TestSchemaKnowsEveryVerb checks that docs/scenario.schema.json is valid
// JSON and names every verb, key and event kind the decoder knows, and
// that docs/scenario-format.md documents each of them.
func TestSchemaKnowsEveryVerb(t *testing.T) {
	data, err := os.ReadFile("../docs/scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Step struct {
				OneOf []struct {
					Properties map[string]json.RawMessage `json:"properties"`
				} `json:"oneOf"`
			} `json:"step"`
			Event struct {
				OneOf []struct {
					Properties map[string]json.RawMessage `json:"properties"`
				} `json:"oneOf"`
			} `json:"event"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatalf("schema is not valid JSON: %v", err)
	}
	doc, err := os.ReadFile("../docs/scenario-format.md")
	if err != nil {
		t.Fatal(err)
	}
	schemaVerbs := map[string]string{}
	for _, v := range schema.Defs.Step.OneOf {
		for k, raw := range v.Properties {
			if k != "name" {
				schemaVerbs[k] = string(raw)
			}
		}
	}
	for _, verb := range runner.Verbs() {
		raw, ok := schemaVerbs[verb]
		if !ok {
			t.Errorf("schema has no step %q", verb)
			continue
		}
		for _, key := range runner.VerbKeys(verb) {
			if !strings.Contains(raw, `"`+key+`"`) {
				t.Errorf("schema step %q lacks key %q", verb, key)
			}
		}
		if !strings.Contains(string(doc), "| `"+verb+"` |") {
			t.Errorf("docs/scenario-format.md has no table row for verb %q", verb)
		}
		delete(schemaVerbs, verb)
	}
	for extra := range schemaVerbs {
		t.Errorf("schema has step %q, which the decoder does not know", extra)
	}
	kinds := map[string]string{}
	for _, v := range schema.Defs.Event.OneOf {
		for k, raw := range v.Properties {
			kinds[k] = string(raw)
		}
	}
	var known []string
	for _, kind := range runner.MatcherKinds {
		known = append(known, kind)
		raw, ok := kinds[kind]
		if !ok {
			t.Errorf("schema has no event kind %q", kind)
			continue
		}
		for _, key := range runner.MatcherKeys(kind) {
			if !strings.Contains(raw, `"`+key+`"`) {
				t.Errorf("schema event %q lacks key %q", kind, key)
			}
		}
		if !strings.Contains(string(doc), "| `"+kind+"` |") {
			t.Errorf("docs/scenario-format.md has no table row for event kind %q", kind)
		}
	}
	sort.Strings(known)
	if len(kinds) != len(known) {
		t.Errorf("schema event kinds %v, decoder knows %v", kinds, known)
	}
}

// TestDocExamples loads every complete scenario (a ```yaml block starting
// with "version: 1") in the format's documentation and the README, so the
// examples cannot drift from the decoder.
func TestDocExamples(t *testing.T) {
	opts := runner.Options{CheckScripts: runner.CallflowCheck}
	n := 0
	for _, doc := range []string{"../docs/scenario-format.md", "../README.md"} {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		blocks := strings.Split(string(data), "```yaml\n")
		for i, b := range blocks[1:] {
			body, _, _ := strings.Cut(b, "```")
			if !strings.HasPrefix(body, "version: 1") {
				continue
			}
			if strings.HasSuffix(blocks[i], "-->\n") {
				// a file of the README's route-point walk-through, with its own script and
				// config: cmd/rpbench's TestReadmeRoutePointWalkthrough runs it
				continue
			}
			n++
			// Name the example as if it stood in scenarios/, so relative paths resolve.
			name := fmt.Sprintf("doc%d-%s-%d.yaml", n, filepath.Base(doc), i+1)
			if _, err := runner.LoadBytes(name, []byte(body), opts); err != nil {
				t.Errorf("example %d of %s does not load:\n%v\n%s", i+1, doc, err, body)
			}
		}
	}
	if n < 2 {
		t.Errorf("found %d complete examples", n)
	}
}
