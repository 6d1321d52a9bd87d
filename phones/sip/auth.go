package sip

import (
	"fmt"

	"github.com/emiago/sipgo/sip"
	"github.com/icholy/digest"
)

// realm is the digest realm of rpbench's registrar.
const realm = "rpbench"

// challenge issues a fresh nonce (from the loop's generator) and returns the
// WWW-Authenticate value. On the loop.
func (s *Server) challenge() string {
	if len(s.nonces) >= 1000 {
		clear(s.nonces) // older challenges simply get a new one
	}
	nonce := fmt.Sprintf("%016x", s.p.Loop().Rand().Uint64())
	s.nonces[nonce] = true
	c := digest.Challenge{Realm: realm, Nonce: nonce, Algorithm: "MD5", QOP: []string{"auth"}}
	return c.String()
}

// authorized reports whether req carries digest credentials of ext with
// password for a nonce this server issued. On the loop.
// Reference: RFC 3261 §22.4, RFC 2617 §3.2.2.
func (s *Server) authorized(req *sip.Request, ext, password string) bool {
	h := req.GetHeader("Authorization")
	if h == nil {
		return false
	}
	cred, err := digest.ParseCredentials(h.Value())
	if err != nil || cred.Username != ext || cred.Realm != realm || !s.nonces[cred.Nonce] {
		return false
	}
	chal := &digest.Challenge{Realm: realm, Nonce: cred.Nonce, Algorithm: cred.Algorithm}
	if cred.QOP != "" {
		chal.QOP = []string{cred.QOP}
	}
	want, err := digest.Digest(chal, digest.Options{Method: string(req.Method), URI: cred.URI, Username: ext,
		Password: password, Cnonce: cred.Cnonce, Count: cred.Nc})
	return err == nil && want.Response == cred.Response
}
