package callflow

import (
	"strings"
	"testing"
	"time"
)

// TestHTTPDelay: a script's HttpClient request completes after the handler's
// Delay of loop time; call events that happen meanwhile (the caller hangs up)
// reach the script first, and HttpClient.Timeout cancels a slow answer.
func TestHTTPDelay(t *testing.T) {
	body := `
        public override async void Start()
        {
            MyCall.OnTerminated += () => MyCall.Info("caller left");
            var http = new System.Net.Http.HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            string path = MyCall.Caller.CallerID == "100" ? "slow" : "fast";
            try
            {
                string s = await http.GetStringAsync("https://crm.example.com/" + path);
                MyCall.Info("got {0} in {1}", s, ExecutionMode);
            }
            catch (TaskCanceledException e) { MyCall.Info("timeout: {0}", e.Message); }
            MyCall.Return(true);
        }`
	var asked []string
	opts := Options{HTTP: func(method, url string, _ []byte, done func(HTTPResponse, error)) {
		asked = append(asked, method+" "+url)
		d := 2 * time.Second
		if strings.HasSuffix(url, "slow") {
			d = 10 * time.Second
		}
		done(HTTPResponse{Status: 200, Body: []byte("ok"), Delay: d}, nil)
	}}
	r := newRig(t, map[string]string{"Test.cs": testScript(body)}, opts)
	r.dial("101", "#200")
	r.run(time.Second)
	r.do(r.p.Drop("101"))
	r.run(5 * time.Second)
	r.want(`0:00:01.000 log c1 #200 info \S+ "caller left"`, `0:00:02.000 log c1 #200 info \S+ "got ok in Wrapup"`, `return c1 #200 true action=none`)
	r.dial("100", "#200")
	r.run(5 * time.Second)
	r.want(`0:00:09.000 log c2 #200 info \S+ "timeout: The request was canceled due to the configured HttpClient.Timeout of 3 seconds elapsing."`, `return c2 #200 true action=terminate`)
	if len(asked) != 2 || asked[0] != "GET https://crm.example.com/fast" {
		t.Errorf("requests = %q", asked)
	}
	r.wantNot(`fault`)
}
