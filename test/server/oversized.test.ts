/**
 * Every oversized request gets its answer: the server reads and discards the body (up to a bound)
 * before answering 413, so a client that is still sending reads the coded answer instead of EPIPE
 * or a reset, and the connection ends with the server's orderly close (never a reset, which would
 * throw away an answer not yet read). Through Node's fetch and through a raw socket that writes the whole body first; no
 * timing: each request either gets its complete answer or the test fails.
 */
import net from 'node:net';
import { startTestApp, type TestApp } from '../helpers/app';

const FILE_MAX_MB = 1;
const MB = 1024 * 1024;
const ROUNDS = 20;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A socket error seen (after or instead of the answer). */
  error: string | null;
}

/**
 * One HTTP/1.1 request on a fresh connection, `Connection: close`: the whole body is written (as a
 * single write, or chunked), then everything the server sends is read until it closes.
 */
function raw(
  url: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  opts: { chunked?: boolean } = {},
): Promise<RawAnswer> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    const received: Buffer[] = [];
    let error: string | null = null;
    socket.on('data', (d: Buffer) => received.push(d));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split).split('\r\n') : [];
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const hdrs = Object.fromEntries(
        head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers: hdrs, body: split >= 0 ? text.slice(split + 4) : '', error });
    });
    const lines = [
      `POST ${path} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Connection: close',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      opts.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`,
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (opts.chunked) {
      // Chunks of 256 KiB: the size is known only as it arrives.
      for (let at = 0; at < body.length; at += 256 * 1024) {
        const part = body.subarray(at, at + 256 * 1024);
        socket.write(`${part.length.toString(16)}\r\n`);
        socket.write(part);
        socket.write('\r\n');
      }
      socket.write('0\r\n\r\n');
    } else socket.write(body);
  });
}

/** A GraphQL request of about `bytes` bytes (a long unused variable). */
const bigGraphql = (bytes: number) =>
  Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } }));

const BOUNDARY = '----fivestar-oversized';
/** A multipart upload whose file part holds `bytes` bytes (a JPEG's first bytes, then filler). */
function multipart(bytes: number): Buffer {
  const file = Buffer.alloc(bytes, 7);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(file);
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

const reasonOf = (body: string) =>
  (JSON.parse(body) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason;

describe('oversized requests are answered, every time', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { FILE_MAX_MB: String(FILE_MAX_MB) } });
    token = await t.login('branch');
  });
  afterAll(() => t.close());

  // Far over the limit (refused by its declared length) and just over it (refused while reading).
  const uploadSizes = (i: number) => (i % 2 === 0 ? 5 * MB : FILE_MAX_MB * MB + 20 * 1024);

  it(`a 5 MB GraphQL body: ${ROUNDS} × 413 REQUEST.TOO_LARGE through fetch`, async () => {
    const answers: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Uint8Array(bigGraphql(5 * MB)),
      });
      answers.push(`${res.status} ${reasonOf(await res.text())}`);
    }
    expect(answers).toEqual(Array(ROUNDS).fill('413 REQUEST.TOO_LARGE'));
    // The connections stay usable: a normal request right after.
    expect(
      (await fetch(`${t.url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': '1' } })).status,
    ).toBe(200);
  }, 120_000);

  it(`a 5 MB GraphQL body: ${ROUNDS} × 413 through a raw socket (declared length and chunked)`, async () => {
    const answers: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const a = await raw(t.url, '/graphql', { 'Content-Type': 'application/json' }, bigGraphql(5 * MB), {
        chunked: i % 2 === 1,
      });
      answers.push(`${a.status} ${a.status ? reasonOf(a.body) : '-'} ${a.error ?? 'closed cleanly'}`);
    }
    expect(answers).toEqual(Array(ROUNDS).fill('413 REQUEST.TOO_LARGE closed cleanly'));
  }, 120_000);

  it(`an upload over FILE_MAX_MB: ${ROUNDS} × 413 FILE.TOO_LARGE through fetch`, async () => {
    const answers: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const res = await fetch(`${t.url}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body: new Uint8Array(multipart(uploadSizes(i))),
      });
      answers.push(`${res.status} ${reasonOf(await res.text())}`);
    }
    expect(answers).toEqual(Array(ROUNDS).fill('413 FILE.TOO_LARGE'));
    const stored = await t.orm.em
      .fork()
      .execute('select count(*)::int as n from stored_file where name = ?', ['big.jpg']);
    expect(stored).toEqual([{ n: 0 }]);
  }, 120_000);

  it(`an upload over FILE_MAX_MB: ${ROUNDS} × 413 through a raw socket`, async () => {
    const answers: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const a = await raw(
        t.url,
        '/files',
        { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
        multipart(uploadSizes(i)),
        { chunked: i % 4 === 3 },
      );
      answers.push(`${a.status} ${a.status ? reasonOf(a.body) : '-'} ${a.error ?? 'closed cleanly'}`);
    }
    expect(answers).toEqual(Array(ROUNDS).fill('413 FILE.TOO_LARGE closed cleanly'));
  }, 120_000);

  it('an early refusal other than the size (no token on an upload) is read by the client too', async () => {
    const a = await raw(
      t.url,
      '/files',
      { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
      multipart(3 * MB),
    );
    expect([a.status, reasonOf(a.body), a.error]).toEqual([401, 'AUTH.UNAUTHENTICATED', null]);
  });
});
