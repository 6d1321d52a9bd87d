package monotest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// CompileFlags are the mcs flags every corpus program is compiled with.
var CompileFlags = []string{"-langversion:experimental", "-r:System.Net.Http", "-nowarn:219,414,168,162,649,169,1998,4014"}

// Mono locates the mcs compiler and the mono runtime.
type Mono struct {
	MCS, Mono string // absolute paths
	Version   string // first line of `mcs --version`
	CacheDir  string // where compiled programs are kept, keyed by content hash
}

// Find looks up mcs and mono on PATH. It returns an error saying what is missing.
func Find() (*Mono, error) {
	mcs, err := exec.LookPath("mcs")
	if err != nil {
		return nil, errors.New("mcs not found on PATH (install Mono with .ci/install-mono.sh)")
	}
	mono, err := exec.LookPath("mono")
	if err != nil {
		return nil, errors.New("mono not found on PATH (install Mono with .ci/install-mono.sh)")
	}
	out, err := exec.Command(mcs, "--version").Output()
	if err != nil {
		return nil, fmt.Errorf("mcs --version: %v", err)
	}
	v := strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
	return &Mono{MCS: mcs, Mono: mono, Version: v, CacheDir: filepath.Join(os.TempDir(), "rpbench-monotest")}, nil
}

// Result is what one program did under Mono.
type Result struct {
	Stdout   []byte
	Stderr   []byte
	ExitCode int
}

// CompileError is returned when mcs rejects a program; Output holds its diagnostics.
type CompileError struct {
	Name   string
	Output string
}

func (e *CompileError) Error() string { return e.Name + ": mcs rejected the program:\n" + e.Output }

var cacheMu sync.Mutex // serialises the creation of the cache directory only

// Compile compiles src (named name for messages) and returns the path of the executable,
// reusing a cached build with the same content hash.
func (m *Mono) Compile(ctx context.Context, name string, src []byte) (string, error) {
	h := sha256.New()
	h.Write([]byte(m.Version + "\x00" + strings.Join(CompileFlags, " ") + "\x00"))
	h.Write(src)
	key := hex.EncodeToString(h.Sum(nil))[:32]
	exe := filepath.Join(m.CacheDir, key+".exe")
	if _, err := os.Stat(exe); err == nil {
		return exe, nil
	}
	cacheMu.Lock()
	err := os.MkdirAll(m.CacheDir, 0o755)
	cacheMu.Unlock()
	if err != nil {
		return "", err
	}
	work, err := os.MkdirTemp(m.CacheDir, "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(work)
	file := filepath.Join(work, name+".cs")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		return "", err
	}
	tmpExe := filepath.Join(work, "prog.exe")
	args := append(append([]string{}, CompileFlags...), "-out:"+tmpExe, file)
	cmd := exec.CommandContext(ctx, m.MCS, args...)
	cmd.Env = monoEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", &CompileError{Name: name, Output: strings.ReplaceAll(string(out), work+string(filepath.Separator), "")}
	}
	if err := os.Rename(tmpExe, exe); err != nil {
		return "", err
	}
	return exe, nil
}

// Run runs a compiled program with empty stdin and returns its output and exit code.
func (m *Mono) Run(ctx context.Context, exe string) (*Result, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, m.Mono, exe)
	cmd.Env = monoEnv()
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := &Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee) && ctx.Err() == nil:
		res.ExitCode = ee.ExitCode()
	default:
		return nil, fmt.Errorf("running %s: %v", exe, err)
	}
	return res, nil
}

// CompileAndRun compiles and runs one corpus program.
func (m *Mono) CompileAndRun(ctx context.Context, p *Program) (*Result, error) {
	exe, err := m.Compile(ctx, p.Name, p.Src)
	if err != nil {
		return nil, err
	}
	return m.Run(ctx, exe)
}

// monoEnv is the environment mcs and mono run in: invariant culture, UTF-8 console.
func monoEnv() []string {
	env := []string{"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TZ=UTC"}
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PATH=") || strings.HasPrefix(kv, "HOME=") || strings.HasPrefix(kv, "TMPDIR=") {
			env = append(env, kv)
		}
	}
	return env
}
