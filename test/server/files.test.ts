/**
 * Evidence files: POST /files checks the type by content and the size, stores by content hash;
 * GET /files/:id follows the visibility of the records that reference the file; day-old unattached
 * uploads are pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dataOf, startTestApp, type GqlError, type TestApp } from '../helpers/app';
import { blobPath, FileService, pruneUnreferencedFiles } from '../../server/src/modules/files/file.service';
import { defineModule } from '../../server/src/graphql/module';
import { modules } from '../../server/src/modules';
import type { RecordVisibility } from '../../server/src/common/visibility';
import type { Principal } from '../../server/src/common/principal';
import { graphql } from '../gql';

/** What POST /files answers for a stored file. */
interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  url: string;
  uploadedAt: string;
}

// A 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c00000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7), Buffer.from([0xff, 0xd9])]);

async function upload(
  t: TestApp,
  token: string | null,
  bytes: Buffer,
  name: string,
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${t.url}/files`, {
    method: 'POST',
    body: form,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
  });
  // Read as whichever of the two the test expects: the stored file (201) or a refusal's errors.
  return { status: res.status, body: (await res.json()) as StoredFile & { errors: GqlError[] } };
}

async function download(t: TestApp, token: string | null, id: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/files/${id}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  const buf = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, buf, json: () => JSON.parse(buf.toString('utf8')) };
}

/** The visibility the tests give their own record type: only the listed usernames read its records. */
const readers = new Set<string>();
const testRecordVisibility: RecordVisibility = async (_em, p, ids) => new Set(readers.has(p.username) ? ids : []);
/** The application's modules and one more, whose records of type TestRecord carry evidence files. */
const withTestRecords = [
  ...modules,
  defineModule({ name: 'test-records', fileVisibility: { TestRecord: testRecordVisibility } }),
];

const tmpLeft = (t: TestApp) => fs.readdirSync(path.join(t.filesDir, 'tmp'));

describe('evidence files', () => {
  let t: TestApp;
  let branch: string;
  let township: string;
  beforeAll(async () => {
    t = await startTestApp({ modules: withTestRecords });
    branch = await t.login('branch');
    township = await t.login('township');
  });
  afterAll(() => t.close());

  it('stores an upload by content hash and serves it to its uploader, with safe headers and an ETag', async () => {
    const r = await upload(t, branch, PNG, '村务公开栏.png');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: '村务公开栏.png',
      mimeType: 'image/png',
      size: PNG.length,
      url: `/files/${r.body.id}`,
    });
    expect(r.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.readFileSync(blobPath(t.filesDir, r.body.sha256))).toEqual(PNG);
    const d = await download(t, branch, r.body.id);
    expect(d.status).toBe(200);
    expect(d.buf).toEqual(PNG);
    expect(d.headers.get('content-type')).toBe('image/png');
    expect(d.headers.get('x-content-type-options')).toBe('nosniff');
    expect(d.headers.get('content-disposition')).toContain("filename*=UTF-8''" + encodeURIComponent('村务公开栏.png'));
    expect((await download(t, branch, r.body.id, { 'if-none-match': d.headers.get('etag')! })).status).toBe(304);
    expect(tmpLeft(t)).toEqual([]);
  });

  it('keeps one blob for the same bytes uploaded twice, as two uploads', async () => {
    const a = await upload(t, branch, JPEG, 'a.jpg');
    const b = await upload(t, township, JPEG, 'b.jpg');
    expect(a.status).toBe(201);
    expect(b.body.sha256).toBe(a.body.sha256);
    expect(b.body.id).not.toBe(a.body.id);
    expect(
      fs.readdirSync(path.dirname(blobPath(t.filesDir, a.body.sha256))).filter((f) => f === a.body.sha256),
    ).toHaveLength(1);
  });

  it('stores an upload sent again with its Idempotency-Key once, answering the retry with the first upload', async () => {
    const bytes = Buffer.concat([JPEG.subarray(0, 4), Buffer.alloc(300, 9), JPEG.subarray(-2)]);
    const count = async () =>
      Number(
        (
          await t.orm.em
            .fork()
            .execute<{ n: string }[]>('select count(*) n from stored_file where sha256 = ?', [
              (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'),
            ])
        )[0].n,
      );
    const key = { 'idempotency-key': 'photo-0001-abcdef' };
    const first = await upload(t, branch, bytes, '现场.jpg', key);
    const again = await upload(t, branch, bytes, '现场.jpg', key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await count()).toBe(1);
    // The same key for other bytes is a different request: refused, nothing stored.
    const other = await upload(t, branch, PNG, '现场.jpg', key);
    expect(other.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY.KEY_REUSED' });
    // Keys are the user's own: another user's upload with the same key is a new upload.
    const theirs = await upload(t, township, bytes, '现场.jpg', key);
    expect(theirs.body.id).not.toBe(first.body.id);
    expect(await count()).toBe(2);
    expect(
      (await upload(t, branch, bytes, 'x.jpg', { 'idempotency-key': 'no' })).body.errors[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientMutationId' });
    expect(tmpLeft(t)).toEqual([]);
  });

  it('decides the type by content: executables, HTML, SVG and plain archives are refused whatever their name', async () => {
    const refused = [
      [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]), '现场照片.jpg'],
      [Buffer.from('<html><script>alert(1)</script></html>'), '通报.pdf'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.svg'],
      [
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60), Buffer.from('payload.exe')]),
        '材料.docx',
      ],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), 'macro.msi'],
    ] as const;
    const before = await t.orm.em.fork().execute('select count(*)::int as n from stored_file');
    for (const [bytes, name] of refused) {
      const r = await upload(t, branch, bytes, name);
      expect({ name, status: r.status, ext: r.body.errors[0].extensions }).toEqual({
        name,
        status: 415,
        ext: { code: 'BAD_USER_INPUT', reason: 'FILE.TYPE_NOT_ALLOWED', field: 'file' },
      });
    }
    expect(await t.orm.em.fork().execute('select count(*)::int as n from stored_file')).toEqual(before);
    expect(tmpLeft(t)).toEqual([]);
  });

  it('accepts PDF and office documents, telling them apart by what they hold', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('进度').addRow(['任务', '完成']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(t, branch, xlsx, '进度表.xlsx')).body.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // Misnamed: still a spreadsheet.
    expect((await upload(t, branch, xlsx, '进度表.docx')).body.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const pdf = await upload(
      t,
      branch,
      Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      '方案',
    );
    expect(pdf.body).toMatchObject({ mimeType: 'application/pdf', name: '方案.pdf' });
  });

  it('refuses the unauthenticated, API tokens, non-multipart bodies, empty and missing files, with codes', async () => {
    expect((await upload(t, null, PNG, 'x.png')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await upload(t, null, PNG, 'x.png')).status).toBe(401);
    const admin = await t.login('admin');
    const unitId = dataOf(
      await t.gql(
        graphql(`
          query Units {
            units(filter: { level: DISTRICT }) {
              items {
                id
              }
            }
          }
        `),
        {},
        admin,
      ),
    ).units.items[0].id;
    const { token } = dataOf(
      await t.gql(
        graphql(`
          mutation CreateApiTokenToken($u: ID!) {
            createApiToken(input: { name: "files", unitId: $u }) {
              token
            }
          }
        `),
        { u: unitId },
        admin,
      ),
    ).createApiToken;
    const api = await upload(t, token, PNG, 'x.png');
    expect([api.status, api.body.errors[0].extensions.reason]).toEqual([403, 'AUTH.READ_ONLY_TOKEN']);
    const json = await fetch(`${t.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${branch}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect([json.status, ((await json.json()) as { errors: GqlError[] }).errors[0].extensions.reason]).toEqual([
      415,
      'FILE.NOT_MULTIPART',
    ]);
    expect((await upload(t, branch, Buffer.alloc(0), 'empty.png')).body.errors[0].extensions.reason).toBe('FILE.EMPTY');
    const form = new FormData();
    form.append('note', 'no file');
    const none = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${branch}` },
    });
    expect([none.status, ((await none.json()) as { errors: GqlError[] }).errors[0].extensions.reason]).toEqual([
      400,
      'FILE.MISSING',
    ]);
    const broken = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
      headers: { authorization: `Bearer ${branch}`, 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect([broken.status, ((await broken.json()) as { errors: GqlError[] }).errors[0].extensions.reason]).toEqual([
      400,
      'FILE.MALFORMED_UPLOAD',
    ]);
    expect(tmpLeft(t)).toEqual([]);
    // The server is still fine.
    expect((await upload(t, branch, PNG, 'after.png')).status).toBe(201);
  });

  it('refuses an upload over the size limit, keeping nothing', async () => {
    const small = await startTestApp({ env: { FILE_MAX_MB: '1' }, modules: withTestRecords });
    try {
      const token = await small.login('branch');
      // The limit a client checks before sending (the console does): signed in only.
      const LIMITS = graphql(`
        query UploadLimits {
          uploadLimits {
            maxFileBytes
            maxFileMb
          }
        }
      `);
      expect(dataOf(await small.gql(LIMITS, {}, token)).uploadLimits).toEqual({
        maxFileBytes: 1024 * 1024,
        maxFileMb: 1,
      });
      expect((await small.gql(LIMITS)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const big = Buffer.concat([JPEG.subarray(0, 4), Buffer.alloc(1024 * 1024 + 10, 1)]);
      const r = await upload(small, token, big, 'big.jpg');
      expect([r.status, r.body.errors[0].extensions]).toEqual([
        413,
        { code: 'BAD_USER_INPUT', reason: 'FILE.TOO_LARGE', field: 'file', params: { mb: 1 } },
      ]);
      expect(r.body.errors[0].message).toContain('1 MB');
      expect(await small.orm.em.fork().execute('select count(*)::int as n from stored_file')).toEqual([{ n: 0 }]);
      expect(tmpLeft(small)).toEqual([]);
      // Just under the limit passes.
      expect(
        (await upload(small, token, Buffer.concat([JPEG.subarray(0, 4), Buffer.alloc(1024 * 1024 - 100, 1)]), 'ok.jpg'))
          .status,
      ).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('serves an attached file exactly to those who can read a record that uses it; others get the answer for a missing id', async () => {
    const up = (await upload(t, branch, PNG, '整改前.png')).body;
    const missing = await download(t, township, '99999999');
    expect(missing.status).toBe(404);
    // Not attached: the uploader only.
    const before = await download(t, township, up.id);
    expect([before.status, before.json()]).toEqual([404, missing.json()]);
    expect((await download(t, null, up.id)).status).toBe(401);
    expect((await download(t, branch, 'abc')).json()).toEqual(missing.json());

    await t.orm.em
      .fork()
      .execute(
        `insert into file_reference (file_id, record_type, record_id, created_at) values (?, 'TestRecord', 1, now())`,
        [Number(up.id)],
      );
    readers.clear();
    readers.add('township');
    expect((await download(t, township, up.id)).status).toBe(200);
    // Attached to a record the uploader cannot read: not even the uploader.
    const mine = await download(t, branch, up.id);
    expect([mine.status, mine.json()]).toEqual([404, missing.json()]);
  });

  it('attaches only the caller’s own uploads or files of records they can read', async () => {
    const own = (await upload(t, branch, PNG, 'own.png')).body;
    const others = (await upload(t, township, JPEG, 'theirs.jpg')).body;
    const em = t.orm.em.fork();
    const [{ id: branchUserId }] = await em.execute('select id from app_user where username = ?', ['branch']);
    const p = { userId: branchUserId, username: 'branch' } as Principal;
    const files = new FileService(em, () => t.clock.now(), { TestRecord: testRecordVisibility });
    await expect(files.attach(p, [Number(others.id)], { recordType: 'TestRecord', recordId: 2 })).rejects.toMatchObject(
      { extensions: { code: 'BAD_USER_INPUT', reason: 'FILE.NOT_FOUND', field: 'evidenceFileIds' } },
    );
    await expect(files.attach(p, [99999999], { recordType: 'TestRecord', recordId: 2 })).rejects.toMatchObject({
      extensions: { reason: 'FILE.NOT_FOUND' },
    });
    const attached = await files.attach(p, [Number(own.id), Number(own.id)], { recordType: 'TestRecord', recordId: 2 });
    expect(attached.map((f) => f.id)).toEqual([Number(own.id)]);
    await em.flush();
    expect(
      await em.execute('select record_type, record_id from file_reference where file_id = ?', [Number(own.id)]),
    ).toEqual([{ record_type: 'TestRecord', record_id: 2 }]);
    // Reusing evidence of a readable record.
    readers.add('branch');
    await expect(files.attach(p, [Number(own.id)], { recordType: 'TestRecord', recordId: 3 })).resolves.toHaveLength(1);
    readers.delete('branch');
  });

  it('prunes uploads nobody attached after a day, keeping attached ones and shared blobs', async () => {
    const lone = (await upload(t, branch, Buffer.concat([JPEG, Buffer.from('lone')]), 'lone.jpg')).body;
    const kept = (await upload(t, branch, Buffer.concat([JPEG, Buffer.from('kept')]), 'kept.jpg')).body;
    await t.orm.em
      .fork()
      .execute(
        `insert into file_reference (file_id, record_type, record_id, created_at) values (?, 'TestRecord', 9, now())`,
        [Number(kept.id)],
      );
    const em = t.orm.em.fork();
    expect(await pruneUnreferencedFiles(em, t.filesDir, new Date(t.clock.now().getTime() + 3_600_000))).toBe(0);
    const removed = await pruneUnreferencedFiles(em, t.filesDir, new Date(t.clock.now().getTime() + 25 * 3_600_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(blobPath(t.filesDir, lone.sha256))).toBe(false);
    expect(fs.existsSync(blobPath(t.filesDir, kept.sha256))).toBe(true);
    const left = await em.execute('select id from stored_file where id in (?, ?)', [Number(lone.id), Number(kept.id)]);
    expect(left).toEqual([{ id: Number(kept.id) }]);
  });
});
