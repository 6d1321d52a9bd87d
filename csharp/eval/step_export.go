package eval

// Step charges one step against the interpreter's step budget, as a loop
// iteration of C# code does; past the budget it stops the program with a
// positioned error. Library natives that produce elements without running C#
// code (Enumerable.Range, Repeat) call it per element, so that a runaway
// query is stopped like a runaway loop.
func (c *Context) Step() { c.step() }
