import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { validateGlossary } from './utils/glossary/validate';
import { problemLines, readGlossaryFiles } from './scripts/lib/glossary-files';
import { GLOSSARY_FILE } from './utils/glossary/builtin-loaded';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // An invalid glossary entry never ships: the build stops and says which entry and why.
    'build:before': () => {
      const { problems } = validateGlossary(readGlossaryFiles());
      if (problems.length > 0) {
        const lines = problemLines(problems.slice(0, 40)).map((line) => `  ${line}`);
        throw new Error(`The glossary has ${problems.length} problem(s):\n${lines.join('\n')}`);
      }
    },
    // The background fetches the glossary when a click needs it rather than carrying it in its own script.
    'build:publicAssets': (_, files) => {
      files.push({ relativeDest: GLOSSARY_FILE, contents: JSON.stringify(readGlossaryFiles().flatMap((f) => f.data as unknown[])) });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_app_name__',
    // The UI's strings live in public/_locales; English is complete and the fallback for any other UI language.
    default_locale: 'en',
    description: '__MSG_extension_description__',
    // Nothing runs on a page until the reader clicks the toolbar icon: no host permissions, no declared content script.
    // A site the reader asks to run on automatically is granted then, one site at a time (utils/sites.ts).
    // Chrome's worker has no DOM: a long article's HTML is read in an offscreen document (utils/background/reader.ts).
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_action_title__' },
    // The action's own command: the shortcut does exactly what a click on the icon does.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_action_title__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'framing-lens@framing-lens.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
