#!/usr/bin/env node
// Retakes the screenshots of docs/editors.md from a running `npm run cms` (default http://localhost:4321):
//   npm run cms            # in one terminal
//   node scripts/editor-screenshots.mjs [site URL]
// It fills in a sample issue and opens the Publish menu but saves nothing, so content/ is left as it is.
import { join, resolve } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { adminPaths } from '../src/lib/paths.ts';

const siteUrl = process.argv[2] ?? 'http://localhost:4321';
const outDir = resolve(import.meta.dirname, '..', 'docs', 'images', 'editors');
const admin = `${siteUrl}${adminPaths.home}`;

// The sample is a template, not a fact: names in brackets are for the editor to fill in.
const sample = {
  issue: '3',
  date: '10/12/2026',
  title: 'Nhà truyền thống Đảng bộ phường [tên phường]',
  subject: 'Nhà truyền thống [tên phường]',
  summary: 'Giới thiệu nơi lưu giữ tư liệu về truyền thống cách mạng của phường (bài minh họa cách nhập).',
  source: 'Báo Nhân Dân',
  body: 'Đoạn mở đầu của bài viết.',
};

// The CMS's own date box takes day/month/year whatever the browser's language; the shots use an English browser
// (en-US), the case where Decap's date picker showed month/day/year.
const browser = await launchChromium();

async function openContext(viewport) {
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  // Leaving an unsaved form asks for confirmation: the sample is never saved.
  page.on('dialog', (dialog) => dialog.accept());
  return { context, page };
}

async function hideDevToolbar(page) {
  await page.addStyleTag({ content: 'astro-dev-toolbar { display: none !important; }' });
}

async function go(page, hash, ready) {
  // A new document each time: moving by the address's #part alone keeps the previous form's state in Decap.
  await page.goto('about:blank');
  await page.goto(`${admin}${hash}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const login = page.getByRole('button', { name: 'Đăng nhập' });
  await login.or(ready(page)).first().waitFor({ timeout: 120_000 });
  if (await login.isVisible()) await login.click();
  await ready(page).waitFor({ timeout: 60_000 });
  await hideDevToolbar(page);
  await page.waitForTimeout(800);
}

async function shot(page, name) {
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  console.log(`docs/images/editors/${name}.png`);
}

/** Scrolls the form so the label of the field named `label` is at the top of the screen. */
async function scrollToField(page, label) {
  await page.locator('label').filter({ hasText: new RegExp(`^${label}`) }).first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -40);
  await page.waitForTimeout(600);
}

async function fillIssue(page, { withBody }) {
  await page.getByLabel('Số kỳ').fill(sample.issue);
  await page.getByLabel('Ngày đăng').fill(sample.date);
  await page.getByLabel('Tiêu đề', { exact: true }).fill(sample.title);
  await page.getByLabel('Di tích, địa chỉ đỏ được giới thiệu').fill(sample.subject);
  await page.getByLabel('Tóm tắt').fill(sample.summary);
  if (!withBody) return;
  await page.getByRole('button', { name: 'Thêm nguồn' }).click();
  await page.getByLabel('Tên nguồn').fill(sample.source);
  await page.locator('[data-slate-editor]').click();
  await page.keyboard.type(sample.body);
}

// On a computer: the login, the list, a new issue with its preview, sources and body, the draft switch, Publish,
// and a results table.
{
  const { context, page } = await openContext({ width: 1280, height: 800 });
  await page.goto(admin, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 120_000 });
  await hideDevToolbar(page);
  await shot(page, '01-dang-nhap');

  await go(page, '#/collections/di-tich', (p) => p.getByText('Viết kỳ mới', { exact: true }));
  await shot(page, '02-danh-sach-ky');

  await go(page, '#/collections/di-tich/new', (p) => p.getByLabel('Số kỳ'));
  await fillIssue(page, { withBody: true });
  await page.frameLocator('iframe').getByRole('heading', { level: 1, name: sample.title }).waitFor();
  await page.getByLabel('Số kỳ').scrollIntoViewIfNeeded();
  await shot(page, '03-viet-ky-moi');

  await scrollToField(page, 'Nguồn');
  await shot(page, '04-nguon-va-noi-dung');

  await scrollToField(page, 'Bản nháp');
  await shot(page, '08-ban-nhap');

  // A day that does not exist is refused on its field before anything is sent (nothing is saved).
  const dateBox = page.getByRole('textbox', { name: /^Ngày đăng(?! của)/ });
  await dateBox.fill('31/02/2027');
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  await page.getByText('31/02/2027 không phải là một ngày có thật').waitFor();
  await scrollToField(page, 'Số kỳ');
  await shot(page, '10-ngay-khong-co-that');
  await dateBox.fill(sample.date);

  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).waitFor();
  await shot(page, '05-cong-bo');
  await page.keyboard.press('Escape');

  await go(page, '#/collections/ket-qua/entries/dang-vien-2019', (p) => p.getByLabel('Ghi chú'));
  await scrollToField(page, 'Dòng số liệu');
  await shot(page, '09-ket-qua');
  await context.close();
}

// On a phone (360 × 740, the site's reference screen): the list and the form.
{
  const { context, page } = await openContext({ width: 360, height: 740 });
  await go(page, '#/collections/di-tich', (p) => p.getByText('Viết kỳ mới', { exact: true }));
  await shot(page, '06-dien-thoai-danh-sach');
  await go(page, '#/collections/di-tich/new', (p) => p.getByLabel('Số kỳ'));
  await fillIssue(page, { withBody: false });
  await page.getByLabel('Số kỳ').scrollIntoViewIfNeeded();
  await shot(page, '07-dien-thoai-sua-ky');
  await context.close();
}

await browser.close();
