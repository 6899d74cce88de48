/**
 * Residents' requests: the public form and tracking code, every stage to the evaluation (不满意
 * reopens), deadlines on the working-day calendar, scope and roles, bad input, the rate limit per
 * address, photos checked by content, the three rates against independent SQL, and PIPL: no unmasked
 * name, phone or address reaches anyone but the staff handling the request.
 */
import { startTestApp, type TestApp } from '../helpers/app';

interface Err {
  message: string;
  extensions: { code: string; reason?: string; field?: string };
}
type R<T = Record<string, unknown>> = { data?: T; errors?: Err[] };

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3b8d50000000049454e44ae426082',
  'hex',
);

const REQ_FIELDS = `id stage category residentName phone address trackingCode handledByMe overdue deadline unitId
  timeline { action fromStage toStage byName note }`;

describe('residents', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let community: string;
  let township: string;
  let district: string;
  let cherry: string;
  let apiToken: string;

  const q = async <T = Record<string, unknown>>(
    who: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => (await t.gql(query, variables, who ? tok[who] : undefined)) as R<T>;
  const ok = async <T = Record<string, unknown>>(
    who: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const r = await q<T>(who, query, variables);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };
  const err = async (who: string | null, query: string, variables?: Record<string, unknown>) => {
    const r = await q(who, query, variables);
    if (!r.errors) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
    return r.errors[0].extensions;
  };

  const SUBMIT = `mutation S($input: SubmitResidentRequestInput!) { submitResidentRequest(input: $input) { trackingCode stage residentName phone steps { action } } }`;
  const submit = (input: Record<string, unknown>) =>
    q<{ submitResidentRequest: { trackingCode: string; residentName: string; phone: string } }>(null, SUBMIT, {
      input: { unitId: community, category: 'HELP', title: '楼道灯坏了', content: '请修一下', ...input },
    });
  const byCode = async (code: string) =>
    (
      await ok<{ residentRequests: { items: { id: string }[] } }>(
        'jianxin',
        `query($s: String) { residentRequests(filter: { search: $s }) { items { id } } }`,
        {
          s: code,
        },
      )
    ).residentRequests.items[0].id;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RESIDENT_FORM_PER_ADDRESS_PER_HOUR: '60' } });
    for (const u of ['admin', 'leader', 'supervisor', 'township', 'branch', 'jianxin', 'taskforce'])
      tok[u] = await t.login(u);
    const units = await ok<{ units: { items: { id: string; name: string; parentId: string | null }[] } }>(
      'admin',
      `{ units(filter: { search: "建新南街社区" }) { items { id name parentId } } }`,
    );
    const c = units.units.items.find((u) => u.name === '建新南街社区')!;
    community = c.id;
    township = c.parentId!;
    district = (
      await ok<{ units: { items: { id: string }[] } }>(
        'admin',
        `{ units(filter: { level: DISTRICT }) { items { id } } }`,
      )
    ).units.items[0].id;
    cherry = (
      await ok<{ units: { items: { id: string }[] } }>(
        'admin',
        `{ units(filter: { search: "樱桃沟社区" }) { items { id } } }`,
      )
    ).units.items[0].id;
    const created = await ok<{ createApiToken: { token: string } }>(
      'admin',
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`,
      { i: { name: 'residents-test', unitId: district } },
    );
    apiToken = created.createApiToken.token;
    tok.api = apiToken;
  });
  afterAll(() => t.close());

  it('the public form gives a tracking code; the tracking view masks the resident', async () => {
    const r = await submit({ residentName: '张三丰', phone: '13812341234', address: '建新南街12号院3号楼2单元' });
    expect(r.errors).toBeUndefined();
    const s = r.data!.submitResidentRequest;
    expect(s.trackingCode).toMatch(/^[2-9A-Z]{10}$/);
    expect(s.residentName).toBe('张**');
    expect(s.phone).toBe('138****1234');
    const tracked = await ok<{ trackResidentRequest: { stage: string; phone: string } }>(
      null,
      `query($c: String!) { trackResidentRequest(code: $c) { stage phone } }`,
      { c: s.trackingCode.toLowerCase() },
    );
    expect(tracked.trackResidentRequest).toEqual({ stage: 'REGISTERED', phone: '138****1234' });
    expect(await err(null, `{ trackResidentRequest(code: "AAAAAAAAAA") { stage } }`)).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'RESIDENT_REQUEST.UNKNOWN_TRACKING_CODE',
    });
  });

  it('refuses bad submissions with a coded error naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ residentName: '李四' }, 'phone', 'RESIDENT_REQUEST.CONTACT_REQUIRED'],
      [{ residentName: '李四', phone: '12345' }, 'phone', 'INPUT.INVALID_PHONE'],
      [{ anonymous: true, phone: '13812341234' }, 'phone', 'RESIDENT_REQUEST.ANONYMOUS_WITH_CONTACT'],
      [{ anonymous: true, website: 'http://spam' }, 'website', 'RESIDENT_REQUEST.HONEYPOT'],
      [{ anonymous: true, title: ' ' }, 'title', 'INPUT.REQUIRED'],
      [{ anonymous: true, unitId: township.replace(/\d+/, '999999') }, 'unitId', 'RESIDENT_REQUEST.UNKNOWN_COMMUNITY'],
      [{ anonymous: true, unitId: district }, 'unitId', 'RESIDENT_REQUEST.NOT_A_COMMUNITY'],
    ];
    for (const [input, field, reason] of cases) {
      const r = await submit(input);
      expect(r.errors?.[0].extensions).toMatchObject({ code: expect.any(String), field, reason });
    }
    // An anonymous request is fine.
    expect((await submit({ anonymous: true })).errors).toBeUndefined();
  });

  it('goes through every stage; 不满意 reopens; every step is on the timeline', async () => {
    t.clock.set('2026-09-30T02:00:00Z');
    const reg = await ok<{ registerResidentRequest: { id: string; residentName: string; trackingCode: string } }>(
      'jianxin',
      `mutation($i: RegisterResidentRequestInput!) { registerResidentRequest(input: $i) { id residentName trackingCode } }`,
      {
        i: {
          unitId: community,
          channel: 'LETTER',
          category: 'CONSULTATION',
          title: '医保续缴咨询',
          content: '如何续缴？',
          residentName: '王秀英',
          phone: '13900001111',
        },
      },
    );
    const id = reg.registerResidentRequest.id;
    expect(reg.registerResidentRequest.residentName).toBe('王秀英');
    const code = reg.registerResidentRequest.trackingCode;
    // A consultation received on 30 September is due two working days later: 1–7 October are the
    // National Day holiday, so 9 October (8 October is the first working day).
    const acc = await ok<{ acceptResidentRequest: { stage: string; deadline: string } }>(
      'jianxin',
      `mutation($id: ID!) { acceptResidentRequest(id: $id) { stage deadline } }`,
      { id },
    );
    expect(acc.acceptResidentRequest).toEqual({ stage: 'ACCEPTED', deadline: '2026-10-09' });
    // Not the township's, leader's or another branch's to act on.
    expect(
      await err('leader', `mutation($id: ID!) { feedbackResidentRequest(id: $id, feedback: "x") { id } }`, { id }),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'RESIDENT_REQUEST.FORBIDDEN',
    });
    expect(await err('branch', `mutation($id: ID!) { acceptResidentRequest(id: $id) { id } }`, { id })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'RESIDENT_REQUEST.NOT_FOUND',
    });
    // Out of order: feedback before handling.
    expect(
      await err('jianxin', `mutation($id: ID!) { feedbackResidentRequest(id: $id, feedback: "x") { id } }`, { id }),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const meeting = await ok<{ createResidentMeeting: { id: string; requestIds: string[] } }>(
      'jianxin',
      `mutation($i: CreateResidentMeetingInput!) { createResidentMeeting(input: $i) { id requestIds } }`,
      {
        i: {
          unitId: community,
          heldOn: '2026-10-08',
          topic: '医保',
          attendees: '书记、居民代表',
          solution: '上门讲解',
          requestIds: [id],
        },
      },
    );
    expect(meeting.createResidentMeeting.requestIds).toEqual([id]);
    await ok(
      'jianxin',
      `mutation($id: ID!) { handleResidentRequest(id: $id, responsibleUnit: "社区医保站", responsiblePerson: "刘主任") { id } }`,
      { id },
    );
    t.clock.set('2026-10-09T08:00:00Z');
    await ok(
      'jianxin',
      `mutation($id: ID!) { feedbackResidentRequest(id: $id, feedback: "已上门讲解续缴办法") { id } }`,
      { id },
    );
    const reopened = await ok<{ evaluateResidentRequest: { stage: string } }>(
      null,
      `mutation($c: String!) { evaluateResidentRequest(code: $c, evaluation: UNSATISFIED, comment: "没讲清楚") { stage } }`,
      { c: code },
    );
    expect(reopened.evaluateResidentRequest.stage).toBe('HANDLING');
    await ok('jianxin', `mutation($id: ID!) { feedbackResidentRequest(id: $id, feedback: "再次讲解并代办") { id } }`, {
      id,
    });
    t.clock.set('2026-10-12T08:00:00Z');
    const overdueList = await ok<{ residentRequests: { total: number } }>(
      'admin',
      `query($u: ID) { residentRequests(filter: { unitId: $u, overdue: true, ids: [] }) { total } }`,
      { u: community },
    );
    expect(overdueList.residentRequests.total).toBe(0);
    await ok('jianxin', `mutation($id: ID!) { recordResidentEvaluation(id: $id, evaluation: SATISFIED) { id } }`, {
      id,
    });
    const done = await ok<{
      residentRequest: { stage: string; timeline: { action: string; byName: string }[] } & Record<string, unknown>;
    }>(
      'jianxin',
      `query($id: ID!) { residentRequest(id: $id) { ${REQ_FIELDS} respondedOnTime reopenCount evaluationVia } }`,
      { id },
    );
    expect(done.residentRequest).toMatchObject({
      stage: 'CLOSED',
      respondedOnTime: true,
      reopenCount: 1,
      evaluationVia: 'CALL_BACK',
    });
    expect(done.residentRequest.timeline.map((e) => e.action)).toEqual([
      'REGISTER',
      'ACCEPT',
      'CONSULT',
      'HANDLE',
      'FEEDBACK',
      'REOPEN',
      'FEEDBACK',
      'EVALUATE',
    ]);
    expect(
      await err(null, `mutation($c: String!) { evaluateResidentRequest(code: $c, evaluation: SATISFIED) { stage } }`, {
        c: code,
      }),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    t.clock.set(new Date());
  });

  it('merges a duplicate and refers another unit’s matter with its reason', async () => {
    const a = (await submit({ anonymous: true, title: '噪音' })).data!.submitResidentRequest.trackingCode;
    const b = (await submit({ anonymous: true, title: '噪音again' })).data!.submitResidentRequest.trackingCode;
    const [ida, idb] = [await byCode(a), await byCode(b)];
    expect(
      await err(
        'jianxin',
        `mutation($id: ID!, $u: ID!) { referResidentRequest(id: $id, unitId: $u, reason: " ") { id } }`,
        { id: idb, u: cherry },
      ),
    ).toMatchObject({
      field: 'reason',
    });
    const merged = await ok<{ mergeResidentRequest: { stage: string; mergedIntoId: string } }>(
      'jianxin',
      `mutation($id: ID!, $into: ID!) { mergeResidentRequest(id: $id, intoId: $into) { stage mergedIntoId } }`,
      { id: idb, into: ida },
    );
    expect(merged.mergeResidentRequest).toEqual({ stage: 'MERGED', mergedIntoId: ida });
    const referred = await ok<{ referResidentRequest: { unitId: string; stage: string; handledByMe: boolean } }>(
      'jianxin',
      `mutation($id: ID!, $u: ID!) { referResidentRequest(id: $id, unitId: $u, reason: "属樱桃沟辖区") { unitId stage handledByMe } }`,
      { id: ida, u: cherry },
    );
    expect(referred.referResidentRequest).toEqual({ unitId: cherry, stage: 'REGISTERED', handledByMe: false });
    // Now 樱桃沟社区's staff handle it.
    await ok('branch', `mutation($id: ID!) { acceptResidentRequest(id: $id) { id } }`, { id: ida });
  });

  it('staff-only operations refuse anonymous callers and API tokens', async () => {
    expect(await err(null, `{ residentRequests { total } }`)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const r = await q(
      'api',
      `mutation($i: RegisterResidentRequestInput!) { registerResidentRequest(input: $i) { id } }`,
      {
        i: { unitId: community, channel: 'PHONE', category: 'HELP', title: 'x', content: 'y', anonymous: true },
      },
    );
    expect(r.errors?.[0].extensions.reason).toBe('AUTH.READ_ONLY_TOKEN');
    expect(
      await err('leader', `mutation($i: RegisterResidentRequestInput!) { registerResidentRequest(input: $i) { id } }`, {
        i: { unitId: community, channel: 'PHONE', category: 'HELP', title: 'x', content: 'y', anonymous: true },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // 樱桃沟社区's staff do not see 建新南街社区's requests at all.
    const mine = await ok<{ residentRequests: { total: number } }>(
      'branch',
      `query($u: ID) { residentRequests(filter: { unitId: $u }) { total } }`,
      {
        u: community,
      },
    );
    expect(mine.residentRequests.total).toBe(0);
    expect(
      await err('branch', `query($u: ID!) { residentRates(unitId: $u, year: 2026) { unit { unitId } } }`, {
        u: community,
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await err('admin', `query($u: ID!) { residentRates(unitId: $u, year: 2026, month: 13) { unit { unitId } } }`, {
        u: community,
      }),
    ).toMatchObject({
      field: 'month',
    });
  });

  it('the three rates match independent SQL at community, township and district level, with drill-down and trend', async () => {
    type Fig = {
      total: number;
      respondedOnTime: number;
      resolved: number;
      evaluated: number;
      satisfied: number;
      responseRate: number | null;
      satisfactionRate: number | null;
    };
    const QUERY = `query($u: ID!) { residentRates(unitId: $u, year: 2026) {
      unit { unitId figures { total respondedOnTime resolved evaluated satisfied responseRate satisfactionRate } }
      byChild { unitId figures { total } } byMonth { month figures { total } } } }`;
    for (const u of [community, township, district]) {
      const got = (
        await ok<{
          residentRates: {
            unit: { figures: Fig };
            byChild: { unitId: string; figures: { total: number } }[];
            byMonth: { month: string; figures: { total: number } }[];
          };
        }>('admin', QUERY, { u })
      ).residentRates;
      const [want] = await t.orm.em.fork().execute<Record<string, number>[]>(
        `select count(*)::int as total, count(*) filter (where responded_on_time)::int as "respondedOnTime",
           count(*) filter (where stage in ('FEEDBACK','CLOSED'))::int as resolved,
           count(*) filter (where evaluation is not null)::int as evaluated,
           count(*) filter (where evaluation in ('SATISFIED','BASICALLY_SATISFIED'))::int as satisfied
         from resident_request r where stage <> 'MERGED'
           and received_at >= '2026-01-01T00:00:00+08:00' and received_at < '2027-01-01T00:00:00+08:00'
           and r.unit_id in (select id from unit where path like (select path from unit where id = ?) || '%')`,
        [Number(u)],
      );
      expect(got.unit.figures).toMatchObject(want);
      expect(got.unit.figures.total).toBeGreaterThan(100);
      expect(got.unit.figures.responseRate).toBeCloseTo(want.respondedOnTime / want.total, 3);
      expect(got.byChild.reduce((n, c) => n + c.figures.total, 0)).toBe(u === community ? 0 : want.total);
      expect(got.byMonth.reduce((n, m) => n + m.figures.total, 0)).toBe(want.total);
      // A whole year reads the statistics' rollups; each child agrees with the requests themselves.
      const perChild = await t.orm.em.fork().execute<{ id: number; total: number }[]>(
        `select c.id, count(r.id)::int as total from unit c
           left join unit u on u.path like c.path || '%'
           left join resident_request r on r.unit_id = u.id and r.stage <> 'MERGED'
             and r.received_at >= '2026-01-01T00:00:00+08:00' and r.received_at < '2027-01-01T00:00:00+08:00'
         where c.parent_id = ? group by c.id`,
        [Number(u)],
      );
      expect(Object.fromEntries(got.byChild.map((c) => [c.unitId, c.figures.total]))).toEqual(
        Object.fromEntries(perChild.map((c) => [String(c.id), c.total])),
      );
      // One month is counted from the requests (no rollup per month): the same request counts.
      const busiest = got.byMonth.reduce((a, b) => (b.figures.total > a.figures.total ? b : a));
      const month = (
        await ok<{ residentRates: { unit: { figures: { total: number } } } }>(
          'admin',
          `query($u: ID!, $m: Int) { residentRates(unitId: $u, year: 2026, month: $m) { unit { figures { total } } } }`,
          { u, m: Number(busiest.month.slice(5)) },
        )
      ).residentRates.unit.figures.total;
      expect(month).toBe(busiest.figures.total);
    }
  });

  it('campaignStats carries the residents’ figures at community, township and district level, also right after a change', async () => {
    const STATS = `query($u: ID!) { campaignStats(unitId: $u, year: 2026) {
      figures { residents { total resolved satisfied evaluated respondedOnTime satisfactionRate } }
      byChild { unitId figures { residents { total } } } } }`;
    type S = {
      campaignStats: {
        figures: { residents: { total: number; resolved: number } };
        byChild: { unitId: string; figures: { residents: { total: number } } }[];
      };
    };
    const rates = async (u: string) =>
      (
        await ok<{ residentRates: { unit: { figures: { total: number; resolved: number } } } }>(
          'admin',
          `query($u: ID!) { residentRates(unitId: $u, year: 2026) { unit { figures { total resolved } } } }`,
          { u },
        )
      ).residentRates.unit.figures;
    for (const u of [community, township, district]) {
      const s = (await ok<S>('admin', STATS, { u })).campaignStats;
      expect(s.figures.residents).toMatchObject(await rates(u));
      if (u === township)
        expect(s.byChild.find((c) => c.unitId === community)!.figures.residents.total).toBe(
          (await rates(community)).total,
        );
    }
    const before = (await ok<S>('admin', STATS, { u: township })).campaignStats.figures.residents.total;
    expect((await submit({ anonymous: true, title: '新的诉求' })).errors).toBeUndefined();
    const after = (await ok<S>('admin', STATS, { u: township })).campaignStats.figures.residents.total;
    expect(after).toBe(before + 1);
    const d = (await ok<S>('admin', STATS, { u: district })).campaignStats.figures.residents.total;
    expect(d).toBe((await rates(district)).total);
  });

  it('volunteers, supervisors, activities and the public pledge page', async () => {
    const members = await ok<{ v: { total: number }; s: { total: number } }>(
      'leader',
      `query($u: ID) { v: communityMembers(unitId: $u, kind: VOLUNTEER) { total } s: communityMembers(unitId: $u, kind: SUPERVISOR) { total } }`,
      { u: community },
    );
    expect(members).toEqual({ v: { total: 43 }, s: { total: 24 } });
    const months = await ok<{ communityActivityMonths: { activities: number }[] }>(
      'jianxin',
      `query($u: ID!) { communityActivityMonths(unitId: $u, year: 2026) { month activities participants residentsReached } }`,
      { u: community },
    );
    expect(months.communityActivityMonths.reduce((n, m) => n + m.activities, 0)).toBe(60);
    await ok('jianxin', `mutation($i: CommunityActivityInput!) { createCommunityActivity(input: $i) { id } }`, {
      i: {
        unitId: community,
        heldOn: '2026-12-01',
        kind: 'PATROL',
        title: '冬季巡逻',
        participants: 8,
        residentsReached: 40,
      },
    });
    expect(
      await err('jianxin', `mutation($i: CommunityActivityInput!) { createCommunityActivity(input: $i) { id } }`, {
        i: {
          unitId: community,
          heldOn: '2026-12-01',
          kind: 'PATROL',
          title: 'x',
          participants: -1,
          residentsReached: 40,
        },
      }),
    ).toMatchObject({ field: 'participants' });
    expect(
      await err('leader', `mutation($i: CommunityMemberInput!) { createCommunityMember(input: $i) { id } }`, {
        i: { unitId: community, kind: 'VOLUNTEER', name: '某', joinedOn: '2026-01-01' },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await err('branch', `mutation($i: CommunityMemberInput!) { createCommunityMember(input: $i) { id } }`, {
        i: { unitId: community, kind: 'VOLUNTEER', name: '某', joinedOn: '2026-01-01' },
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    await ok('jianxin', `mutation($i: CommunityPledgeInput!) { createCommunityPledge(input: $i) { id } }`, {
      i: {
        unitId: community,
        officialName: '周明',
        post: '社区监委会主任',
        pledge: '监督到位',
        signedOn: '2026-12-01',
      },
    });
    const html = await (await fetch(`${t.url}/r/${community}/pledges`)).text();
    expect(html).toContain('微权说廉');
    expect(html).toContain('周明');
  });

  it('the HTML form: photos checked by content, oversized bodies answered, the rate limit per address', async () => {
    const form = await fetch(`${t.url}/r/${community}`);
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain('清风邮局');
    expect(page).not.toMatch(/(src|href)="https?:/);
    const body = new FormData();
    body.set('category', 'COMPLAINT');
    body.set('title', '路灯');
    body.set('content', '路灯不亮');
    body.set('residentName', '赵六');
    body.set('phone', '13700007777');
    body.append('photos', new Blob([PNG], { type: 'image/png' }), 'a.png');
    const sent = await fetch(`${t.url}/r/${community}`, { method: 'POST', body, redirect: 'manual' });
    expect(sent.status).toBe(303);
    const where = sent.headers.get('location')!;
    const tracking = await (await fetch(`${t.url}${where}`)).text();
    expect(tracking).toContain('137****7777');
    expect(tracking).not.toContain('13700007777');
    const code = /code=([2-9A-Z]{10})/.exec(where)![1];
    const id = await byCode(code);
    const photos = await t.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from resident_photo where request_id = ?`, [Number(id)]);
    expect(photos).toHaveLength(1);
    const mine = await fetch(`${t.url}/r/photos/${photos[0].id}`, {
      headers: { authorization: `Bearer ${tok.jianxin}` },
    });
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);
    const theirs = await fetch(`${t.url}/r/photos/${photos[0].id}`, {
      headers: { authorization: `Bearer ${tok.leader}` },
    });
    expect(theirs.status).toBe(404);
    const missing = await fetch(`${t.url}/r/photos/999999`, { headers: { authorization: `Bearer ${tok.leader}` } });
    expect(await missing.json()).toEqual(await theirs.json());
    const anonymous = await fetch(`${t.url}/r/photos/${photos[0].id}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as R).errors![0].extensions.reason).toBe('AUTH.UNAUTHENTICATED');
    // The branch kit prints the form's address and QR code.
    const kit = await (
      await fetch(`${t.url}/kit/branches/${community}`, { headers: { authorization: `Bearer ${tok.jianxin}` } })
    ).text();
    expect(kit).toContain('id="resident-form-qr"');
    expect(kit).toContain(`/r/${community}`);
    expect(kit).toMatch(/<svg[^>]*>/);
    const pdf = await fetch(`${t.url}/kit/branches/${community}.pdf`, {
      headers: { authorization: `Bearer ${tok.jianxin}` },
    });
    expect(pdf.status).toBe(200);

    const bad = new FormData();
    bad.set('category', 'HELP');
    bad.set('title', 'x');
    bad.set('content', 'y');
    bad.set('anonymous', '1');
    bad.append('photos', new Blob(['<script>alert(1)</script>'], { type: 'image/png' }), 'x.png');
    const refused = await fetch(`${t.url}/r/${community}`, { method: 'POST', body: bad, redirect: 'manual' });
    expect(refused.status).toBe(415);
    expect(await refused.text()).toContain('RESIDENT_REQUEST.PHOTO_NOT_IMAGE');

    const huge = new FormData();
    huge.set('title', 'x');
    huge.append('photos', new Blob([Buffer.alloc(40 * 1024 * 1024)]), 'big.jpg');
    const big = await fetch(`${t.url}/r/${community}`, { method: 'POST', body: huge, redirect: 'manual' });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('RESIDENT_REQUEST.PHOTO_TOO_LARGE');

    // The budget is 60 an hour per address (this test app): it runs out, coded 429 with Retry-After.
    let limited: Response | null = null;
    for (let i = 0; i < 70 && !limited; i++) {
      const r = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SUBMIT,
          variables: { input: { unitId: community, category: 'HELP', title: 't', content: 'c', anonymous: true } },
        }),
      });
      if (r.status === 429) limited = r;
    }
    expect(limited).not.toBeNull();
    expect(limited!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited!.json()) as R).errors![0].extensions.reason).toBe('RATE_LIMIT.EXCEEDED');
  });

  it('PIPL: every path, as every role and token, shows no unmasked personal data outside the handlers', async () => {
    const rows = await t.orm.em
      .fork()
      .execute<{ id: number; resident_name: string; phone: string; address: string }[]>(
        `select id, resident_name, phone, address from resident_request where resident_name is not null and unit_id = ? order by id limit 40`,
        [Number(community)],
      );
    const secrets = rows.flatMap((r) => [r.resident_name, r.phone, r.address]).filter((s) => s.length >= 3);
    const ids = rows.map((r) => String(r.id));
    const paths = [
      [
        `query($ids: [ID!]) { residentRequests(perPage: 100, filter: { ids: $ids }) { items { ${REQ_FIELDS} } } }`,
        { ids },
      ],
      [`query($id: ID!) { residentRequest(id: $id) { ${REQ_FIELDS} } }`, { id: ids[0] }],
      [
        `query($u: ID!) { residentRates(unitId: $u, year: 2026) { unit { unitName figures { total } } byChild { unitName } } }`,
        { u: district },
      ],
      [`{ auditEntries(perPage: 100, filter: { targetType: "ResidentRequest" }) { items { changes } } }`, {}],
    ] as const;
    for (const who of ['admin', 'leader', 'supervisor', 'township', 'branch', 'taskforce', 'api', null]) {
      for (const [query, variables] of paths) {
        const text = JSON.stringify(await q(who, query, variables as Record<string, unknown>));
        for (const s of secrets)
          expect({ who, query, leaked: text.includes(s) ? s : null }).toEqual({ who, query, leaked: null });
      }
    }
    // The handlers read them in full.
    const full = JSON.stringify(await q('jianxin', paths[0][0], paths[0][1] as Record<string, unknown>));
    for (const s of secrets) expect(full).toContain(s);
    // Nothing unmasked in the audit trail's stored changes: the values this file sent through mutations.
    const sent = ['张三丰', '13812341234', '建新南街12号院3号楼2单元', '王秀英', '13900001111', '赵六', '13700007777'];
    const [audit] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from audit_entry a where exists (select 1 from json_array_elements_text(?::json) x where a.changes::text like '%' || x || '%')`,
        [JSON.stringify(sent)],
      );
    expect(audit.n).toBe(0);
    const trail = JSON.stringify(await q('admin', paths[3][0], {}));
    for (const s of sent) expect(trail).not.toContain(s);
    expect(trail).toContain('138****1234');
    const [anyAudit] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from audit_entry where target_type = 'ResidentRequest'`);
    expect(anyAudit.n).toBeGreaterThan(0);
  });
});
