import { expect } from '@open-wc/testing';
import { clampView, HOME, MAX_ZOOM, MIN_ZOOM, panBy, resized, reveal, toScreen, zoomAt, type View } from './view-transform.js';

// The map's zoom and pan as plain maths: a frame of 800 × 500 showing the fitted map through
// translate(x y) scale(k).

const size = { width: 800, height: 500 };

/** The point of the fitted map (before zoom) that is at the screen point x, y. */
const under = (view: View, x: number, y: number) => ({ px: (x - view.x) / view.k, py: (y - view.y) / view.k });

describe('view-transform', () => {
  describe('zoom limits', () => {
    it('never zooms out past the whole map', () => {
      expect(MIN_ZOOM).to.equal(1);
      expect(zoomAt(HOME, 0.5, size)).to.deep.equal({ k: 1, x: 0, y: 0 });
      const zoomed = zoomAt(HOME, 3, size);
      expect(zoomAt(zoomed, 1 / 10, size)).to.deep.equal({ k: 1, x: 0, y: 0 });
    });

    it('never zooms in past MAX_ZOOM (16), however often asked', () => {
      let view = HOME;
      for (let i = 0; i < 20; i++) view = zoomAt(view, 1.5, size);
      expect(view.k).to.equal(MAX_ZOOM);
      expect(MAX_ZOOM).to.equal(16);
      expect(zoomAt(view, 1.5, size)).to.deep.equal(view);
    });

    it('zooms by the factor in between', () => {
      expect(zoomAt(HOME, 1.5, size).k).to.equal(1.5);
      expect(zoomAt(zoomAt(HOME, 1.5, size), 1.5, size).k).to.equal(2.25);
    });
  });

  describe('zooming at a point', () => {
    it('keeps the point under the zoom where it is on screen', () => {
      for (const [x, y] of [
        [300, 200],
        [400, 250],
        [620, 90],
      ]) {
        const before = under(HOME, x, y);
        const view = zoomAt(HOME, 2, size, x, y);
        expect(view.k).to.equal(2);
        expect(toScreen(view, before)).to.deep.equal({ x, y });
      }
    });

    it('keeps the point fixed from a view already zoomed and panned', () => {
      const start = clampView(3, -700, -300, size);
      const before = under(start, 500, 100);
      const view = zoomAt(start, 1.5, size, 500, 100);
      expect(view.k).to.equal(4.5);
      const at = toScreen(view, before);
      expect(at.x).to.be.closeTo(500, 1e-9);
      expect(at.y).to.be.closeTo(100, 1e-9);
    });

    it('zooms around the centre of the frame by default', () => {
      const view = zoomAt(HOME, 2, size);
      expect(view).to.deep.equal({ k: 2, x: -400, y: -250 });
      expect(toScreen(view, { px: 400, py: 250 })).to.deep.equal({ x: 400, y: 250 });
    });

    it('gives up the fixed point rather than show past the map: zooming out in a corner', () => {
      // Zoomed 4× into the bottom right corner, then out around the top left of the frame.
      const corner = clampView(4, -3 * size.width, -3 * size.height, size);
      expect(corner).to.deep.equal({ k: 4, x: -2400, y: -1500 });
      const view = zoomAt(corner, 0.5, size, 0, 0);
      // Kept on the map's bottom right edge: at k = 2 the pan is at most -width, -height.
      expect(view).to.deep.equal({ k: 2, x: -800, y: -500 });
    });
  });

  describe('panning', () => {
    it('cannot move the map while it is not zoomed', () => {
      expect(panBy(HOME, 120, -80, size)).to.deep.equal({ k: 1, x: 0, y: 0 });
    });

    it('pans within the map, and stops at its edges', () => {
      const view = clampView(2, -300, -200, size);
      expect(panBy(view, 50, -30, size)).to.deep.equal({ k: 2, x: -250, y: -230 });
      // Past the top left edge of the map: stops at 0.
      expect(panBy(view, 1000, 1000, size)).to.deep.equal({ k: 2, x: 0, y: 0 });
      // Past the bottom right edge: the map's right edge stays at the frame's (x = width - width × k).
      expect(panBy(view, -5000, -5000, size)).to.deep.equal({ k: 2, x: -800, y: -500 });
    });

    it('clamps any view to one that covers the frame', () => {
      expect(clampView(1, 40, -40, size)).to.deep.equal({ k: 1, x: 0, y: 0 });
      expect(clampView(8, 10, -9999, size)).to.deep.equal({ k: 8, x: 0, y: -3500 });
    });
  });

  describe('revealing a point and resizing', () => {
    it('leaves the view alone when the point is inside the frame by the margin', () => {
      const view = clampView(2, -200, -100, size);
      expect(reveal(view, { px: 200, py: 100 }, size)).to.equal(view);
    });

    it('centres a point outside the frame (or within 24 px of its edge), within the map', () => {
      const view = clampView(4, 0, 0, size);
      // At (10, 10) of the fitted map: on screen at (40, 40), inside; at (190, 120): (760, 480), too near the edge.
      expect(reveal(view, { px: 10, py: 10 }, size)).to.equal(view);
      const revealed = reveal(view, { px: 190, py: 120 }, size);
      expect(revealed).to.deep.equal({ k: 4, x: 400 - 190 * 4, y: 250 - 120 * 4 });
      expect(toScreen(revealed, { px: 190, py: 120 })).to.deep.equal({ x: 400, y: 250 });
      // Near the map's own edge it cannot be centred: the view stops at the edge.
      expect(reveal(view, { px: 795, py: 495 }, size)).to.deep.equal({ k: 4, x: -2400, y: -1500 });
    });

    it('keeps the zoom and scales the pan with the width when the frame is resized', () => {
      const view = clampView(2, -300, -200, size);
      expect(resized(view, 800, { width: 400, height: 250 })).to.deep.equal({ k: 2, x: -150, y: -100 });
      expect(resized(HOME, 800, { width: 400, height: 250 })).to.equal(HOME);
    });
  });
});
