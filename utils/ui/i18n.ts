/**
 * The UI's words, from the extension's locale files (public/_locales/<locale>/messages.json) through the browser's
 * i18n API. The browser picks the locale; plurals are separate messages (`<key>_one`, `<key>_other`, and the other
 * CLDR categories a locale needs) chosen with Intl.PluralRules, which the browser's format lacks. The UI takes its
 * `lang` and `dir` from the locale file its strings come from (`ui_lang`, `ui_dir`), never from the page — nor from
 * the browser's own language, which may be one we have no strings for.
 */
import type en from '../../public/_locales/en/messages.json';

type Keys = keyof typeof en;
/** Messages with plural forms, by their stem. */
export type PluralKey = Keys extends infer K ? (K extends `${infer Stem}_other` ? Stem : never) : never;
export type MessageKey = Exclude<Keys, `${PluralKey}_${string}`>;

/** The browser's lookup (`browser.i18n.getMessage`): '' for an unknown key. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Words not yet said: a message and what goes into it, for code that has no translator — the glossary checks run in
 * the options page, in the build and in the tests, and only the page that shows a problem knows the reader's
 * language. A substitution may itself be a phrase ("Sources → item 2": a step of a path, inside a problem).
 */
export type Phrase = (
  | { key: MessageKey; count?: undefined }
  | { key: PluralKey; count: number }
) & { subs?: ReadonlyArray<string | number | Phrase> };

export interface Translator {
  lang: string;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, ...subs: Array<string | number>) => string;
  /** The form of `key` for `count`, with the count (formatted for the locale) as $1 and any `subs` after it. */
  plural: (key: PluralKey, count: number, ...subs: Array<string | number>) => string;
  number: (n: number) => string;
  /** A phrase in this locale's words, the phrases inside it first. */
  say: (phrase: Phrase) => string;
}

export function createTranslator(getMessage: GetMessage): Translator {
  // The browser's lookup crosses into native code on every call, and a sidebar render asks for a hundred messages:
  // those without substitutions never change, so each is asked once.
  const fixed = new Map<string, string>();
  const message = (key: string) => {
    let text = fixed.get(key);
    if (text === undefined) fixed.set(key, (text = getMessage(key)));
    return text;
  };
  const lang = message('ui_lang') || 'en';
  const dir = message('ui_dir') === 'rtl' ? 'rtl' : 'ltr';
  // A script's first Intl.NumberFormat costs it 12–28 ms in Chromium, on the click's critical path: it is made only
  // for a number the locale file cannot write itself. Under 1,000 (no grouping) and with at most one decimal (the tone
  // section's rates), nearly every number the sidebar shows is written with the file's digits (`ui_digits`) and
  // decimal sign (`ui_decimal`), as Intl writes them.
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const digits = [...message('ui_digits')];
  const decimal = message('ui_decimal');
  const number = (n: number) =>
    digits.length === 10 && decimal && n >= 0 && n < 1000 && Number.isInteger(n * 10)
      ? String(n).replace(/\d|\./g, (c) => (c === '.' ? decimal : digits[Number(c)]!))
      : (numbers ??= new Intl.NumberFormat(lang)).format(n);
  const lookup = (key: string, subs: Array<string | number>) => {
    const text = subs.length === 0 ? message(key) : getMessage(key, subs.map((s) => (typeof s === 'number' ? number(s) : s)));
    // A missing message is a bug in the locale files; show the key rather than nothing, so it is seen and fixed.
    return text || key;
  };
  const plural = (key: string, count: number, subs: Array<string | number>) => {
    const form = `${key}_${(rules ??= new Intl.PluralRules(lang)).select(count)}`;
    return lookup(message(form) ? form : `${key}_other`, [count, ...subs]);
  };
  const say = (phrase: Phrase): string => {
    const subs = (phrase.subs ?? []).map((s) => (typeof s === 'object' ? say(s) : s));
    return phrase.count === undefined ? lookup(phrase.key, subs) : plural(phrase.key, phrase.count, subs);
  };
  return {
    lang,
    dir,
    number,
    say,
    t: (key, ...subs) => lookup(key, subs),
    plural: (key, count, ...subs) => plural(key, count, subs),
  };
}

/** The browser's lookup over one parsed messages.json, for code that runs outside it (the build, the scripts, the tests). */
export function lookupIn(messages: Record<string, { message: string }>): GetMessage {
  return fillTemplates(Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message])));
}

/**
 * The browser's lookup over messages as templates, their `$1`…`$9` still in them: a locale file's messages, or those
 * the background read in the browser's language and handed to the injected script (`UI_PLACEHOLDERS`).
 */
export function fillTemplates(templates: Readonly<Record<string, string>>): GetMessage {
  return (key, subs) => {
    const message = templates[key];
    if (message === undefined) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  };
}

/** Substitutions that give a message back as its template: `getMessage(key, UI_PLACEHOLDERS)` keeps "$1" as "$1". */
export const UI_PLACEHOLDERS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];
