import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const [w, h] of [[360, 740], [1280, 800]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'vi-VN' });
  const page = await ctx.newPage();
  for (const p of ['/van-ban/', '/tim-kiem/', '/tu-kiem-tra/']) {
    await page.goto(server.url + p);
    const box = await page.locator('header.site-header').boundingBox();
    console.log(w, p, 'header', box?.height);
    await page.screenshot({ path: `/tmp/shot-${w}${p.replaceAll('/', '_')}.png` });
  }
  if (w === 360) {
    await page.goto(server.url + '/van-ban/');
    await page.click('summary');
    await page.screenshot({ path: `/tmp/shot-360-open.png` });
  }
  await ctx.close();
}
await browser.close(); await server.close();
