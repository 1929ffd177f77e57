// The framework typings (partner-city-widgets/types/*) as users get them: `npm pack`, the tarball
// installed into a new project in the system's temp folder, then each framework's own checker
// over a small app — tsc for React 19, Preact and Solid JSX, vue-tsc for a Vue SFC,
// svelte-check for a Svelte 5 component, lit-analyzer for a Lit template (the attribute
// information in the published .d.ts). Each app holds right uses (typed attributes, `data` as
// an object and as JSON text, typed event handlers) and wrong ones that must be reported
// (`// @ts-expect-error`, `<!-- @vue-expect-error -->`, or `<!-- expect-error -->` before the
// line for svelte-check and lit-analyzer). Each framework's app is also checked once without
// the typings' import: that run must fail, so the typings are what makes the app pass.
//
// Run after `npm run build`: `npm run test:types`. The frameworks and their checkers are the
// repository's devDependencies, linked into the temp project; the tarball's own dependencies
// install from npm's cache (the registry only when the cache lacks them). KEEP_TYPES_DIR=1
// keeps the temp project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = {
  tsc: join(repo, 'node_modules/typescript/bin/tsc'),
  vueTsc: join(repo, 'node_modules/vue-tsc/bin/vue-tsc.js'),
  svelteCheck: join(repo, 'node_modules/svelte-check/bin/svelte-check'),
  litAnalyzer: join(repo, 'node_modules/lit-analyzer/cli.js'),
};
/** The frameworks' packages the apps use, linked from the repository's node_modules. */
const LINKED = ['react', 'react-dom', '@types/react', '@types/react-dom', 'preact', 'solid-js', 'vue', 'svelte'];
const GENERATED = ['elements', 'input', 'react', 'preact', 'solid', 'vue', 'svelte'].map((f) => `dist/types/frameworks/${f}.d.ts`);

for (const file of ['dist/types/index.d.ts', ...GENERATED]) {
  if (!existsSync(join(repo, file))) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** Runs a checker: its exit code and its whole output. */
function check(args, cwd) {
  try {
    return { code: 0, output: run(process.execPath, args, cwd) };
  } catch (e) {
    return { code: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pcw-types-'));
const app = join(dir, 'app');
const write = (file, text) => {
  mkdirSync(dirname(join(app, file)), { recursive: true });
  writeFileSync(join(app, file), text);
};

// ---- The user's project ----------------------------------------------------------------------

const [info] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repo));
mkdirSync(app);
write('package.json', JSON.stringify({ name: 'pcw-types-app', private: true, type: 'module' }, null, 2));
const install = ['install', join(dir, info.filename), '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
try {
  run('npm', [...install, '--offline'], app);
} catch {
  run('npm', [...install, '--prefer-offline'], app);
}
for (const name of LINKED) {
  mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
  symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
}

const ANNOUNCEMENT = `{ title: { sl: 'Dnevi Ljubljane v Moskvi', en: 'Days of Ljubljana in Moscow' }, published: '2019-09-11', tags: ['moskva'] }`;
const CITIES = `[{ id: 'lj', name: 'Ljubljana', lat: 46.05, lon: 14.51, role: 'home' }, { id: 'mo', name: { ru: 'Москва' }, lat: 55.75, lon: 37.62 }]`;
const compilerOptions = {
  target: 'es2022',
  lib: ['es2022', 'dom', 'dom.iterable'],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
};

/** JSX for React 19 and Preact: `onpcw-…` props (both add a listener of the name after `on`). */
const jsxApp = (typings, extra = '') => `${typings}
import 'partner-city-widgets';
import type { AnnouncementInput, AreaInput } from 'partner-city-widgets/types/elements';
${extra}
const announcement: AnnouncementInput = ${ANNOUNCEMENT};
const areas: AreaInput[] = [{ title: 'Culture', items: ['Theatre weeks', { title: 'Exhibitions', url: '/razstave' }] }];
const seen: string[] = [];

export const app = (
  <main>
    <city-news-card heading-level={3} variant="compact" date-style="long" structured-data data={announcement} onpcw-tag-select={(e) => seen.push(e.detail.tag)} />
    <city-news-card data='{"title": "From JSON text"}' heading-level="2" theme="dark" tag-href="/iskanje?tag={tag}" onpcw-load={(e) => seen.push(e.detail.data.url ?? '')} />
    <cooperation-areas layout="grid" searchable data={areas} onpcw-area-toggle={(e) => seen.push(e.detail.id, String(e.detail.open))} />
    <cooperation-areas data={{ areas }} src="/areas.json" timeout={5000} />
    <partner-city-map projection="conic" data={{ cities: ${CITIES}, links: [['lj', 'mo']] }} onpcw-city-select={(e) => seen.push(e.detail.city.id, e.detail.name)} />
    <partner-city-map data={${CITIES}} onpcw-error={(e) => seen.push(e.detail.kind)} />
    {/* @ts-expect-error: no such variant */}
    <city-news-card variant="huge" />
    {/* @ts-expect-error: not a number */}
    <city-news-card heading-level="two" />
    {/* @ts-expect-error: an attribute of <cooperation-areas>, not of the card */}
    <city-news-card layout="grid" />
    {/* @ts-expect-error: an announcement needs a title */}
    <city-news-card data={{ lead: 'No title' }} />
    {/* @ts-expect-error: data is an object or JSON text */}
    <partner-city-map data={42} />
    {/* @ts-expect-error: pcw-tag-select's detail has no city */}
    <city-news-card onpcw-tag-select={(e) => seen.push(e.detail.city)} />
    {/* @ts-expect-error: cities need coordinates */}
    <partner-city-map data={[{ id: 'x', name: 'X' }]} />
  </main>
);
`;

const tsconfig = (file, options) => JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: [file] }, null, 2);

/** Each case: files to write, the checker, and the import that brings the typings (removed for the control run). */
const cases = [
  {
    name: 'React 19 JSX (tsc, moduleResolution bundler): import type {} from "partner-city-widgets/types/react"',
    typings: `import type {} from 'partner-city-widgets/types/react';`,
    files: (t) => ({
      'react/app.tsx': jsxApp(
        t,
        `import { createRef } from 'react';\nimport type { CityNewsCard } from 'partner-city-widgets';\nexport const ref = createRef<CityNewsCard>();\nexport const withRef = <city-news-card ref={ref} className="wide" id="news" hidden />;`,
      ),
      'react/tsconfig.json': tsconfig('app.tsx', { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' }),
    }),
    checker: () => check([bin.tsc, '-p', 'react/tsconfig.json'], app),
  },
  {
    name: 'React 19 JSX (tsc, moduleResolution nodenext): /// <reference types="partner-city-widgets/types/react" />',
    typings: `/// <reference types="partner-city-widgets/types/react" />`,
    files: (t) => ({
      'react-nodenext/app.tsx': jsxApp('', `import type {} from 'react';`),
      'react-nodenext/env.d.ts': `${t}\n`,
      'react-nodenext/tsconfig.json': JSON.stringify(
        {
          compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext', jsx: 'react-jsx' },
          files: ['env.d.ts', 'app.tsx'],
        },
        null,
        2,
      ),
    }),
    checker: () => check([bin.tsc, '-p', 'react-nodenext/tsconfig.json'], app),
  },
  {
    name: 'Preact JSX (tsc, jsxImportSource preact): import type {} from "partner-city-widgets/types/preact"',
    typings: `import type {} from 'partner-city-widgets/types/preact';`,
    files: (t) => ({
      'preact/app.tsx': jsxApp(t),
      'preact/tsconfig.json': tsconfig('app.tsx', {
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        jsxImportSource: 'preact',
      }),
    }),
    checker: () => check([bin.tsc, '-p', 'preact/tsconfig.json'], app),
  },
  {
    name: 'Solid JSX (tsc, jsxImportSource solid-js): import type {} from "partner-city-widgets/types/solid"',
    typings: `import type {} from 'partner-city-widgets/types/solid';`,
    files: (t) => ({
      'solid/app.tsx': jsxApp(t).replace(/onpcw-/g, 'on:pcw-'),
      'solid/tsconfig.json': tsconfig('app.tsx', {
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'preserve',
        jsxImportSource: 'solid-js',
      }),
    }),
    checker: () => check([bin.tsc, '-p', 'solid/tsconfig.json'], app),
  },
  {
    name: 'Vue 3 SFC (vue-tsc): import type {} from "partner-city-widgets/types/vue"',
    typings: `import type {} from 'partner-city-widgets/types/vue';`,
    files: (t) => ({
      'vue/main.ts': `${t}\nimport { createApp } from 'vue';\nimport App from './App.vue';\nimport 'partner-city-widgets';\ncreateApp(App).mount('#app');\n`,
      'vue/App.vue': `<script setup lang="ts">
import { ref } from 'vue';
import type { AnnouncementInput } from 'partner-city-widgets/types/elements';
const announcement: AnnouncementInput = ${ANNOUNCEMENT};
const seen = ref<string[]>([]);
</script>

<template>
  <city-news-card heading-level="3" variant="compact" :data="announcement" @pcw-tag-select="(e) => seen.push(e.detail.tag)" />
  <city-news-card data='{"title": "From JSON text"}' :heading-level="2" structured-data date-style="long" @pcw-load="(e) => seen.push(e.detail.data.url ?? '')" />
  <cooperation-areas layout="grid" searchable :data="{ areas: [{ title: 'Culture' }] }" @pcw-area-toggle="(e) => seen.push(e.detail.id)" />
  <partner-city-map projection="conic" :data="${CITIES.replace(/"/g, '&quot;')}" @pcw-city-select="(e) => seen.push(e.detail.city.id, e.detail.name)" />
  <!-- @vue-expect-error no such variant -->
  <city-news-card variant="huge" />
  <!-- @vue-expect-error not a number -->
  <city-news-card heading-level="two" />
  <!-- @vue-expect-error an announcement needs a title -->
  <city-news-card :data="{ lead: 'No title' }" />
  <!-- @vue-expect-error pcw-tag-select's detail has no city -->
  <city-news-card @pcw-tag-select="(e) => seen.push(e.detail.city)" />
  <!-- @vue-expect-error no such projection -->
  <partner-city-map projection="mercator" />
</template>
`,
      'vue/tsconfig.json': JSON.stringify(
        {
          compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve' },
          include: ['main.ts', 'App.vue'],
          vueCompilerOptions: { strictTemplates: false },
        },
        null,
        2,
      ),
    }),
    checker: () => check([bin.vueTsc, '-p', 'vue/tsconfig.json'], app),
  },
  {
    name: 'Svelte 5 component (svelte-check): /// <reference types="partner-city-widgets/types/svelte" /> in src/app.d.ts',
    typings: `/// <reference types="partner-city-widgets/types/svelte" />`,
    expectErrors: true,
    files: (t) => ({
      'svelte/src/app.d.ts': `${t}\n`,
      'svelte/src/App.svelte': `<script lang="ts">
  import 'partner-city-widgets';
  import type { AnnouncementInput } from 'partner-city-widgets/types/elements';
  const announcement: AnnouncementInput = ${ANNOUNCEMENT};
  let seen: string[] = $state([]);
</script>

<city-news-card heading-level={3} variant="compact" data={announcement} onpcw-tag-select={(e) => seen.push(e.detail.tag)}></city-news-card>
<city-news-card data={'{"title": "From JSON text"}'} heading-level="2" structured-data date-style="long" onpcw-load={(e) => seen.push(e.detail.data.url ?? '')}></city-news-card>
<cooperation-areas layout="grid" searchable data={{ areas: [{ title: 'Culture' }] }} onpcw-area-toggle={(e) => seen.push(e.detail.id)}></cooperation-areas>
<partner-city-map projection="conic" data={${CITIES}} onpcw-city-select={(e) => seen.push(e.detail.city.id, e.detail.name)}></partner-city-map>
<!-- expect-error: no such variant -->
<city-news-card variant="huge"></city-news-card>
<!-- expect-error: not a number -->
<city-news-card heading-level="two"></city-news-card>
<!-- expect-error: an announcement needs a title -->
<city-news-card data={{ lead: 'No title' }}></city-news-card>
<!-- expect-error: pcw-tag-select's detail has no city -->
<city-news-card onpcw-tag-select={(e) => seen.push(e.detail.city)}></city-news-card>
`,
      'svelte/tsconfig.json': JSON.stringify(
        {
          compilerOptions: {
            ...compilerOptions,
            module: 'esnext',
            moduleResolution: 'bundler',
            verbatimModuleSyntax: true,
            isolatedModules: true,
          },
          include: ['src/**/*.ts', 'src/**/*.svelte'],
        },
        null,
        2,
      ),
    }),
    checker: () =>
      check(
        [
          bin.svelteCheck,
          '--workspace',
          'svelte',
          '--tsconfig',
          join(app, 'svelte/tsconfig.json'),
          '--output',
          'machine',
          '--threshold',
          'error',
        ],
        app,
      ),
    errors: (output) =>
      [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({ file: m[1], line: Number(m[2]), text: m[3] })),
    file: 'svelte/src/App.svelte',
  },
  {
    name: "Lit template (lit-analyzer --strict over the published .d.ts): attributes from the classes' @attr tags",
    typings: null,
    expectErrors: true,
    files: () => ({
      'lit/app.ts': `import { html } from 'lit';
import 'partner-city-widgets';
import type { AnnouncementInput } from 'partner-city-widgets/types/elements';

declare const announcement: AnnouncementInput;
const seen: string[] = [];
export const ok = html\`
  <city-news-card heading-level="3" variant="compact" date-style="long" structured-data preview-paragraphs="1" .data=\${announcement} @pcw-tag-select=\${(e: CustomEvent<{ tag: string }>) => seen.push(e.detail.tag)}></city-news-card>
  <city-news-card data='{"title": "From JSON text"}' theme="dark" timeout="5000"></city-news-card>
  <cooperation-areas heading-level="3" layout="grid" searchable data='{"areas": []}'></cooperation-areas>
  <partner-city-map projection="conic" json='[]' src="/cities.json"></partner-city-map>
\`;
export const wrong = html\`
  <!-- expect-error: no such variant -->
  <city-news-card variant="huge"></city-news-card>
  <!-- expect-error: no such date style -->
  <city-news-card date-style="short"></city-news-card>
  <!-- expect-error: not an attribute of the map -->
  <partner-city-map heading-level="2"></partner-city-map>
\`;
`,
      'lit/tsconfig.json': tsconfig('app.ts', { module: 'esnext', moduleResolution: 'bundler' }),
    }),
    // lit-analyzer reads the tsconfig.json of the folder it runs in.
    checker: () => check([bin.litAnalyzer, 'app.ts', '--strict'], join(app, 'lit')),
    // lit-analyzer prints each problem's message, then `    <line>:  <code>`.
    errors: (output) =>
      [...output.matchAll(/^ {4}(\S.*)\n {4}(\d+):/gm)].map((m) => ({ file: 'lit/app.ts', line: Number(m[2]), text: m[1] })),
    file: 'lit/app.ts',
  },
];

// ---- Run ------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
const report = (ok, name, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}${
      ok || !detail
        ? ''
        : `\n${detail
            .trim()
            .split('\n')
            .slice(0, 40)
            .map((l) => `       ${l}`)
            .join('\n')}`
    }`,
  );
};

/** Whether a checker's result is what the case expects, and what to show when it is not. */
function verdict(c, result) {
  if (!c.expectErrors) return { ok: result.code === 0, detail: result.output };
  // The lines after each `<!-- expect-error -->` must be reported, and nothing else.
  const lines = readFileSync(join(app, c.file), 'utf8').split('\n');
  const expected = lines.flatMap((l, i) => (/<!-- expect-error/.test(l) ? [i + 2] : []));
  const errors = c.errors(result.output);
  const missing = expected.filter((line) => !errors.some((e) => e.line === line));
  const unexpected = errors.filter((e) => !expected.includes(e.line));
  const detail = `${missing.length ? `not reported: lines ${missing.join(', ')} of ${c.file}\n` : ''}${unexpected.map((e) => `unexpected: ${e.file}:${e.line} ${e.text}`).join('\n')}\n${result.output}`;
  return { ok: expected.length > 0 && !missing.length && !unexpected.length, detail, expected };
}

// ONLY=svelte (a word of the case's name) runs one case, for work on it.
for (const c of cases.filter((x) => !process.env.ONLY || x.name.toLowerCase().includes(process.env.ONLY.toLowerCase()))) {
  for (const [file, text] of Object.entries(c.files(c.typings ?? ''))) write(file, text);
  const result = verdict(c, c.checker());
  report(result.ok, c.expectErrors ? `${c.name}; its ${result.expected.length} wrong uses reported, nothing else` : c.name, result.detail);
  if (c.typings) {
    // The control: the same app without the typings must not pass.
    for (const [file, text] of Object.entries(c.files(''))) write(file, text);
    const bare = c.checker();
    const first = bare.output.match(/error TS\d+: [^\n]{0,100}|ERROR "[^"]+" \d+:\d+ "[^"]{0,100}/)?.[0] ?? `exit ${bare.code}`;
    report(!verdict(c, bare).ok, `  the same app without the typings fails (${first})`, bare.output);
  }
}

if (process.env.KEEP_TYPES_DIR) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
