/**
 * The reader's settings and the sites Framing Lens runs on by itself, kept in the background's memory and current with
 * storage: a click checks the "never" list against them and hands them to the script it injects (utils/lens-boot.ts)
 * without a storage read on its way. Until the first read has landed (just after the worker wakes), the answer is a
 * promise.
 */
import type { LensBoot } from '../lens-boot';
import { loadSettings, settingsItem, withDefaults } from '../settings';
import { autoSitesItem } from '../sites';

export function rememberBoot(): () => LensBoot | Promise<LensBoot> {
  let boot: LensBoot | null = null;
  const read = () =>
    Promise.all([loadSettings(), autoSitesItem.getValue()]).then(([settings, autoSites]) => {
      // A change that arrived while this read was under way has already set the newer value.
      boot ??= { settings, autoSites };
      return boot;
    });
  const first = read();
  settingsItem.watch((value) => {
    if (boot) boot = { ...boot, settings: withDefaults(value) };
  });
  autoSitesItem.watch((value) => {
    if (boot) boot = { ...boot, autoSites: value ?? [] };
  });
  return () => boot ?? first;
}
