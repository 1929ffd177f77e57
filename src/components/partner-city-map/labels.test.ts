import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { placeLabels, textWidth, type Box, type LabelRequest } from './labels.js';

// Label placement on its own: which spot each label takes, which are left out, and that labels
// stay inside the frame and clear of each other, of markers and of the map's controls.

const label = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  text: id,
  x,
  y,
  r: 5,
  width: 50,
  height: 14,
  ...extra,
});

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('labels', () => {
  it('puts a label right of its marker, vertically centred on it, when there is room', () => {
    const [placed] = placeLabels([label('a', 100, 100)], 800, 500);
    // 5 px of marker and 3 px of gap; the baseline 0.35 of the text's height below the centre.
    expect(placed).to.deep.equal({ id: 'a', text: 'a', x: 108, y: 104.9, anchor: 'start', box: { x: 108, y: 93, width: 50, height: 14 } });
  });

  it('moves labels of cities on the same spot left, above, below, and leaves out the fifth', () => {
    const placed = placeLabels(
      ['a', 'b', 'c', 'd', 'e'].map((id) => label(id, 200, 200)),
      800,
      500,
    );
    expect(placed.map((l) => [l.id, l.anchor])).to.deep.equal([
      ['a', 'start'],
      ['b', 'end'],
      ['c', 'middle'],
      ['d', 'middle'],
    ]);
    expect(placed[1].box).to.deep.equal({ x: 142, y: 193, width: 50, height: 14 });
    // Above the marker, then below it.
    expect(placed[2].box).to.deep.equal({ x: 175, y: 178, width: 50, height: 14 });
    expect(placed[3].box).to.deep.equal({ x: 175, y: 208, width: 50, height: 14 });
  });

  it('gives the first label the best spot: the order is the importance', () => {
    const placed = placeLabels([label('second', 200, 200), label('first', 200, 200)], 800, 500);
    expect(placed.find((l) => l.id === 'second')!.anchor).to.equal('start');
    expect(placed.find((l) => l.id === 'first')!.anchor).to.equal('end');
  });

  it('does not cover another marker, unless the label is required (the home city), and never another label', () => {
    // A city with a marker in each of its four spots.
    const around = [label('r', 130, 100), label('l', 70, 100), label('u', 100, 80), label('d', 100, 120)];
    const crowded = (required: boolean) => placeLabels([label('home', 100, 100, { required }), ...around], 800, 500);
    expect(crowded(false).map((l) => l.id)).not.to.include('home');
    const placed = crowded(true);
    const home = placed.find((l) => l.id === 'home')!;
    expect(home.anchor).to.equal('start');
    for (const other of placed.filter((l) => l !== home)) expect(overlaps(home.box, other.box), other.id).to.equal(false);
    // Required, but every spot taken by a label: left out all the same.
    const taken = placeLabels(
      ['a', 'b', 'c', 'd'].map((id) => label(id, 200, 200)).concat(label('home', 200, 200, { required: true })),
      800,
      500,
    );
    expect(taken.map((l) => l.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('keeps labels inside the frame: left of a city at its right edge, none for a city in a corner', () => {
    const [right] = placeLabels([label('edge', 790, 250)], 800, 500);
    expect(right.anchor).to.equal('end');
    expect(right.box.x + right.box.width).to.be.at.most(800);
    const [bottom] = placeLabels([label('low', 400, 495)], 800, 500);
    expect(bottom.box.y + bottom.box.height).to.be.at.most(500);
    expect(placeLabels([label('corner', 795, 3, { width: 120 })], 800, 500)).to.deep.equal([]);
  });

  it('keeps labels clear of obstacles (the zoom buttons)', () => {
    const buttons = { x: 760, y: 0, width: 40, height: 112 };
    const [placed] = placeLabels([label('near', 720, 50)], 800, 500, [buttons]);
    expect(placed.anchor).to.equal('end');
    expect(overlaps(placed.box, buttons)).to.equal(false);
  });

  it('for any cities: every label inside the frame, clear of the others and of the obstacles', () => {
    const request = fc.record({
      x: fc.integer({ min: -20, max: 420 }),
      y: fc.integer({ min: -20, max: 320 }),
      width: fc.integer({ min: 1, max: 150 }),
      required: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), (requests) => {
        const obstacles = [
          { x: 360, y: 0, width: 40, height: 112 },
          { x: 324, y: 279, width: 76, height: 21 },
        ];
        const placed = placeLabels(
          requests.map((r, i) => label(`c${i}`, r.x, r.y, r)),
          400,
          300,
          obstacles,
        );
        for (const [i, l] of placed.entries()) {
          const { box } = l;
          expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 400 && box.y + box.height <= 300, `${l.id} inside`).to.equal(true);
          for (const o of obstacles) expect(overlaps(box, o), `${l.id} clear of the controls`).to.equal(false);
          for (const other of placed.slice(i + 1)) expect(overlaps(box, other.box), `${l.id} / ${other.id}`).to.equal(false);
        }
      }),
    );
  });

  it("never lets a label cover another city's marker, far outside the frame and zoomed in too", () => {
    // Markers are filed by 32 px cells: cities at negative and very large screen positions, labels wider than a cell.
    const city = fc.record({
      x: fc.double({ min: -5000, max: 20000, noNaN: true }),
      y: fc.double({ min: -5000, max: 20000, noNaN: true }),
      width: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(city, { maxLength: 120 }), fc.integer({ min: 0, max: 119 }), (cities, near) => {
        // Many cities on screen, some of them within a label's width of each other.
        const requests = cities.map((c, i) => label(`c${i}`, i % 2 ? c.x : (c.x % 400) + 200, i % 2 ? c.y : (c.y % 300) + 150, c));
        if (requests[near]) requests.push(label('close', requests[near].x + 20, requests[near].y + 4));
        const placed = placeLabels(requests, 800, 600);
        for (const l of placed)
          for (const r of requests)
            if (r.id !== l.id)
              expect(overlaps(l.box, { x: r.x - r.r, y: r.y - r.r, width: 2 * r.r, height: 2 * r.r }), `${l.id} over ${r.id}`).to.equal(
                false,
              );
      }),
    );
  });

  it('estimates text widths where it does not measure them (the server, hydration)', () => {
    expect(textWidth('Ljubljana', '12px serif', true)).to.be.closeTo(9 * 12 * 0.6, 1e-9);
    expect(textWidth('Ljubljana', '16px serif', true, 16)).to.be.closeTo(9 * 16 * 0.6, 1e-9);
    // Measured in the browser: a wider font gives a wider label.
    expect(textWidth('Ljubljana', '24px sans-serif')).to.be.greaterThan(textWidth('Ljubljana', '12px sans-serif'));
  });
});
