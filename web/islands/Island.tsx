import type { ComponentType } from 'preact';
import type { IslandName } from './registry.ts';

/**
 * Server side of an island: renders the component to HTML and leaves its name and props
 * for hydrate.ts to pick up in the browser.
 */
export function Island<P extends object>({ name, component: Component, props }: { name: IslandName; component: ComponentType<P>; props: P }) {
  return (
    <div class="island" data-island={name} data-props={JSON.stringify(props)}>
      <Component {...props} />
    </div>
  );
}
