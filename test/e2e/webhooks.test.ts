/**
 * 数据推送 in the console, the way a district admin goes: 系统管理 → 数据推送, a webhook to a
 * receiver on loopback created with its secret shown once, its deliveries read after a change and
 * one sent again (same webhook-id), the event feed; no such menu for township staff; and the
 * dashboard reloading its figures when an event arrives over graphql-ws (no page reload).
 */
import http from 'node:http';
import { Webhook as Verifier } from 'standardwebhooks';
import { dataOf } from '../helpers/app';
import { browserSuite, describeE2E, E2E_WAIT as WAIT, screenshot } from './browser';

jest.setTimeout(300_000);

describeE2E('数据推送 (webhooks, events) and the live dashboard in a browser', () => {
  const suite = browserSuite({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', JOB_QUEUE_POLL_MS: '100' });
  const received: { msgId: string; verified: boolean }[] = [];
  let secret = '';
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      let verified: boolean;
      try {
        new Verifier(secret).verify(Buffer.concat(chunks).toString(), headers);
        verified = true;
      } catch {
        verified = false;
      }
      received.push({ msgId: headers['webhook-id'], verified });
      res.writeHead(204).end();
    });
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    port = (receiver.address() as { port: number }).port;
  });
  afterAll(() => new Promise((r) => receiver.close(r)));

  const until = async (what: string, fn: () => boolean | Promise<boolean>) => {
    const deadline = Date.now() + WAIT;
    while (!(await fn())) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what}; received ${JSON.stringify(received)}; the server's log: ${JSON.stringify(await deliveries())}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /** Every webhook's deliveries as the server holds them, with their attempts. */
  async function deliveries() {
    const admin = await suite.t.login('admin');
    const { webhooks } = dataOf(
      await suite.t.gql<{ webhooks: { items: { id: string }[] } }>(`{ webhooks { items { id } } }`, {}, admin),
    );
    const logs = await Promise.all(
      webhooks.items.map(
        async (w) =>
          dataOf(
            await suite.t.gql<{
              webhookDeliveries: { items: { eventType: string; status: string; attemptLog: unknown[] }[] };
            }>(
              `query($w: ID!) { webhookDeliveries(webhookId: $w) { items { eventType status attemptLog { at statusCode error } } } }`,
              { w: w.id },
              admin,
            ),
          ).webhookDeliveries.items,
      ),
    );
    return logs.flat();
  }

  async function touchUnit(n: number) {
    const t = suite.t;
    const admin = await t.login('admin');
    const b = dataOf(
      await t.gql<{ branches: { items: { id: string }[] } }>(
        `{ branches(filter: { search: "樱桃沟社区" }) { items { id } } }`,
        {},
        admin,
      ),
    ).branches.items[0];
    dataOf(
      await t.gql(
        `mutation($id: ID!, $i: UpdateUnitInput!) { updateUnit(id: $id, input: $i) { id } }`,
        { id: b.id, i: { sortOrder: n } },
        admin,
      ),
    );
  }

  it('a district admin registers a webhook, reads its deliveries, redelivers and pages the events', async () => {
    const page = await suite.signIn('admin');
    await page.getByText('系统管理').waitFor();
    await page.getByRole('menuitem', { name: '数据推送' }).click();
    await page.waitForURL(/#\/webhooks/);
    await page.getByTestId('webhook-url').fill(`http://127.0.0.1:${port}/hook`);
    await page.getByRole('button', { name: '新建推送' }).click();
    secret = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await screenshot(page, 'webhooks-01-secret-shown-once');
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByTestId('webhook-row').first().waitFor();
    expect(await page.getByTestId('webhook-row').first().innerText()).toContain(`127.0.0.1:${port}`);

    await touchUnit(51);
    await until('a verified delivery', () => received.some((r) => r.verified));
    // The receiver has its answer before the server has written the attempt down: the log is
    // opened once the server holds the delivery as delivered (what the page then shows is checked).
    await until('the delivery recorded as delivered', async () =>
      (await deliveries()).some((d) => d.eventType === 'unit.updated' && d.status === 'DELIVERED'),
    );
    await page.getByRole('button', { name: '推送记录' }).first().click();
    const row = page.getByTestId('delivery-row').filter({ hasText: 'unit.updated' }).first();
    await row.getByText('已送达').waitFor();
    const msgId = (await row.locator('td').nth(1).innerText()).trim();
    expect(msgId).toMatch(/^evt_\d+$/);
    await screenshot(page, 'webhooks-02-deliveries');
    const before = received.filter((r) => r.msgId === msgId).length;
    await row.getByRole('button', { name: '重新推送' }).click();
    await page.getByText('已加入推送队列').waitFor();
    await until('the redelivery', () => received.filter((r) => r.msgId === msgId).length > before);

    await page.getByRole('tab', { name: '事件流' }).click();
    await page.getByTestId('event-row').filter({ hasText: 'unit.updated' }).first().waitFor();
    await screenshot(page, 'webhooks-03-events');
    await page.close();
  });

  it('township staff have no 数据推送', async () => {
    const page = await suite.signIn('township');
    await page.getByText('系统管理').waitFor();
    await page.getByRole('menuitem', { name: '数据导入' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '数据推送' }).count()).toBe(0);
    await page.close();
  });

  it('the dashboard reloads its figures when an event arrives', async () => {
    const page = await suite.signIn('leader');
    const board = page.getByTestId('campaign-dashboard');
    await board.waitFor();
    expect(await board.getAttribute('data-live-event')).toBe('');
    // The subscription opens with the page; keep changing until one lands (no fixed wait).
    let n = 60;
    await until('a live event on the dashboard', async () => {
      await touchUnit(n++);
      return ((await board.getAttribute('data-live-event')) ?? '') !== '';
    });
    await page.close();
  });
});
