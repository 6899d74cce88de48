/**
 * Where public absolute URLs (the feeds, `publishedPosts`) start: PUBLIC_BASE_URL when set (behind a
 * proxy), else the request's own scheme and host; without a trailing slash.
 */
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';

export function publicBaseOf(
  configured: string | null,
  req: { headers: http.IncomingHttpHeaders; socket: { remoteAddress?: string } },
): string {
  if (configured) return configured.replace(/\/+$/, '');
  const scheme = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  const host = typeof req.headers.host === 'string' && req.headers.host ? req.headers.host : 'localhost';
  return `${scheme}://${host}`.replace(/\/+$/, '');
}
