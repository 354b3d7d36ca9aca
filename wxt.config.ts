import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Framing Lens',
    description:
      'Context on the words a news article uses: named actors, framing words, who uses them and neutral alternatives. Nothing leaves your browser.',
    // Nothing runs on a page until the reader clicks the toolbar icon: no host permissions, no declared content script.
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Framing Lens: analyse this article' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'framing-lens@framing-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
