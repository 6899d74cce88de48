/**
 * 创建动态 in the console, the way its three users go: a branch secretary writes a post (menu → 创建动态 →
 * 新建, a cover uploaded from the editor, the server's preview of the body) and submits it; township
 * staff find it in their review queue (the 待我审核 filter) and approve it; a district admin approves and
 * publishes it. Then the public feed, fetched without any token, carries it with absolute image URLs,
 * and those images answer without a token too.
 */
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { dataOf } from '../helpers/app';
import { graphql } from '../gql';
import { browserSuite, describeE2E, screenshot } from './browser';

jest.setTimeout(300_000);

const TITLE = '樱桃沟社区樱桃园党员先锋岗';
const HEADING = '党员先锋岗进果园';

const UNITS = graphql(`
  query E2ePostUnits($filter: UnitFilterInput) {
    units(filter: $filter, perPage: 5) {
      items {
        id
        name
      }
    }
  }
`);
const MEETING = graphql(`
  mutation E2ePostMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);
const POST = graphql(`
  query E2ePostImages($id: ID!) {
    post(id: $id) {
      cover {
        id
      }
      images {
        id
        name
      }
    }
  }
`);

interface JsonFeed {
  items: { id: string; title: string; content_html: string; image?: string }[];
}

describeE2E('创建动态: written by a branch, reviewed twice, in the public feed', () => {
  const suite = browserSuite();
  let png: Buffer;
  let postId: string;

  let photoId: string;

  beforeAll(async () => {
    png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#b71c1c' } })
      .png()
      .toBuffer();
    // Evidence already in the system: a photo of a 学讲评 meeting of the branch, recorded through the API.
    const token = await suite.t.login('branch');
    const [cherry] = dataOf(await suite.t.gql(UNITS, { filter: { search: '樱桃沟社区' } }, token)).units.items;
    const form = new FormData();
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#1b5e20' } })
      .jpeg()
      .toBuffer();
    form.append('file', new Blob([new Uint8Array(photo)]), '学讲评会议合影.jpg');
    const res = await fetch(`${suite.t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    photoId = ((await res.json()) as { id: string }).id;
    const input = {
      unitId: cherry.id,
      date: '2026-11-02',
      theme: '樱桃园先锋岗学讲评',
      studyContent: '学习乡村振兴部署',
      photoFileIds: [photoId],
    };
    dataOf(await suite.t.gql(MEETING, { input }, token));
  });

  /** The body's text box (its label is 正文, with the required mark; 正文格式 is a select). */
  const body = (page: Page) => page.getByRole('textbox', { name: /^正文/ });
  const status = (page: Page, label: string) =>
    page.locator('#main-content').getByText(label, { exact: true }).first().waitFor();

  /** From the menu to the review queue, and on to the post (its row there). */
  async function throughTheQueue(page: Page) {
    expect(postId).toBeDefined(); // written by the first test
    await page.getByRole('menuitem', { name: '创建动态', exact: true }).click();
    await page.waitForURL(/#\/posts/);
    await page.getByLabel('待我审核').check();
    await page.waitForURL(/awaitingMyReview/);
    await page.locator('#main-content tbody tr').getByText(TITLE).click();
    await page.waitForURL(new RegExp(`#/posts/${postId}/show`));
    await page.getByText(HEADING).first().waitFor();
  }

  it('branch staff write a post with a cover and a body image, see the preview, and submit it', async () => {
    const page = await suite.signIn('branch');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('menuitem', { name: '创建动态', exact: true }).click();
    await page.waitForURL(/#\/posts/);
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/posts\/create/);
    await page.getByLabel('单位').click();
    await page.getByRole('option', { name: '樱桃沟社区', exact: true }).click();
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('摘要').fill('党员在樱桃园设立先锋岗，帮助果农采摘销售');
    // The cover: uploaded from the editor as an evidence file; the first image becomes the cover.
    await page
      .getByTestId('post-image-input')
      .setInputFiles({ name: '先锋岗.png', mimeType: 'image/png', buffer: png });
    const images = page.getByTestId('post-images');
    await images.getByText('先锋岗.png').waitFor();
    await images.getByText('封面', { exact: true }).waitFor();
    await body(page).fill(`## ${HEADING}\n\n党员带头，果农受益。\n\n`);
    // …and shown in the body too.
    await images.getByRole('button', { name: '插入正文' }).click();
    await expect(body(page).inputValue()).resolves.toMatch(/!\[先锋岗\]\(\/files\/\d+\)/);
    // The preview is the server's rendering of what was typed.
    const preview = page.getByTestId('post-preview');
    await preview.getByRole('heading', { name: HEADING }).waitFor();
    // Not public yet: the preview shows the image from the evidence file, fetched with the token.
    await preview.locator('img[src^="blob:"]').waitFor();
    await screenshot(page, 'publicity-01-editor');
    // …and a photo picked from the branch's meeting photos (evidence already in the system).
    await images.getByRole('button', { name: '从会议照片中选择' }).click();
    const picker = page.getByTestId('post-pick-images');
    await picker.getByText('学讲评会议合影.jpg').waitFor();
    await picker.getByRole('button', { name: '选用' }).click();
    await picker.getByText('本单位的学讲评会议暂无可选照片').waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await images.getByText('学讲评会议合影.jpg').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/posts\/\d+\/show/);
    postId = /posts\/(\d+)\/show/.exec(page.url())![1];
    await status(page, '草稿');
    const saved = dataOf(await suite.t.gql(POST, { id: postId }, await suite.t.login('branch'))).post;
    expect(saved.images.map((i) => i.name)).toEqual(['先锋岗.png', '学讲评会议合影.jpg']);
    expect(saved.cover?.id).toBe(saved.images[0].id);
    expect(saved.images[1].id).toBe(photoId);
    await page.getByTestId('post-show-images').getByText('先锋岗.png', { exact: false }).waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await status(page, '待乡镇审核');
    // Submitted: the branch has no step left on it.
    await expect(page.getByRole('button', { name: '提交审核' }).count()).resolves.toBe(0);
    await screenshot(page, 'publicity-02-submitted');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('township staff approve it from their review queue', async () => {
    expect(postId).toBeDefined();
    const page = await suite.signIn('township');
    await throughTheQueue(page);
    // The reviewer sees the body's image before it is public.
    await page.locator('#main-content img[src^="blob:"]').first().waitFor();
    await page.getByLabel('意见').fill('内容属实，同意');
    await page.getByRole('button', { name: '审核通过', exact: true }).click();
    await status(page, '待区级审核');
    await page.getByText(/乡镇审核通过：内容属实，同意/).waitFor();
    await page.close();
  });

  it('a district admin approves and publishes it from the queue; the feed carries it without a token', async () => {
    expect(postId).toBeDefined();
    const before = (await (await fetch(`${suite.t.url}/feed.json`)).json()) as JsonFeed;
    expect(before.items.some((i) => i.title === TITLE)).toBe(false);

    const page = await suite.signIn('admin');
    await throughTheQueue(page);
    await page.getByRole('button', { name: '审核通过并发布' }).click();
    await status(page, '已发布');
    await page.getByText('已在公开频道中').waitFor();
    await screenshot(page, 'publicity-03-published');
    await page.close();

    // The public feed, as the WeChat account reads it: a plain request, no token, no cookie.
    const res = await fetch(`${suite.t.url}/feed.json`);
    expect(res.status).toBe(200);
    const feed = (await res.json()) as JsonFeed;
    const item = feed.items.find((i) => i.title === TITLE)!;
    expect(item).toBeDefined();
    expect(item.id).toMatch(new RegExp(`#post-${postId}$`));
    expect(item.content_html).toContain(HEADING);
    expect(item.image).toMatch(new RegExp(`^${suite.t.url}/public/files/\\d+$`));
    const shown = /<img src="([^"]+)"/.exec(item.content_html)?.[1];
    expect(shown).toBe(item.image);
    const image = await fetch(item.image!);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    // The picked meeting photo is one of the live post's images now: public too.
    expect((await fetch(`${suite.t.url}/public/files/${photoId}`)).status).toBe(200);
  });
});
