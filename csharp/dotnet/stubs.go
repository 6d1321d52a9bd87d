package dotnet

import "rpbench/csharp/eval"

func registerUri(r *eval.Registry)  {}
func registerHTTP(r *eval.Registry) {}
func registerIO(r *eval.Registry)   {}
