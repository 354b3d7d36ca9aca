/**
 * A browser profile in which the reader has already granted the extension a site once. Headless Chromium cannot
 * answer the browser's own permission prompt, and no protocol command grants an optional host permission; but
 * Chromium does not prompt again for a site the reader granted before. So the profile is first created by a real
 * launch, then given that earlier grant in its preferences, then launched again: from there the options page's
 * button goes through permissions.request (which returns true without a prompt) like a reader's click.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';

export async function launchWithEarlierGrant(origins: string[]): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'framing-lens-profile-'));
  const first = await launchWithExtension({ headless: true, profile });
  await first.context.close(); // the profile stays: it is the one launched again below
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, unknown> & { granted_permissions: { explicit_host: string[] } }> };
  };
  const settings = prefs.extensions.settings[first.extensionId]!;
  settings.granted_permissions.explicit_host = origins;
  settings.runtime_granted_permissions = { api: [], explicit_host: origins, manifest_permissions: [], scriptable_host: [] };
  writeFileSync(file, JSON.stringify(prefs));
  return launchWithExtension({ headless: true, profile });
}
