// Package gojabench compares rpbench's C# interpreter with goja (JavaScript
// in pure Go) on the same CPU-bound algorithms. It is a separate module so
// that goja never enters the product's go.mod; run it with
//
//	cd bench/goja && go test -run X -bench .
//
// Each benchmark pair (BenchmarkCSharp/NAME and BenchmarkGoja/NAME) runs one
// program that prints its result; TestSameResults checks that both print
// the same thing, so the comparison is of equal work.
package gojabench
