import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../../test-support/helpers.js';

describe('parseFeed under Trusted Types', () => {
  it('reads XML and HTML content on a page that enforces Trusted Types, sharing the one library policy with the JSON-LD', async () => {
    const frame = await openFrame('/test/fixtures/feeds/trusted-types.html');
    const win = frame.contentWindow as Window & { feedResults?: Record<string, unknown> };
    await waitUntil(() => win.feedResults, 'the page did not report', { timeout: 10000 });
    expect(win.feedResults).to.deep.equal({
      rss: [['Under a policy', 'Some HTML', '<p>and <i>more</i></p>']],
      atom: '<p>xhtml</p>',
      jsonLd: '{"a":1}',
    });
    frame.remove();
  });
});
