#!/bin/sh
# install-mono.sh installs the Mono C# compiler (mcs) and runtime used as the oracle of the C#
# conformance corpus (go test ./csharp/monotest). Idempotent and quiet: it does nothing when
# every package is already installed, and runs apt-get update only when a package is missing
# and cannot be found in the current package lists.
#
# Packages (Debian 12, Mono 6.8):
#   mono-mcs                          mcs and, by dependency, mono-runtime, mscorlib, System,
#                                     System.Core (System.Linq), System.Numerics
#   libmono-system-net-http4.0-cil    System.Net.Http (HttpClient), referenced by every program
set -eu

PACKAGES="mono-mcs libmono-system-net-http4.0-cil"

missing=""
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done

if [ -z "$missing" ]; then
	exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when apt does not know a missing package yet.
for p in $missing; do
	if ! apt-cache show "$p" >/dev/null 2>&1; then
		$SUDO apt-get update -qq >/dev/null
		break
	fi
done
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
mcs --version
