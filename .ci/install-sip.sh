#!/bin/sh
# Installs the real SIP peers of phones/sip's tests, quietly and idempotently:
# sipp (Debian's sip-tester), baresip (baresip-core) and Linphone's console
# client (linphone-cli). Nothing happens when they are already on PATH.
set -eu
need=""
command -v sipp >/dev/null 2>&1 || need="$need sip-tester"
command -v baresip >/dev/null 2>&1 || need="$need baresip-core"
command -v linphonec >/dev/null 2>&1 || need="$need linphone-cli"
if [ -z "$need" ]; then
	exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
command -v sipp >/dev/null && command -v baresip >/dev/null && command -v linphonec >/dev/null
