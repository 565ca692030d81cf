import { describe, expect, it } from 'vitest';
import { nginxSuite, nginxSuiteChoice } from '../../support/nginx-suite.ts';

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
