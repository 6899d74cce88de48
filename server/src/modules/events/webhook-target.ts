/**
 * Where a webhook may send: its host must match the allowlist (WEBHOOK_ALLOWED_HOSTS), and the
 * address the host resolves to is checked at every delivery — loopback, link-local (cloud metadata),
 * unspecified and multicast addresses only when that address is itself listed. The request then goes
 * to the checked address (no second lookup to rebind), and redirects are never followed.
 */
import dns from 'node:dns/promises';
import net from 'node:net';

function patternRegex(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.\\+?^${}()|[\]-]/g, '\\$&'))
    .join('[a-z0-9-]+(?:\\.[a-z0-9-]+)*');
  return new RegExp(`^${body}$`);
}

export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return patterns.some((p) => patternRegex(p).test(h));
}

/** Addresses that are never an intranet service by accident: only reachable when listed by address. */
function sensitive(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a, b] = address.split('.').map(Number);
    return a === 127 || a === 0 || (a === 169 && b === 254) || a >= 224;
  }
  const x = address.toLowerCase();
  if (x.startsWith('::ffff:')) return sensitive(x.slice(7));
  return (
    x === '::1' ||
    x === '::' ||
    x.startsWith('fe8') ||
    x.startsWith('fe9') ||
    x.startsWith('fea') ||
    x.startsWith('feb') ||
    x.startsWith('ff')
  );
}

export type TargetCheck = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/** Parse a webhook URL: http(s), a host, no credentials. */
export function parseTarget(raw: string): URL | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(u.protocol) || !u.hostname || u.username || u.password || raw.length > 2000)
    return null;
  return u;
}

export async function checkTarget(raw: string, patterns: readonly string[]): Promise<TargetCheck> {
  const u = parseTarget(raw);
  if (!u) return { ok: false, reason: 'not an http(s) URL' };
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!hostAllowed(host, patterns)) return { ok: false, reason: `host ${host} is not on the allowlist` };
  let addresses: { address: string; family: number }[];
  try {
    addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await dns.lookup(host, { all: true });
  } catch (e) {
    return { ok: false, reason: `host ${host} does not resolve (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  // Every address must pass: a name resolving to a public and a metadata address is refused.
  for (const a of addresses) {
    if (sensitive(a.address) && !hostAllowed(a.address, patterns)) {
      return { ok: false, reason: `host ${host} resolves to ${a.address}, which is not allowed` };
    }
  }
  if (!addresses.length) return { ok: false, reason: `host ${host} has no address` };
  return { ok: true, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}
