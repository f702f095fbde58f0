// Browser entry: hydrates each server-rendered island on the page, loading its code on demand.
import { h, hydrate } from 'preact';
import { islandLoaders, type IslandName } from './registry.ts';

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const load = islandLoaders[element.dataset.island as IslandName];
  if (!load) continue;
  const props = JSON.parse(element.dataset.props ?? '{}') as object;
  void load().then(({ default: Component }) => hydrate(h(Component as never, props), element));
}
