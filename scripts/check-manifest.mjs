// Checks custom-elements.json (after `cem analyze`): every element has its tag, a summary and a
// description, and every attribute, public property, method, event, CSS part, CSS custom property
// and slot is described; the sources use no custom property or part that is not documented; and
// the README's reference of each element lists exactly what the manifest has (exit 1 with the
// list of gaps). Members and events without a type are warned about. Part of `npm run analyze`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXPECTED_TAGS = ['city-news-card', 'city-news-feed', 'cooperation-areas', 'partner-city-map', 'partnership-timeline'];

/** Problems found in a manifest: `{ gaps, warnings }`, both empty when it is complete. */
export function manifestGaps(manifest) {
  const gaps = [];
  const warnings = [];
  const elements = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })),
  );
  const tags = elements.map((e) => e.tagName).sort();
  if (JSON.stringify(tags) !== JSON.stringify(EXPECTED_TAGS))
    gaps.push(`elements: expected ${EXPECTED_TAGS.join(', ')}, found ${tags.join(', ') || 'none'}`);
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
  const elements = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })),
  );
  const documented = (el, kind) => new Set((el[kind] ?? []).map((x) => x.name));
  const files = sources(srcDir);
  const folder = (el) => files.filter((f) => f.file.includes(`/components/${el.tagName}/`));
  for (const { file, text } of files) {
    const owner = elements.find((el) => file.includes(`/components/${el.tagName}/`));
    const module = `/${file.split('/').pop().replace(/\.ts$/, '.js')}'`;
    const users = owner ? [owner] : elements.filter((el) => folder(el).some((f) => f.text.includes(module)));
    const props = [...text.matchAll(/var\((--pcw-[a-z0-9-]+)/g)].map((m) => m[1]);
    const parts = [...text.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/));
    for (const [kind, names] of [
      ['cssProperties', props],
      ['cssParts', parts],
    ]) {
      for (const name of new Set(names)) {
        for (const el of users) {
          if (!documented(el, kind).has(name))
            gaps.push(
              `${file} uses ${kind === 'cssParts' ? 'the part' : 'the custom property'} ${name}, which <${el.tagName}> does not document`,
            );
        }
      }
    }
  }
  return gaps;
}

/**
 * Where the README's reference of each element (its `## \`<tag>\`` section) and the manifest
 * disagree: attributes, events, slots, CSS parts and custom properties, in both directions.
 */
export function readmeGaps(manifest, readme) {
  const gaps = [];
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const section = (text, heading) => {
    const start = text.indexOf(heading);
    if (start === -1) return '';
    const level = heading.match(/^#+/)[0];
    const rest = text.slice(start + heading.length);
    const end = rest.search(new RegExp(`\\n${level} |\\n${level.slice(1)} `));
    return (end === -1 ? rest : rest.slice(0, end)).replace(/```[\s\S]*?```/g, '');
  };
  const ticks = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const shared = new Set(ticks(section(readme, '## What every widget does')).filter((t) => t.startsWith('--pcw-')));
  for (const el of elements) {
    const own = section(readme, `## \`<${el.tagName}>\``);
    if (!own) {
      gaps.push(`README has no section for <${el.tagName}>`);
      continue;
    }
    const compare = (what, documented, actual, extraOk = []) => {
      for (const name of actual) if (!documented.has(name)) gaps.push(`README, <${el.tagName}> ${what}: ${name || '(default)'} is missing`);
      for (const name of documented)
        if (!actual.has(name) && !extraOk.includes(name))
          gaps.push(`README, <${el.tagName}> ${what}: ${name || '(default)'} does not exist`);
    };
    const table = (text) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .flatMap((l) => ticks(l.split('|')[1]));
    compare(
      'attributes',
      new Set(table(section(own, '### Attributes and properties'))),
      new Set((el.attributes ?? []).map((a) => a.name)),
      ['lang'],
    );
    compare(
      'events',
      new Set(ticks(section(own, '### Events')).filter((t) => t.startsWith('pcw-'))),
      new Set((el.events ?? []).map((e) => e.name)),
    );
    const slots = section(own, '### Slots');
    compare(
      'slots',
      new Set([...(/\(default\)|default slot/.test(slots) ? [''] : []), ...ticks(slots)]),
      new Set((el.slots ?? []).map((x) => x.name)),
    );
    compare(
      'parts',
      new Set(ticks(section(own, '### Parts')).filter((t) => /^[a-z][a-z-]*$/.test(t))),
      new Set((el.cssParts ?? []).map((x) => x.name)),
    );
    const props = section(own, '### Custom properties');
    const listed = new Set([...ticks(props).filter((t) => t.startsWith('--pcw-')), ...(/shared ones/.test(props) ? shared : [])]);
    compare('custom properties', listed, new Set((el.cssProperties ?? []).map((x) => x.name)));
  }
  return gaps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const { gaps, warnings } = manifestGaps(manifest);
  gaps.push(...undocumentedUses(manifest, new URL('../src', import.meta.url).pathname));
  gaps.push(...readmeGaps(manifest, readFileSync(new URL('../README.md', import.meta.url), 'utf8')));
  if (warnings.length) console.warn(`custom-elements.json: ${warnings.join('; ')} (annotate the type in the source)`);
  if (gaps.length) {
    console.error(`custom-elements.json is incomplete:\n  ${gaps.join('\n  ')}`);
    process.exit(1);
  }
}
