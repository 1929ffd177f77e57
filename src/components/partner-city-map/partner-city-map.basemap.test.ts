import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { markers, network } from '../../test-support/partner-city-map.fixtures.js';
import { captureWarningsPerTest, colour, emulating, part, qa, textOf } from '../../test-support/helpers.js';
import type { PartnerCityMap } from './partner-city-map.js';
import './partner-city-map.js';

// <partner-city-map>: drawing the basemap — a basemap that cannot be loaded (the cities still
// drawn, a notice), custom GeoJSON basemaps and their winding.

const warnings = captureWarningsPerTest();

describe('<partner-city-map>', () => {
  describe('drawing', () => {
    it('still draws the cities when the basemap cannot be loaded, with a warning', async () => {
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map basemap="/test-api/status?code=404" .data=${network}></partner-city-map>`,
      );
      await waitUntil(() => warnings.calls.length > 0, 'no warning', { timeout: 10000 });
      expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded/);
      expect(qa(el, '[part~="country"]')).to.have.length(0);
      expect(markers(el)).to.have.length(5);
      expect(el.state).to.equal('ready');
    });

    it('says so under the map, in its language, when the shapes cannot be loaded, and credits no shapes', async () => {
      const notices = {
        en: 'The country shapes could not be loaded; the cities are shown without them.',
        sl: 'Obrisov držav ni bilo mogoče naložiti; mesta so prikazana brez njih.',
      };
      for (const [lang, theme] of [
        ['en', 'light'],
        ['sl', 'dark'],
      ] as const) {
        warnings.calls.length = 0;
        const el = await fixture<PartnerCityMap>(
          html`<partner-city-map lang=${lang} theme=${theme} basemap="/test-api/status?code=404" attribution="© Test basemap" .data=${network}></partner-city-map>`,
        );
        await waitUntil(() => part(el, 'notice'), `no notice (${lang})`, { timeout: 5000 });
        expect(textOf(part(el, 'notice'))).to.equal(notices[lang]);
        expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
        expect(part(el, 'attribution'), 'a credit for shapes that are not drawn').to.equal(null);
        expect(textOf(el.shadowRoot)).not.to.include('Natural Earth');
        expect(markers(el)).to.have.length(5);
        // The console still names the reason.
        expect(warnings.calls).to.have.length(1);
        expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded \(.*404/);
        await expect(el).to.be.accessible();
      }
    });

    it('shows the notice in system colours in forced-colours mode', async () => {
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map basemap="/test-api/status?code=404" .data=${network}></partner-city-map>`,
      );
      await waitUntil(() => part(el, 'notice'), 'no notice', { timeout: 5000 });
      expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded/);
      await emulating({ forcedColors: 'active' }, () => {
        const notice = getComputedStyle(part(el, 'notice')!);
        expect(notice.color).to.equal(colour('CanvasText'));
        expect(notice.backgroundColor).to.equal(colour('Canvas'));
        expect(notice.borderTopColor).to.equal(colour('CanvasText'));
      });
    });

    it('takes the notice away when a basemap that loads is chosen', async () => {
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map basemap="/test-api/status?code=404" attribution="© Test basemap" .data=${network}></partner-city-map>`,
      );
      await waitUntil(() => part(el, 'notice'), 'no notice', { timeout: 5000 });
      expect(warnings.calls[0]).to.match(/^\[partner-city-map\] the map shapes could not be loaded/);
      el.basemap = '/demo/data/custom-basemap.json';
      await waitUntil(() => qa(el, '[part~="country"]').length > 0 && !part(el, 'notice'), 'the notice stayed after a basemap loaded', {
        timeout: 5000,
      });
      expect(textOf(part(el, 'attribution'))).to.equal('© Test basemap');
      expect(warnings.calls).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows no notice when the shapes load', async () => {
      const el = await fixture<PartnerCityMap>(html`<partner-city-map .data=${network}></partner-city-map>`);
      await waitUntil(() => qa(el, '[part~="country"]').length > 0, 'country shapes never drawn', { timeout: 5000 });
      expect(part(el, 'notice')).to.equal(null);
      expect(textOf(part(el, 'attribution'))).to.equal('Natural Earth');
    });

    it('draws a custom GeoJSON basemap', async () => {
      const square = (code: string, x: number, y: number) => ({
        type: 'Feature',
        properties: { iso_a2: code },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x, y + 5],
              [x + 5, y + 5],
              [x + 5, y],
              [x, y],
            ],
          ],
        },
      });
      const geojson = { type: 'FeatureCollection', features: [square('SI', 12, 44), square('HR', 15, 43), square('XX', 20, 50)] };
      const url = URL.createObjectURL(new Blob([JSON.stringify(geojson)], { type: 'application/json' }));
      const el = await fixture<PartnerCityMap>(html`<partner-city-map basemap=${url} .data=${network}></partner-city-map>`);
      // XX lies outside the view and is clipped away.
      await waitUntil(() => qa(el, '[part~="country"]').length === 2, 'custom basemap not drawn', { timeout: 10000 });
      expect(qa(el, '.country.home')).to.have.length(1);
      expect(qa(el, '.country.tint')).to.have.length(1);
    });

    it('turns GeoJSON rings wound the RFC 7946 way (counter-clockwise) around instead of flooding the map', async () => {
      const ccw = (code: string, x: number, y: number) => ({
        type: 'Feature',
        properties: { iso_a2: code },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 4, y],
              [x + 4, y + 3],
              [x, y + 3],
              [x, y],
            ],
          ],
        },
      });
      const url = URL.createObjectURL(
        new Blob([JSON.stringify({ type: 'FeatureCollection', features: [ccw('SI', 13, 45), ccw('AT', 12, 47)] })], {
          type: 'application/json',
        }),
      );
      const el = await fixture<PartnerCityMap>(
        html`<partner-city-map basemap=${url} attribution="© Test basemap" .data=${network}></partner-city-map>`,
      );
      await waitUntil(() => qa(el, '[part~="country"]').length === 2, 'basemap not drawn', { timeout: 10000 });
      const frame = part(el, 'frame')!.getBoundingClientRect();
      for (const country of qa<SVGPathElement>(el, '[part~="country"]')) {
        // A small shape, not the whole sphere minus a hole.
        expect(country.getBoundingClientRect().width).to.be.lessThan(frame.width / 2);
      }
      expect(textOf(part(el, 'attribution'))).to.equal('© Test basemap');
    });
  });
});
