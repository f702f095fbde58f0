import type { ComponentChildren } from 'preact';

/** A plain page that says what happened and where to go next. */
export function MessagePage({ heading, children }: { heading: string; children: ComponentChildren }) {
  return (
    <section class="message-page">
      <h1>{heading}</h1>
      {children}
    </section>
  );
}
