import { dataOf, errorOf, startTestApp, type TestApp } from '../helpers/app';
import sharp from 'sharp';
import { graphql } from '../gql';

/**
 * 创建动态: a post from draft through both reviews to the public feed, returns with comments, scheduled
 * publishing on the controllable clock, withdrawal, the feed's formats, filters, cursors and 304s, the
 * images public only while a live post uses them, sanitizing against XSS payloads, roles and scope.
 */
let PNG: Buffer;

const CREATE = graphql(`
  mutation PubCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      status
      bodyHtml
      version
      images {
        id
      }
      cover {
        id
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation PubUpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      id
      status
      bodyHtml
    }
  }
`);
const SUBMIT = graphql(`
  mutation PubSubmitPost($id: ID!) {
    submitPost(id: $id) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation PubReviewPost($id: ID!, $input: ReviewPostInput!) {
    reviewPost(id: $id, input: $input) {
      id
      status
      live
      scheduled
      publishedAt
      lastComment
    }
  }
`);
const WITHDRAW = graphql(`
  mutation PubWithdrawPost($id: ID!, $comment: String!) {
    withdrawPost(id: $id, comment: $comment) {
      id
      status
      live
    }
  }
`);
const GET = graphql(`
  query PubPost($id: ID!) {
    post(id: $id) {
      id
      status
      events {
        action
        fromStatus
        toStatus
        byName
        at
        comment
      }
    }
  }
`);
const LIST = graphql(`
  query PubPosts($filter: PostFilterInput) {
    posts(filter: $filter, perPage: 100) {
      total
      items {
        id
        status
        title
      }
    }
  }
`);
const PUBLISHED = graphql(`
  query PubPublished($unitId: ID, $first: Int, $after: String) {
    publishedPosts(unitId: $unitId, first: $first, after: $after) {
      nextCursor
      items {
        id
        title
        contentHtml
        unitName
        coverUrl
        coverThumbnailUrl
        contentHtmlAbsolute
        coverAbsoluteUrl
        coverThumbnailAbsoluteUrl
      }
    }
  }
`);

interface JsonFeed {
  version: string;
  next_url?: string;
  items: { id: string; title: string; content_html: string; image?: string; date_published: string }[];
}

describe('publicity: posts, reviews and the public feed', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  let cherry: string;
  let township: string;
  let otherBranch: string;

  async function upload(token: string, bytes: Buffer, name: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }
  const feed = async (query = '', headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}/feed.json${query}`, { headers });
    return { res, body: res.status === 200 ? ((await res.json()) as JsonFeed) : null };
  };
  const status = async (path: string, headers: Record<string, string> = {}) =>
    (await fetch(`${t.url}${path}`, { headers })).status;

  async function draft(token: string, unitId: string, title: string, extra: Record<string, unknown> = {}) {
    return dataOf(
      await t.gql(
        CREATE,
        { input: { unitId, title, summary: `${title} 摘要`, body: `# ${title}\n\n正文`, ...extra } },
        token,
      ),
    ).createPost;
  }
  /** Draft → submitted → township approved → published, as the three roles do it. */
  async function publish(unitId: string, title: string, extra: Record<string, unknown> = {}, publishAt?: string) {
    const p = await draft(tok.branch, unitId, title, extra);
    expect(dataOf(await t.gql(SUBMIT, { id: p.id }, tok.branch)).submitPost.status).toBe('SUBMITTED');
    expect(dataOf(await t.gql(REVIEW, { id: p.id, input: { approve: true } }, tok.township)).reviewPost.status).toBe(
      'TOWNSHIP_APPROVED',
    );
    const r = dataOf(await t.gql(REVIEW, { id: p.id, input: { approve: true, publishAt } }, tok.admin)).reviewPost;
    expect(r.status).toBe('PUBLISHED');
    return { ...p, ...r };
  }

  beforeAll(async () => {
    PNG = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    t = await startTestApp({
      env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE: '100000' },
    });
    t.clock.set('2027-03-01T10:00:00+08:00');
    const em = t.orm.em.fork();
    await em.execute(
      `insert into app_user (username, display_name, password_hash) select 'township_x', '另一街道', password_hash from app_user where username = 'township'`,
    );
    await em.execute(
      `insert into role_assignment (user_id, role, unit_id) select (select id from app_user where username = 'township_x'), 'TOWNSHIP_STAFF', x.id from unit x
        where x.level = 'TOWNSHIP' and x.id <> (select r.unit_id from role_assignment r join app_user u on u.id = r.user_id where u.username = 'township') order by x.id limit 1`,
    );
    for (const u of ['admin', 'leader', 'township', 'township_x', 'branch', 'supervisor']) tok[u] = await t.login(u);
    const [c] = await em.execute<{ id: number; parent_id: number }[]>(
      `select id, parent_id from unit where name = '樱桃沟社区'`,
    );
    cherry = String(c.id);
    township = String(c.parent_id);
    const [o] = await em.execute<{ id: number }[]>(
      `select id from unit where level = 'BRANCH' and parent_id <> ? order by id limit 1`,
      [c.parent_id],
    );
    otherBranch = String(o.id);
  });
  afterAll(() => t.close());

  it('demo data: posts in every state, sample content marked, only live ones in the feed', async () => {
    const rows = await t.orm.em
      .fork()
      .execute<{ status: string; n: number; marked: number }[]>(
        `select status, count(*)::int as n, count(*) filter (where title like '%（示例）%')::int as marked from post group by status order by status`,
      );
    expect(rows.map((r) => r.status)).toEqual([
      'DRAFT',
      'PUBLISHED',
      'RETURNED',
      'SUBMITTED',
      'TOWNSHIP_APPROVED',
      'WITHDRAWN',
    ]);
    for (const r of rows) expect(r.marked).toBe(r.n);
    const { body } = await feed();
    // Five published, one of them scheduled for 2030: four live.
    expect(body!.items).toHaveLength(4);
    expect(body!.items.every((i) => !i.title.includes('平安法治'))).toBe(true);
  });

  it('a post goes from draft through both reviews to /feed.json and /feed.xml, without a token, absolute image URLs', async () => {
    const img = await upload(tok.branch, PNG, 'photo.png');
    const cover = await upload(tok.branch, PNG, 'cover.png');
    const p = await draft(tok.branch, cherry, '樱桃沟社区新时代文明实践', {
      body: `# 文明实践\n\n![志愿者](/files/${img})\n\n[详情](https://example.org/a)`,
      coverFileId: cover,
    });
    expect(p.status).toBe('DRAFT');
    expect(p.bodyHtml).toContain(`<img src="/public/files/${img}" alt="志愿者" />`);
    expect(p.images.map((i) => i.id).sort()).toEqual([img, cover].sort());
    // Private until published: no token, 404 exactly like a missing file.
    expect(await status(`/public/files/${img}`)).toBe(404);
    expect(await status(`/public/files/999999`)).toBe(404);

    // Branch staff may not review; the township may not publish; another township does not see it.
    await t.gql(SUBMIT, { id: p.id }, tok.branch);
    expect(errorOf(await t.gql(REVIEW, { id: p.id, input: { approve: true } }, tok.branch)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await t.gql(REVIEW, { id: p.id, input: { approve: true } }, tok.admin)).extensions.code).toBe(
      'FORBIDDEN',
    );
    const hidden = errorOf(await t.gql(REVIEW, { id: p.id, input: { approve: true } }, tok.township_x));
    const missing = errorOf(await t.gql(REVIEW, { id: '999999', input: { approve: true } }, tok.township_x));
    expect(hidden.extensions).toEqual(missing.extensions);
    expect(hidden.extensions.code).toBe('NOT_FOUND');
    expect(hidden.message).toBe(missing.message);

    // The review queues: the township sees it, the district not yet.
    const queue = async (token: string) =>
      dataOf(await t.gql(LIST, { filter: { awaitingMyReview: true } }, token)).posts.items.map((x) => x.id);
    expect(await queue(tok.township)).toContain(p.id);
    expect(await queue(tok.admin)).not.toContain(p.id);
    expect(await queue(tok.township_x)).not.toContain(p.id);
    await t.gql(REVIEW, { id: p.id, input: { approve: true, comment: '同意' } }, tok.township);
    expect(await queue(tok.admin)).toContain(p.id);
    expect(await queue(tok.township)).not.toContain(p.id);
    const pub = dataOf(await t.gql(REVIEW, { id: p.id, input: { approve: true } }, tok.admin)).reviewPost;
    expect(pub).toMatchObject({ status: 'PUBLISHED', live: true, scheduled: false });

    // Every step with who and when, and in the audit trail.
    const events = dataOf(await t.gql(GET, { id: p.id }, tok.leader)).post.events;
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'SUBMIT', 'TOWNSHIP_APPROVE', 'PUBLISH']);
    expect(new Set(events.map((e) => e.byName)).size).toBe(3);
    const audited = await t.orm.em
      .fork()
      .execute<{ operation: string }[]>(
        `select operation from audit_entry where target_type = 'Post' and target_id = ? order by id`,
        [p.id],
      );
    expect(audited.map((a) => a.operation)).toEqual(expect.arrayContaining(['createPost', 'submitPost', 'reviewPost']));

    const { res, body } = await feed();
    expect(res.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    expect(body!.version).toBe('https://jsonfeed.org/version/1.1');
    const item = body!.items.find((i) => i.title === '樱桃沟社区新时代文明实践')!;
    expect(item.content_html).toContain(`src="${t.url}/public/files/${img}"`);
    expect(item.image).toBe(`${t.url}/public/files/${cover}`);
    expect(body!.items[0].title).toBe('樱桃沟社区新时代文明实践');
    // Now its images are public, the thumbnail made once and kept.
    const got = await fetch(item.image!);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    const thumb = await fetch(`${item.image}/thumbnail`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(480);
    await fetch(`${item.image}/thumbnail`);
    const thumbs = await t.orm.em
      .fork()
      .execute<{ n: number; at: Date }[]>(
        `select count(*)::int as n, max(created_at) as at from post_thumbnail where file_id = ?`,
        [cover],
      );
    expect(thumbs[0].n).toBe(1);
    // Another file of the same uploader, used by no live post, stays private.
    const other = await upload(tok.branch, PNG, 'private.png');
    expect(await status(`/public/files/${other}`)).toBe(404);

    const atom = await fetch(`${t.url}/feed.xml`);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await atom.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<title>樱桃沟社区新时代文明实践</title>');
    expect(xml).toContain(`href="${t.url}/public/files/${cover}"`);

    // The public GraphQL query, no token.
    const gq = dataOf(await t.gql(PUBLISHED, { unitId: cherry })).publishedPosts;
    expect(gq.items[0]).toMatchObject({ id: p.id, unitName: '樱桃沟社区', coverUrl: `/public/files/${cover}` });
    // …with the feed's absolute URLs too: the cover, its thumbnail, and the body's images.
    expect(gq.items[0]).toMatchObject({
      coverAbsoluteUrl: `${t.url}/public/files/${cover}`,
      coverThumbnailAbsoluteUrl: `${t.url}/public/files/${cover}/thumbnail`,
      contentHtmlAbsolute: item.content_html,
    });
    expect(gq.items[0].contentHtmlAbsolute).toContain(`src="${t.url}/public/files/`);
    // The absolute URLs can be fetched as they are, without a token.
    expect((await fetch(gq.items[0].coverAbsoluteUrl!)).status).toBe(200);

    // Withdrawn: kept, marked, gone from the feed, its images private again.
    const before = await feed();
    expect(errorOf(await t.gql(WITHDRAW, { id: p.id, comment: '' }, tok.admin)).extensions.field).toBe('comment');
    expect(errorOf(await t.gql(WITHDRAW, { id: p.id, comment: '核实' }, tok.township)).extensions.code).toBe(
      'FORBIDDEN',
    );
    const w = dataOf(await t.gql(WITHDRAW, { id: p.id, comment: '信息需核实' }, tok.admin)).withdrawPost;
    expect(w).toMatchObject({ status: 'WITHDRAWN', live: false });
    const after = await feed('', { 'if-none-match': before.res.headers.get('etag')! });
    expect(after.res.status).toBe(200);
    expect(after.body!.items.map((i) => i.title)).not.toContain('樱桃沟社区新时代文明实践');
    expect(await status(`/public/files/${img}`)).toBe(404);
    expect(await status(`/public/files/${cover}/thumbnail`)).toBe(404);
    expect(dataOf(await t.gql(GET, { id: p.id }, tok.branch)).post.status).toBe('WITHDRAWN');
  });

  it('returned at either review with a comment, edited and resubmitted; only drafts and returned posts are edited', async () => {
    const p = await draft(tok.branch, cherry, '退回测试');
    await t.gql(SUBMIT, { id: p.id }, tok.branch);
    expect(errorOf(await t.gql(UPDATE, { id: p.id, input: { title: '改' } }, tok.branch)).extensions.reason).toBe(
      'POST.NOT_EDITABLE',
    );
    const noComment = errorOf(await t.gql(REVIEW, { id: p.id, input: { approve: false } }, tok.township));
    expect(noComment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const r1 = dataOf(
      await t.gql(REVIEW, { id: p.id, input: { approve: false, comment: '请补充照片' } }, tok.township),
    );
    expect(r1.reviewPost).toMatchObject({ status: 'RETURNED', lastComment: '请补充照片' });
    expect(
      dataOf(await t.gql(UPDATE, { id: p.id, input: { title: '退回测试（已补充）' } }, tok.branch)).updatePost.status,
    ).toBe('RETURNED');
    await t.gql(SUBMIT, { id: p.id }, tok.branch);
    await t.gql(REVIEW, { id: p.id, input: { approve: true } }, tok.township);
    const r2 = dataOf(await t.gql(REVIEW, { id: p.id, input: { approve: false, comment: '标题再斟酌' } }, tok.admin));
    expect(r2.reviewPost.status).toBe('RETURNED');
    const events = dataOf(await t.gql(GET, { id: p.id }, tok.branch)).post.events;
    expect(events.filter((e) => e.action === 'RETURN').map((e) => e.comment)).toEqual(['请补充照片', '标题再斟酌']);
  });

  it('scheduled at a Beijing time: in the feed exactly when due', async () => {
    const p = await publish(cherry, '定时发布的动态', {}, '2027-03-02T09:00');
    expect(p.scheduled).toBe(true);
    expect(p.publishedAt).toBe('2027-03-02T01:00:00.000Z');
    const titles = async () => (await feed()).body!.items.map((i) => i.title);
    expect(await titles()).not.toContain('定时发布的动态');
    expect(await status(`/feed.json`)).toBe(200);
    t.clock.set('2027-03-02T08:59:59+08:00');
    expect(await titles()).not.toContain('定时发布的动态');
    t.clock.set('2027-03-02T09:00:00+08:00');
    expect((await titles())[0]).toBe('定时发布的动态');
    t.clock.set('2027-03-01T10:00:00+08:00');
    // A time in the past, or not a Beijing time, is refused with its field.
    const q = await draft(tok.branch, cherry, '过去的时间');
    await t.gql(SUBMIT, { id: q.id }, tok.branch);
    await t.gql(REVIEW, { id: q.id, input: { approve: true } }, tok.township);
    for (const publishAt of ['2027-02-01T09:00', '明天上午', '2027-13-01T09:00'])
      expect(
        errorOf(await t.gql(REVIEW, { id: q.id, input: { approve: true, publishAt } }, tok.admin)).extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publishAt' });
  });

  it('the feed: by unit, cursor pages, ETag and Last-Modified answered with 304, bad cursor and unit coded', async () => {
    for (let i = 0; i < 3; i++) await publish(cherry, `翻页 ${i}`);
    const all = (await feed()).body!;
    expect(all.items.length).toBeGreaterThan(3);
    const mine = (await feed(`?unit=${cherry}`)).body!;
    expect(mine.items.length).toBeGreaterThan(3);
    const viaTownship = (await feed(`?unit=${township}`)).body!;
    expect(viaTownship.items.length).toBeGreaterThanOrEqual(mine.items.length);
    expect((await feed(`?unit=${otherBranch}`)).body!.items.map((i) => i.title)).not.toContain('翻页 0');

    // Pages through publishedPosts (first: 2) and the feed's next_url meet every item once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: { title: string }[]; nextCursor: string | null } = dataOf(
        await t.gql(PUBLISHED, { unitId: cherry, first: 2, after }),
      ).publishedPosts;
      seen.push(...page.items.map((i) => i.title));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(mine.items.map((i) => i.title));
    let next: string | undefined = `${t.url}/feed.json?unit=${cherry}`;
    const viaFeed: string[] = [];
    while (next) {
      const r = (await (await fetch(next)).json()) as JsonFeed;
      viaFeed.push(...r.items.map((i) => i.title));
      next = r.next_url;
    }
    expect(viaFeed).toEqual(mine.items.map((i) => i.title));

    const r = await feed();
    const etag = r.res.headers.get('etag')!;
    const lm = r.res.headers.get('last-modified')!;
    expect(etag).toMatch(/^"/);
    expect(lm).toMatch(/GMT$/);
    expect(await status('/feed.json', { 'if-none-match': etag })).toBe(304);
    expect(await status('/feed.json', { 'if-modified-since': lm })).toBe(304);
    expect(await status('/feed.xml', { 'if-none-match': etag })).toBe(200);
    // A new post, a few seconds later (Last-Modified counts whole seconds), changes both.
    t.clock.advance(5000);
    await publish(cherry, '新的一条');
    expect(await status('/feed.json', { 'if-none-match': etag })).toBe(200);
    expect(await status('/feed.json', { 'if-modified-since': lm })).toBe(200);

    const bad = await fetch(`${t.url}/feed.json?cursor=nonsense`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { field: string } }[] }).errors[0].extensions.field).toBe(
      'cursor',
    );
    expect(await status('/feed.json?unit=abc')).toBe(400);
    expect(await status('/feed.json?unit=999999')).toBe(404);
    expect(errorOf(await t.gql(PUBLISHED, { first: 500 })).extensions).toMatchObject({ field: 'limit' });
  });

  it('absolute URLs use PUBLIC_BASE_URL when it is set', async () => {
    const t2 = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://wx.example.cn/fivestar/' } });
    try {
      const feedOf = async () =>
        (await (await fetch(`${t2.url}/feed.json?x=1`)).json()) as JsonFeed & { feed_url: string };
      expect((await feedOf()).feed_url).toBe('https://wx.example.cn/fivestar/feed.json');
      // publishedPosts builds its absolute URLs on the same base: a post with a cover and a body image.
      const [branch, township2, admin] = [
        await t2.login('branch'),
        await t2.login('township'),
        await t2.login('admin'),
      ];
      const up = async () => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(PNG)]), 'p.png');
        const res = await fetch(`${t2.url}/files`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${branch}` },
        });
        return ((await res.json()) as { id: string }).id;
      };
      const [img, cover] = [await up(), await up()];
      const input = {
        unitId: cherry,
        title: '代理之后',
        summary: '摘要',
        body: `![图](/files/${img})`,
        coverFileId: cover,
      };
      const { id } = dataOf(await t2.gql(CREATE, { input }, branch)).createPost;
      await t2.gql(SUBMIT, { id }, branch);
      await t2.gql(REVIEW, { id, input: { approve: true } }, township2);
      expect(dataOf(await t2.gql(REVIEW, { id, input: { approve: true } }, admin)).reviewPost.live).toBe(true);
      const items = dataOf(await t2.gql(PUBLISHED, { first: 50 })).publishedPosts.items;
      const withCover = items.find((i) => i.id === id)!;
      expect(withCover.coverUrl).toBe(`/public/files/${cover}`);
      expect(withCover.contentHtmlAbsolute).toContain(`src="https://wx.example.cn/fivestar/public/files/${img}"`);
      expect(withCover.coverAbsoluteUrl).toBe(`https://wx.example.cn/fivestar${withCover.coverUrl}`);
      expect(withCover.coverThumbnailAbsoluteUrl).toBe(`https://wx.example.cn/fivestar${withCover.coverThumbnailUrl}`);
      const fromFeed = new Map((await feedOf()).items.map((i) => [i.id.replace(/^.*#post-/, ''), i.content_html]));
      for (const i of items) if (fromFeed.has(i.id)) expect(i.contentHtmlAbsolute).toBe(fromFeed.get(i.id));
      expect(items.every((i) => !/src="\//.test(i.contentHtmlAbsolute))).toBe(true);
    } finally {
      await t2.close();
    }
  });

  it('sanitizes the usual XSS payloads out of Markdown and HTML bodies; remote images are dropped', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<IMG SRC="javascript:alert(\'XSS\');">',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
      '<svg onload=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '<body onload=alert(1)>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<div style="background:url(javascript:alert(1))">x</div>',
      '<p onclick="alert(1)">click</p>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<object data="javascript:alert(1)"></object>',
      '<embed src="data:image/svg+xml,<svg onload=alert(1)>">',
      '<form action="javascript:alert(1)"><input type=submit></form>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      '<link rel=stylesheet href="http://evil.example/x.css">',
      '<img src="https://evil.example/track.png">',
      '<img src="//evil.example/track.png">',
      '<img src="data:image/png;base64,iVBORw0KGgo=">',
      '"><script>alert(1)</script>',
      '<scr<script>ipt>alert(1)</scr</script>ipt>',
      '[x](javascript:alert(1))',
      '![x](https://evil.example/pixel.gif)',
      '<a href="vbscript:msgbox(1)">x</a>',
      '<details open ontoggle=alert(1)>',
      '<video><source onerror="alert(1)"></video>',
      '<base href="javascript:alert(1)//">',
    ];
    // No dangerous element, no event handler, no script or data URL, no style, no remote image or stylesheet.
    const bad =
      /<(script|iframe|svg|object|embed|style|form|input|meta|link|base|math|video|source|details|body)\b|\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):|style\s*=|(href|src)="[^"]*evil\.example/i;
    for (const format of ['MARKDOWN', 'HTML'] as const) {
      const p = await draft(tok.branch, cherry, `XSS ${format}`, { format, body: payloads.join('\n\n') });
      expect(p.bodyHtml).not.toMatch(bad);
      const preview = dataOf(
        await t.gql(
          graphql(`
            query PubPreview($format: PostFormat!, $body: String!) {
              postPreview(format: $format, body: $body)
            }
          `),
          { format, body: payloads.join('\n') },
          tok.branch,
        ),
      ).postPreview;
      expect(preview).not.toMatch(bad);
      for (const one of payloads) {
        const u = dataOf(await t.gql(UPDATE, { id: p.id, input: { body: `正文 ${one}` } }, tok.branch)).updatePost;
        expect(u.bodyHtml).not.toMatch(bad);
      }
    }
    // Links keep working and are made safe; an image of a file the writer cannot read is refused.
    const ok = await draft(tok.branch, cherry, '链接', { body: '[官网](https://example.org/)' });
    expect(ok.bodyHtml).toContain('<a href="https://example.org/" rel="noopener noreferrer nofollow">官网</a>');
    const theirs = await upload(tok.admin, PNG, 'admin.png');
    const refused = errorOf(
      await t.gql(
        CREATE,
        { input: { unitId: cherry, title: 't', summary: 's', body: `![](/files/${theirs})` } },
        tok.branch,
      ),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceFileIds' });
  });

  it('roles and scope: who writes, who reads; bad input names its field', async () => {
    expect(
      errorOf(await t.gql(CREATE, { input: { unitId: cherry, title: 't', summary: 's', body: 'b' } }, tok.leader))
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(await t.gql(CREATE, { input: { unitId: otherBranch, title: 't', summary: 's', body: 'b' } }, tok.branch))
        .extensions,
    ).toMatchObject({ field: 'unitId' });
    const leaderList = dataOf(await t.gql(LIST, {}, tok.leader)).posts.total;
    const branchList = dataOf(await t.gql(LIST, {}, tok.branch)).posts;
    expect(leaderList).toBeGreaterThan(branchList.total);
    const [{ n }] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from post p join unit u on u.id = p.unit_id where u.name = '樱桃沟社区'`,
      );
    expect(branchList.total).toBe(n);
    const p = await draft(tok.township, township, '乡镇动态');
    expect(errorOf(await t.gql(GET, { id: p.id }, tok.branch)).extensions.code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(GET, { id: p.id }, tok.township_x)).extensions.code).toBe('NOT_FOUND');
    for (const [input, field] of [
      [{ unitId: cherry, title: '', summary: 's', body: 'b' }, 'title'],
      [{ unitId: cherry, title: 't', summary: '  ', body: 'b' }, 'summary'],
      [{ unitId: cherry, title: 't', summary: 's', body: 'b', starCodes: ['NOPE'] }, 'starCodes[0]'],
      [{ unitId: cherry, title: 't', summary: 's', body: 'b', coverFileId: 'x' }, 'coverFileId'],
      [{ unitId: 'x', title: 't', summary: 's', body: 'b' }, 'unitId'],
    ] as [Record<string, unknown>, string][])
      expect(errorOf(await t.gql(CREATE, { input: input as never }, tok.branch)).extensions.field).toBe(field);
    // A PDF is not an image.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const f = await upload(tok.branch, pdf, 'a.pdf');
    expect(
      errorOf(
        await t.gql(
          CREATE,
          { input: { unitId: cherry, title: 't', summary: 's', body: 'b', coverFileId: f } },
          tok.branch,
        ),
      ).extensions,
    ).toMatchObject({ reason: 'POST.IMAGE_TYPE', field: 'coverFileId' });
  });
});
