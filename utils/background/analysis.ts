/**
 * The analysis room, in the background: the glossary, its compiled matcher and the core run here, once per worker,
 * so the script a click injects carries none of them and the page's thread never builds or runs the matcher. The
 * content script sends the article's text (which never leaves the browser: this worker is the extension's own) and
 * gets back the findings, their tone summary and just the entries the findings name; then, once those are on screen,
 * it asks for the names the glossary lacks.
 */
import { findAlsoNamed, type AlsoNamed } from '../core/also-named/find';
import { analyze, scanGlossary } from '../core/analyze';
import { compileGlossary } from '../core/compile';
import { descriptors } from '../core/descriptors';
import { findQuotations } from '../core/rules/quotation';
import { senses } from '../core/senses';
import { watchBook } from '../core/watch/data';
import { summariseTone } from '../core/watch/tone';
import { loadBuiltinEntries } from '../glossary/builtin-loaded';
import { applyExemptions, exemptionsFor, isOwnEntry, mergeGlossary } from '../glossary/merge';
import type { Entry } from '../glossary/schema';
import type { AlsoNamedRequest, AnalysisReply, AnalysisRequest, KeptAnalysisRequest } from '../messages';
import { FINDINGS_CAP, outletFor } from '../findings-view';
import { customEntriesItem, loadSettings, type Settings } from '../settings';
import { siteOf } from '../sites';
import { keepText, keptText, forgetText } from './kept-texts';

/** Active glossaries by what they are made of; a few are kept, as the reader moves between sites with exemptions. */
const glossaries = new Map<string, Entry[]>();
const GLOSSARIES_KEPT = 4;

/** The glossary in force on `site`: the built-in entries, the reader's own on top, minus the site's exemptions. */
async function activeGlossary(site: string | null): Promise<{ glossary: Entry[]; settings: Settings }> {
  const [settings, custom, builtin] = await Promise.all([loadSettings(), customEntriesItem.getValue(), loadBuiltinEntries()]);
  // Keyed by content, not identity: storage hands out a new array on every read, and the compiled matcher is cached
  // per glossary array, so the same content must give the same array.
  const key = JSON.stringify([custom, exemptionsFor(settings.exemptions, site)]);
  let glossary = glossaries.get(key);
  if (!glossary) {
    glossary = applyExemptions(mergeGlossary(builtin, custom ?? []), settings.exemptions, site);
    if (glossaries.size >= GLOSSARIES_KEPT) glossaries.delete(glossaries.keys().next().value!);
    glossaries.set(key, glossary);
  }
  return { glossary, settings };
}

/**
 * Builds the matcher for the page a click is about to open on, and the core's word books (senses, side descriptors,
 * words to watch), while the script is being injected and Readability reads the page: the click's analysis then
 * finds them ready, and a worker the click has just started spends on them time it would otherwise wait for the
 * page's text. The analysis needs every one of them, so building them first never makes it later. Running the core
 * over texts of our own too, to compile its code before the page's text comes, made no click sooner
 * (docs/architecture.md, "A worker just started").
 */
export async function warmUp(url: string | undefined): Promise<void> {
  const { glossary, settings } = await activeGlossary(siteOf(url));
  compileGlossary(glossary, { categories: new Set(settings.hiddenCategories) });
  senses();
  descriptors();
  if (settings.watchLevel !== 'off') watchBook();
}

/** The analysis of a text sent whole, or of one sent in parts under a key (null when no text is kept under it). */
export function analyseText(given: AnalysisRequest): Promise<AnalysisReply>;
export function analyseText(given: AnalysisRequest | KeptAnalysisRequest): Promise<AnalysisReply | null>;
export async function analyseText(given: AnalysisRequest | KeptAnalysisRequest): Promise<AnalysisReply | null> {
  const request = withText(given);
  if (!request) return null;
  const { glossary, settings } = await activeGlossary(request.site);
  const watchSkippedFor = settings.watchLevel !== 'off' && !isEnglish(request.lang) ? request.lang : null;
  const { findings, sides, watch } = analyze(request.text, glossary, {
    quotedRanges: request.quoted,
    watchLevel: watchSkippedFor ? 'off' : settings.watchLevel,
    includeContext: settings.showActors,
    disabledCategories: new Set(settings.hiddenCategories),
  });
  const byId = new Map(glossary.map((e) => [e.id, e]));
  const outlet = outletFor(request.hostnames, glossary);
  const named = new Set(findings.map((f) => f.entryId));
  if (outlet) named.add(outlet.id);
  const entries = [...named].flatMap((id) => byId.get(id) ?? []);
  const pointedTo = entries.flatMap((e) => e.term?.mirrors ?? []).flatMap((id) => byId.get(id) ?? []);
  const upTo = request.all ? Infinity : FINDINGS_CAP;
  return {
    findings: findings.slice(0, upTo),
    totals: { findings: findings.length, framing: findings.filter((f) => f.flag === 'framing').length, watch: watch.length },
    sides,
    watch: watch.slice(0, upTo),
    tone: summariseTone(request.text, watch),
    watchSkippedFor,
    entries,
    own: entries.filter(isOwnEntry).map((e) => e.id),
    outletId: outlet?.id ?? null,
    names: Object.fromEntries([...entries, ...pointedTo].map((e) => [e.id, e.name])),
    textKey: request.all ? null : keepText('textKey' in given ? given.textKey : crypto.randomUUID(), request),
  };
}

function withText(request: AnalysisRequest | KeptAnalysisRequest): AnalysisRequest | null {
  if (!('textKey' in request)) return request;
  const { textKey, ...rest } = request;
  const kept = keptText(textKey);
  return kept ? { ...rest, text: kept.text } : null;
}

/**
 * The organisations and people in the text that the glossary in force on the page's site lacks; null when asked by a
 * key this worker does not hold (it was stopped and started again since the analysis).
 */
export async function alsoNamedIn(request: AlsoNamedRequest): Promise<AlsoNamed[] | null> {
  const given = 'textKey' in request ? keptText(request.textKey) : request;
  if ('textKey' in request) forgetText(request.textKey);
  if (!given) return null;
  const { text, quoted } = given;
  const { glossary } = await activeGlossary(request.site);
  // Every glossary pattern, even one switched off or read away in its place, counts as known, so the list never names
  // again what the glossary covers.
  const known = scanGlossary(compileGlossary(glossary), text).matches.map((m): [number, number] => [m.start, m.end]);
  return findAlsoNamed(text, { known, quotes: findQuotations(text, quoted) });
}

/** A page that declares no language is read as English, as most pages that omit it are. */
function isEnglish(lang: string | null): boolean {
  return lang === null || /^en(?:-|$)/i.test(lang.trim());
}
