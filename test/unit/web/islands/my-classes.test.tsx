import { render } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Island } from '../../../../web/islands/Island.tsx';
import MyClasses from '../../../../web/islands/MyClasses.tsx';
import { rememberClass, rememberedClasses } from '../../../../web/islands/my-classes.ts';
import { islandLoaders } from '../../../../web/islands/registry.ts';

/** A browser's localStorage, in memory. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const period3 = { id: 'abcde12345', title: 'Period 3', createdAt: 1_700_000_000_000, code: 'ABC23K', dashboard: '/teach/abcde12345' };

describe('My classes on this device (unit)', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('remembers each class once, newest first, refreshed by id', () => {
    expect(rememberClass(period3)).toBe(true);
    expect(rememberClass({ ...period3, id: 'fghij67890', title: 'Period 5', createdAt: period3.createdAt + 1, dashboard: '/teach/fghij67890' })).toBe(true);
    expect(rememberClass({ ...period3, title: 'Period 3 (renamed)' })).toBe(true);
    expect(rememberedClasses().map((c) => c.title)).toEqual(['Period 5', 'Period 3 (renamed)']);
  });

  it('ignores what it cannot read, and never keeps a link off the dashboard path', () => {
    localStorage.setItem('crosscheck:my-classes', JSON.stringify([period3, { ...period3, dashboard: 'javascript:alert(1)' }, 'nonsense']));
    expect(rememberedClasses()).toEqual([period3]);
    localStorage.setItem('crosscheck:my-classes', '{not json');
    expect(rememberedClasses()).toEqual([]);
  });

  it('says so when the browser keeps nothing', () => {
    const full = () => {
      throw new Error('QuotaExceededError');
    };
    vi.stubGlobal('localStorage', { ...memoryStorage(), setItem: full });
    expect(rememberClass(period3)).toBe(false);
  });

  it('is registered, and renders nothing on the server (without JavaScript it does not appear)', () => {
    expect(Object.keys(islandLoaders)).toEqual(expect.arrayContaining(['MyClasses', 'RememberClass']));
    expect(render(<Island name="MyClasses" component={MyClasses} props={{}} />)).toBe('<div class="island" data-island="MyClasses" data-props="{}"></div>');
  });
});
