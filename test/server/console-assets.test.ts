/**
 * How the server hands out the console's built files: hashed assets precompressed and cached for
 * good, the shell never cached, and a missing asset a 404 rather than the shell.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../helpers/app';

/** A GET without the automatic decompression of fetch: the bytes and headers as sent. */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('console assets', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fivestar-admin-'));
  const script = `console.log(${JSON.stringify('五星'.repeat(2000))});\n`;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/admin/assets/index-AbC123.js"></script>',
    );
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), script);
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.gz'), zlib.gzipSync(script));
    fs.writeFileSync(path.join(dir, 'assets', 'logo-XyZ789.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    t = await startTestApp({ env: { ADMIN_DIR: dir } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const asset = (name: string) => `${t.url}/admin/assets/${name}`;

  it('sends brotli, then gzip, then the plain file, as the client accepts, with the script type', async () => {
    const br = await get(asset('index-AbC123.js'), { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get(asset('index-AbC123.js'), { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get(asset('index-AbC123.js'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.body.length).toBeGreaterThan(br.body.length * 5);
  });

  it('caches hashed assets for a year and never the shell', async () => {
    for (const name of ['index-AbC123.js', 'logo-XyZ789.png']) {
      const res = await get(asset(name), { 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect(
      (await get(asset('logo-XyZ789.png'), { 'accept-encoding': 'br' })).headers['content-encoding'],
    ).toBeUndefined();
    const shell = await get(`${t.url}/admin/`);
    expect(shell.status).toBe(200);
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(shell.body.toString()).toContain('<div id="root">');
  });

  it('answers a missing or odd asset name with 404, not the console shell', async () => {
    for (const name of [
      'index-Old999.js',
      '..%2Findex.html',
      '%2e%2e%2fpackage.json',
      'index-AbC123.js.br.x',
      '.hidden.js',
    ]) {
      const res = await get(asset(name), { 'accept-encoding': 'br' });
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toContain('<div id="root">');
    }
    // A deep link that is not an asset still gets the shell (hash routing lives in the page).
    expect((await get(`${t.url}/admin/some/page`)).body.toString()).toContain('<div id="root">');
  });
});
