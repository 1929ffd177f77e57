import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from './csv.js';

/** A reader of RFC 4180 CSV, written from the RFC (quoted cells only), to check the round trip. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i], `a cell starts with a quote at ${i}`).to.equal('"');
    let cell = '';
    i++;
    for (;;) {
      const end = text.indexOf('"', i);
      expect(end, 'an unterminated cell').to.be.at.least(0);
      cell += text.slice(i, end);
      if (text[end + 1] === '"') {
        cell += '"';
        i = end + 2;
      } else {
        i = end + 1;
        break;
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2), 'a row ends with CRLF').to.equal('\r\n');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

describe('csv', () => {
  it('quotes every cell and doubles the quotes inside', () => {
    expect(csvCell('plain')).to.equal('"plain"');
    expect(csvCell('')).to.equal('""');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula (CSV injection)', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).to.equal(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1+cmd|calc')).to.equal(`"'+1+cmd|calc"`);
    expect(csvCell('-2+3')).to.equal(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).to.equal(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).to.equal(`"'\t=1"`);
    expect(csvCell('\r=1')).to.equal(`"'\r=1"`);
    // Only the first character counts: text with those characters inside stays as it is.
    expect(csvCell('a=b, c-d @e')).to.equal('"a=b, c-d @e"');
    expect(csvCell(' =1')).to.equal('" =1"');
  });

  it('writes rows with CRLF that read back to the same cells, hostile ones included', () => {
    const rows = [
      ['id', 'area', 'item'],
      ['culture', 'kultura "in" umetnost', 'ohranjanje, obnova\r\nin razstave'],
      ['x', '=cmd|" /C calc"!A0', '@x'],
      ['ёжик', '', '"'],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).to.equal(true);
    const back = readCsv(text);
    expect(back).to.deep.equal([rows[0], rows[1], ['x', `'=cmd|" /C calc"!A0`, "'@x"], rows[3]]);
    expect(toCsv([])).to.equal('');
  });
});
