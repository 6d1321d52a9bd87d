package eval

import "rpbench/csharp/syntax"

// Goto labels: the statements of a block that declares labels run in a
// loop that can restart at any label's index. "goto L" completes with
// ctlGoto and fr.ret holding the label's *gotoTarget (a KNative value, so
// that switch statements tell it from goto case, whose fr.ret is the
// section index as an int); every enclosing statement passes the ctlGoto
// outwards (running finally blocks on the way) until the block that
// declares L catches it and continues from there.

// labelScope is the set of labels one statement list declares.
type labelScope struct {
	targets map[string]*gotoTarget
}

// gotoTarget is one label: the statement list that declares it and the
// index of the labelled statement in the list's compiled statements.
type gotoTarget struct {
	scope *labelScope
	index int
	name  string
}

// enterLabels pushes the labels declared directly in stmts (nil, and
// nothing pushed, when there are none).
func (c *compiler) enterLabels(stmts []syntax.Stmt) *labelScope {
	var ls *labelScope
	for _, s := range stmts {
		for {
			l, ok := s.(*syntax.LabeledStmt)
			if !ok {
				break
			}
			if ls == nil {
				ls = &labelScope{targets: map[string]*gotoTarget{}}
			}
			ls.targets[l.Label.Name] = &gotoTarget{scope: ls, index: -1, name: l.Label.Name}
			s = l.Stmt
		}
	}
	if ls != nil {
		c.fs.labels = append(c.fs.labels, ls)
	}
	return ls
}

// placeLabels records that the labels of statement s are at index i.
func (ls *labelScope) placeLabels(s syntax.Stmt, i int) {
	for {
		l, ok := s.(*syntax.LabeledStmt)
		if !ok {
			return
		}
		ls.targets[l.Label.Name].index = i
		s = l.Stmt
	}
}

// exitLabels pops the innermost label scope.
func (c *compiler) exitLabels() { c.fs.labels = c.fs.labels[:len(c.fs.labels)-1] }

// gotoLabel compiles goto L: L must be declared in this block or an enclosing one.
func (c *compiler) gotoLabel(s *syntax.BranchStmt) stmtFn {
	name := s.Label.Name
	for i := len(c.fs.labels) - 1; i >= 0; i-- {
		if t, ok := c.fs.labels[i].targets[name]; ok {
			target := Value{K: KNative, R: t}
			return func(fr *Frame) ctl {
				fr.ret = target
				return ctlGoto
			}
		}
	}
	c.errorf(s, "No such label '%s' within the scope of the goto statement", name)
	return nil
}

// run executes fns in order, restarting at a label of ls when a goto aims at it.
func (ls *labelScope) run(fns []stmtFn) stmtFn {
	return func(fr *Frame) ctl {
		for i := 0; i < len(fns); {
			r := fns[i](fr)
			if r == ctlNone {
				i++
				continue
			}
			if r == ctlGoto {
				if t, ok := fr.ret.R.(*gotoTarget); ok && fr.ret.K == KNative && t.scope == ls {
					fr.ret = Null
					i = t.index
					in := fr.c.in
					in.steps++
					if in.steps > in.maxSteps {
						fr.c.step()
					}
					continue
				}
			}
			return r
		}
		return ctlNone
	}
}
