/**
 * An entry as of the article's publication date: what the actor was called then, and the renames and designations
 * that came after it, so a card on a 2016 article does not read as if the 2016 name were the present one (or the
 * reverse). From the dates the glossary already holds (`names[].from/to`, `designations[].year`). Pure.
 */
import type { Entry } from '../glossary/schema';

export interface AsOfPublication {
  /** The year the article was published. */
  year: number;
  /** The name in force when the article was published, where it is not the name the card shows. */
  calledThen: string | null;
  /** Names taken after the article, in order. */
  laterNames: Array<{ name: string; from: string }>;
  /** Designations made in a later year than the article's. */
  laterDesignations: Array<{ by: string; year: number }>;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A partial date ("2017", "2017-01") as the first day it covers, comparable as a string with an ISO day. */
const startOf = (partial: string) => (partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial);

/**
 * What to say of `entry` on an article published at `published` (ISO 8601, as pages declare it), or null when the
 * date is unknown or nothing changed after it. A name is in force from its `from` until the `to` that ends it
 * (exclusive); where periods of a year's precision overlap, the later name wins.
 */
export function asOfPublication(entry: Entry, published: string | null | undefined): AsOfPublication | null {
  const day = published?.match(ISO_DAY);
  if (!day) return null;
  const date = day[0];
  const year = Number(day[1]);
  const names = entry.names ?? [];
  const inForce = names.findLast((n) => (!n.from || startOf(n.from) <= date) && (!n.to || date < startOf(n.to)));
  const calledThen = inForce && !sameName(inForce.name, entry.name) ? inForce.name : null;
  const laterNames = names.flatMap((n) => (n.from && startOf(n.from) > date ? [{ name: n.name, from: n.from }] : []));
  const laterDesignations = (entry.designations ?? []).filter((d) => d.year > year).map(({ by, year: y }) => ({ by, year: y }));
  if (!calledThen && laterNames.length === 0 && laterDesignations.length === 0) return null;
  return { year, calledThen, laterNames, laterDesignations };
}

/** A name without what it puts in brackets, for comparing. */
const plain = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim().toLowerCase();

/** "Jabhat Fateh al-Sham" and "Jabhat Fateh al-Sham (JFS)" are one name for the reader. */
function sameName(a: string, b: string): boolean {
  return plain(a) === plain(b);
}
