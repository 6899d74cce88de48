// Slow files first: with two workers, a long file started last keeps one worker busy while the
// other is idle. Jest orders by the durations it recorded on this machine when it has them; a clean
// clone (CI) has none, and the default fallback (file size) would start the one-line walk files
// last. So: the files known to be long, longest first, then jest's own order.
const Sequencer = require('@jest/test-sequencer').default;

const SLOW = [
  // Longest first, as measured in a full run on a loaded two-core machine (seconds).
  'e2e/walk-leader-desktop', // 236
  'reliability/idempotency', // 216
  'server/admin-create', // 209
  'e2e/walk-taskforce-desktop', // 190
  'e2e/accounts', // 143
  'e2e/walk-branch-desktop', // 143
  'reliability/soak', // 128
  'e2e/webhooks', // 125
  'e2e/imports', // 106
  'e2e/walk-taskforce-phone', // 102
  'e2e/walk-leader-phone', // 101
  'e2e/walk-admin-desktop', // 89
  'e2e/console', // 86
  'e2e/stars', // 85
  'e2e/findings', // 85
  'e2e/inbox', // 81
  'e2e/walk-branch-phone', // 79
  'server/integrators', // 76
  'e2e/walk-township-desktop', // 75
  'reliability/hostile', // 73
  'server/oversized', // 70
  'e2e/residents', // 66
  'reliability/faults', // 57
  'e2e/walk-admin-phone', // 56
  'e2e/offline', // 55
];
const rank = (path) => {
  const i = SLOW.findIndex((s) => path.replace(/\\/g, '/').includes(`/test/${s}.test.`));
  return i < 0 ? SLOW.length : i;
};

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return Array.isArray(ordered)
      ? [...ordered].sort((a, b) => rank(a.path) - rank(b.path))
      : ordered.then((o) => [...o].sort((a, b) => rank(a.path) - rank(b.path)));
  }
}

module.exports = SlowFirstSequencer;
