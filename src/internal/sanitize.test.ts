import { expect } from '@open-wc/testing';
import { defuse, sanitize } from './sanitize.js';

describe('rich text sanitiser', () => {
  it('renames event-handler attributes before parsing, quotes and separators respected, text untouched', () => {
    expect(defuse('<p onclick="x()">a</p>')).to.equal('<p data-pcw-onclick="x()">a</p>');
    expect(defuse(`<a href='x' ONMOUSEOVER='y'>l</a>`)).to.equal(`<a href='x' data-pcw-ONMOUSEOVER='y'>l</a>`);
    expect(defuse('<img src=x onerror=alert(1)>')).to.equal('<img src=x data-pcw-onerror=alert(1)>');
    expect(defuse('<p/onclick=x>')).to.equal('<p/data-pcw-onclick=x>');
    expect(defuse('<p title="a>b onclick=c" onclick=x>t</p>')).to.equal('<p title="a>b onclick=c" data-pcw-onclick=x>t</p>');
    expect(defuse('1 < 2 onclick=x and <b>bold</b>')).to.equal('1 < 2 onclick=x and <b>bold</b>');
    expect(defuse('<p>unclosed <b onclick=x')).to.equal('<p>unclosed <b data-pcw-onclick=x');
  });

  it('still removes them, and keeps the rest', () => {
    const nodes = sanitize('<p onclick="window.pwned=1">One <strong onmouseover="x">two</strong></p>', (href) => href ?? undefined);
    const html = nodes.map((n) => (n as Element).outerHTML).join('');
    expect(html).to.equal('<p>One <strong>two</strong></p>');
  });
});
