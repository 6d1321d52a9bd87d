package dotnet

import "rpbench/csharp/eval"

func registerTimeZone(r *eval.Registry)   {}
func registerGuidRandom(r *eval.Registry) {}
func registerUri(r *eval.Registry)        {}
func registerHTTP(r *eval.Registry)       {}
func registerIO(r *eval.Registry)         {}
