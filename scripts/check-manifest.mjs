// Checks custom-elements.json (after `cem analyze`): every element has its tag, a summary and a
// description, and every attribute, public property, method, event, CSS part, CSS custom property
// and slot is described (exit 1 with the list of gaps); members and events without a type are
// warned about. Part of `npm run analyze`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXPECTED_TAGS = ['city-news-card', 'cooperation-areas', 'partner-city-map'];

/** Problems found in a manifest: `{ gaps, warnings }`, both empty when it is complete. */
export function manifestGaps(manifest) {
  const gaps = [];
  const warnings = [];
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })));
  const tags = elements.map((e) => e.tagName).sort();
  if (JSON.stringify(tags) !== JSON.stringify(EXPECTED_TAGS)) gaps.push(`elements: expected ${EXPECTED_TAGS.join(', ')}, found ${tags.join(', ') || 'none'}`);
  for (const el of elements) {
    const where = (kind, name) => `<${el.tagName}> ${kind} ${name === '' ? '(default)' : name}`;
    if (!el.summary?.trim()) gaps.push(`<${el.tagName}> has no @summary`);
    if (!el.description?.trim()) gaps.push(`<${el.tagName}> has no description`);
    for (const a of el.attributes ?? []) if (!a.description?.trim()) gaps.push(`${where('attribute', a.name)} has no description`);
    for (const m of el.members ?? []) {
      if (m.privacy === 'private' || m.privacy === 'protected' || m.static) continue;
      if (!m.description?.trim()) gaps.push(`${where(m.kind, m.name)} has no description`);
      if (m.kind === 'field' && !m.type?.text) warnings.push(`${where('field', m.name)} has no type`);
    }
    for (const e of el.events ?? []) {
      if (!e.name) gaps.push(`<${el.tagName}> dispatches an event with no name`);
      else if (!e.description?.trim()) gaps.push(`${where('event', e.name)} has no description`);
      if (e.name && !e.type?.text) warnings.push(`${where('event', e.name)} has no type`);
    }
    for (const p of el.cssParts ?? []) if (!p.description?.trim()) gaps.push(`${where('CSS part', p.name)} has no description`);
    for (const p of el.cssProperties ?? []) if (!p.description?.trim()) gaps.push(`${where('CSS property', p.name)} has no description`);
    for (const s of el.slots ?? []) if (!s.description?.trim()) gaps.push(`${where('slot', s.name)} has no description`);
    for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
      if (!el[kind]?.length) gaps.push(`<${el.tagName}> lists no ${kind}`);
    }
  }
  return { gaps, warnings };
}

/** The non-test TypeScript files under a folder. */
function sources(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * What the sources use but the manifest does not document: every `--pcw-*` custom property
 * that a stylesheet reads, and every static `part="…"` name, must be documented by the
 * element whose component folder uses it; what a shared file uses (src/styles, src/internal),
 * by every element whose component folder imports that file.
 */
export function undocumentedUses(manifest, srcDir) {
  const gaps = [];
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })));
  const documented = (el, kind) => new Set((el[kind] ?? []).map((x) => x.name));
  const files = sources(srcDir);
  const folder = (el) => files.filter((f) => f.file.includes(`/components/${el.tagName}/`));
  for (const { file, text } of files) {
    const owner = elements.find((el) => file.includes(`/components/${el.tagName}/`));
    const module = `/${file.split('/').pop().replace(/\.ts$/, '.js')}'`;
    const users = owner ? [owner] : elements.filter((el) => folder(el).some((f) => f.text.includes(module)));
    const props = [...text.matchAll(/var\((--pcw-[a-z0-9-]+)/g)].map((m) => m[1]);
    const parts = [...text.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/));
    for (const [kind, names] of [['cssProperties', props], ['cssParts', parts]]) {
      for (const name of new Set(names)) {
        for (const el of users) {
          if (!documented(el, kind).has(name)) gaps.push(`${file} uses ${kind === 'cssParts' ? 'the part' : 'the custom property'} ${name}, which <${el.tagName}> does not document`);
        }
      }
    }
  }
  return gaps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const { gaps, warnings } = manifestGaps(manifest);
  gaps.push(...undocumentedUses(manifest, new URL('../src', import.meta.url).pathname));
  if (warnings.length) console.warn(`custom-elements.json: ${warnings.join('; ')} (annotate the type in the source)`);
  if (gaps.length) {
    console.error(`custom-elements.json is incomplete:\n  ${gaps.join('\n  ')}`);
    process.exit(1);
  }
}
