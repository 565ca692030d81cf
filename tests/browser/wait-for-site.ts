// The browser project's setup file: no browser test file is loaded before its site is built (global-setup.ts).
import { waitForSite } from '../../support/site-ready.ts';

await waitForSite();
