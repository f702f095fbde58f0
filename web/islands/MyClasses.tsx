import { useEffect, useState } from 'preact/hooks';
import { formatClassCode } from '../../core/classroom/class-code.ts';
import { rememberedClasses, type RememberedClass } from './my-classes.ts';

/**
 * On /teach: the classes this browser created or opened (localStorage only), with the plain
 * warning that clearing the browser forgets them. Nothing shows without JavaScript or when the
 * browser remembers no class.
 */
export default function MyClasses() {
  const [classes, setClasses] = useState<RememberedClass[]>([]);
  useEffect(() => setClasses(rememberedClasses()), []);
  if (classes.length === 0) return null;
  return (
    <section id="my-classes" class="my-classes" aria-labelledby="my-classes-heading">
      <h2 id="my-classes-heading">My classes on this device</h2>
      <p class="note">
        Kept only in this browser, never on our server: clearing the browser’s data forgets this list. Bookmark each dashboard to be safe.
      </p>
      <ul>
        {classes.map((c) => (
          <li key={c.id}>
            <a href={c.dashboard}>{c.title}</a>
            <span class="note">
              {' '}
              · created {new Date(c.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })} · code <span class="code">{formatClassCode(c.code)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
