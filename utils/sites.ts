/**
 * Where Framing Lens runs beyond a toolbar click. A site the reader allows gets that site's host permission (asked
 * for at that moment, never at install) and a content script registered at runtime for it; removing the site undoes
 * both. Sites are hostnames without "www.", so "example.com" covers www.example.com too.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CONTENT_SCRIPT } from './toolbar';

/** Permission-bound, so it stays on this machine (granted permissions do not sync). */
export const autoSitesItem = storage.defineItem<string[]>('local:auto-sites', { fallback: [], version: 1 });

/** Runs first in the same isolated world and marks the injection as automatic (public/auto-run.js). */
const AUTO_RUN_MARKER = '/auto-run.js';
const MARKER_GLOBAL = '__framingLensAutoRun';
const SCRIPT_PREFIX = 'auto-run:';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The site a page belongs to, or null for pages extensions cannot run on (browser pages, files, data URLs). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A site as the reader typed it: a bare hostname or any address on the site. Null when it names no site. */
export function parseSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text || /^\d+$/.test(text)) return null; // a bare number would parse as an IPv4 address
  const site = siteOf(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`);
  return site && HOST.test(site) ? site : null;
}

/** Match patterns for a site; ports are not part of a match pattern, so every port of the host is covered. */
export function originsFor(site: string): string[] {
  const plain = `*://${site}/*`;
  return site.includes('.') && !/^[\d.]+$/.test(site) ? [plain, `*://www.${site}/*`] : [plain];
}

const scriptId = (site: string) => `${SCRIPT_PREFIX}${site}`;

/**
 * Asks the browser for the site's permission. Call it straight from the reader's click, before any other await:
 * the browser only shows the prompt during a user gesture.
 */
export function requestSitePermission(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: originsFor(site) });
}

/**
 * Runs the sidebar on every page of the site from now on. Needs the permission granted first. Either everything
 * is in place (permission, registration, the stored list) or, if a step fails, nothing is: the error is rethrown.
 */
export async function enableAutoRun(site: string): Promise<void> {
  const origins = originsFor(site);
  if (!(await browser.permissions.contains({ origins }))) throw new Error(`No permission to run on ${site}.`);
  const registered = await isRegistered(site);
  if (!registered) {
    await browser.scripting.registerContentScripts([
      { id: scriptId(site), matches: origins, js: [AUTO_RUN_MARKER, CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  try {
    const sites = await autoSitesItem.getValue();
    if (!sites.includes(site)) await autoSitesItem.setValue([...sites, site].sort());
  } catch (error) {
    if (!registered) await browser.scripting.unregisterContentScripts({ ids: [scriptId(site)] }).catch(() => undefined);
    throw error;
  }
}

/** Stops running on the site by itself: the registration and the permission go, and the site leaves the list. */
export async function disableAutoRun(site: string): Promise<void> {
  if (await isRegistered(site)) await browser.scripting.unregisterContentScripts({ ids: [scriptId(site)] });
  await browser.permissions.remove({ origins: originsFor(site) });
  const sites = await autoSitesItem.getValue();
  if (sites.includes(site)) await autoSitesItem.setValue(sites.filter((s) => s !== site));
}

async function isRegistered(site: string): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(site)] });
  return scripts.length > 0;
}

/**
 * Brings registrations in line with the stored list and the permissions the browser still holds: the reader may
 * have revoked a site's permission in the browser's own settings, or the browser may have dropped registrations.
 */
export async function reconcileAutoRun(): Promise<void> {
  const sites = await autoSitesItem.getValue();
  const kept: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: originsFor(site) })) kept.push(site);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered
    .map((s) => s.id)
    .filter((id) => id.startsWith(SCRIPT_PREFIX) && !kept.includes(id.slice(SCRIPT_PREFIX.length)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const present = new Set(registered.map((s) => s.id));
  const missing = kept.filter((site) => !present.has(scriptId(site)));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((site) => ({
        id: scriptId(site),
        matches: originsFor(site),
        js: [AUTO_RUN_MARKER, CONTENT_SCRIPT],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  if (kept.length !== sites.length) await autoSitesItem.setValue(kept);
}

/**
 * Whether this content script was injected by a site's registration rather than a click; reading it clears it, so a
 * later injection by a click in the same page is not mistaken for an automatic one.
 */
export function takeAutoRunMarker(): boolean {
  const scope = globalThis as Record<string, unknown>;
  const marked = scope[MARKER_GLOBAL] === true;
  delete scope[MARKER_GLOBAL];
  return marked;
}
