package media

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Player is the audio one party hears, as a looping source a speaker pulls
// from. Hear switches the source; Read may be called at the same time from
// the audio thread.
type Player struct {
	// Dir is the folder relative file names resolve against (the PBX
	// config's folder).
	Dir string
	// ReadFile reads a file (nil: os.ReadFile).
	ReadFile func(string) ([]byte, error)

	mu    sync.Mutex
	clip  *Clip // nil: silence
	pos   int
	what  string
	muted bool
	cache map[string]*Clip
}

// Hear switches to what a party hears, in the PBX's terms: kind "moh" or
// "prompt" with a file name, "tone" with a tone name, anything else silence.
// A MOH file that cannot be read plays DemoMusic; an unreadable prompt is
// silence. It reports what now plays ("" for silence).
func (p *Player) Hear(kind, what string) string {
	key := kind + ":" + what
	p.mu.Lock()
	same := key == p.what
	p.mu.Unlock()
	if same {
		return p.Playing()
	}
	var clip *Clip
	desc := ""
	switch kind {
	case "moh":
		clip, desc = p.load(what), "music "+filepath.Base(what)
		if clip == nil {
			clip, desc = p.cached("demo-music", DemoMusic), "music (demo)"
		}
	case "prompt":
		if c := p.load(what); c != nil {
			clip, desc = c, "prompt "+filepath.Base(what)
		}
	case "tone":
		if t, ok := ToneNamed(what); ok {
			clip, desc = p.cached("tone:"+what, t.Render), "tone "+what
		}
	}
	p.mu.Lock()
	p.clip, p.pos, p.what = clip, 0, key
	p.mu.Unlock()
	return desc
}

// Playing describes the current source ("" for silence).
func (p *Player) Playing() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.clip == nil {
		return ""
	}
	k, w, _ := strings.Cut(p.what, ":")
	if k == "moh" {
		return "music " + filepath.Base(w)
	}
	return k + " " + filepath.Base(w)
}

// SetMuted silences the player without forgetting its source.
func (p *Player) SetMuted(m bool) {
	p.mu.Lock()
	p.muted = m
	p.mu.Unlock()
}

// Muted reports whether the player is muted.
func (p *Player) Muted() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.muted
}

// Read fills out with the next samples, looping the source.
func (p *Player) Read(out []int16) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.clip == nil || p.muted || len(p.clip.Samples) == 0 {
		clear(out)
		return
	}
	s := p.clip.Samples
	for i := range out {
		if p.pos >= len(s) {
			p.pos = 0
		}
		out[i] = s[p.pos]
		p.pos++
	}
}

func (p *Player) cached(key string, build func() *Clip) *Clip {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c, ok := p.cache[key]; ok {
		return c
	}
	if p.cache == nil {
		p.cache = map[string]*Clip{}
	}
	c := build()
	p.cache[key] = c
	return c
}

// load reads and decodes a WAV file, or returns nil.
func (p *Player) load(name string) *Clip {
	if !strings.HasSuffix(strings.ToLower(name), ".wav") {
		return nil
	}
	path := name
	if !filepath.IsAbs(path) && p.Dir != "" {
		path = filepath.Join(p.Dir, path)
	}
	p.mu.Lock()
	c, ok := p.cache[path]
	p.mu.Unlock()
	if ok {
		return c
	}
	read := p.ReadFile
	if read == nil {
		read = os.ReadFile
	}
	var clip *Clip
	if data, err := read(path); err == nil {
		clip, _ = DecodeWAV(data)
	}
	p.mu.Lock()
	if p.cache == nil {
		p.cache = map[string]*Clip{}
	}
	p.cache[path] = clip
	p.mu.Unlock()
	return clip
}
