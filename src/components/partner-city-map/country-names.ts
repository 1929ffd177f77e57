/**
 * The names of countries in a language (`Intl.DisplayNames`, falling back to English, then to the
 * code). Asked for every city of the list on every render: each name is looked up once per language.
 */
export function countryNames(): (code: string | undefined, lang: string) => string {
  let cache: { lang: string; names: Intl.DisplayNames; seen: Map<string, string> } | undefined;
  return (code, lang) => {
    if (!code) return '';
    if (cache?.lang !== lang) cache = { lang, names: new Intl.DisplayNames([lang, 'en'], { type: 'region' }), seen: new Map() };
    const { names, seen } = cache;
    let name = seen.get(code);
    if (name === undefined) {
      try {
        name = names.of(code) ?? code;
      } catch {
        name = code;
      }
      seen.set(code, name);
    }
    return name;
  };
}
