// Package scripts embeds rpbench's example route-point scripts: the seed's
// ParkingRoutePointSample.cs (byte for byte as 3CX published it) and our scripts
// for the seed's other use cases. The embedded default PBX config names them as
// "scripts/<file>.cs"; callflow resolves such paths here when no file on disk
// is given.
package scripts

import "embed"

// FS holds every *.cs file of this folder at its base name ("ParkingRoutePointSample.cs").
//
//go:embed *.cs
var FS embed.FS
