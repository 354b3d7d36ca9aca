/**
 * Analysis → the JSON export documented in docs/report-format.md. Researchers and teachers keep these files, so the
 * shape is versioned: a change that removes or renames a field bumps REPORT_VERSION.
 */
import type { AlsoNamed, AlsoNamedLabelKind } from './core/also-named/find';
import type { Entry } from './glossary/schema';
import type { Analysis, FindingSource, Flag, SideRow } from './core/types';
import type { PageMeta } from './page/extract';
import type { WatchCategory, WatchLevel } from './core/watch/data';
import type { ToneSummary } from './core/watch/tone';

export const REPORT_FORMAT = 'framing-lens-report';
export const REPORT_VERSION = 1;

export interface ReportFinding {
  entryId: string;
  name: string;
  kind: Entry['kind'];
  flag: Flag;
  text: string;
  start: number;
  end: number;
  quoted: boolean;
  source: FindingSource;
  targetEntryId: string | null;
  note: string | null;
}

/** A word to watch, with what the sidebar says of it. */
export interface ReportWatchWord {
  text: string;
  start: number;
  end: number;
  /** The headword ("slammed" for "slams"). */
  word: string;
  category: WatchCategory;
  /** The category's name, and why it matters, as the list words it. */
  categoryName: string;
  note: string;
  level: WatchLevel;
  alternative: string;
  quoted: boolean;
}

/** A name the glossary lacks, with the labels the article gives it (docs/report-format.md, `alsoNamed[]`). */
export interface ReportAlsoNamed {
  name: string;
  kind: AlsoNamed['kind'];
  count: number;
  first: number;
  labels: { label: string; kind: AlsoNamedLabelKind; by: string | null; quoted: boolean }[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  generator: { name: 'Framing Lens'; version: string };
  url: string;
  title: string;
  site: string | null;
  outletEntryId: string | null;
  publishedTime: string | null;
  analyzedAt: string;
  scope: 'article' | 'page';
  textLength: number;
  findings: ReportFinding[];
  sides: SideRow[];
  /** Words to watch at the reader's level, in text order. */
  watch: ReportWatchWord[];
  tone: ToneSummary;
  /** Organisations and people the glossary lacks, the most often named first. */
  alsoNamed: ReportAlsoNamed[];
}

export type ReportedAnalysis = Analysis & { tone: ToneSummary; alsoNamed: readonly AlsoNamed[] };

export function buildReport(input: {
  /** The analysis with its tone summary and the names the glossary lacks, as the background worker made them. */
  analysis: ReportedAnalysis;
  meta: PageMeta;
  /** A page too large to pick the article out of was read whole: for the report, the whole visible page. */
  scope: 'article' | 'page' | 'large-page';
  outlet: Entry | null;
  entries: ReadonlyMap<string, Entry>;
  extensionVersion: string;
  now?: Date;
}): Report {
  const { analysis, meta, entries } = input;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generator: { name: 'Framing Lens', version: input.extensionVersion },
    url: meta.url,
    title: meta.title,
    site: input.outlet?.name ?? meta.site,
    outletEntryId: input.outlet?.id ?? null,
    publishedTime: meta.publishedTime,
    analyzedAt: (input.now ?? new Date()).toISOString(),
    scope: input.scope === 'article' ? 'article' : 'page',
    textLength: analysis.text.length,
    findings: analysis.findings.flatMap((f) => {
      const entry = entries.get(f.entryId);
      if (!entry) return [];
      return [
        {
          entryId: f.entryId,
          name: entry.name,
          kind: entry.kind,
          flag: f.flag,
          text: f.text,
          start: f.start,
          end: f.end,
          quoted: f.quoted,
          source: f.source,
          targetEntryId: f.targetEntryId ?? null,
          note: f.note ?? null,
        },
      ];
    }),
    sides: analysis.sides,
    // The category's name and note come with the tone summary, which counts every word: the words-to-watch list
    // itself stays in the background, out of the script a click injects.
    watch: analysis.watch.map((w) => {
      const category = analysis.tone.categories.find((c) => c.category === w.category)!;
      return { ...w, categoryName: category.name, note: category.note };
    }),
    tone: analysis.tone,
    alsoNamed: analysis.alsoNamed.map((a) => ({ ...a, labels: a.labels.map((l) => ({ label: l.label, kind: l.kind, by: l.by ?? null, quoted: l.quoted })) })),
  };
}

/** A file name that sorts by date and says what the file holds. */
export function reportFileName(meta: PageMeta, now = new Date()): string {
  const slug = meta.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `framing-lens-${now.toISOString().slice(0, 10)}-${slug || 'page'}.json`;
}
