import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fold, matches, prepare } from './search.js';

describe('search', () => {
  it('folds case and diacritics, in Latin and Cyrillic', () => {
    expect(fold('Zaščita ŠPORT')).to.equal('zascita sport');
    expect(fold('Ёжик')).to.equal('ежик');
  });

  it('keeps й, ї and ў apart from и, і and у, precomposed or not', () => {
    expect(fold('Мой')).to.equal('мой');
    expect(fold('Мои\u0306')).to.equal('мой');
    expect(matches(prepare('мои слова'), 'мой')).to.deep.equal([]);
    expect(matches(prepare('Київ'), 'київ')).to.have.length(1);
    expect(matches(prepare('Киів'), 'київ')).to.deep.equal([]);
  });

  it('folds Latin letters with a stroke, which have no decomposition', () => {
    const text = prepare('Đakovica, Łódź, Ærø');
    expect(matches(text, 'dakovica').map(([s, e]) => text.text.slice(s, e))).to.deep.equal(['Đakovica']);
    expect(matches(text, 'lodz').map(([s, e]) => text.text.slice(s, e))).to.deep.equal(['Łódź']);
    expect(matches(text, 'aero').map(([s, e]) => text.text.slice(s, e))).to.deep.equal(['Ærø']);
  });

  it('maps matches back to the original text', () => {
    const text = prepare('socialna zaščita prebivalcev');
    const ranges = matches(text, 'ZASCITA');
    expect(ranges).to.deep.equal([[9, 16]]);
    expect(text.text.slice(...ranges[0])).to.equal('zaščita');
  });

  it('keeps characters that fold into a letter and a mark whole', () => {
    // "é" written as e + combining accent is two code units in the text.
    const text = prepare('Cafe\u0301 café');
    expect(matches(text, 'cafe').map(([s, e]) => text.text.slice(s, e))).to.deep.equal(['Cafe\u0301', 'café']);
  });

  it('finds every occurrence, and nothing for an empty query', () => {
    expect(matches(prepare('izmenjava, izmenjave'), 'izmenjav')).to.have.length(2);
    expect(matches(prepare('anything'), '   ')).to.deep.equal([]);
  });

  it('trims the query, and returns ranges in order that never overlap', () => {
    expect(matches(prepare('aaaa'), ' aa ')).to.deep.equal([
      [0, 2],
      [2, 4],
    ]);
  });

  it('takes the whole of a character that folds into two letters', () => {
    const text = prepare('Straße');
    expect(text.folded).to.equal('strasse');
    expect(matches(text, 'strasse').map(([s, e]) => text.text.slice(s, e))).to.deep.equal(['Straße']);
    // A match that ends inside "ss" ends after "ß".
    expect(matches(text, 'stras').map(([s, e]) => text.text.slice(s, e))).to.deep.equal(['Straß']);
  });

  it('finds at most the first 100 matches in one text', () => {
    const found = matches(prepare('a'.repeat(500)), 'a');
    expect(found).to.have.length(100);
    expect(found[99]).to.deep.equal([99, 100]);
  });

  it('folds a whole text as it folds each character (fold and prepare agree, for any text)', () => {
    // ASCII, Latin with marks (precomposed and combining), strokes, Cyrillic (й, ї, ў), ß, İ.
    const chars = fc.constantFrom(...'aZ 09-.ÉéèČčšŽĐđŁłØøßẞæŒİıЁёЙйИиЇїЎўΣσ', '\u0301', '\u0306', '\u030c');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(fold(text)).to.equal(prepare(text).folded);
      }),
      { numRuns: 500 },
    );
  });
});
