import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Island } from '../../../../web/islands/Island.tsx';
import ShareButton from '../../../../web/islands/ShareButton.tsx';
import { islandLoaders } from '../../../../web/islands/registry.ts';

describe('ShareButton island (unit, server render)', () => {
  const props = { url: '/topics/safe-zones', title: 'Safe "zones" & <access>', text: 'A hook' };
  const html = render(<Island name="ShareButton" component={ShareButton} props={props} />);

  it('marks the island with its registered name and its props for hydration', () => {
    expect(Object.keys(islandLoaders)).toContain('ShareButton');
    const match = html.match(/data-island="ShareButton" data-props="([^"]*)"/);
    expect(match).not.toBeNull();
    const decoded = match![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<');
    expect(JSON.parse(decoded)).toEqual(props);
  });

  it('renders the button hidden until hydrated (it needs JavaScript to work)', () => {
    expect(html).toMatch(/<button type="button" class="button" hidden>Share<\/button>/);
    expect(html).toContain('aria-live="polite"');
  });

  it('escapes what it is given', () => {
    expect(html).not.toContain('<access>');
  });
});
