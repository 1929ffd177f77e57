import { html, type TemplateResult } from 'lit';
import { sameLanguage } from '../i18n/format.js';

/**
 * Content of the data in a language other than the widget's (a Slovene item in an English
 * widget) goes in a `<span lang>`, so that screen readers pronounce it in its own language
 * (WCAG 3.1.2); content in the widget's language, or of unknown language, stays as it is.
 */
export function inLang<T>(content: T, textLang: string, widgetLang: string): T | TemplateResult {
  return sameLanguage(textLang, widgetLang) ? content : html`<span lang=${textLang}>${content}</span>`;
}
