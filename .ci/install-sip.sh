#!/bin/sh
# Installs sipp (Debian's sip-tester) for the SIP tests of phones/sip, quietly
# and idempotently: nothing happens when sipp is already on PATH.
set -eu
if command -v sipp >/dev/null 2>&1; then
	exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends sip-tester >/dev/null
command -v sipp >/dev/null
