#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Makes sure Debian's Chromium is there for the browser test of the HTML reports (ReportBrowserIT).
# Installs it with apt-get when it is missing and we may (root); otherwise says what to do.
if command -v chromium >/dev/null 2>&1; then
	exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "ensure-chromium: installing Debian's chromium for the browser test of the reports..."
	log=$(mktemp)
	if DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >>"$log" 2>&1; then
		rm -f "$log"
		exit 0
	fi
	tail -n 20 "$log"
	rm -f "$log"
fi
echo "ensure-chromium: chromium is missing; install it (apt-get install chromium) so the browser test can run"
exit 0
