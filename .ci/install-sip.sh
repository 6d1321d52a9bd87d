#!/bin/sh
# Installs the real SIP peers of phones/sip's tests, quietly and idempotently:
# sipp (Debian's sip-tester, required), baresip (baresip-core) and Linphone's
# console client (linphone-cli). Nothing happens for those already on PATH.
# The tests of a peer that is missing skip with a message.
set -eu
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
updated=""
install() { # install PACKAGE COMMAND
	if command -v "$2" >/dev/null 2>&1; then
		return 0
	fi
	if [ -z "$updated" ]; then
		$SUDO apt-get update -qq >/dev/null
		updated=1
	fi
	$SUDO apt-get install -y -qq --no-install-recommends "$1" >/dev/null && command -v "$2" >/dev/null
}
install sip-tester sipp
install baresip-core baresip || echo "install-sip: baresip-core did not install; its tests will skip" >&2
install linphone-cli linphonec || echo "install-sip: linphone-cli did not install; its tests will skip" >&2
