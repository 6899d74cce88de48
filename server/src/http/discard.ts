/**
 * An answer given before the request's body was read (a body over the limit, a missing token on an
 * upload): if the server answered and closed while the client was still sending, the client's next
 * write would fail (EPIPE, ECONNRESET) and it would never read the answer. So the rest of the body is
 * read and thrown away first, up to a bound, and only then answered, as nginx's lingering close does.
 * A body that ends within the bound leaves the connection usable; past the bound the answer is sent
 * with `Connection: close` and the connection ends.
 */
import type http from 'node:http';
import { requestInfo } from './request-info';

/** Used when the app did not set one for the request (REQUEST_DISCARD_MAX_MB). */
export const DEFAULT_DISCARD_MAX_BYTES = 64 * 1024 * 1024;

export function answerAfterBody(req: http.IncomingMessage, res: http.ServerResponse, answer: () => void): void {
  if (req.complete || req.readableEnded || req.destroyed) return answer();
  const max = requestInfo(req).discardMaxBytes ?? DEFAULT_DISCARD_MAX_BYTES;
  // Whoever was reading (a body parser, busboy) lets go: from here on the bytes are only counted.
  req.unpipe();
  let seen = 0;
  let done = false;
  const finish = (close: boolean) => {
    if (done) return;
    done = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.off('close', onClose);
    if (close && !res.headersSent) res.setHeader('connection', 'close');
    answer();
  };
  const onData = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > max) finish(true);
  };
  const onEnd = () => finish(false);
  const onError = () => finish(true);
  const onClose = () => finish(true);
  req.on('data', onData);
  req.once('end', onEnd);
  req.once('error', onError);
  req.once('close', onClose);
  req.resume();
}
