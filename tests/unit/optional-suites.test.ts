import { describe, expect, it } from 'vitest';
import { installSuite, installSuiteChoice, nginxSuite, nginxSuiteChoice } from '../../support/optional-suites.ts';

const missing = () => {
  throw new Error('nginx is not installed');
};
const present = () => '/usr/sbin/nginx';

describe('the nginx suite in npm test', () => {
  it('runs when nginx is installed', () => {
    expect(nginxSuiteChoice({}, present)).toEqual({ exclude: [] });
  });

  it('is left out without nginx, with one line saying so and how to install it', () => {
    const choice = nginxSuiteChoice({}, missing);
    expect(choice.exclude).toEqual([nginxSuite]);
    expect(choice.notice).toContain('nginx suite not run');
    expect(choice.notice).toContain('apt-get install nginx');
    expect(choice.notice).not.toContain('\n');
  });

  it('runs, and so fails without nginx, when REQUIRE_NGINX=1 (as in CI)', () => {
    expect(nginxSuiteChoice({ REQUIRE_NGINX: '1' }, missing)).toEqual({ exclude: [] });
  });
});

describe('the install suite in npm test', () => {
  const browser = () => ({ shell: false });
  const shellOnly = () => ({ shell: true });
  const none = () => undefined;

  it('runs when the Chromium browser is found', () => {
    expect(installSuiteChoice({}, browser)).toEqual({ exclude: [] });
  });

  it('is left out when only a headless shell (or nothing) is found, with one line saying so and how to install it', () => {
    for (const find of [shellOnly, none]) {
      const choice = installSuiteChoice({}, find);
      expect(choice.exclude).toEqual([installSuite]);
      expect(choice.notice).toContain('install suite not run');
      expect(choice.notice).toContain('apt-get install chromium');
      expect(choice.notice).not.toContain('\n');
    }
  });

  it('runs, and so fails without the browser, when REQUIRE_CHROMIUM_BROWSER=1 (as in CI)', () => {
    expect(installSuiteChoice({ REQUIRE_CHROMIUM_BROWSER: '1' }, shellOnly)).toEqual({ exclude: [] });
  });
});
