import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { layoutFor, narrowsWithShell, readingArea, SHEET_BELOW } from '../../../utils/page/room';

describe('layoutFor: where the sidebar goes', () => {
  test.each([
    [{ width: 1280, height: 800 }, 'ltr', { mode: 'side', edge: 'right', size: 380 }],
    [{ width: 1280, height: 800 }, 'rtl', { mode: 'side', edge: 'left', size: 380 }],
    [{ width: 800, height: 600 }, 'ltr', { mode: 'side', edge: 'right', size: 300 }],
    [{ width: SHEET_BELOW, height: 600 }, 'ltr', { mode: 'side', edge: 'right', size: 300 }],
    [{ width: SHEET_BELOW - 1, height: 600 }, 'ltr', { mode: 'sheet', size: 270, collapsed: false }],
    [{ width: 400, height: 800 }, 'rtl', { mode: 'sheet', size: 360, collapsed: false }],
    [{ width: 320, height: 400 }, 'ltr', { mode: 'sheet', size: 220, collapsed: false }],
  ] as const)('%o %s → %o', (viewport, dir, layout) => {
    expect(layoutFor(viewport, dir)).toEqual(layout);
  });

  test('beside the article, the page always keeps more than half the window', () => {
    for (let width = SHEET_BELOW; width <= 2560; width += 10) {
      const layout = layoutFor({ width, height: 800 }, 'ltr');
      expect(layout.size, String(width)).toBeLessThan(width / 2);
    }
  });
});

describe('layoutFor: the reader\'s side and width', () => {
  test.each([
    [{ side: 'left', width: 380 }, 'ltr', { mode: 'side', edge: 'left', size: 380 }],
    [{ side: 'right', width: 380 }, 'rtl', { mode: 'side', edge: 'right', size: 380 }],
    [{ side: 'auto', width: 380 }, 'rtl', { mode: 'side', edge: 'left', size: 380 }],
    [{ side: 'auto', width: 500 }, 'ltr', { mode: 'side', edge: 'right', size: 500 }],
    [{ side: 'auto', width: 300 }, 'ltr', { mode: 'side', edge: 'right', size: 300 }],
  ] as const)('%o on a %s page at 1280 × 800 → %o', (prefs, dir, layout) => {
    expect(layoutFor({ width: 1280, height: 800 }, dir, prefs)).toEqual(layout);
  });

  test('a wider choice shrinks on a narrower window, and the page still keeps more than half of it', () => {
    expect(layoutFor({ width: 800, height: 600 }, 'ltr', { side: 'auto', width: 500 }).size).toBeLessThan(500);
    for (let choice = 300; choice <= 600; choice += 20) {
      for (let width = SHEET_BELOW; width <= 2560; width += 10) {
        const layout = layoutFor({ width, height: 800 }, 'ltr', { side: 'auto', width: choice });
        expect(layout.size, `${choice} at ${width}`).toBeLessThan(width / 2);
        expect(layout.size, `${choice} at ${width}`).toBeLessThanOrEqual(choice);
      }
    }
  });

  test('a narrow window still gets the bottom sheet, whatever the choice', () => {
    expect(layoutFor({ width: 400, height: 800 }, 'ltr', { side: 'left', width: 600 })).toEqual({ mode: 'sheet', size: 360, collapsed: false });
  });
});

describe('layoutFor: a collapsed sheet', () => {
  test('takes only its bar, at any window height', () => {
    expect(layoutFor({ width: 400, height: 800 }, 'ltr', undefined, 49)).toEqual({ mode: 'sheet', size: 49, collapsed: true });
    expect(layoutFor({ width: 320, height: 400 }, 'rtl', undefined, 61)).toEqual({ mode: 'sheet', size: 61, collapsed: true });
  });

  test('beside the article there is nothing to collapse', () => {
    expect(layoutFor({ width: 1280, height: 800 }, 'ltr', undefined, 49)).toEqual({ mode: 'side', edge: 'right', size: 380 });
  });

});

describe('layoutFor: a page too large to narrow', () => {
  test('gets the bottom sheet in a wide window too, collapsible as any sheet', () => {
    expect(layoutFor({ width: 1280, height: 800 }, 'ltr', undefined, null, true)).toEqual({ mode: 'sheet', size: 360, collapsed: false });
    expect(layoutFor({ width: 1920, height: 1000 }, 'rtl', { side: 'left', width: 500 }, 52, true)).toEqual({ mode: 'sheet', size: 52, collapsed: true });
  });
});

describe('readingArea: what the page keeps', () => {
  const viewport = { width: 1280, height: 800 };
  test.each([
    [{ mode: 'side', edge: 'right', size: 380 }, { left: 0, top: 0, right: 900, bottom: 800 }],
    [{ mode: 'side', edge: 'left', size: 380 }, { left: 380, top: 0, right: 1280, bottom: 800 }],
    [{ mode: 'sheet', size: 360, collapsed: false }, { left: 0, top: 0, right: 1280, bottom: 440 }],
    [{ mode: 'sheet', size: 49, collapsed: true }, { left: 0, top: 0, right: 1280, bottom: 751 }],
  ] as const)('%o', (layout, area) => {
    expect(readingArea(layout, viewport)).toEqual(area);
  });
});

describe('narrowsWithShell: a page small enough to narrow in the frame that first paints the sidebar', () => {
  // <html>, <head>, <title> and <body> are elements too: 4 + the paragraphs.
  test.each([
    ['the seed-sized page', 80, true],
    ['500 elements', 496, true],
    ['501 elements', 497, false],
    ['a 10,000-element page', 9996, false],
  ] as const)('%s', (_, paragraphs, withShell) => {
    const doc = new JSDOM(`<!DOCTYPE html><title>t</title><body>${'<p>x</p>'.repeat(paragraphs)}`).window.document;
    expect(narrowsWithShell(doc)).toBe(withShell);
  });
});
