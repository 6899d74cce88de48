import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { dataOf, startTestApp, type TestApp } from '../helpers/app';

/**
 * The integrator's guide cannot rot: its curl command and its Node script (docs/integrators.md),
 * taken from the page as they are, run against a live server — the script pages the feed and
 * verifies the signature of a real webhook delivery.
 */
const root = path.resolve(__dirname, '..', '..');
const guide = fs.readFileSync(path.join(root, 'docs', 'integrators.md'), 'utf8');
const block = (after: string, lang: string) => {
  const start = guide.indexOf(after);
  const open = guide.indexOf('```' + lang + '\n', start);
  return guide.slice(open + lang.length + 4, guide.indexOf('\n```', open + 1));
};

let t: TestApp;
let token: string;
let admin: string;
let child: ChildProcess | null = null;
// Beside node_modules, so that the script's `import 'standardwebhooks'` resolves as it would for a reader.
const script = path.join(root, 'node_modules', '.cache', `fivestar-integrator-${process.pid}.mjs`);

beforeAll(async () => {
  t = await startTestApp({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', JOB_QUEUE_POLL_MS: '100' } });
  admin = await t.login('admin');
  const d = dataOf(
    await t.gql<{ units: { items: { id: string }[] } }>(
      `{ units(filter: { level: DISTRICT }) { items { id } } }`,
      {},
      admin,
    ),
  );
  token = dataOf(
    await t.gql<{ createApiToken: { token: string } }>(
      `mutation($u: ID!) { createApiToken(input: { name: "对接脚本", unitId: $u }) { token } }`,
      { u: d.units.items[0].id },
      admin,
    ),
  ).createApiToken.token;
  fs.mkdirSync(path.dirname(script), { recursive: true });
  fs.writeFileSync(script, block('## A Node script', 'js'));
});
afterAll(async () => {
  child?.kill();
  fs.rmSync(script, { force: true });
  await t.close();
});

const touch = async (n: number) => {
  const b = dataOf(
    await t.gql<{ branches: { items: { id: string }[] } }>(`{ branches(perPage: 1) { items { id } } }`, {}, admin),
  ).branches.items[0];
  dataOf(
    await t.gql(
      `mutation($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`,
      { id: b.id, i: { sortOrder: n } },
      admin,
    ),
  );
};

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

it('the curl example answers a page of events', async () => {
  await touch(3);
  const cmd = block('## Paging the feed with curl', 'bash').replace('http://localhost:4000', t.url);
  // Asynchronously: the server answering curl runs in this very process.
  const r = await promisify(execFile)('bash', ['-c', cmd], {
    env: { ...process.env, FIVESTAR_TOKEN: token },
    encoding: 'utf8',
  });
  const body = JSON.parse(r.stdout) as { data: { events: { pageInfo: { hasNextPage: boolean } } } };
  expect(body.data.events.pageInfo.hasNextPage).toBe(false);
});

it('the Node script pages the feed and verifies a real delivery', async () => {
  await touch(4);
  const expected = await (async () => {
    for (;;) {
      const r = dataOf(
        await t.gql<{ events: { edges: { node: { id: string } }[] } }>(
          `{ events(first: 100) { edges { node { id } } } }`,
          {},
          token,
        ),
      );
      if (r.events.edges.length) return r.events.edges.map((e) => e.node.id);
      await new Promise((res) => setTimeout(res, 25));
    }
  })();
  const port = await freePort();
  const created = dataOf(
    await t.gql<{ createWebhook: { secret: string } }>(
      `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }`,
      { i: { url: `http://127.0.0.1:${port}/`, withinId: (await firstDistrict()).id } },
      admin,
    ),
  ).createWebhook;
  const lines: string[] = [];
  let err = '';
  child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      FIVESTAR_URL: t.url,
      FIVESTAR_TOKEN: token,
      WEBHOOK_SECRET: created.secret,
      PORT: String(port),
    },
  });
  child.stdout!.on('data', (c: Buffer) => lines.push(...c.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const until = async (what: string, fn: () => boolean) => {
    const deadline = Date.now() + 60_000;
    while (!fn()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${lines.join(' | ')} ${err}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  await until('listening', () => lines.some((l) => l.startsWith('listening')));
  const printed = lines.filter((l) => l.startsWith('event ')).map((l) => l.split(' ')[1]);
  expect(printed.slice(0, expected.length)).toEqual(expected);
  expect(lines.some((l) => /^cursor \S+/.test(l))).toBe(true);
  await touch(5);
  await until('a verified delivery', () => lines.some((l) => /^verified evt_\d+ /.test(l)));
  // A forged delivery is refused by the same code.
  const forged = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    headers: {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': 'v1,Zm9yZ2Vk',
    },
    body: '{"type":"unit.updated"}',
  });
  expect(forged.status).toBe(400);
  // A hang guard above the 60 s of each wait inside, so that a slow step is named by its wait.
}, 200_000);

async function firstDistrict() {
  return dataOf(
    await t.gql<{ units: { items: { id: string }[] } }>(
      `{ units(filter: { level: DISTRICT }) { items { id } } }`,
      {},
      admin,
    ),
  ).units.items[0];
}
