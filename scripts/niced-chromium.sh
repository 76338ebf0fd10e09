#!/bin/sh
# The browser of the "shared" e2e project (playwright.config.ts), at a lower CPU priority: the specs that time input
# latency ("latency" project, normal priority) run beside it and still get the cores when they need them.
# As root, Chromium sets its threads' priorities itself (0, and -8 for display work), which would undo `nice`:
# without CAP_SYS_NICE it can only lower them further.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  exec nice -n 10 setpriv --inh-caps=-sys_nice --bounding-set=-sys_nice "$NICED_CHROMIUM" "$@"
fi
exec nice -n 10 "$NICED_CHROMIUM" "$@"
